/**
 * What a scenario says about a design's cooling plant, in SI (the output of the scenario's cooling
 * schema), and the cited defaults the schema fills in for everything optional.
 *
 * Equation: none (data); ASHRAE liquid classes map to the maximum facility supply temperature
 *   W17 -> 17, W27 -> 27, W32 -> 32, W40 -> 40, W45 -> 45 degC.
 * Assumptions: a plant is `air` (chilled water, CRAHs), `liquid` (CDUs, facility water, free rejection, trim
 *   chiller) or both (hybrid, or liquid with a residual-air plant). Defaults tagged U are engineering
 *   assumptions without a single published source: scenarios should set them.
 * Validity: values as validated by sim/scenario/schema/cooling.ts.
 * References: ASHRAE TC9.9 (2021) liquid-cooling classes, 5th-edition names (metrics-parameters-tco.md 2.2,
 *   tag S); the sources named beside each default below.
 * Validated by: test/models/cooling/plant.test.ts (sizing and dispatch with these defaults)
 * @example FACILITY_SUPPLY_MAX_C.W32 // => 32
 */
import type { Redundancy } from '../power/redundancy.js';
import type { ChillerType } from './curves.js';

export type { Redundancy, ChillerType };

/** ASHRAE TC9.9 2021 liquid classes: maximum facility water supply temperature, degC (S2 in the notes). */
export const FACILITY_SUPPLY_MAX_C = { W17: 17, W27: 27, W32: 32, W40: 40, W45: 45 } as const;
export type LiquidClass = keyof typeof FACILITY_SUPPLY_MAX_C;

export interface PumpSpec {
  headPa: number;
  efficiency: number;
  minFlowFraction: number;
}

export interface ChillerSpec {
  type: ChillerType;
  redundancy: Redundancy;
  /** Largest unit capacity at design conditions, W: sets the duty count. */
  unitCapacityW: number;
  /** COP at the curve set's reference temperatures; undefined = the set's own reference COP. */
  ratedCop?: number;
}

export interface TowerSpec {
  approachK: number;
  rangeK: number;
  cyclesOfConcentration: number;
  driftFraction: number;
  /** EnergyPlus LossFactor mode, per K of range; undefined (default) = evaporation from the tower's air-side balance. */
  evaporationLossPerK?: number;
  fanPowerPerHeat: number;
  minCondenserWaterC: number;
  dutyCells: number;
  redundancy: Redundancy;
}

/** An airside economizer (airsideEconomizer.ts) as the scenario describes it, SI. */
export interface AirsideEconomizerSpec {
  maxDewPointC: number;
  /** Upper relative-humidity limit at the supply, 0-1 (applied as a dew point at the supply temperature). */
  maxRelativeHumidity: number;
  minDewPointC: number;
  humidification: 'adiabatic' | 'none';
  /** Direct evaporative cooler saturation effectiveness; 0 = none. */
  evaporativeEffectiveness: number;
  /** Added fan pressure while outdoor air flows (louvers, dampers, outdoor-air filters, media), Pa. */
  extraPressurePa: number;
  /** Cycles of concentration of the evaporative/humidifier water (bleed-off), > 1. */
  cyclesOfConcentration: number;
  highLimitDryBulbC?: number;
  highLimitEnthalpyJPerKg?: number;
}

export interface AirPlantSpec {
  supplyAirC: number;
  returnAirC: number;
  chilledWaterSupplyC: number;
  chilledWaterReturnC: number;
  chiller: ChillerSpec;
  tower: TowerSpec;
  economizer: { type: 'waterside' | 'none' | 'airside'; approachK: number; airside?: AirsideEconomizerSpec };
  crah: { unitCapacityW: number; redundancy: Redundancy; fanPressurePa: number; fanEfficiency: number; minSpeed: number };
  chilledWaterPump: PumpSpec;
  condenserPump: PumpSpec;
}

export interface DryCoolerSpec {
  kind: 'dryCooler';
  approachK: number;
  fanPowerPerHeat: number;
  dutyUnits: number;
  redundancy: Redundancy;
  adiabatic?: { aboveC: number; effectiveness: number; cyclesOfConcentration: number };
}

export interface LiquidTowerSpec extends Omit<TowerSpec, 'rangeK' | 'minCondenserWaterC'> {
  kind: 'tower';
}

/** A dry cooler in series ahead of towers (as NREL ESIF's thermosyphon): the dry cooler pre-cools, the towers take the rest. */
export interface SeriesRejectionSpec {
  kind: 'series';
  dryCooler: DryCoolerSpec;
  tower: LiquidTowerSpec;
}

export interface LiquidPlantSpec {
  facilitySupplyClass: LiquidClass;
  /** Facility water supply setpoint, degC (<= the class maximum). */
  facilitySupplyC: number;
  facilityDeltaTK: number;
  /** unitCapacityW and redundancy only count CDU units for failures (resilience/designUnits.ts); absent: its defaults. */
  cdu: { approachK: number; tcsDeltaTK: number; pump: PumpSpec; unitCapacityW?: number; redundancy?: Redundancy };
  facilityPump: PumpSpec;
  rejection: DryCoolerSpec | LiquidTowerSpec | SeriesRejectionSpec;
  trimChiller?: ChillerSpec;
  /** The water-cooled trim chiller's tower cells (its own, or like the loop's tower); absent for air-cooled. */
  trimCondenserTower?: TowerSpec;
}

