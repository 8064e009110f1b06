/**
 * English words of a several-site run: the "Where should this load go?"
 * section (../siteSection.ts), the site charts (../charts/siteRanking.ts,
 * sitePueWue.ts, siteMap.ts, siteData.ts) and the terminal ranking table
 * (sim/cli/siteRankingTable.ts). Part of the catalogue in en.ts; numbers and
 * counts arrive formatted (a count as its digits, for English plurals).
 */
const s = (count: string, word: string): string => `${count} ${word}${count === '1' ? '' : 's'}`;

export const enSites = {
  /** Why totals are not compared, as a clause. */
  currenciesDiffer: (list: string): string => `the sites price in different currencies (${list})`,
  noTco: 'some pairs have no TCO',
  status: { within: 'within its PUE limit', above: 'above its PUE limit', none: 'no PUE limit', excluded: 'excluded' },
  section: {
    title: 'Where should this load go?',
    basisMoney: (money: string, years: string): string => `the lowest total cost of ownership, ${money} over ${years} years (present value)`,
    basisPue: (pue: string, why: string): string => `the lowest annual PUE, ${pue} (${why}, so totals are not compared)`,
    fails: (count: string, total: string, list: string): string => `${s(count, 'pair')} of ${total} ${count === '1' ? 'is' : 'are'} above the site's PUE limit (${list})`,
    noneFail: (total: string): string => `none of the ${total} site × design pairs is above its site's PUE limit`,
    bestWithin: (pair: string): string => ` The best pair within its limit is ${pair}.`,
    none: 'none',
    lead: (best: string, total: string, basis: string, fails: string, fallback: string): string =>
      `${best} is the best of ${total} site × design pairs, with ${basis}; ${fails}.${fallback}`,
    siteCurrency: 'site currency',
    pass: 'pass',
    fail: 'FAIL',
    header: (money: string): string[] => ['Rank', 'Site', 'Region', 'Design', `TCO (${money})`, 'PUE', 'PUE limit', 'Against limit', 'WUE (L/kWh)', 'CUE (kg/kWh)', `Surcharge (${money})`],
    regions: { east: 'east', west: 'west' } as Record<string, string>,
    rankedByMoney: (money: string): string =>
      `Ranked by total cost of ownership (present value over the horizon, ${money}), ties by PUE; PUE limits are shown, not used to rank.`,
    rankedByPue: (why: string): string => `Ranked by annual PUE: ${why}, so totals are not compared; each TCO is in its site's currency.`,
    metrics: 'PUE: annual energy ratio (ISO/IEC 30134-2); pass: PUE at or below the limit. WUE: L of site water per kWh of IT energy; CUE: kg CO2e per kWh of IT energy at the site\'s grid factor. ' +
      'PUE surcharge: present value over the horizon, already inside the TCO.',
    excluded: (name: string, id: string, reason: string): string => `Excluded: ${name} (${id}): ${reason}.`,
    price: (site: string, input: string, value: string, source: string): string => `Price at ${site}: ${input} = ${value}; ${source}.`,
    assumption: (note: string): string => `assumption (${note})`,
    noSourceFound: 'no source found',
    /** A PUE limit source or price source that is the scenario's `assumption` keyword. */
    assumptionSource: 'assumption',
    firstSite: (name: string): string =>
      `The key figures above and the other sections of this report are the first site's run (${name}), as summary.json's top level; every site's figures are in summary.json sites[].`,
  },
  ranking: {
    title: 'Sites and designs ranked',
    aboveLimit: (limit: string): string => `  ✗ above PUE limit ${limit}`,
    tcoAxis: (currency: string): string => `TCO, present value (${currency})`,
    pueAxis: 'Annual PUE (-)',
    subtitleMoney: (currency: string): string => `Best first by total cost of ownership (present value, ${currency}); labels: total and extra cost vs the best pair`,
    subtitlePue: (why: string): string => `Ranked by annual PUE, lowest first: ${why}, so totals are not compared`,
    failNote: (count: string): string => `${s(count, 'pair')} above the site's PUE limit (dashed red outline).`,
    allWithin: 'Every pair is within its site\'s PUE limit or has none.',
    ofTco: (currency: string): string => `of the total cost of ownership in ${currency}`,
    ofPue: 'of the annual PUE',
    description: (of: string, best: string, label: string, failNote: string): string =>
      `Horizontal bars, one per site and design, ${of}, best first. Best: ${best} (${label}). ${failNote}`,
    none: 'none',
    pairTip: 'Rank, site, design',
    tcoTip: (currency: string): string => `TCO (${currency})`,
    pueTip: 'PUE (-)',
  },
  pueWue: {
    title: 'PUE and WUE by site and design',
    subtitle: 'Annual PUE (bars from 1; black tick: the site\'s PUE limit) and water use per kWh of IT energy',
    description: (limits: string): string =>
      `Grouped horizontal bars of annual PUE and WUE for every design at each simulated site, best site first. PUE limits: ${limits}.`,
    noLimits: 'none stated',
    pueAxis: 'Annual PUE (-)',
    site: 'Site',
    design: 'Design',
    pueTip: 'PUE (-)',
    againstLimit: 'Against the limit',
    limitTip: 'PUE limit (-)',
    source: 'Source',
    wue: 'WUE (L/kWh)',
  },
  map: {
    title: 'Where the sites are',
    subtitle: ["Each site's best design and its annual PUE;", "colour: that PUE against the site's limit"],
    label: (site: string, design: string, pue: string): string => `${site}: ${design}, PUE ${pue}`,
    excludedLabel: (site: string): string => `${site}: excluded`,
    description: (count: string, labels: string): string =>
      `Map of the ${count} sites (latitude and longitude of each weather station), Mercator projection. ${labels}. Land outline: Natural Earth 1:110m land (public domain), ` +
      'from the world-atlas package, embedded in the report (no online tiles, no country borders).',
    legend: 'Best design',
    site: 'Site',
    againstLimit: 'Against the limit',
  },
  terminal: {
    byTco: 'Sites, ranked by TCO (one currency), ties by PUE',
    byPue: 'Sites, ranked by annual PUE (TCO not comparable: a design without costs, or several currencies)',
    header: ['rank', 'site', 'design', 'TCO (present value)', 'PUE', 'PUE limit', 'pass', 'WUE L/kWh', 'CUE kg/kWh'],
    pass: 'pass',
    fail: 'FAIL',
    notSimulated: (id: string, name: string, reason: string): string => `Not simulated: ${id} (${name}): ${reason}`,
    failing: (failing: string, limited: string): string => `${failing} of ${limited} site x design pairs with a PUE limit are above it (FAIL)`,
  },
};
