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
import { fieldsOf, sameFieldsAt } from './stepInput.js';
import { AIR_PLANT_OUTPUTS, airPlantPowerInto, type AirPlantOutput } from '../models/cooling/airPlant.js';
import { LIQUID_PLANT_OUTPUTS, liquidPlantPowerInto, type LiquidPlantOutput } from '../models/cooling/liquidPlant.js';
import { copyFromArray, copyToArray, numericFieldsOf } from '../models/cooling/plantOutputs.js';
import type { PlantMode } from '../models/cooling/economizer.js';

const MODES: readonly PlantMode[] = ['free', 'partial', 'mechanical'];
/** A tape's output columns: its plant's declared numeric outputs, in declaration order (plantOutputs.ts). */
export const AIR_FIELDS = numericFieldsOf(AIR_PLANT_OUTPUTS);
export const LIQUID_FIELDS = numericFieldsOf(LIQUID_PLANT_OUTPUTS);
/** Plant keys remembered without a tape (oldest forgotten first). */
const MAX_SEEN = 64;
/** A sub-plant step's inputs, all compared and recorded: its heat, then every field of its weather (a field added to PlantWeather is a compile error until listed). */
const WEATHER_FIELDS = fieldsOf<PlantWeather>()(['dryBulbC', 'wetBulbC', 'pressurePa']);
const INPUTS = 1 + WEATHER_FIELDS.length;
/** True when a row's recorded inputs are this step's, and their recording (generated from the list, stepInput.ts). */
const sameInputs = sameFieldsAt<PlantWeather>(WEATHER_FIELDS);
const recordInputs = copyToArray<PlantWeather>(WEATHER_FIELDS);
/** A tape row's width for a plant with these output columns; per step: heat, the weather fields, the outputs, mode, clamped. */
export const rowWidth = (fields: readonly string[]): number => INPUTS + fields.length + 2;

/** A plant's tape layout: its output columns, its row width and the copies of its outputs to and from a row (generated, plantOutputs.ts). */
interface Columns<T> {
  fields: ReadonlyArray<keyof T & string>;
  width: number;
  toRow: (record: T, a: Float64Array, at: number) => void;
  fromRow: (a: Float64Array, at: number, record: T) => void;
}
const columns = <T>(fields: ReadonlyArray<keyof T & string>): Columns<T> =>
  ({ fields, width: rowWidth(fields), toRow: copyToArray<T>(fields), fromRow: copyFromArray<T>(fields) });
const AIR_COLUMNS = columns<AirPlantOutput>(AIR_FIELDS);
const LIQUID_COLUMNS = columns<LiquidPlantOutput>(LIQUID_FIELDS);

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
    const air = cooling.air && this.tape(keyOf('air', cooling.air), steps * AIR_COLUMNS.width);
    const liquid = cooling.liquid && this.tape(keyOf('liquid', cooling.liquid), steps * LIQUID_COLUMNS.width);
    return {
      air: air ? (p, heatW, w, out, ws) => taped(air, step(), heatW, w, AIR_COLUMNS, out, airPlantPowerInto, p, ws) : airPlantPowerInto,
      liquid: liquid ? (p, heatW, w, out, ws) => taped(liquid, step(), heatW, w, LIQUID_COLUMNS, out, liquidPlantPowerInto, p, ws) : liquidPlantPowerInto,
    };
  }

  /** The tape of this key (`length` numbers), most recently used from now on; a new one if none (undefined if it cannot fit). */
  private tape(key: string, length: number): Float64Array | undefined {
    let tape = this.tapes.get(key);
    if (tape !== undefined && tape.length === length) {
      this.tapes.delete(key);
      this.tapes.set(key, tape);
      return tape;
    }
    const bytes = length * Float64Array.BYTES_PER_ELEMENT;
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
    tape = new Float64Array(length).fill(Number.NaN); // NaN inputs never match: every step evaluates once
    this.tapes.set(key, tape);
    this.bytes += bytes;
    return tape;
  }

  private drop(key: string, tape: Float64Array): void {
    this.tapes.delete(key);
    this.bytes -= tape.byteLength;
  }
}

/** The recorded output of this step written into `out` if its inputs match, else `evaluate` written into `out` and recorded. */
function taped<P, T extends AirPlantOutput | LiquidPlantOutput, W>(tape: Float64Array, step: number, heatW: number, w: PlantWeather,
  columns: Columns<T>, out: T, evaluate: (params: P, heatW: number, w: PlantWeather, out: T, ws: W) => T, params: P, ws: W): T {
  const { width, fields } = columns;
  const row = step * width;
  if (row + width > tape.length) return evaluate(params, heatW, w, out, ws);
  if (sameInputs(tape, row, heatW, w)) {
    columns.fromRow(tape, row + INPUTS, out);
    out.mode = MODES[tape[row + INPUTS + fields.length]];
    out.clamped = tape[row + INPUTS + 1 + fields.length] === 1;
    return out;
  }
  evaluate(params, heatW, w, out, ws);
  tape[row] = heatW;
  recordInputs(w, tape, row + 1);
  columns.toRow(out, tape, row + INPUTS);
  tape[row + INPUTS + fields.length] = MODES.indexOf(out.mode);
  tape[row + INPUTS + 1 + fields.length] = out.clamped ? 1 : 0;
  return out;
}
