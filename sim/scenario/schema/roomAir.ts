/**
 * Cross-field rule of a design: racks that leave compute heat in room air need an air plant.
 *
 * Room air at ASHRAE's recommended 18-27 degC inlet cannot be made by warm facility water (W32: up to
 * 32 degC supply), so the air share of a hybrid or air rack needs `cooling.air` (CRAHs on chilled water with
 * its economizer). Before issue 12 such a design silently sent that heat into the warm-water loop with no fan
 * or chiller energy (a 60 % hybrid showed PUE 1.096 instead of 1.156).
 * A full-liquid rack (liquid capture 100 %) without `cooling.air` stays valid: its residual room heat (PSU
 * losses not captured, UPS and distribution losses, lighting) is small and the liquid plant takes it; the
 * assumption is stated in sim/models/cooling/plant.ts.
 * References: ASHRAE TC9.9 (2021) thermal guidelines, recommended inlet 18-27 degC, and liquid classes
 *   W17-W45 (metrics-parameters-tco.md 2.1-2.2).
 */
import type { z } from 'zod';

interface RackShape { type?: unknown; liquidCaptureFraction?: unknown }
interface DesignShape {
  racks?: RackShape;
  groupRacks?: Record<string, RackShape>;
  cooling?: { air?: unknown; liquid?: unknown };
}

const percent = (f: number) => `${Number((f * 100).toFixed(1))} %`;

/** Adds an issue at `cooling.air` when the design's racks leave compute heat in room air and it has no air plant. */
export function checkAirPlantForRoomHeat(design: unknown, ctx: z.RefinementCtx): void {
  const d = design as DesignShape;
  if (d.cooling === undefined || d.cooling.air !== undefined) return;
  // The design's racks, then each node group's own (groupRacks): the first that leaves heat in room air is reported.
  const named: [string, RackShape | undefined][] = [['racks', d.racks], ...Object.entries(d.groupRacks ?? {}).map(([g, r]): [string, RackShape] => [`groupRacks.${g}`, r])];
  const leaky = named.find(([, r]) => typeof r?.liquidCaptureFraction === 'number' && r.liquidCaptureFraction < 1);
  if (leaky === undefined) return;
  const [at, racks] = leaky;
  const capture = racks!.liquidCaptureFraction as number;
  const why = racks!.type === 'air' ? `${at}.type air` : `${at}.liquidCapture ${percent(capture)}`;
  ctx.addIssue({
    code: 'custom',
    path: ['cooling', 'air'],
    message: `expected an air plant (\`cooling.air\`: CRAHs on chilled water) because the racks leave ${percent(1 - capture)} of compute heat ` +
      `in room air (${why}), got none (warm facility water cannot make the supply air)`,
  });
}
