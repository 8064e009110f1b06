/**
 * What `dctwin sweep` and `dctwin merge` write and print: the output folder
 * (sweep.csv, sweep.json and, for a complete sweep, report.html; all or
 * nothing) and the terminal table. sweep.csv is the tidy table of
 * reports/tables/sweepTable.ts through the shared CSV writer. Loaded by their
 * actions on use, so start-up does not load zod and the sweep code. report.html
 * and the terminal table in `lang`; sweep.csv, .parquet and .json the same in
 * every language.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { InputError } from '../errors.js';
import { num, textTable } from './table.js';
import { readSweepJson, SWEEP_FILES, sweepJson } from '../studies/sweep/files.js';
import type { Shard } from '../studies/sweep/shard.js';
import type { SweepTable } from '../studies/sweep/table.js';
import { writeDirAtomically } from '../../reports/atomicDir.js';
import { OUTPUT_FILES } from '../../reports/outputNames.js';
import { sweepTidyTable } from '../../reports/tables/sweepTable.js';
import { tidyCsv } from '../../reports/tables/tidyTable.js';
import { tidyParquet } from '../../reports/tables/parquet.js';
import { DEFAULT_LANG, messages, type Lang } from '../../reports/i18n/lang.js';

/** Rows the terminal table shows; the files hold all. */
const SHOWN_ROWS = 40;

/** `out/<scenario>-sweep/`, or `out/<scenario>-sweep-shard-k-of-n/` for a shard. */
export function defaultSweepDir(cwd: string, scenario: string, shard?: Shard): string {
  const suffix = shard ? `-shard-${shard.index}-of-${shard.count}` : '';
  return join(cwd, 'out', `${scenario}-sweep${suffix}`);
}

/** Writes sweep.csv and sweep.json (and, for a complete sweep, report.html) as one folder, replacing an earlier sweep output. */
export async function writeSweep(outDir: string, table: SweepTable, lang: Lang = DEFAULT_LANG): Promise<string[]> {
  const tidy = sweepTidyTable(table);
  const files = new Map<string, string | Uint8Array>([
    [SWEEP_FILES.csv, tidyCsv(tidy)],
    [SWEEP_FILES.parquet, tidyParquet(tidy)],
    [SWEEP_FILES.json, sweepJson(table)],
  ]);
  if (table.shard === undefined) {
    const { sweepReportHtml } = await import('../../reports/sweepReport.js');
    files.set(OUTPUT_FILES.reportHtml, await sweepReportHtml(table, lang));
  }
  await writeDirAtomically(outDir, files);
  return [...files.keys()];
}

/**
 * `dctwin report` on a sweep folder: report.html and sweep.csv again from its
 * sweep.json (kept byte for byte: it is re-serialized from what it holds).
 */
export async function rebuildSweepReport(outDir: string, shown: string, lang: Lang = DEFAULT_LANG): Promise<string[]> {
  const file = join(outDir, SWEEP_FILES.json);
  const table = readSweepJson(await readFile(file, 'utf8'), join(shown, SWEEP_FILES.json));
  if (table.shard !== undefined) {
    const { index, count } = table.shard;
    throw new InputError(`${join(shown, SWEEP_FILES.json)}: expected a complete sweep, got shard ${index}/${count} (join the shards with dctwin merge first)`);
  }
  return writeSweep(outDir, table, lang);
}

/** Cases the table's rows hold (a case has one row per design). */
export const caseCountOf = (table: SweepTable): number => new Set(table.rows.map((r) => r.case)).size;

const cellText = (v: string | number | null | undefined, decimals: number): string =>
  v === null || v === undefined ? '' : typeof v === 'number' ? num(v, decimals) : v;

/** The terminal view: case, axis values, design, then PUE, facility MWh and TCO (and an XPU pool's effective compute and mean wait). */
export function sweepTextTable(table: SweepTable, lang: Lang = DEFAULT_LANG): string {
  const m = messages(lang).studies.sweep.terminal;
  const pool = messages(lang).pool.sweep;
  const axes = table.grid.axes.map((a) => a.column);
  const kpis: [string, string, number][] = [['pue', 'PUE', 3], ['facilityEnergy_MWh', 'MWh', 1], ['tcoTotal_currency', 'TCO', 0],
    ...(table.grid.pool ? [['effectiveCompute_fraction', pool.terminalEffective, 3], ['meanWait_h', pool.terminalWait, 1]] as [string, string, number][] : [])];
  const header = [m.caseColumn, ...axes, m.designColumn, ...kpis.map(([, label]) => label)];
  const body = table.rows
    .slice(0, SHOWN_ROWS)
    .map((r) => [String(r.case), ...axes.map((a) => String(r[a] ?? '')), String(r.design), ...kpis.map(([k, , d]) => cellText(r[k], d))]);
  const more = table.rows.length > SHOWN_ROWS ? `${m.moreRows(String(table.rows.length - SHOWN_ROWS), SWEEP_FILES.csv)}\n` : '';
  return textTable(header, body) + more;
}
