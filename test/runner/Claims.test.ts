/** Claims on cells: exclusive, released by their holder only, taken over when the holder is dead or silent. */
import assert from "node:assert/strict"
import { existsSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs"
import { hostname, tmpdir } from "node:os"
import * as path from "node:path"
import { after, describe, it } from "node:test"
import { leasePath, tryClaim } from "../../runner/Claims.ts"

describe("claims", () => {
  const store = mkdtempSync(path.join(tmpdir(), "sidlab-claims-"))
  after(() => rmSync(store, { recursive: true, force: true }))

  it("one claim at a time; the second attempt sees the holder", () => {
    const a = tryClaim(store, "k1", "cell/a")
    assert.equal(a._tag, "Claimed")
    const b = tryClaim(store, "k1", "cell/a")
    assert.equal(b._tag, "Held")
    assert.equal(b._tag === "Held" && b.holder?.pid, process.pid)
    if (a._tag === "Claimed") a.claim.release()
    assert.ok(!existsSync(leasePath(store, "k1")))
    const c = tryClaim(store, "k1", "cell/a")
    assert.equal(c._tag, "Claimed")
    if (c._tag === "Claimed") c.claim.release()
  })

  it("a claim of a dead process on this host is taken over at once", () => {
    const file = leasePath(store, "k2")
    // pid 2^22+7 is above Linux's default pid_max, so no process has it
    writeFileSync(file, JSON.stringify({ host: hostname(), pid: 4194311, cellId: "cell/b", token: "t0", startedAt: "" }))
    const a = tryClaim(store, "k2", "cell/b")
    assert.equal(a._tag, "Claimed")
    assert.equal(a._tag === "Claimed" && a.claim.tookOver, true)
    if (a._tag === "Claimed") a.claim.release()
  })

  it("a claim from another host is live until its heartbeat is older than the timeout", () => {
    process.env.SIDLAB_CLAIM_TIMEOUT = "5"
    try {
      const file = leasePath(store, "k3")
      writeFileSync(file, JSON.stringify({ host: "elsewhere.example", pid: 1, cellId: "cell/c", token: "t1", startedAt: "" }))
      assert.equal(tryClaim(store, "k3", "cell/c")._tag, "Held")
      const old = new Date(Date.now() - 10_000)
      utimesSync(file, old, old)
      const a = tryClaim(store, "k3", "cell/c")
      assert.equal(a._tag, "Claimed")
      assert.notEqual(JSON.parse(readFileSync(file, "utf8")).token, "t1")
      if (a._tag === "Claimed") a.claim.release()
    } finally {
      delete process.env.SIDLAB_CLAIM_TIMEOUT
    }
  })

  it("the heartbeat keeps a held claim fresh while the main thread is busy", async () => {
    process.env.SIDLAB_CLAIM_TIMEOUT = "1"
    try {
      const a = tryClaim(store, "k4", "cell/d")
      assert.equal(a._tag, "Claimed")
      const file = leasePath(store, "k4")
      const t0 = Date.now()
      while (Date.now() - t0 < 1500) { /* busy, as a training loop is */ }
      await new Promise((res) => setTimeout(res, 300))
      assert.equal(tryClaim(store, "k4", "cell/d")._tag, "Held", "a busy holder must not look dead")
      assert.ok(existsSync(file))
      if (a._tag === "Claimed") a.claim.release()
    } finally {
      delete process.env.SIDLAB_CLAIM_TIMEOUT
    }
  })
})
