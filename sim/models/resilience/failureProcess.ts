/**
 * Failures, repairs, maintenance windows and scripted outages of the N units of one component class, pulled one
 * event at a time in time order (like the job sources), so an engine can schedule them lazily.
 *
 * Equation (per unit, a renewal process: up, then down, then up ...):
 *   timeToFailureS ~ Weibull(mean = SECONDS_PER_YEAR / failuresPerYear, weibullShape)   (shape 1: exponential)
 *   repairS ~ log-normal(mean = meanRepairS, logStdDev) or exponential(meanRepairS)     (lifetimes.ts)
 *   a unit is in service when none of its causes (failure, maintenance, scripted) holds it out;
 *   inService(t) = units - #{units out at t}, a step function changing only at events.
 * Assumptions: every unit starts new and in service at t = 0. Unit k draws from its own stream
 *   failureStreamName(class, k) = "failures/<class>/<k>" in the fixed order ttf1, repair1, ttf2, repair2, ...
 *   so its timeline depends only on (seed, class, k): not on other classes, other units, or thread count.
 *   Failures run in calendar time: a failure may fall inside a maintenance window or a scripted outage of the
 *   same unit; the causes then overlap and the unit returns when both have ended (this overstates downtime by
 *   about failuresPerYear * window, e.g. 0.84 /yr * 168 h / 8760 h = 1.6 % of a chiller's failures).
 *   A scripted outage takes the lowest-numbered units in service at its time (then, if too few are, units
 *   already out, which adds nothing). At equal times: returns to service first, then scripted starts, then
 *   outages, each in unit order, so the sequence is deterministic.
 * Validity: units >= 1; failuresPerYear >= 0 (0: only planned and scripted outages); meanRepairS > 0;
 *   windows and scripted outages with startS/atS >= 0, forS > 0, units in range.
 * References: renewal process and alternating up/down model: Rausand & Hoyland, System Reliability Theory,
 *   2nd ed. (2004), ch. 7 and 8; parameters: componentReliability.ts.
 * Validated by: test/models/resilience/failureProcess.test.ts (counts against Poisson(lambda T), mean repair,
 *   determinism and stream independence, hand-merged maintenance and scripted events)
 * @example const p = failureProcess(processParamsFor('chiller', 3), (name) => streams.stream(name));
 *   const e = newUnitEvent(); while (p.peekS() < SECONDS_PER_YEAR && p.next(e)) { ... }
 */
import { SECONDS_PER_YEAR } from '../../units.js';
import { COMPONENT_RELIABILITY, failuresPerYear, meanRepairS, type ComponentClass, type RepairDistribution } from './componentReliability.js';
import { repairTimeS, weibullTimeS } from './lifetimes.js';

export interface MaintenanceWindow { unit: number; startS: number; forS: number }
export interface ScriptedOutage { atS: number; unitsOut: number; forS: number }
export type OutageCause = 'failure' | 'maintenance' | 'scripted';

export interface FailureProcessParams {
  /** Names the random streams, e.g. "chiller" or "chiller/design-a". */
  componentClass: string;
  units: number;
  failuresPerYear: number;
  weibullShape: number;
  meanRepairS: number;
  repair: RepairDistribution;
  maintenance?: readonly MaintenanceWindow[];
  scripted?: readonly ScriptedOutage[];
}

/** One change of one unit: a cause starting (outage) or ending, and the state after it. */
export interface UnitEvent {
  atS: number;
  unit: number;
  cause: OutageCause;
  /** true: this cause takes the unit out; false: it ends. */
  starts: boolean;
  /** The unit is in service after the event (no cause holds it out). */
  up: boolean;
  /** Units of the class in service after the event. */
  inService: number;
}

export interface FailureProcess {
  readonly units: number;
  /** Time of the next event, Infinity when none is left. */
  peekS(): number;
  /** Fills `out` with the next event; false when none is left. */
  next(out: UnitEvent): boolean;
  /** Units in service now (after the last event pulled). */
  inService(): number;
}

