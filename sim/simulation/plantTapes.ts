/**
 * Per-step memory of sub-plant results across runs: Monte Carlo samples that change one plant of a design
 * (say its dry cooler) leave its other plant (its residual air plant) with the same parameters, the same
 * heat and the same weather at every step. A tape belongs to one sub-plant's parameters (compared as JSON)
 * and holds, per control step, the inputs it was last evaluated with (heat, dry bulb, wet bulb, pressure)
 * and its outputs. A step whose inputs equal the recorded ones gets the recorded outputs: the models are
 * pure, so that is exactly what they would return; any other step is evaluated and recorded. Results
 * therefore never depend on what the tapes hold (test/simulation/plantTapes.test.ts).
 * Memory: a plant is taped from its second run on; tapes are dropped least recently used first beyond
 * `maxBytes`; a run too long for one tape is not taped at all.
 */
import type { SubPlantModels } from '../models/cooling/plant.js';
import type { CoolingParams } from '../models/cooling/plant.js';
import type { PlantWeather } from '../models/cooling/airPlant.js';
import { airPlantPowerInto, type AirPlantOutput } from '../models/cooling/airPlant.js';
import { liquidPlantPowerInto, type LiquidPlantOutput } from '../models/cooling/liquidPlant.js';
import type { PlantMode } from '../models/cooling/economizer.js';

const MODES: readonly PlantMode[] = ['free', 'partial', 'mechanical'];
const AIR_FIELDS = ['crahFansW', 'chilledWaterPumpsW', 'chillerW', 'condenserPumpsW', 'towerFansW', 'waterKgPerS', 'chillerLoadW', 'heatRejectedW'] as const;
const LIQUID_FIELDS = ['cduPumpsW', 'facilityPumpsW', 'rejectionFansW', 'trimChillerW', 'waterKgPerS', 'trimLoadW', 'trimDeliveredW', 'heatRejectedW'] as const;
/** Plant keys remembered without a tape (oldest forgotten first). */
const MAX_SEEN = 64;
/** Per step: heat, dry bulb, wet bulb, pressure, the numeric outputs, mode, clamped. */
const WIDTH = 4 + AIR_FIELDS.length + 2;

/** A key that tells every number apart (JSON writes NaN and Infinity as null). */
const keyOf = (kind: string, params: unknown): string =>
  `${kind}:${JSON.stringify(params, (_k, v: unknown) => (typeof v === 'number' && !Number.isFinite(v) ? String(v) : v))}`;

export class PlantTapes {
  private readonly tapes = new Map<string, Float64Array>();
  /** Keys seen once, without a tape: a plant is taped from its second run on (most samples change most plants). */
  private readonly seen = new Set<string>();
  private bytes = 0;

  constructor(private readonly maxBytes = 32 * 2 ** 20) {}

  /** Stand-ins for the sub-plant models of `cooling` over a run of `steps` steps; `step()` is the current one. */
  models(cooling: CoolingParams, steps: number, step: () => number): SubPlantModels {
    const air = cooling.air && this.tape(keyOf('air', cooling.air), steps);
    const liquid = cooling.liquid && this.tape(keyOf('liquid', cooling.liquid), steps);
    return {
      air: air ? (p, heatW, w, out, ws) => taped(air, step(), heatW, w, AIR_FIELDS, out, airPlantPowerInto, p, ws) : airPlantPowerInto,
      liquid: liquid ? (p, heatW, w, out, ws) => taped(liquid, step(), heatW, w, LIQUID_FIELDS, out, liquidPlantPowerInto, p, ws) : liquidPlantPowerInto,
    };
  }

  /** The tape of this key, most recently used from now on; a new one if none (undefined if it cannot fit). */
  private tape(key: string, steps: number): Float64Array | undefined {
    let tape = this.tapes.get(key);
    if (tape !== undefined && tape.length === steps * WIDTH) {
      this.tapes.delete(key);
      this.tapes.set(key, tape);
      return tape;
    }
    const bytes = steps * WIDTH * Float64Array.BYTES_PER_ELEMENT;
    if (bytes > this.maxBytes) return undefined;
    if (!this.seen.has(key)) {
      if (this.seen.size >= MAX_SEEN) this.seen.delete(this.seen.values().next().value as string);
      this.seen.add(key);
      return undefined;
    }
    if (tape !== undefined) this.drop(key, tape);
    for (const [oldest, old] of this.tapes) {
      if (this.bytes + bytes <= this.maxBytes) break;
      this.drop(oldest, old);
    }
    tape = new Float64Array(steps * WIDTH).fill(Number.NaN); // NaN inputs never match: every step evaluates once
    this.tapes.set(key, tape);
    this.bytes += bytes;
    return tape;
  }

  private drop(key: string, tape: Float64Array): void {
    this.tapes.delete(key);
    this.bytes -= tape.byteLength;
  }
}

type Fields = typeof AIR_FIELDS | typeof LIQUID_FIELDS;

/** The recorded output of this step written into `out` if its inputs match, else `evaluate` written into `out` and recorded. */
function taped<P, T extends AirPlantOutput | LiquidPlantOutput, W>(tape: Float64Array, step: number, heatW: number, w: PlantWeather,
  fields: Fields, out: T, evaluate: (params: P, heatW: number, w: PlantWeather, out: T, ws: W) => T, params: P, ws: W): T {
  const row = step * WIDTH;
  if (row + WIDTH > tape.length) return evaluate(params, heatW, w, out, ws);
  const values = out as unknown as Record<string, number>;
  if (tape[row] === heatW && tape[row + 1] === w.dryBulbC && tape[row + 2] === w.wetBulbC && tape[row + 3] === w.pressurePa) {
    for (let k = 0; k < fields.length; k++) values[fields[k]] = tape[row + 4 + k];
    out.mode = MODES[tape[row + 4 + fields.length]];
    out.clamped = tape[row + 5 + fields.length] === 1;
    return out;
  }
  evaluate(params, heatW, w, out, ws);
  tape[row] = heatW;
  tape[row + 1] = w.dryBulbC;
  tape[row + 2] = w.wetBulbC;
  tape[row + 3] = w.pressurePa;
  for (let k = 0; k < fields.length; k++) tape[row + 4 + k] = values[fields[k]];
  tape[row + 4 + fields.length] = MODES.indexOf(out.mode);
  tape[row + 5 + fields.length] = out.clamped ? 1 : 0;
  return out;
}
