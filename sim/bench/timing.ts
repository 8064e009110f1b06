/**
 * Times the real CLI as a user runs it: `node dist/sim/cli/bin.js ARGS` spawned
 * N times, wall clock around each spawn, the median kept. With `rss`, the child
 * is started with `--import rssHook.js`, which writes the process's peak resident
 * set (`process.resourceUsage().maxRSS`, worker threads included) to a file on exit.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RSS_FILE_ENV } from './rssHook.js';

export interface Timing {
  /** Wall time of each run, s, in run order. */
  wallsS: number[];
  medianS: number;
  /** Largest peak RSS over the runs, bytes (only when asked for). */
  peakRssBytes?: number;
  /** First line of stderr (or the signal) of the first failed run; the runs stop there. */
  error?: string;
}

/** Median of a non-empty list (mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError('median of an empty list');
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

const here = dirname(fileURLToPath(import.meta.url));
/** The built CLI (dist/sim/cli/bin.js), from dist/sim/bench/. */
export const CLI_BIN = join(here, '..', 'cli', 'bin.js');
const RSS_HOOK = join(here, 'rssHook.js');

export interface TimeOptions {
  runs: number;
  rss?: boolean;
  cwd: string;
}

/** Runs `node CLI_BIN ...args` `runs` times; stops at the first failure. */
export function timeCli(args: readonly string[], opts: TimeOptions): Timing {
  return timeNode([CLI_BIN, ...args], opts);
}

/** Runs `node ...args` `runs` times (e.g. `-e 0`: Node's own start-up on this machine). */
export function timeNode(args: readonly string[], opts: TimeOptions): Timing {
  const wallsS: number[] = [];
  let peakRssBytes: number | undefined;
  const scratch = opts.rss ? mkdtempSync(join(tmpdir(), 'dctwin-bench-rss-')) : undefined;
  try {
    for (let i = 0; i < opts.runs; i++) {
      const rssFile = scratch && join(scratch, `run-${i}.txt`);
      const nodeArgs = rssFile ? ['--import', RSS_HOOK, ...args] : [...args];
      const env = rssFile ? { ...process.env, [RSS_FILE_ENV]: rssFile } : process.env;
      const start = performance.now();
      const r = spawnSync(process.execPath, nodeArgs, { cwd: opts.cwd, env, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', maxBuffer: 64 << 20 });
      const wallS = (performance.now() - start) / 1000;
      if (r.status !== 0) {
        const why = r.error ? String(r.error) : r.signal ? `killed by ${r.signal}` : (r.stderr.split('\n').find((l) => l.startsWith('error')) ?? r.stderr.split('\n')[0]);
        return { wallsS, medianS: NaN, peakRssBytes, error: `exit ${r.status ?? '-'}: ${why}` };
      }
      wallsS.push(wallS);
      if (rssFile) peakRssBytes = Math.max(peakRssBytes ?? 0, Number(readFileSync(rssFile, 'utf8')));
    }
  } finally {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  }
  return { wallsS, medianS: median(wallsS), ...(peakRssBytes === undefined ? {} : { peakRssBytes }) };
}
