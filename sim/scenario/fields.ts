/**
 * Zod field types for quantities with units. A scenario writes `105 kW`,
 * `40 degC`, `6 K`, `15 min`, `30 %`, `0.62 CNY/kWh`; each field converts once,
 * here, to the SI number the code uses (W, degC, K, s, 0-1, currency per J).
 *
 * mathjs only *parses units* here (`unit(text)`): no expression is evaluated,
 * so a scenario file can never execute code.
 *
 * Every failure message has the one grammar `expected <what>, got <found>`;
 * sim/scenario/messages.ts prefixes it with `FILE:LINE: dotted.path: `.
 */
import { z } from 'zod';
import { mathUnit } from './mathUnit.js';

/** SI target units a field can convert to, with a human name and an example for messages. */
export const QUANTITY_KINDS = {
  W: { name: 'a power', example: '105 kW' },
  J: { name: 'an energy', example: '20 MWh' },
  degC: { name: 'a temperature', example: '27 degC' },
  K: { name: 'a temperature difference', example: '6 K' },
  s: { name: 'a duration', example: '15 min' },
  m: { name: 'a length', example: '3 m' },
  'm^2': { name: 'an area', example: '1200 m^2' },
  Pa: { name: 'a pressure', example: '250 Pa' },
  'J/kg': { name: 'a specific enthalpy (SI, 0 degC reference)', example: '66 kJ/kg' },
  'm^3/s': { name: 'a volume flow', example: '12 m^3/s' },
  'kg/s': { name: 'a mass flow', example: '40 kg/s' },
  'kg/J': { name: 'an emission factor', example: '0.58 kg/kWh' },
  'L/J': { name: 'a water intensity', example: '1.8 L/kWh' },
  'W/m^2': { name: 'a power density', example: '10 W/m^2' },
  kg: { name: 'a mass', example: '500 kg' },
  L: { name: 'a volume', example: '1000 L' },
  Hz: { name: 'a rate', example: '72 /h' },
  B: { name: 'a memory size', example: '80 GB' },
} as const;
export type QuantityUnit = keyof typeof QUANTITY_KINDS;

export interface Bounds {
  /** Inclusive lower bound in the SI unit. */
  min?: number;
  /** Inclusive upper bound in the SI unit. */
  max?: number;
  /** Strict lower bound (value must be > this). */
  above?: number;
}

const show = (v: unknown): string => (typeof v === 'string' ? `'${v}'` : JSON.stringify(v) ?? String(v));

function boundsText(b: Bounds, unit: string): string {
  const u = unit === '1' ? '' : ` ${unit}`;
  if (b.min !== undefined && b.max !== undefined) return ` between ${b.min}${u} and ${b.max}${u}`;
  if (b.above !== undefined) return ` above ${b.above}${u}`;
  if (b.min !== undefined) return ` of at least ${b.min}${u}`;
  if (b.max !== undefined) return ` of at most ${b.max}${u}`;
  return '';
}

function inBounds(v: number, b: Bounds): boolean {
  if (b.min !== undefined && v < b.min) return false;
  if (b.max !== undefined && v > b.max) return false;
  if (b.above !== undefined && !(v > b.above)) return false;
  return Number.isFinite(v);
}

/** Converts `text` to a number in `to`; returns a message (expected..., got ...) on failure. */
export function parseQuantity(text: unknown, to: QuantityUnit, bounds: Bounds = {}): number | string {
  const kind = QUANTITY_KINDS[to];
  const expected = `expected ${kind.name} with a unit like '${kind.example}'${boundsText(bounds, to)}`;
  if (typeof text !== 'string') return `${expected}, got ${show(text)}`;
  let value: number;
  try {
    const u = mathUnit(text.trim());
    if (to === 'K') {
      // mathjs converts '5 degC' to 278.15 K: a difference given in degC is always a mistake.
      const name = u.units.map((x) => x.unit.name).join(' ');
      if (/deg[CF]|fahrenheit|celsius/.test(name)) {
        return `expected a temperature difference in K (a difference of 6 degC is '6 K'; degC converts to absolute kelvin), got ${show(text)}`;
      }
    }
    if (to === 'degC') {
      // '5 K' would become -268.15 degC: a kelvin value in a temperature field is almost always a difference.
      const name = u.units.map((x) => x.unit.name).join(' ');
      if (!/deg[CF]|fahrenheit|celsius/.test(name)) {
        return `expected a temperature in degC or degF like '${kind.example}' (K is for differences), got ${show(text)}`;
      }
    }
    if (u.value === null) return `${expected}, got ${show(text)} (no number)`;
    value = u.toNumber(to);
  } catch {
    return `${expected}, got ${show(text)}`;
  }
  if (!inBounds(value, bounds)) return `${expected}, got ${show(text)}`;
  return value;
}

