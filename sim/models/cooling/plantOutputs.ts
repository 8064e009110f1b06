/**
 * A sub-plant's outputs from one declaration: each numeric output named once, with the facility meter it
 * feeds when it is an electrical consumer. The output record type, its factory, the consumers' meter names
 * (the facility channels), the numeric fields a tape stores and the copies between a record and an array are all
 * derived from it, so a new consumer is one line of its plant's declaration (plus the line of the model that
 * computes it).
 *
 * Equation: none (bookkeeping). record = { each declared key: number } + { mode, clamped };
 *   consumers = declared keys with a `meter`, in declaration order; meters = their meter names;
 *   numeric fields = every declared key, in declaration order.
 * Assumptions: a meter named per variant (`{ dryCooler: ..., tower: ... }`) is chosen by the plant's variant
 *   (the liquid plant's rejection kind); one name otherwise. Declaration order is the channel order.
 * Validity: any declaration whose keys are numeric outputs; `mode` and `clamped` are reserved.
 * References: conventions.md principle 2 ("a model's output record, its meters and its columns come from one
 *   declaration"); airPlant.ts and liquidPlant.ts (the two declarations).
 * Validated by: test/models/cooling/plantOutputs.test.ts (derivations from the plants' and a synthetic declaration)
 * @example consumersOf(AIR_PLANT_OUTPUTS) // => ['crahFansW', 'chilledWaterPumpsW', 'chillerW', 'condenserPumpsW', 'towerFansW']
 */
import type { PlantMode } from './economizer.js';

/** One numeric output: the facility meter it feeds (a consumer), per variant or one for all; none otherwise. */
export interface OutputSpec {
  readonly meter?: string | Readonly<Record<string, string>>;
}

export type OutputDeclaration = Readonly<Record<string, OutputSpec>>;

/** The output record a declaration describes: every declared key a number, plus the plant's mode and clamping. */
export type PlantOutputOf<D extends OutputDeclaration> = { -readonly [K in keyof D]: number } & { mode: PlantMode; clamped: boolean };

/** The declared keys that are electrical consumers (have a meter). */
export type ConsumerOf<D extends OutputDeclaration> = { [K in keyof D]: D[K] extends { readonly meter: unknown } ? K : never }[keyof D] & string;

/** Every numeric output, in declaration order (the columns of a plant tape). */
export const numericFieldsOf = <D extends OutputDeclaration>(d: D): ReadonlyArray<keyof D & string> => Object.keys(d);

/** The consumers, in declaration order (the order of the plant's facility channels). */
export const consumersOf = <D extends OutputDeclaration>(d: D): ReadonlyArray<ConsumerOf<D>> =>
  Object.keys(d).filter((k) => d[k].meter !== undefined) as Array<ConsumerOf<D>>;

/** The consumers' facility meter names, in declaration order; `variant` picks a per-variant name. */
export function metersOf(d: OutputDeclaration, variant?: string): string[] {
  return consumersOf(d).map((k) => {
    const meter = d[k].meter!;
    if (typeof meter === 'string') return meter;
    const name = variant === undefined ? undefined : meter[variant];
    if (name === undefined) throw new RangeError(`${k}: no meter for variant ${String(variant)}`);
    return name;
  });
}

/** The keys, checked to be plain identifiers (they become code in the copiers below). */
export function plainNames(keys: readonly string[]): readonly string[] {
  for (const k of keys) if (!/^[A-Za-z_$][\w$]*$/.test(k)) throw new RangeError(`plant outputs: '${k}' is not a plain field name`);
  return keys;
}

/**
 * Copiers between a record's `keys` and a Float64Array (a[at + i] is the record's keys[i]), generated once from the
 * key list as straight-line code: the per-step path reads and writes each field by name, as hand-written code
 * would (a loop over the names would make each access a dynamic lookup), while the declaration stays the only
 * place naming them.
 */
export function copyToArray<T>(keys: ReadonlyArray<keyof T & string>): (record: T, a: Float64Array, at: number) => void {
  return new Function('record, a, at', plainNames(keys).map((k, i) => `a[at + ${i}] = record.${k};`).join(' ')) as (record: T, a: Float64Array, at: number) => void;
}

/** The reverse copy: record.keys[i] = a[at + i]. */
export function copyFromArray<T>(keys: ReadonlyArray<keyof T & string>): (a: Float64Array, at: number, record: T) => void {
  return new Function('a, at, record', plainNames(keys).map((k, i) => `record.${k} = a[at + ${i}];`).join(' ')) as (a: Float64Array, at: number, record: T) => void;
}

/** A factory of fresh output records (every number 0, mode 'free', not clamped), all of one shape. */
export function outputFactory<D extends OutputDeclaration>(d: D): () => PlantOutputOf<D> {
  const template: Record<string, unknown> = {};
  for (const k of Object.keys(d)) {
    if (k === 'mode' || k === 'clamped') throw new RangeError(`plant outputs: '${k}' is reserved`);
    template[k] = 0;
  }
  template.mode = 'free';
  template.clamped = false;
  return () => ({ ...template }) as PlantOutputOf<D>;
}
