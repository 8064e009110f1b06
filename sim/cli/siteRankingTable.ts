/**
 * The terminal view of a several-site run: every site x design ranked (summary.siteRanking), then the
 * excluded sites. Words in `lang` (reports/i18n/enSites.ts `terminal`); numbers the same in every language.
 */
import { formatAbove } from '../../reports/format.js';
import type { Summary } from '../types/summary.js';
import { rankedByTco } from '../studies/sites/siteSummaries.js';
import { num, textTable } from './table.js';
import { printable } from '../printable.js';
import { DEFAULT_LANG, messages, type Lang } from '../../reports/i18n/lang.js';

const MILLION = 1e6;

export function siteRankingTable(summary: Summary, lang: Lang = DEFAULT_LANG): string {
  const m = messages(lang).sites.terminal;
  const ranking = summary.siteRanking ?? [];
  const sites = summary.sites ?? [];
  if (sites.length === 0) return '';
  const byTco = rankedByTco(ranking);
  const rows = ranking.map((r) => [
    String(r.rank),
    r.site,
    r.design,
    r.tcoTotal === null ? '-' : `${num(r.tcoTotal / MILLION, 2)} M ${r.currency}`,
    r.pass === false ? formatAbove(r.pue, r.pueLimit!)[0] : num(r.pue, 3),
    r.pueLimit === null ? '-' : num(r.pueLimit, 2),
    r.pass === null ? '-' : r.pass ? m.pass : m.fail,
    num(r.wueLPerKWh, 3),
    num(r.cueKgPerKWh, 3),
  ]);
  const excluded = sites.filter((s) => s.excluded !== undefined).map((s) => `${m.notSimulated(s.id, printable(s.name), printable(s.excluded!))}\n`);
  const failing = ranking.filter((r) => r.pass === false).length;
  const limited = ranking.filter((r) => r.pass !== null).length;
  return `\n${byTco ? m.byTco : m.byPue}\n` + textTable(m.header, rows) + excluded.join('') + `${m.failing(String(failing), String(limited))}\n`;
}
