/**
 * What `dctwin compare` writes: an output folder like `run`'s, all or nothing
 * (reports/atomicDir.ts), holding compare.json (what --json prints),
 * compare.csv (tidy: one row per scenario x design, units in column names),
 * compare.md and report.html (unless --no-report). The default folder is
 * `out/compare-<name>-<name>.../` from the scenario names. compare.md and
 * report.html in `lang`; the data files the same in every language.
 */
import { join } from 'node:path';
import type { CompareColumn } from './compareColumns.js';
import { KPI_COLUMNS } from '../studies/sweep/kpis.js';
import { writeDirAtomically } from '../../reports/atomicDir.js';
import { OUTPUT_FILES } from '../../reports/outputNames.js';
import { tidyCsv, type TidyColumn, type TidyTable } from '../../reports/tables/tidyTable.js';
import { tidyParquet } from '../../reports/tables/parquet.js';
import type { CompareReportInput } from '../../reports/compareReport.js';
import { DEFAULT_LANG, messages, type Lang } from '../../reports/i18n/lang.js';

/** Longest default folder name before the names are cut to `<first>-and-<n>-more`. */
const MAX_NAME = 80;

const slug = (name: string): string => name.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[-.]+|-+$/g, '') || 'scenario';

/** `out/compare-<a>-<b>/` from the scenario labels (file-safe), shortened when long. */
export function defaultCompareDir(cwd: string, names: readonly string[]): string {
  const parts = [...new Set(names.map(slug))];
  const all = `compare-${parts.join('-')}`;
  const name = all.length <= MAX_NAME ? all : `compare-${parts[0].slice(0, 40)}-and-${parts.length - 1}-more`;
  return join(cwd, 'out', name);
}

/**
 * compare.csv's table: scenario, file, weather, design, KPIs with units in names, the differences to the
 * first column (`pueVsFirst` a PUE difference; energy and TCO as `_fraction`: this / first - 1), currency.
 */
export function compareTidyTable(columns: readonly CompareColumn[], weatherOf: (file: string) => string): TidyTable {
  const text = (name: string, f: (c: CompareColumn) => string | null): TidyColumn => ({ name, kind: 'string', values: columns.map(f) });
  const number = (name: string, f: (c: CompareColumn) => number | null): TidyColumn => ({ name, kind: 'number', values: columns.map(f) });
  return {
    columns: [
      text('scenario', (c) => c.scenario),
      text('file', (c) => c.file),
      text('weather', (c) => weatherOf(c.file)),
      text('design', (c) => c.design),
      ...KPI_COLUMNS.filter(([key]) => key !== 'tcoSavingsVsFirst').map(([key, name]) => number(name, (c) => c[key as Exclude<typeof key, 'tcoSavingsVsFirst'>])),
      number('pueVsFirst', (c) => c.vsFirst.pue),
      number('facilityEnergyVsFirst_fraction', (c) => c.vsFirst.facilityEnergy),
      number('tcoVsFirst_fraction', (c) => c.vsFirst.tcoTotal),
      text('currency', (c) => c.currency),
    ],
  };
}

const mdCell = (text: string): string => text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

/** compare.md: the scenarios, then the terminal's table as Markdown. */
export function compareMarkdown(report: CompareReportInput, lang: Lang = DEFAULT_LANG): string {
  const m = messages(lang).studies.compare;
  const { header, rows } = report.table;
  const lines = [
    `# ${m.title(mdCell(report.scenarios.map((s) => s.label).join(', ')))}`,
    '',
    ...report.scenarios.map((s) => m.mdScenario(mdCell(s.label), `\`${mdCell(s.file)}\``, mdCell(s.weather), String(s.simulatedHours), String(s.seed))),
    '',
    `| ${header.map(mdCell).join(' | ')} |`,
    `|${header.map((_, i) => (i === 0 ? '---' : '---:')).join('|')}|`,
    ...rows.map((r) => `| ${r.map(mdCell).join(' | ')} |`),
    '',
    m.mdNote,
  ];
  return `${lines.join('\n')}\n`;
}

/** Writes the compare folder; returns the names written. */
export async function writeCompare(
  outDir: string,
  parts: { json: string; columns: readonly CompareColumn[]; report: CompareReportInput; html: boolean; lang?: Lang },
): Promise<string[]> {
  const weather = new Map(parts.report.scenarios.map((s) => [s.file, s.weather]));
  const tidy = compareTidyTable(parts.columns, (file) => weather.get(file) ?? '');
  const files = new Map<string, string | Uint8Array>([
    [OUTPUT_FILES.compareJson, parts.json],
    [OUTPUT_FILES.compareCsv, tidyCsv(tidy)],
    [OUTPUT_FILES.compareParquet, tidyParquet(tidy)],
    [OUTPUT_FILES.compareMd, compareMarkdown(parts.report, parts.lang)],
  ]);
  if (parts.html) {
    const { compareReportHtml } = await import('../../reports/compareReport.js');
    files.set(OUTPUT_FILES.reportHtml, await compareReportHtml(parts.report, parts.lang));
  }
  await writeDirAtomically(outDir, files);
  return [...files.keys()];
}
