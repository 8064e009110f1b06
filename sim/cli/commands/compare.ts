/**
 * `dctwin compare A.yaml B.yaml ...`: evaluates whole scenarios (e.g. the
 * same designs in two sites) and prints every design of every scenario side
 * by side, as columns `scenario/design`, with the difference to the first
 * column. All files are validated before any is simulated. Writes no files.
 * The loader and the simulator are imported inside the action (start-up).
 */
import { Command } from 'commander';
import { resolve } from 'node:path';
import { InputError } from '../../errors.js';
import type { Scenario } from '../../scenario/schema.js';
import type { Summary } from '../../types/summary.js';
import { summaryKpis, type DesignKpis } from '../../studies/sweep/kpis.js';
import { printable } from '../../printable.js';
import type { Io } from '../io.js';
import { parseSeed } from '../options.js';
import { num, pct, textTable } from '../table.js';

export interface CompareColumn extends Omit<DesignKpis, 'tcoSavingsVsFirst'> {
  /** `scenario/design`, the column's title. */
  column: string;
  scenario: string;
  design: string;
  file: string;
  currency: string | null;
  /** This column minus the first (PUE), or this / first - 1 (energy, TCO); null where not comparable. */
  vsFirst: { pue: number; facilityEnergy: number; tcoTotal: number | null };
}

/** Scenario names as column prefixes; a name used by two files is shown with its file instead. */
function labels(files: readonly string[], scenarios: readonly Scenario[]): string[] {
  const names = scenarios.map((s) => s.name);
  return names.map((n, i) => (names.indexOf(n) !== names.lastIndexOf(n) ? files[i] : n));
}

export function compareColumns(files: readonly string[], summaries: readonly Summary[], names: readonly string[]): CompareColumn[] {
  const columns = summaries.flatMap((summary, i) =>
    summaryKpis(summary).map(({ id, kpis: { tcoSavingsVsFirst: _withinScenario, ...kpis } }) => ({
      column: `${names[i]}/${id}`,
      scenario: names[i],
      design: id,
      file: files[i],
      currency: summary.designs.find((d) => d.id === id)?.tco?.currency ?? null,
      ...kpis,
    })),
  );
  const first = columns[0];
  return columns.map((c) => ({
    ...c,
    vsFirst: {
      pue: c.pue - first.pue,
      facilityEnergy: c.facilityEnergyMWh / first.facilityEnergyMWh - 1,
      tcoTotal: c.tcoTotal !== null && first.tcoTotal !== null && c.currency === first.currency ? c.tcoTotal / first.tcoTotal - 1 : null,
    },
  }));
}

export function compareTable(columns: readonly CompareColumn[]): string {
  const row = (label: string, f: (c: CompareColumn, i: number) => string) => [label, ...columns.map(f)];
  const diff = (f: (c: CompareColumn) => string) => (c: CompareColumn, i: number) => (i === 0 ? '' : f(c));
  const money = (v: number | null, currency: string | null) => (v === null ? '-' : `${num(v)} ${currency ?? ''}`.trimEnd());
  return textTable(
    ['', ...columns.map((c) => c.column)],
    [
      row('PUE (annual)', (c) => num(c.pue, 3)),
      row('TUE', (c) => num(c.tue, 3)),
      row('WUE L/kWh', (c) => num(c.wueLPerKWh, 3)),
      row('CUE kg/kWh', (c) => num(c.cueKgPerKWh, 3)),
      row('Facility energy MWh', (c) => num(c.facilityEnergyMWh, 1)),
      row('Facility peak kW', (c) => num(c.peakFacilityKW)),
      row('TCO (present value)', (c) => money(c.tcoTotal, c.currency)),
      row('PUE vs first', diff((c) => `${c.vsFirst.pue > 0 ? '+' : ''}${num(c.vsFirst.pue, 3)}`)),
      row('Facility energy vs first', diff((c) => pct(c.vsFirst.facilityEnergy))),
      row('TCO vs first', diff((c) => (c.vsFirst.tcoTotal === null ? '-' : pct(c.vsFirst.tcoTotal)))),
    ],
  );
}

export function compareCommand(io: Io): Command {
  return new Command('compare')
    .description('evaluate whole scenarios (e.g. one design in several sites) and print their designs side by side')
    .argument('<files...>', 'scenario files (YAML or JSON)')
    .option('--json', 'print the columns as JSON instead of the table')
    .option('--seed <n>', 'random seed for every scenario (overrides each file)', parseSeed)
    .option('--allow-large', 'run past the work limits (nodes, jobs, control steps x designs) that catch typos')
    .action(async (files: string[], opts: { json?: boolean; seed?: number; allowLarge?: boolean }) => {
      const [{ loadScenario }, { evaluate }, { checkWork }] = await Promise.all([import('../../scenario/load.js'), import('../../studies/evaluate.js'), import('../../studies/workEstimate.js')]);
      const loaded: { scenario: Scenario; warnings: string[] }[] = [];
      const problems: string[] = [];
      for (const file of files) {
        try {
          const one = loadScenario(resolve(io.cwd, file), { shownAs: file });
          checkWork(one.scenario, file, { allowLarge: opts.allowLarge }); // every file within the limits before any runs
          loaded.push(one);
        } catch (err) {
          if (!(err instanceof InputError)) throw err;
          problems.push(...err.lines);
        }
      }
      if (problems.length > 0) throw new InputError(problems);
      const warnings = new Set(loaded.flatMap((l) => l.warnings));
      const summaries = loaded.map(({ scenario }) => {
        const { summary, result } = evaluate(scenario, { seed: opts.seed });
        for (const w of result.warnings) warnings.add(w);
        return summary;
      });
      for (const w of warnings) io.stderr(`warning: ${printable(w)}\n`);
      const names = labels(files, loaded.map((l) => l.scenario));
      const columns = compareColumns(files, summaries, names);
      if (opts.json) {
        const scenarios = summaries.map((s, i) => ({ file: files[i], scenario: s.scenario, weather: s.weather, seed: s.seed, simulatedHours: s.simulatedHours }));
        io.stdout(`${JSON.stringify({ scenarios, columns }, null, 2)}\n`);
        return;
      }
      const heads = summaries.map((s, i) => `${names[i]}: ${files[i]} — ${printable(s.weather)}, ${num(s.simulatedHours)} h, seed ${s.seed}\n`);
      io.stdout(`${heads.join('')}\n${compareTable(columns)}`);
    });
}
