/**
 * clearStaleTemps: `<out>.tmp-<pid>` / `<out>.old-<pid>` folders of dead
 * processes that hold only dctwin's files are cleared before the next write
 * (an `.old-` one is put back when `<out>` is missing); everything else stays:
 * live processes' folders, folders with a user's file, other names.
 * A dead pid is found by asking the kernel (kill(pid, 0) fails with ESRCH).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeDirAtomically } from '../../reports/atomicDir.js';
import { clearStaleTemps, isAlive } from '../../reports/staleTemp.js';

const root = mkdtempSync(join(tmpdir(), 'dctwin-stale-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A pid no process has: from the top of Linux's range, down. */
const [DEAD_PID, DEAD_PID_2] = Array.from({ length: 1000 }, (_, i) => 4_194_304 - i).filter((pid) => !isAlive(pid));
const LIVE_PID = process.ppid;

function make(dir: string, files: Record<string, string>): void {
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
}

describe('clearStaleTemps', () => {
  it('knows this process and its parent are alive, and the chosen pid is not', () => {
    expect(isAlive(process.pid)).toBe(true);
    expect(isAlive(LIVE_PID)).toBe(true);
    expect(DEAD_PID).toBeGreaterThan(0);
    expect(DEAD_PID_2).toBeGreaterThan(0);
  });

  it("removes a dead writer's temporary folder and keeps every other sibling", () => {
    const dir = join(root, 'a');
    const out = join(dir, 'run');
    make(out, { 'summary.json': 'current' });
    make(`${out}.tmp-${DEAD_PID}`, { 'summary.json': 'half', 'hourly.csv': '' });
    make(`${out}.tmp-${LIVE_PID}`, { 'summary.json': 'another run, still writing' });
    make(`${out}.old-${DEAD_PID_2}`, { 'summary.json': '', 'notes.txt': 'a user file: not a dctwin folder' }); // dead, but foreign
    make(`${out}.tmp-x${DEAD_PID}`, {}); // not <digits>
    make(join(dir, `other.tmp-${DEAD_PID}`), {}); // another output's
    writeFileSync(`${out}.old-${DEAD_PID}`, 'a file, not a folder');
    expect(clearStaleTemps(out)).toEqual([`run.tmp-${DEAD_PID}`]);
    expect(readdirSync(dir).sort()).toEqual(
      ['other.tmp-' + DEAD_PID, 'run', `run.old-${DEAD_PID}`, `run.old-${DEAD_PID_2}`, `run.tmp-${LIVE_PID}`, `run.tmp-x${DEAD_PID}`].sort(),
    );
    expect(readFileSync(join(`${out}.old-${DEAD_PID_2}`, 'notes.txt'), 'utf8')).toBe('a user file: not a dctwin folder');
  });

  it('puts back an earlier output a writer killed between its two renames left as .old-PID', () => {
    const out = join(root, 'b', 'run');
    make(`${out}.old-${DEAD_PID}`, { 'summary.json': 'earlier' });
    make(`${out}.tmp-${DEAD_PID}`, { 'summary.json': 'half' });
    expect(clearStaleTemps(out)).toEqual([`run.old-${DEAD_PID}`, `run.tmp-${DEAD_PID}`]);
    expect(readdirSync(join(root, 'b'))).toEqual(['run']);
    expect(readFileSync(join(out, 'summary.json'), 'utf8')).toBe('earlier');
  });

  it('runs before every write: the next run into the same place clears the leftovers', async () => {
    const out = join(root, 'c', 'run');
    make(`${out}.tmp-${DEAD_PID}`, { 'summary.json': 'half' });
    await writeDirAtomically(out, new Map([['summary.json', 'new']]));
    expect(readdirSync(join(root, 'c'))).toEqual(['run']);
    expect(existsSync(join(out, 'summary.json'))).toBe(true);
  });
});
