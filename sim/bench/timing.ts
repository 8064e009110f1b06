/**
 * Times the real CLI as a user runs it: `node dist/sim/cli/bin.js ARGS` (or the README's
 * own command, e.g. `npx dctwin --version`) spawned N times, wall clock around each spawn, the median kept. With `rss`, the child
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
  return timeCommand(process.execPath, args, opts);
}

/**
 * Runs `command ...args` `runs` times, as a user's shell would (PATH searched, no shell):
 * `npx dctwin --version` is timed as `npx` with `dctwin --version`. With `rss`, `command`
 * must be node (the hook is a Node `--import`).
 */
export function timeCommand(command: string, args: readonly string[], opts: TimeOptions & { env?: NodeJS.ProcessEnv }): Timing {
  const wallsS: number[] = [];
  let peakRssBytes: number | undefined;
  const scratch = opts.rss ? mkdtempSync(join(tmpdir(), 'dctwin-bench-rss-')) : undefined;
  const baseEnv = opts.env ?? process.env;
  try {
    for (let i = 0; i < opts.runs; i++) {
      const rssFile = scratch && join(scratch, `run-${i}.txt`);
      const argv = rssFile ? ['--import', RSS_HOOK, ...args] : [...args];
      const env = rssFile ? { ...baseEnv, [RSS_FILE_ENV]: rssFile } : baseEnv;
      const start = performance.now();
      const r = spawnSync(command, argv, { cwd: opts.cwd, env, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', maxBuffer: 64 << 20 });
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
