/**
 * Zod fragment of a design's `power` block (the power chain). Input keys are
 * plain; the output is PowerChainConfig of models/power/chainSizing.ts (SI,
 * suffixed names), which sizePowerChain turns into PowerChainParams once the
 * design IT and mechanical power are known. Every field is optional, with a cited default.
 *
 *   power:
 *     transformer: { rating: 2500 kVA, redundancy: N+1 }
 *     ups: { mode: double-conversion, redundancy: N+1, moduleRating: 500 kW }
 *     distribution: busbar
 *     lighting: { density: 18.4 W/m^2 }
 *     misc: 1 %
 */
import { z } from 'zod';
import { mathUnit } from '../mathUnit.js';
import { count, fraction, parseQuantity, quantity } from '../fields.js';
import type { PowerChainConfig } from '../../models/power/chainSizing.js';
import { COMPUTER_ROOM_LIGHTING_W_PER_M2, DISTRIBUTION_DESIGN_LOSS_FRACTION, UPS_LOSS_SETS, type DistributionKind, type UpsMode } from '../../models/power/curves.js';
import { MISC_FRACTION_OF_DESIGN_IT } from '../../models/power/lighting.js';
import { tier2Row } from '../../models/power/transformer.js';

/** Grid-side power factor of IT with PFC supplies: 80 PLUS Platinum requires >= 0.95 for servers (tag S). */
const POWER_FACTOR = 0.95;
/** UPS module rating: 500 kW, a common large-UPS module/frame size (planner's sketch; tag U). */
const UPS_MODULE_RATING_W = 500_000;
const show = (v: unknown) => (typeof v === 'string' ? `'${v}'` : JSON.stringify(v));

/** An apparent power like '2500 kVA', in VA (mathjs knows VA; fields.ts has no VA kind yet). */
const apparentPower = z.string().or(z.number()).transform((raw, ctx) => {
  const expected = "expected an apparent power with a unit like '2500 kVA'";
  let why = '';
  try {
    const u = typeof raw === 'string' ? mathUnit(raw.trim()) : undefined;
    // mathjs treats VA and W as the same dimension: insist on VA so '2 MW' is not read as 2 MVA.
    if (u && !u.units.some((x) => x.unit.name === 'VA')) why = ' (transformers are rated in apparent power: VA, not W)';
    const v = u && why === '' ? u.toNumber('VA') : NaN;
    if (Number.isFinite(v) && v > 0) return v;
  } catch { /* reported below */ }
  ctx.addIssue({ code: 'custom', message: `${expected}${why}, got ${show(raw)}`, input: raw });
  return z.NEVER;
}).meta({ description: "an apparent power, e.g. '2500 kVA'" });

const redundancy = z.enum(['N', 'N+1', '2N']);

const transformerSchema = z.strictObject({
  rating: apparentPower.optional().meta({ description: 'rating of one unit; default: smallest EU Tier 2 rating that carries the design load' }),
  units: count(1).optional().meta({ description: 'installed units; default from the design load and redundancy' }),
  noLoadLoss: quantity('W', { min: 0 }).optional().meta({ description: 'no-load loss of one unit; default EU 548/2014 Tier 2' }),
  loadLoss: quantity('W', { min: 0 }).optional().meta({ description: 'load loss of one unit at rated current; default EU 548/2014 Tier 2' }),
  powerFactor: fraction({ min: 0.5, max: 1 }).optional(),
  redundancy: redundancy.optional().meta({ description: "'N', 'N+1' (default) or '2N'" }),
}).superRefine((t, ctx) => {
  const custom = t.rating !== undefined && tier2Row(t.rating) === undefined;
  if (custom && (t.noLoadLoss === undefined || t.loadLoss === undefined)) {
    ctx.addIssue({
      code: 'custom',
      path: ['rating'],
      message: `expected a Tier 2 table rating (630, 800, 1000, 1250, 1600, 2000, 2500 or 3150 kVA) or noLoadLoss and loadLoss, got ${(t.rating ?? 0) / 1000} kVA without losses`,
    });
  }
});

const upsSchema = z.strictObject({
  mode: z.enum(Object.keys(UPS_LOSS_SETS) as [UpsMode, ...UpsMode[]]).optional().meta({ description: "'double-conversion' (default) or 'eco'" }),
  redundancy: redundancy.optional().meta({ description: "'N', 'N+1' (default) or '2N'" }),
  moduleRating: quantity('W', { above: 0 }).optional().meta({ description: "rating of one module, e.g. '500 kW'" }),
  modules: count(1).optional().meta({ description: 'installed modules; default from the design load and redundancy' }),
  noLoadLoss: fraction({ min: 0, max: 0.2 }).optional().meta({ description: 'no-load loss, share of module rating' }),
  proportionalLoss: fraction({ min: 0, max: 0.2 }).optional(),
  squareLawLoss: fraction({ min: 0, max: 0.2 }).optional().meta({ description: 'square-law loss at full load, share of module rating' }),
});

