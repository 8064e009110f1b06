/**
 * Compressor, partial and free hours per cooling loop (summary.json metrics.loops), so a design's liquid loop
 * running compressor-free is not hidden behind the chillers of its residual-air plant.
 *
 * Equation: per loop the design has (air: chilled-water plant; liquid: facility-water plant)
 *   compressorHours = time any of the loop's compressors ran (its partial hours included)
 *   partialHours = time the loop ran compressors and free rejection together
 *   freeHours = time the loop carried heat with no compressor
 *   compressorEnergyKWh = the energy of the loop's compressor meter (air: chiller; liquid: trimChiller)
 *   so compressorHours + freeHours = the time the loop carried heat; the headline chillerHours (any
 *   compressor of any loop) lies between the largest loop's compressorHours and their sum.
 * Assumptions: modes per control step as each plant reports them (airPlant.ts, liquidPlant.ts).
 * Units: s and J in, h and kWh out.
 * Validity: any run.
 * References: metrics-parameters-tco.md 2.3 (free, partial, mechanical hours); issue 12 item 5.
 * Validated by: test/metrics/loops.test.ts (bookkeeping unit tests; liquid free hours against `dctwin climate`)
 * @example loopMetrics({ liquid: { compressorS: 3600, partialS: 0, freeS: 7200, compressorEnergyJ: 3.6e6 } })
 *   // => { liquid: { compressorHours: 1, partialHours: 0, freeHours: 2, compressorEnergyKWh: 1 } }
 */
import type { LoopTotals } from '../simulation/trace.js';
import type { LoopMetrics } from '../types/summary.js';
import { hoursFromS, kWhFromJ } from '../units.js';

const loopOf = (t: LoopTotals): LoopMetrics => ({
  compressorHours: hoursFromS(t.compressorS),
  partialHours: hoursFromS(t.partialS),
  freeHours: hoursFromS(t.freeS),
  compressorEnergyKWh: kWhFromJ(t.compressorEnergyJ),
});

/** The loops the design has, liquid first (the key order of design.md). */
export function loopMetrics(loops: { readonly air?: LoopTotals; readonly liquid?: LoopTotals }): { liquid?: LoopMetrics; air?: LoopMetrics } {
  return {
    ...(loops.liquid === undefined ? {} : { liquid: loopOf(loops.liquid) }),
    ...(loops.air === undefined ? {} : { air: loopOf(loops.air) }),
  };
}
