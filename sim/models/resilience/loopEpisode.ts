/**
 * One cooling loop (the room air, or a liquid loop's coolant) through a failure episode: its temperature, and
 * what its IT does about it (run, throttle, trip), under constant inputs between events.
 *
 * Equation (C heat capacity J/K, H the heat the loop's running nodes give unthrottled, K the heat the cooling in
 *   service removes, both W; T0 the healthy supply, L1 the allowable (throttle) and L2 the shutdown limit, degC):
 *   below L1:   dT/dt = (H - K) / C while T > T0 or H > K, else T holds at T0 (the plant follows the load)
 *   at L1:      the nodes cap their power to hold T at L1: theta = K / H, in [f, 1] (f the throttle floor);
 *               with K >= H the loop cools again, with K < f H it heats above L1 at (f H - K) / C
 *   above L1:   theta = f, dT/dt = (f H - K) / C
 *   at L2:      the nodes trip: no heat; dT/dt = -K / C down to L1 (a regime change: below it they may restart
 *               once K >= H, history.ts), then on down to T0
 *   unmet heat: the heat that stays in the loop, max(0, theta H - K) integrated over time, J.
 * Assumptions: one mixed temperature per loop (thermalMass.ts), no loss through the envelope (UA = 0,
 *   conservative over minutes); a power cap acts at once (GPU power capping settles in seconds, against loop time
 *   constants of minutes); the plant removes up to K at any loop temperature above T0 (its capacity at a warmer
 *   return is larger: conservative).
 * Validity: C > 0, H >= 0, K >= 0, 0 < f <= 1, T0 < L1 < L2.
 * References: thermalMass.ts (lumped capacitance, Incropera & DeWitt sect. 5.3); ASHRAE TC9.9 (2021) Table 2.1
 *   (allowable limits); resilienceSpec.ts (throttle floor and limits, assumptions).
 * Validated by: test/models/resilience/loopEpisode.test.ts (analytic heat-up to each limit, the throttle
 *   equilibrium, energy balance of the unmet heat)
 * @example secondsToChange(loop, { heatW: 1e6, coolingW: 0 }) // => C (L1 - T0) / 1 MW, the ride-through to the allowable limit
 */

export interface LoopLimits { supplyC: number; allowableC: number; shutdownC: number; throttleFloor: number }
export interface LoopState { tempC: number; tripped: boolean }
export interface LoopInputs {
  /** Heat the loop's running nodes give unthrottled (0 when they are off for another reason), W. */
  heatW: number;
  /** Heat the cooling in service can remove, W. */
  coolingW: number;
}

const EPS_K = 1e-9;
export const newLoopState = (supplyC: number): LoopState => ({ tempC: supplyC, tripped: false });

/** The regime now: the nodes' power fraction theta and the temperature's rate, K/s. */
export function loopRegime(state: LoopState, inputs: LoopInputs, limits: LoopLimits, heatCapacityJPerK: number): { theta: number; rateKPerS: number } {
  const { heatW: h, coolingW: k } = inputs;
  const { tempC: t } = state;
  if (state.tripped) return { theta: 0, rateKPerS: t > limits.supplyC + EPS_K ? -k / heatCapacityJPerK : 0 };
  if (t > limits.allowableC + EPS_K) return { theta: limits.throttleFloor, rateKPerS: (limits.throttleFloor * h - k) / heatCapacityJPerK };
  if (t >= limits.allowableC - EPS_K && h > k) {
    const theta = Math.max(limits.throttleFloor, k / h);
    return { theta, rateKPerS: theta * h > k ? (theta * h - k) / heatCapacityJPerK : 0 };
  }
  if (t <= limits.supplyC + EPS_K && h <= k) return { theta: 1, rateKPerS: 0 };
  return { theta: 1, rateKPerS: (h - k) / heatCapacityJPerK };
}

/** Seconds until the regime changes on its own (a limit or the supply reached); Infinity when it holds. */
export function secondsToChange(state: LoopState, inputs: LoopInputs, limits: LoopLimits, heatCapacityJPerK: number): number {
  const { rateKPerS } = loopRegime(state, inputs, limits, heatCapacityJPerK);
  const t = state.tempC;
  if (rateKPerS > 0) {
    const target = t < limits.allowableC - EPS_K ? limits.allowableC : limits.shutdownC;
    return Math.max(0, (target - t) / rateKPerS);
  }
  if (rateKPerS < 0) {
    const target = t > limits.allowableC + EPS_K ? limits.allowableC : limits.supplyC;
    return Math.max(0, (target - t) / rateKPerS);
  }
  return Infinity;
}

export interface LoopStepResult {
  /** Mean power fraction of the loop's running nodes over the interval (theta), 0-1. */
  theta: number;
  unmetJ: number;
  /** Seconds at or above the allowable limit. */
  aboveAllowableS: number;
  peakC: number;
  /** The nodes tripped during the interval (at its end). */
  tripped: boolean;
}

/**
 * Advances the loop by dtS (<= secondsToChange: one regime), snapping to the limit it reaches; trips at the
 * shutdown limit. Returns what the interval cost.
 */
export function advanceLoop(state: LoopState, inputs: LoopInputs, limits: LoopLimits, heatCapacityJPerK: number, dtS: number, reachesLimit: boolean): LoopStepResult {
  const { theta, rateKPerS } = loopRegime(state, inputs, limits, heatCapacityJPerK);
  const startC = state.tempC;
  const unmetJ = Math.max(0, theta * inputs.heatW - inputs.coolingW) * dtS;
  let endC = startC + rateKPerS * dtS;
  let trippedNow = false;
  if (reachesLimit) {
    // Snap to the limit the regime was heading for, so the next regime starts exactly on it.
    if (rateKPerS > 0) endC = startC < limits.allowableC - EPS_K ? limits.allowableC : limits.shutdownC;
    else if (rateKPerS < 0) endC = startC > limits.allowableC + EPS_K ? limits.allowableC : limits.supplyC;
    if (rateKPerS > 0 && endC === limits.shutdownC) trippedNow = true;
  }
  const above = (c: number) => c >= limits.allowableC - EPS_K;
  let aboveAllowableS = 0;
  if (above(startC) && above(endC)) aboveAllowableS = dtS;
  else if (above(startC) !== above(endC) && rateKPerS !== 0) {
    const crossS = (limits.allowableC - startC) / rateKPerS;
    aboveAllowableS = above(endC) ? dtS - crossS : crossS;
  }
  state.tempC = endC;
  if (trippedNow) state.tripped = true;
  return { theta, unmetJ, aboveAllowableS, peakC: Math.max(startC, endC), tripped: trippedNow };
}
