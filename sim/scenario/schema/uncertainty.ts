/**
 * The `uncertainty:` block: scenario path -> distribution (sim/tco/uncertainty.ts),
 * plus the optional `correlations:` list of stated rank correlations.
 *
 *   uncertainty:
 *     designs[*].costs.energy.flat: { triangular: [0.05 USD/kWh, 0.08 USD/kWh, 0.12 USD/kWh] }   # one draw, every design
 *     costs.discountRate: { uniform: [6 %, 9 %] }                                              # the top-level costs block
 *     designs[0].costs.capex.power: { normal: { p10: 2500 USD/kW, p90: 3500 USD/kW } }
 *     designs[1].costs.water: { uniform: [1 USD/m^3, 2 USD/m^3], shared: water-price }        # same name, same draw
 *     designs[2].costs.water: { uniform: [1 USD/m^3, 2 USD/m^3], shared: water-price }
 *     correlations:
 *       - { between: [designs[*].costs.energy.flat, costs.discountRate], rank: 0.5 }
 *
 * Zod reads the block with the parsers' own messages; the JSON Schema editors
 * see is written here from zod descriptions of each form (`.meta` replaces the
 * generated `unknown`), so completion lists every distribution and parameter.
 */
import { z } from 'zod';
import { parseDistributionSpec, parseScenarioPath, type UncertaintySpec } from '../../tco/uncertainty.js';
import { parseCorrelations, CORRELATIONS_KEY } from './correlations.js';

const value = z.union([z.number(), z.string()]).meta({ description: "a number with the target field's unit, e.g. '0.62 CNY/kWh'" });
const shared = z.string().meta({ description: "draw-group name: inputs with the same name (and distribution) take one draw per sample, e.g. 'grid-price'" });
const percentiles = z.strictObject({ p10: value, p50: value.optional(), p90: value });

/** Every form parseDistributionSpec accepts, for the JSON Schema only. */
const distributionForms = z.union([
  z.strictObject({ uniform: z.tuple([value, value]).meta({ description: '[min, max]' }), shared: shared.optional() }),
  z.strictObject({ triangular: z.tuple([value, value, value]).meta({ description: '[min, mode, max]' }), shared: shared.optional() }),
  z.strictObject({
    normal: z.union([z.strictObject({ mean: value, sd: value }), percentiles]).meta({ description: '{ mean, sd } or { p10, p50?, p90 } (p50 defaults to their midpoint)' }),
    shared: shared.optional(),
  }),
  z.strictObject({
    lognormal: z.union([
      z.strictObject({ median: value, sigma: z.number().meta({ description: 'standard deviation of ln(value), a plain number like 0.2' }) }),
      percentiles,
    ]).meta({ description: '{ median, sigma } or { p10, p50?, p90 } (p50 defaults to their geometric mean)' }),
    shared: shared.optional(),
  }),
]);

const correlationForm = z.strictObject({
  between: z.tuple([z.string(), z.string()]).meta({ description: 'two paths of this block' }),
  rank: z.number().meta({ description: 'Spearman rank correlation in (-1, 1), induced by the Iman-Conover method' }),
});

const jsonSchemaOf = (schema: z.ZodType) => {
  const { $schema: _omit, ...rest } = z.toJSONSchema(schema, { io: 'input', target: 'draft-7' });
  return rest;
};

export const uncertaintySchema = z
  .record(z.string(), z.unknown())
  .transform((raw, ctx): UncertaintySpec => {
    const spec: UncertaintySpec = {};
    for (const path of Object.keys(raw).sort()) {
      if (path === CORRELATIONS_KEY) continue;
      const parts = parseScenarioPath(path);
      const parsed = typeof parts === 'string' ? parts : parseDistributionSpec(raw[path]);
      if (typeof parsed === 'string') ctx.addIssue({ code: 'custom', message: parsed, path: [path], input: raw[path] });
      else spec[path] = parsed;
    }
    checkSharedGroups(spec, ctx);
    if (CORRELATIONS_KEY in raw) {
      for (const p of parseCorrelations(raw[CORRELATIONS_KEY], spec)) ctx.addIssue({ code: 'custom', message: p.message, path: [CORRELATIONS_KEY, ...p.path], input: raw[CORRELATIONS_KEY] });
    }
    return spec;
  })
  .meta({
    description: "map of scenario path to distribution, e.g. 'designs[*].costs.energy.flat': { triangular: ['0.5 CNY/kWh', '0.62 CNY/kWh', '0.8 CNY/kWh'] } " +
      "('designs[*]': one draw per sample for every design), and correlations: [{ between: [path, path], rank: 0.5 }]",
    properties: { [CORRELATIONS_KEY]: { type: 'array', items: jsonSchemaOf(correlationForm), description: 'stated rank correlations between inputs (Iman-Conover)' } },
    additionalProperties: jsonSchemaOf(distributionForms),
  } as Record<string, unknown>);

/** Inputs with one `shared:` name are one draw: they must agree on distribution and unit. */
function checkSharedGroups(spec: UncertaintySpec, ctx: z.RefinementCtx): void {
  const first = new Map<string, string>();
  for (const path of Object.keys(spec)) {
    const name = spec[path].shared;
    if (name === undefined) continue;
    const other = first.get(name);
    if (other === undefined) {
      first.set(name, path);
      continue;
    }
    const same = spec[other].unit === spec[path].unit && JSON.stringify(spec[other].distribution) === JSON.stringify(spec[path].distribution);
    if (!same) {
      ctx.addIssue({ code: 'custom', path: [path, 'shared'], input: name,
        message: `expected the same distribution and unit as '${other}' (shared: ${name}, one draw per sample), got a different one` });
    }
  }
}
