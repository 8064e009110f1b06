/**
 * One failure history of one design, event by event on the engine: units fail and return (failureProcess.ts,
 * one event source per group), the utility drops and the generators start or not (powerPath.ts), and between
 * events the room and the liquid loop heat and cool (loopEpisode.ts) against the loads each control step asked
 * of the design (stepLoads.ts, the run's steps repeated to fill the horizon). The step record of a piece is
 * (step loads, units in service per group, power windows, loop states): pieces end at every change of any.
 *
 * Equation (per piece of length dt at step i; s = liquid share of the nodes, designLiquidHeat / designItPower):
 *   shortW per group (designUnits.ts); unmet heat of a loop = max over stages (terminal, chiller, rejection) of
 *   the stage's shortfall for that loop; coolingW = loop heat - unmet; heat rejection and chillers count 0 in
 *   service inside the power windows.
 *   power share up pa = 1 - max(UPS, transformer shortfall / load) (0 once the battery is out); CDU pumps short:
 *   that share of the liquid nodes trips at once (a loop without flow holds seconds: research notes 3c); shed or
 *   tripped nodes return restartS after the units that short them are back.
 *   work factor w = pa [(1 - s) thetaRoom + s min(thetaRoom, cduUp thetaLiquid)]
 *   GPU-hours lost = sum allocatedGpus(i) (1 - w) dt + at each trip allocated share x checkpointS / 2
 * Assumptions: stepLoads.ts, designUnits.ts, loopEpisode.ts, powerPath.ts; the room's heat falls with the power
 *   shed, not with the liquid nodes' trips (conservative); jobs on tripped nodes fail and are requeued outside
 *   this history (the shared job stream is not re-run: its queueing delay is not counted).
 * Validity: loads recorded by a run of the same design (stepLoads.ts).
 * Validated by: test/simulation/resilience/history.test.ts (N+1 one out = no unmet heat, N = unmet; a total loss
 *   trips at the analytic ride-through; counts against rates in the Monte Carlo test)
 */
import { Env } from '../../engine/env.js';
import { newUnitEvent, type FailureProcess } from '../../models/resilience/failureProcess.js';
import { advanceLoop, loopRegime, secondsToChange, type LoopLimits, type LoopState } from '../../models/resilience/loopEpisode.js';
import type { ResilienceSpec } from '../../models/resilience/resilienceSpec.js';
import type { UnitGroup } from './designUnits.js';
import { generatorsStart, newPowerWindows, utilityLost, utilityRestored, type GeneratorSet } from './powerPath.js';
import type { StepLoads } from './stepLoads.js';
import { newTally, stageShortfalls, type Tally, type Timeline } from './tally.js';

export interface ThermalLoop { heatCapacityJPerK: number; limits: LoopLimits }

export interface HistoryInput {
  groups: readonly UnitGroup[];
  processes: readonly FailureProcess[];
  loads: StepLoads;
  steps: number;
  stepS: number;
  allocatedGpus: Float64Array;
  runningJobs: Float64Array;
  room: ThermalLoop;
  liquid?: ThermalLoop;
  liquidShare: number;
  spec: ResilienceSpec;
  generators: GeneratorSet;
  generatorDraws: () => number;
  horizonS: number;
  timeline?: Timeline;
}

