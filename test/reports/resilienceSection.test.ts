/**
 * The "Failures, redundancy and ride-through" section (reports/resilienceSection.ts over resilienceRows.ts) on
 * the hand-made summary of test/fixtures/run/resilienceRun.ts: absent without a resilience: block; a column per
 * design, each figure in its output unit (minutes, kWh, h, degC, GPU-hours, availability in % with three
 * decimals, money per year), cells carrying the raw summary.json value at the row's key; a lead computed from the
 * figures (who rides through the scripted what-if, when the other reaches its limits: 2.7 and 6.0 min from the
 * fixture's ramp) and an IT load lost before any limit; the limits in the notes; the episode chart attached; zh-CN with the same digits.
 */
import { describe, expect, it } from 'vitest';
import { resilienceSection } from '../../reports/resilienceSection.js';
import { resilienceRows } from '../../reports/resilienceRows.js';
import { sectionHtml, sectionMarkdown } from '../../reports/section.js';
import { summaryValue } from './kpiCells.js';
import { fakeRun } from '../fixtures/run/fakeRun.js';
import { resilienceRun } from '../fixtures/run/resilienceRun.js';

const summary = () => resilienceRun(2).summary;
/** The texts of the row at `key`, one per design (air-chw, liquid-pod). */
const texts = (key: string) => resilienceSection(summary())!.rows.find((r) => r.key === key)!.cells.map((c) => c.text);

