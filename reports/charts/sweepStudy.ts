/**
 * The charts of a sweep's report.html (data: ../sweepChartData.ts): a KPI
 * against a numeric axis, one line per series (a design at fixed values of
 * the other axes), or grouped bars per category of a text axis; panels by
 * one more axis when the series would be too many for one chart's colours.
 * The subtitle says what each line or bar holds. `dctwin compare` draws its
 * bars (scenario x design) with the same builder. Words in `lang`
 * (i18n/enStudies.ts `sweep.chart`), with the language's font.
 */
import type { TopLevelSpec } from 'vega-lite';
import type { SweepChartData } from '../sweepChartData.js';
import { CHART_CONFIG, CHART_HEIGHT, CHART_WIDTH, FACET_HEIGHT, VEGA_LITE_SCHEMA, designColor } from './theme.js';
import { DEFAULT_LANG, messages, type Lang } from '../i18n/lang.js';

export const SWEEP_STUDY_TITLE = 'Sweep';

const words = (lang: Lang) => messages(lang).studies.sweep.chart;

/** Past the palette's 8 colours a line is told apart by its dash as well: solid, then dashed, dotted, dash-dot. */
const DASHES = [[1, 0], [6, 3], [2, 2], [8, 3, 2, 3]];

/** What each line or bar of a sweep chart holds, and how many cases it draws. */
export function sweepSubtitle(data: SweepChartData, cases: number, lang: Lang = DEFAULT_LANG): string {
  const m = words(lang);
  const what = data.mark === 'line' ? m.eachLine : m.eachBar;
  const holds = data.fixed.length > 0 ? m.oneDesignAt(data.fixed.join(', ')) : m.oneDesign;
  const panels = data.facet ? m.panels(data.facet) : '';
  return m.subtitle(what, holds, panels, String(cases), String(data.series.length));
}

/** The chart of `data` with y titled `kpiTitle`; `text` defaults to the sweep's title and subtitle. */
export function sweepStudyChart(data: SweepChartData, kpiTitle: string, text: { title?: string; subtitle: string; ratioFloor?: boolean }, lang: Lang = DEFAULT_LANG): TopLevelSpec {
  const m = words(lang);
  const color = {
    field: 'series',
    type: 'nominal' as const,
    title: null,
    scale: { domain: data.series, range: data.series.map((_, i) => designColor(i)) },
    legend: { orient: 'top' as const, columns: 2, labelLimit: 360 },
  };
  // Bars start at zero, but PUE bars at 1 (its floor: no overhead), so 1.235 and 1.324 do not look alike.
  const y = { field: 'value', type: 'quantitative' as const, title: kpiTitle, scale: data.mark === 'bar' ? (text.ratioFloor ? { domainMin: 1, zero: false } : { zero: true }) : { zero: false } };
  const tooltip = [
    { field: 'series', type: 'nominal' as const, title: m.series },
    ...(data.facet ? [{ field: 'facet', type: 'nominal' as const, title: data.facet }] : []),
    { field: 'x', type: data.mark === 'line' ? ('quantitative' as const) : ('nominal' as const), title: data.x.title },
    { field: 'value', type: 'quantitative' as const, title: kpiTitle, format: '.4~g' },
  ];
  const dash =
    data.series.length > 8
      ? { strokeDash: { field: 'series', type: 'nominal' as const, title: null, scale: { domain: data.series, range: data.series.map((_, i) => DASHES[Math.floor(i / 8) % DASHES.length]) } } }
      : {};
  const encoding =
    data.mark === 'line'
      ? { x: { field: 'x', type: 'quantitative' as const, title: data.x.title, scale: { zero: false } }, y, color, ...dash, tooltip }
      : {
          x: { field: 'x', type: 'nominal' as const, title: data.x.title, sort: data.x.categories, axis: { labelAngle: -30, labelLimit: 220 } },
          xOffset: { field: 'series', type: 'nominal' as const, sort: data.series },
          y,
          color,
          tooltip,
        };
  const mark = data.mark === 'line' ? { type: 'line' as const, point: true, tooltip: true } : { type: 'bar' as const, tooltip: true };
  const rows = data.mark === 'line' ? [...data.rows].sort((a, b) => Number(a.x) - Number(b.x)) : data.rows;
  const head = {
    $schema: VEGA_LITE_SCHEMA,
    title: { text: text.title ?? m.title(kpiTitle, data.x.title), subtitle: text.subtitle },
    description: (data.mark === 'line' ? m.lineDescription : m.barDescription)(kpiTitle, data.x.title, data.series.join('; ')),
    data: { values: rows },
    config: { ...CHART_CONFIG, font: messages(lang).charts.font },
  };
  if (data.facet === undefined) return { ...head, width: CHART_WIDTH, height: CHART_HEIGHT, mark, encoding } as TopLevelSpec;
  return {
    ...head,
    facet: { field: 'facet', type: 'nominal', title: data.facet },
    columns: 2,
    spec: { width: CHART_WIDTH / 2 - 20, height: FACET_HEIGHT * 1.5, mark, encoding },
  } as TopLevelSpec;
}
