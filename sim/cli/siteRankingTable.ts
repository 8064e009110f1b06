/** The terminal view of a several-site run: every site x design ranked (summary.siteRanking), then the excluded sites. */
import type { Summary } from '../types/summary.js';
import { rankedByTco } from '../studies/sites/siteSummaries.js';
import { num, textTable } from './table.js';
import { printable } from '../printable.js';

const MILLION = 1e6;

export function siteRankingTable(summary: Summary): string {
  const ranking = summary.siteRanking ?? [];
  const sites = summary.sites ?? [];
  if (sites.length === 0) return '';
  const byTco = rankedByTco(ranking);
  const rows = ranking.map((r) => [
    String(r.rank),
    r.site,
    r.design,
    r.tcoTotal === null ? '-' : `${num(r.tcoTotal / MILLION, 2)} M ${r.currency}`,
    num(r.pue, 3),
    r.pueLimit === null ? '-' : num(r.pueLimit, 2),
    r.pass === null ? '-' : r.pass ? 'pass' : 'FAIL',
    num(r.wueLPerKWh, 3),
    num(r.cueKgPerKWh, 3),
  ]);
  const header = ['rank', 'site', 'design', 'TCO (present value)', 'PUE', 'PUE limit', 'pass', 'WUE L/kWh', 'CUE kg/kWh'];
  const excluded = sites.filter((s) => s.excluded !== undefined).map((s) => `Not simulated: ${s.id} (${printable(s.name)}): ${printable(s.excluded!)}\n`);
  const failing = ranking.filter((r) => r.pass === false).length;
  const limited = ranking.filter((r) => r.pass !== null).length;
  return `\nSites, ranked by ${byTco ? 'TCO (one currency), ties by PUE' : 'annual PUE (TCO not comparable: a design without costs, or several currencies)'}\n` +
    textTable(header, rows) + excluded.join('') +
    `${failing} of ${limited} site x design pairs with a PUE limit are above it (FAIL)\n`;
}
