#!/usr/bin/env bash
# A throwaway single-node Slurm cluster (Debian's slurm-wlm 22.05 + munge) for tests and CI:
#   scripts/slurm-cluster.sh start|stop|status [STATE_DIR]      (default STATE_DIR: $TMPDIR/sidlab-slurm)
# `start` installs the packages if missing (as root), starts munged, slurmctld and slurmd directly (no
# systemd) with their own munge socket, key and ports, so it does not touch a system cluster, and prints
# `export SLURM_CONF=...` on stdout (eval "$(scripts/slurm-cluster.sh start)"); everything else goes to
# stderr. `stop` cancels every job, waits for the queue to drain, then stops the daemons by PID file.
set -euo pipefail

cmd="${1:-}"
dir="${2:-${TMPDIR:-/tmp}/sidlab-slurm}"
conf="$dir/slurm.conf"
say() { printf 'slurm-cluster: %s\n' "$*" >&2; }
die() { say "$*"; exit 1; }

# pid_of FILE COMM: the PID in FILE if that process is alive and is COMM (PIDs get reused)
pid_of() {
  local pid
  [ -f "$1" ] || return 1
  pid="$(tr -dc 0-9 <"$1")"
  [ -n "$pid" ] && [ "$(cat "/proc/$pid/comm" 2>/dev/null)" = "$2" ] && echo "$pid"
}

stop_daemon() { # PIDFILE COMM
  local pid i
  pid="$(pid_of "$1" "$2")" || return 0
  kill -TERM "$pid" 2>/dev/null || true
  for i in $(seq 50); do [ -d "/proc/$pid" ] || break; sleep 0.1; done
  if [ -d "/proc/$pid" ] && [ "$(cat "/proc/$pid/comm" 2>/dev/null)" = "$2" ]; then kill -KILL "$pid" 2>/dev/null || true; fi
  rm -f "$1"
  say "stopped $2 ($pid)"
}

port_busy() { # listening on TCP port $1 (IPv4 or IPv6)?
  local hex; hex="$(printf '%04X' "$1")"
  awk -v h="$hex" 'FNR > 1 { split($2, a, ":"); if (a[length(a)] == h && $4 == "0A") f = 1 } END { exit !f }' /proc/net/tcp /proc/net/tcp6 2>/dev/null
}

free_port_pair() { # two consecutive free ports: 6817/6818 (Slurm's defaults) if free
  local p
  for p in 6817 $(seq 16817 2 16999); do
    if ! port_busy "$p" && ! port_busy "$((p + 1))"; then echo "$p"; return; fi
  done
  die "no free TCP port pair for slurmctld/slurmd"
}

wait_for() { # SECONDS DESCRIPTION COMMAND...: poll every 0.1 s
  local secs="$1" what="$2" i; shift 2
  for i in $(seq "$((secs * 10))"); do "$@" >/dev/null 2>&1 && return 0; sleep 0.1; done
  say "timed out after ${secs}s waiting for $what"; return 1
}

running() {
  pid_of "$dir/munge/munged.pid" munged >/dev/null && pid_of "$dir/slurmctld.pid" slurmctld >/dev/null &&
    pid_of "$dir/slurmd.pid" slurmd >/dev/null
}

node_idle() { SLURM_CONF="$conf" sinfo -h -N -o %T | grep -qx idle; }
ctld_up() { SLURM_CONF="$conf" scontrol ping | grep -q UP; }

install_packages() {
  command -v slurmctld >/dev/null && command -v slurmd >/dev/null && command -v munged >/dev/null && return 0
  [ "$(id -u)" = 0 ] || die "slurm-wlm and munge are not installed and this is not root: apt-get install slurm-wlm munge"
  command -v apt-get >/dev/null || die "slurm-wlm and munge are not installed and there is no apt-get"
  say "installing slurm-wlm munge"
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -qq --no-install-recommends slurm-wlm munge >&2 ||
    { apt-get update -qq >&2 && apt-get install -y -qq --no-install-recommends slurm-wlm munge >&2; } ||
    die "apt-get install slurm-wlm munge failed"
}

