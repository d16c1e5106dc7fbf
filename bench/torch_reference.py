#!/usr/bin/python3
"""sidlab's PyTorch CPU reference for the `bench-mlp` workload: one SiD training iteration.

The workload, and how its FLOPs are counted, is docs/benchmark.md. The iteration is the one sidlab's
stages run (stages/Train.ts: fakeScoreUpdate, then generatorUpdate), written directly in PyTorch so that
`npm run bench` can put sidlab's speed next to a mainstream framework's on the same machine, in the same run.

    /usr/bin/python3 bench/torch_reference.py [--json] [--iters 20] [--repeats 5] [--warmup 3] [--batch 256] [--hidden 512]

It needs Debian's python3-torch (apt-get install python3-torch). `npm run bench` runs it through
bin/bench-reference.ts and reads the JSON line that --json prints.
"""
import argparse
import copy
import itertools
import json
import math
import os
import platform
import resource
import statistics
import time

import torch
import torch.nn as nn
import torch.nn.functional as F

DIM = 64                 # D: data dimension
CLASSES = 10             # C prompt classes; index CLASSES is the null prompt of CFG
EMBEDDING = 128          # width of the sinusoidal time embedding and of the class embedding
DEPTH = 4                # hidden layers
K = 4                    # generator steps
T_INIT = 999
T_LOW, T_HIGH = 20, 980  # t ~ U{20..979}
KAPPA = 1.5              # LSG scale κ1 = κ2 = κ4 (κ3 = κ2, so one fake CFG pass serves both)
ALPHA = 1.0
ADAM = dict(lr=1e-5, betas=(0.0, 0.999), eps=1e-8)


def layer_widths(hidden):
    """[x, t embedding, class embedding] → DEPTH hidden layers → ε: 320, 512, 512, 512, 512, 64 at width 512."""
    return [DIM + 2 * EMBEDDING] + [hidden] * DEPTH + [DIM]


def forward_flops_per_row(hidden):
    widths = layer_widths(hidden)
    return 2 * sum(i * o for i, o in zip(widths[:-1], widths[1:]))


def flops_per_iteration(k, batch, hidden):
    """docs/benchmark.md, "Counting FLOPs": Linear matmuls only; no-grad forward ×1, trainable forward and
    backward ×3, frozen network differentiated w.r.t. its input ×2; CFG passes run on 2B rows."""
    f = batch * forward_flops_per_row(hidden)
    fake_update = k * f + 3 * 2 * f                   # chain without gradient, then ψ's CFG forward and backward
    generator_update = (k - 1) * f + 3 * f + 2 * 2 * 2 * f   # chain prefix, θ's last step, φ and ψ CFG (frozen)
    return fake_update + generator_update             # (2k + 16)·f


def schedule(steps=1000):
    """Stable Diffusion's scaled-linear VP schedule: a_t = sqrt(ᾱ_t), s_t = sqrt(1 − ᾱ_t)."""
    i = torch.arange(steps, dtype=torch.float64)
    beta = (math.sqrt(0.00085) + i / (steps - 1) * (math.sqrt(0.012) - math.sqrt(0.00085))) ** 2
    alpha_bar = torch.cumprod(1.0 - beta, dim=0)
    return alpha_bar.sqrt().float(), (1.0 - alpha_bar).sqrt().float()


def chain_time(i):
    """The generator's time grid, floor(t_init·(K − i)/K): 999, 749, 499, 249."""
    return T_INIT * (K - i) // K


class Denoiser(nn.Module):
    """ε-prediction MLP: concat(x_t, sin/cos embedding of t, class embedding) → (Linear, SiLU)×DEPTH → Linear."""

    def __init__(self, hidden):
        super().__init__()
        widths = layer_widths(hidden)
        self.classes = nn.Embedding(CLASSES + 1, EMBEDDING)
        self.layers = nn.ModuleList(nn.Linear(i, o) for i, o in zip(widths[:-1], widths[1:]))
        half = EMBEDDING // 2
        self.register_buffer("freq", torch.exp(-math.log(10000.0) * torch.arange(half, dtype=torch.float32) / half), persistent=False)

    def forward(self, x, t, c):
        angle = t.float()[:, None] * self.freq
        h = torch.cat([x, angle.sin(), angle.cos(), self.classes(c)], dim=1)
        for layer in self.layers[:-1]:
            h = F.silu(layer(h))
        return self.layers[-1](h)