describe('the resilience section', () => {
  it('is absent without resilience figures (no resilience: block), and has no rows then', () => {
    expect(resilienceSection(fakeRun(2).summary)).toBeUndefined();
    expect(resilienceRows(fakeRun(2).summary.designs)).toEqual([]);
  });

  it('has a column per design and each figure in its output unit', () => {
    const s = resilienceSection(summary())!;
    expect(s.id).toBe('resilience');
    expect(s.header.slice(1)).toEqual(['air-chw', 'liquid-pod']);
    expect(texts('resilience.rideThrough.roomMinutes')).toEqual(['0.5', '1.7']);
    expect(texts('resilience.rideThrough.liquidLoopMinutes')).toEqual(['—', '0.7']);
    expect(texts('resilience.unmetCoolingKWh')).toEqual(['78.5', '168.4']);
    expect(texts('resilience.hoursLostRedundancy')).toEqual(['2,185', '1,180']);
    expect(texts('resilience.peakInletC')).toEqual(['40.0', '40.0']);
    expect(texts('resilience.peakCoolantSupplyC')).toEqual(['—', '35.9']);
    expect(texts('resilience.gpuHoursLost')).toEqual(['9,423', '848,267']);
    expect(texts('resilience.availability')).toEqual(['99.986 %', '97.990 %']);
    expect(texts('resilience.shutdowns')).toEqual(['6', '15']);
    expect(texts('resilience.scripted.gpuHoursLost')).toEqual(['0', '1,234']);
    expect(texts('resilience.scripted.peakInletC')).toEqual(['24.0', '40.0']);
    expect(texts('resilience.costs.lostWorkPerYear')).toEqual(['18,306', '2,431,827']);
    expect(texts('resilience.costs.repairsPerYear')).toEqual(['96,027', '54,907']);
    const tier = texts('resilience.uptimeTier');
    expect(tier[0]).toContain('99.741 %');
    expect(tier[1]).toContain('99.671 %');
  });

  it('shows the Monte Carlo p10 / p50 / p90 GPU-hours lost and the probability of a trip', () => {
    const percentile = (p: string) => texts(`resilience.monteCarlo.gpuHoursLost.${p}`);
    expect([percentile('p10'), percentile('p50'), percentile('p90')]).toEqual([['1,781', '766,025'], ['6,257', '802,773'], ['9,789', '868,211']]);
    const trip = resilienceSection(summary())!.rows.find((r) => r.key === 'resilience.monteCarlo.probabilityOfShutdown')!;
    expect(trip.cells.map((c) => c.text)).toEqual(['95.0 %', '100.0 %']);
  });

  it('gives every figure cell the raw summary.json value at its row\'s key', () => {
    const s = summary();
    const rows = resilienceSection(s)!.rows.filter((r) => r.key !== undefined);
    expect(rows.length).toBeGreaterThanOrEqual(15);
    for (const r of rows) {
      for (const c of r.cells.filter((x) => x.value !== undefined)) expect(c.value, `${c.design} ${r.key}`).toBe(summaryValue(s, c.design!, r.key!));
    }
  });

  it('leads with the scripted what-if computed from the timeline: who rides through, when the other reaches its limits', () => {
    const lead = resilienceSection(summary())!.lead!.join(' ');
    expect(lead).toContain('1 chiller out for 6 h');
    expect(lead).toMatch(/air-chw[^.]*no unmet heat/);
    // The fixture's ramp: allowable 32 degC at 2 2/3 min, shutdown 40 degC at 6 min after the event.
    expect(lead).toMatch(/liquid-pod[^.]*2\.7 min[^.]*6\.0 min[^.]*1,234 GPU-hours/);
    expect(lead).toContain('97.990 % (liquid-pod)');
    expect(lead).toContain('99.986 % (air-chw)');
  });

  it('says when the IT load falls before any loop reaches a limit (nodes lost with the failed units), with the load in %', () => {
    const s = summary();
    const t = s.designs[1].resilience!.scripted!.timeline;
    t.itLoad = t.itLoad.map((v, k) => (k >= 30 && k < 36 ? 0.72 : v)); // 72 % from the event, 0 from the trip at minute 6
    const lead = resilienceSection(s)!.lead!.join(' ');
    expect(lead).toMatch(/liquid-pod[^.]*2\.7 min[^.]*6\.0 min/);
    expect(lead).toContain('72.0 %');
    expect(resilienceSection(summary())!.lead!.join(' ')).not.toContain('72.0 %');
    // A drop after the allowable crossing (throttling) is not an early loss: no such sentence.
    t.itLoad = t.itLoad.map((v, k) => (k >= 30 && k < 33 ? 1 : v));
    expect(resilienceSection(s)!.lead!.join(' ')).not.toContain('72.0 %');
  });

  it('states the limits the histories used and carries the episode chart', () => {
    const s = resilienceSection(summary())!;
    const notes = s.notes.join(' ');
    for (const limit of ['32.0 °C', '40.0 °C', '45.0 °C', '50.0 °C']) expect(notes).toContain(limit);
    expect(s.charts).toEqual(['resilience-timeline']);
    const noScripted = summary();
    for (const d of noScripted.designs) delete d.resilience!.scripted;
    expect(resilienceSection(noScripted)!.charts).toBeUndefined();
    expect(resilienceSection(noScripted)!.rows.some((r) => r.key?.startsWith('resilience.scripted'))).toBe(false);
  });

  it('renders as Markdown and HTML with the raw values in data attributes', () => {
    const s = resilienceSection(summary())!;
    expect(sectionMarkdown(s)).toContain('| 99.986 % | 97.990 % |');
    expect(sectionHtml(s)).toContain('data-design="liquid-pod" data-key="resilience.availability" data-value="0.9799045">97.990 %</td>');
  });

  it('writes the same digits in zh-CN, in Chinese words', () => {
    const en = resilienceSection(summary())!;
    const zh = resilienceSection(summary(), 'zh-CN')!;
    const cells = (s: typeof en) => s.rows.map((r) => r.cells.map((c) => c.text.replace(/[^\d.,/ %—]/g, '').trim()));
    expect(cells(zh)).toEqual(cells(en));
    expect(zh.title).toMatch(/\p{Script=Han}/u);
    expect(zh.lead!.join('')).toContain('2.7');
    expect(zh.lead!.join('')).toContain('6.0');
  });
});
