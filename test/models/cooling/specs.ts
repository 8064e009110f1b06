/** Plant specs shared by the cooling tests: the two shapes of the default scenario, with schema defaults. */
import { COOLING_DEFAULTS as D, type AirPlantSpec, type LiquidPlantSpec } from '../../../sim/models/cooling/plantSpec.js';

export const airSpec: AirPlantSpec = {
  supplyAirC: 24, returnAirC: 36, chilledWaterSupplyC: 15, chilledWaterReturnC: 21,
  chiller: { ...D.air.chiller }, tower: { ...D.air.tower, approachK: 4, cyclesOfConcentration: 4 },
  economizer: { type: 'waterside', approachK: D.air.economizerApproachK }, crah: { ...D.air.crah },
  chilledWaterPump: D.air.pump, condenserPump: D.air.pump,
};

export const liquidSpec = (facilitySupplyC = 32, adiabatic = true): LiquidPlantSpec => ({
  facilitySupplyClass: 'W32', facilitySupplyC, facilityDeltaTK: D.liquid.facilityDeltaTK, cdu: D.liquid.cdu, facilityPump: D.liquid.facilityPump,
  rejection: {
    kind: 'dryCooler', approachK: 6, fanPowerPerHeat: D.liquid.dryCooler.fanPowerPerHeat, dutyUnits: 4, redundancy: 'N+1',
    ...(adiabatic ? { adiabatic: { aboveC: 28, effectiveness: 0.7, cyclesOfConcentration: 3 } } : {}),
  },
  trimChiller: { ...D.liquid.trimChiller },
});

/** Hangzhou-like 0.4 % design condition (the caller passes the weather file's own in a run). */
export const design = { dryBulbC: 36.5, wetBulbC: 28.5 };
export const atm = 101325;
