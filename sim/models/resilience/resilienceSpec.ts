/**
 * What a run with failures needs besides the sized designs (the scenario's `resilience:` block, SI): the horizon,
 * the scripted what-if outages, planned maintenance, the thermal limits that throttle and stop the IT, the power
 * path's ride-through, and the value of lost work and of a repair. Each default below carries its tag
 * (S published, D derived here, U assumption).
 *
 * Equation: none (parameters); resilienceRun.ts and episode.ts use them.
 * Assumptions:
 *   - Throttling: above the allowable limit the IT of the loop is power capped to throttleFraction of its draw and
 *     its work slows in proportion (throughput ~ power under a cap: conservative, GPUs lose less work than
 *     power near their top clocks) (U).
 *   - Shutdown: at the hard limit the loop's nodes trip; their running jobs fail, lose on average half a
 *     checkpoint interval of progress, and the nodes return restartS after cooling covers their heat again (U).
 *   - Power path: on a utility loss the UPS carries the IT and the critical cooling (CRAH fans, CDU pumps) while
 *     the generators start; heat rejection (chillers, towers, dry coolers) stops until the generators carry it,
 *     and chillers then need chillerRestartS to cool again. If too few generators start, the UPS carries the IT
 *     for its battery minutes and then everything stops until the utility returns.
 * Validity: limits throttle < shutdown; fractions 0-1; durations >= 0.
 * References: ASHRAE TC9.9, Thermal Guidelines, 5th ed. (2021) Table 2.1 (A1 allowable 15-32 degC, A3 to 40 degC)
 *   and liquid classes W17-W45; NFPA 110 (2022) Type 10: standby power within 10 s (S); chiller restart after a
 *   generator transfer ~30 min (Rackspace DFW, costs-accelerators-resilience-policy.md 3c, S); one planned
 *   maintenance of a chiller train a year, 168 h (same notes 3a, OREDA-based availability calculation, S).
 * Validated by: test/models/resilience/resilienceSpec.test.ts (defaults are in range and ordered)
 */
import type { ComponentClass } from './componentReliability.js';

/** Classes a scripted event or a maintenance plan may name (generator starts are drawn on a utility loss). */
export type OutageClass = Exclude<ComponentClass, 'generatorStart'>;

export interface ScriptedEvent {
  /** Seconds from the start of the run, or 'hottest': the hottest hour of the weather year. */
  at: { kind: 'time'; startS: number } | { kind: 'hottest' };
  fail: OutageClass;
  units: number;
  forS: number;
}

export interface MaintenancePlan {
  class: OutageClass;
  /** Every unit once per interval, one unit at a time, starting at offsetS, for forS each. */
  everyS: number;
  forS: number;
}

export interface ThermalLimits {
  throttleInletC: number;
  shutdownInletC: number;
  throttleCoolantC: number;
  shutdownCoolantC: number;
}

export interface ResilienceSpec {
  /** Horizon of the failure histories, years (the run's hours are repeated to fill it). */
  years: number;
  /** 'random': failures drawn from each class's rates; 'none': only scripted and planned outages. */
  failures: 'random' | 'none';
  /** Failure histories drawn for the distributions (0: none). */
  samples: number;
  events: ScriptedEvent[];
  maintenance: MaintenancePlan[];
  limits: ThermalLimits;
  throttleFraction: number;
  restartS: number;
  checkpointS: number;
  upsBatteryS: number;
  generatorStartS: number;
  chillerRestartS: number;
  /** Generators needed to carry the design facility load, and the scheme of the installed set. */
  generatorUnitW: number;
  generatorRedundancy: 'N' | 'N+1' | '2N';
  utilityFeeds: 1 | 2;
  /** Chilled-water buffer tank beyond the piping inventory, L (loopCapacitance.ts). */
  chilledWaterStorageL: number;
  /** Value of a lost GPU-hour of work and the cost of one repair per class, in the scenario's currency (0 when not given). */
  lostGpuHourCost: number;
  repairCosts: { componentClass: OutageClass; cost: number }[];
}

/** ASHRAE TC9.9 (2021) Table 2.1: A1 allowable maximum inlet, and A3's (taken as the servers' trip point, U). */
export const THROTTLE_INLET_C = 32;
export const SHUTDOWN_INLET_C = 40;
/** Coolant supply to the cold plates: W40 class maximum as the throttle point, W45 as the trip point (U). */
export const THROTTLE_COOLANT_C = 40;
export const SHUTDOWN_COOLANT_C = 45;

export const RESILIENCE_DEFAULTS: Omit<ResilienceSpec, 'events' | 'maintenance' | 'repairCosts'> = {
  years: 5,
  failures: 'random',
  samples: 200,
  limits: { throttleInletC: THROTTLE_INLET_C, shutdownInletC: SHUTDOWN_INLET_C, throttleCoolantC: THROTTLE_COOLANT_C, shutdownCoolantC: SHUTDOWN_COOLANT_C },
  throttleFraction: 0.7, // U: a power cap at 70 % of the draw
  restartS: 30 * 60, // U: nodes back and jobs requeued 30 min after cooling holds again
  checkpointS: 3600, // U: hourly checkpoints, half an hour of progress lost on average
  upsBatteryS: 10 * 60, // U: 10 min of battery at design load, a common specification
  generatorStartS: 10, // S: NFPA 110 Type 10
  chillerRestartS: 30 * 60, // S: Rackspace DFW, ~30 min to cycle back up
  generatorUnitW: 2.5e6, // U: 2.5 MW standby sets
  generatorRedundancy: 'N+1',
  utilityFeeds: 1,
  chilledWaterStorageL: 0,
  lostGpuHourCost: 0,
};
