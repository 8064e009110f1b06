/**
 * Clears what a killed writer left beside an output folder. writeDirAtomically
 * writes `<out>.tmp-<pid>` and moves an earlier output to `<out>.old-<pid>`
 * while it swaps; a process killed in between leaves them behind. Before the
 * next write into `<out>`, a sibling is cleared when all of these hold:
 *   - its name is exactly `<basename(out)>.tmp-<pid>` or `.old-<pid>`;
 *   - process `<pid>` is not alive (kill(pid, 0) fails with ESRCH; EPERM
 *     means alive), or it is this process (its own leftovers);
 *   - it is a real folder (not a symlink) holding only files dctwin writes.
 * A `.tmp-` folder is removed. An `.old-` folder is an earlier output: it is
 * moved back to `<out>` when `<out>` is missing (the writer died between
 * its two renames), and removed otherwise. Nothing else is ever touched.
 */
import { lstatSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { foreignEntry } from './outputNames.js';

/** Largest pid Linux can give (PID_MAX_LIMIT, 2^22); larger numbers are not pids. */
const MAX_PID = 4_194_304;

/** False only when no process `pid` exists. */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}

const exists = (path: string): boolean => {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
};

/** A real folder holding only dctwin's file names. */
function isOwnedFolder(path: string): boolean {
  try {
    return lstatSync(path).isDirectory() && foreignEntry(path) === undefined;
  } catch {
    return false;
  }
}

/** Clears stale `<out>.tmp-<pid>` and `<out>.old-<pid>` folders of dead processes; returns the names cleared. */
export function clearStaleTemps(outDir: string): string[] {
  const parent = dirname(outDir);
  const prefix = `${basename(outDir)}.`;
  let names: string[];
  try {
    names = readdirSync(parent).sort();
  } catch {
    return []; // no parent yet: nothing left behind
  }
  const cleared: string[] = [];
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const match = /^(tmp|old)-([1-9][0-9]{0,6})$/.exec(name.slice(prefix.length));
    if (!match) continue;
    const pid = Number(match[2]);
    if (pid > MAX_PID || (pid !== process.pid && isAlive(pid))) continue;
    const path = join(parent, name);
    if (!isOwnedFolder(path)) continue;
    if (match[1] === 'old' && !exists(outDir)) renameSync(path, outDir);
    else rmSync(path, { recursive: true, force: true });
    cleared.push(name);
  }
  return cleared;
}
