/**
 * The Trace stage (ScenarioInput -> Scenario -> Facility -> Trace -> Summary): what
 * simulate() returns and metrics/summary.ts reads. Types only, so that metrics/
 * depends on the shape of a run, never on the code that produces it (the
 * conventions test allows metrics/ this file and arrayPool.ts from simulation/).
 * Units are in the names: J, W, s and L, in SI until summary.ts converts them.
 */
import type { Scenario } from '../scenario/schema.js';
import type { Weather } from '../models/climate/weather.js';
import type { ComponentCategory } from '../types/hourly.js';
import type { DesignPlant } from './composeStep.js';
import type { SizedDesign } from './sizeDesign.js';
import type { StepLoads } from './resilience/stepLoads.js';
import type { WorkloadStats } from './workloadProcess.js';

/** One design's meters over the run (designRun.ts fills them). */
export interface DesignTrace {
  readonly plant: DesignPlant;
  /** Facility meter names: 'it', power chain, cooling components, misc. They add up to facility power. */
  readonly channels: readonly string[];
  readonly category: Readonly<Record<string, ComponentCategory>>;
  /** Energy per channel, J, and per hour, row-major [hour * channels + channel]. */
  readonly energyJ: Float64Array;
  readonly hourlyEnergyJ: Float64Array;
  /** Energy reaching compute components (after PSU and fans), J: the ITUE denominator. */
  readonly computeEnergyJ: number;
  /** Several node groups: IT energy of each group's nodes, J (empty for one group). */
  readonly groupItEnergyJ: Float64Array;
  /** Water per hour, L; time per hour with chillers running and in full free cooling, s. */
  readonly waterLByHour: Float64Array;
  readonly chillerSByHour: Float64Array;
  readonly freeSByHour: Float64Array;
  /** 1 in hours where any model was driven outside its validity and clamped. */
  readonly clampedByHour: Uint8Array;
  /** Heat the liquid loop took from the racks (and the room, without an air plant) per hour, J. */
  readonly loopHeatJByHour: Float64Array;
  /** With the design's `heatReuse`: heat available at its temperature and reused over the run (simulate.ts sets it). */
  heatReuse?: { temperatureC: number; availableJ: number; reusedJ: number };
  /** With failures (scenario.resilience): what each control step asked of the cooling and power path. */
  stepLoads?: StepLoads;
  /** Per cooling loop the design has: its time by mode and its compressors' energy. */
  readonly loops: { readonly air?: LoopTotals; readonly liquid?: LoopTotals };
}

/**
 * One loop's time by mode, s (compressorS includes partialS; compressorS + freeS = the time the loop carried heat),
 * and the energy of its compressors (air: the chillers; liquid: the trim chiller), J.
 */
export interface LoopTotals {
  compressorS: number;
  partialS: number;
  freeS: number;
  compressorEnergyJ: number;
}

export interface SimulationResult {
  scenario: Scenario;
  seed: number;
  weather: Weather;
  hours: number;
  designs: DesignTrace[];
  /** Design-point sizing of each design (racks, ratings), for TCO and capacity. */
  sizing: SizedDesign[];
  jobs: WorkloadStats;
  /** The cluster's mean state per control interval (what the designs were evaluated on). */
  cluster: ClusterSeries;
  warnings: string[];
}

/** Mean cluster state of every control interval, in order; design-independent. */
export interface ClusterSeries {
  /** clusterKey() of the run that recorded it: replayed only by a run with the same key. */
  key: string;
  /** Mean compute power W, mean powered nodes, mean GPU utilization over powered nodes (0-1). */
  computePowerW: Float64Array;
  poweredNodes: Float64Array;
  meanUtilization: Float64Array;
  /** Several node groups: the step record's `groups` values of every interval, row after row (empty for one group). */
  groups: Float64Array;
  /** A run with failures (scenario.resilience): each interval's mean allocated GPUs and running jobs. */
  allocatedGpus?: Float64Array;
  runningJobs?: Float64Array;
  jobs: WorkloadStats;
}
