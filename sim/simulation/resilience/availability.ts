/**
 * A design's units in service over the run, as a step function (the plant's view of a failure history): the
 * same failure processes as the run's own history (historySetup.ts, history 'run'), so the meters run on the
 * units the history takes out, at the same times. designRun.ts splits each control interval at its changes.
 */
import { newUnitEvent, type FailureProcess } from '../../models/resilience/failureProcess.js';
import type { UnitGroup } from './designUnits.js';

export interface Availability {
  /** Times the units in service change, ascending; the first is 0. */
  atS: number[];
  /** Units in service of every group from atS[k] on (row k). */
  inService: Float64Array[];
  /** Row k has every cooling and power unit in service (the utility feed does not change the plant). */
  full: boolean[];
}

/** The merged step function of the processes (one per group) over [0, untilS). */
export function availabilityOf(groups: readonly UnitGroup[], processes: readonly FailureProcess[], untilS: number): Availability {
  const now = Float64Array.from(groups, (g) => g.installed);
  const isFull = (v: Float64Array) => groups.every((g, k) => g.componentClass === 'utilityFeed' || v[k] >= g.installed);
  const a: Availability = { atS: [0], inService: [now.slice()], full: [true] };
  const e = newUnitEvent();
  for (;;) {
    let g = -1;
    for (let k = 0; k < processes.length; k++) if (processes[k].peekS() < untilS && (g < 0 || processes[k].peekS() < processes[g].peekS())) g = k;
    if (g < 0 || !processes[g].next(e)) break;
    now[g] = e.inService;
    const last = a.atS.length - 1;
    if (e.atS === a.atS[last]) { a.inService[last] = now.slice(); a.full[last] = isFull(now); }
    else { a.atS.push(e.atS); a.inService.push(now.slice()); a.full.push(isFull(now)); }
  }
  return a;
}

/** Row of the step function at time t, searching forward from `from` (calls come in time order). */
export function rowAt(a: Availability, t: number, from: number): number {
  let k = Math.min(from, a.atS.length - 1);
  while (k > 0 && a.atS[k] > t) k--;
  while (k + 1 < a.atS.length && a.atS[k + 1] <= t) k++;
  return k;
}
