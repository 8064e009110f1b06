/**
 * The jobs on the engine (simulate.ts's cluster half): runs the workload from its warm-up to the end of the run
 * and, at the end of each control interval, sets the step record to the interval's mean cluster state and calls
 * the designs. Records the series so a later run can replay it (ClusterSeries). With `jobChannels` (a run with
 * failures) it also records each interval's mean allocated GPUs and running jobs: what a node trip loses.
 */
import { Env } from '../engine/env.js';
import { MeterBank } from '../engine/meter.js';
import { RandomStreams } from '../engine/random.js';
import type { Scenario } from '../scenario/schema.js';
import { startWorkload } from './workloadProcess.js';
import { GROUP_STEP_VALUES, type StepInput } from './stepInput.js';
import type { ClusterSeries } from './trace.js';

/** Cluster meter channels: compute power W, powered nodes, utilization x powered nodes. */
const COMPUTE = 0;
const POWERED = 1;
const BUSY = 2;

/** Runs the jobs and, at the end of each control interval, sets `state` to its mean and calls `atIntervalEnd`. */
export function runCluster(scenario: Scenario, seed: number, key: string, endS: number, steps: number,
  state: StepInput, atIntervalEnd: (nowS: number) => void, jobChannels = false): ClusterSeries {
  const stepS = scenario.site.controlStepS;
  // The warm-up replays jobs before t = 0 without metering them: the year starts with a loaded cluster.
  const warmUpS = scenario.workload.warmUpS ?? 0;
  const env = new Env(-warmUpS);
  // Several node groups add their own channels (compute W, powered nodes, busy GPU-equivalents / GPUs per node) after the totals.
  const groupValues = state.groups.length;
  const groupChannels = Array.from({ length: groupValues }, (_, k) => `group ${Math.floor(k / GROUP_STEP_VALUES)} ${['compute', 'powered', 'busy'][k % GROUP_STEP_VALUES]}`);
  const jobs = jobChannels ? ['allocated GPUs', 'running jobs'] : [];
  const meter = new MeterBank(['compute', 'powered', 'busy', ...groupChannels, ...jobs], 0, 1);
  const jobsAt = 3 + groupValues;
  const workload = startWorkload(env, scenario.workload, new RandomStreams(seed), { startS: -warmUpS, endS }, (nowS) => {
    if (nowS > 0) meter.advance(nowS);
    setClusterPower();
  });
  // Called after every job event: the groups' view is made once, and the totals summed from the groups' own
  // values in group order (the same additions as the workload's totals, so the same doubles).
  const groupOut = meter.powerW.subarray(3);
  function setClusterPower(): void {
    let computeW = 0, powered = 0;
    if (groupValues > 0) {
      workload.groupState!(groupOut);
      for (let k = 0; k < groupValues; k += GROUP_STEP_VALUES) { computeW += groupOut[k]; powered += groupOut[k + 1]; }
    } else {
      powered = workload.poweredNodes();
      computeW = workload.computePowerW();
    }
    meter.powerW[COMPUTE] = computeW;
    meter.powerW[POWERED] = powered;
    meter.powerW[BUSY] = workload.meanUtilization() * powered;
    if (jobChannels) {
      meter.powerW[jobsAt] = workload.busyGpus();
      meter.powerW[jobsAt + 1] = workload.runningJobs?.() ?? 0;
    }
  }
  setClusterPower();

  const computePowerW = new Float64Array(steps);
  const poweredNodes = new Float64Array(steps);
  const meanUtilization = new Float64Array(steps);
  const groups = new Float64Array(steps * groupValues);
  let n = 0;
  const allocatedGpus = new Float64Array(jobChannels ? steps : 0);
  const runningJobs = new Float64Array(jobChannels ? steps : 0);
  const lastJ = new Float64Array(3 + groupValues + jobs.length);
  const closeInterval = (nowS: number) => {
    meter.advance(nowS);
    const e = meter.energyJ;
    state.computePowerW = (e[COMPUTE] - lastJ[COMPUTE]) / stepS;
    state.poweredNodes = (e[POWERED] - lastJ[POWERED]) / stepS;
    state.meanUtilization = state.poweredNodes > 0 ? (e[BUSY] - lastJ[BUSY]) / stepS / state.poweredNodes : 0;
    for (let k = 0; k < groupValues; k += GROUP_STEP_VALUES) {
      const powered = (e[3 + k + 1] - lastJ[3 + k + 1]) / stepS;
      state.groups[k] = (e[3 + k] - lastJ[3 + k]) / stepS;
      state.groups[k + 1] = powered;
      state.groups[k + 2] = powered > 0 ? (e[3 + k + 2] - lastJ[3 + k + 2]) / stepS / powered : 0;
    }
    if (groupValues > 0) groups.set(state.groups, n * groupValues);
    if (jobChannels) {
      allocatedGpus[n] = (e[jobsAt] - lastJ[jobsAt]) / stepS;
      runningJobs[n] = (e[jobsAt + 1] - lastJ[jobsAt + 1]) / stepS;
    }
    lastJ.set(e);
    computePowerW[n] = state.computePowerW;
    poweredNodes[n] = state.poweredNodes;
    meanUtilization[n++] = state.meanUtilization;
    atIntervalEnd(nowS);
  };
  const controlKind = env.on('control', (nowS) => {
    closeInterval(nowS);
    if (nowS + stepS < endS) env.at(nowS + stepS, controlKind);
  });
  env.at(stepS, controlKind);
  env.run({ untilS: endS });
  // The boundary rule leaves the event at endS unprocessed: close the last interval here.
  closeInterval(endS);
  return {
    key,
    computePowerW: computePowerW.slice(0, n),
    poweredNodes: poweredNodes.slice(0, n),
    meanUtilization: meanUtilization.slice(0, n),
    groups: groups.slice(0, n * groupValues),
    ...(jobChannels ? { allocatedGpus: allocatedGpus.slice(0, n), runningJobs: runningJobs.slice(0, n) } : {}),
    jobs: workload.stats(),
  };
}
