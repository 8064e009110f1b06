/**
 * Sizes every unit of a chilled-water air plant at the design point: full design heat and the design
 * weather (e.g. the weather file's 0.4 % condition), with the scenario's redundancy.
 *
 * Equation:
 *   CRAH: designFlow = crahAirFlowM3PerS(heatW); duty = ceil(heatW / unitCapacityW); installed by redundancy;
 *         ratedUnitFlow = designFlow / duty
 *   chilled-water pump: design flow for coilLoadW (+ design.chilledWaterLoadW of CDUs on this water) at (chwReturnC - chwSupplyC)
 *   chillers: loadW = coilLoadW + pump; condenser at design = wetBulbC + tower approach (water-cooled) or dryBulbC;
 *         duty = ceil(loadW / unitCapacityW); ratedCapacityW = loadW / (duty * capFT(chwSupplyC, condenserC))
 *   tower: ratedHeatW = loadW + chiller power at design; capacityFactor = installed cells / duty cells
 *   condenser pump: the tower's design water flow
 *   airside economizer: the relative-humidity limit becomes the dew point at the supply temperature, and the
 *   lower of it and the dew-point limit is the economizer's upper moisture limit
 * Assumptions: every unit is sized at the site's air pressure (design.pressurePa: a fan at 1,829 m moves 1.25 times
 *   the sea-level volume for the same mass, at the same pressure rise); units of a group are identical; the design point is where the plant must carry full load
 *   without standby units (with an airside economizer too: the chillers can carry the whole load with the dampers shut); pumps are one aggregate per loop (redundant pumps do not change power).
 * Validity: heatW > 0 (a zero-heat plant is sized for 1 W and never runs).
 * References: installed-unit rule shared with sim/models/power/redundancy.ts (Uptime Tier N, N+1, 2N); site pressure
 *   from the standard atmosphere at the elevation (ASHRAE Handbook Fundamentals 2017 ch. 1 eq. 3, psychrometrics.ts);
 *   component files for each rating.
 * Validated by: test/models/cooling/airPlant.test.ts (design point: loads met, chillers at PLR <= 1)
 * @example sizeAirPlant(spec, { heatW: 1e6, dryBulbC: 35, wetBulbC: 28 }).chillers.installed // => 2 (N+1 of 1)
 */
import { installedUnits } from '../power/redundancy.js';
import { crahAirFlowM3PerS, crahFans, type CrahParams } from './crah.js';
import { ratedPumpPowerW, sizePump, waterFlowKgPerS } from './pump.js';
import { CHILLER_CURVE_SETS } from './curves.js';
import { chillerModifiers } from './chiller.js';
import { stagedChillers } from './chillerStaging.js';
import { sizeCoolingTower } from './coolingTower.js';
import { STANDARD_PRESSURE_PA } from './fluids.js';
import type { AirPlantParams } from './airPlant.js';
import { COOLING_DEFAULTS, type AirPlantSpec, type AirsideEconomizerSpec, type ChillerSpec } from './plantSpec.js';
import { dewPointFromRelativeHumidityC } from '../climate/psychrometrics.js';
import type { ChillerBankParams } from './chillerStaging.js';

export interface DesignPoint {
  heatW: number;
  dryBulbC: number;
  wetBulbC: number;
  /** Site air pressure, Pa (station or standard-atmosphere pressure at the elevation); default sea level. */
  pressurePa?: number;
  /** Chilled-water load besides the CRAH coils (CDUs on the chilled water, chilledWaterCdus.ts), W; default 0. */
  chilledWaterLoadW?: number;
}

/** A chiller bank sized to carry loadW at (chilledWaterC, condenserC) with its duty units. */
export function sizeChillerBank(spec: ChillerSpec, loadW: number, chilledWaterC: number, condenserC: number): ChillerBankParams {
  const curves = CHILLER_CURVE_SETS[spec.type];
  const duty = Math.max(1, Math.ceil(loadW / spec.unitCapacityW - 1e-9));
  const { capFT } = chillerModifiers(curves, chilledWaterC, condenserC);
  return {
    unit: { curves, ratedCapacityW: loadW / (duty * capFT), ratedCop: spec.ratedCop ?? curves.referenceCop },
    installed: installedUnits(loadW, loadW / duty, spec.redundancy),
  };
}

