/**
 * English words of the decision sections shared by summary.md and report.html
 * (../tcoSection.ts, ../payback.ts, ../spreadSection.ts, ../capacitySection.ts,
 * ../assumptionsSection.ts, ../sensitivitySection.ts, ../costInputs.ts). Part of
 * the catalogue in en.ts; numbers arrive formatted.
 */
export const enSections = {
  tco: {
    /** Words for the line keys of sim/tco/capex.ts and opex.ts; any other key is shown as it is. */
    lineWords: {
      powerCapex: 'Power infrastructure',
      coolingCapex: 'Cooling plant',
      liquidPremiumCapex: 'Liquid-cooling premium',
      whiteSpaceCapex: 'White space',
      itCapex: 'IT equipment',
      energyOpex: 'Energy',
      demandOpex: 'Demand charge',
      waterOpex: 'Water',
      maintenanceOpex: 'Maintenance',
      carbonOpex: 'Carbon price',
      powerFactorOpex: 'Power-factor adjustment',
      pueSurchargeOpex: 'PUE surcharge',
      lostWorkOpex: 'Lost work (failures)',
      repairsOpex: 'Repairs (failures)',
    } as Record<string, string>,
    presentValue: (label: string): string => `${label}, present value`,
    capex: 'Capex',
    opex: 'Opex, present value',
    total: 'Total, present value',
    perITKW: 'Per kW of design IT',
    perItMWh: 'Per MWh of IT energy, levelized',
    perGpuHour: 'Per GPU-hour served, levelized',
    basis: (years: string, rate: string): string => `${years} years at ${rate}`,
    title: (currency: string, basis: string): string => `Total cost of ownership by line (${currency}, ${basis}, present values)`,
    header: (currency: string, basis: string): string => `${currency}, ${basis}`,
    howNote: (years: string, rate: string, mixed: boolean): string =>
      `Capex is spent in year 0; each opex line is the present value of ${years} years of the simulated year's cost at ${rate} a year` +
      `${mixed ? ' (designs differ in currency, horizon or rate: see summary.json)' : ''}; the lines add up to the total.`,
    levelizedNote: (years: string): string =>
      `Levelized: the total present value divided by the present value of the IT energy (MWh) or of the GPU-hours allocated to jobs over the same ${years} years, ` +
      'both discounted at the same rate, the simulated year repeating every year.',
    zeroLines: (lines: string): string => `Lines at 0 for every design: ${lines}.`,
  },
  payback: {
    title: 'Payback of the capex premium',
    yearCount: (n: string, one: boolean): string => `${n} year${one ? '' : 's'}`,
    head: (first: string, design: string): string => `${first} vs ${design}: `,
    bothCost: (money: string): string => `no capex premium: both cost ${money} to build`,
    cheaperBoth: (other: string): string => `no capex premium: ${other} is cheaper to build and to run`,
    costsMore: (premium: string, money: string): string => `${premium} costs ${money} more to build`,
    noPayback: (cost: string, horizon: string): string => `${cost} and does not pay it back within ${horizon}`,
    notWithin: (horizon: string): string => `not within ${horizon}`,
    paysBack: (cost: string, simple: string, discounted: string): string => `${cost} and pays it back in ${simple} (discounted: ${discounted})`,
    note: (rate: string, horizon: string): string =>
      `Simple payback: years until the cumulative opex saving covers the capex premium; discounted: the same with each year's saving discounted at ${rate} %, within the ${horizon}-year horizon.`,
  },
  spread: {
    title: 'Uncertainty: p10 / p50 / p90 and probability cheapest',
    noSamples: 'Single-point figures: this run drew no samples. `dctwin run FILE --samples N` draws the scenario\'s `uncertainty:` block and adds here p10, p50 and p90 of every KPI and the probability that each design is cheapest.',
    noSamplesSites: 'Single-point figures: Monte Carlo (`--samples`) takes one-site scenarios only; for a site\'s spread, write it as the scenario\'s one `site:` (with its prices in `costs:`) and run it with `--samples N`.',
    /** Words for the KPI paths sim/studies/montecarlo writes; any other path is shown as it is. */
    kpiWords: {
      pue: 'PUE',
      tue: 'TUE',
      wueLPerKWh: 'WUE (L/kWh IT)',
      cueKgPerKWh: 'CUE (kg CO2e/kWh IT)',
      facilityEnergyKWh: 'Facility energy (kWh)',
      itEnergyKWh: 'IT energy (kWh)',
      'facilityPowerKW.peak': 'Peak facility power (kW)',
      waterL: 'Water (L)',
      emissionsKg: 'Emissions (kg CO2e)',
      'tco.total': 'TCO, present value',
      'tco.capex': 'Capex',
      'tco.opex': 'Opex, present value',
    } as Record<string, string>,
    row: (kpi: string): string => `${kpi}: p50 (p10 to p90)`,
    cell: (p50: string, p10: string, p90: string): string => `${p50} (${p10} to ${p90})`,
    probabilityCheapest: 'Probability cheapest (lowest TCO in a sample)',
    moneyOnly: 'money only, the physics of the run reused',
    simulations: (n: string): string => `${n} simulations`,
    samplesNote: (samples: string, seed: string, how: string): string =>
      `${samples} samples, seed ${seed}, ${how}; percentiles are type 7 (linear between order statistics).`,
    inputsNote: (inputs: string): string => `Uncertain inputs: ${inputs || 'none'}.`,
  },
  capacity: {
    title: (limitKW: string): string => `Capacity under the ${limitKW} kW grid limit`,
    header: 'Racks and power',
    racks: 'Racks now',
    peakPerRack: 'Worst-hour facility kW per rack',
    fitSimulated: 'Racks that fit (simulated load)',
    designPerRack: 'Design-point facility kW per rack',
    fitDesign: 'Racks that fit (all nodes at full load)',
    bindingHour: 'Binding hour (highest facility power)',
    binding: (timestamp: string, kW: string, dryBulb: string, wetBulb: string): string =>
      `${timestamp}, ${kW} kW, ${dryBulb} dry bulb / ${wetBulb} wet bulb`,
    fits: 'Within the limit in every hour now',
    note: 'Racks that fit = grid limit / facility kW per rack: facility power is assumed to scale with the rack count at the same per-rack load (fixed loads such as lighting make this slightly conservative).',
  },
  assumptions: {
    title: 'Money defaults applied',
    none: 'None: the scenario states every money input.',
    notRecorded: 'Not recorded in this summary.json (written before dctwin stated its money defaults).',
    header: ['Input (under designs[i])', 'Value used', 'Source', 'Designs'],
    all: 'all',
    /** A unit as summary.json states it ('years', ' per year', 'CNY/kW per month'), in words. */
    unit: (unit: string): string => unit,
    note: 'Each of these was not given in the scenario; set it under the design\'s `costs:` to replace the default.',
  },
  sensitivity: {
    title: 'What decides the answer',
    sharedDraw: (path: string, others: string): string => `${path} with ${others} (one shared draw)`,
    named: (label: string, swing: string, rho: string): string => `${label} (swing ${swing}, rank correlation ${rho})`,
    lead: (runnerUp: string, difference: string, leader: string): string =>
      `With every uncertain input at its p50, ${runnerUp} costs ${difference} more than ${leader} over the horizon (present value).`,
    oneDeciding: (named: string): string => `The input that decides the answer is ${named}.`,
    twoDeciding: (named: string[]): string => `The two inputs that decide the answer are ${named.join(' and ')}.`,
    oneFlips: (path: string, runnerUp: string): string => ` Between its p10 and p90 alone, ${path} can make ${runnerUp} the cheaper design.`,
    manyFlip: (paths: string, runnerUp: string): string => ` Each of ${paths} alone, between its p10 and p90, can make ${runnerUp} the cheaper design.`,
    noneFlips: (runnerUp: string): string => ` No single input between its p10 and p90 makes ${runnerUp} the cheaper design.`,
    recosted: 're-costed on the simulated energy',
    resimulated: 're-simulated',
    how: (evaluation: string, samples: string): string =>
      ` Deciding = the largest tornado swings: how far the TCO difference moves when one input goes from its p10 to its p90 with the others at p50 (${evaluation}); ` +
      `the rank correlation (Spearman, over ${samples} samples with all inputs varying together) says how consistently the difference follows the input.`,
    header: ['Input', 'p10 to p90', 'Difference at p10', 'Difference at p90', 'Swing', 'Rank correlation', 'Changes the answer'],
    range: (p10: string, p90: string): string => `${p10} to ${p90}`,
    yes: 'yes',
    no: 'no',
    difference: (runnerUp: string, leader: string): string => `Difference = TCO of ${runnerUp} minus TCO of ${leader}.`,
  },
  costInputs: {
    title: 'Cost inputs',
    header: ['Design', 'Line', 'Price', 'Range (default uncertainty)', 'Source', 'Record', 'How the price was obtained'],
    typedIn: 'typed in the scenario',
    note: 'Tags: P primary source, S secondary, U assumption (no published figure; the reasoning is in the source column). '
      + 'Ranges are the records\' low–high after the same conversion; `dctwin run --samples N` draws each as triangular [low, price, high] unless the scenario says otherwise.',
  },
};