write_conf() { # PORT
  local host node
  host="$(hostname -s)"
  node="$(slurmd -C | head -n 1)"
  [[ "$node" == NodeName=* ]] || die "slurmd -C printed no node line: $node"
  cat >"$conf" <<CONF
# sidlab's throwaway single-node cluster, written by scripts/slurm-cluster.sh
ClusterName=sidlab
SlurmctldHost=$host(127.0.0.1)
SlurmctldPort=$1
SlurmdPort=$(($1 + 1))
SlurmUser=root
AuthType=auth/munge
CredType=cred/munge
# own munged socket; a requeued job waits cred_expire seconds before it may start again (default 120)
AuthInfo=socket=$dir/munge/munge.socket,cred_expire=5
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
# start jobs at submit and retry pending ones every second (a requeued job waits for the next pass)
SchedulerParameters=batch_sched_delay=0,sched_interval=1
DependencyParameters=kill_invalid_depend
AccountingStorageType=accounting_storage/none
JobAcctGatherType=jobacct_gather/none
JobCompType=jobcomp/filetxt
JobCompLoc=$dir/jobcomp.txt
ReturnToService=2
KillWait=10
MpiDefault=none
MailProg=/bin/true
StateSaveLocation=$dir/ctld
SlurmdSpoolDir=$dir/spool
SlurmctldPidFile=$dir/slurmctld.pid
SlurmdPidFile=$dir/slurmd.pid
SlurmctldLogFile=$dir/log/slurmctld.log
SlurmdLogFile=$dir/log/slurmd.log
$node NodeAddr=127.0.0.1
PartitionName=debug Nodes=ALL Default=YES MaxTime=INFINITE State=UP
CONF
}

start() {
  install_packages
  [ "$(id -u)" = 0 ] || die "start needs root: slurmd runs as root and munged is started as user munge"
  if running; then say "already running in $dir"; echo "export SLURM_CONF=$conf"; return; fi
  stop_daemons # leftovers of a half-started cluster
  mkdir -p "$dir"
  chmod 755 "$dir" # munged runs as user munge and must reach its own subdirectory
  rm -rf "$dir/munge" "$dir/ctld" "$dir/spool" "$dir/log" "$dir/jobcomp.txt"
  mkdir -p "$dir/munge" "$dir/ctld" "$dir/spool" "$dir/log"
  head -c 1024 /dev/urandom >"$dir/munge/munge.key"
  chown -R munge:munge "$dir/munge"
  chmod 711 "$dir/munge" # clients need to reach the socket
  chmod 400 "$dir/munge/munge.key"
  runuser -u munge -- munged --socket="$dir/munge/munge.socket" --key-file="$dir/munge/munge.key" \
    --pid-file="$dir/munge/munged.pid" --log-file="$dir/munge/munged.log" --seed-file="$dir/munge/munged.seed" ||
    die "munged did not start: $(tail -n 3 "$dir/munge/munged.log" 2>/dev/null)"
  wait_for 10 munged test -S "$dir/munge/munge.socket" || exit 1
  write_conf "$(free_port_pair)"
  slurmctld -f "$conf" || die "slurmctld did not start: $(tail -n 5 "$dir/log/slurmctld.log" 2>/dev/null)"
  wait_for 20 "slurmctld (scontrol ping)" ctld_up || { tail -n 20 "$dir/log/slurmctld.log" >&2; exit 1; }
  slurmd -f "$conf" || die "slurmd did not start: $(tail -n 5 "$dir/log/slurmd.log" 2>/dev/null)"
  wait_for 30 "the node to be idle (sinfo)" node_idle || { tail -n 20 "$dir/log/slurmd.log" >&2; exit 1; }
  say "up in $dir: $(SLURM_CONF="$conf" sinfo -h -N -o '%N %c CPUs %m MB %T')"
  echo "export SLURM_CONF=$conf"
}

stop_daemons() {
  stop_daemon "$dir/slurmd.pid" slurmd
  stop_daemon "$dir/slurmctld.pid" slurmctld
  stop_daemon "$dir/munge/munged.pid" munged
}

stop() {
  if pid_of "$dir/slurmctld.pid" slurmctld >/dev/null && [ -f "$conf" ]; then
    # job steps outlive slurmd: cancel everything and let the queue drain first
    local ids
    ids="$(SLURM_CONF="$conf" squeue -h -o %i 2>/dev/null || true)"
    if [ -n "$ids" ]; then
      say "cancelling $(echo "$ids" | wc -l) job(s)"
      # shellcheck disable=SC2086
      SLURM_CONF="$conf" scancel $ids 2>/dev/null || true
      wait_for 60 "the queue to drain" bash -c "[ -z \"\$(SLURM_CONF='$conf' squeue -h -o %i)\" ]" || true
    fi
  fi
  stop_daemons
}

status() {
  local name file ok=0
  for name in munged:munge/munged.pid slurmctld:slurmctld.pid slurmd:slurmd.pid; do
    file="$dir/${name#*:}"
    if pid="$(pid_of "$file" "${name%%:*}")"; then say "${name%%:*} running ($pid)"; else say "${name%%:*} not running"; ok=1; fi
  done
  if [ "$ok" = 0 ]; then
    SLURM_CONF="$conf" sinfo -h -N -o '%N %c CPUs %m MB %T' >&2
    echo "export SLURM_CONF=$conf"
  fi
  return "$ok"
}

case "$cmd" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  *) echo "usage: $0 start|stop|status [STATE_DIR]" >&2; exit 2 ;;
esac
