/**
 * Every check `dctwin run` makes on its inputs after loading the scenario,
 * without simulating, for `dctwin validate`:
 *
 *   the weather file's records (loadWeather: the run reads them first)
 *   the job trace or utilization profile rows the run would read: up to the end of
 *     the simulated window (warm-up included) or of the file's first pass
 *   the `uncertainty:` block, as `run --samples` checks it (checkUncertaintyBlock)
 *
 * Throws the same InputErrors as the run. The notes of the weather reader
 * (values it repaired) are the run's to print, with its results.
 */
import { loadWeather } from '../models/climate/weather.js';
import { newJobRecord } from '../models/workload/job.js';
import { openProfile } from '../models/workload/profile.js';
import { openTrace } from '../models/workload/trace.js';
import { checkUncertaintyBlock, scenarioShape } from './montecarlo/checkUncertainty.js';
import type { ScenarioSource } from './montecarlo/sampleScenario.js';
import type { Scenario } from '../scenario/schema.js';
import { SECONDS_PER_HOUR } from '../units.js';
import { withCatalogueRanges } from '../scenario/schema/costCatalogue.js';

/** Reads the rows of a trace or profile that a run of `windowS` seconds reads (the run fails on the same row). */
function readJobRows(jobs: Scenario['workload']['jobs'], windowS: number): void {
  if (jobs.kind === 'trace') {
    const source = openTrace(jobs.trace);
    const record = newJobRecord();
    try {
      while (source.passes === 0 && source.next(record) && record.submitS < windowS);
    } finally {
      source.close();
    }
  } else if (jobs.kind === 'profile') {
    const source = openProfile(jobs.profile);
    const step = { startS: 0, utilization: 0 };
    try {
      while (source.next(step) && step.startS < windowS);
    } finally {
      source.close();
    }
  }
}

export function checkScenario(scenario: Scenario, source: ScenarioSource): void {
  const weather = loadWeather(scenario.site.weather);
  const windowS = weather.hours * scenario.site.years * SECONDS_PER_HOUR + (scenario.workload.warmUpS ?? 0);
  readJobRows(scenario.workload.jobs, windowS);
  const spec = withCatalogueRanges(scenario); // the scenario's block, and picked catalogue records' ranges
  if (Object.keys(spec).length > 0) checkUncertaintyBlock(source, spec, scenarioShape(scenario));
}
