/**
 * Efficiency by site: two panels side by side sharing one row per site (best
 * site first, by its best pair in siteRanking), one bar per design in each row.
 * Left: annual PUE (ISO/IEC 30134-2), bars from PUE 1, with the site's PUE
 * limit as a black tick; right: WUE (L of site water per kWh of IT energy,
 * The Green Grid WP#35), bars from zero. Both figures are summary.json's
 * designs[i].metrics of each site, unrounded but for chart size. Words in
 * `lang` (i18n/enSites.ts `pueWue`, `status`).
 */
import type { TopLevelSpec } from 'vega-lite';
import type { Summary } from '../../sim/types/summary.js';
import { formatRatio, roundSignificant } from '../format.js';
import { bestRowPerSite, limitStatus, siteDesignIds, siteRows, simulatedSites } from './siteData.js';
import { CHART_CONFIG, CHART_WIDTH, designColorEncoding, VEGA_LITE_SCHEMA } from './theme.js';
import { DEFAULT_LANG, messages, type Lang } from '../i18n/lang.js';

export const SITE_PUE_WUE_TITLE = messages().sites.pueWue.title;

export function sitePueWueChart(summary: Summary, lang: Lang = DEFAULT_LANG): TopLevelSpec {
  const { pueWue: m, status: statusWords } = messages(lang).sites;
  const sites = simulatedSites(summary);
  const rows = siteRows(summary);
  const ranked = bestRowPerSite(rows).map((r) => r.siteName);
  const siteOrder = [...ranked, ...sites.map((s) => s.name).filter((n) => !ranked.includes(n))];
  const designIds = siteDesignIds(summary);
  const values = sites.flatMap((s) =>
    s.designs.map((d) => ({
      site: s.name,
      design: d.id,
      pue: roundSignificant(d.metrics.pue, 6),
      wue: roundSignificant(d.metrics.wueLPerKWh, 6),
      status: statusWords[limitStatus(d.policy?.pass ?? null)],
    })),
  );
  const limits = sites.filter((s) => s.pueLimit).map((s) => ({ site: s.name, limit: s.pueLimit!.value, source: s.pueLimit!.source }));
  const maxPue = Math.max(...values.map((v) => v.pue), ...limits.map((l) => l.limit));
  // a fixed height: the limit ticks have no yOffset, so a step per design would conflict between the layers
  const height = sites.length * (designIds.length * 14 + 12);
  const y = { field: 'site', type: 'nominal' as const, sort: siteOrder, title: null };
  const yOffset = { field: 'design', type: 'nominal' as const, sort: designIds };
  const color = designColorEncoding(designIds);
  const limitText = limits.map((l) => `${l.site} ${formatRatio(l.limit)}`).join(', ');
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: {
      text: m.title,
      subtitle: m.subtitle,
    },
    description: m.description(limitText || m.noLimits),
    data: { values },
    hconcat: [
      {
        width: Math.round(CHART_WIDTH * 0.5),
        height,
        layer: [
          {
            mark: { type: 'bar', tooltip: true },
            encoding: {
              y,
              yOffset,
              x: { field: 'pue', type: 'quantitative', title: m.pueAxis, scale: { domain: [1, 1 + (maxPue - 1) * 1.15] } },
              x2: { datum: 1 },
              color,
              tooltip: [
                { field: 'site', type: 'nominal', title: m.site },
                { field: 'design', type: 'nominal', title: m.design },
                { field: 'pue', type: 'quantitative', title: m.pueTip, format: '.3f' },
                { field: 'status', type: 'nominal', title: m.againstLimit },
              ],
            },
          },
          {
            data: { values: limits },
            mark: { type: 'tick', color: 'black', thickness: 2, tooltip: true },
            encoding: {
              y,
              x: { field: 'limit', type: 'quantitative' },
              tooltip: [
                { field: 'site', type: 'nominal', title: m.site },
                { field: 'limit', type: 'quantitative', title: m.limitTip, format: '.2f' },
                { field: 'source', type: 'nominal', title: m.source },
              ],
            },
          },
        ],
      },
      {
        width: Math.round(CHART_WIDTH * 0.3),
        height,
        mark: { type: 'bar', tooltip: true },
        encoding: {
          y: { ...y, axis: null },
          yOffset,
          x: { field: 'wue', type: 'quantitative', title: m.wue, axis: { tickCount: 4 } },
          color,
          tooltip: [
            { field: 'site', type: 'nominal', title: m.site },
            { field: 'design', type: 'nominal', title: m.design },
            { field: 'wue', type: 'quantitative', title: m.wue, format: '.3f' },
          ],
        },
      },
    ],
    config: CHART_CONFIG,
  };
}
