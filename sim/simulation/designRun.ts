/**
 * One design's meters and its per-interval evaluation order, each step with
 * what it depends on. Composition helper of simulate.ts: models stay pure,
 * this file only wires them.
 *
 * Two time scales:
 * - The cluster (node compute power, powered nodes, utilization) changes at
 *   every job or profile event; simulate.ts integrates it exactly between
 *   events, once for all designs (they serve the same jobs on the same nodes).
 * - Everything a design adds — PSU losses and server fans (IT), power-chain
 *   losses, lighting and the cooling plant — is quasi-steady per control
 *   interval (default 1 h, EnergyPlus' zone time step): at the end of each
 *   interval it is evaluated on the interval's mean cluster state and weather,
 *   removes exactly the interval's heat, and its constant power over the
 *   interval is metered. So energy balances in every interval:
 *   facility = IT + power-chain losses + cooling + misc.
 * Assumption: within one control interval the PSU and fan curves are evaluated
 * at the mean load (their curvature over a sub-hour load swing is second order).
 */
import { SECONDS_PER_HOUR } from '../units.js';
import type { ComponentCategory } from '../types/hourly.js';
import { itPowerInto, type ItOutput, type ItParams } from '../models/it/itPower.js';
import { powerChainInto, type PowerChainOutput, type PowerChainParams } from '../models/power/chain.js';
import { coolingComponents, coolingPowerInto, newCoolingState, newCoolingWorkspace, type CoolingInput, type CoolingParams, type SubPlantModels } from '../models/cooling/plant.js';
import type { PlantTapes } from './plantTapes.js';
import { float64Of, uint8Of, type ArrayPool } from './arrayPool.js';
import type { DesignTrace } from './trace.js';

const POWER_CHAIN = ['distributionLoss', 'upsLoss', 'transformerLoss'] as const;
const MISC = ['lighting', 'misc'] as const;

export interface DesignPlant {
  id: string;
  it: ItParams;
  power: PowerChainParams;
  cooling: CoolingParams;
  inletAirTempC: number;
}

/** Mean state of one control interval, shared by all designs. */
export interface IntervalState {
  computePowerW: number;
  poweredNodes: number;
  meanUtilization: number;
  dryBulbC: number;
  wetBulbC: number;
  pressurePa: number;
}

export class DesignRun implements DesignTrace {
  /** Facility meter names: 'it', power chain, cooling components, misc. They add up to facility power. */
  readonly channels: readonly string[];
  readonly category: Record<string, ComponentCategory> = {};
  /** Energy per channel, J, and per hour, row-major [hour * channels + channel]. */
  readonly energyJ: Float64Array;
  readonly hourlyEnergyJ: Float64Array;
  /** Energy reaching compute components (after PSU and fans), J: the ITUE denominator. */
  computeEnergyJ = 0;
  /** Water per hour, L; time per hour with chillers running and in full free cooling, s. */
  readonly waterLByHour: Float64Array;
  readonly chillerSByHour: Float64Array;
  readonly freeSByHour: Float64Array;
  /** 1 in hours where any model was driven outside its validity and clamped. */
  readonly clampedByHour: Uint8Array;
  private readonly coolingKeys: readonly string[];
  /** This interval's power per channel, W, and the cooling consumers' (plant order). */
  private readonly values: Float64Array;
  private readonly coolingW: Float64Array;
  private readonly itInput = { computePowerW: 0, poweredNodes: 0, meanUtilization: 0, inletAirTempC: 0 };
  private readonly itOut: ItOutput = { itPowerW: 0, computePowerW: 0, psuLossW: 0, fanPowerW: 0, liquidHeatW: 0, airHeatW: 0, clamped: false };
  private readonly chainInput = { itPowerW: 0, mechanicalPowerW: 0 };
  private readonly coolingInput: CoolingInput = { liquidHeatW: 0, airHeatW: 0, dryBulbC: 0, wetBulbC: 0, pressurePa: 0 };
  private readonly coolingState = newCoolingState();
  private readonly coolingWorkspace = newCoolingWorkspace();
  private readonly chainOut: PowerChainOutput = { distributionLossW: 0, upsLossW: 0, transformerLossW: 0, lightingW: 0, miscW: 0, clamped: false };
  /** The last interval's inputs and the results that are not in `values` (exact reuse when nothing changed). */
  private readonly last = { computePowerW: Number.NaN, poweredNodes: 0, meanUtilization: 0, dryBulbC: 0, wetBulbC: 0, pressurePa: 0 };
  private lastComputeW = 0;
  private lastWaterKgPerS = 0;
  private lastChillerOn = false;
  private lastFree = false;
  private lastClamped = false;

  /** Index of the current control step (evaluate calls so far), and the sub-plant models used (taped or direct). */
  private step = -1;
  private readonly subPlants: SubPlantModels | undefined;

