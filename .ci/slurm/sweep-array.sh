#!/usr/bin/env bash
# Runs the README's Slurm job-array recipe for real on the cluster start-cluster.sh started, and
# checks that its merged result is byte for byte the unsharded sweep's (every file, both listings).
#
# The recipe is taken from README.md itself, so what CI runs is what users read: the fenced block
# holding `#SBATCH --array` (written to the file the submit block names, e.g. sweep.sbatch) and
# the block holding `sbatch --parsable` (run with bash). Both run in a temporary folder that sees
# the repository's scenarios/, package.json and node_modules/ (so `npx dctwin` finds the built CLI
# exactly as in the repository root), so results/ and logs/ never land in the repository.
# Then the recipe's own `npx dctwin sweep` line, without its --shard and --out, runs unsharded,
# and `diff -r` compares results/merged with it. Exits 1 on any failure, printing the job
# states, the shard and merge logs, the daemons' logs or the difference.
# Needs: the CLI built (npm ci or npm run build). Settings: common.sh; DCTWIN_SLURM_SWEEP_TIMEOUT_S
# (default 900) bounds the wait for the jobs. `--readme-only` only takes the recipe from the README
# and checks it (no cluster needed; test/ci/slurmRecipe.test.ts runs it in npm test).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
. "$here/common.sh"
timeout_s="${DCTWIN_SLURM_SWEEP_TIMEOUT_S:-900}"
readme="$repo/README.md"

fail() { slurm_log "FAILED: $*"; exit 1; }

