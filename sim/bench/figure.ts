/** One row of the bench table, and the small formatters its figures share. */
import type { Verdict } from './targets.js';

export interface Figure {
  /** Stable key for --json, e.g. `startup.version`. */
  id: string;
  label: string;
  measured: string;
  target: string;
  verdict: Verdict;
  /** Why a figure was skipped, how it was measured (runs, projection), peak memory. */
  note?: string;
  /** The raw numbers (SI: s, bytes, events/s). */
  data: Record<string, number | string | boolean | null>;
}

export const seconds = (s: number): string => (!Number.isFinite(s) ? '-' : s < 10 ? `${s.toFixed(3)} s` : `${s.toFixed(1)} s`);
export const mebibytes = (bytes: number): string => `${Math.round(bytes / 2 ** 20).toLocaleString('en-US')} MiB`;
export const perSecond = (n: number): string =>
  n >= 1e6 ? `${(n / 1e6).toFixed(2)} M/s` : n >= 1e3 ? `${(n / 1e3).toFixed(0)} k/s` : `${n.toFixed(0)} /s`;
export const times = (x: number): string => `${x.toFixed(x >= 10 ? 1 : 2)}x`;
