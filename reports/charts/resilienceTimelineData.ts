/**
 * The rows of the resilience timeline chart (resilienceTimeline.ts) from summary.json
 * designs[i].resilience.scripted.timeline: per design and series, one point per minute sample, x in minutes
 * from the event ((startS + k * stepS - eventS) / 60), values rounded to 5 significant digits; and the limits
 * of the loops (designs[i].resilience.limits) as rules, one per temperature, labels of equal limits joined.
 * Thinning: a point whose rounded value equals both neighbours' is dropped. The chart draws straight lines
 * between points, so the picture is the same, and an episode of a few hours that sits mostly at its setpoint
 * costs tens of points instead of hundreds.
 */
import type { DesignSummary } from '../../sim/types/summary.js';
import type { DesignResilience, ResilienceTimeline } from '../../sim/types/resilience.js';
import { roundSignificant } from '../format.js';

export type TemperatureSeries = 'air' | 'liquid';
export type FractionSeries = 'airCapacity' | 'liquidCapacity' | 'itLoad';
export type LimitName = 'throttleInlet' | 'shutdownInlet' | 'throttleCoolant' | 'shutdownCoolant';

export interface TimelinePoint { design: string; series: string; minutes: number; value: number }
export interface LimitRule { tempC: number; names: LimitName[] }

/** The designs with a scripted episode, in scenario order. */
export const timelineDesigns = (designs: readonly DesignSummary[]): (DesignSummary & { resilience: DesignResilience })[] =>
  designs.filter((d): d is DesignSummary & { resilience: DesignResilience } => d.resilience?.scripted?.timeline !== undefined);

const minutesOf = (t: ResilienceTimeline, k: number): number => roundSignificant((t.startS + k * t.stepS - t.eventS) / 60, 6);

/** The points of one series, constant runs thinned to their ends. */
export function seriesPoints(design: string, series: string, t: ResilienceTimeline, values: readonly number[]): TimelinePoint[] {
  const rounded = values.map((v) => roundSignificant(v, 5));
  const out: TimelinePoint[] = [];
  for (let k = 0; k < rounded.length; k++) {
    if (!Number.isFinite(rounded[k])) continue;
    const inRun = k > 0 && k < rounded.length - 1 && rounded[k] === rounded[k - 1] && rounded[k] === rounded[k + 1];
    if (!inRun) out.push({ design, series, minutes: minutesOf(t, k), value: rounded[k] });
  }
  return out;
}

export function temperaturePoints(designs: readonly DesignSummary[]): TimelinePoint[] {
  return timelineDesigns(designs).flatMap((d) => {
    const t = d.resilience.scripted!.timeline;
    return [...seriesPoints(d.id, 'air', t, t.airC), ...(t.liquidC ? seriesPoints(d.id, 'liquid', t, t.liquidC) : [])];
  });
}

export function fractionPoints(designs: readonly DesignSummary[]): TimelinePoint[] {
  return timelineDesigns(designs).flatMap((d) => {
    const t = d.resilience.scripted!.timeline;
    return [
      ...seriesPoints(d.id, 'airCapacity', t, t.airCapacity),
      ...(t.liquidCapacity ? seriesPoints(d.id, 'liquidCapacity', t, t.liquidCapacity) : []),
      ...seriesPoints(d.id, 'itLoad', t, t.itLoad),
    ];
  });
}

/** The limits of the designs shown (coolant ones only where a design has a liquid loop), one rule per temperature. */
export function limitRules(designs: readonly DesignSummary[]): LimitRule[] {
  const rules = new Map<number, LimitName[]>();
  const add = (tempC: number | null, name: LimitName) => {
    if (tempC === null) return;
    const key = roundSignificant(tempC, 5);
    const names = rules.get(key) ?? [];
    if (!names.includes(name)) names.push(name);
    rules.set(key, names);
  };
  for (const d of timelineDesigns(designs)) {
    const l = d.resilience.limits;
    add(l.throttleInletC, 'throttleInlet');
    add(l.shutdownInletC, 'shutdownInlet');
    if (d.resilience.scripted!.timeline.liquidC) {
      add(l.throttleCoolantC, 'throttleCoolant');
      add(l.shutdownCoolantC, 'shutdownCoolant');
    }
  }
  return [...rules].sort((a, b) => a[0] - b[0]).map(([tempC, names]) => ({ tempC, names }));
}

/** The x extent of the episodes, minutes from the event. */
export function minutesExtent(designs: readonly DesignSummary[]): [number, number] {
  const ts = timelineDesigns(designs).map((d) => d.resilience.scripted!.timeline);
  return [Math.min(...ts.map((t) => minutesOf(t, 0))), Math.max(...ts.map((t) => minutesOf(t, t.airC.length - 1)))];
}
