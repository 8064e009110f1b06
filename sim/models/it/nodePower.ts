/**
 * Electrical power of one GPU node versus its utilization, before PSU losses
 * and server fans (those are separate models added per design).
 *
 * Equation (u = utilization 0-1, f(u) the shape, f(0) = 0, f(1) = 1):
 *   powerW = idlePowerW + (peakPowerW - idlePowerW) * f(u)      (node on)
 *   powerW = standbyPowerW                                      (node powered down)
 *   linear:    f(u) = u
 *   powerLaw:  f(u) = u^exponent
 *   fanBarroso: f(u) = 2u - u^r   (Fan, Weber & Barroso 2007, eq. 2; r = 1.4 fitted there)
 *   table:     piecewise-linear through measured (u_i, P_i) points; P_i in W replaces the line above
 * Assumptions: power depends on utilization only (no temperature, no DVFS state);
 *   utilization of a node is the mean over its GPUs (busy GPU-equivalents / GPUs).
 * Validity: 0 <= u <= 1. Outside: u is clamped and `clamped` is set.
 *   fanBarroso needs 1 <= r <= 2 so that f is monotonic on [0, 1] (f'(1) = 2 - r >= 0).
 * References:
 *   SPECpower_ssj2008 Run and Reporting Rules, sec. 2.5.2 (power at 11 load levels 0-100 %,
 *     interpolated linearly) - the `table` form; OpenDC PowerModels.java (linear, square, cubic,
 *     sqrt, MSE = Fan et al., interpolate) - atlarge-research/opendc
 *     opendc-simulator-compute/src/main/java/org/opendc/simulator/compute/power/PowerModels.java;
 *   Fan, Weber, Barroso, "Power provisioning for a warehouse-sized computer", ISCA 2007, sec. 4.1,
 *     eq. 1 (linear) and eq. 2 (2u - u^r, r = 1.4);
 *   NVIDIA DGX H100 datasheet (2023): 8x H100 SXM, "~10.2 kW max" system power -> default peak. That is a
 *     wall-input figure: the scenario converts it to component power first (nameplate.ts, nodes.powerIncludes).
 * Validated by: test/models/it/nodePower.test.ts (hand-computed values, monotonicity, bounds)
 * @example nodePowerW({ idlePowerW: 2000, peakPowerW: 10200, shape: { kind: 'linear' } }, { utilization: 0.5 })
 *   // => { powerW: 6100, clamped: false }
 */

/** NVIDIA DGX H100 datasheet: system power ~10.2 kW max (8x H100 SXM 700 W each + host). */
export const DGX_H100_PEAK_POWER_W = 10_200;
/** NVIDIA DGX H100 datasheet: 8 GPUs per system. */
export const DGX_H100_GPUS = 8;
/** Fan, Weber & Barroso (ISCA 2007) sec. 4.1: exponent r = 1.4 of the empirical (2u - u^r) model. */
export const FAN_BARROSO_R = 1.4;

export type NodePowerShape =
  | { kind: 'linear' }
  | { kind: 'powerLaw'; exponent: number }
  | { kind: 'fanBarroso'; r: number }
  | { kind: 'table'; utilization: readonly number[]; powerW: readonly number[] };

export interface NodePowerParams {
  /** Power at zero utilization, node on, W (ignored by `table`, which gives P(0) itself). */
  idlePowerW: number;
  /** Power at full utilization, W (ignored by `table`). */
  peakPowerW: number;
  shape: NodePowerShape;
  /** Power of a powered-down node (BMC, standby rails), W; default 0. */
  standbyPowerW?: number;
}

export interface NodePowerInput {
  /** Mean GPU utilization of the node, 0-1. */
  utilization: number;
  /** False for a powered-down node; default true. */
  poweredOn?: boolean;
}

export interface NodePowerOutput {
  powerW: number;
  /** True when the utilization was outside 0-1 and was clamped. */
  clamped: boolean;
}

/** Node electrical power (W) at the given utilization; see the equation above. */
export function nodePowerW(params: NodePowerParams, input: NodePowerInput): NodePowerOutput {
  if (input.poweredOn === false) return { powerW: params.standbyPowerW ?? 0, clamped: false };
  const u = input.utilization;
  const clamped = !(u >= 0 && u <= 1);
  return { powerW: nodePowerCurve(params)(clamped ? (u > 1 ? 1 : 0) : u), clamped };
}

/**
 * The model as a plain function of utilization (already within 0-1), for hot loops that
 * evaluate it millions of times: built once, no allocation per call. Checks the parameters.
 */
export function nodePowerCurve(params: NodePowerParams): (utilization: number) => number {
  const shape = params.shape;
  if (shape.kind === 'table') return tableCurve(shape.utilization, shape.powerW);
  const idleW = params.idlePowerW;
  const spanW = params.peakPowerW - idleW;
  if (!(idleW >= 0) || !(spanW >= 0)) {
    throw new RangeError(`node power: need 0 <= idle (${idleW} W) <= peak (${params.peakPowerW} W)`);
  }
  switch (shape.kind) {
    case 'linear':
      return (u) => idleW + spanW * u;
    case 'powerLaw': {
      const k = shape.exponent;
      if (!(k > 0)) throw new RangeError(`node power: power-law exponent must be > 0, got ${k}`);
      return k === 1 ? (u) => idleW + spanW * u : (u) => idleW + spanW * Math.pow(u, k);
    }
    case 'fanBarroso': {
      const r = shape.r;
      if (!(r >= 1 && r <= 2)) throw new RangeError(`node power: Fan-Barroso r must be in [1, 2], got ${r}`);
      return (u) => idleW + spanW * (2 * u - Math.pow(u, r));
    }
  }
}

function tableCurve(us: readonly number[], ps: readonly number[]): (u: number) => number {
  const n = us.length;
  if (n < 2 || ps.length !== n || us[0] !== 0 || us[n - 1] !== 1) {
    throw new RangeError('node power table: need >= 2 points, equal lengths, utilization from 0 to 1');
  }
  for (let i = 1; i < n; i++) {
    if (!(us[i] > us[i - 1])) throw new RangeError('node power table: utilization must increase');
  }
  const xs = Float64Array.from(us);
  const ys = Float64Array.from(ps);
  return (u) => {
    let i = 1;
    while (i < n - 1 && xs[i] < u) i++;
    const x0 = xs[i - 1];
    return ys[i - 1] + ((ys[i] - ys[i - 1]) * (u - x0)) / (xs[i] - x0);
  };
}
