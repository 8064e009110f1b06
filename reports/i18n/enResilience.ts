/**
 * English words of the resilience figures (summary.json designs[i].resilience): the terminal block
 * (sim/cli/resilienceTable.ts), the "Failures, redundancy and ride-through" section of summary.md and
 * report.html (../resilienceSection.ts, rows from ../resilienceRows.ts) and the episode chart
 * (../charts/resilienceTimeline.ts). Numbers arrive formatted; units sit in the row labels.
 */
export const enResilience = {
  title: 'Failures, redundancy and ride-through',
  terminalTitle: 'Resilience (failures, redundancy, ride-through)',
  header: 'Figure',
  none: '—',
  /** Group headings of the table (rows without figures). */
  headings: {
    topology: 'Topology; ride-through at full load to the allowable limit',
    horizon: (years: string): string => `Over the ${years}-year horizon (the run's failure history)`,
    scripted: (label: string): string => `Scripted what-if alone: ${label}`,
    monteCarlo: (samples: string, years: string): string => `Monte Carlo: ${samples} random ${years}-year histories`,
    costs: 'Expected cost per year (in the TCO)',
  },
  labels: {
    uptimeTier: 'Uptime tier (availability quoted for it)',
    rideThroughRoom: 'Ride-through, room air (min)',
    rideThroughLiquid: 'Ride-through, liquid loop (min)',
    unmetCooling: 'Unmet cooling (kWh)',
    hoursLostRedundancy: 'Hours with redundancy lost (h)',
    peakInlet: 'Peak server inlet air (°C)',
    peakCoolant: 'Peak coolant supply (°C)',
    minutesAboveAllowable: 'Time at or above allowable (min)',
    gpuHoursLost: 'GPU-hours lost',
    jobsFailed: 'Jobs failed',
    availability: 'Availability',
    shutdowns: 'Node trips',
    gpuHoursLostPercentile: (p: string): string => `GPU-hours lost, ${p}`,
    probabilityOfShutdown: 'Probability of a node trip',
    lostWork: (currency: string): string => `Lost work (${currency} per year)`,
    repairs: (currency: string): string => `Repairs (${currency} per year)`,
  },
  tier: (tier: string, availability: string): string => `${tier} (${availability})`,
  /** The scripted episode's events (resilienceEvents.ts composes them): one class's units, then the whole, e.g. '1 chiller, 2 CDU pumps out for 6 h'. */
  classNames: {
    chiller: 'chiller', coolingTowerCell: 'cooling-tower cell', dryCoolerFanBank: 'dry-cooler fan bank', cduPump: 'CDU pump', crah: 'CRAH',
    upsModule: 'UPS module', transformer: 'transformer', utilityFeed: 'utility feed',
  } as Record<string, string>,
  episodeUnits: (units: number, name: string): string => `${units} ${name}${units === 1 ? '' : 's'}`,
  episode: (parts: string, hours: string): string => `${parts} out for ${hours} h`,
  /** The lead: how each design comes through the scripted episode, then the spread of availability. */
  lead: {
    list: (ids: string[]): string => ids.join(', '),
    ridesThrough: (ids: string, label: string): string => `Through the scripted what-if (${label}), ${ids}: no unmet heat, no throttling.`,
    unmetOnly: (id: string, unmet: string): string => `${id} leaves ${unmet} kWh of heat unmet in the scripted what-if but stays below its allowable limits.`,
    throttles: (id: string, loop: string, reach: string, minutes: string, unmet: string): string =>
      `${id}: the ${loop} reaches its allowable limit ${reach} after the event; the nodes throttle for ${minutes} min (${unmet} kWh unmet, no trip).`,
    trips: (id: string, loop: string, reach: string, trip: string, gpuHours: string): string =>
      `${id}: the ${loop} reaches its allowable limit ${reach} after the event and its nodes trip ${trip} after it (${gpuHours} GPU-hours lost).`,
    tripsLater: (id: string, trips: string, gpuHours: string): string => `${id}: ${trips} node trip(s) in the scripted what-if (${gpuHours} GPU-hours lost).`,
    /** Appended to a design's sentence (hence the leading space). */
    loadDropAtEvent: (load: string): string => ` Its IT load had already fallen to ${load} at the event, before any loop reached a limit (nodes lost with the failed units).`,
    loadDrop: (load: string, at: string): string => ` Its IT load had already fallen to ${load} ${at} after the event, before any loop reached a limit (nodes lost with the failed units).`,
    minutes: (m: string): string => `${m} min`,
    loops: { room: 'room air', liquid: 'liquid loop' },
    availability: (years: string, low: string, lowId: string, high: string, highId: string): string =>
      `Over the ${years}-year horizon (the run's failure history), availability ranges from ${low} (${lowId}) to ${high} (${highId}).`,
    availabilityOne: (years: string, value: string, id: string): string => `Over the ${years}-year horizon (the run's failure history), ${id} is available ${value} of the time.`,
  },
  notes: (limits: string): string[] => [
    'Ride-through: minutes at full design load from a total loss of cooling until the room air (server inlet) or the liquid loop\'s coolant reaches its allowable limit, from the heat capacity of the air, the racks and the coolant; a lower bound for any partial failure.',
    `The nodes of a loop are power capped (throttled, their work slowed) at its allowable limit and trip at its shutdown limit: ${limits}. A trip fails the running jobs, which lose the progress since their last checkpoint.`,
    'The horizon figures come from one failure history of the run (random failures drawn from the cited rates with the scenario\'s seed, the scripted events and the planned maintenance); the Monte Carlo figures from further histories without the scripted events. Unmet cooling is the heat the units in service could not remove; redundancy is lost while any class of units is below its installed count.',
    'Availability is the share of the horizon with every node up and unthrottled. The Uptime tier is the one the cooling and power topology corresponds to, with the availability usually quoted for it: a classification, not a certification.',
    'Expected cost per year: GPU-hours lost (the Monte Carlo mean when histories are drawn) times the value of a GPU-hour, and failures times the repair cost of their class; both enter the TCO as the opex lines lostWorkOpex and repairsOpex.',
  ],
  limits: (inlet: string, coolant: string): string => `server inlet air ${inlet}${coolant ? `, coolant supply ${coolant}` : ''}`,
  limitPair: (throttle: string, shutdown: string): string => `${throttle} allowable / ${shutdown} shutdown`,
  chart: {
    title: 'Resilience: the scripted failure, minute by minute',
    subtitle: (label: string): string[] => [`${label}, from the event (minute 0).`, 'Top: room (server inlet) air and coolant supply temperatures, with their limits.', 'Below, per design: cooling in service (share of what the heat needs, at most 1) and IT load (share of its unthrottled draw).'],
    description: (designs: string, label: string, items: string): string => `The scripted episode (${label}) for ${designs} design(s): ${items}.`,
    item: (id: string, peakAir: string, peakCoolant: string, minLoad: string): string => `${id} peak inlet ${peakAir} °C${peakCoolant ? `, coolant ${peakCoolant} °C` : ''}, IT load down to ${minLoad}`,
    minutesAxis: 'Minutes from the event (min)',
    temperatureAxis: 'Temperature (°C)',
    fractionAxis: 'Fraction (0-1)',
    series: 'Series',
    limit: 'Limit',
    seriesNames: { air: 'Room air (server inlet)', liquid: 'Coolant supply', airCapacity: 'Air cooling in service', liquidCapacity: 'Liquid cooling in service', itLoad: 'IT load' },
    limitNames: {
      throttleInlet: 'inlet allowable', shutdownInlet: 'inlet shutdown', throttleCoolant: 'coolant allowable', shutdownCoolant: 'coolant shutdown',
    },
  },
};
