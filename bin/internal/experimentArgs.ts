/**
 * What `table`, `check`, `plan` and the other result commands share: get the plans (fresh generated/ ones,
 * else compiled in memory), pick plans, find the store and backend.
 */
import * as path from "node:path"
import { type Diagnostic, formatDiagnostic } from "../../dsl/compiler/DiagnosticText.ts"
import { freshPlans } from "../../dsl/compiler/Freshness.ts"
import type { Plan } from "../../dsl/Plan.ts"
import { backendIdentity, chosenBackend as choose } from "../../runner/Backend.ts"
import { NoSuchTarget, selectPlans } from "../../runner/Plans.ts"
import type { BackendIdentity } from "../../runner/StoreManifest.ts"
import { defaultRoot, err, usage } from "./command.ts"

/**
 * The backend `sidlab run` chooses here and why (what was skipped, or SIDLAB_BACKEND), so store keys match
 * what cells record. Loads stages/TensorBackend.ts only when called. A bad SIDLAB_BACKEND is a UsageError.
 */
export const chosenBackend = async (): Promise<{ readonly name: string; readonly reason: string }> => {
  const choice = await choose()
  if ("usage" in choice) throw usage(choice.usage)
  return choice
}

/** The backend identity results are read for: --backend, else the one `sidlab run` would choose here. */
export const resolveBackend = async (flag: string | undefined): Promise<BackendIdentity> =>
  backendIdentity(flag ?? (await chosenBackend()).name)

/** `selectPlans` with a bad name as a usage error. */
export const pickPlans = (plans: ReadonlyArray<Plan>, root: string, target: string): ReadonlyArray<Plan> => {
  try {
    return selectPlans(plans, root, target)
  } catch (e) {
    if (e instanceof NoSuchTarget) throw usage(e.message)
    throw e
  }
}

/**
 * Every plan: those in generated/ when their recorded inputs still hash the same (dsl/compiler/Freshness.ts),
 * else compiled (which loads ts-morph; `write` also updates generated/, as `sidlab compile` would).
 */
export const projectPlans = async (root: string, write = false): Promise<{ readonly diagnostics: ReadonlyArray<Diagnostic>; readonly plans: ReadonlyArray<Plan>; readonly written: ReadonlyArray<string> }> => {
  const fresh = freshPlans(root)
  if (fresh !== undefined) return { diagnostics: [], plans: fresh, written: [] }
  const { compile } = await import("../../dsl/compiler/main.ts")
  return compile(root, { write })
}

/** The named plans (from fresh generated/ files, else compiled; all when `target` is undefined), or undefined after printing diagnostics. */
export const loadPlans = async (
  values: { root?: string | undefined; store?: string | undefined },
  target: string | undefined
): Promise<{ root: string; store: string; plans: ReadonlyArray<Plan> } | undefined> => {
  const root = path.resolve(values.root ?? defaultRoot)
  const store = path.resolve(values.store ?? path.join(root, ".sidlab"))
  const compiled = await projectPlans(root)
  if (compiled.diagnostics.length > 0) {
    for (const d of compiled.diagnostics) err(formatDiagnostic(d))
    return undefined
  }
  if (target === undefined) return { root, store, plans: compiled.plans }
  return { root, store, plans: pickPlans(compiled.plans, root, target) }
}

/** The plans of several targets (each an experiment name or file), loaded once, each plan listed once in target order. */
export const loadPlansOf = async (
  values: { root?: string | undefined; store?: string | undefined },
  targets: ReadonlyArray<string>
): Promise<{ root: string; store: string; plans: ReadonlyArray<Plan> } | undefined> => {
  const all = await loadPlans(values, undefined)
  if (all === undefined) return undefined
  return { ...all, plans: [...new Set(targets.flatMap((t) => pickPlans(all.plans, all.root, t)))] }
}
