/**
 * Shared look of every chart: schema URL, sizes, fonts, and the colours that
 * stay the same across charts (a design keeps its colour everywhere; component
 * groups keep theirs). Design colours are the Okabe-Ito palette, chosen to stay
 * distinguishable with the common colour-vision deficiencies
 * (Okabe & Ito 2008, "Color Universal Design", https://jfly.uni-koeln.de/color/).
 */
import type { ComponentCategory } from '../../sim/types/hourly.js';

export const VEGA_LITE_SCHEMA = 'https://vega.github.io/schema/vega-lite/v6.json';

/** Plot area of a single chart, px (2 px per day of a year; fits a laptop screen and, scaled, an A4 page). */
export const CHART_WIDTH = 730;
export const CHART_HEIGHT = 260;
/** Height of one facet row (one design) in faceted charts, px. */
export const FACET_HEIGHT = 130;

const OKABE_ITO = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'];

/** The colour of the i-th design of a run. */
export const designColor = (index: number): string => OKABE_ITO[index % OKABE_ITO.length];

/** A colour encoding for the `design` field that gives each design its run-wide colour. */
export function designColorEncoding(designIds: string[], title = 'Design') {
  return {
    field: 'design',
    type: 'nominal' as const,
    title,
    scale: { domain: designIds, range: designIds.map((_, i) => designColor(i)) },
    legend: { orient: 'top' as const },
  };
}

/** Component groups in stacking order (IT at the bottom), with their (English) labels and colours; other languages: i18n charts.groups. */
export const COMPONENT_GROUPS: { category: ComponentCategory; label: string; color: string }[] = [
  { category: 'it', label: 'IT', color: '#4C78A8' },
  { category: 'cooling', label: 'Cooling', color: '#54A24B' },
  { category: 'power', label: 'Power-chain losses', color: '#E45756' },
  { category: 'misc', label: 'Lighting and misc', color: '#9D9D9D' },
];

/** Shared config: font, no chart border, titles left-aligned so the page reads top-down. */
export const CHART_CONFIG = {
  font: 'Helvetica, Arial, sans-serif',
  view: { stroke: null },
  title: { anchor: 'start' as const, fontSize: 15, subtitleFontSize: 12, subtitleColor: '#555' },
  axis: { labelFontSize: 11, titleFontSize: 12 },
  legend: { labelFontSize: 11, titleFontSize: 12 },
};

/** Month abbreviations, January first. */
export const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** First day-of-year (1-based) of each month in a 365-day year, for axis ticks. */
export const MONTH_START_DAYS = [1, 32, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335];

/** Axis label expression turning a day-of-year tick into its month name (`months`: the report language's names). */
export const monthLabelExpr = (months: string[]): string =>
  `[${months.map((m) => `'${m}'`).join(',')}][indexof([${MONTH_START_DAYS.join(',')}], datum.value)]`;

export const MONTH_LABEL_EXPR = monthLabelExpr(MONTHS);

/** A row facet with one panel per design, labelled on the left in scenario order. */
export function designRowFacet(designIds: string[]) {
  return {
    field: 'design',
    type: 'nominal' as const,
    sort: designIds,
    title: null,
    header: { labelAngle: 0, labelAlign: 'left' as const, labelFontSize: 12, labelFontWeight: 'bold' as const },
  };
}
