/**
 * The scenario schema (zod 4): one site, one workload, 1-20 designs compared on
 * the same weather and jobs. Strict objects everywhere: an unknown key is an
 * error, never a silently ignored typo. Each domain's fragment lives in
 * schema/<domain>.ts; this file assembles them and adds the cross-field rules:
 * design ids are unique; racks that leave heat in room air need an air plant
 * (schema/roomAir.ts); a metering boundary names meters the design has (schema/boundary.ts);
 * per-equipment cooling prices cover every equipment class the design's cooling plant installs.
 */
import { z } from 'zod';
import { count } from './fields.js';
import { makeSiteSchema } from './schema/site.js';
import { weatherSchema } from './schema/climate.js';
import { workloadSchema } from './schema/workload.js';
import { itSchema, racksSchema } from './schema/it.js';
import { powerChainSchema } from './schema/power.js';
import { coolingSchema } from './schema/cooling.js';
import { checkCoolingPricesCover, costsSchema, uncertaintySchema } from './schema/costs.js';
import { checkPickedCurrencies } from './schema/costCatalogue.js';
import { checkAirPlantForRoomHeat } from './schema/roomAir.js';
import { heatReuseSchema } from './schema/heatReuse.js';
import { checkBoundaryMeters, meteringBoundarySchema } from './schema/boundary.js';
import { loadsSchema } from './schema/loads.js';
import { siteCostsSchema } from './schema/siteCosts.js';
import { resilienceSchema } from './schema/resilience.js';

/** Lowercase words joined by '-': scenario names become output folder names, design ids column names. */
const slug = (example: string) =>
  z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: `expected lowercase letters, digits and '-', like '${example}'` });

/** ISO 4217 codes known to this Node's ICU (full-icu in official builds). */
const CURRENCIES = new Set(Intl.supportedValuesOf('currency'));

/** The domain fragments a scenario is assembled from (schema/<domain>.ts). */
export interface Fragments {
  weather: z.ZodType;
  workload: z.ZodType;
  racks: z.ZodType;
  it: z.ZodType;
  power: z.ZodType;
  cooling: z.ZodType;
  costs: z.ZodType;
  uncertainty: z.ZodType;
}

/** Every key of a design's groupRacks names a node group of the workload. */
function checkGroupRacks(s: { workload?: { groups?: { id: string }[] }; designs?: { groupRacks?: Record<string, unknown> }[] }, ctx: z.RefinementCtx): void {
  const ids = s.workload?.groups?.map((g) => g.id);
  if (ids === undefined) return;
  s.designs?.forEach((d, i) => {
    for (const key of Object.keys(d.groupRacks ?? {})) {
      if (!ids.includes(key)) ctx.addIssue({ code: 'custom', path: ['designs', i, 'groupRacks', key], message: `expected a node group name of workload.nodes (${ids.join(', ')}), got '${key}'` });
    }
  });
}

/** Adds an issue on every repeated design id, naming the first use. */
function checkUniqueIds(designs: unknown, ctx: z.RefinementCtx): void {
  if (!Array.isArray(designs)) return;
  const firstIndex = new Map<string, number>();
  designs.forEach((design: unknown, i) => {
    const id = (design as { id?: unknown } | null)?.id;
    if (typeof id !== 'string') return;
    const first = firstIndex.get(id);
    if (first === undefined) firstIndex.set(id, i);
    else ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `expected a unique design id, got '${id}' (also designs[${first}].id)` });
  });
}

/**
 * The scenario schema around the given fragments. The app uses the real ones
 * (`scenarioSchema`); the loader's tests pass stand-ins so that their messages
 * do not change whenever a domain's fields do.
 */
export function makeScenarioSchema<F extends Fragments>(f: F) {
  const design = z.strictObject({
    id: slug('liquid-pod').meta({ description: 'unique id, used in reports and --set designs[id=...]' }),
    name: z.string().min(1).meta({ description: 'name shown in reports' }),
    racks: f.racks as F['racks'],
    groupRacks: z.record(z.string(), f.racks as F['racks']).optional()
      .meta({ description: "rack type per node group of workload.nodes (e.g. { b200: { type: liquid-pod, ... }, l20: { type: air, ... } }); groups not named use racks" }),
    it: (f.it as F['it']).optional(),
    power: (f.power as F['power']).optional(),
    cooling: f.cooling as F['cooling'],
    costs: (f.costs as F['costs']).optional(),
    loads: loadsSchema.optional(),
    heatReuse: heatReuseSchema.optional(),
    meteringBoundary: meteringBoundarySchema.optional(),
  }).superRefine((d, ctx) => {
    checkAirPlantForRoomHeat(d, ctx);
    checkBoundaryMeters(d, ctx);
    checkCoolingPricesCover(d, ctx);
  });
  return z.strictObject({
    $schema: z.string().optional().meta({ description: 'JSON Schema for editors; ignored by dctwin' }),
    name: slug('hangzhou-default').meta({ description: 'scenario name, also the default output folder' }),
    description: z.string().optional(),
    seed: count(0, 0xffffffff).meta({ description: 'random seed: same seed, same numbers' }).prefault(1),
    currency: z
      .string()
      .refine((code) => CURRENCIES.has(code), { error: "expected an ISO 4217 currency code like 'CNY', 'USD' or 'EUR'" })
      .meta({ description: 'ISO 4217 code; every price in the file must use it' }),
    site: makeSiteSchema(f.weather as F['weather']),
    costs: siteCostsSchema.optional(),
    workload: f.workload as F['workload'],
    // `when` runs the id check even when a design has other problems, so all are reported at once.
    designs: z.array(design).min(1).max(20).superRefine(checkUniqueIds, { when: () => true }),
    uncertainty: (f.uncertainty as F['uncertainty']).optional(),
    resilience: resilienceSchema.optional(),
    // Expanded into one scenario per site before validation (loadSites.ts); parseScenarioText refuses it (one site).
    sites: z.unknown().optional().meta({ description: 'several sites, each simulated with the same workload and designs (see the README, Several sites)' }),
  }).superRefine((s, ctx) => {
    checkPickedCurrencies(s as Parameters<typeof checkPickedCurrencies>[0], ctx);
    checkGroupRacks(s as Parameters<typeof checkGroupRacks>[0], ctx);
  });
}