/** CDUs whose facility side is the air plant's chilled water (chilledWaterCdus.ts; scenario `liquid.rejection: { chilledWater: {} }`). */
export interface ChilledWaterCduSpec {
  facilitySupplyClass: LiquidClass;
  cdu: LiquidPlantSpec['cdu'];
}

export interface CoolingSpec {
  air?: AirPlantSpec;
  liquid?: LiquidPlantSpec;
  /** Instead of `liquid`: the liquid heat goes through CDUs to `air`'s chilled-water plant. */
  chilledWaterCdus?: ChilledWaterCduSpec;
}

/** EnergyPlus Pump:VariableSpeed defaults: head 179352 Pa, 1.282051 W/((m3/s) Pa) => total efficiency 0.78. */
const EPLUS_PUMP: PumpSpec = { headPa: 179_352, efficiency: 1 / 1.282051, minFlowFraction: 0.25 /* P: ASHRAE 90.1 G3.1.3.10, 25 % of design */ };

/** Defaults the schema fills in, each with its source. */
export const COOLING_DEFAULTS = {
  air: {
    supplyAirC: 24, // U: inside ASHRAE recommended 18-27 degC (metrics-parameters-tco.md 2.1)
    returnAirDeltaK: 12, // D: 12-15 K, metrics-parameters-tco.md 3.1 CRAH row
    chilledWaterSupplyC: 15, // U: data-center chilled water 12-20 degC (peer-simulators.md 2.2, EnergyPlus #6678)
    chilledWaterDeltaK: 6, // U: 15/21 degC in the default scenario
    chiller: { type: 'water-cooled-centrifugal', redundancy: 'N+1', unitCapacityW: 2e6 /* U */ } satisfies ChillerSpec,
    tower: {
      approachK: 5, // P: median open wet tower approach, Energies 2023 16(9) 3661
      rangeK: 5.56, // P: CTI standard rating 35/29.4/25.6 degC (range 10 degF)
      cyclesOfConcentration: 3, // P: EnergyPlus "Blowdown Concentration Ratio" default
      driftFraction: 0.00008, // P: EnergyPlus "Drift Loss Percent" default 0.008 %
      fanPowerPerHeat: 0.0105, // P: EnergyPlus CondenserLoopTowers.cc autosizing
      minCondenserWaterC: 15.56, // P: Modelica Buildings PartialDataCenter.mo, CW set >= 15.56 degC
      dutyCells: 2, // U
      redundancy: 'N+1',
    } satisfies TowerSpec,
    economizerApproachK: 3, // P: Modelica Buildings Examples/ChillerWSE.mo heat-exchanger approach
    airside: {
      maxDewPointC: 15, // S: TC9.9 recommended upper moisture limit 15 degC DP & 60 % RH (D. Beaty, first TC9.9 chair, datacenterpost.com)
      maxRelativeHumidity: 0.6, // S: same
      minDewPointC: -9, // U: 2015 (4th ed.) recommended lower limit as commonly quoted; not verified in a stored source (2008: 5.5 degC)
      humidification: 'adiabatic', // U: misting / adiabatic, as Meta Prineville (OCP blog 2012, "direct evaporative cooling and humidification")
      evaporativeEffectiveness: 0, // none unless the scenario says so
      extraPressurePa: 150, // U: assumption, louvers + dampers + outdoor-air filters ~100 Pa, media ~50 Pa
      cyclesOfConcentration: 3, // P: EnergyPlus evaporative cooler "Blowdown Concentration Ratio" 3
    } satisfies AirsideEconomizerSpec,
    crah: {
      unitCapacityW: 200e3, // U: large CRAH / fan-wall module 100-250 kW
      redundancy: 'N+1',
      fanPressurePa: 300, // P: EnergyPlus 2ZoneDataCenterHVAC_wEconomizer.idf
      fanEfficiency: 0.7, // P: same file, fan total efficiency
      minSpeed: 0.25, // P: same file, minimum flow fraction
    },
    pump: EPLUS_PUMP,
  },
  liquid: {
    facilitySupplyClass: 'W32' as LiquidClass, // S: "most cold plates run easily" at W32 (ASHRAE 2021 WP via S2)
    facilityDeltaTK: 5, // P: Modelica Buildings Examples/ChillerWSE.mo, 5 K each loop
    cdu: { approachK: 3, tcsDeltaTK: 5, pump: { headPa: 200e3, efficiency: 0.6, minFlowFraction: 0.3 } }, // P Deschutes 3 K; D 150-250 kPa, eta 0.6
    facilityPump: EPLUS_PUMP,
    dryCooler: {
      approachK: 10, // P: median dry-cooler approach, Energies 2023 16(9) 3661
      fanPowerPerHeat: 4.5 / 123, // S: BAC S8013-S213B via Fujitsu Labs model
      dutyUnits: 4, // U
      redundancy: 'N+1' as Redundancy,
      adiabaticEffectiveness: 0.7, // P: EnergyPlus direct evaporative cooler example, effectiveness 0.7
      adiabaticCycles: 3, // P: EnergyPlus evaporative cooler "Blowdown Concentration Ratio" 3
    },
    trimChiller: { type: 'air-cooled-screw', redundancy: 'N+1', unitCapacityW: 2e6 } satisfies ChillerSpec,
  },
} as const;
