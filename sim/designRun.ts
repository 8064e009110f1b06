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
import { SECONDS_PER_HOUR } from './units.js';
import type { ComponentCategory } from './metrics/hourlyTypes.js';
import { itPower, type ItParams } from './models/it/itPower.js';
import { powerChain, type PowerChainParams } from './models/power/chain.js';
import { coolingComponents, coolingPower, type CoolingParams } from './models/cooling/plant.js';

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

export class DesignRun {
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
  private readonly values: Float64Array;

  constructor(readonly plant: DesignPlant, readonly hours: number) {
    this.coolingKeys = coolingComponents(plant.cooling);
    this.channels = ['it', ...POWER_CHAIN, ...this.coolingKeys, ...MISC];
    this.category.it = 'it';
    for (const k of POWER_CHAIN) this.category[k] = 'power';
    for (const k of this.coolingKeys) this.category[k] = 'cooling';
    for (const k of MISC) this.category[k] = 'misc';
    this.energyJ = new Float64Array(this.channels.length);
    this.hourlyEnergyJ = new Float64Array(this.channels.length * hours);
    this.values = new Float64Array(this.channels.length);
    this.waterLByHour = new Float64Array(hours);
    this.chillerSByHour = new Float64Array(hours);
    this.freeSByHour = new Float64Array(hours);
    this.clampedByHour = new Uint8Array(hours);
  }

  /** Evaluates the design over the control interval [startS, startS + dtS) (inside one hour) and meters it. */
  evaluate(startS: number, dtS: number, s: IntervalState): void {
    // depends on: the cluster's mean state; the design's PSU and fan curves at its inlet air temperature.
    const it = itPower(this.plant.it, {
      computePowerW: s.computePowerW,
      poweredNodes: s.poweredNodes,
      meanUtilization: s.meanUtilization,
      inletAirTempC: this.plant.inletAirTempC,
    });
    // depends on: IT power (PDU and UPS losses); these losses and lighting are room-air heat.
    const inside = powerChain(this.plant.power, { itPowerW: it.itPowerW, mechanicalPowerW: 0 });
    const airHeatW = it.airHeatW + inside.distributionLossW + inside.upsLossW + inside.lightingW + inside.miscW;
    // depends on: heat to liquid and to air, and the interval's weather.
    const cooling = coolingPower(this.plant.cooling, {
      liquidHeatW: it.liquidHeatW,
      airHeatW,
      dryBulbC: s.dryBulbC,
      wetBulbC: s.wetBulbC,
      pressurePa: s.pressurePa,
    });
    let coolingW = 0;
    for (const k of this.coolingKeys) coolingW += cooling.powerW[k];
    // depends on: IT plus mechanical load through the UPS (any cooling on it) and the transformer.
    const chain = powerChain(this.plant.power, { itPowerW: it.itPowerW, mechanicalPowerW: coolingW });
    const v = this.values;
    let c = 0;
    v[c++] = it.itPowerW;
    v[c++] = chain.distributionLossW;
    v[c++] = chain.upsLossW;
    v[c++] = chain.transformerLossW;
    for (const k of this.coolingKeys) v[c++] = cooling.powerW[k];
    v[c++] = chain.lightingW;
    v[c++] = chain.miscW;
    const hour = Math.min(Math.floor(startS / SECONDS_PER_HOUR), this.hours - 1);
    const base = hour * v.length;
    for (let i = 0; i < v.length; i++) {
      const e = v[i] * dtS;
      this.energyJ[i] += e;
      this.hourlyEnergyJ[base + i] += e;
    }
    this.computeEnergyJ += it.computePowerW * dtS;
    this.waterLByHour[hour] += cooling.waterKgPerS * dtS; // 1 kg of water is 1 L at the accuracy of WUE
    if (cooling.chillerLoadW > 0) this.chillerSByHour[hour] += dtS;
    if (cooling.mode === 'free') this.freeSByHour[hour] += dtS;
    if (it.clamped || cooling.clamped || chain.clamped) this.clampedByHour[hour] = 1;
  }
}
