/** The terminal view of a run: designs side by side, metrics as rows. */
import type { JobStats, Summary } from '../types/summary.js';
import { formatDuration, formatPercent } from '../../reports/format.js';
import { mWhFromJ, jFromKWh } from '../units.js';
import { num, pct, textTable } from './table.js';
import { printable } from '../printable.js';

export function runTable(summary: Summary): string {
  const ds = summary.designs;
  const header = ['', ...ds.map((d) => d.id)];
  const row = (label: string, f: (i: number) => string) => [label, ...ds.map((_, i) => f(i))];
  const m = (i: number) => ds[i].metrics;
  const mwh = (kwh: number) => num(mWhFromJ(jFromKWh(kwh)), 1);
  const rows: string[][] = [
    row('PUE (annual)', (i) => `${num(m(i).pue, 3)} ${m(i).pueCategory}`),
    ...(ds.some((d) => d.metrics.boundaryPue) ? [row('PUE at boundary', (i) => {
      const b = m(i).boundaryPue;
      return b === undefined ? '' : `${num(b.pue, 3)} (${printable(b.boundary)})`;
    })] : []),
    row('TUE / ITUE', (i) => `${num(m(i).tue, 3)} / ${num(m(i).itue, 3)}`),
    row('WUE L/kWh', (i) => num(m(i).wueLPerKWh, 3)),
    // With site.greenShare: the CUE above is market-based, and the location-based one follows.
    ...(ds.some((d) => d.metrics.cueLocationKgPerKWh !== undefined) ? [
      row('CUE market-based kg/kWh', (i) => num(m(i).cueKgPerKWh, 3)),
      row('CUE location-based kg/kWh', (i) => num(m(i).cueLocationKgPerKWh ?? Number.NaN, 3)),
    ] : [row('CUE kg/kWh', (i) => num(m(i).cueKgPerKWh, 3))]),
    ...(ds.some((d) => d.metrics.heatReuse) ? [
      row('ERE / ERF (heat reuse)', (i) => `${num(m(i).ere, 3)} / ${num(m(i).erf, 3)}`),
      row('Heat reused / available MWh', (i) => {
        const r = m(i).heatReuse;
        return r === undefined ? '' : `${mwh(r.reusedKWh)} / ${mwh(r.availableKWh)} at ${num(r.temperatureC, 1)} degC`;
      }),
    ] : []),
    row('IT energy MWh', (i) => mwh(m(i).itEnergyKWh)),
    row('Facility energy MWh', (i) => mwh(m(i).facilityEnergyKWh)),
    row('IT power mean/p95/peak kW', (i) => `${num(m(i).itPowerKW.mean)} / ${num(m(i).itPowerKW.p95)} / ${num(m(i).itPowerKW.peak)}`),
    row('Facility peak kW', (i) => `${num(m(i).facilityPowerKW.peak)} (${m(i).peakHour.timestamp})`),
    row('Chiller hours (any loop)', (i) => num(m(i).chillerHours)),
    row('Free-cooling hours', (i) => num(m(i).freeCoolingHours)),
  ];
  if (ds.length > 1) {
    rows.push(row('Facility energy vs first', (i) => (i === 0 ? '' : pct(m(i).facilityEnergyKWh / m(0).facilityEnergyKWh - 1))));
  }
  // Per loop: compressor hours (of which partial) / free hours, and the compressors' energy.
  for (const [loop, label] of [['liquid', 'Liquid loop'], ['air', 'Air loop']] as const) {
    if (!ds.some((d) => d.metrics.loops?.[loop] !== undefined)) continue;
    rows.push(row(`${label} compressor (partial) / free h`, (i) => {
      const l = m(i).loops?.[loop];
      return l === undefined ? '' : `${num(l.compressorHours)} (${num(l.partialHours)}) / ${num(l.freeHours)}`;
    }));
    rows.push(row(`${label} compressor MWh`, (i) => {
      const l = m(i).loops?.[loop];
      return l === undefined ? '' : mwh(l.compressorEnergyKWh);
    }));
  }
  const components = [...new Set(ds.flatMap((d) => Object.keys(d.metrics.energyByComponentKWh)))];
  const energyRows = components.map((c) =>
    row(`  ${c} MWh`, (i) => {
      const v = m(i).energyByComponentKWh[c];
      return v === undefined ? '' : mwh(v);
    }),
  );
  return (
    `${summary.scenario} — ${printable(summary.weather)}, ${num(summary.simulatedHours)} h, seed ${summary.seed}\n\n` +
    textTable(header, [...rows, ['Energy by component', ...ds.map(() => '')], ...energyRows]) +
    `\n${jobsLine(ds[0].jobs)}\n`
  );
}

/** Jobs served (the same for every design): counts, how busy the GPUs were, waits in the unit that fits. */
function jobsLine(jobs: JobStats): string {
  const busy = formatPercent(jobs.allocation);
  if (jobs.source === 'profile' || jobs.source === 'diurnal') return `Jobs: utilization profile (no jobs), GPUs ${busy} busy on average`;
  return `Jobs: ${num(jobs.completed)} completed of ${num(jobs.submitted)} submitted` +
    `${jobs.rejected ? `, ${num(jobs.rejected)} too large` : ''}; GPU allocation ${busy} (offered ${formatPercent(jobs.offeredLoad)})` +
    `; mean wait ${formatDuration(jobs.meanWaitS)}, p95 ${formatDuration(jobs.p95WaitS)}` +
    `${jobs.skippedLines ? `; ${num(jobs.skippedLines)} bad trace lines skipped` : ''}`;
}
