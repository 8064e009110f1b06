/**
 * A design's named constant loads: the small facility consumers a real site meters separately (a tower filter
 * pump, trace heaters, offices, security), each with its own meter, and where its heat goes.
 *
 * Equation:
 *   each load's meter: powerW (constant in every interval)
 *   totalW = sum of powerW;  roomHeatW = sum of powerW of the loads whose heat is released in the room
 *   in the step (composeStep.ts): facility power += totalW; room-air heat += roomHeatW; the transformer
 *   carries totalW (fed from the LV switchboard after it, not through the UPS)
 * Assumptions: all their power becomes heat where they stand ('room': the cooled space, so the air plant
 *   removes it; 'outdoors': outside the cooled space, e.g. a pump in the tower yard, a heated pipe outdoors).
 *   The transformer is sized without them (they are small against its rating) but carries them.
 * Units: W.
 * Validity: powerW >= 0; names unique and distinct from every other meter (checked by the scenario schema).
 * References: NREL, "High-Performance Computing Data Center Power Usage Effectiveness" (ESIF's PUE meters list
 *   the tower filter pump, trace heaters and fan coils as their own items; test/validation/data/nrel-esif-pue.csv);
 *   ISO/IEC 30134-2 (E_DC includes "others" beside power delivery and cooling).
 * Validated by: test/models/power/constantLoads.test.ts (sums); test/facility/constantLoads.test.ts (meters,
 *   facility and cooling effect); unit tests only
 * @example constantLoads([{ name: 'offices', powerW: 20e3, heat: 'room' }, { name: 'filter-pump', powerW: 5e3, heat: 'outdoors' }])
 *   // => { names: ['offices', 'filter-pump'], powerW: [20000, 5000], totalW: 25000, roomHeatW: 20000 }
 */

export interface ConstantLoad {
  name: string;
  powerW: number;
  /** Where its heat is released: in the cooled room, or outside it. */
  heat: 'room' | 'outdoors';
}

export interface ConstantLoadParams {
  /** Meter names, in scenario order. */
  names: readonly string[];
  powerW: readonly number[];
  totalW: number;
  roomHeatW: number;
}

export const NO_CONSTANT_LOADS: ConstantLoadParams = { names: [], powerW: [], totalW: 0, roomHeatW: 0 };

export function constantLoads(loads: readonly ConstantLoad[]): ConstantLoadParams {
  let totalW = 0;
  let roomHeatW = 0;
  for (const l of loads) {
    if (!(l.powerW >= 0)) throw new RangeError(`constantLoads: '${l.name}' power must be >= 0, got ${l.powerW}`);
    totalW += l.powerW;
    if (l.heat === 'room') roomHeatW += l.powerW;
  }
  return { names: loads.map((l) => l.name), powerW: loads.map((l) => l.powerW), totalW, roomHeatW };
}