export function runHistory(h: HistoryInput): Tally {
  const { groups, processes, loads, spec, room, liquid } = h;
  const tally = newTally(groups.length);
  const inService = groups.map((g) => g.installed);
  const w = newPowerWindows();
  const roomState: LoopState = { tempC: room.limits.supplyC, tripped: false };
  const liquidState: LoopState | undefined = liquid === undefined ? undefined : { tempC: liquid.limits.supplyC, tripped: false };
  const restartAt = { room: Infinity, liquid: Infinity, power: Infinity };
  let powerDown = false;
  // Nodes shed by the power path or tripped by CDU pumps: down at once, back restartS after the units return.
  const shed = newShare(), cdu = newShare();
  const env = new Env(0);
  const unitEvent = newUnitEvent();
  const utility = groups.findIndex((g) => g.componentClass === 'utilityFeed');
  const unitKind = env.on('unit change', (nowS, g) => {
    if (!processes[g].next(unitEvent)) return;
    const before = inService[g];
    inService[g] = unitEvent.inService;
    if (unitEvent.cause === 'failure' && unitEvent.starts) tally.failures[g]++;
    if (g === utility && before > 0 && inService[g] === 0) utilityLost(w, nowS, spec, generatorsStart(h.generators, h.generatorDraws));
    if (g === utility && before === 0 && inService[g] > 0 && utilityRestored(w, nowS, spec)) restartAt.power = nowS + spec.restartS;
    const next = processes[g].peekS();
    if (next < h.horizonS) env.at(next, unitKind, g);
  });
  processes.forEach((p, g) => { if (p.peekS() < h.horizonS) env.at(p.peekS(), unitKind, g); });

  let t = 0;
  while (t < h.horizonS) {
    const i = Math.floor(t / h.stepS) % h.steps;
    const short = stageShortfalls(groups, inService, loads, i, w, t);
    const roomHeatW = loads.roomHeatW[i];
    const liquidHeatW = loads.liquidHeatW[i];
    const shedBefore = shed.down, cduBefore = cdu.down;
    const shedMore = follow(shed, short.powerShed, t, spec.restartS);
    const cduMore = follow(cdu, short.cduTrip, t, spec.restartS);
    const pa = w.powerOffAtS <= t || powerDown ? 0 : 1 - shed.down;
    if (w.powerOffAtS <= t && !powerDown) {
      powerDown = true;
      tripAll(tally, h, i, upShare(1 - shedBefore, roomState, liquidState, cduBefore, h.liquidShare));
    }
    // A shed or a CDU shortfall that grows with the load trips more nodes: one shutdown when it starts.
    if (pa > 0 && shedMore > 0) (shedBefore > 0 ? tripShare : tripAll)(tally, h, i, shedMore);
    if (cduMore > 0) (cduBefore > 0 ? tripShare : tripAll)(tally, h, i, h.liquidShare * cduMore);
    const roomIn = { heatW: roomHeatW * pa, coolingW: coolingOf(roomHeatW, short.roomUnmetW, short.roomSpareW) };
    const liquidCoolingW = coolingOf(liquidHeatW, short.liquidUnmetW, short.liquidSpareW);
    // Tripped nodes return restartS after the cooling in service covers their heat again: checked as each piece
    // starts, so the timer runs from the event that restored the cooling, not from the end of its control step.
    restartAt.room = nextRestart(roomState, restartAt.room, roomHeatW <= roomIn.coolingW, room.limits, t, spec.restartS);
    if (liquidState !== undefined) restartAt.liquid = nextRestart(liquidState, restartAt.liquid, liquidHeatW <= liquidCoolingW, liquid!.limits, t, spec.restartS);
    const thetaRoom = roomState.tripped ? 0 : loopRegime(roomState, roomIn, room.limits, room.heatCapacityJPerK).theta;
    const liquidIn = { heatW: liquidHeatW * pa * (1 - cdu.down) * Math.min(1, thetaRoom), coolingW: liquidCoolingW };
    // The next boundary: an engine event, the step's end while anything is off normal, a loop's regime change, a timer, a sample.
    const abnormal = short.anyOut || w.utilityOut || pa < 1 || roomState.tempC !== room.limits.supplyC || roomState.tripped
      || (liquidState !== undefined && (liquidState.tempC !== liquid!.limits.supplyC || liquidState.tripped)) || short.unmet || cdu.down > 0;
    let nextS = Math.min(env.peekS(), h.horizonS);
    if (abnormal) nextS = Math.min(nextS, (Math.floor(t / h.stepS) + 1) * h.stepS);
    const roomChangeS = secondsToChange(roomState, roomIn, room.limits, room.heatCapacityJPerK);
    const liquidChangeS = liquidState === undefined ? Infinity : secondsToChange(liquidState, liquidIn, liquid!.limits, liquid!.heatCapacityJPerK);
    nextS = Math.min(nextS, t + roomChangeS, t + liquidChangeS, restartAt.room, restartAt.liquid, restartAt.power, shed.returnAtS, cdu.returnAtS, w.powerOffAtS > t ? w.powerOffAtS : Infinity,
      w.rejectionOffUntilS > t ? w.rejectionOffUntilS : Infinity, w.chillerOffUntilS > t ? w.chillerOffUntilS : Infinity, h.timeline?.nextSampleS(t) ?? Infinity);
    const dtS = Math.max(0, nextS - t);
    const startRoomC = roomState.tempC, startLiquidC = liquidState?.tempC;
    const upBefore = upShare(pa, roomState, liquidState, cdu.down, h.liquidShare);
    const r = advanceLoop(roomState, roomIn, room.limits, room.heatCapacityJPerK, dtS, t + roomChangeS <= nextS);
    const l = liquidState === undefined ? undefined : advanceLoop(liquidState, liquidIn, liquid!.limits, liquid!.heatCapacityJPerK, dtS, t + liquidChangeS <= nextS);
    const thetaLiquid = l === undefined ? 1 : l.theta;
    const work = pa * ((1 - h.liquidShare) * r.theta + h.liquidShare * Math.min(r.theta, (1 - cdu.down) * thetaLiquid));
    // The liquid loop's capacity counts its CDU pumps too: without flow a share of the nodes is cooled by nothing.
    h.timeline?.record(t, startRoomC, startLiquidC, capacityShare(roomIn.coolingW, roomHeatW), Math.min(capacityShare(liquidIn.coolingW, liquidHeatW), 1 - cdu.down), work);
    account(tally, h, i, dtS, work, r, l, short.anyOut || w.utilityOut, roomHeatW, liquidHeatW);
    // A trip fails the jobs of the nodes still up only (a room trip takes the liquid nodes too).
    if (r.tripped) tripAll(tally, h, i, upBefore);
    else if (l?.tripped) tripAll(tally, h, i, pa * h.liquidShare * (1 - cdu.down));
    t = nextS;
    if (restartAt.power <= t) { powerDown = false; restartAt.power = Infinity; }
    while (env.peekS() <= t) env.step();
  }
  tally.horizonS = h.horizonS;
  return tally;
}

