/**
 * Guidance presets (method.md §4.3): each returns the κ1..κ4 of one strategy as a partial
 * `guidance` block, carrying a human label ("LSG κ=1.5") for cell names and tables.
 *
 *   strategy     κ1 (train f_ψ)   κ2 = κ3 (f_ψ in L_θ)   κ4 (teacher in L_θ)
 *   noGuidance   1                1                      1
 *   longCfg(κ)   1                1                      κ
 *   shortCfg(κ)  κ < 1            1                      1
 *   lsg(κ)       κ                κ                      κ
 *   zeroCfg()    0                0                      1
 *   antiCfg(κn)  κn (reading a)   κn < 0                 1 (its value is [UNK]; a knob)
 *
 * Raw κ1..κ4 stay allowed: a preset is only a value of the `guidance` block. `fakePromptDropout` is left
 * to the schema's "auto" rule (§9) unless given.
 */
import type { Guidance as GuidanceBlock } from "./Hyperparams.ts"
import { DslError, Label, requireFinite, Slug, withMeta } from "./internal/common.ts"

/** A guidance block made by a preset: κ1..κ4, optional prompt dropout, and its labels. */
export interface GuidancePreset {
  readonly kappa1: number
  readonly kappa2: number
  readonly kappa3: number
  readonly kappa4: number
  readonly fakePromptDropout?: GuidanceBlock["fakePromptDropout"]
  /** Human label, e.g. "LSG κ=1.5". */
  readonly [Label]: string
  /** Id-safe label, e.g. "lsg1.5". */
  readonly [Slug]: string
}

/** Options every preset accepts. */
export interface PresetOptions {
  /** Prompt dropout while training f_ψ (§3); default: the schema's "auto" rule. */
  readonly fakePromptDropout?: GuidanceBlock["fakePromptDropout"]
}

const preset = (
  label: string,
  slug: string,
  kappas: readonly [number, number, number, number],
  opts: PresetOptions | undefined
): GuidancePreset => {
  const [kappa1, kappa2, kappa3, kappa4] = kappas
  const block = opts?.fakePromptDropout === undefined
    ? { kappa1, kappa2, kappa3, kappa4 }
    : { kappa1, kappa2, kappa3, kappa4, fakePromptDropout: opts.fakePromptDropout }
  const dropout = opts?.fakePromptDropout === undefined ? "" : ` p=${opts.fakePromptDropout}`
  return withMeta(withMeta(block, Label, label + dropout), Slug, slug + (dropout ? `_p${opts!.fakePromptDropout}` : "")) as GuidancePreset
}

/** No guidance: κ1..κ4 = 1 (the code default, §4.3). */
export const noGuidance = (opts?: PresetOptions): GuidancePreset => preset("no guidance", "none", [1, 1, 1, 1], opts)

/** Standard ("long") CFG: the teacher alone is guided, κ4 = κ; κ1 = κ2 = κ3 = 1 (§4.3). */
export const longCfg = (kappa: number, opts?: PresetOptions): GuidancePreset => {
  requireFinite("κ in longCfg(κ)", kappa)
  return preset(`long CFG κ=${kappa}`, `long${kappa}`, [1, 1, 1, kappa], opts)
}

/** "Short" CFG: f_ψ is trained with κ1 = κ < 1; κ2 = κ3 = κ4 = 1 (§4.3). */
export const shortCfg = (kappa: number, opts?: PresetOptions): GuidancePreset => {
  requireFinite("κ in shortCfg(κ)", kappa)
  if (!(kappa < 1)) throw new DslError({ argument: "κ in shortCfg(κ)", detail: `must be below 1 (short CFG trains f_ψ with κ1 < 1), got ${kappa}` })
  return preset(`short CFG κ=${kappa}`, `short${kappa}`, [kappa, 1, 1, 1], opts)
}

/** Long-and-Short Guidance: one κ for training f_ψ and for both networks in L_θ (§4.3). */
export const lsg = (kappa: number, opts?: PresetOptions): GuidancePreset => {
  requireFinite("κ in lsg(κ)", kappa)
  return preset(`LSG κ=${kappa}`, `lsg${kappa}`, [kappa, kappa, kappa, kappa], opts)
}

/** Zero-CFG: κ1 = κ2 = κ3 = 0 (f_ψ unconditional), κ4 = 1 (teacher unguided) (§4.3). */
export const zeroCfg = (opts?: PresetOptions): GuidancePreset => preset("Zero-CFG", "zero", [0, 0, 0, 1], opts)

/** Options of `antiCfg`: κ1 and κ4 are [UNK] in the paper (§4.3), so both are knobs. */
export interface AntiCfgOptions extends PresetOptions {
  /** κ1; default κneg (reading (a), LSG-style). Reading (b) is `kappa1: 1`. */
  readonly kappa1?: number
  /** κ4 of the teacher; default 1. */
  readonly kappa4?: number
}

/** Anti-CFG: negative CFG in the fake score network, κ2 = κ3 = κneg < 0 (§4.3). */
export const antiCfg = (kappaNeg: number, opts?: AntiCfgOptions): GuidancePreset => {
  requireFinite("κneg in antiCfg(κneg)", kappaNeg)
  if (!(kappaNeg < 0)) throw new DslError({ argument: "κneg in antiCfg(κneg)", detail: `must be negative (anti-CFG guides f_ψ away from the prompt), got ${kappaNeg}` })
  const kappa1 = opts?.kappa1 === undefined ? kappaNeg : requireFinite("kappa1 in antiCfg(κneg, { kappa1 })", opts.kappa1)
  const kappa4 = opts?.kappa4 === undefined ? 1 : requireFinite("kappa4 in antiCfg(κneg, { kappa4 })", opts.kappa4)
  const extras = [kappa1 === kappaNeg ? "" : `κ1=${kappa1}`, kappa4 === 1 ? "" : `κ4=${kappa4}`].filter((s) => s !== "")
  const label = `Anti-CFG κ=${kappaNeg}${extras.length ? ` (${extras.join(", ")})` : ""}`
  const slug = `anti${kappaNeg}${kappa1 === kappaNeg ? "" : `_k1${kappa1}`}${kappa4 === 1 ? "" : `_k4${kappa4}`}`
  return preset(label, slug, [kappa1, kappaNeg, kappaNeg, kappa4], opts)
}

/** The human label of a preset (or of any guidance value: its κs). */
export const guidanceLabel = (g: Partial<GuidanceBlock> & { readonly [Label]?: string }): string =>
  g[Label] ?? `κ=(${[g.kappa1 ?? 1, g.kappa2 ?? 1, g.kappa3 ?? 1, g.kappa4 ?? 1].join(", ")})`