const distributionKind = z.enum(Object.keys(DISTRIBUTION_DESIGN_LOSS_FRACTION) as [DistributionKind, ...DistributionKind[]]);
const distributionSchema = z.union([
  distributionKind,
  z.strictObject({ kind: distributionKind, designLoss: fraction({ min: 0, max: 0.1 }).optional() }),
]).meta({ description: "'pdu' (default, 2 % at design) or 'busbar' (1 %), or { kind, designLoss }" });

const lightingSchema = z.strictObject({
  density: quantity('W/m^2', { min: 0 }).optional().meta({ description: "default 18.4 W/m^2 (ASHRAE computer room)" }),
  area: quantity('m^2', { min: 0 }).optional().meta({ description: 'lit white space; default racks x footprint x 2.5' }),
  on: fraction().optional().meta({ description: "mean share of lighting on (default '100 %')" }),
});

/** '1 %' (of design IT power) or '20 kW'. */
const miscSchema = z.string().or(z.number()).transform((raw, ctx) => {
  const percent = typeof raw === 'string' ? /^\s*(\d+(?:\.\d+)?)\s*%\s*$/.exec(raw) : null;
  if (percent && Number(percent[1]) <= 20) return { fraction: Number(percent[1]) / 100 };
  const w = parseQuantity(raw, 'W', { min: 0 });
  if (typeof w === 'number') return { powerW: w };
  ctx.addIssue({ code: 'custom', message: `expected a share of design IT power like '1 %' (at most 20 %) or a power like '20 kW', got ${show(raw)}`, input: raw });
  return z.NEVER;
}).meta({ description: "misc facility load: '1 %' of design IT power (default) or a power like '20 kW'" });

export const powerChainSchema = z
  .strictObject({
    transformer: transformerSchema.optional(),
    ups: upsSchema.optional(),
    distribution: distributionSchema.optional(),
    lighting: lightingSchema.optional(),
    misc: miscSchema.optional(),
    mechanicalOnUps: fraction().optional().meta({ description: "share of cooling power fed through the UPS (e.g. CDU pumps), default '0 %'" }),
  })
  .transform((p): PowerChainConfig => {
    const mode = p.ups?.mode ?? 'double-conversion';
    const set = UPS_LOSS_SETS[mode];
    const dist = typeof p.distribution === 'string' ? { kind: p.distribution } : p.distribution ?? { kind: 'pdu' as const };
    return {
      transformer: {
        ratedVA: p.transformer?.rating,
        units: p.transformer?.units,
        noLoadLossW: p.transformer?.noLoadLoss,
        loadLossW: p.transformer?.loadLoss,
        powerFactor: p.transformer?.powerFactor ?? POWER_FACTOR,
        redundancy: p.transformer?.redundancy ?? 'N+1',
      },
      ups: {
        coefficients: {
          name: [p.ups?.noLoadLoss, p.ups?.proportionalLoss, p.ups?.squareLawLoss].some((v) => v !== undefined) ? `${set.name} (adjusted)` : set.name,
          source: set.source,
          noLoad: p.ups?.noLoadLoss ?? set.noLoad,
          proportional: p.ups?.proportionalLoss ?? set.proportional,
          squareLaw: p.ups?.squareLawLoss ?? set.squareLaw,
        },
        moduleRatingW: p.ups?.moduleRating ?? UPS_MODULE_RATING_W,
        modules: p.ups?.modules,
        redundancy: p.ups?.redundancy ?? 'N+1',
      },
      distribution: { designLossFraction: ('designLoss' in dist ? dist.designLoss : undefined) ?? DISTRIBUTION_DESIGN_LOSS_FRACTION[dist.kind] },
      lighting: { densityWPerM2: p.lighting?.density ?? COMPUTER_ROOM_LIGHTING_W_PER_M2, areaM2: p.lighting?.area, onFraction: p.lighting?.on ?? 1 },
      misc: p.misc ?? { fraction: MISC_FRACTION_OF_DESIGN_IT },
      mechanicalOnUpsFraction: p.mechanicalOnUps ?? 0,
    };
  })
  .meta({ description: 'power chain: transformer, UPS, distribution, lighting, misc (all optional)' });

/** The `power` block a design gets when it writes none. */
export const DEFAULT_POWER_CHAIN: PowerChainConfig = powerChainSchema.parse({});
