#!/usr/bin/env bash
# Stops what start-cluster.sh started: slurmd, slurmctld and (only if that script started it)
# munged, each by the process id in its pid file; SIGTERM, then SIGKILL after 30 s. Safe to
# call when nothing runs (CI calls it from an exit trap). The packages and the cluster's
# folder (its logs) stay.
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
. "$here/common.sh"

stop_pid_file() {
  local name="$1" pid
  pid="$(slurm_live_pid "$2")" || return 0
  kill -TERM "$pid" 2>/dev/null
  for _ in $(seq 1 150); do
    kill -0 "$pid" 2>/dev/null || { slurm_log "stopped $name ($pid)"; return 0; }
    sleep 0.2
  done
  slurm_log "$name ($pid) did not stop on SIGTERM: SIGKILL"
  kill -KILL "$pid" 2>/dev/null
}

stop_pid_file slurmd "$DCTWIN_SLURM_DIR/slurmd.pid"
stop_pid_file slurmctld "$DCTWIN_SLURM_DIR/slurmctld.pid"
stop_pid_file munged "$DCTWIN_SLURM_DIR/munged.pid"
rm -f "$DCTWIN_SLURM_DIR/munged.pid"
exit 0
