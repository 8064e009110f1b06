/**
 * The terminal view of a run: designs side by side, metrics as rows, then the XPU pool's groups (poolTable.ts) and the
 * resilience figures (resilienceTable.ts), in the `--lang` language (words only).
 */
import type { JobStats, Summary } from '../types/summary.js';
import { formatDuration, formatPercent } from '../../reports/format.js';
import { DEFAULT_LANG, messages, type Lang } from '../../reports/i18n/lang.js';
import { mWhFromJ, jFromKWh } from '../units.js';
import { num, pct, textTable } from './table.js';
import { printable } from '../printable.js';
import { poolTable } from './poolTable.js';
import { resilienceTable } from './resilienceTable.js';

type Words = ReturnType<typeof messages>['terminal']['run'];

export function runTable(summary: Summary, lang: Lang = DEFAULT_LANG): string {
  const t = messages(lang).terminal.run;
  const ds = summary.designs;
  const header = ['', ...ds.map((d) => d.id)];
  const row = (label: string, f: (i: number) => string) => [label, ...ds.map((_, i) => f(i))];
  const m = (i: number) => ds[i].metrics;
  const mwh = (kwh: number) => num(mWhFromJ(jFromKWh(kwh)), 1);
  const rows: string[][] = [
    row(t.pue, (i) => `${num(m(i).pue, 3)} ${m(i).pueCategory}`),
    ...(ds.some((d) => d.metrics.boundaryPue) ? [row(t.boundaryPue, (i) => {
      const b = m(i).boundaryPue;
      return b === undefined ? '' : `${num(b.pue, 3)} (${printable(b.boundary)})`;
    })] : []),
    row(t.tue, (i) => `${num(m(i).tue, 3)} / ${num(m(i).itue, 3)}`),
    row(t.wue, (i) => num(m(i).wueLPerKWh, 3)),
    // With site.greenShare: the CUE above is market-based, and the location-based one follows.
    ...(ds.some((d) => d.metrics.cueLocationKgPerKWh !== undefined) ? [
      row(t.cueMarket, (i) => num(m(i).cueKgPerKWh, 3)),
      row(t.cueLocation, (i) => num(m(i).cueLocationKgPerKWh ?? Number.NaN, 3)),
    ] : [row(t.cue, (i) => num(m(i).cueKgPerKWh, 3))]),
    ...(ds.some((d) => d.metrics.heatReuse) ? [
      row(t.ere, (i) => `${num(m(i).ere, 3)} / ${num(m(i).erf, 3)}`),
      row(t.heatReused, (i) => {
        const r = m(i).heatReuse;
        return r === undefined ? '' : t.heatAt(mwh(r.reusedKWh), mwh(r.availableKWh), num(r.temperatureC, 1));
      }),
    ] : []),
    row(t.itEnergy, (i) => mwh(m(i).itEnergyKWh)),
    row(t.facilityEnergy, (i) => mwh(m(i).facilityEnergyKWh)),
    row(t.itPower, (i) => `${num(m(i).itPowerKW.mean)} / ${num(m(i).itPowerKW.p95)} / ${num(m(i).itPowerKW.peak)}`),
    row(t.facilityPeak, (i) => `${num(m(i).facilityPowerKW.peak)} (${m(i).peakHour.timestamp})`),
    row(t.chillerHours, (i) => num(m(i).chillerHours)),
    row(t.freeCoolingHours, (i) => num(m(i).freeCoolingHours)),
  ];
  if (ds.length > 1) {
    rows.push(row(t.energyVsFirst, (i) => (i === 0 ? '' : pct(m(i).facilityEnergyKWh / m(0).facilityEnergyKWh - 1))));
  }
  // Per loop: compressor hours (of which partial) / free hours, and the compressors' energy.
  for (const [loop, label] of [['liquid', t.liquidLoop], ['air', t.airLoop]] as const) {
    if (!ds.some((d) => d.metrics.loops?.[loop] !== undefined)) continue;
    rows.push(row(t.loopHours(label), (i) => {
      const l = m(i).loops?.[loop];
      return l === undefined ? '' : `${num(l.compressorHours)} (${num(l.partialHours)}) / ${num(l.freeHours)}`;
    }));
    rows.push(row(t.loopEnergy(label), (i) => {
      const l = m(i).loops?.[loop];
      return l === undefined ? '' : mwh(l.compressorEnergyKWh);
    }));
  }
  const components = [...new Set(ds.flatMap((d) => Object.keys(d.metrics.energyByComponentKWh)))];
  const energyRows = components.map((c) =>
    row(t.componentEnergy(c), (i) => {
      const v = m(i).energyByComponentKWh[c];
      return v === undefined ? '' : mwh(v);
    }),
  );
  return (
    `${t.headline(summary.scenario, printable(summary.weather), num(summary.simulatedHours), String(summary.seed))}\n\n` +
    textTable(header, [...rows, [t.energyByComponent, ...ds.map(() => '')], ...energyRows]) +
    `\n${jobsLine(ds[0].jobs, t)}\n${poolTable(summary, lang)}${resilienceTable(summary, lang)}`
  );
}

/** Jobs served (the same for every design): counts, how busy the GPUs were, waits in the unit that fits. */
function jobsLine(jobs: JobStats, t: Words): string {
  const busy = formatPercent(jobs.allocation);
  if (jobs.source === 'profile' || jobs.source === 'diurnal') return t.profileJobs(busy);
  return t.jobs(num(jobs.completed), num(jobs.submitted)) +
    `${jobs.rejected ? t.tooLarge(num(jobs.rejected)) : ''}${t.allocation(busy, formatPercent(jobs.offeredLoad))}` +
    t.waits(formatDuration(jobs.meanWaitS), formatDuration(jobs.p95WaitS)) +
    `${jobs.skippedLines ? t.skipped(num(jobs.skippedLines)) : ''}`;
}

/** The last line of `dctwin run`: where the files went. */
export const wroteLine = (outDir: string, files: string, lang: Lang = DEFAULT_LANG): string => messages(lang).terminal.run.wrote(outDir, files);