class OneDnnLinear(torch.autograd.Function):
    """x·Wᵀ + b with all three products (forward, input and weight gradients) through torch's bundled oneDNN.

    Debian's torch calls the system BLAS for torch.mm (the slow reference BLAS unless an optimised one such
    as OpenBLAS is the alternative); pip builds use MKL/oneDNN. --linear onednn (default) is what a pip user gets."""

    @staticmethod
    def forward(ctx, x, w, b):
        ctx.save_for_backward(x, w)
        return torch._C._nn.mkldnn_linear(x.contiguous().to_mkldnn(), w.detach().to_mkldnn(), None).to_dense() + b

    @staticmethod
    def backward(ctx, g):
        x, w = ctx.saved_tensors
        linear = torch._C._nn.mkldnn_linear
        dx = linear(g.contiguous().to_mkldnn(), w.t().contiguous().to_mkldnn(), None).to_dense() if ctx.needs_input_grad[0] else None
        dw = linear(g.t().contiguous().to_mkldnn(), x.t().contiguous().to_mkldnn(), None).to_dense() if ctx.needs_input_grad[1] else None
        db = g.sum(0) if ctx.needs_input_grad[2] else None
        return dx, dw, db


def route_through_onednn(net):
    for layer in net.layers:
        layer.forward = lambda h, layer=layer: OneDnnLinear.apply(h, layer.weight, layer.bias)


def guided_eps(net, x, t, c, kappa):
    """Classifier-free guidance in ε-space; both passes in one batch, [unconditional; conditional]."""
    e_uncond, e_cond = net(torch.cat([x, x]), torch.cat([t, t]), torch.cat([torch.full_like(c, CLASSES), c])).chunk(2)
    return e_uncond + kappa * (e_cond - e_uncond)


class Workload:
    def __init__(self, batch, hidden):
        self.batch = batch
        self.a, self.s = schedule()
        self.phi = Denoiser(hidden).requires_grad_(False)          # teacher: random init, frozen
        self.psi = copy.deepcopy(self.phi).requires_grad_(True)     # fake score
        self.theta = copy.deepcopy(self.phi).requires_grad_(True)   # generator
        self.adam_psi = torch.optim.Adam(self.psi.parameters(), **ADAM)
        self.adam_theta = torch.optim.Adam(self.theta.parameters(), **ADAM)

    def x0(self, x_t, t, eps):
        return (x_t - self.s[t, None] * eps) / self.a[t, None]

    def generator_step(self, x, i, c):
        """Generator step i as an x0-predictor, conditional prompt, no guidance."""
        t = torch.full_like(c, chain_time(i))
        return self.x0(x, t, self.theta(x, t, c))

    @torch.no_grad()
    def chain_prefix(self, z, c, k):
        """Steps 0..k−2 of the chain with fresh noise between steps, without gradient: the last step's input."""
        x = self.s[chain_time(0)] * z
        for i in range(1, k):
            x = self.a[chain_time(i)] * self.generator_step(x, i - 1, c) + self.s[chain_time(i)] * torch.randn_like(z)
        return x

    def prompts_and_noise(self):
        return torch.randint(0, CLASSES, (self.batch,)), torch.randn(self.batch, DIM)

    def noised(self, x0):
        t = torch.randint(T_LOW, T_HIGH, (self.batch,))
        eps = torch.randn_like(x0)
        return t, eps, self.a[t, None] * x0 + self.s[t, None] * eps

    @staticmethod
    def adam(opt, params):
        for p in params:   # NaN-safe gradients, as sidlab's update does
            p.grad.nan_to_num_(nan=0.0, posinf=1e5, neginf=-1e5)
        opt.step()

    def iteration(self, k):
        """Fake-score update, then generator update, with k generator steps; returns (L_ψ, L_θ)."""
        c, z = self.prompts_and_noise()
        with torch.no_grad():
            x_g = self.generator_step(self.chain_prefix(z, c, k), k - 1, c)
        t, eps, x_t = self.noised(x_g)
        loss_psi = (guided_eps(self.psi, x_t, t, c, KAPPA) - eps).square().sum() / self.batch
        self.adam_psi.zero_grad(set_to_none=True)
        loss_psi.backward()
        self.adam(self.adam_psi, self.psi.parameters())

        # the gradient flows through θ's last step and, through x_t, the frozen φ and ψ (inputs only)
        self.psi.requires_grad_(False)
        c, z = self.prompts_and_noise()
        x_g = self.generator_step(self.chain_prefix(z, c, k), k - 1, c)
        t, eps, x_t = self.noised(x_g)
        y_real = self.x0(x_t, t, guided_eps(self.phi, x_t, t, c, KAPPA))
        y_fake = self.x0(x_t, t, guided_eps(self.psi, x_t, t, c, KAPPA))
        with torch.no_grad():
            weight = 1.0 / (x_g - y_real).abs().mean(dim=1, keepdim=True).clamp_min(1e-5)
        gap = y_real - y_fake
        loss_theta = (weight * gap * ((y_real - x_g) - ALPHA * gap)).sum() / self.batch
        self.adam_theta.zero_grad(set_to_none=True)
        loss_theta.backward()
        self.adam(self.adam_theta, self.theta.parameters())
        self.psi.requires_grad_(True)
        return loss_psi.detach(), loss_theta.detach()


