/**
 * Facility energy balance (issue 2): at every control interval and in every
 * hour bucket, facility = IT + cooling + power-chain losses + misc, to 1e-9
 * relative, for the default scenario's two designs sized once on Hangzhou,
 * over random loads and weathers. The reference total is recomputed from the
 * public models, summing EVERY key the cooling plant returns (so a consumer
 * missing from the design's channels shows up as an imbalance).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DesignRun, type IntervalState } from '../../sim/simulation/designRun.js';
import { itPower } from '../../sim/models/it/itPower.js';
import { powerChain } from '../../sim/models/power/chain.js';
import { coolingPower } from '../../sim/models/cooling/plant.js';
import { channelsOf, defaultScenario, readWeather, sizeAll, sumAt, total, WEATHER } from './plants.js';

const REL = 1e-9;
const scenario = defaultScenario();
const sized = sizeAll(scenario, readWeather(WEATHER.hangzhou));
const nodeCount = scenario.workload.nodes.count;
const peakW = scenario.workload.nodes.power.peakPowerW;

/** Facility power of one interval from the models themselves (the order designRun.ts documents). */
function referenceFacilityW(plantIndex: number, s: IntervalState) {
  const plant = sized[plantIndex].plant;
  const it = itPower(plant.it, { ...s, inletAirTempC: plant.inletAirTempC });
  const inside = powerChain(plant.power, { itPowerW: it.itPowerW, mechanicalPowerW: 0 });
  const airHeatW = it.airHeatW + inside.distributionLossW + inside.upsLossW + inside.lightingW + inside.miscW;
  const cooling = coolingPower(plant.cooling, { liquidHeatW: it.liquidHeatW, airHeatW, dryBulbC: s.dryBulbC, wetBulbC: s.wetBulbC, pressurePa: s.pressurePa });
  const coolingW = Object.values(cooling.powerW).reduce((a, b) => a + b, 0);
  const chain = powerChain(plant.power, { itPowerW: it.itPowerW, mechanicalPowerW: coolingW });
  const facilityW = it.itPowerW + coolingW + chain.distributionLossW + chain.upsLossW + chain.transformerLossW + chain.lightingW + chain.miscW;
  return { it, cooling, facilityW };
}

const weatherArb = fc.record({
  dryBulbC: fc.double({ min: -30, max: 45, noNaN: true }),
  depressionK: fc.double({ min: 0, max: 25, noNaN: true }),
  pressurePa: fc.double({ min: 80_000, max: 104_000, noNaN: true }),
});
const loadArb = fc.record({
  poweredShare: fc.double({ min: 0, max: 1, noNaN: true }),
  utilization: fc.double({ min: 0, max: 1, noNaN: true }),
  computeShare: fc.double({ min: 0, max: 1, noNaN: true }),
});
const intervalArb = fc.tuple(loadArb, weatherArb).map(([l, w]): IntervalState => {
  const poweredNodes = l.poweredShare * nodeCount;
  return {
    poweredNodes,
    meanUtilization: l.utilization,
    computePowerW: l.computeShare * poweredNodes * peakW,
    dryBulbC: w.dryBulbC,
    wetBulbC: w.dryBulbC - w.depressionK,
    pressurePa: w.pressurePa,
  };
});
/** Control steps that divide an hour (the scenario schema's advice), and one hour of random intervals. */
const hourArb = fc.constantFrom(300, 900, 1800, 3600).chain((stepS) =>
  fc.array(intervalArb, { minLength: 3600 / stepS, maxLength: 3600 / stepS }).map((states) => ({ stepS, states })));

