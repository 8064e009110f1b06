/**
 * A lumped thermal mass (one well-mixed temperature per cooling loop: the room air and what heats with it, or
 * the coolant of a liquid loop and its metal), integrated exactly between events while the heat put in and the
 * heat taken out stay constant; and the time it takes to reach a temperature limit.
 *
 * Equation (C = heatCapacityJPerK, UA = conductanceWPerK, netW = heatInW - heatRemovedW):
 *   C dT/dt = heatInW - heatRemovedW - UA (T - ambientC)
 *   UA = 0:  T(t) = T0 + netW t / C                                        (a linear ramp)
 *   UA > 0:  T(t) = settledC + (T0 - settledC) exp(-t / tauS),             (exponential approach)
 *            settledC = ambientC + netW / UA,  tauS = C / UA
 *   time to reach limitC:
 *   UA = 0:  t = C (limitC - T0) / netW             when netW moves T towards limitC, else never (Infinity)
 *   UA > 0:  t = -tauS ln((limitC - settledC) / (T0 - settledC))   when limitC lies between T0 and settledC
 * Assumptions: one temperature per loop (well mixed: no stratification, no hot spots; a real room's worst rack
 *   inlet runs ahead of its mean); constant C (properties at 20-45 degC); heat flows piecewise constant between
 *   events; UA is a linear loss to a fixed ambient (envelope or pipe losses), 0 when omitted, which is the
 *   usual and conservative case over the minutes of a ride-through.
 * Validity: C > 0, UA >= 0, all temperatures and powers finite; dtS >= 0. Broken preconditions throw RangeError.
 * References: Incropera & DeWitt, Fundamentals of Heat and Mass Transfer, 6th ed., sect. 5.1 (lumped
 *   capacitance: energy balance eq. 5.2, exponential solution eq. 5.6) and sect. 5.3 (general lumped
 *   capacitance analysis, with a heat source);
 *   Khankari (2011), "Rate of heating analysis of data centers during power shutdown", ASHRAE Trans. 117(1),
 *   LV-11-C026 (a room heats at a rate set by its heat capacity; costs-accelerators-resilience-policy.md 3c).
 * Validated by: test/models/resilience/thermalMass.test.ts (analytic cases, a fine explicit Euler integration,
 *   energy balance) and test/validation/rideThrough.validation.test.ts (a room's heat-up rate against Hosting365)
 * @example temperatureAfter({ tempC: 24 }, { heatCapacityJPerK: 1e6, conductanceWPerK: 0, ambientC: 24 }, 60, 1e5, 0).tempC // => 30
 */

export interface ThermalMassState {
  tempC: number;
}

export interface ThermalMassParams {
  /** Lumped heat capacity of the loop, J/K (loopCapacitance.ts builds it). */
  heatCapacityJPerK: number;
  /** Linear loss to the surroundings, W/K; 0 when omitted. */
  conductanceWPerK: number;
  /** Temperature of the surroundings the loss goes to, degC (unused when conductanceWPerK is 0). */
  ambientC: number;
}

function checkParams(p: ThermalMassParams, tempC: number, heatInW: number, heatRemovedW: number): void {
  if (!(p.heatCapacityJPerK > 0 && Number.isFinite(p.heatCapacityJPerK))) {
    throw new RangeError(`thermalMass: heat capacity ${p.heatCapacityJPerK} J/K must be finite and > 0`);
  }
  if (!(p.conductanceWPerK >= 0 && Number.isFinite(p.conductanceWPerK))) {
    throw new RangeError(`thermalMass: conductance ${p.conductanceWPerK} W/K must be finite and >= 0`);
  }
  for (const [name, v] of [['temperature', tempC], ['ambient', p.ambientC], ['heat in', heatInW], ['heat removed', heatRemovedW]] as const) {
    if (!Number.isFinite(v)) throw new RangeError(`thermalMass: ${name} ${v} must be finite`);
  }
}

/** The temperature the mass settles at under constant flows when UA > 0, degC. */
const settledTempC = (p: ThermalMassParams, heatInW: number, heatRemovedW: number): number =>
  p.ambientC + (heatInW - heatRemovedW) / p.conductanceWPerK;

/** The state after dtS seconds of constant heatInW and heatRemovedW (exact, closed form). */
export function temperatureAfter(state: ThermalMassState, p: ThermalMassParams, dtS: number, heatInW: number,
  heatRemovedW: number): ThermalMassState {
  checkParams(p, state.tempC, heatInW, heatRemovedW);
  if (!(dtS >= 0 && Number.isFinite(dtS))) throw new RangeError(`thermalMass: dtS ${dtS} must be finite and >= 0`);
  const netW = heatInW - heatRemovedW;
  const tauS = p.heatCapacityJPerK / p.conductanceWPerK;
  // UA = 0, or so small that tau overflows: the linear ramp (the exponential's limit)
  if (!Number.isFinite(tauS)) return { tempC: state.tempC + (netW * dtS) / p.heatCapacityJPerK };
  // T0 + (settled - T0)(1 - exp(-t/tau)) written as initial rate x tau x (1 - exp(-t/tau)): expm1 keeps the
  // digits when t << tau, and no settled temperature (netW / UA) is formed that could overflow
  const initialKPerS = (netW - p.conductanceWPerK * (state.tempC - p.ambientC)) / p.heatCapacityJPerK;
  return { tempC: state.tempC + initialKPerS * tauS * -Math.expm1(-dtS / tauS) };
}

/**
 * Seconds until the mass reaches limitC under constant flows (closed form): 0 when it is there already,
 * Infinity when the flows never take it there (it moves away, stands still, or settles short of the limit).
 */
export function timeToReach(limitC: number, state: ThermalMassState, p: ThermalMassParams, heatInW: number,
  heatRemovedW: number): number {
  checkParams(p, state.tempC, heatInW, heatRemovedW);
  if (!Number.isFinite(limitC)) throw new RangeError(`thermalMass: limit ${limitC} degC must be finite`);
  const gapK = limitC - state.tempC;
  if (gapK === 0) return 0;
  const netW = heatInW - heatRemovedW;
  const tauS = p.heatCapacityJPerK / p.conductanceWPerK;
  const settledC = settledTempC(p, heatInW, heatRemovedW);
  // UA = 0, or so small that tau or the settled temperature overflows: the linear ramp
  if (!Number.isFinite(tauS) || !Number.isFinite(settledC)) {
    return netW !== 0 && Math.sign(netW) === Math.sign(gapK) ? (p.heatCapacityJPerK * gapK) / netW : Infinity;
  }
  const startOffsetK = state.tempC - settledC; // T - settled decays as exp(-t/tau) from here
  const limitOffsetK = limitC - settledC;
  // Reached only if the limit lies strictly between the start and the settled temperature.
  if (startOffsetK === 0 || Math.sign(limitOffsetK) !== Math.sign(startOffsetK) || Math.abs(limitOffsetK) >= Math.abs(startOffsetK)) {
    return Infinity;
  }
  return -tauS * Math.log1p(gapK / startOffsetK); // ln(limitOffset / startOffset), gap = limitOffset - startOffset
}
