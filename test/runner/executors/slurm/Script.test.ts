import { test } from "node:test"
import assert from "node:assert/strict"
import { spawn } from "node:child_process"
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import type { SlurmJob } from "../../../../runner/executors/slurm/Job.ts"
import { renderScript, shellQuote } from "../../../../runner/executors/slurm/Script.ts"

const job: SlurmJob = {
  name: "sidlab.quickstart.distill-k4",
  command: ["node", "--import", "tsx", "/repo/runner/cellWorker.ts", "--store", "/shared/store", "/shared/cells/it's.json"],
  dependsOn: ["sidlab.quickstart.prefit"],
  cpus: 4,
  memMb: 8000,
  timeLimit: "2:00:00",
  partition: "gpu",
  account: "lab42",
  extraArgs: ["--qos=short"],
  logPath: "/shared/logs/distill-k4.log",
  env: { SIDLAB_BACKEND: "native", NOTE: "a b" },
  workDir: "/repo"
}

test("the script carries every sbatch option, exports the threads and env, and runs the worker's argv quoted", () => {
  const text = renderScript(job, { signalLeadSeconds: 90, maxRequeues: 5 })
  const sbatch = text.split("\n").filter((l) => l.startsWith("#SBATCH")).map((l) => l.slice(8))
  assert.deepEqual(sbatch, [
    "--job-name=sidlab.quickstart.distill-k4", "--output=/shared/logs/distill-k4.log", "--open-mode=append", "--nodes=1", "--ntasks=1",
    "--cpus-per-task=4", "--mem=8000M", "--time=2:00:00", "--partition=gpu", "--account=lab42", "--chdir=/repo",
    "--signal=B:USR1@90", "--requeue", "--kill-on-invalid-dep=yes", "--qos=short"
  ])
  assert.ok(text.startsWith("#!/bin/bash\n"))
  assert.match(text, /^export SIDLAB_THREADS="\$\{SLURM_CPUS_PER_TASK:-4\}"$/m)
  assert.match(text, /^export SIDLAB_BACKEND=native$/m)
  assert.match(text, /^export NOTE='a b'$/m)
  assert.match(text, /^node --import tsx \/repo\/runner\/cellWorker\.ts --store \/shared\/store '\/shared\/cells\/it'\\''s\.json' &$/m)
  assert.match(text, /SLURM_RESTART_COUNT:-0\}" -lt 5 \]/)
  assert.doesNotMatch(text, /--dependency/) // ids exist only at submission
})

test("optional options are left out", () => {
  const { partition: _p, account: _a, workDir: _w, ...bare } = job
  const text = renderScript({ ...bare, extraArgs: [] })
  assert.doesNotMatch(text, /--partition|--account|--chdir|--qos/)
  assert.match(text, /--signal=B:USR1@120/)
})

test("shellQuote leaves plain words alone and quotes the rest", () => {
  assert.equal(shellQuote("--store=/a/b"), "--store=/a/b")
  assert.equal(shellQuote("a b"), "'a b'")
  assert.equal(shellQuote("it's"), `'it'\\''s'`)
  assert.equal(shellQuote("$HOME"), "'$HOME'")
})

/** Runs a rendered script with plain bash (no Slurm), a fake `scontrol` on PATH recording its arguments. */
const runScript = (worker: string, signal: NodeJS.Signals | undefined) =>
  new Promise<{ status: number | null; dir: string; log: string }>((resolve, reject) => {
    const dir = mkdtempSync(join(tmpdir(), "sidlab-script-"))
    process.once("exit", () => rmSync(dir, { recursive: true, force: true }))
    writeFileSync(join(dir, "scontrol"), `#!/bin/sh\necho "$@" >> "${dir}/scontrol.calls"\n`)
    chmodSync(join(dir, "scontrol"), 0o755)
    const script = renderScript({ ...job, command: ["bash", "-c", worker], env: { OUT: dir } })
    const child = spawn("bash", ["-c", script], { env: { ...process.env, PATH: `${dir}:${process.env.PATH}`, SLURM_JOB_ID: "42", SLURM_CPUS_PER_TASK: "3" } })
    let log = ""
    child.stdout.on("data", (d) => (log += d))
    child.on("error", reject)
    const poll = setInterval(() => {
      if (signal && existsSync(join(dir, "started"))) (clearInterval(poll), child.kill(signal))
    }, 20)
    child.on("close", (status) => (clearInterval(poll), resolve({ status, dir, log })))
  })

const worker = `echo "$SIDLAB_THREADS" > "$OUT/threads"; trap 'echo ckpt > "$OUT/ckpt"; exit 130' TERM; touch "$OUT/started"; for i in $(seq 100); do sleep 0.05; done; exit 7`

test("USR1 to the batch shell: the worker is told to checkpoint (SIGTERM), then the job requeues itself", async () => {
  const { status, dir, log } = await runScript(worker, "SIGUSR1")
  assert.equal(readFileSync(join(dir, "ckpt"), "utf8"), "ckpt\n")
  assert.equal(readFileSync(join(dir, "scontrol.calls"), "utf8"), "requeue 42\n")
  assert.equal(readFileSync(join(dir, "threads"), "utf8"), "3\n")
  assert.equal(status, 0)
  assert.match(log, /requeueing job 42/)
})

test("SIGTERM to the batch shell alone (scancel also signals the worker itself): no requeue, no forwarding, the worker's status is the job's", async () => {
  const { status, dir } = await runScript(worker, "SIGTERM")
  assert.ok(!existsSync(join(dir, "scontrol.calls")))
  assert.ok(!existsSync(join(dir, "ckpt")), "the shell forwarded SIGTERM; the worker gets its own from Slurm")
  assert.equal(status, 7)
})

test("without signals the worker's exit status is the job's", async () => {
  const { status, dir, log } = await runScript(`touch "$OUT/started"; exit 3`, undefined)
  assert.equal(status, 3)
  assert.ok(!existsSync(join(dir, "scontrol.calls")))
  assert.match(log, /worker exited 3/)
})
