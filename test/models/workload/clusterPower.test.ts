import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ClusterPower } from '../../../sim/models/workload/clusterPower.js';

const linear = (u: number) => 2000 + 8000 * u;

describe('ClusterPower', () => {
  it('sums node powers by hand', () => {
    const c = new ClusterPower(2, 8, linear, 10, false);
    expect(c.totalW).toBe(4000);
    c.addBusy(0, 4, false); // node 0 at u = 0.5: 6000 W
    expect(c.totalW).toBe(8000);
    expect(c.meanUtilization()).toBe(0.25); // 4 busy of 16 GPUs
    c.powerOff(1); // standby 10 W
    expect(c.totalW).toBe(6010);
    expect(c.powered).toBe(1);
    expect(c.meanUtilization()).toBe(0.5);
    c.addBusy(0, -4, true);
    expect(c.totalW).toBe(2010);
  });

  it('a node left empty is exactly idle although +/- utilization sums do not cancel', () => {
    const c = new ClusterPower(1, 8, linear, 0, false);
    c.addBusy(0, 0.1 * 3, false);
    c.addBusy(0, 0.7 * 1, false);
    c.addBusy(0, -0.1 * 3, false);
    c.addBusy(0, -0.7 * 1, true);
    expect(c.totalW).toBe(2000);
    expect(c.totalBusy).toBe(0);
  });

  it('the running total equals the sum of node powers after any changes', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(4), fc.integer({ min: 0, max: 8 }), fc.double({ min: 0, max: 1, noNaN: true })), { maxLength: 200 }), (ops) => {
        const c = new ClusterPower(5, 8, (u) => 300 + 700 * u * u, 5, true);
        for (const [node, gpus, u] of ops) {
          c.powerOn(node);
          c.addBusy(node, gpus * u - c.busy[node], gpus === 0);
          if (gpus === 0) c.powerOff(node);
        }
        const sum = Array.from(c.nodeW).reduce((a, b) => a + b, 0);
        expect(c.totalW).toBeCloseTo(sum, 6);
        expect(c.powered).toBe(Array.from(c.on).reduce((a, b) => a + b, 0));
      }),
    );
  });
});
