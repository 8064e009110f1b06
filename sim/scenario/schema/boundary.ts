/**
 * Zod fragment of a design's `meteringBoundary`: which meters a published PUE leaves out, so that dctwin can
 * report a PUE at the same boundary beside its full PUE (summary.json metrics.boundaryPue).
 *
 *   meteringBoundary: { name: nrel-esif-meters, exclude: [transformerLoss, upsLoss, distributionLoss] }
 *
 * Example: NREL's ESIF PUE lists lighting, cooling, pumps, HVAC and IT, and no electrical-loss meter
 * (test/validation/data/nrel-esif-pue.csv). `it` is never excluded (it is the denominator too); a named
 * load (`loads`) may be.
 */
import { z } from 'zod';
import { AIR_PLANT_OUTPUTS } from '../../models/cooling/airPlant.js';
import { LIQUID_PLANT_OUTPUTS } from '../../models/cooling/liquidPlant.js';
import type { OutputDeclaration } from '../../models/cooling/plantOutputs.js';

/** The power chain's and misc meters (sim/simulation/designRun.ts channels; kept in step by test/scenario/schema/boundary.test.ts). */
export const CHAIN_AND_MISC_METERS = ['distributionLoss', 'upsLoss', 'transformerLoss', 'lighting', 'misc'] as const;

/** Every meter name a declaration can give, all variants. */
const allMeters = (d: OutputDeclaration): string[] =>
  Object.values(d).flatMap((o) => (o.meter === undefined ? [] : typeof o.meter === 'string' ? [o.meter] : Object.values(o.meter)));

/** Meters a boundary may leave out: the power chain, misc and every cooling consumer. */
export const EXCLUDABLE_METERS: readonly string[] = [...CHAIN_AND_MISC_METERS, ...allMeters(AIR_PLANT_OUTPUTS), ...allMeters(LIQUID_PLANT_OUTPUTS)];

export interface MeteringBoundary {
  name: string;
  /** Meter names left out of the numerator. */
  exclude: string[];
}

export const meteringBoundarySchema = z
  .strictObject({
    name: z.string().min(1).meta({ description: "name of the boundary, shown beside its PUE, e.g. 'nrel-esif-meters'" }),
    exclude: z.array(z.string().min(1)).min(1)
      .meta({ description: "meters outside the boundary (power chain, misc, cooling or a load's name), e.g. [transformerLoss, upsLoss]" }),
  })
  .transform((b): MeteringBoundary => ({ name: b.name, exclude: [...new Set(b.exclude)] }))
  .meta({ description: 'a metering boundary: the meters a published PUE leaves out; gives metrics.boundaryPue beside the full PUE' });

/** Adds an issue on each excluded name that is neither an excludable meter nor one of the design's loads. */
export function checkBoundaryMeters(design: unknown, ctx: z.RefinementCtx): void {
  const d = design as { meteringBoundary?: MeteringBoundary; loads?: Array<{ name: string }> };
  if (d.meteringBoundary === undefined) return;
  const loads = (d.loads ?? []).map((l) => l.name);
  const known = new Set([...EXCLUDABLE_METERS, ...loads]);
  d.meteringBoundary.exclude.forEach((name, i) => {
    if (known.has(name)) return;
    ctx.addIssue({ code: 'custom', path: ['meteringBoundary', 'exclude', i],
      message: `expected one of ${[...EXCLUDABLE_METERS].map((m) => `'${m}'`).join(', ')} or a load's name, got '${name}'` });
  });
}