export const failureStreamName = (componentClass: string, unit: number): string => `failures/${componentClass}/${unit}`;
export const newUnitEvent = (): UnitEvent => ({ atS: 0, unit: 0, cause: 'failure', starts: true, up: true, inService: 0 });

/** Parameters from the cited table for `units` units of a class, with optional planned and scripted outages. */
export function processParamsFor(componentClass: ComponentClass, units: number,
  outages: Pick<FailureProcessParams, 'maintenance' | 'scripted'> = {}): FailureProcessParams {
  const entry = COMPONENT_RELIABILITY[componentClass];
  return { componentClass, units, failuresPerYear: failuresPerYear(entry), weibullShape: entry.weibullShape,
    meanRepairS: meanRepairS(entry), repair: entry.repair, ...outages };
}

/** A start on demand that fails (generator start): one draw. */
export const demandFails = (u: () => number, probability: number): boolean => u() < probability;

type Kind = 'fail' | 'repair' | 'maintenanceStart' | 'maintenanceEnd' | 'scriptedStart' | 'scriptedOut' | 'scriptedEnd';
interface Pending { atS: number; rank: number; unit: number; kind: Kind; forS: number; count: number }
// Returns to service sort first at equal times, then a scripted start (it sees who is up), then outages.
const RANK: Record<Kind, number> = { repair: 0, maintenanceEnd: 0, scriptedEnd: 0, scriptedStart: 1, fail: 2, maintenanceStart: 2, scriptedOut: 2 };
const CAUSE: Record<Kind, OutageCause> = { fail: 'failure', repair: 'failure', maintenanceStart: 'maintenance', maintenanceEnd: 'maintenance',
  scriptedStart: 'scripted', scriptedOut: 'scripted', scriptedEnd: 'scripted' };
const before = (a: Pending, b: Pending): boolean =>
  a.atS !== b.atS ? a.atS < b.atS : a.rank !== b.rank ? a.rank < b.rank : a.unit < b.unit;

function check(p: FailureProcessParams): void {
  const bad = (what: string): never => { throw new RangeError(`failureProcess ${p.componentClass}: ${what}`); };
  if (!(Number.isInteger(p.units) && p.units >= 1)) bad(`units must be an integer >= 1, got ${p.units}`);
  if (!(p.failuresPerYear >= 0) || !(p.meanRepairS > 0) || !(p.weibullShape > 0)) bad('needs failuresPerYear >= 0, meanRepairS > 0, weibullShape > 0');
  for (const w of p.maintenance ?? []) {
    if (!(Number.isInteger(w.unit) && w.unit >= 0 && w.unit < p.units && w.startS >= 0 && w.forS > 0)) bad(`bad maintenance window ${JSON.stringify(w)}`);
  }
  for (const s of p.scripted ?? []) {
    if (!(Number.isInteger(s.unitsOut) && s.unitsOut >= 1 && s.atS >= 0 && s.forS > 0)) bad(`bad scripted outage ${JSON.stringify(s)}`);
  }
}