/** A quantity field: a string with a unit, converted to the SI number in `to`. */
export function quantity(to: QuantityUnit, bounds: Bounds = {}) {
  return z
    .string()
    .or(z.number())
    .transform((raw, ctx) => {
      const v = parseQuantity(raw, to, bounds);
      if (typeof v === 'string') {
        ctx.addIssue({ code: 'custom', message: v, input: raw });
        return z.NEVER;
      }
      return v;
    })
    .meta({ description: `${QUANTITY_KINDS[to].name}, e.g. '${QUANTITY_KINDS[to].example}'` });
}

/** A plain number (dimensionless or a count), with bounds. */
export function plainNumber(bounds: Bounds = {}, what = 'a number') {
  return z.unknown().transform((raw, ctx) => {
    if (typeof raw !== 'number' || !inBounds(raw, bounds)) {
      ctx.addIssue({ code: 'custom', message: `expected ${what}${boundsText(bounds, '1')}, got ${show(raw)}`, input: raw });
      return z.NEVER;
    }
    return raw;
  }).meta({ type: 'number' } as Record<string, unknown>);
}

/** A whole count (racks, nodes, units), >= min. */
export function count(min = 0, max?: number) {
  return z.unknown().transform((raw, ctx) => {
    if (typeof raw !== 'number' || !Number.isInteger(raw) || raw < min || (max !== undefined && raw > max)) {
      const range = max === undefined ? `of at least ${min}` : `between ${min} and ${max}`;
      ctx.addIssue({ code: 'custom', message: `expected a whole number ${range}, got ${show(raw)}`, input: raw });
      return z.NEVER;
    }
    return raw;
  }).meta({ type: 'integer' } as Record<string, unknown>);
}

/** A 0-1 fraction written as `0.3` or `'30 %'`. */
export function fraction(bounds: Bounds = { min: 0, max: 1 }) {
  return z
    .string()
    .or(z.number())
    .transform((raw, ctx) => {
      let v: number = NaN;
      if (typeof raw === 'number') v = raw;
      else {
        const m = /^\s*([-+]?\d+(?:\.\d+)?(?:e[-+]?\d+)?)\s*%\s*$/i.exec(raw);
        if (m) v = Number(m[1]) / 100;
      }
      if (!inBounds(v, bounds)) {
        const lo = (bounds.min ?? 0) * 100;
        const hi = (bounds.max ?? 1) * 100;
        ctx.addIssue({
          code: 'custom',
          message: `expected a fraction between ${bounds.min ?? 0} and ${bounds.max ?? 1} (or ${lo} % to ${hi} %), got ${show(raw)}`,
          input: raw,
        });
        return z.NEVER;
      }
      return v;
    })
    .meta({ description: "a fraction, e.g. 0.3 or '30 %'" });
}

/**
 * A price: `0.62 CNY/kWh`, `1200 CNY/kW`, `8 CNY/m^3`, `3000000 CNY`. The currency
 * code must be the scenario's (checked in normalize). Converted to currency per SI unit of `per`
 * (per J, per W, per m^3); `per` undefined means a plain amount.
 */
export function price(per?: QuantityUnit | 'm^3' | 'kg', bounds: Bounds = { min: 0 }) {
  const example = per === undefined ? '3000000 CNY' : per === 'J' ? '0.62 CNY/kWh' : per === 'W' ? '1200 CNY/kW' : `10 CNY/${per}`;
  return z
    .string()
    .or(z.number())
    .transform((raw, ctx) => {
      const fail = (why = '') => {
        ctx.addIssue({
          code: 'custom',
          message: `expected a price like '${example}'${boundsText(bounds, 'per unit')}${why}, got ${show(raw)}`,
          input: raw,
        });
        return z.NEVER;
      };
      if (typeof raw !== 'string') return fail();
      const m = /^\s*([-+]?\d+(?:\.\d+)?(?:e[-+]?\d+)?)\s*([A-Z]{3})\s*(?:\/\s*(.+?))?\s*$/.exec(raw);
      if (!m) return fail();
      const amount = Number(m[1]);
      const perText = m[3];
      if ((per === undefined) !== (perText === undefined)) return fail();
      let value = amount;
      if (per !== undefined && perText !== undefined) {
        try {
          value = amount / mathUnit(`1 ${perText}`).toNumber(per);
        } catch {
          return fail();
        }
      }
      if (!inBounds(value, bounds)) return fail();
      return { amount: value, currency: m[2] };
    })
    .meta({ description: `a price, e.g. '${example}'` });
}
export type Price = { amount: number; currency: string };
