/**
 * How a design comes through the scripted what-if, read from its minute-by-minute timeline
 * (summary.json designs[i].resilience.scripted.timeline) and the limits the histories used
 * (designs[i].resilience.limits): the minutes from the event until the first loop reaches its allowable
 * (throttle) limit, and until one reaches its shutdown limit (the nodes trip). For the report's lead sentence.
 *
 * Equation: a limit crossed between samples k-1 and k (stepS apart) is reached at
 *   tS = tS[k-1] + (limitC - tempC[k-1]) / (tempC[k] - tempC[k-1]) * stepS
 * (linear interpolation; the loop's temperature is piecewise linear between events in
 * sim/models/resilience/loopEpisode.ts, so this is exact unless an event falls between the two samples),
 * with tS measured from the event (timeline.eventS). Only samples at or after the event count.
 * firstLoadDrop: the first sample at or after the event with the IT load below full (units out can shed or stop
 * nodes before any loop reaches a limit, e.g. a CDU without a spare), at the sample's time (no interpolation).
 */
import type { DesignResilience, ResilienceTimeline } from '../sim/types/resilience.js';

/** Tolerance on a limit, K: a loop held at its limit is recorded at it to rounding. */
const LIMIT_TOLERANCE_K = 1e-6;

export interface EpisodeCrossing {
  loop: 'room' | 'liquid';
  /** Minutes from the event. */
  minutes: number;
}

export interface EpisodeOutcome {
  allowable?: EpisodeCrossing;
  shutdown?: EpisodeCrossing;
}

/** Minutes from the event at which `tempsC` first reaches `limitC`, or undefined if it never does in the timeline. */
export function minutesToLimit(t: ResilienceTimeline, tempsC: readonly number[], limitC: number): number | undefined {
  const atS = (k: number) => t.startS + k * t.stepS - t.eventS;
  for (let k = 0; k < tempsC.length; k++) {
    if (atS(k) < 0 || !(tempsC[k] >= limitC - LIMIT_TOLERANCE_K)) continue;
    const before = tempsC[k - 1];
    if (k === 0 || !(before < tempsC[k])) return atS(k) / 60;
    const crossS = atS(k - 1) + ((limitC - before) / (tempsC[k] - before)) * t.stepS;
    return Math.max(0, crossS) / 60;
  }
  return undefined;
}

/** Tolerance on a full IT load (1): a load recorded at 1 to rounding is full. */
const FULL_LOAD_TOLERANCE = 1e-6;

/** The first IT load below full at or after the event: minutes from the event and the load (0-1); undefined if none. */
export function firstLoadDrop(r: DesignResilience): { minutes: number; load: number } | undefined {
  const t = r.scripted?.timeline;
  if (t === undefined) return undefined;
  for (let k = 0; k < t.itLoad.length; k++) {
    const atS = t.startS + k * t.stepS - t.eventS;
    if (atS >= 0 && t.itLoad[k] < 1 - FULL_LOAD_TOLERANCE) return { minutes: atS / 60, load: t.itLoad[k] };
  }
  return undefined;
}

/** The earlier of two crossings (the room's on a tie). */
const earlier = (a?: EpisodeCrossing, b?: EpisodeCrossing): EpisodeCrossing | undefined =>
  a === undefined ? b : b === undefined || a.minutes <= b.minutes ? a : b;

/** The first allowable and shutdown crossings of the scripted episode; {} without a scripted timeline. */
export function episodeOutcome(r: DesignResilience): EpisodeOutcome {
  const t = r.scripted?.timeline;
  if (t === undefined) return {};
  const cross = (loop: 'room' | 'liquid', temps: readonly number[] | null, limitC: number | null): EpisodeCrossing | undefined => {
    if (temps === null || limitC === null) return undefined;
    const minutes = minutesToLimit(t, temps, limitC);
    return minutes === undefined ? undefined : { loop, minutes };
  };
  return {
    allowable: earlier(cross('room', t.airC, r.limits.throttleInletC), cross('liquid', t.liquidC, r.limits.throttleCoolantC)),
    shutdown: earlier(cross('room', t.airC, r.limits.shutdownInletC), cross('liquid', t.liquidC, r.limits.shutdownCoolantC)),
  };
}
