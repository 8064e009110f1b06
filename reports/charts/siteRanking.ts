/**
 * Where the load is cheapest: one horizontal bar per site x design, best first
 * in summary.json's siteRanking order, the bar length its TCO (present value
 * over the horizon, from zero) and its colour the design's run-wide colour.
 * A pair whose annual PUE is above its site's limit gets a dashed red outline,
 * a pale fill and "✗ above PUE limit" in its label. When the sites price in
 * different currencies their totals cannot be compared, so the bars show annual
 * PUE instead (from PUE 1, sorted lowest first) and the subtitle says so; likewise
 * when some pair has no TCO. Words in `lang` (i18n/enSites.ts `ranking`).
 */
import type { TopLevelSpec } from 'vega-lite';
import type { Summary } from '../../sim/types/summary.js';
import { formatMoney, formatPercent, formatRatio, roundSignificant } from '../format.js';
import { rankedByMoney, rankingCurrencies, siteDesignIds, siteRows, whyNotByMoney, type SiteRow } from './siteData.js';
import { CHART_CONFIG, CHART_WIDTH, designColorEncoding, VEGA_LITE_SCHEMA } from './theme.js';
import { DEFAULT_LANG, messages, type Lang } from '../i18n/lang.js';

export const SITE_RANKING_TITLE = messages().sites.ranking.title;

/** Red of the theme's palette (Okabe-Ito vermillion) for a failed limit. */
export const FAIL_COLOR = '#D55E00';

function label(row: SiteRow, byMoney: boolean, best: number, lang: Lang): string {
  const value = byMoney
    ? `${formatMoney(row.tcoTotal!, row.currency)}${row.tcoTotal === best ? '' : ` (+${formatPercent((row.tcoTotal! - best) / best)})`}`
    : `PUE ${formatRatio(row.pue)}`;
  const limit = row.pass === false && row.pueLimit !== null ? messages(lang).sites.ranking.aboveLimit(formatRatio(row.pueLimit)) : '';
  return `${value}${limit}`;
}

export function siteRankingChart(summary: Summary, lang: Lang = DEFAULT_LANG): TopLevelSpec {
  const m = messages(lang).sites.ranking;
  const rows = siteRows(summary);
  const byMoney = rankedByMoney(rows);
  const ordered = byMoney ? rows : [...rows].sort((a, b) => a.pue - b.pue);
  const best = byMoney ? Math.min(...rows.map((r) => r.tcoTotal!)) : 0;
  const values = ordered.map((r) => ({
    pair: `${r.rank}. ${r.siteName} · ${r.design}`,
    design: r.design,
    value: roundSignificant(byMoney ? r.tcoTotal! : r.pue, 6),
    fails: r.pass === false,
    label: label(r, byMoney, best, lang),
  }));
  const currencies = rankingCurrencies(rows);
  const currency = currencies[0] ?? '';
  const max = Math.max(...values.map((v) => v.value), byMoney ? 0 : 1);
  const x = byMoney
    ? { field: 'value', type: 'quantitative' as const, title: m.tcoAxis(currency), axis: { format: '~s', tickCount: 6 }, scale: { domain: [0, max * 1.45] } }
    : { field: 'value', type: 'quantitative' as const, title: m.pueAxis, scale: { domain: [1, 1 + (max - 1) * 1.6] } };
  const failed = values.filter((v) => v.fails).length;
  const subtitle = byMoney
    ? m.subtitleMoney(currency)
    : m.subtitlePue(whyNotByMoney(rows, lang));
  const failNote = failed ? m.failNote(String(failed)) : m.allWithin;
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: { text: m.title, subtitle },
    description: m.description(byMoney ? m.ofTco(currency) : m.ofPue, values[0]?.pair ?? m.none, values[0]?.label ?? '', failNote),
    width: CHART_WIDTH - 230,
    height: { step: 22 },
    data: { values },
    encoding: {
      y: { field: 'pair', type: 'nominal', sort: values.map((v) => v.pair), title: null, axis: { labelLimit: 320 } },
      x,
    },
    layer: [
      {
        mark: { type: 'bar', tooltip: true, height: { band: 0.75 } },
        encoding: {
          ...(byMoney ? {} : { x2: { datum: 1 } }), // PUE bars start at 1 (no overhead)
          color: designColorEncoding(siteDesignIds(summary)),
          fillOpacity: { condition: { test: 'datum.fails', value: 0.35 }, value: 1 },
          stroke: { condition: { test: 'datum.fails', value: FAIL_COLOR }, value: null },
          strokeWidth: { value: 2 },
          strokeDash: { condition: { test: 'datum.fails', value: [4, 2] }, value: [1, 0] },
          tooltip: [
            { field: 'pair', type: 'nominal', title: m.pairTip },
            { field: 'label', type: 'nominal', title: byMoney ? m.tcoTip(currency) : m.pueTip },
          ],
        },
      },
      {
        mark: { type: 'text', align: 'left', baseline: 'middle', dx: 4, fontSize: 11 },
        encoding: {
          text: { field: 'label', type: 'nominal' },
          color: { condition: { test: 'datum.fails', value: FAIL_COLOR }, value: '#333' },
        },
      },
    ],
    config: CHART_CONFIG,
  };
}