/** The airside economizer's run parameters: the RH limit becomes a dew point at the supply temperature (the lower of the two limits). */
function airsideParams(spec: AirPlantSpec): NonNullable<AirPlantParams['airside']> {
  const a: AirsideEconomizerSpec = spec.economizer.airside ?? COOLING_DEFAULTS.air.airside;
  const rhDewPointC = dewPointFromRelativeHumidityC(spec.supplyAirC, a.maxRelativeHumidity);
  return {
    economizer: {
      supplyAirC: spec.supplyAirC, returnAirC: spec.returnAirC, maxDewPointC: Math.min(a.maxDewPointC, rhDewPointC), minDewPointC: a.minDewPointC,
      humidify: a.humidification === 'adiabatic', evaporativeEffectiveness: a.evaporativeEffectiveness,
      highLimitDryBulbC: a.highLimitDryBulbC ?? Infinity, highLimitEnthalpyJPerKg: a.highLimitEnthalpyJPerKg ?? Infinity,
    },
    extraPressurePa: a.extraPressurePa,
    cyclesOfConcentration: a.cyclesOfConcentration,
  };
}

export function sizeAirPlant(spec: AirPlantSpec, design: DesignPoint): AirPlantParams {
  const heatW = Math.max(design.heatW, 1);
  const pressurePa = design.pressurePa ?? STANDARD_PRESSURE_PA;
  const duty = Math.max(1, Math.ceil(heatW / spec.crah.unitCapacityW - 1e-9));
  const crah: CrahParams = {
    units: installedUnits(heatW, heatW / duty, spec.crah.redundancy),
    ratedUnitFlowM3PerS: crahAirFlowM3PerS({ supplyAirC: spec.supplyAirC, returnAirC: spec.returnAirC }, heatW, pressurePa) / duty,
    fanPressurePa: spec.crah.fanPressurePa,
    fanEfficiency: spec.crah.fanEfficiency,
    minSpeed: spec.crah.minSpeed,
    supplyAirC: spec.supplyAirC,
    returnAirC: spec.returnAirC,
  };
  const coilLoadW = crahFans(crah, { heatW, pressurePa }).coilLoadW + (design.chilledWaterLoadW ?? 0);
  const chwDeltaK = spec.chilledWaterReturnC - spec.chilledWaterSupplyC;
  const pumpSpec = spec.chilledWaterPump;
  const chilledWaterPump = sizePump(waterFlowKgPerS(coilLoadW, chwDeltaK), pumpSpec.headPa, pumpSpec.efficiency, pumpSpec.minFlowFraction);
  const loadW = coilLoadW + ratedPumpPowerW(chilledWaterPump);
  const waterCooled = CHILLER_CURVE_SETS[spec.chiller.type].condenser === 'water';
  const condenserC = waterCooled ? design.wetBulbC + spec.tower.approachK : design.dryBulbC;
  const chillers = sizeChillerBank(spec.chiller, loadW, spec.chilledWaterSupplyC, condenserC);
  const airside = spec.economizer.type === 'airside' ? airsideParams(spec) : undefined;
  const base = {
    chilledWaterSupplyC: spec.chilledWaterSupplyC, chilledWaterReturnC: spec.chilledWaterReturnC, crah, chilledWaterPump, chillers,
    ...(airside === undefined ? {} : { airside }),
  };
  if (!waterCooled) return base;
  const chillerPowerW = stagedChillers(chillers, { loadW, chilledWaterSupplyC: spec.chilledWaterSupplyC, condenserEnteringC: condenserC }).powerW;
  const t = spec.tower;
  const tower = sizeCoolingTower({
    ratedHeatW: loadW + chillerPowerW,
    designWetBulbC: design.wetBulbC,
    designApproachK: t.approachK,
    designRangeK: t.rangeK,
    fanPowerPerHeat: t.fanPowerPerHeat,
    evaporationLossPerK: t.evaporationLossPerK,
    driftFraction: t.driftFraction,
    cyclesOfConcentration: t.cyclesOfConcentration,
    capacityFactor: installedUnits(t.dutyCells, 1, t.redundancy) / t.dutyCells,
    pressurePa,
  });
  const cp = spec.condenserPump;
  return {
    ...base,
    condenser: {
      tower,
      pump: sizePump(tower.designWaterKgPerS, cp.headPa, cp.efficiency, cp.minFlowFraction),
      minCondenserWaterC: t.minCondenserWaterC,
      economizerApproachK: spec.economizer.type === 'waterside' ? spec.economizer.approachK : undefined,
    },
  };
}
