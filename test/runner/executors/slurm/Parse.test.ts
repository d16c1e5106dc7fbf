import { test } from "node:test"
import assert from "node:assert/strict"
import { decodeWaitStatus, parseExitPair, parseJobcomp, parseJobcompConfig, parseKeyValues, parseSqueue } from "../../../../runner/executors/slurm/Parse.ts"

// lines as Slurm 22.05 printed them on the test cluster (squeue -O with SQUEUE_FORMAT, jobcomp/filetxt),
// except the hand-made squeue rows 9 and 10
const squeue = [
  "2|sidlab.t.b|CANCELLED|DependencyNeverSatisfied||0:00|0|/tmp/sl-jobs/b.log",
  "4|sidlab.t.d|COMPLETED|None|vm|0:01|0|/tmp/sl-jobs/d.log",
  "1|sidlab.t.a|FAILED|NonZeroExitCode|vm|0:00|768|/tmp/sl-jobs/a.log",
  "9|sidlab.t.e|RUNNING|None|vm|1:02:03|0|/tmp/odd|dir/e.log",
  "10|sidlab.t.f|PENDING|Dependency||0:00||/tmp/f.log",
  ""
].join("\n")

test("squeue rows: fields, the raw wait status decoded, a | inside the log path kept", () => {
  const rows = parseSqueue(squeue)
  assert.equal(rows.length, 5)
  assert.deepEqual(rows[2], { jobId: "1", name: "sidlab.t.a", state: "FAILED", reason: "NonZeroExitCode", nodes: "vm", elapsed: "0:00", exit: { code: 3, signal: 0 }, logPath: "/tmp/sl-jobs/a.log" })
  assert.deepEqual(rows[0]!.exit, { code: 0, signal: 0 })
  assert.equal(rows[3]!.logPath, "/tmp/odd|dir/e.log")
  assert.equal(rows[3]!.elapsed, "1:02:03")
  assert.equal(rows[4]!.exit, undefined)
})

test("wait status: exit code in the high byte, signal in the low seven bits", () => {
  assert.deepEqual(decodeWaitStatus(768), { code: 3, signal: 0 })
  assert.deepEqual(decodeWaitStatus(0), { code: 0, signal: 0 })
  assert.deepEqual(decodeWaitStatus(9), { code: 0, signal: 9 })
  assert.deepEqual(decodeWaitStatus(130 << 8), { code: 130, signal: 0 })
})

const jobcomp = [
  "JobId=1 UserId=root(0) GroupId=root(0) Name=sidlab.t.a JobState=FAILED Partition=debug TimeLimit=UNLIMITED StartTime=2026-12-02T01:00:22 EndTime=2026-12-02T01:00:22 NodeList=vm NodeCnt=1 ProcCnt=1 WorkDir=/tmp ReservationName= Tres=cpu=1,mem=24105M,node=1,billing=1 Account= QOS= WcKey= Cluster=unknown SubmitTime=2026-12-02T01:00:22 EligibleTime=2026-12-02T01:00:22 DerivedExitCode=0:0 ExitCode=3:0 ",
  "JobId=2 UserId=root(0) GroupId=root(0) Name=sidlab.t.b JobState=CANCELLED Partition=debug TimeLimit=UNLIMITED StartTime=2026-12-02T01:00:23 EndTime=2026-12-02T01:00:23 NodeList=(null) NodeCnt=0 ProcCnt=0 WorkDir=/tmp ReservationName= Tres=cpu=1,mem=24105M,node=1,billing=1 Account= QOS= WcKey= Cluster=unknown SubmitTime=2026-12-02T01:00:22 EligibleTime=unknown DerivedExitCode=0:0 ExitCode=0:0 ",
  // a requeued job: its first run's line says PENDING (it went back to the queue), the second run's its end
  "JobId=121 UserId=root(0) GroupId=root(0) Name=sidlab.t.r JobState=PENDING Partition=debug TimeLimit=UNLIMITED StartTime=2026-12-02T01:25:30 EndTime=2026-12-02T01:25:31 NodeList=vm NodeCnt=1 ProcCnt=1 WorkDir=/work/main ReservationName= Tres=cpu=1,mem=24105M,node=1,billing=1 Account= QOS= WcKey= Cluster=unknown SubmitTime=2026-12-02T01:25:29 EligibleTime=2026-12-02T01:25:29 DerivedExitCode=0:0 ExitCode=0:0 ",
  "JobId=121 UserId=root(0) GroupId=root(0) Name=sidlab.t.r JobState=CANCELLED Partition=debug TimeLimit=UNLIMITED StartTime=2026-12-02T01:25:37 EndTime=2026-12-02T01:25:37 NodeList=vm NodeCnt=1 ProcCnt=1 WorkDir=/work/main ReservationName= Tres=cpu=1,mem=24105M,node=1,billing=1 Account= QOS= WcKey= Cluster=unknown SubmitTime=2026-12-02T01:25:31 EligibleTime=2026-12-02T01:25:37 DerivedExitCode=0:0 ExitCode=0:0 ",
  "garbage line",
  ""
].join("\n")

test("jobcomp: one record per job id, the last run of a requeued job wins, empty values stay empty", () => {
  const recs = parseJobcomp(jobcomp)
  assert.deepEqual([...recs.keys()], ["1", "2", "121"])
  assert.deepEqual(recs.get("1"), { jobId: "1", name: "sidlab.t.a", state: "FAILED", nodes: "vm", exit: { code: 3, signal: 0 }, start: "2026-12-02T01:00:22", end: "2026-12-02T01:00:22" })
  assert.equal(recs.get("2")!.nodes, "(null)")
  assert.equal(recs.get("121")!.state, "CANCELLED")
  assert.equal(recs.get("121")!.start, "2026-12-02T01:25:37")
  const kv = parseKeyValues(jobcomp.split("\n")[0]!)
  assert.equal(kv.get("ReservationName"), "")
  assert.equal(kv.get("Tres"), "cpu=1,mem=24105M,node=1,billing=1")
  assert.equal(kv.get("ExitCode"), "3:0")
})

test("exit pairs and the jobcomp settings of scontrol show config", () => {
  assert.deepEqual(parseExitPair("0:53"), { code: 0, signal: 53 })
  assert.equal(parseExitPair("n/a"), undefined)
  const config = "JobAcctGatherType       = jobacct_gather/none\nJobCompHost             = localhost\nJobCompLoc              = /tmp/x/jobcomp.txt\nJobCompPort             = 0\nJobCompType             = jobcomp/filetxt\n"
  assert.deepEqual(parseJobcompConfig(config), { type: "jobcomp/filetxt", loc: "/tmp/x/jobcomp.txt" })
  assert.deepEqual(parseJobcompConfig("JobCompType = jobcomp/none\n"), { type: "jobcomp/none", loc: "" })
})
