/**
 * English chart words (../charts/*.ts): titles, subtitles, axis, legend and
 * tooltip titles, and the description each figure's caption shows. Part of the
 * catalogue in en.ts; numbers arrive formatted. Chart file names and data
 * field names are identifiers and are not here.
 */
export const enCharts = {
  /** Font stack of every chart (theme.ts CHART_CONFIG.font). */
  font: 'Helvetica, Arial, sans-serif',
  months: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  design: 'Design',
  month: 'Month',
  dayOfYear: 'Day of year',
  hourOfDay: 'Hour of day',
  pueAxis: 'PUE (-)',
  hours: 'Hours',
  groups: { it: 'IT', cooling: 'Cooling', power: 'Power-chain losses', misc: 'Lighting and misc' } as Record<string, string>,
  monthlyPue: {
    title: 'Monthly PUE per design',
    subtitle: 'Facility energy / IT energy in each month (ISO/IEC 30134-2 energy ratio); bars start at PUE 1',
    range: (id: string, low: string, high: string): string => `${id} from ${low} to ${high}`,
    description: (designs: string, ranges: string): string => `Grouped bar chart of monthly PUE for ${designs} designs. Monthly PUE ranges: ${ranges}.`,
  },
  powerBreakdown: {
    title: 'Where the power goes: daily mean by component group',
    subtitle: 'Stacked daily means; the top edge is facility power, the blue base is IT power',
    description: (ids: string): string =>
      `Stacked area charts, one per design (${ids}), of daily mean power in kW by group: IT, cooling, power-chain losses, lighting and misc.`,
    power: 'Power (kW, daily mean)',
    group: 'Component group',
    groupShort: 'Group',
    powerTip: 'Power (kW)',
  },
  pueHeatmap: {
    title: 'Hourly PUE through the year',
    subtitle: 'Each cell is one hour (local standard time): facility power / IT power; darker is more overhead',
    description: (ids: string): string =>
      `Heatmap of hourly PUE for ${ids}: day of the year on the horizontal axis, hour of the day on the vertical axis, colour is PUE.`,
  },
  pueVsWetBulb: {
    title: 'Hourly PUE vs outdoor wet-bulb temperature',
    subtitle: 'Dots: hours on a 0.5 K x 0.005 grid (larger = more hours); line: mean PUE per 1 K wet-bulb band',
    description: (ids: string): string =>
      `Scatter plot of hourly PUE against outdoor wet-bulb temperature for ${ids}, with a line of the mean PUE per 1 K band of wet bulb.`,
    x: 'Outdoor wet-bulb temperature (°C)',
    y: 'Hourly PUE (-)',
    wetBulbTip: 'Wet bulb (°C)',
  },
  climate: {
    title: 'Climate: monthly dry- and wet-bulb temperature',
    dryBulb: 'Dry bulb',
    wetBulb: 'Wet bulb',
    chillerFrom: (id: string, wetBulb: string): string => `${id}: chiller ran from ${wetBulb} wet bulb`,
    thresholds: (labels: string): string => `Dashed lines: lowest wet bulb with a chiller running (${labels})`,
    noChiller: 'No design ran a chiller: every hour was free cooling',
    subtitle: (weather: string): string => `Weather: ${weather}; bars span each month's hourly min to max, ticks mark the mean`,
    description: (weather: string, thresholds: string): string => `Monthly ranges of outdoor dry-bulb and wet-bulb temperature at ${weather}. ${thresholds}.`,
    temperature: 'Temperature',
    temperatureAxis: 'Temperature (°C)',
    series: 'Series',
    min: 'Min (°C)',
    mean: 'Mean (°C)',
    max: 'Max (°C)',
  },
  cumulativeCost: {
    title: 'Cumulative discounted cost and payback',
    paysBack: (premium: string, versus: string, years: string): string => `${premium} pays back vs ${versus} after ${years}`,
    noPayback: 'No payback crossing within the horizon',
    x: 'Year (0 = construction)',
    y: (currency: string): string => `Cumulative present value (${currency})`,
    subtitle: (payback: string): string => `Year 0 is capex; later years are discounted opex. ${payback}`,
    description: (ids: string, payback: string): string => `Line chart of cumulative discounted cost per year for ${ids}. ${payback}.`,
    year: 'Year',
    cumulative: (currency: string): string => `Cumulative (${currency})`,
  },
  tcoBreakdown: {
    title: 'Total cost of ownership by cost line',
    subtitle: (years: string, rate: string, currency: string): string => `Present value over ${years} years at a ${rate} % discount rate, ${currency}`,
    description: (totals: string): string => `Stacked bar chart of the total cost of ownership of each design by cost line. Totals: ${totals}.`,
    presentValue: (currency: string): string => `Present value (${currency})`,
    line: 'Cost line',
  },
  monteCarlo: {
    title: 'Uncertainty of total cost of ownership (Monte Carlo)',
    x: (currency: string): string => `Total cost of ownership (${currency}, present value)`,
    subtitle: (samples: string): string => `${samples} samples per design; ticks mark p10, p50 and p90`,
    description: (ids: string, medians: string): string => `Density curves of sampled TCO for ${ids}. Medians: ${medians}.`,
    likelihood: 'Relative likelihood',
    percentile: 'Percentile',
    tco: (currency: string): string => `TCO (${currency})`,
  },
  tornado: {
    title: 'What decides the answer: tornado of the TCO difference',
    atP10: 'input at p10',
    atP90: 'input at p90',
    x: (runnerUp: string, leader: string, currency: string): string => `TCO of ${runnerUp} minus ${leader} (${currency}, present value; > 0: ${leader} cheaper)`,
    allAtP50: 'all inputs at p50',
    zero: 'zero: the designs cost the same',
    subtitle: (leader: string, runnerUp: string): string =>
      `${leader} versus ${runnerUp} (lowest p50 TCO); each input from its p10 to its p90 (values at the points), the others at p50 (dashed line)`,
    description: (runnerUp: string, difference: string, leader: string, swings: string): string =>
      `Tornado chart. With every input at its p50, ${runnerUp} costs ${difference} more than ${leader}. Largest swings: ${swings}.`,
    input: 'Input',
    swing: (currency: string): string => `Swing (${currency})`,
    rho: 'Rank correlation with the difference',
    point: 'Point',
    inputValue: 'Input value',
    difference: (currency: string): string => `Difference (${currency})`,
    line: 'Line',
  },
  sweep: {
    title: 'Parameter sweep',
    heading: (title: string, y: string, x: string): string => `${title}: ${y} vs ${x}`,
    subtitle: (cases: string, series: string): string => `${cases} cases, one line per ${series}`,
    description: (y: string, x: string, names: string): string => `Line chart of ${y} against ${x} for ${names}.`,
  },
};
