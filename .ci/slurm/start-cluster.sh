#!/usr/bin/env bash
# Starts a one-node Slurm cluster on the loopback interface for CI: Debian's slurm-wlm and
# munge packages (installed if missing), munged, then slurmctld and slurmd in the background
# (no systemd), and waits until `sinfo` shows the node idle. Idempotent: a cluster this script
# already started is reused, a munged already running is reused.
#
# Throwaway CI cluster only: SlurmUser and SlurmdUser are root (no slurm account to create,
# jobs run as the CI user, root); nothing listens beyond 127.0.0.1 (CommunicationParameters=
# NoCtldInAddrAny,NoInAddrAny; every address is localhost). No cgroups (containers without
# systemd have no delegated cgroup tree): processes are tracked through /proc
# (proctrack/linuxproc) and not confined (task/none). No accounting daemon: job states come
# from slurmctld (scontrol).
# Stop it with stop-cluster.sh. Settings: common.sh. Facts it relies on:
# /work/shared/reference/batch-engines.md (munged's folder ownership, RealMemory vs --mem).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
. "$here/common.sh"
timeout_s="${DCTWIN_SLURM_START_TIMEOUT_S:-120}"

if [ "$(id -u)" -ne 0 ]; then
  slurm_log "must run as root (installs packages, starts munged as the munge user)"; exit 1
fi

# 1. Packages.
if ! command -v slurmctld >/dev/null || ! command -v slurmd >/dev/null || ! command -v sbatch >/dev/null \
   || ! command -v munged >/dev/null; then
  slurm_log "installing slurm-wlm and munge (apt)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends slurm-wlm munge >/dev/null
fi

# 2. munge: the key, its folders owned by the munge user (munged refuses to start otherwise).
if munge -n 2>/dev/null | unmunge >/dev/null 2>&1; then
  slurm_log "munged already running: reused"
else
  install -d -o munge -g munge -m 0755 /run/munge
  install -d -o munge -g munge -m 0700 /etc/munge /var/lib/munge /var/log/munge
  if [ ! -s /etc/munge/munge.key ]; then
    slurm_log "creating /etc/munge/munge.key"
    dd if=/dev/urandom of=/etc/munge/munge.key bs=1024 count=1 status=none
  fi
  chown munge:munge /etc/munge/munge.key
  chmod 0400 /etc/munge/munge.key
  runuser -u munge -- /usr/sbin/munged
  for _ in $(seq 1 50); do
    munge -n 2>/dev/null | unmunge >/dev/null 2>&1 && break
    sleep 0.2
  done
  if ! munge -n | unmunge >/dev/null; then
    slurm_log "munged did not start"; slurm_print_logs; exit 1
  fi
  mkdir -p "$DCTWIN_SLURM_DIR"
  # Recorded so stop-cluster.sh stops the munged this script started, and only that one.
  cp /run/munge/munged.pid "$DCTWIN_SLURM_DIR/munged.pid"
fi

# 3. slurm.conf (already running from an earlier call: reuse it as it is).
if slurm_live_pid "$DCTWIN_SLURM_DIR/slurmctld.pid" >/dev/null && slurm_live_pid "$DCTWIN_SLURM_DIR/slurmd.pid" >/dev/null; then
  slurm_log "slurmctld and slurmd already running: reused"
else
  mkdir -p "$DCTWIN_SLURM_DIR/state" "$DCTWIN_SLURM_DIR/spool"
  # The node as slurmd sees it (CPUs, memory); nproc and free as a fallback.
  hw="$(slurmd -C 2>/dev/null | head -n 1 || true)"
  cpus="$(sed -n 's/.*CPUs=\([0-9]*\).*/\1/p' <<<"$hw")"
  memory_mb="$(sed -n 's/.*RealMemory=\([0-9]*\).*/\1/p' <<<"$hw")"
  cpus="${cpus:-$(nproc)}"
  memory_mb="${memory_mb:-$(free -m | awk '/^Mem:/ { print $2 }')}"
  cat >"$SLURM_CONF" <<CONF
# Written by .ci/slurm/start-cluster.sh: a throwaway one-node CI cluster on loopback.
ClusterName=dctwin-ci
SlurmctldHost=$DCTWIN_SLURM_NODE
SlurmctldPort=$DCTWIN_SLURMCTLD_PORT
SlurmdPort=$DCTWIN_SLURMD_PORT
CommunicationParameters=NoCtldInAddrAny,NoInAddrAny
# No mail from a CI cluster (Debian installs no mailer).
MailProg=/bin/true
# root: a CI-only cluster, no slurm account to create.
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
CredType=cred/munge
StateSaveLocation=$DCTWIN_SLURM_DIR/state
SlurmdSpoolDir=$DCTWIN_SLURM_DIR/spool
SlurmctldPidFile=$DCTWIN_SLURM_DIR/slurmctld.pid
SlurmdPidFile=$DCTWIN_SLURM_DIR/slurmd.pid
SlurmctldLogFile=$DCTWIN_SLURM_DIR/slurmctld.log
SlurmdLogFile=$DCTWIN_SLURM_DIR/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
SchedulerType=sched/backfill
# A job whose dependency can never be met (a shard failed) is cancelled, not left pending.
DependencyParameters=kill_invalid_depend
AccountingStorageType=accounting_storage/none
JobAcctGatherType=jobacct_gather/none
JobCompType=jobcomp/none
ReturnToService=2
MpiDefault=none
# Finished jobs stay visible to scontrol for 10 minutes (sweep-array.sh reads their exit codes).
MinJobAge=600
NodeName=$DCTWIN_SLURM_NODE NodeAddr=127.0.0.1 CPUs=$cpus RealMemory=$memory_mb State=UNKNOWN
PartitionName=ci Nodes=$DCTWIN_SLURM_NODE Default=YES MaxTime=INFINITE State=UP
CONF
  slurm_log "starting slurmctld and slurmd (node $DCTWIN_SLURM_NODE: $cpus CPUs, $memory_mb MB; $SLURM_CONF)"
  slurmctld -f "$SLURM_CONF" -i
  slurmd -f "$SLURM_CONF" -N "$DCTWIN_SLURM_NODE"
fi

# 4. Wait for the node to be idle.
deadline=$((SECONDS + timeout_s))
state=""
while [ "$SECONDS" -lt "$deadline" ]; do
  state="$(sinfo -h -N -n "$DCTWIN_SLURM_NODE" -o '%T' 2>/dev/null || true)"
  [ "$state" = idle ] && { slurm_log "node $DCTWIN_SLURM_NODE idle"; exit 0; }
  sleep 1
done
slurm_log "node $DCTWIN_SLURM_NODE not idle after ${timeout_s} s (state: '${state:-no answer}')"
sinfo -N -l >&2 || true
slurm_print_logs
exit 1
