/**
 * Loaded with `node --import dist/sim/bench/rssHook.js ...` by timing.ts: on exit,
 * writes the process's peak resident set size in bytes (maxRSS is in KiB) to the
 * file named by DCTWIN_BENCH_RSS_FILE. maxRSS covers the whole process, worker threads included.
 */
import { writeFileSync } from 'node:fs';

/** Environment variable naming the file to write. */
export const RSS_FILE_ENV = 'DCTWIN_BENCH_RSS_FILE';

const file = process.env[RSS_FILE_ENV];
if (file) process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS * 1024)));