export const scenarioSchema = makeScenarioSchema({
  weather: weatherSchema,
  workload: workloadSchema,
  racks: racksSchema,
  it: itSchema,
  power: powerChainSchema,
  cooling: coolingSchema,
  costs: costsSchema,
  uncertainty: uncertaintySchema,
});

/** The validated file, SI numbers and suffixed names, before normalize adds its source. */
export type ScenarioParsed = z.output<typeof scenarioSchema>;
/** A loaded scenario: the validated file plus where it came from (`dir` resolves its relative paths). */
export type Scenario = ScenarioParsed & { file: string; dir: string };
export type Design = Scenario['designs'][number];

/** Whether `code` is an ISO 4217 currency code. */
export const isCurrencyCode = (code: string): boolean => CURRENCIES.has(code);

/**
 * JSON Schema of the scenario *input* for editors (yaml-language-server,
 * VS Code). Draft-07, the draft every editor and ajv's default understand.
 * Unit fields are strings whose unit the schema cannot check; dctwin does.
 */
export function scenarioJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(scenarioSchema, { io: 'input', unrepresentable: 'any', target: 'draft-7' });
  const { $schema, ...rest } = schema;
  siteAcceptsRecords(rest.properties as Record<string, Record<string, unknown>>);
  sitesList(rest as { properties: Record<string, Record<string, unknown>>; required?: string[] });
  return { $schema, title: 'dctwin scenario', description: 'one site, one workload, and the designs to compare on them', ...rest };
}

/** A site record (siteRecords.ts) fills name, weather and gridCarbon before validation: with `record:` they may be left out, and `site: <id>` is short for `{ record: <id> }`. */
function siteAcceptsRecords(properties: Record<string, Record<string, unknown>>): void {
  const site = properties.site;
  const required = (site.required as string[] | undefined) ?? [];
  const block = { ...site, required: [], anyOf: [{ required }, { required: ['record'] }] };
  properties.site = { anyOf: [block, { type: 'string', minLength: 1, description: 'id of a site record in scenarios/sites/china-hubs.yaml, e.g. cn-hohhot' }] };
}

/**
 * `sites:` (siteEntries.ts): 2-50 entries, each a record id or the fields of `site:` plus region, currency and
 * the shared money keys of `costs:`; with it, `site:` is optional (it then holds defaults every entry may override).
 */
function sitesList(schema: { properties: Record<string, Record<string, unknown>>; required?: string[] }): void {
  const p = schema.properties;
  const [block, id] = p.site.anyOf as Record<string, unknown>[];
  const fields = { ...(block.properties as Record<string, unknown>), region: { enum: ['east', 'west'], description: 'east or west (default: the record\'s); workload.latency: east-only excludes west sites' }, currency: { type: 'string', description: "ISO 4217 code of this site's prices (default: the scenario's currency)" }, costs: siteCosts(p.costs) };
  const entry = { ...block, properties: fields, description: 'a site: its fields replace site: defaults; its costs keys replace the top-level and every design\'s' };
  p.sites = { type: 'array', minItems: 2, maxItems: 50, items: { anyOf: [entry, id] }, description: p.sites.description };
  schema.required = (schema.required ?? []).filter((k) => k !== 'site');
  (schema as Record<string, unknown>).anyOf = [{ required: ['site'] }, { required: ['sites'] }];
}

/** A site's costs: the top-level block's keys, plus `catalogue` (cost year, exchange rates into the site's currency) for every design. */
function siteCosts(costs: Record<string, unknown>): Record<string, unknown> {
  const catalogue = { type: 'object', description: "the catalogue's conversion inputs at this site (costYear, escalation, exchangeRates into its currency, ranges); replaces every design's costs.catalogue" };
  return { ...costs, properties: { ...(costs.properties as Record<string, unknown>), catalogue } };
}
