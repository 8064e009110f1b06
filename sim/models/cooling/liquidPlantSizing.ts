/**
 * Sizes a liquid plant at the design point: CDU and facility pumps for the design heat, the free-rejection
 * unit for the design heat at the design weather and its approach, and the trim chiller for the shortfall
 * free rejection leaves at the design weather.
 *
 * Equation:
 *   cdu pump: design flow = heatW / (cpWater * tcsDeltaTK);  facilityHeatW = heatW + cdu pump + facility pump
 *   dry cooler: ratedHeatW = facilityHeatW, designAirInC = dryBulbC (or dryBulbC - eff * (dryBulbC - wetBulbC)
 *     when the adiabatic assist runs at design), range = facilityDeltaTK; capacityFactor = installed / duty
 *   tower: ratedHeatW = facilityHeatW at the design wet bulb, range = facilityDeltaTK
 *   series (dry cooler ahead of towers): towers as above; the dry cooler for facilityHeatW with its approach at
 *     designAirInC = facilitySupplyC - approachK (the warmest air at which it alone holds the supply at full load)
 *   trim chiller: designTrimW = max(trim load of liquidPlantPower at the design point, 0.1 * facilityHeatW),
 *     sized as a chiller bank at (facilitySupplyC, dryBulbC) when air-cooled; water-cooled at the condenser
 *     condenserC = max(wetBulbC + tower approach, minCondenserWaterC), with tower cells for designTrimW + its
 *     compressor power at design and a condenser pump for the tower's design flow
 * Assumptions: fans sized at design.pressurePa, the site's air (default sea level); the 10 % floor keeps a trim chiller useful in hours hotter than the design condition (the 0.4 %
 *   condition is exceeded about 35 h a year); redundant CDUs and pumps share flow and are not modelled.
 * Validity: heatW > 0 (a zero-heat plant is sized for 1 W and never runs).
 * References: component files; ASHRAE Handbook Fundamentals 2017 ch. 14 (0.4 % design conditions);
 *   installed-unit rule of sim/models/power/redundancy.ts.
 * Validated by: test/models/cooling/liquidPlant.test.ts (design point held: no clamping at design weather)
 * @example sizeLiquidPlant(spec, { heatW: 1e6, dryBulbC: 35, wetBulbC: 28 }).facilitySupplyC // => 32 for W32
 */
import { installedUnits } from '../power/redundancy.js';
import { ratedPumpPowerW, sizePump, waterFlowKgPerS } from './pump.js';
import { sizeDryCooler } from './dryCooler.js';
import { sizeCoolingTower } from './coolingTower.js';
import { liquidPlantPower, type LiquidPlantParams, type LiquidRejection } from './liquidPlant.js';
import { sizeChillerBank, type DesignPoint } from './airPlantSizing.js';
import { COOLING_DEFAULTS, type DryCoolerSpec, type LiquidPlantSpec, type LiquidTowerSpec } from './plantSpec.js';
import { stagedChillers } from './chillerStaging.js';
import { STANDARD_PRESSURE_PA } from './fluids.js';

/** The water-cooled trim chiller's condenser pump: the air plant's default (EnergyPlus Pump:VariableSpeed, plantSpec.ts). */
const TRIM_CONDENSER_PUMP = COOLING_DEFAULTS.air.pump;

/** Floor of the trim-chiller size as a fraction of the design facility heat (assumption, see above). */
const MIN_TRIM_FRACTION = 0.1;

