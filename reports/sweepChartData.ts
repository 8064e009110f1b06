/**
 * What the charts of a sweep plot, from its tidy rows. Cases that differ in
 * any axis other than x never share a line: a series is one design at fixed
 * values of every other varying axis (label `air-cooled · nodes.count=80`).
 *   - x is the first axis with numbers and more than one value (a line chart);
 *     with none, the first varying text axis (weather file, design variant) is
 *     a category axis of grouped bars, one bar per series; with no varying
 *     axis at all, bars per design.
 *   - more than MAX_SERIES series (the palette's colours): panels by the first
 *     other axis, series by the rest.
 */
import type { SweepAxis, SweepCell, SweepTable } from '../sim/types/sweep.js';

/** Lines or bars one chart can tell apart: the Okabe-Ito palette's 8 colours (charts/theme.ts). */
export const MAX_SERIES = 8;

export interface SweepChartData {
  mark: 'line' | 'bar';
  /** x: the axis label and title; for bars also each category in grid order. */
  x: { title: string; categories?: string[] };
  /** The label of the axis that splits panels, when there are too many series for one. */
  facet?: string;
  /** Which other axes each series holds fixed (short names), for the subtitle. */
  fixed: string[];
  /** Series labels in first-seen order. */
  series: string[];
  /** One point per row: plain field names (Vega-Lite reads dots in a name as nested access). */
  rows: { x: number | string; series: string; facet?: string; value: number }[];
}

/** `workload.nodes.count` -> `nodes.count`: the last two parts of a path, enough to tell axes apart. */
export const shortName = (axis: SweepAxis): string => axis.path.split(/\.(?![^[]*\])/).slice(-2).join('.');

/** A value as a label: with its unit, a file path by its name. */
function valueLabel(axis: SweepAxis, v: SweepCell): string {
  if (typeof v === 'number') return axis.unit === null ? String(v) : `${v} ${axis.unit}`;
  const text = String(v ?? '');
  return /[/\\]/.test(text) ? text.split(/[/\\]/).pop()! : text;
}

const distinct = (axis: SweepAxis) => new Set(axis.values).size;

/** The chart data of one KPI column; undefined when no row has a number for it. */
export function sweepChartData(table: SweepTable, kpi: string): SweepChartData | undefined {
  const kindOf = (a: SweepAxis) => table.columns.find((c) => c.name === a.column)?.kind;
  const varying = table.grid.axes.filter((a) => distinct(a) > 1);
  const x = varying.find((a) => kindOf(a) !== 'string') ?? varying[0];
  const others = varying.filter((a) => a !== x);
  // Short names, unless two axes share one (designs[0].racks.count and designs[1].racks.count): then their paths.
  const shorts = varying.map(shortName);
  const nameOf = (a: SweepAxis) => (shorts.filter((n) => n === shortName(a)).length > 1 ? a.path : shortName(a));
  const label = (a: SweepAxis, row: Record<string, SweepCell>) => `${nameOf(a)}=${valueLabel(a, row[a.column])}`;
  const seriesOf = (row: Record<string, SweepCell>, axes: SweepAxis[]) => [String(row.design), ...axes.map((a) => label(a, row))].join(' · ');
  const all = new Set(table.rows.map((r) => seriesOf(r, others)));
  const facetAxis = all.size > MAX_SERIES && others.length > 0 ? others[0] : undefined;
  const inSeries = facetAxis === undefined ? others : others.slice(1);
  const mark = x !== undefined && kindOf(x) !== 'string' ? 'line' : 'bar';
  const rows: SweepChartData['rows'] = [];
  for (const r of table.rows) {
    const value = r[kpi];
    if (typeof value !== 'number' || !Number.isFinite(value)) continue;
    const xValue = x === undefined ? String(r.design) : mark === 'line' ? (r[x.column] as number) : valueLabel(x, r[x.column]);
    rows.push({ x: xValue, series: seriesOf(r, inSeries), ...(facetAxis ? { facet: label(facetAxis, r) } : {}), value });
  }
  if (rows.length === 0) return undefined;
  return {
    mark,
    x: {
      title: x === undefined ? 'design' : x.unit === null ? x.path : `${x.path} (${x.unit})`,
      ...(mark === 'bar' ? { categories: [...new Set(rows.map((r) => String(r.x)))] } : {}),
    },
    ...(facetAxis ? { facet: nameOf(facetAxis) } : {}),
    fixed: inSeries.map(nameOf),
    series: [...new Set(rows.map((r) => r.series))],
    rows,
  };
}
