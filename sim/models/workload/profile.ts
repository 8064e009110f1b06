/**
 * Utilization-profile source: a CSV of cluster utilization per fixed step
 * (e.g. hourly 0-1 CPU load) that every node follows, instead of discrete jobs.
 *
 * Equation: row k (0-based, blank lines skipped) holds from startS = (pass * rows + k) * stepS
 *   utilization_k = column value * scale, for every powered node.
 * Assumptions: the whole cluster follows one utilization (no placement, no queue);
 *   the file's own index column is ignored and rows are consecutive steps; with `repeat`
 *   the profile wraps around (tiled in time).
 * Validity: 0 <= column value * scale <= 1, else a bad line (error, or skipped and counted
 *   with skipBadLines; a skipped row keeps the previous step's value).
 * References: SustainDC / dc-rl (HewlettPackard/dc-rl @ a92b475) data/Workload/*_Hourly_1.csv and
 *   utils/managers.py (Workload_Manager reads `cpu_load` hourly); scenarios/traces/SOURCES.md.
 * Validated by: test/models/workload/profile.test.ts
 * @example const src = openProfile({ path, column: 'cpu_load', stepS: 3600, repeat: true, scale: 1,
 *   skipBadLines: false }); src.next(step) // => true, step.startS === 0, step.utilization ~ 0.38
 */
import { InputError, locate } from '../../errors.js';
import { CsvLineReader } from './csvLines.js';

export interface UtilizationStep {
  /** Start of the step, s from the start of the source. */
  startS: number;
  /** Utilization of every node from startS until the next step, 0-1. */
  utilization: number;
}

/** Pull interface of utilization profiles (file or generated). */
export interface UtilizationSource {
  next(out: UtilizationStep): boolean;
  readonly skippedLines: number;
}

export interface ProfileParams {
  path: string;
  column: string;
  stepS: number;
  repeat: boolean;
  /** Multiplier to 0-1 (0.01 for a percent column). */
  scale: number;
  skipBadLines: boolean;
}

export function openProfile(p: ProfileParams): UtilizationSource & { close(): void } {
  const reader = new CsvLineReader(p.path);
  const i = reader.header.indexOf(p.column);
  if (i < 0) {
    reader.close();
    throw new InputError(`${locate(reader.file, 1)}column: expected a column named '${p.column}' in the header, got '${reader.header.join(',')}'`);
  }
  let pass = 0, k = 0, rows = 0, skipped = 0, last = NaN;
  return {
    get skippedLines() { return skipped; },
    close: () => reader.close(),
    next(out: UtilizationStep): boolean {
      for (;;) {
        const row = reader.nextRow();
        if (row === null) {
          if (!p.repeat || k === 0) return false;
          if (pass === 0) rows = k;
          pass++;
          k = 0;
          reader.rewind();
          continue;
        }
        const text = row[i];
        const v = text === undefined || text.trim() === '' ? NaN : Number(text) * p.scale;
        let u = v;
        if (!(v >= 0 && v <= 1)) {
          const got = text === undefined ? 'nothing (row too short)' : `'${text}'`;
          if (!p.skipBadLines || Number.isNaN(last)) {
            const why = p.skipBadLines ? ' (the first row cannot be skipped)' : '';
            throw new InputError(`${locate(reader.file, reader.lineNumber)}column '${p.column}': expected a utilization 0-1 after scaling by ${p.scale}${why}, got ${got}`);
          }
          if (pass === 0) skipped++;
          u = last;
        }
        last = u;
        out.startS = (pass * rows + k) * p.stepS;
        out.utilization = u;
        k++;
        return true;
      }
    },
  };
}
