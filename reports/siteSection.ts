/**
 * "Where should this load go?" for summary.md and report.html, when a run
 * simulated the same workload and designs at two or more sites (summary.json
 * `sites` and `siteRanking`, sim/types/sites.ts): the best site x design by the
 * ranking rule and how many pairs fail their site's PUE limit, the ranking
 * table (every site x design, in siteRanking order), the excluded sites with
 * their reasons, then (report.html) the site charts. The order is the
 * engine's; this file only words it. PUE limit sources are long texts, so the
 * table cites them by number and the notes give each once. Words in `lang`
 * (i18n/enSites.ts); the scenario's own texts (reasons, sources) as written.
 */
import type { Summary } from '../sim/types/summary.js';
import { excludedSites, comparesSites, rankedByMoney, rankingCurrencies, siteRows, whyNotByMoney, type SiteRow } from './charts/siteData.js';
import { formatAbove, formatMoney, formatPerKWh, formatRatio } from './format.js';
import type { ReportSection, SectionRow } from './section.js';
import { DEFAULT_LANG, messages, type Lang } from './i18n/lang.js';

/** The section's title in `lang`. */
export const siteSectionTitle = (lang: Lang = DEFAULT_LANG): string => messages(lang).sites.section.title;
/** The English title (kept for callers that link to the section by name). */
export const SITE_SECTION_TITLE = siteSectionTitle();

const pair = (r: SiteRow): string => `${r.siteName} × ${r.design}`;

function leadSentence(rows: SiteRow[], byMoney: boolean, horizonYears: number | undefined, lang: Lang): string {
  const m = messages(lang).sites.section;
  const best = rows[0];
  const basis = byMoney
    ? m.basisMoney(formatMoney(best.tcoTotal!, best.currency), String(horizonYears ?? '?'))
    : m.basisPue(formatRatio(best.pue), whyNotByMoney(rows, lang));
  const failing = rows.filter((r) => r.pass === false);
  const fails = failing.length
    ? m.fails(String(failing.length), String(rows.length), failing.map((r) => `${pair(r)}: ${formatAbove(r.pue, r.pueLimit!).join(' > ')}`).join('; '))
    : m.noneFail(String(rows.length));
  const bestWithin = best.pass === false ? rows.find((r) => r.pass !== false) : undefined;
  const fallback = best.pass === false ? m.bestWithin(bestWithin ? pair(bestWithin) : m.none) : '';
  return m.lead(pair(best), String(rows.length), basis, fails, fallback);
}

export function siteSection(summary: Summary, lang: Lang = DEFAULT_LANG): ReportSection | undefined {
  if (!comparesSites(summary)) return undefined;
  const m = messages(lang).sites.section;
  const rows = siteRows(summary);
  if (rows.length === 0) return undefined;
  const byMoney = rankedByMoney(rows);
  const currencies = rankingCurrencies(rows);
  const money = currencies.length === 1 ? currencies[0] : m.siteCurrency;
  const sources = [...new Set(rows.map((r) => r.pueLimitSource).filter((s): s is string => s !== null))];
  const cite = (r: SiteRow) => (r.pueLimitSource === null ? '' : ` [${sources.indexOf(r.pueLimitSource) + 1}]`);
  const horizonYears = summary.sites?.find((s) => s.designs.some((d) => d.tco))?.designs.find((d) => d.tco)?.tco?.horizonYears;
  const tableRows: SectionRow[] = rows.map((r) => ({
    label: String(r.rank),
    key: `siteRanking.${r.rank - 1}`,
    cells: [
      { text: r.siteName },
      { text: r.region === null ? '–' : (m.regions[r.region] ?? r.region) },
      { text: r.design, design: r.design },
      r.tcoTotal === null ? { text: '–' } : { text: formatMoney(r.tcoTotal, r.currency), value: r.tcoTotal },
      { text: r.pass === false ? formatAbove(r.pue, r.pueLimit!)[0] : formatRatio(r.pue), value: r.pue },
      r.pueLimit === null ? { text: m.none } : { text: `${formatRatio(r.pueLimit)}${cite(r)}`, value: r.pueLimit },
      { text: r.pass === null ? '–' : r.pass ? m.pass : m.fail },
      { text: formatPerKWh(r.wueLPerKWh), value: r.wueLPerKWh },
      { text: formatPerKWh(r.cueKgPerKWh), value: r.cueKgPerKWh },
      { text: formatMoney(r.surchargeTotal, r.currency), value: r.surchargeTotal },
    ],
  }));
  const excluded = excludedSites(summary);
  const first = summary.sites?.find((s) => s.excluded === undefined);
  const notes = [
    byMoney ? m.rankedByMoney(money) : m.rankedByPue(whyNotByMoney(rows, lang)),
    m.metrics,
    ...excluded.map((s) => m.excluded(s.name, s.id, s.excluded!)),
    ...sources.map((s, i) => `[${i + 1}] ${s === 'assumption' ? m.assumptionSource : s}`),
    ...(summary.sites ?? []).flatMap((s) => (s.priceSources ?? []).map((p) =>
      m.price(s.name, p.input, String(p.value), p.source === 'assumption' ? m.assumption(p.note ?? m.noSourceFound) : p.source))),
  ];
  if (first) notes.push(m.firstSite(first.name));
  return {
    id: 'sites',
    title: m.title,
    lead: [leadSentence(rows, byMoney, horizonYears, lang)],
    header: m.header(money),
    rows: tableRows,
    notes,
    charts: ['site-ranking', 'site-pue-wue', 'site-map'],
    wide: true,
  };
}
