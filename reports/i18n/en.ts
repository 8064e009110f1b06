/**
 * The English message catalogue (the default language): every word a report,
 * summary.md or the terminal prints, by area. Messages that hold numbers are
 * functions of already formatted text (../format.ts), so a translation can
 * reorder words but never re-format a number. `Messages` is this object's
 * type: every other catalogue must have each of its keys (zhCN.ts).
 * Area files: enSections.ts (decision sections), enCharts.ts, enTerminal.ts,
 * enSites.ts (several-site section, charts and table), enStudies.ts (compare, sweep), enPool.ts (XPU pool groups),
 * enResilience.ts (failures, redundancy, ride-through).
 * A new report part (a site ranking, a sweep report) adds its words as a new
 * area pair (e.g. enSites.ts + zhCNSites.ts typed `Messages['sites']`), composed
 * here and in zhCN.ts; the compiler then names every language that lacks a key.
 */
import { enCharts } from './enCharts.js';
import { enPool } from './enPool.js';
import { enResilience } from './enResilience.js';
import { enSections } from './enSections.js';
import { enSites } from './enSites.js';
import { enStudies } from './enStudies.js';
import { enTerminal } from './enTerminal.js';

const list = (items: string[]): string => items.join(', ');

export const en = {
  /** The `lang` attribute of report.html. */
  htmlLang: 'en',
  years: (n: string): string => `${n} years`,
  yes: 'yes',
  no: 'NO',
  report: {
    title: (scenario: string): string => `dctwin: ${scenario}`,
    kicker: (scenario: string, weather: string, seed: string, hours: string): string =>
      `dctwin report · ${[`scenario ${scenario}`, `weather ${weather}`, `seed ${seed}`, `${hours} h simulated`].join(' · ')}`,
    withOverrides: 'with',
    kpisTitle: 'Key figures per design',
    /** After the winner's column head (CSS content: no quotes or backslashes). */
    best: 'best',
    indicator: 'Indicator',
    warning: (text: string): string => `warning: ${text}`,
    chartsTitle: 'Charts',
    inputsTitle: 'Inputs and sources',
    scenarioWithOverrides: 'Scenario (the file with the --set overrides applied)',
    scenarioFile: 'Scenario file',
    sources: 'Weather, traces and other sources',
    costSources: 'Cost inputs and their sources',
    noInputs: 'No scenario text or sources were recorded with this run.',
  },
  answer: {
    noDesigns: 'The run has no designs.',
    aYear: 'a year',
    inHours: (hours: string): string => `in the ${hours} simulated hours`,
    pues: (winner: string, other: string): string => `PUE ${winner} vs ${other}`,
    usesLess: (mwh: string, share: string, period: string, other: string, pues: string): string =>
      `uses ${mwh} MWh (${share}) less facility energy ${period} than ${other} (${pues})`,
    usesMore: (mwh: string, period: string, other: string, pues: string): string =>
      `uses ${mwh} MWh more facility energy ${period} than ${other} (${pues})`,
    payingBack: (years: string): string => `, paying back after ${years}`,
    outweighsCapex: (energy: string, capex: string, paid: string): string => `It ${energy}, which outweighs its ${capex} higher capex${paid}.`,
    costsLessToBuild: (money: string): string => `costs ${money} less to build`,
    cheaperBoth: (build: string, energy: string): string => `It ${build} and ${energy}.`,
    cheaperToBuildOnly: (build: string, energy: string): string => `It ${build}, which outweighs that it ${energy}.`,
    tueNote: (id: string, tue: string, winnerTue: string): string =>
      ` By TUE, which also counts server fans and power supplies as overhead, ${id} is ahead (${tue} vs ${winnerTue}).`,
    tcoTotal: (money: string): string => `TCO ${money}`,
    tcoSingle: (name: string, total: string, years: string): string => `${name}: ${total} over ${years} years.`,
    margin: (money: string, share: string, other: string): string => `${money} (${share}) less than ${other}`,
    tcoHeadline: (name: string, years: string, total: string, margins: string[]): string =>
      `${name} is the cheapest design over ${years} years: ${total}, ${list(margins)}.`,
    pueLabel: (pue: string, category: string): string => `PUE ${pue} (${category})`,
    pueSingle: (name: string, pue: string): string => `${name}: ${pue}.`,
    pueOther: (pue: string, other: string): string => `${pue} for ${other}`,
    pueHeadline: (name: string, pue: string, others: string[]): string => `${name} has the lowest PUE: ${pue}, vs ${list(others)}.`,
    pueWhy: (energy: string, tueNote: string): string => `It ${energy}.${tueNote}`,
  },
  kpi: {
    pue: 'PUE (annual, energy-based)',
    boundaryPue: 'PUE at a stated metering boundary',
    tue: 'TUE (PUE x ITUE)',
    wue: 'WUE (L/kWh IT)',
    ere: 'ERE ((facility - reused) / IT)',
    erf: 'ERF (reused / facility energy)',
    cue: 'CUE (kg CO2e/kWh IT)',
    cueMarket: 'CUE market-based, green share at 0 (kg CO2e/kWh IT)',
    cueLocation: 'CUE location-based (kg CO2e/kWh IT)',
    peakFacilityPower: 'Peak facility power (kW)',
    itEnergy: 'IT energy (MWh)',
    facilityEnergy: 'Facility energy (MWh)',
    compressorHours: 'Compressor hours (any loop)',
    liquidLoop: 'Liquid loop',
    airLoop: 'Air loop (chilled water)',
    loop: (name: string): string => `${name}: compressor (partial) / free hours, compressor MWh`,
    tco: 'TCO (present value)',
    savingsVsFirst: 'Savings vs first design',
    savingsVs: (id: string): string => `Savings vs ${id}`,
  },
  markdown: {
    runLine: (weather: string, seed: string, hours: string): string => `Weather: ${weather} · seed ${seed} · ${hours} h simulated`,
    overrides: (list: string): string => `Overrides: ${list}`,
    kpisTitle: 'Key figures',
    energyTitle: 'Energy by component (MWh, share of facility energy)',
    component: 'Component',
    facilityTotal: 'facility total',
    operationTitle: 'Operation',
    freeCoolingHours: 'Free-cooling hours',
    monthlyPueRange: 'Monthly PUE, lowest to highest',
    range: (low: string, high: string): string => `${low} to ${high}`,
    clampedHours: 'Hours clamped to a model range',
    warningsTitle: 'Warnings',
  },
  gb40879: {
    title: 'GB 40879-2021 energy-efficiency grades: where they apply',
    rowLabel: 'Within the standard\'s scope',
    applies: 'yes: air cooling, electric chillers',
    fullLiquid: 'no: liquid-cooled racks (full-liquid hall)',
    hybrid: 'no: racks partly liquid-cooled (hybrid)',
    unknown: 'not recorded (summary.json without the rack type)',
    scope: 'GB 40879-2021 (Maximum allowable values of energy efficiency and energy efficiency grades for data centers, mandatory, in force since 2022-11-01) ' +
      'grades data centers in 3 grades by their energy-efficiency ratio (PUE), grade 1 the best and grade 3 the limit value. Its scope is data-center buildings or modules ' +
      'with independent power distribution, air cooling and electrically driven air conditioning (electric chillers); it excludes edge data centers.',
    outside: (ids: string): string =>
      `Outside that scope: ${ids}. Liquid-cooled halls are not air-cooled, so the standard's grades do not apply to them and dctwin does not grade them; their PUE is shown for comparison only.`,
    inside: (ids: string): string => `Within that scope: ${ids}.`,
    noGrade: 'dctwin prints no grade: the grade thresholds were not verified against the standard\'s text (only secondary sources quote them), so compare the annual PUE above with the standard itself.',
  },
  sections: enSections,
  charts: enCharts,
  terminal: enTerminal,
  sites: enSites,
  studies: enStudies,
  pool: enPool,
  resilience: enResilience,
};

export type Messages = typeof en;
