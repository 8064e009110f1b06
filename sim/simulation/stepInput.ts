/**
 * The step record: everything a design's control step depends on, declared once. The cluster's mean state
 * over the interval (shared by all designs: they serve the same jobs on the same nodes) and the interval's
 * weather. STEP_INPUT_FIELDS lists it; a field added to the record is a compile error until it is listed
 * (fieldsOf), and every cache between a step's inputs and its results compares every listed field:
 * DesignRun's last-step reuse (designRun.ts, sameStepInput), and the plant tapes (plantTapes.ts), which key
 * each sub-plant step on its own record (its heat and every PlantWeather field, listed the same way).
 * Checked by test/simulation/stepInput.test.ts. Per-group state (the XPU pool) is the `groups` array, and a design's
 * units in service (failures, resilience/availability.ts) the `inService` array, each compared and copied element
 * by element; future inputs (prices) are fields here.
 */
import { plainNames } from '../models/cooling/plantOutputs.js';

export interface StepInput {
  /** Mean compute power of the powered nodes over the interval, before PSU losses and fans, W. */
  computePowerW: number;
  /** Mean number of powered nodes (time-weighted, so fractional). */
  poweredNodes: number;
  /** Mean utilization of the powered nodes, 0-1. */
  meanUtilization: number;
  /** The interval's outdoor dry bulb and wet bulb, degC, and station pressure, Pa. */
  dryBulbC: number;
  wetBulbC: number;
  pressurePa: number;
  /**
   * Several node groups (the XPU pool): per group g, [3g] its compute power W, [3g + 1] powered nodes, [3g + 2] mean
   * utilization, each the interval's mean like the totals above; empty with one group (the totals are its own).
   */
  groups: Float64Array;
  /**
   * With failures: units in service of each of the design's failure groups (resilience/designUnits.ts order) over
   * the interval; empty when every unit is in service (designRun.ts sets it per design, the shared record leaves it empty).
   */
  inService: Float64Array;
}

/** Values per group in StepInput.groups. */
export const GROUP_STEP_VALUES = 3;
/** The `groups` of a one-group record (never written: a one-group record's array is empty). */
export const NO_GROUPS: Float64Array = new Float64Array(0);

/**
 * `keys` as given, typed as a list of T's keys; a key of T missing from it is a compile error that names it.
 * @example fieldsOf<{ a: number; b: number }>()(['a']) // compile error: missing 'b'
 */
export const fieldsOf = <T>() => <const K extends readonly (keyof T & string)[]>(
  keys: K & ([Exclude<keyof T, K[number]>] extends [never] ? unknown : { missingFields: Exclude<keyof T, K[number]> })): K => keys;

/** Every field of StepInput, in declaration order. */
export const STEP_INPUT_FIELDS = fieldsOf<StepInput>()(['computePowerW', 'poweredNodes', 'meanUtilization', 'dryBulbC', 'wetBulbC', 'pressurePa', 'groups', 'inService']);
/** The array fields of the record (compared and copied element by element). */
const ARRAY_FIELDS: ReadonlySet<string> = new Set(['groups', 'inService']);

/** A step record of zeros (a fresh record for a caller to fill). */
export const newStepInput = (groupCount = 1): StepInput => ({
  computePowerW: 0, poweredNodes: 0, meanUtilization: 0, dryBulbC: 0, wetBulbC: 0, pressurePa: 0,
  groups: new Float64Array(groupCount > 1 ? GROUP_STEP_VALUES * groupCount : 0),
  inService: NO_FAILURES,
});
/** The `inService` of a record with every unit in service (never written). */
export const NO_FAILURES: Float64Array = new Float64Array(0);

/**
 * Comparison and copy of the listed fields, generated once from the list as straight-line code: the hot path
 * reads each field by name, as hand-written code would, while the list stays the only place naming them (a
 * loop over the list with keyed reads measured about 9 % slower on a 100-sample Monte Carlo run).
 */
const sameValues = (a: Float64Array, b: Float64Array): boolean => {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!(a[i] === b[i])) return false;
  return true;
};
/** Copy of an array field: in place when the lengths agree, else a fresh copy (a shared empty array is never written). */
const copyArray = (k: string): string => `if (to.${k}.length === from.${k}.length) to.${k}.set(from.${k}); else to.${k} = from.${k}.slice();`;
const compiled = <F>(params: string, body: string): F => new Function('sameValues', `return function (${params}) { ${body} };`)(sameValues) as F;
const fieldNames = (keys: readonly string[]) => plainNames(keys).filter((k) => !ARRAY_FIELDS.has(k));

/** True when every field of `a` equals `b`'s (===: NaN never equals, so a record holding NaN always misses). */
export const sameStepInput: (a: StepInput, b: StepInput) => boolean = compiled('a, b',
  `return ${[...fieldNames(STEP_INPUT_FIELDS).map((k) => `a.${k} === b.${k}`), ...[...ARRAY_FIELDS].map((k) => `sameValues(a.${k}, b.${k})`)].join(' && ')};`);

/** Copies every field of `from` into `to`. */
export const copyStepInput: (from: StepInput, to: StepInput) => void = compiled('from, to',
  [...fieldNames(STEP_INPUT_FIELDS).map((k) => `to.${k} = from.${k};`), ...[...ARRAY_FIELDS].map(copyArray)].join(' '));

/** For a tape row (plantTapes.ts): true when tape[row] is heatW and tape[row + 1 + i] is the record's fields[i], each. */
export const sameFieldsAt = <T>(fields: readonly (keyof T & string)[]): (tape: Float64Array, row: number, heatW: number, r: T) => boolean =>
  compiled('tape, row, heatW, r', `return tape[row] === heatW && ${fieldNames(fields).map((k, i) => `tape[row + ${1 + i}] === r.${k}`).join(' && ')};`);

