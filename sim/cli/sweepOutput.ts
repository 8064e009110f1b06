/**
 * What `dctwin sweep` and `dctwin merge` write and print: the output folder
 * (sweep.csv and sweep.json, all or nothing) and the terminal table. Loaded
 * by their actions on use, so start-up does not load zod and the sweep code.
 */
import { join } from 'node:path';
import { num, textTable } from './table.js';
import { SWEEP_FILES, sweepCsv, sweepJson, tableRows } from '../studies/sweep/files.js';
import type { Shard } from '../studies/sweep/shard.js';
import { columnsOf, type SweepTable } from '../studies/sweep/table.js';
import { writeDirAtomically } from '../../reports/atomicDir.js';
import { OUTPUT_FILES } from '../../reports/outputNames.js';

/** Rows the terminal table shows; the files hold all. */
const SHOWN_ROWS = 40;

/** `out/<scenario>-sweep/`, or `out/<scenario>-sweep-shard-k-of-n/` for a shard. */
export function defaultSweepDir(cwd: string, scenario: string, shard?: Shard): string {
  const suffix = shard ? `-shard-${shard.index}-of-${shard.count}` : '';
  return join(cwd, 'out', `${scenario}-sweep${suffix}`);
}

/** Writes sweep.csv and sweep.json (and, for a complete sweep, report.html) as one folder, replacing an earlier sweep output. */
export async function writeSweep(outDir: string, table: SweepTable): Promise<string[]> {
  const files = new Map<string, string>([
    [SWEEP_FILES.csv, sweepCsv(table)],
    [SWEEP_FILES.json, sweepJson(table)],
  ]);
  if (table.shard === undefined) {
    const { sweepReportHtml } = await import('../../reports/sweepReport.js');
    const axes = table.grid.axes.map((a) => a.column);
    files.set(OUTPUT_FILES.reportHtml, await sweepReportHtml({ scenario: table.grid.scenario, axes, rows: tableRows(table) }));
  }
  await writeDirAtomically(outDir, files);
  return [...files.keys()];
}

const cellText = (v: string | number | null, decimals: number): string =>
  v === null ? '' : typeof v === 'number' ? num(v, decimals) : v;

/** The terminal view: case, axis values, then PUE, facility MWh and TCO per design. */
export function sweepTable(table: SweepTable): string {
  const rows = tableRows(table);
  const params = table.grid.axes.map((a) => a.column);
  const ids = columnsOf(table.grid, table.rows)
    .filter((c) => c.endsWith('.pue'))
    .map((c) => c.slice(0, -'.pue'.length));
  const kpis: [string, string, number][] = [['pue', 'PUE', 3], ['facilityEnergyMWh', 'MWh', 1], ['tcoTotal', 'TCO', 0]];
  const header = ['case', ...params, ...ids.flatMap((id) => kpis.map(([, label]) => `${id} ${label}`))];
  const body = rows
    .slice(0, SHOWN_ROWS)
    .map((r) => [String(r.case), ...params.map((p) => String(r[p] ?? '')), ...ids.flatMap((id) => kpis.map(([k, , d]) => cellText(r[`${id}.${k}`] ?? null, d)))]);
  const more = rows.length > SHOWN_ROWS ? `... ${rows.length - SHOWN_ROWS} more rows in ${SWEEP_FILES.csv}\n` : '';
  return textTable(header, body) + more;
}
