import { test } from "node:test"
import assert from "node:assert/strict"
import { Effect } from "effect"
import { defaultSettings, InvalidSlurmSettings, resolveSettings, type SettingsSources } from "../../../../runner/executors/slurm/Settings.ts"

const resolve = (s: SettingsSources) => Effect.runPromise(resolveSettings(s))
const failure = async (s: SettingsSources) => {
  const e = await Effect.runPromise(Effect.flip(resolveSettings(s)))
  assert.ok(e instanceof InvalidSlurmSettings)
  return e.message
}

test("flags override the environment, which overrides the config file, which overrides the defaults", async () => {
  assert.deepEqual(await resolve({}), defaultSettings)
  const s = await resolve({
    file: { path: "sidlab.config.json", block: { partition: "cpu", cpus: 8, timeLimit: "1:00:00", extraArgs: ["--qos=normal"] } },
    env: { SIDLAB_SLURM_CPUS: "4", SIDLAB_SLURM_ACCOUNT: "lab42", SIDLAB_SLURM_SBATCH_ARGS: " --qos=short  --constraint=avx2 " },
    flags: { cpus: 16, partition: undefined }
  })
  assert.deepEqual(s, { ...defaultSettings, partition: "cpu", account: "lab42", cpus: 16, timeLimit: "1:00:00", extraArgs: ["--qos=short", "--constraint=avx2"] })
})

test("a bad value names its source and field in one sentence", async () => {
  assert.equal(await failure({ env: { SIDLAB_SLURM_CPUS: "two" } }), `environment: SIDLAB_SLURM_CPUS must be a positive integer, not "two"`)
  assert.equal(await failure({ file: { path: "sidlab.config.json", block: { memMb: -1 } } }), "sidlab.config.json: slurm.memMb must be a positive integer, not -1")
  assert.equal(await failure({ file: { path: "p.json", block: { cpu: 2 } } }), "p.json: slurm.cpu is not a setting (known: partition, account, timeLimit, cpus, memMb, extraArgs, signalLeadSeconds)")
  assert.equal(await failure({ file: { path: "p.json", block: [] } }), "p.json: slurm must be an object")
  assert.equal(await failure({ flags: { timeLimit: "2h" } }), `command line: --time must be minutes, MM:SS, HH:MM:SS or D-HH:MM:SS, not "2h"`)
  assert.match(await failure({ flags: { extraArgs: ["qos=x"] } }), /^command line: --sbatch-arg must be a list of sbatch options/)
})
