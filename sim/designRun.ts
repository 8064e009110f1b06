/**
 * One design's state during a run: its meters and the per-instant evaluation
 * order, each step with what it depends on. Composition helper of simulate.ts;
 * models stay pure, this file only wires them.
 *
 * Two time scales:
 * - IT power (node compute + PSU losses + server fans) changes at every job or
 *   profile event and is integrated exactly between events.
 * - The facility side (power-chain losses, lighting, cooling plant) is
 *   quasi-steady per control interval (default 1 h, as EnergyPlus' zone time
 *   step): at the end of each interval it is evaluated on the interval's mean
 *   IT power and heat, which it removes exactly, and its constant power over
 *   the interval is metered. So energy balances per interval:
 *   facility = IT + power-chain losses + cooling + misc.
 */
import { MeterBank } from './engine/meter.js';
import { SECONDS_PER_HOUR } from './units.js';
import type { ComponentCategory } from './metrics/hourlyTypes.js';
import { itPower, type ItParams } from './models/it/itPower.js';
import { powerChain, type PowerChainParams } from './models/power/chain.js';
import { coolingComponents, coolingPower, type CoolingParams } from './models/cooling/plant.js';
import type { WorkloadRun } from './workloadProcess.js';

/** IT-side quantities integrated per event (not facility meters: they would double count). */
const IT_SIDE = ['compute', 'psuLoss', 'fans', 'liquidHeat', 'airHeat'] as const;
const POWER_CHAIN = ['distributionLoss', 'upsLoss', 'transformerLoss'] as const;
const MISC = ['lighting', 'misc'] as const;

export interface DesignPlant {
  id: string;
  it: ItParams;
  power: PowerChainParams;
  cooling: CoolingParams;
  inletAirTempC: number;
}

export interface IntervalWeather {
  dryBulbC: number;
  wetBulbC: number;
  pressurePa: number;
}

export class DesignRun {
  /** Facility meters: 'it', then power chain, cooling components, misc. They add up to facility power. */
  readonly facility: MeterBank;
  readonly category: Record<string, ComponentCategory> = {};
  /** IT-side meters for ITUE and the heat split. */
  readonly itSide: MeterBank;
  /** Water per hour, L, and time with chillers running / fully free per hour, s. */
  readonly waterLByHour: Float64Array;
  readonly chillerSByHour: Float64Array;
  readonly freeSByHour: Float64Array;
  /** 1 in hours where any model was driven outside its validity and clamped. */
  readonly clampedByHour: Uint8Array;
  private readonly coolingKeys: readonly string[];
  private readonly coolingIndex: number;
  private lastCloseS: number;
  private itEnergyAtLastCloseJ = 0;
  private readonly sideAtLastCloseJ = new Float64Array(IT_SIDE.length);

  constructor(readonly plant: DesignPlant, startS: number, hours: number) {
    this.coolingKeys = coolingComponents(plant.cooling);
    const channels = ['it', ...POWER_CHAIN, ...this.coolingKeys, ...MISC];
    this.category.it = 'it';
    for (const k of POWER_CHAIN) this.category[k] = 'power';
    for (const k of this.coolingKeys) this.category[k] = 'cooling';
    for (const k of MISC) this.category[k] = 'misc';
    this.coolingIndex = 1 + POWER_CHAIN.length;
    this.facility = new MeterBank(channels, startS, hours);
    this.itSide = new MeterBank(IT_SIDE, startS, hours);
    this.waterLByHour = new Float64Array(hours);
    this.chillerSByHour = new Float64Array(hours);
    this.freeSByHour = new Float64Array(hours);
    this.clampedByHour = new Uint8Array(hours);
    this.lastCloseS = startS;
  }

