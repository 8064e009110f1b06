/** summary.json's `designs[i].resilience` (design.md "Keys that the next capabilities add"); equations in sim/simulation/resilience/. */

/** What one failure history costs a design over its horizon. */
export interface ResilienceFigures {
  /** Heat the cooling in service could not remove because units were out (beyond what the healthy plant leaves), kWh. */
  unmetCoolingKWh: number;
  /** Hours with any cooling or power class below its installed units (redundancy or more lost). */
  hoursLostRedundancy: number;
  /** Highest room (server inlet) air and liquid-loop coolant supply temperatures, degC; null without a liquid loop. */
  peakInletC: number;
  peakCoolantSupplyC: number | null;
  /** Minutes with the room or the coolant at or above its allowable (throttle) limit. */
  minutesAboveAllowable: number;
  /** Allocated GPU-hours lost: throttled (work slowed), tripped or unpowered nodes, and progress lost since the last checkpoint. */
  gpuHoursLost: number;
  jobsThrottled: number;
  jobsFailed: number;
  /** Fraction of the horizon with every node up and unthrottled, 0-1. */
  availability: number;
  /** Node trips (thermal or power) in the horizon. */
  shutdowns: number;
  /** Failures (random, not planned or scripted) per class in the horizon. */
  failures: Record<string, number>;
}

export interface ResilienceClassSummary {
  /** Group id (e.g. chiller, trimChiller), its reliability class and the loop it serves. */
  id: string;
  componentClass: string;
  loop: 'air' | 'liquid' | 'power';
  redundancy: 'N' | 'N+1' | '2N';
  needed: number;
  installed: number;
  unitCapacityKW: number;
  /** Steady-state availability of the group's capacity (k-out-of-n of the cited rates). */
  availability: number;
  failuresPerYear: number;
  meanRepairH: number;
  provenance: 'cited' | 'assumption';
}

export interface Percentiles { mean: number; p10: number; p50: number; p90: number }

/** A failure episode, minute by minute, for the report's timeline chart. */
export interface ResilienceTimeline {
  /** Seconds from the start of the run of the first sample, and the spacing, s. */
  startS: number;
  stepS: number;
  /** Seconds from the start of the run of the scripted event the timeline shows (it starts up to 30 min before). */
  eventS: number;
  /** The events starting the episode, in English ('1 x chiller + 1 x cduPump out for 6 h'); reports word `events` in their language. */
  label: string;
  events: { componentClass: string; units: number; forS: number }[];
  airC: number[];
  liquidC: number[] | null;
  /** Cooling capacity in service / capacity needed by the heat now, per loop, 0-1 (capped at 1). */
  airCapacity: number[];
  liquidCapacity: number[] | null;
  /** IT load the nodes draw against their unthrottled draw, 0-1. */
  itLoad: number[];
}

/** The loops' limits the histories used, degC: throttle at the allowable limit, trip at the shutdown limit (coolant: null without a liquid loop). */
export interface ResilienceLimits {
  throttleInletC: number;
  shutdownInletC: number;
  throttleCoolantC: number | null;
  shutdownCoolantC: number | null;
}

export interface DesignResilience extends ResilienceFigures {
  /** Minutes at full design load from a total cooling loss to the allowable limit: min(room, liquid loop). */
  rideThroughMinutes: number;
  rideThrough: { roomMinutes: number; roomAirOnlyMinutes: number; liquidLoopMinutes: number | null; liquidToShutdownMinutes: number | null };
  horizonYears: number;
  limits: ResilienceLimits;
  /** The Uptime tier the cooling and power topology corresponds to, and the availability usually quoted for it. */
  uptimeTier: 1 | 2 | 3 | 4;
  tierQuotedAvailability: number;
  classes: ResilienceClassSummary[];
  /** Scripted events alone (no random failures): the what-if, with its timeline. */
  scripted?: ResilienceFigures & { timeline: ResilienceTimeline };
  /** Random failure histories: distributions over `samples` horizons. */
  monteCarlo?: {
    samples: number;
    gpuHoursLost: Percentiles;
    unmetCoolingKWh: Percentiles;
    jobsFailed: Percentiles;
    hoursLostRedundancy: Percentiles;
    /** Share of histories with at least one node trip. */
    probabilityOfShutdown: number;
  };
  /** Expected yearly cost of lost work and of repairs (in tco.currency), included in the TCO as opex lines. */
  costs: { currency: string; lostWorkPerYear: number; repairsPerYear: number };
}