export function sizeLiquidPlant(spec: LiquidPlantSpec, design: DesignPoint): LiquidPlantParams {
  const heatW = Math.max(design.heatW, 1);
  const pressurePa = design.pressurePa ?? STANDARD_PRESSURE_PA;
  const cduPump = sizePump(waterFlowKgPerS(heatW, spec.cdu.tcsDeltaTK), spec.cdu.pump.headPa, spec.cdu.pump.efficiency, spec.cdu.pump.minFlowFraction);
  const cduPowerW = ratedPumpPowerW(cduPump);
  const fp = spec.facilityPump;
  const facilityPump = sizePump(waterFlowKgPerS(heatW + cduPowerW, spec.facilityDeltaTK), fp.headPa, fp.efficiency, fp.minFlowFraction);
  const facilityHeatW = heatW + cduPowerW + ratedPumpPowerW(facilityPump);
  const r = spec.rejection;
  const dryUnit = (d: DryCoolerSpec, designAirInC: number) => sizeDryCooler({
    ratedHeatW: facilityHeatW, designAirInC, designApproachK: d.approachK, designRangeK: spec.facilityDeltaTK, fanPowerPerHeat: d.fanPowerPerHeat,
    capacityFactor: installedUnits(d.dutyUnits, 1, d.redundancy) / d.dutyUnits, adiabatic: d.adiabatic, pressurePa,
  });
  const towerUnit = (t: LiquidTowerSpec) => sizeCoolingTower({
    ratedHeatW: facilityHeatW, designWetBulbC: design.wetBulbC, designApproachK: t.approachK, designRangeK: spec.facilityDeltaTK,
    fanPowerPerHeat: t.fanPowerPerHeat, evaporationLossPerK: t.evaporationLossPerK, driftFraction: t.driftFraction,
    cyclesOfConcentration: t.cyclesOfConcentration, capacityFactor: installedUnits(t.dutyCells, 1, t.redundancy) / t.dutyCells, pressurePa,
  });
  let rejection: LiquidRejection;
  if (r.kind === 'dryCooler') {
    const a = r.adiabatic;
    const wetAtDesign = a !== undefined && design.dryBulbC > a.aboveC;
    rejection = { kind: 'dryCooler', unit: dryUnit(r, wetAtDesign ? design.dryBulbC - a.effectiveness * (design.dryBulbC - design.wetBulbC) : design.dryBulbC) };
  } else if (r.kind === 'tower') rejection = { kind: 'tower', unit: towerUnit(r) };
  // Series: the dry cooler carries the whole design heat alone up to (supply - approach) air; the towers all of it at design.
  else rejection = { kind: 'series', unit: { dryCooler: dryUnit(r.dryCooler, spec.facilitySupplyC - r.dryCooler.approachK), tower: towerUnit(r.tower) } };
  const params: LiquidPlantParams = {
    facilitySupplyC: spec.facilitySupplyC,
    facilityDeltaTK: spec.facilityDeltaTK,
    cdu: { approachK: spec.cdu.approachK, tcsDeltaTK: spec.cdu.tcsDeltaTK, pump: cduPump },
    facilityPump,
    rejection,
  };
  if (spec.trimChiller === undefined) return params;
  const designWeather = { dryBulbC: design.dryBulbC, wetBulbC: design.wetBulbC, pressurePa };
  const shortfallW = liquidPlantPower(params, heatW, designWeather).trimLoadW;
  const needW = Math.max(shortfallW, MIN_TRIM_FRACTION * facilityHeatW);
  const t = spec.trimCondenserTower;
  if (t === undefined) return { ...params, trim: sizeChillerBank(spec.trimChiller, needW, spec.facilitySupplyC, design.dryBulbC) };
  // Water-cooled: condenser water at the tower's design approach to the design wet bulb; tower cells for the condenser heat.
  const condenserC = Math.max(design.wetBulbC + t.approachK, t.minCondenserWaterC);
  const trim = sizeChillerBank(spec.trimChiller, needW, spec.facilitySupplyC, condenserC);
  const compressorW = stagedChillers(trim, { loadW: needW, chilledWaterSupplyC: spec.facilitySupplyC, condenserEnteringC: condenserC }).powerW;
  const tower = sizeCoolingTower({
    ratedHeatW: needW + compressorW, designWetBulbC: design.wetBulbC, designApproachK: t.approachK, designRangeK: t.rangeK,
    fanPowerPerHeat: t.fanPowerPerHeat, evaporationLossPerK: t.evaporationLossPerK, driftFraction: t.driftFraction,
    cyclesOfConcentration: t.cyclesOfConcentration, capacityFactor: installedUnits(t.dutyCells, 1, t.redundancy) / t.dutyCells, pressurePa,
  });
  const pump = sizePump(tower.designWaterKgPerS, TRIM_CONDENSER_PUMP.headPa, TRIM_CONDENSER_PUMP.efficiency, TRIM_CONDENSER_PUMP.minFlowFraction);
  return { ...params, trim, trimCondenser: { tower, pump, minCondenserWaterC: t.minCondenserWaterC } };
}
