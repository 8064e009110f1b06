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
 * With failures (setAvailability), an interval is split where units go out or
 * return, and each part is metered on the plant with the units then in service
 * (resilience/degradedPlant.ts), from its own step record (the interval's plus
 * `inService`), so staging, fan speeds and the trim chiller answer to the outage.
 */
import { SECONDS_PER_HOUR } from '../units.js';
import type { ComponentCategory } from '../types/hourly.js';
import { COMPRESSOR_METERS, coolingComponents, type LoopMode, type SubPlantModels } from '../models/cooling/plant.js';
import { fillStepResult, newStepResult, type StepResult } from './stepResult.js';
import { rowAt, type Availability } from './resilience/availability.js';
import type { PlantTapes } from './plantTapes.js';
import { float64Of, uint8Of, type ArrayPool } from './arrayPool.js';
import type { DesignTrace, LoopTotals } from './trace.js';
import { composeStep, newStepWorkspace, type DesignPlant, type StepWorkspace } from './composeStep.js';
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
  /** Seconds metered on a plant with units out. */
  degradedS = 0;
  /** The last interval's step record (every field: stepInput.ts) and its results: exact reuse when nothing changed. */
  private readonly last = { ...newStepInput(), computePowerW: Number.NaN };
  private readonly workspace = newStepWorkspace();
  private readonly healthy: StepResult;
  /** With failures: the units in service over the run, the plant for a row of it, and that plant's own step record and results. */
  private availability?: { steps: Availability; plantFor: (inService: Float64Array) => DesignPlant; row: number };
  private readonly degraded: { record: StepInput; last: StepInput; workspace: StepWorkspace; result: StepResult };
  /** The channel of each loop's compressors (-1 without). */
  private readonly compressorChannel: { air: number; liquid: number };
  /** Index of the current control step (evaluate calls so far), and the sub-plant models used (taped or direct). */
  private step = -1;
  private readonly subPlants: SubPlantModels | undefined;

  /**
   * `tapes`: per-step memory of sub-plant results shared by runs (see plantTapes.ts), over `steps` steps;
   * `arrays`: where the year-long meters come from (arrayPool.ts; fresh arrays without one).
   */
  constructor(readonly plant: DesignPlant, readonly hours: number, tapes?: PlantTapes, steps = 0, arrays?: ArrayPool) {
    const coolingKeys = coolingComponents(plant.cooling);
    const loadNames = plant.loads?.names ?? [];
    this.channels = ['it', ...POWER_CHAIN, ...coolingKeys, ...MISC, ...loadNames];
    this.category.it = 'it';
    for (const k of POWER_CHAIN) this.category[k] = 'power';
    for (const k of coolingKeys) this.category[k] = 'cooling';
    for (const k of [...MISC, ...loadNames]) this.category[k] = 'misc';
    this.energyJ = new Float64Array(this.channels.length);
    this.hourlyEnergyJ = float64Of(arrays, this.channels.length * hours);
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
    this.healthy = newStepResult(this.channels.length, this.groupItEnergyJ.length);
    this.degraded = { record: newStepInput(), last: { ...newStepInput(), computePowerW: Number.NaN }, workspace: newStepWorkspace(),
      result: newStepResult(this.channels.length, this.groupItEnergyJ.length) };
  }

  /** Records every step's loads from now on (a run with failures replays its histories on them). */
  recordLoads(steps: number): void {
    this.stepLoads = newStepLoads(steps);
  }

  /** Meters the run on the units in service of `steps` (failures), each row on `plantFor(row)`'s plant. */
  setAvailability(steps: Availability, plantFor: (inService: Float64Array) => DesignPlant): void {
    this.availability = { steps, plantFor, row: 0 };
  }

  /** Evaluates the design over the control interval [startS, startS + dtS) (inside one hour) and meters it. */
  evaluate(startS: number, dtS: number, s: StepInput): void {
    this.step++;
    // The models are pure: the same cluster state and weather as the last interval give the same powers.
    if (!sameStepInput(s, this.last)) {
      copyStepInput(s, this.last);
      composeStep(this.plant, s, this.workspace, this.subPlants);
      fillStepResult(this.healthy, this.workspace.out, this.plant, this.workspace);
    }
    if (this.stepLoads !== undefined) {
      recordStep(this.stepLoads, this.step, s, this.workspace.out, this.compressorChannel.air < 0 ? 0 : this.healthy.values[this.compressorChannel.air]);
    }
    const a = this.availability;
    if (a === undefined) {
      this.meter(this.healthy, startS, dtS);
      return;
    }
    const endS = startS + dtS;
    for (let t = startS; t < endS;) {
      a.row = rowAt(a.steps, t, a.row);
      const nextS = Math.min(endS, a.steps.atS[a.row + 1] ?? Infinity);
      if (a.steps.full[a.row]) this.meter(this.healthy, t, nextS - t);
      else {
        this.meter(this.degradedStep(s, a.steps.inService[a.row], a.plantFor), t, nextS - t);
        this.degradedS += nextS - t;
      }
      t = nextS;
    }
  }

  /** The step on the plant with units out: its record is the interval's plus the units in service (no sub-plant tapes: they key on the healthy plant). */
  private degradedStep(s: StepInput, inService: Float64Array, plantFor: (inService: Float64Array) => DesignPlant): StepResult {
    const d = this.degraded;
    copyStepInput(s, d.record);
    d.record.inService = inService;
    if (!sameStepInput(d.record, d.last)) {
      copyStepInput(d.record, d.last);
      const plant = plantFor(inService);
      composeStep(plant, d.record, d.workspace);
      fillStepResult(d.result, d.workspace.out, plant, d.workspace);
    }
    return d.result;
  }

  /** Adds `r`'s powers over [startS, startS + dtS) to the meters. */
  private meter(r: StepResult, startS: number, dtS: number): void {
    const v = r.values;
    const hour = Math.min(Math.floor(startS / SECONDS_PER_HOUR), this.hours - 1);
    const base = hour * v.length;
    for (let i = 0; i < v.length; i++) {
      const e = v[i] * dtS;
      this.energyJ[i] += e;
      this.hourlyEnergyJ[base + i] += e;
    }
    this.computeEnergyJ += r.computeW * dtS;
    for (let g = 0; g < this.groupItEnergyJ.length; g++) this.groupItEnergyJ[g] += r.groupItW[g] * dtS;
    this.waterLByHour[hour] += r.waterKgPerS * dtS; // 1 kg of water is 1 L at the accuracy of WUE
    if (r.chillerOn) this.chillerSByHour[hour] += dtS;
    if (r.free) this.freeSByHour[hour] += dtS;
    if (r.clamped) this.clampedByHour[hour] = 1;
    this.loopHeatJByHour[hour] += r.loopHeatW * dtS;
    const { air, liquid } = this.loops;
    if (air !== undefined) addLoop(air, r.airLoop, dtS, this.compressorChannel.air < 0 ? 0 : v[this.compressorChannel.air]);
    if (liquid !== undefined) addLoop(liquid, r.liquidLoop, dtS, this.compressorChannel.liquid < 0 ? 0 : v[this.compressorChannel.liquid]);
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
