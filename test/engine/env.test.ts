import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Env } from '../../sim/engine/env.js';

/** An event plan: (timeS, label) pairs scheduled up front; labels are the payloads. */
const planArb = fc.array(
  fc.oneof(fc.integer({ min: 0, max: 20 }), fc.double({ min: 0, max: 20, noNaN: true })),
  { maxLength: 60 },
);

/** Schedules every time of the plan (payload = its index) and records what runs. */
function planned(timesS: number[]): { env: Env; log: Array<[number, number]> } {
  const env = new Env();
  const log: Array<[number, number]> = [];
  const kind = env.on('record', (nowS, payload) => log.push([nowS, payload]));
  timesS.forEach((t, i) => env.at(t, kind, i));
  return { env, log };
}

/** The (time, index) pairs of the plan with time < untilS, in (time, index) order: the spec of run(). */
function expectedBefore(timesS: number[], untilS: number): Array<[number, number]> {
  return timesS
    .map((t, i): [number, number] => [t, i])
    .filter(([t]) => t < untilS)
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}

describe('Env', () => {
  it('never moves time backwards across steps, including events scheduled by handlers', () => {
    fc.assert(
      fc.property(planArb, fc.array(fc.double({ min: 0, max: 5, noNaN: true }), { maxLength: 30 }), (timesS, delaysS) => {
        const env = new Env();
        const seen: number[] = [];
        let d = 0;
        const kind = env.on('tick', (nowS) => {
          seen.push(nowS);
          expect(env.nowS).toBe(nowS);
          if (d < delaysS.length) env.after(delaysS[d++], kind);
        });
        for (const t of timesS) env.at(t, kind);
        let last = env.nowS;
        while (env.step()) {
          expect(env.nowS).toBeGreaterThanOrEqual(last);
          last = env.nowS;
        }
        for (let i = 1; i < seen.length; i++) expect(seen[i]).toBeGreaterThanOrEqual(seen[i - 1]);
        // Each handler call schedules one more until the delays run out, so all are used once anything runs.
        expect(env.processed).toBe(timesS.length + (timesS.length > 0 ? delaysS.length : 0));
      }),
    );
  });

  it('runs events at equal times in insertion order (FIFO), also when a handler adds one at the same time', () => {
    const env = new Env();
    const order: string[] = [];
    const b = env.on('b', (_t, p) => order.push(`b${p}`));
    const a = env.on('a', (_t, p) => {
      order.push(`a${p}`);
      if (p === 0) env.after(0, b, 9); // same instant: after everything already queued at t=5
    });
    env.at(5, a, 0);
    env.at(5, b, 1);
    env.at(5, a, 2);
    env.at(3, b, 3);
    env.run({ untilS: 10 });
    expect(order).toEqual(['b3', 'a0', 'b1', 'a2', 'b9']);
  });

  it('run({ untilS }) processes exactly the events before untilS, leaves the one at untilS pending, and sets the clock', () => {
    fc.assert(
      fc.property(planArb, fc.integer({ min: 0, max: 21 }), (timesS, untilS) => {
        const { env, log } = planned(timesS);
        env.run({ untilS });
        expect(log).toEqual(expectedBefore(timesS, untilS));
        expect(env.nowS).toBe(untilS);
        expect(env.pending).toBe(timesS.filter((t) => t >= untilS).length);
        expect(env.processed).toBe(log.length);
      }),
    );
  });

  it('keeps an event at exactly untilS for the next run', () => {
    const { env, log } = planned([0, 10, 10, 20]);
    env.run({ untilS: 10 });
    expect(log).toEqual([[0, 0]]);
    expect(env.peekS()).toBe(10);
    expect(env.pending).toBe(3);
    env.run({ untilS: 10 }); // an empty interval [10, 10) runs nothing
    expect(log.length).toBe(1);
    env.run({ untilS: 20.5 });
    expect(log).toEqual([[0, 0], [10, 1], [10, 2], [20, 3]]);
    expect(env.peekS()).toBe(Infinity);
  });

  it('splits a run: [0, a) then [a, b) processes exactly the events of [0, b)', () => {
    fc.assert(
      fc.property(planArb, fc.double({ min: 0, max: 21, noNaN: true }), fc.double({ min: 0, max: 21, noNaN: true }), (timesS, x, y) => {
        const [aS, bS] = x <= y ? [x, y] : [y, x];
        const split = planned(timesS);
        split.env.run({ untilS: aS });
        split.env.run({ untilS: bS });
        const whole = planned(timesS);
        whole.env.run({ untilS: bS });
        expect(split.log).toEqual(whole.log);
        expect(split.log).toEqual(expectedBefore(timesS, bS));
        expect(split.env.nowS).toBe(whole.env.nowS);
        expect(split.env.pending).toBe(whole.env.pending);
      }),
    );
  });

  it('throws RangeError when scheduling in the past, running backwards, or with an unknown kind', () => {
    const env = new Env(100);
    const kind = env.on('x', () => {});
    expect(() => env.at(99.999, kind)).toThrow(RangeError);
    expect(() => env.at(99.999, kind)).toThrow(/cannot schedule 'x' at 99.999 s, before now \(100 s\)/);
    expect(() => env.after(-1e-9, kind)).toThrow(RangeError);
    expect(() => env.at(Number.NaN, kind)).toThrow(RangeError);
    expect(() => env.at(200, kind + 1)).toThrow(RangeError);
    expect(() => env.run({ untilS: 50 })).toThrow(RangeError);
    expect(() => env.run({ untilS: Number.NaN })).toThrow(RangeError);
    expect(env.pending).toBe(0); // nothing half-scheduled
    env.at(100, kind); // exactly now is allowed
    expect(env.pending).toBe(1);
  });

  it('throws RangeError when a handler schedules into its own past', () => {
    const env = new Env();
    const kind = env.on('late', (nowS) => env.at(nowS - 1, kind));
    env.at(5, kind);
    expect(() => env.run({ untilS: 10 })).toThrow(RangeError);
  });

  it('reports pending, peekS and step() false on an empty queue', () => {
    const env = new Env(7);
    expect(env.pending).toBe(0);
    expect(env.peekS()).toBe(Infinity);
    expect(env.step()).toBe(false);
    expect(env.nowS).toBe(7);
    const kind = env.on('k', () => {});
    env.after(3, kind, 1);
    expect(env.peekS()).toBe(10);
    expect(env.step()).toBe(true);
    expect([env.nowS, env.processed, env.pending]).toEqual([10, 1, 0]);
  });

  it('passes the registered kind back: kinds are distinct and route to their own handler', () => {
    const env = new Env();
    const got: string[] = [];
    const kinds = ['arrive', 'finish', 'weather'].map((name) => env.on(name, (_t, p) => got.push(`${name}:${p}`)));
    expect(new Set(kinds).size).toBe(3);
    env.at(1, kinds[2], 7);
    env.at(2, kinds[0], 8);
    env.at(3, kinds[1], 9);
    env.run({ untilS: Infinity });
    expect(got).toEqual(['weather:7', 'arrive:8', 'finish:9']);
  });
});