# The one fenced code block of README.md containing the literal text $1 (exit 3 if not exactly one).
readme_block() {
  awk -v pat="$1" '
    /^```/ { if (inside) { if (index(block, pat)) { n++; found = found block } inside = 0 } else { inside = 1; block = "" } next }
    inside { block = block $0 "\n" }
    END { printf "%s", found; exit (n == 1 ? 0 : 3) }' "$readme"
}

# 1. The recipe, from the README.
script="$(readme_block '#SBATCH --array')" \
  || fail "README.md: expected exactly one code block with '#SBATCH --array' (the Slurm job-array script)"
submit="$(readme_block 'sbatch --parsable')" \
  || fail "README.md: expected exactly one code block with 'sbatch --parsable' (the Slurm submit commands)"
script_name="$(sed -n 's/.*sbatch --parsable \([^ )]*\).*/\1/p' <<<"$submit" | head -n 1)"
[ -n "$script_name" ] || fail "README.md: the submit block names no script after 'sbatch --parsable'"
grep -q 'dependency=afterok' <<<"$submit" || fail "README.md: the submit block has no merge job (--dependency=afterok:…)"
sweep_line="$(sed -e ':a' -e '/\\$/N; s/\\\n[[:space:]]*/ /; ta' <<<"$script" | grep -E '^[[:space:]]*npx dctwin sweep ' || true)"
[ "$(grep -c . <<<"$sweep_line")" -eq 1 ] \
  || fail "README.md: expected exactly one 'npx dctwin sweep' command in the job-array script, found: ${sweep_line:-none}"

# Slurm creates no folder for a task's output file: the submit block must.
for dir in $(sed -n 's/^#SBATCH --\(output\|error\)=\(.*\)\/[^/]*$/\2/p' <<<"$script"); do
  grep -qE "mkdir -p ([^;&|]* )?$dir( |$)" <<<"$submit" \
    || fail "README.md: the job-array script writes into $dir/ but the submit block does not create it (mkdir -p $dir): Slurm fails every task"
done
# The recipe's own sweep command without --shard and --out: the unsharded sweep to compare with.
mapfile -d '' sweep_args < <(
  set -f; SLURM_ARRAY_TASK_ID=1
  eval "set -- $sweep_line"
  while [ $# -gt 0 ]; do
    case "$1" in
      --shard | --out) shift 2; continue ;;
      --shard=* | --out=*) shift; continue ;;
    esac
    printf '%s\0' "$1"; shift
  done)
[ "${#sweep_args[@]}" -ge 3 ] || fail "README.md: could not read the job-array script's sweep command: $sweep_line"

if [ "${1:-}" = --readme-only ]; then
  printf 'script: %s\nunsharded: %s\n' "$script_name" "$(printf '%q ' "${sweep_args[@]}")"
  exit 0
fi
sinfo -h >/dev/null 2>&1 || fail "no Slurm cluster answers (SLURM_CONF=$SLURM_CONF): run .ci/slurm/start-cluster.sh first"
[ -x "$repo/node_modules/.bin/dctwin" ] || fail "$repo/node_modules/.bin/dctwin missing: build the CLI first (npm ci or npm run build)"

work="$(mktemp -d "${TMPDIR:-/tmp}/dctwin-slurm-sweep.XXXXXX")"
trap 'status=$?; if [ "$status" -eq 0 ]; then rm -rf "$work"; else slurm_log "work folder kept: $work"; fi' EXIT
ln -s "$repo/scenarios" "$repo/package.json" "$repo/node_modules" "$work/"
printf '%s\n' "$script" >"$work/$script_name"
printf '%s\n' "$submit" >"$work/submit.sh"
slurm_log "recipe from README.md: $work/$script_name, then:"; cat "$work/submit.sh" >&2

# 2. Submit it as a user in the repository root would.
jobs_before="$(scontrol show job -o 2>/dev/null | sed -n 's/^JobId=\([0-9]*\) .*/\1/p' | sort -n | tail -n 1)"
jobs_before="${jobs_before:-0}"
started=$SECONDS
(cd "$work" && bash -euo pipefail submit.sh) >"$work/submit.out" 2>&1 || { cat "$work/submit.out" >&2; fail "the README's submit commands failed"; }
cat "$work/submit.out" >&2
merge_job="$(grep -oE '[0-9]+' "$work/submit.out" | tail -n 1 || true)"
[ -n "$merge_job" ] || fail "no job id in the submit commands' output"

# Every job this run submitted (ids only grow), one line each: id, array task, state, exit code, reason.
new_jobs() {
  scontrol show job -o 2>/dev/null | awk -v after="$jobs_before" '
    { id = ""; task = "-"; state = ""; code = ""; reason = ""
      for (i = 1; i <= NF; i++) { split($i, kv, "=")
        if (kv[1] == "JobId") id = kv[2]; else if (kv[1] == "ArrayTaskId") task = kv[2]
        else if (kv[1] == "JobState") state = kv[2]; else if (kv[1] == "ExitCode") code = kv[2]
        else if (kv[1] == "Reason") reason = kv[2] }
      if (id + 0 > after + 0) print id, task, state, code, reason }' | sort -n
}
report_jobs() {
  { printf '\n----- jobs (id, array task, state, exit code, reason) -----\n'; new_jobs
    for f in "$work"/logs/* "$work"/slurm-*.out; do
      if [ -f "$f" ]; then printf '\n----- %s -----\n' "${f#"$work"/}"; cat "$f"; fi
    done
  } >&2 || true
}

# 3. Wait for the merge job (a failed shard cancels it: kill_invalid_depend; or leaves it pending).
deadline=$((SECONDS + timeout_s))
while :; do
  merge_state="$(new_jobs | awk -v id="$merge_job" '$1 == id { print $3 "/" $5 }')"
  case "$merge_state" in
    COMPLETED/* | FAILED/* | CANCELLED/* | TIMEOUT/* | NODE_FAIL/* | OUT_OF_MEMORY/* | BOOT_FAIL/* | DEADLINE/* | PREEMPTED/*) break ;;
    PENDING/DependencyNeverSatisfied) break ;;
  esac
  if [ "$SECONDS" -ge "$deadline" ]; then
    report_jobs; slurm_print_logs; fail "merge job $merge_job not finished after ${timeout_s} s (state: ${merge_state:-unknown})"
  fi
  sleep 2
done
if new_jobs | awk '$3 != "COMPLETED" || $4 != "0:0" { bad = 1 } END { exit bad }'; then
  slurm_log "job array and merge job completed in $((SECONDS - started)) s:"; new_jobs >&2
else
  report_jobs; slurm_print_logs; fail "a job of the recipe did not complete with exit code 0"
fi
[ -d "$work/results/merged" ] || { report_jobs; fail "the merge job wrote no results/merged"; }

# 4. The same sweep unsharded.
slurm_log "unsharded: $(printf '%q ' "${sweep_args[@]}")--out unsharded"
started=$SECONDS
(cd "$work" && "${sweep_args[@]}" --out unsharded >/dev/null) || fail "the unsharded sweep failed"
slurm_log "unsharded sweep took $((SECONDS - started)) s"

# 5. Byte for byte: every file of both folders, and the same listing.
if ! diff -r "$work/results/merged" "$work/unsharded" >"$work/diff.txt" 2>&1; then
  head -n 200 "$work/diff.txt" >&2
  fail "results/merged differs from the unsharded sweep (above: diff -r merged unsharded)"
fi
files="$(cd "$work/unsharded" && find . -type f | sort)"
[ -n "$files" ] || fail "the unsharded sweep wrote no files"
slurm_log "results/merged is byte-identical to the unsharded sweep ($(grep -c . <<<"$files") files):"
sed 's/^\.\//  /' <<<"$files" >&2
