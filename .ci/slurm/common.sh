# Shared settings of the CI's throwaway one-node Slurm cluster (sourced by start-cluster.sh,
# stop-cluster.sh and sweep-array.sh; not run on its own).
#
# Everything the cluster writes lives in one folder, DCTWIN_SLURM_DIR (default
# /var/tmp/dctwin-ci-slurm): its slurm.conf, state, spool, pid and log files. Clients find the
# cluster through SLURM_CONF, exported here, so /etc/slurm is never written and a machine's own
# Slurm installation, if any, is left as it was. The ports are not Slurm's defaults (6817/6818)
# for the same reason.

DCTWIN_SLURM_DIR="${DCTWIN_SLURM_DIR:-/var/tmp/dctwin-ci-slurm}"
export SLURM_CONF="$DCTWIN_SLURM_DIR/slurm.conf"
DCTWIN_SLURMCTLD_PORT="${DCTWIN_SLURMCTLD_PORT:-16817}"
DCTWIN_SLURMD_PORT="${DCTWIN_SLURMD_PORT:-16818}"
# The one node's name; slurmd is started with -N so the machine's host name does not matter.
DCTWIN_SLURM_NODE=localhost

slurm_log() { printf '[slurm-ci] %s\n' "$*" >&2; }

# Prints the daemons' logs (the last lines of each), for a failure message.
slurm_print_logs() {
  local f
  for f in "$DCTWIN_SLURM_DIR"/slurmctld.log "$DCTWIN_SLURM_DIR"/slurmd.log /var/log/munge/munged.log; do
    [ -f "$f" ] || continue
    printf '\n----- %s (last 60 lines) -----\n' "$f" >&2
    tail -n 60 "$f" >&2
  done
}

# The process id recorded in a pid file, if that process is still alive.
slurm_live_pid() {
  local pid
  [ -s "$1" ] || return 1
  pid=$(cat "$1")
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null && printf '%s\n' "$pid"
}
