# Source from .ci/run (bash):   . scripts/ci-slurm.sh
# Installs slurm-wlm and munge if missing (root or passwordless sudo on Debian), starts a throwaway
# single-node cluster in a temporary directory, exports SLURM_CONF for the steps that follow, and stops
# the cluster when the shell exits (it sets the EXIT trap: chain it if .ci/run gets one of its own).
sidlab_slurm_dir="$(mktemp -d)"
if [ "$(id -u)" != 0 ] && sudo -n true 2>/dev/null; then sidlab_slurm_sudo=(sudo -n --preserve-env=TMPDIR); else sidlab_slurm_sudo=(); fi
echo "== slurm: throwaway cluster in $sidlab_slurm_dir"
eval "$("${sidlab_slurm_sudo[@]}" bash scripts/slurm-cluster.sh start "$sidlab_slurm_dir")"
trap '"${sidlab_slurm_sudo[@]}" bash scripts/slurm-cluster.sh stop "$sidlab_slurm_dir"; rm -rf "$sidlab_slurm_dir"' EXIT
# test/e2e/bin/slurm.test.ts (sidlab run --executor slurm, status, cancel) uses this cluster through SLURM_CONF;
# test/e2e/runner/executors/slurm/Slurm.test.ts starts its own.