/** Heat the cooling in service removes at most: the load less the unmet, or the load plus the spare (recovery). A loop no stage serves keeps up with its heat. */
const coolingOf = (heatW: number, unmetW: number, spareW: number): number =>
  unmetW > 0 ? Math.max(0, heatW - unmetW) : heatW + (Number.isFinite(spareW) ? spareW : 0);
const capacityShare = (coolingW: number, heatW: number): number => (heatW > 0 ? coolingW / heatW : 1);

/** A share of the nodes down for a shortfall: it follows a rise at once and a fall restartS after it. */
interface DownShare { down: number; returnAtS: number }
const newShare = (): DownShare => ({ down: 0, returnAtS: Infinity });
/** Moves `d` towards `target` at nowS; returns the share newly down (0 when none). */
function follow(d: DownShare, target: number, nowS: number, restartS: number): number {
  if (target > d.down) {
    const more = target - d.down;
    d.down = target;
    d.returnAtS = Infinity;
    return more;
  }
  if (target < d.down) {
    if (d.returnAtS === Infinity) d.returnAtS = nowS + restartS;
    if (d.returnAtS <= nowS) { d.down = target; d.returnAtS = Infinity; }
  } else d.returnAtS = Infinity;
  return 0;
}

function nextRestart(state: LoopState, at: number, covered: boolean, limits: LoopLimits, nowS: number, restartS: number): number {
  if (!state.tripped) return Infinity;
  if (at <= nowS) { state.tripped = false; return Infinity; }
  if (!covered || state.tempC > limits.allowableC) return Infinity;
  return at === Infinity ? nowS + restartS : at;
}

/** The share of the nodes up: powered (pa), not tripped with the room, the liquid loop or short CDUs (liquid share s). */
const upShare = (pa: number, room: LoopState, liquid: LoopState | undefined, cduTrip: number, s: number): number =>
  room.tripped ? 0 : pa * (1 - s + s * (liquid?.tripped ? 0 : 1 - cduTrip));

/** A trip of a share of the nodes (thermal or power), counted as a shutdown (types/resilience.ts `shutdowns`). */
function tripAll(tally: Tally, h: HistoryInput, i: number, share: number): void {
  if (share <= 0) return;
  tally.shutdowns++;
  tripShare(tally, h, i, share);
}

/** A share of the nodes trips: its running jobs fail and lose half a checkpoint interval of progress. */
function tripShare(tally: Tally, h: HistoryInput, i: number, share: number): void {
  if (share <= 0) return;
  tally.jobsFailed += h.runningJobs[i] * share;
  tally.gpuSecondsLost += h.allocatedGpus[i] * share * h.spec.checkpointS / 2;
}

function account(tally: Tally, h: HistoryInput, i: number, dtS: number, work: number, r: ReturnType<typeof advanceLoop>,
  l: ReturnType<typeof advanceLoop> | undefined, redundancyLost: boolean, roomHeatW: number, liquidHeatW: number): void {
  tally.unmetJ += r.unmetJ + (l?.unmetJ ?? 0);
  tally.peakRoomC = Math.max(tally.peakRoomC, r.peakC);
  if (l !== undefined) tally.peakLiquidC = Math.max(tally.peakLiquidC, l.peakC);
  tally.aboveAllowableS += Math.max(r.aboveAllowableS, l?.aboveAllowableS ?? 0);
  tally.gpuSecondsLost += h.allocatedGpus[i] * (1 - work) * dtS;
  if (work < 1 - 1e-12) tally.degradedS += dtS;
  if (redundancyLost) tally.redundancyLostS += dtS;
  if ((r.theta < 1 && r.theta > 0 && roomHeatW > 0) || (l !== undefined && l.theta < 1 && l.theta > 0 && liquidHeatW > 0)) {
    if (!tally.throttling) tally.jobsThrottled += h.runningJobs[i] * (l !== undefined && r.theta >= 1 ? h.liquidShare : 1);
    tally.throttling = true;
  } else tally.throttling = false;
}
