/**
 * What a failure history adds up (history.ts), the shortfall of the units in service at a step
 * (designUnits.ts's equation, summed per stage and loop), and the minute-by-minute timeline of an episode.
 *
 * Equation (stageShortfalls): per group shortW = max(0, load - n u) - max(0, load - installed u) with n the units
 *   in service (0 for heat rejection and chillers inside a power window); per loop and stage the sum of the
 *   groups' shortfalls times their share of that loop's heat; a loop's unmet heat = the largest stage's (the
 *   stages are in series); power shed = the largest power group's shortW / load; CDU trip = the pumps' shortW / load.
 */
import type { UnitGroup } from './designUnits.js';
import type { PowerWindows } from './powerPath.js';
import type { StepLoads } from './stepLoads.js';

export interface Tally {
  unmetJ: number;
  redundancyLostS: number;
  peakRoomC: number;
  peakLiquidC: number;
  aboveAllowableS: number;
  gpuSecondsLost: number;
  jobsThrottled: number;
  jobsFailed: number;
  degradedS: number;
  shutdowns: number;
  failures: number[];
  throttling: boolean;
  horizonS: number;
}

export const newTally = (groups: number): Tally => ({
  unmetJ: 0, redundancyLostS: 0, peakRoomC: -Infinity, peakLiquidC: -Infinity, aboveAllowableS: 0, gpuSecondsLost: 0,
  jobsThrottled: 0, jobsFailed: 0, degradedS: 0, shutdowns: 0, failures: new Array<number>(groups).fill(0), throttling: false, horizonS: 0,
});

export interface Shortfalls {
  roomUnmetW: number;
  liquidUnmetW: number;
  /** Capacity in service beyond the load, of the tightest stage, per loop, W (Infinity for a loop no stage serves). */
  roomSpareW: number;
  liquidSpareW: number;
  powerShed: number;
  cduTrip: number;
  /** Any group below its installed units (or a power window open). */
  anyOut: boolean;
  unmet: boolean;
}


export function stageShortfalls(groups: readonly UnitGroup[], inService: readonly number[], loads: StepLoads, i: number, w: PowerWindows, nowS: number): Shortfalls {
  const room = { terminal: 0, chiller: 0, rejection: 0 };
  const liquid = { terminal: 0, chiller: 0, rejection: 0 };
  const roomSpare = { terminal: Infinity, chiller: Infinity, rejection: Infinity };
  const liquidSpare = { terminal: Infinity, chiller: Infinity, rejection: Infinity };
  let powerShed = 0, cduTrip = 0, anyOut = w.utilityOut || w.rejectionOffUntilS > nowS || w.chillerOffUntilS > nowS;
  for (let g = 0; g < groups.length; g++) {
    const grp = groups[g];
    const isChiller = grp.componentClass === 'chiller';
    const off = (grp.stage === 'rejection' && w.rejectionOffUntilS > nowS) || (isChiller && (w.chillerOffUntilS > nowS || w.rejectionOffUntilS > nowS));
    const n = off ? 0 : inService[g];
    if (inService[g] < grp.installed) anyOut = true;
    if (grp.componentClass === 'utilityFeed') continue; // the generators answer for it (powerPath.ts)
    const loadW = Math.max(0, grp.loadW(loads, i));
    const u = grp.unitW(loads, i);
    const shortW = loadW > 0 && n < grp.installed ? Math.max(0, loadW - n * u) - Math.max(0, loadW - grp.installed * u) : 0;
    if (grp.stage === 'power') powerShed = Math.max(powerShed, loadW > 0 ? shortW / loadW : 0);
    else if (grp.stage === 'pumps') cduTrip = Math.max(cduTrip, loadW > 0 ? shortW / loadW : 0);
    else {
      // A group shared by both loops (the air plant taking the CDUs' heat) gives each its share of shortfall and spare.
      const r = grp.roomShare(loads, i);
      const spareW = Math.max(0, n * u - loadW);
      room[grp.stage] += shortW * r;
      liquid[grp.stage] += shortW * (1 - r);
      if (r > 0) roomSpare[grp.stage] = Math.min(roomSpare[grp.stage], spareW * r);
      if (r < 1) liquidSpare[grp.stage] = Math.min(liquidSpare[grp.stage], spareW * (1 - r));
    }
  }
  const roomUnmetW = Math.max(room.terminal, room.chiller, room.rejection);
  const liquidUnmetW = Math.max(liquid.terminal, liquid.chiller, liquid.rejection);
  return {
    roomUnmetW, liquidUnmetW,
    roomSpareW: roomUnmetW > 0 ? 0 : Math.min(roomSpare.terminal, roomSpare.chiller, roomSpare.rejection),
    liquidSpareW: liquidUnmetW > 0 ? 0 : Math.min(liquidSpare.terminal, liquidSpare.chiller, liquidSpare.rejection),
    powerShed, cduTrip, anyOut, unmet: roomUnmetW > 0 || liquidUnmetW > 0 || powerShed > 0 || cduTrip > 0,
  };
}

/** Samples of an episode every stepS from startS for `count` samples (history.ts records them). */
export class Timeline {
  readonly airC: number[] = [];
  readonly liquidC: number[] = [];
  readonly airCapacity: number[] = [];
  readonly liquidCapacity: number[] = [];
  readonly itLoad: number[] = [];
  constructor(readonly startS: number, readonly stepS: number, readonly count: number) {}

  /** The next sample time after nowS (Infinity past the last). */
  nextSampleS(nowS: number): number {
    const k = nowS < this.startS ? 0 : Math.floor((nowS - this.startS) / this.stepS) + 1;
    return k < this.count ? this.startS + k * this.stepS : Infinity;
  }

  /** Records the state at nowS when it is a sample time. */
  record(nowS: number, airC: number, liquidC: number | undefined, airCapacity: number, liquidCapacity: number, itLoad: number): void {
    const k = (nowS - this.startS) / this.stepS;
    if (!(k >= 0 && k < this.count && Number.isInteger(k)) || k !== this.airC.length) return;
    this.airC.push(airC);
    this.liquidC.push(liquidC ?? Number.NaN);
    this.airCapacity.push(Math.min(1, airCapacity));
    this.liquidCapacity.push(Math.min(1, liquidCapacity));
    this.itLoad.push(itLoad);
  }
}
