/**
 * One design's meters over the run. Helper of simulate.ts: each control step
 * is composed by composeStep.ts (the per-interval order, each step with what
 * it depends on) from the step record (stepInput.ts), and reused when the
 * record equals the last one in every field.
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
import { COMPRESSOR_METERS, coolingComponents, type LoopMode, type SubPlantModels } from '../models/cooling/plant.js';
import type { PlantTapes } from './plantTapes.js';
import { float64Of, uint8Of, type ArrayPool } from './arrayPool.js';
import type { DesignTrace, LoopTotals } from './trace.js';
import { composeStep, newStepWorkspace, type DesignPlant } from './composeStep.js';
import { copyStepInput, newStepInput, sameStepInput, type StepInput } from './stepInput.js';
import { newStepLoads, recordStep, type StepLoads } from './resilience/stepLoads.js';

const POWER_CHAIN = ['distributionLoss', 'upsLoss', 'transformerLoss'] as const;
const MISC = ['lighting', 'misc'] as const;

export class DesignRun implements DesignTrace {
  /** Facility meter names: 'it', power chain, cooling components, misc. They add up to facility power. */
  readonly channels: readonly string[];
  readonly category: Record<string, ComponentCategory> = {};
  /** Energy per channel, J, and per hour, row-major [hour * channels + channel]. */
  readonly energyJ: Float64Array;
  readonly hourlyEnergyJ: Float64Array;
  /** Energy reaching compute components (after PSU and fans), J: the ITUE denominator. */
  computeEnergyJ = 0;
  /** Several node groups: IT energy of each group's nodes (compute, their fans and PSU losses), J; empty for one group. */
  readonly groupItEnergyJ: Float64Array;
  private readonly lastGroupItW: Float64Array;
  /** Water per hour, L; time per hour with chillers running and in full free cooling, s. */
  readonly waterLByHour: Float64Array;
  readonly chillerSByHour: Float64Array;
  readonly freeSByHour: Float64Array;
  /** 1 in hours where any model was driven outside its validity and clamped. */
  readonly clampedByHour: Uint8Array;
  readonly loops: { readonly air?: LoopTotals; readonly liquid?: LoopTotals };
  readonly loopHeatJByHour: Float64Array;
  heatReuse?: { temperatureC: number; availableJ: number; reusedJ: number };
  /** With failures (recordLoads): what each step asked of the cooling and power path (resilience/stepLoads.ts). */
  stepLoads?: StepLoads;
  private readonly coolingKeys: readonly string[];
  /** The named constant loads' meters, after misc. */
  private readonly loadNames: readonly string[];
  /** This interval's power per channel, W. */
  private readonly values: Float64Array;
  private readonly workspace = newStepWorkspace();
  /** The last interval's step record (every field: stepInput.ts) and the results that are not in `values` (exact reuse when nothing changed). */
  private readonly last = { ...newStepInput(), computePowerW: Number.NaN };
  private lastComputeW = 0;
  private lastWaterKgPerS = 0;
  private lastChillerOn = false;
  private lastFree = false;
  private lastClamped = false;
  /** The channel of each loop's compressors (-1 without). */
  private readonly compressorChannel: { air: number; liquid: number };
  private lastLoopHeatW = 0;
  private lastAirLoop: LoopMode = 'idle';
  private lastLiquidLoop: LoopMode = 'idle';

  /** Index of the current control step (evaluate calls so far), and the sub-plant models used (taped or direct). */
  private step = -1;
  private readonly subPlants: SubPlantModels | undefined;

  /**
   * `tapes`: per-step memory of sub-plant results shared by runs (see plantTapes.ts), over `steps` steps;
   * `arrays`: where the year-long meters come from (arrayPool.ts; fresh arrays without one).
   */
  constructor(readonly plant: DesignPlant, readonly hours: number, tapes?: PlantTapes, steps = 0, arrays?: ArrayPool) {
    this.coolingKeys = coolingComponents(plant.cooling);
    this.loadNames = plant.loads?.names ?? [];
    this.channels = ['it', ...POWER_CHAIN, ...this.coolingKeys, ...MISC, ...this.loadNames];
    this.category.it = 'it';
    for (const k of POWER_CHAIN) this.category[k] = 'power';
    for (const k of this.coolingKeys) this.category[k] = 'cooling';
    for (const k of [...MISC, ...this.loadNames]) this.category[k] = 'misc';
    this.energyJ = new Float64Array(this.channels.length);
    this.hourlyEnergyJ = float64Of(arrays, this.channels.length * hours);
    this.values = new Float64Array(this.channels.length);
    this.waterLByHour = float64Of(arrays, hours);
    this.chillerSByHour = float64Of(arrays, hours);
    this.freeSByHour = float64Of(arrays, hours);
    this.clampedByHour = uint8Of(arrays, hours);
    this.loopHeatJByHour = float64Of(arrays, hours);
    const loop = (): LoopTotals => ({ compressorS: 0, partialS: 0, freeS: 0, compressorEnergyJ: 0 });
    this.compressorChannel = { air: this.channels.indexOf(COMPRESSOR_METERS.air), liquid: this.channels.indexOf(COMPRESSOR_METERS.liquid) };
    this.loops = { ...(plant.cooling.air === undefined ? {} : { air: loop() }), ...(plant.cooling.liquid === undefined ? {} : { liquid: loop() }) };
    this.subPlants = tapes?.models(plant.cooling, steps, () => this.step);
    this.groupItEnergyJ = new Float64Array(plant.groupIt?.length ?? 0);
    this.lastGroupItW = new Float64Array(this.groupItEnergyJ.length);
  }

  /** Records every step's loads from now on (a run with failures replays its histories on them). */
  recordLoads(steps: number): void {
    this.stepLoads = newStepLoads(steps);
  }

  /** Evaluates the design over the control interval [startS, startS + dtS) (inside one hour) and meters it. */
  evaluate(startS: number, dtS: number, s: StepInput): void {
    this.step++;
    // The models are pure: the same cluster state and weather as the last interval give the same powers.
    if (!sameStepInput(s, this.last)) {
      copyStepInput(s, this.last);
      this.evaluatePowers(s);
    }
    const v = this.values;
    if (this.stepLoads !== undefined) {
      recordStep(this.stepLoads, this.step, s, this.workspace.out, this.compressorChannel.air < 0 ? 0 : v[this.compressorChannel.air]);
    }
    const hour = Math.min(Math.floor(startS / SECONDS_PER_HOUR), this.hours - 1);
    const base = hour * v.length;
    for (let i = 0; i < v.length; i++) {
      const e = v[i] * dtS;
      this.energyJ[i] += e;
      this.hourlyEnergyJ[base + i] += e;
    }
    this.computeEnergyJ += this.lastComputeW * dtS;
    for (let g = 0; g < this.groupItEnergyJ.length; g++) this.groupItEnergyJ[g] += this.lastGroupItW[g] * dtS;
    this.waterLByHour[hour] += this.lastWaterKgPerS * dtS; // 1 kg of water is 1 L at the accuracy of WUE
    if (this.lastChillerOn) this.chillerSByHour[hour] += dtS;
    if (this.lastFree) this.freeSByHour[hour] += dtS;
    if (this.lastClamped) this.clampedByHour[hour] = 1;
    this.loopHeatJByHour[hour] += this.lastLoopHeatW * dtS;
    const { air, liquid } = this.loops;
    if (air !== undefined) addLoop(air, this.lastAirLoop, dtS, this.compressorChannel.air < 0 ? 0 : v[this.compressorChannel.air]);
    if (liquid !== undefined) addLoop(liquid, this.lastLiquidLoop, dtS, this.compressorChannel.liquid < 0 ? 0 : v[this.compressorChannel.liquid]);
  }

  /** Every channel's power for this step record, into `values` and the last* fields (composition: composeStep.ts). */
  private evaluatePowers(s: StepInput): void {
    const { it, coolingW, cooling, chain, liquidHeatW, airHeatW } = composeStep(this.plant, s, this.workspace, this.subPlants);
    const v = this.values;
    let c = 0;
    v[c++] = it.itPowerW;
    v[c++] = chain.distributionLossW;
    v[c++] = chain.upsLossW;
    v[c++] = chain.transformerLossW;
    for (let k = 0; k < coolingW.length; k++) v[c++] = coolingW[k];
    v[c++] = chain.lightingW;
    v[c++] = chain.miscW;
    const loads = this.plant.loads;
    if (loads !== undefined) for (let k = 0; k < loads.powerW.length; k++) v[c++] = loads.powerW[k];
    this.lastComputeW = it.computePowerW;
    if (this.lastGroupItW.length > 0) this.lastGroupItW.set(this.workspace.group.itW);
    this.lastWaterKgPerS = cooling.waterKgPerS;
    this.lastChillerOn = cooling.chillerLoadW > 0;
    this.lastFree = cooling.mode === 'free';
    this.lastClamped = it.clamped || cooling.clamped || chain.clamped;
    const plantCooling = this.plant.cooling;
    this.lastLoopHeatW = plantCooling.liquid === undefined ? 0 : liquidHeatW + (plantCooling.air === undefined ? airHeatW : 0);
    this.lastAirLoop = cooling.airLoop;
    this.lastLiquidLoop = cooling.liquidLoop;
  }
}

/** Adds dtS to the loop's time in `mode` (compressor time counts partial time too; an idle loop adds none), and its compressors' energy. */
function addLoop(t: LoopTotals, mode: LoopMode, dtS: number, compressorW: number): void {
  t.compressorEnergyJ += compressorW * dtS;
  if (mode === 'free') t.freeS += dtS;
  else if (mode !== 'idle') {
    t.compressorS += dtS;
    if (mode === 'partial') t.partialS += dtS;
  }
}
