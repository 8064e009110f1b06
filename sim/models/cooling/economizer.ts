/**
 * Waterside economizer: a plate heat exchanger between condenser (tower) water and the chilled-water
 * return, upstream of the chillers (series, "integrated" economizer).
 *
 * Equation:
 *   precooledC = coolingWaterC + approachK               (chilled water leaving the heat exchanger)
 *   free        if precooledC <= chilledWaterSupplyC:  freeFraction = 1, the chillers are off
 *   partial     if precooledC <  chilledWaterReturnC:  freeFraction = (returnC - precooledC) / (returnC - supplyC)
 *   mechanical  otherwise:                             freeFraction = 0
 *   the chillers then cool the water from min(precooledC, returnC) to chilledWaterSupplyC:
 *   chillerLoadW = (1 - freeFraction) * loadW
 * Assumptions: constant chilled-water flow and temperature difference within the interval (so load fractions
 *   are temperature fractions); the heat exchanger sees the condenser water the tower makes at full fan for
 *   this heat; no dead bands or minimum dwell times between modes (hourly steps are longer than the 20 min
 *   waits of the reference controller).
 * Validity: chilledWaterReturnC > chilledWaterSupplyC, approachK >= 0 (RangeError otherwise).
 * References: Stein (2009), "Waterside economizing in data centers: design and control considerations",
 *   ASHRAE Trans. 115(2) (modes FMC / PMC / FC), as implemented in Modelica Buildings
 *   Applications/DataCenters/ChillerCooled/Controls/CoolingMode.mo; metrics-parameters-tco.md section 2.3
 *   (FULL if T_supply_avail <= setpoint, PARTIAL if < return); Modelica Buildings Examples/ChillerWSE.mo
 *   (heat-exchanger approach 3 K, the default approachK used by the plant schema).
 * Validated by: test/models/cooling/economizer.test.ts (the three modes at hand-computed temperatures)
 * @example watersideEconomizer({ approachK: 3 }, { coolingWaterC: 15, chilledWaterSupplyC: 15, chilledWaterReturnC: 21 }) // => partial, freeFraction 0.5
 */

export type PlantMode = 'free' | 'partial' | 'mechanical';

export interface WatersideEconomizerParams {
  approachK: number;
}

export interface WatersideEconomizerInput {
  coolingWaterC: number;
  chilledWaterSupplyC: number;
  chilledWaterReturnC: number;
}

export interface WatersideEconomizerOutput {
  mode: PlantMode;
  freeFraction: number;
  precooledC: number;
}

export function watersideEconomizer(p: WatersideEconomizerParams, input: WatersideEconomizerInput): WatersideEconomizerOutput {
  return watersideEconomizerInto(p, input, { mode: 'mechanical', freeFraction: 0, precooledC: 0 });
}

/** watersideEconomizer writing every field of `out` and returning it (the per-step path: no record allocated). */
export function watersideEconomizerInto(p: WatersideEconomizerParams, input: WatersideEconomizerInput,
  out: WatersideEconomizerOutput): WatersideEconomizerOutput {
  const { chilledWaterSupplyC: supplyC, chilledWaterReturnC: returnC } = input;
  if (!(returnC > supplyC) || !(p.approachK >= 0)) {
    throw new RangeError(`economizer: need return > supply and approach >= 0, got ${returnC}, ${supplyC}, ${p.approachK}`);
  }
  const precooledC = input.coolingWaterC + p.approachK;
  if (precooledC <= supplyC) {
    out.mode = 'free';
    out.freeFraction = 1;
    out.precooledC = precooledC;
  } else if (precooledC < returnC) {
    out.mode = 'partial';
    out.freeFraction = (returnC - precooledC) / (returnC - supplyC);
    out.precooledC = precooledC;
  } else {
    out.mode = 'mechanical';
    out.freeFraction = 0;
    out.precooledC = returnC;
  }
  return out;
}