export function failureProcess(params: FailureProcessParams, streamFor: (name: string) => () => number): FailureProcess {
  check(params);
  const { units, weibullShape } = params;
  const mtbfS = params.failuresPerYear > 0 ? SECONDS_PER_YEAR / params.failuresPerYear : Infinity;
  const streams = Array.from({ length: units }, (_, k) => streamFor(failureStreamName(params.componentClass, k)));
  const outCauses = new Array<number>(units).fill(0);
  let inService = units;
  // Events drawn or started on the way (at most a few per unit) are scanned; the planned starts, which can be
  // many (a window a year for decades), wait sorted and only their head is compared.
  const pending: Pending[] = [];
  const push = (atS: number, kind: Kind, unit: number, forS = 0, count = 0): void => {
    pending.push({ atS, rank: RANK[kind], unit, kind, forS, count });
  };
  if (Number.isFinite(mtbfS)) for (let k = 0; k < units; k++) push(weibullTimeS(streams[k], mtbfS, weibullShape), 'fail', k);
  const planned: Pending[] = [
    ...(params.maintenance ?? []).map((w): Pending => ({ atS: w.startS, rank: RANK.maintenanceStart, unit: w.unit, kind: 'maintenanceStart', forS: w.forS, count: 0 })),
    ...(params.scripted ?? []).map((o): Pending => ({ atS: o.atS, rank: RANK.scriptedStart, unit: -1, kind: 'scriptedStart', forS: o.forS, count: Math.min(o.unitsOut, units) })),
  ].sort((a, b) => (before(a, b) ? -1 : before(b, a) ? 1 : 0));
  let nextPlanned = 0;

  const firstPending = (): number => {
    let best = -1;
    for (let i = 0; i < pending.length; i++) if (best < 0 || before(pending[i], pending[best])) best = i;
    return best;
  };
  const popFirst = (): Pending | undefined => {
    const best = firstPending();
    const head = planned[nextPlanned];
    if (head !== undefined && (best < 0 || before(head, pending[best]))) return planned[nextPlanned++];
    if (best < 0) return undefined;
    const e = pending[best];
    pending[best] = pending[pending.length - 1];
    pending.pop();
    return e;
  };
  const startScripted = (e: Pending): void => {
    const order = [...Array(units).keys()].sort((a, b) => Number(outCauses[a] > 0) - Number(outCauses[b] > 0) || a - b);
    for (const k of order.slice(0, e.count)) {
      push(e.atS, 'scriptedOut', k);
      push(e.atS + e.forS, 'scriptedEnd', k);
    }
  };

  return {
    units,
    peekS: () => Math.min(planned[nextPlanned]?.atS ?? Infinity, pending.reduce((m, e) => Math.min(m, e.atS), Infinity)),
    inService: () => inService,
    next(out: UnitEvent): boolean {
      for (;;) {
        const e = popFirst();
        if (e === undefined) return false;
        if (e.kind === 'scriptedStart') { startScripted(e); continue; }
        const starts = RANK[e.kind] === 2;
        const wasUp = outCauses[e.unit] === 0;
        outCauses[e.unit] += starts ? 1 : -1;
        const isUp = outCauses[e.unit] === 0;
        if (wasUp !== isUp) inService += isUp ? 1 : -1;
        // Draw lazily; each unit's stream is read in its own fixed order, whatever the interleaving.
        if (e.kind === 'fail') push(e.atS + repairTimeS(streams[e.unit], params.meanRepairS, params.repair), 'repair', e.unit);
        if (e.kind === 'repair') push(e.atS + weibullTimeS(streams[e.unit], mtbfS, weibullShape), 'fail', e.unit);
        if (e.kind === 'maintenanceStart') push(e.atS + e.forS, 'maintenanceEnd', e.unit);
        out.atS = e.atS;
        out.unit = e.unit;
        out.cause = CAUSE[e.kind];
        out.starts = starts;
        out.up = isUp;
        out.inService = inService;
        return true;
      }
    },
  };
}

/** Units in service as a step function over [0, untilS): value inService[i] from atS[i] to atS[i + 1]. */
export function inServiceSteps(process: FailureProcess, untilS: number): { atS: number[]; inService: number[] } {
  const atS = [0];
  const inService = [process.inService()];
  const e = newUnitEvent();
  while (process.peekS() < untilS && process.next(e)) {
    const last = atS.length - 1;
    if (e.atS === atS[last]) {
      inService[last] = e.inService;
      // Events at one instant that cancel out leave no step.
      if (last > 0 && inService[last] === inService[last - 1]) { atS.pop(); inService.pop(); }
    } else if (e.inService !== inService[last]) { atS.push(e.atS); inService.push(e.inService); }
  }
  return { atS, inService };
}