  /**
   * `tapes`: per-step memory of sub-plant results shared by runs (see plantTapes.ts), over `steps` steps;
   * `arrays`: where the year-long meters come from (arrayPool.ts; fresh arrays without one).
   */
  constructor(readonly plant: DesignPlant, readonly hours: number, tapes?: PlantTapes, steps = 0, arrays?: ArrayPool) {
    this.coolingKeys = coolingComponents(plant.cooling);
    this.channels = ['it', ...POWER_CHAIN, ...this.coolingKeys, ...MISC];
    this.category.it = 'it';
    for (const k of POWER_CHAIN) this.category[k] = 'power';
    for (const k of this.coolingKeys) this.category[k] = 'cooling';
    for (const k of MISC) this.category[k] = 'misc';
    this.energyJ = new Float64Array(this.channels.length);
    this.hourlyEnergyJ = float64Of(arrays, this.channels.length * hours);
    this.values = new Float64Array(this.channels.length);
    this.coolingW = new Float64Array(this.coolingKeys.length);
    this.waterLByHour = float64Of(arrays, hours);
    this.chillerSByHour = float64Of(arrays, hours);
    this.freeSByHour = float64Of(arrays, hours);
    this.clampedByHour = uint8Of(arrays, hours);
    this.subPlants = tapes?.models(plant.cooling, steps, () => this.step);
  }

  /** Evaluates the design over the control interval [startS, startS + dtS) (inside one hour) and meters it. */
  evaluate(startS: number, dtS: number, s: IntervalState): void {
    this.step++;
    // The models are pure: the same cluster state and weather as the last interval give the same powers.
    const l = this.last;
    if (s.computePowerW !== l.computePowerW || s.poweredNodes !== l.poweredNodes || s.meanUtilization !== l.meanUtilization
      || s.dryBulbC !== l.dryBulbC || s.wetBulbC !== l.wetBulbC || s.pressurePa !== l.pressurePa) {
      l.computePowerW = s.computePowerW;
      l.poweredNodes = s.poweredNodes;
      l.meanUtilization = s.meanUtilization;
      l.dryBulbC = s.dryBulbC;
      l.wetBulbC = s.wetBulbC;
      l.pressurePa = s.pressurePa;
      this.evaluatePowers(s);
    }
    const v = this.values;
    const hour = Math.min(Math.floor(startS / SECONDS_PER_HOUR), this.hours - 1);
    const base = hour * v.length;
    for (let i = 0; i < v.length; i++) {
      const e = v[i] * dtS;
      this.energyJ[i] += e;
      this.hourlyEnergyJ[base + i] += e;
    }
    this.computeEnergyJ += this.lastComputeW * dtS;
    this.waterLByHour[hour] += this.lastWaterKgPerS * dtS; // 1 kg of water is 1 L at the accuracy of WUE
    if (this.lastChillerOn) this.chillerSByHour[hour] += dtS;
    if (this.lastFree) this.freeSByHour[hour] += dtS;
    if (this.lastClamped) this.clampedByHour[hour] = 1;
  }

  /** Every channel's power for this cluster state and weather, into `values` and the last* fields. */
  private evaluatePowers(s: IntervalState): void {
    // depends on: the cluster's mean state; the design's PSU and fan curves at its inlet air temperature.
    const itInput = this.itInput;
    itInput.computePowerW = s.computePowerW;
    itInput.poweredNodes = s.poweredNodes;
    itInput.meanUtilization = s.meanUtilization;
    itInput.inletAirTempC = this.plant.inletAirTempC;
    const it = itPowerInto(this.plant.it, itInput, this.itOut);
    // depends on: IT power (PDU and UPS losses); these losses and lighting are room-air heat.
    const chainIn = this.chainInput;
    chainIn.itPowerW = it.itPowerW;
    chainIn.mechanicalPowerW = 0;
    const inside = powerChainInto(this.plant.power, chainIn, this.chainOut);
    const airHeatW = it.airHeatW + inside.distributionLossW + inside.upsLossW + inside.lightingW + inside.miscW;
    // depends on: heat to liquid and to air, and the interval's weather.
    const coolingW = this.coolingW;
    const coolingIn = this.coolingInput;
    coolingIn.liquidHeatW = it.liquidHeatW;
    coolingIn.airHeatW = airHeatW;
    coolingIn.dryBulbC = s.dryBulbC;
    coolingIn.wetBulbC = s.wetBulbC;
    coolingIn.pressurePa = s.pressurePa;
    const cooling = coolingPowerInto(this.plant.cooling, coolingIn, coolingW, this.coolingState, this.coolingWorkspace, this.subPlants);
    let mechanicalW = 0;
    for (let k = 0; k < coolingW.length; k++) mechanicalW += coolingW[k];
    // depends on: IT plus mechanical load through the UPS (any cooling on it) and the transformer.
    chainIn.mechanicalPowerW = mechanicalW;
    const chain = powerChainInto(this.plant.power, chainIn, this.chainOut);
    const v = this.values;
    let c = 0;
    v[c++] = it.itPowerW;
    v[c++] = chain.distributionLossW;
    v[c++] = chain.upsLossW;
    v[c++] = chain.transformerLossW;
    for (let k = 0; k < coolingW.length; k++) v[c++] = coolingW[k];
    v[c++] = chain.lightingW;
    v[c++] = chain.miscW;
    this.lastComputeW = it.computePowerW;
    this.lastWaterKgPerS = cooling.waterKgPerS;
    this.lastChillerOn = cooling.chillerLoadW > 0;
    this.lastFree = cooling.mode === 'free';
    this.lastClamped = it.clamped || cooling.clamped || chain.clamped;
  }
}
