/**
 * `dctwin sweep FILE --set path=v1,v2,... [--set ...] [--shard k/n]`: runs
 * the grid of cases (all, or one shard of it) and writes sweep.csv and
 * sweep.json into the output folder, all or nothing. `dctwin merge` joins
 * shard folders into exactly the unsharded result.
 */
import { Command } from 'commander';
import { join, resolve } from 'node:path';
import type { Io } from '../io.js';
import { collect, parseSeed } from '../options.js';
import { num, textTable } from '../table.js';
import { VERSION } from '../version.js';
import { runSweep } from '../../sweep/runSweep.js';
import { parseShard, type Shard } from '../../sweep/shard.js';
import { SWEEP_FILES, sweepCsv, sweepJson, tableRows } from '../../sweep/files.js';
import { columnsOf, type SweepTable } from '../../sweep/table.js';
import { writeDirAtomically } from '../../../reports/atomicDir.js';

/** Rows the terminal table shows; the files hold all. */
const SHOWN_ROWS = 40;

/** `out/<scenario>-sweep/`, or `out/<scenario>-sweep-shard-k-of-n/` for a shard. */
export function defaultSweepDir(cwd: string, scenario: string, shard?: Shard): string {
  const suffix = shard ? `-shard-${shard.index}-of-${shard.count}` : '';
  return join(cwd, 'out', `${scenario}-sweep${suffix}`);
}

/** Writes sweep.csv and sweep.json as one folder (replacing an earlier sweep output there). */
export async function writeSweep(outDir: string, table: SweepTable): Promise<string[]> {
  const files = new Map([
    [SWEEP_FILES.csv, sweepCsv(table)],
    [SWEEP_FILES.json, sweepJson(table)],
  ]);
  await writeDirAtomically(outDir, files, [SWEEP_FILES.json]);
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

export function sweepCommand(io: Io): Command {
  return new Command('sweep')
    .description('run a grid of cases (--set path=v1,v2,... per axis), one row per case in sweep.csv and sweep.json')
    .argument('<file>', 'scenario file (YAML or JSON)')
    .option('--set <path=v1,v2,...>', 'an axis of the grid, e.g. designs[0].racks.count=20,40 (repeatable; cases are the product in flag order)', collect, [])
    .option('--shard <k/n>', 'run only shard k of n (case i belongs to shard ((i-1) mod n)+1); join shards with dctwin merge')
    .option('-o, --out <dir>', 'output folder (default: out/<scenario>-sweep/ or out/<scenario>-sweep-shard-k-of-n/)')
    .option('--json', 'print sweep.json to stdout instead of the table')
    .option('--seed <n>', 'random seed for every case (overrides the scenario)', parseSeed)
    .action(async (file: string, opts: { set: string[]; shard?: string; out?: string; json?: boolean; seed?: number }) => {
      const shard = opts.shard === undefined ? undefined : parseShard(opts.shard);
      const startMs = performance.now();
      const { table, warnings } = runSweep({
        file: resolve(io.cwd, file),
        shownAs: file,
        flags: opts.set,
        seed: opts.seed,
        shard,
        generator: `dctwin ${VERSION}`,
        // On a terminal, a one-line counter on stderr (stdout stays the result).
        onCase: io.isTTY ? (done, total) => io.stderr(`\rcase ${done} of ${total}${done === total ? '\r\x1b[K' : ''}`) : undefined,
      });
      const elapsedS = (performance.now() - startMs) / 1000;
      const outDir = opts.out === undefined ? defaultSweepDir(io.cwd, table.grid.scenario, shard) : resolve(io.cwd, opts.out);
      const files = await writeSweep(outDir, table);
      for (const w of warnings) io.stderr(`warning: ${w}\n`);
      if (opts.json) {
        io.stdout(sweepJson(table));
        return;
      }
      const n = table.rows.length;
      const of = shard ? `shard ${shard.index}/${shard.count}: ${n} of ${table.grid.cases} cases` : `${n} cases`;
      io.stdout(
        `${table.grid.scenario} sweep, ${of} in ${num(elapsedS, 1)} s (${num(n / Math.max(elapsedS, 1e-9), 2)} cases/s)\n\n` +
          `${sweepTable(table)}\nWrote ${outDir}/ (${files.join(', ')})\n`,
      );
    });
}
