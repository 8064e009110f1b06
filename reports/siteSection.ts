/**
 * "Where should this load go?" for summary.md and report.html, when a run
 * simulated the same workload and designs at two or more sites (summary.json
 * `sites` and `siteRanking`, sim/types/sites.ts): the best site x design by the
 * ranking rule and how many pairs fail their site's PUE limit, the ranking
 * table (every site x design, in siteRanking order), the excluded sites with
 * their reasons, then (report.html) the site charts. The order is the
 * engine's; this file only words it. PUE limit sources are long texts, so the
 * table cites them by number and the notes give each once.
 */
import type { Summary } from '../sim/types/summary.js';
import { excludedSites, comparesSites, rankedByMoney, rankingCurrencies, siteRows, whyNotByMoney, type SiteRow } from './charts/siteData.js';
import { formatMoney, formatPerKWh, formatRatio } from './format.js';
import type { ReportSection, SectionRow } from './section.js';

export const SITE_SECTION_TITLE = 'Where should this load go?';

const pair = (r: SiteRow): string => `${r.siteName} × ${r.design}`;
const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

function leadSentence(rows: SiteRow[], byMoney: boolean, horizonYears: number | undefined): string {
  const best = rows[0];
  const basis = byMoney
    ? `the lowest total cost of ownership, ${formatMoney(best.tcoTotal!, best.currency)} over ${horizonYears ?? '?'} years (present value)`
    : `the lowest annual PUE, ${formatRatio(best.pue)} (${whyNotByMoney(rows)}, so totals are not compared)`;
  const failing = rows.filter((r) => r.pass === false);
  const fails = failing.length
    ? `${plural(failing.length, 'pair')} of ${rows.length} ${failing.length === 1 ? 'is' : 'are'} above the site's PUE limit (${failing
        .map((r) => `${pair(r)}: ${formatRatio(r.pue)} > ${formatRatio(r.pueLimit!)}`)
        .join('; ')})`
    : `none of the ${rows.length} site × design pairs is above its site's PUE limit`;
  const bestWithin = best.pass === false ? rows.find((r) => r.pass !== false) : undefined;
  const fallback = best.pass === false ? ` The best pair within its limit is ${bestWithin ? pair(bestWithin) : 'none'}.` : '';
  return `${pair(best)} is the best of ${rows.length} site × design pairs, with ${basis}; ${fails}.${fallback}`;
}

export function siteSection(summary: Summary): ReportSection | undefined {
  if (!comparesSites(summary)) return undefined;
  const rows = siteRows(summary);
  if (rows.length === 0) return undefined;
  const byMoney = rankedByMoney(rows);
  const currencies = rankingCurrencies(rows);
  const money = currencies.length === 1 ? currencies[0] : 'site currency';
  const sources = [...new Set(rows.map((r) => r.pueLimitSource).filter((s): s is string => s !== null))];
  const cite = (r: SiteRow) => (r.pueLimitSource === null ? '' : ` [${sources.indexOf(r.pueLimitSource) + 1}]`);
  const horizonYears = summary.sites?.find((s) => s.designs.some((d) => d.tco))?.designs.find((d) => d.tco)?.tco?.horizonYears;
  const tableRows: SectionRow[] = rows.map((r) => ({
    label: String(r.rank),
    key: `siteRanking.${r.rank - 1}`,
    cells: [
      { text: r.siteName },
      { text: r.region ?? '–' },
      { text: r.design, design: r.design },
      r.tcoTotal === null ? { text: '–' } : { text: formatMoney(r.tcoTotal, r.currency), value: r.tcoTotal },
      { text: formatRatio(r.pue), value: r.pue },
      r.pueLimit === null ? { text: 'none' } : { text: `${formatRatio(r.pueLimit)}${cite(r)}`, value: r.pueLimit },
      { text: r.pass === null ? '–' : r.pass ? 'pass' : 'FAIL' },
      { text: formatPerKWh(r.wueLPerKWh), value: r.wueLPerKWh },
      { text: formatPerKWh(r.cueKgPerKWh), value: r.cueKgPerKWh },
      { text: formatMoney(r.surchargeTotal, r.currency), value: r.surchargeTotal },
    ],
  }));
  const excluded = excludedSites(summary);
  const first = summary.sites?.find((s) => s.excluded === undefined);
  const notes = [
    byMoney
      ? `Ranked by total cost of ownership (present value over the horizon, ${money}), ties by PUE; PUE limits are shown, not used to rank.`
      : `Ranked by annual PUE: ${whyNotByMoney(rows)}, so totals are not compared; each TCO is in its site's currency.`,
    'PUE: annual energy ratio (ISO/IEC 30134-2); pass: PUE at or below the limit. WUE: L of site water per kWh of IT energy; CUE: kg CO2e per kWh of IT energy at the site\'s grid factor. ' +
      'PUE surcharge: present value over the horizon, already inside the TCO.',
    ...excluded.map((s) => `Excluded: ${s.name} (${s.id}): ${s.excluded}.`),
    ...sources.map((s, i) => `[${i + 1}] ${s}`),
    ...(summary.sites ?? []).flatMap((s) => (s.priceSources ?? []).map((p) =>
      `Price from the site record, ${s.name}: ${p.input} = ${p.value}; ${p.source === 'assumption' ? `assumption (${p.note ?? 'no source found'})` : p.source}.`)),
  ];
  if (first) notes.push(`The key figures above and the other sections of this report are the first site's run (${first.name}), as summary.json's top level; every site's figures are in summary.json sites[].`);
  return {
    id: 'sites',
    title: SITE_SECTION_TITLE,
    lead: [leadSentence(rows, byMoney, horizonYears)],
    header: ['Rank', 'Site', 'Region', 'Design', `TCO (${money})`, 'PUE', 'PUE limit', 'Against limit', 'WUE (L/kWh)', 'CUE (kg/kWh)', `Surcharge (${money})`],
    rows: tableRows,
    notes,
    charts: ['site-ranking', 'site-pue-wue', 'site-map'],
    wide: true,
  };
}