describe('facility energy balance, every interval and every hour', () => {
  it('the cooling channels are exactly the consumers the plant reports', () => {
    sized.forEach((s, i) => {
      const run = new DesignRun(s.plant, 1);
      const { cooling } = referenceFacilityW(i, { ...hourState(), dryBulbC: 20, wetBulbC: 15, pressurePa: 101_325 });
      expect(channelsOf(run, 'cooling').map((c) => run.channels[c])).toEqual(Object.keys(cooling.powerW));
      expect(run.channels[0]).toBe('it');
      expect(new Set(run.channels).size).toBe(run.channels.length);
    });
  });

  it('facility = IT + cooling + power chain + misc per interval and per hour bucket; channels >= 0; PUE >= 1', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: sized.length - 1 }), fc.integer({ min: 0, max: 2 }), hourArb, (d, hour, { stepS, states }) => {
      const run = new DesignRun(sized[d].plant, 3);
      const n = run.channels.length;
      const it = channelsOf(run, 'it'), cooling = channelsOf(run, 'cooling'), power = channelsOf(run, 'power'), misc = channelsOf(run, 'misc');
      let expectedHourJ = 0;
      let computeJ = 0;
      states.forEach((s, k) => {
        const before = Float64Array.from(run.energyJ);
        run.evaluate(hour * 3600 + k * stepS, stepS, s);
        const delta = run.energyJ.map((e, c) => e - before[c]);
        for (const e of delta) expect(e).toBeGreaterThanOrEqual(0);
        const ref = referenceFacilityW(d, s);
        const facilityJ = total(delta);
        const parts = sumAt(delta, it) + sumAt(delta, cooling) + sumAt(delta, power) + sumAt(delta, misc);
        expect(Math.abs(facilityJ - ref.facilityW * stepS)).toBeLessThanOrEqual(REL * facilityJ);
        expect(Math.abs(parts - facilityJ)).toBeLessThanOrEqual(REL * facilityJ);
        expect(Math.abs(delta[it[0]] - ref.it.itPowerW * stepS)).toBeLessThanOrEqual(REL * facilityJ);
        expect(facilityJ).toBeGreaterThanOrEqual(delta[it[0]]); // PUE >= 1 in every interval
        // Heat bookkeeping: all IT power becomes heat, split between liquid and room air; compute <= IT.
        expect(ref.it.liquidHeatW).toBeGreaterThanOrEqual(0);
        expect(ref.it.airHeatW).toBeGreaterThanOrEqual(0);
        expect(Math.abs(ref.it.liquidHeatW + ref.it.airHeatW - ref.it.itPowerW)).toBeLessThanOrEqual(REL * ref.it.itPowerW + 1e-9);
        expect(s.computePowerW).toBeLessThanOrEqual(ref.it.itPowerW * (1 + REL));
        expectedHourJ += ref.facilityW * stepS;
        computeJ += s.computePowerW * stepS;
      });
      // The hour bucket holds exactly this hour's intervals; the other buckets stay empty.
      const bucket = run.hourlyEnergyJ.subarray(hour * n, (hour + 1) * n);
      expect(Math.abs(total(bucket) - expectedHourJ)).toBeLessThanOrEqual(REL * expectedHourJ + 1e-6);
      expect(total(run.hourlyEnergyJ) - total(bucket)).toBe(0);
      for (let c = 0; c < n; c++) expect(Math.abs(bucket[c] - run.energyJ[c])).toBeLessThanOrEqual(REL * run.energyJ[c]);
      expect(total(bucket)).toBeGreaterThanOrEqual(bucket[0]);
      expect(Math.abs(run.computeEnergyJ - computeJ)).toBeLessThanOrEqual(REL * computeJ + 1e-9);
    }), { numRuns: 150 });
  });

  it('heat split follows the rack type: the air-cooled design sends nothing to liquid', () => {
    const air = sized.findIndex((s) => s.plant.cooling.liquid === undefined);
    const liquid = sized.findIndex((s) => s.plant.cooling.liquid !== undefined);
    const s = { ...hourState(), dryBulbC: 25, wetBulbC: 20, pressurePa: 101_325 };
    expect(referenceFacilityW(air, s).it.liquidHeatW).toBe(0);
    // The default liquid PoD captures 100 % of compute heat: liquid heat >= compute power.
    expect(referenceFacilityW(liquid, s).it.liquidHeatW).toBeGreaterThanOrEqual(s.computePowerW * (1 - REL));
  });
});

function hourState() {
  return { computePowerW: 0.6 * nodeCount * peakW, poweredNodes: nodeCount, meanUtilization: 0.6 };
}