  /** After a workload change at nowS: integrate up to now with the old powers, then set the new IT powers. */
  onWorkloadChange(nowS: number, workload: WorkloadRun): void {
    this.facility.advance(nowS);
    this.itSide.advance(nowS);
    // depends on: cluster state (workload) and the design's PSU and fan curves at its inlet air temperature.
    const out = itPower(this.plant.it, {
      computePowerW: workload.computePowerW(),
      poweredNodes: workload.poweredNodes(),
      meanUtilization: workload.meanUtilization(),
      inletAirTempC: this.plant.inletAirTempC,
    });
    this.facility.powerW[0] = out.itPowerW;
    const side = this.itSide.powerW;
    side[0] = out.computePowerW;
    side[1] = out.psuLossW;
    side[2] = out.fanPowerW;
    side[3] = out.liquidHeatW;
    side[4] = out.airHeatW;
    if (out.clamped) this.clampedByHour[this.hourOf(nowS)] = 1;
  }

  /** Closes the control interval ending at nowS: evaluates the facility side on its means and meters it. */
  closeInterval(nowS: number, weather: IntervalWeather): void {
    this.facility.advance(nowS);
    this.itSide.advance(nowS);
    const dtS = nowS - this.lastCloseS;
    if (dtS <= 0) return;
    const itW = (this.facility.energyJ[0] - this.itEnergyAtLastCloseJ) / dtS;
    const liquidHeatW = (this.itSide.energyJ[3] - this.sideAtLastCloseJ[3]) / dtS;
    const itAirHeatW = (this.itSide.energyJ[4] - this.sideAtLastCloseJ[4]) / dtS;
    // depends on: mean IT power (UPS and PDU losses) and the cooling power (transformer), so cooling first.
    const chainWithoutMechanical = powerChain(this.plant.power, { itPowerW: itW, mechanicalPowerW: 0 });
    // Losses and lighting inside the building become room-air heat.
    const airHeatW = itAirHeatW + chainWithoutMechanical.distributionLossW + chainWithoutMechanical.upsLossW
      + chainWithoutMechanical.lightingW + chainWithoutMechanical.miscW;
    // depends on: heat to liquid and to air, and the interval's weather.
    const cooling = coolingPower(this.plant.cooling, { liquidHeatW, airHeatW, ...weather });
    let coolingW = 0;
    for (const k of this.coolingKeys) coolingW += cooling.powerW[k];
    // depends on: IT and mechanical load through the transformer.
    const chain = powerChain(this.plant.power, { itPowerW: itW, mechanicalPowerW: coolingW });
    const facilityPowers = [chain.distributionLossW, chain.upsLossW, chain.transformerLossW];
    for (let i = 0; i < POWER_CHAIN.length; i++) this.addInterval(1 + i, facilityPowers[i], nowS, dtS);
    for (let i = 0; i < this.coolingKeys.length; i++) {
      this.addInterval(this.coolingIndex + i, cooling.powerW[this.coolingKeys[i]], nowS, dtS);
    }
    const miscIndex = this.coolingIndex + this.coolingKeys.length;
    this.addInterval(miscIndex, chain.lightingW, nowS, dtS);
    this.addInterval(miscIndex + 1, chain.miscW, nowS, dtS);
    const hour = this.hourOf(nowS - dtS);
    this.waterLByHour[hour] += cooling.waterKgPerS * dtS; // 1 kg of water is 1 L at the accuracy of WUE
    if (cooling.chillerLoadW > 0) this.chillerSByHour[hour] += dtS;
    if (cooling.mode === 'free') this.freeSByHour[hour] += dtS;
    if (cooling.clamped || chain.clamped) this.clampedByHour[hour] = 1;
    this.itEnergyAtLastCloseJ = this.facility.energyJ[0];
    this.sideAtLastCloseJ.set(this.itSide.energyJ);
    this.lastCloseS = nowS;
  }

  private hourOf(timeS: number): number {
    return Math.min(Math.floor(timeS / SECONDS_PER_HOUR), this.waterLByHour.length - 1);
  }

  /** Meters a constant power over [nowS - dtS, nowS), which lies inside one hour (control steps divide the hour). */
  private addInterval(channel: number, powerW: number, nowS: number, dtS: number): void {
    const e = powerW * dtS;
    const n = this.facility.channels.length;
    this.facility.energyJ[channel] += e;
    this.facility.hourlyEnergyJ[this.hourOf(nowS - dtS) * n + channel] += e;
  }
}
