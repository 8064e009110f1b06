/**
 * composeStep (sim/simulation/composeStep.ts) is the only composition of a design's step: the design-point
 * sizing composes once per design, the run once per distinct step record; the physical balances of its
 * output are checked in test/facility/energyBalance.test.ts.
 */
import { describe, expect, it, vi } from 'vitest';
import { NO_FAILURES, NO_GROUPS } from '../../sim/simulation/stepInput.js';

const composed = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../sim/simulation/composeStep.js', async (original) => (await import('../countingMock.js')).countCalls(await original<Record<string, unknown>>(), 'composeStep', composed));

const { composeStep, newStepWorkspace } = await import('../../sim/simulation/composeStep.js');
const { DesignRun } = await import('../../sim/simulation/designRun.js');
const { designConditions } = await import('../../sim/models/climate/designConditions.js');
const { standardPressurePa } = await import('../../sim/models/climate/psychrometrics.js');
const { defaultScenario, readWeather, sizeAll, WEATHER } = await import('../facility/plants.js');

const scenario = defaultScenario();

describe('composeStep', () => {
  it('is what the sizing and the run call: once per design at the design point, once per distinct step', () => {
    composed.count = 0;
    const sized = sizeAll(scenario, readWeather(WEATHER.hangzhou));
    expect(composed.count).toBe(sized.length);
    const nodes = scenario.workload.groups[0].count;
    const s = { computePowerW: 0.5 * nodes * scenario.workload.groups[0].power.peakPowerW, poweredNodes: nodes, meanUtilization: 0.5, dryBulbC: 20, wetBulbC: 15, pressurePa: 101_325, groups: NO_GROUPS, inService: NO_FAILURES };
    const run = new DesignRun(sized[0].plant, 1);
    composed.count = 0;
    for (let k = 0; k < 4; k++) run.evaluate(k * 900, 900, s);
    run.evaluate(3600 - 1, 1, { ...s, dryBulbC: 21 });
    expect(composed.count).toBe(2);
  });

  it("composing the sized plant at the design point gives back the sizing's design heat, cooling and facility power", () => {
    const weather = readWeather(WEATHER.hangzhou);
    const { maxDryBulb, maxWetBulb } = designConditions(weather);
    const nodes = scenario.workload.groups[0].count;
    for (const d of sizeAll(scenario, weather)) {
      // The sizing takes the in-building losses from a chain sized without mechanical load; with no cooling on
      // the UPS (the default scenario) that chain's UPS and distribution equal the final one's.
      expect(d.plant.power.mechanicalOnUpsFraction).toBe(0);
      const out = composeStep(d.plant, { computePowerW: nodes * d.plant.it.nodePeakPowerW, poweredNodes: nodes, meanUtilization: 1,
        dryBulbC: maxDryBulb.tempC, wetBulbC: maxWetBulb.tempC, pressurePa: standardPressurePa(weather.station.elevationM), groups: NO_GROUPS, inService: NO_FAILURES }, newStepWorkspace());
      expect(out.liquidHeatW).toBe(d.designLiquidHeatW);
      expect(out.airHeatW).toBe(d.designAirHeatW);
      expect(out.mechanicalW).toBe(d.designCoolingPowerW);
      expect(out.facilityW).toBe(d.designFacilityPowerW);
    }
  });
});