def cpu_model():
    try:
        with open("/proc/cpuinfo") as f:
            fields = dict(line.split(":", 1) for line in f.read().split("\n\n")[0].splitlines() if ":" in line)
    except OSError:
        return platform.processor() or None
    fields = {k.strip(): v.strip() for k, v in fields.items()}
    name = fields.get("model name")
    return f"{name} (family {fields['cpu family']}, model {fields['model']})" if "cpu family" in fields and "model" in fields else name


def mapped_blas():
    """The BLAS and oneDNN/MKL shared objects mapped into this process."""
    try:
        with open("/proc/self/maps") as maps:
            paths = {line.split()[-1] for line in maps if "blas" in line or "mkl" in line or "dnnl" in line}
    except OSError:
        return None
    return ", ".join(sorted(paths)) or None


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--iters", type=int, default=20, help="iterations per timed run")
    p.add_argument("--repeats", type=int, default=5, help="timed runs; the median is reported")
    p.add_argument("--warmup", type=int, default=3, help="untimed iterations first")
    p.add_argument("--batch", type=int, default=256)
    p.add_argument("--hidden", type=int, default=512, help="width of the hidden layers")
    p.add_argument("--threads", type=int, default=len(os.sched_getaffinity(0)), help="torch intra-op threads (default: every CPU this process may use)")
    p.add_argument("--linear", choices=("onednn", "blas"), default="onednn", help="matmuls through oneDNN or torch.mm")
    p.add_argument("--json", action="store_true", help="print only the JSON result line")
    a = p.parse_args()
    if min(a.iters, a.repeats, a.batch, a.hidden, a.threads) < 1 or a.warmup < 0:
        p.error("--iters, --repeats, --batch, --hidden and --threads must be positive and --warmup not negative")

    torch.set_num_threads(a.threads)
    torch.manual_seed(0)
    w = Workload(a.batch, a.hidden)
    if a.linear == "onednn":
        for net in (w.phi, w.psi, w.theta):
            route_through_onednn(net)
    ks = itertools.cycle(range(1, K + 1))   # k cycles 1..K instead of k ~ U{1..K}: the same work everywhere

    for _ in range(a.warmup):
        w.iteration(next(ks))
    its, gflops = [], []
    for r in range(a.repeats):
        run = [next(ks) for _ in range(a.iters)]
        t0 = time.perf_counter()
        for k in run:
            losses = w.iteration(k)
        seconds = time.perf_counter() - t0
        its.append(a.iters / seconds)
        gflops.append(sum(flops_per_iteration(k, a.batch, a.hidden) for k in run) / seconds / 1e9)
        if not a.json:
            print(f"run {r + 1}/{a.repeats}: {its[-1]:.3f} it/s, {gflops[-1]:.2f} GFLOP/s", flush=True)

    it_s = statistics.median(its)
    result = {
        "benchmark": "bench-mlp",
        "implementation": "torch_reference",
        "iterations_per_s": it_s,
        "iterations_per_s_min": min(its),
        "iterations_per_s_max": max(its),
        "iterations_per_s_runs": its,
        "images_per_s": 2 * a.batch * it_s,
        "images_per_s_single_update": a.batch * it_s,
        "images_per_s_definition": "images_per_s = 2*B*it/s counts the generated samples of both updates "
                                   "(the paper's 'fake images'); images_per_s_single_update = B*it/s",
        "flops_per_iter": statistics.mean(flops_per_iteration(k, a.batch, a.hidden) for k in range(1, K + 1)),
        "flops_definition": "Linear-layer matmuls: no-grad forward x1, trainable forward+backward x3, "
                            "frozen net forward+input gradient x2; mean over k = 1..4",
        "achieved_gflops": statistics.median(gflops),
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "params_per_network": sum(x.numel() for x in w.phi.parameters()),
        "final_loss_fake": float(losses[0]),
        "final_loss_gen": float(losses[1]),
        "batch": a.batch,
        "hidden": a.hidden,
        "iters": a.iters,
        "repeats": a.repeats,
        "warmup": a.warmup,
        "threads": torch.get_num_threads(),
        "torch": torch.__version__,
        "blas": mapped_blas(),
        "linear": a.linear,
        "python": platform.python_version(),
        "cpu": cpu_model(),
        "logical_cpus": os.cpu_count(),
    }
    if a.json:
        print(json.dumps(result))
    else:
        for key in ("iterations_per_s", "iterations_per_s_min", "iterations_per_s_max", "images_per_s",
                    "flops_per_iter", "achieved_gflops", "peak_rss_mb", "threads", "torch", "blas"):
            print(f"{key}: {result[key]}")


if __name__ == "__main__":
    main()
