/**
 * How a design comes through the scripted what-if (reports/resilienceEpisode.ts), on hand-made timelines with
 * known crossings: minutes from the event by linear interpolation between the one-minute samples, samples before
 * the event ignored, the earlier of the two loops, nothing for a design that stays below its limits; the IT
 * load's first drop below full at or after the event (units lost with their nodes before any limit).
 * Known values: test/fixtures/run/resilienceRun.ts (room air +3 K a minute from 24 degC at the event: 32 degC
 * at 8/3 min, 40 degC at 6 min).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { episodeOutcome, firstLoadDrop, minutesToLimit } from '../../reports/resilienceEpisode.js';
import type { DesignResilience, ResilienceTimeline } from '../../sim/types/resilience.js';
import { resilienceRun, trippingAirC } from '../fixtures/run/resilienceRun.js';

const designs = () => resilienceRun(2).summary.designs;
const resilienceOf = (id: string): DesignResilience => designs().find((d) => d.id === id)!.resilience!;

/** A timeline of `temps` one minute apart, the event at sample `eventIndex`. */
const timeline = (temps: number[], eventIndex: number): ResilienceTimeline => ({
  startS: 1000, stepS: 60, eventS: 1000 + 60 * eventIndex, label: 'test', events: [], airC: temps, liquidC: null,
  airCapacity: temps.map(() => 1), liquidCapacity: null, itLoad: temps.map(() => 1),
});

describe('minutes from the event to a limit', () => {
  it('interpolates between samples: 30 -> 33 degC between minutes 2 and 3 crosses 32 degC at 2 2/3 min', () => {
    const t = timeline(Array.from({ length: 60 }, (_, k) => trippingAirC(k)), 30);
    expect(minutesToLimit(t, t.airC, 32)).toBeCloseTo(8 / 3, 12);
    expect(minutesToLimit(t, t.airC, 40)).toBeCloseTo(6, 12);
    expect(minutesToLimit(t, t.airC, 41)).toBeUndefined();
  });

  it('ignores samples before the event: a room already warm before it is at its limit at minute 0', () => {
    const t = timeline([35, 35, 24, 24, 36], 2);
    expect(minutesToLimit(t, t.airC, 32)).toBeCloseTo(1 + 8 / 12, 12);
    expect(minutesToLimit(timeline([35, 35, 35], 1), [35, 35, 35], 32)).toBe(0);
  });

  it('is never before the event nor after the last sample, for any rising series (property)', () => {
    fc.assert(fc.property(fc.array(fc.double({ min: 20, max: 50, noNaN: true }), { minLength: 2, maxLength: 40 }), fc.nat(39), (temps, e) => {
      const eventIndex = e % temps.length;
      const t = timeline(temps, eventIndex);
      const m = minutesToLimit(t, temps, 32);
      const reached = temps.slice(eventIndex).some((v) => v >= 32 - 1e-6);
      expect(m !== undefined).toBe(reached);
      if (m === undefined) return;
      expect(m).toBeGreaterThanOrEqual(0);
      expect(m).toBeLessThanOrEqual(temps.length - 1 - eventIndex);
    }));
  });
});

describe('the outcome of the scripted episode', () => {
  it('gives the room air\'s allowable and shutdown crossings for the design that trips', () => {
    const o = episodeOutcome(resilienceOf('liquid-pod'));
    expect(o.allowable!.loop).toBe('room');
    expect(o.allowable!.minutes).toBeCloseTo(8 / 3, 12);
    expect(o.shutdown).toEqual({ loop: 'room', minutes: 6 });
  });

  it('has no crossing for the design that rides through, and none without a scripted timeline', () => {
    expect(episodeOutcome(resilienceOf('air-chw'))).toEqual({});
    const { scripted: _, ...withoutScripted } = resilienceOf('liquid-pod');
    expect(episodeOutcome(withoutScripted as DesignResilience)).toEqual({});
  });

  it('takes the liquid loop when its coolant reaches its limit first', () => {
    const r = resilienceOf('liquid-pod');
    const t = r.scripted!.timeline;
    // Coolant 35 degC until the event, then +5 K a minute: 45 degC (allowable) at 2 min, 50 degC (shutdown) at 3 min.
    const liquidC = t.liquidC!.map((_, k) => (k <= 30 ? 35 : 35 + 5 * (k - 30)));
    const o = episodeOutcome({ ...r, scripted: { ...r.scripted!, timeline: { ...t, liquidC } } });
    expect(o.allowable).toEqual({ loop: 'liquid', minutes: 2 });
    expect(o.shutdown).toEqual({ loop: 'liquid', minutes: 3 });
  });
});

describe('the first drop of the IT load', () => {
  it('is the first sample at or after the event below full load, with its minutes and load', () => {
    // The fixture's tripping design: full load until its nodes trip at the 40 degC limit, 6 min after the event.
    expect(firstLoadDrop(resilienceOf('liquid-pod'))).toEqual({ minutes: 6, load: 0 });
    expect(firstLoadDrop(resilienceOf('air-chw'))).toBeUndefined();
  });

  it('finds a drop at the event itself (a unit lost with its nodes), ignores one before the event', () => {
    const r = resilienceOf('air-chw');
    const t = r.scripted!.timeline;
    const itLoad = t.itLoad.map((_, k) => (k === 10 ? 0.5 : k >= 30 ? 0.72 : 1));
    expect(firstLoadDrop({ ...r, scripted: { ...r.scripted!, timeline: { ...t, itLoad } } })).toEqual({ minutes: 0, load: 0.72 });
    const { scripted: _, ...withoutScripted } = r;
    expect(firstLoadDrop(withoutScripted as DesignResilience)).toBeUndefined();
  });
});
