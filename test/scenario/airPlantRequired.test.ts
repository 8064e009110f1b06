/**
 * Issue 12 item 4: racks that leave compute heat in room air need an air plant. Without `cooling.air` that heat
 * used to go silently into the warm-water loop, with no fan or chiller energy (32 degC water cannot make 24 degC
 * supply air); now the scenario is refused with exit 2, naming the field. A full-liquid rack (100 % capture)
 * without an air plant stays valid (its residual room heat is the documented assumption of plant.ts).
 */
import { describe, expect, it } from 'vitest';
import { main } from '../../sim/cli/main.js';
import { fakeIo } from '../cli/fakeIo.js';

const MINIMAL = 'test/fixtures/scenarios/minimal.yaml';

async function validate(...set: string[]) {
  const io = fakeIo();
  const code = await main(['validate', MINIMAL, ...set.flatMap((s) => ['--set', s])], io);
  return { code, err: io.err() };
}

describe('an air plant is required where racks leave heat in room air', () => {
  it('a 60 % hybrid without cooling.air exits 2 naming designs[0].cooling.air', async () => {
    expect(await validate('designs[0].racks.type=hybrid', 'designs[0].racks.liquidCapture=60 %')).toEqual({
      code: 2,
      err: `error: ${MINIMAL}:21: designs[0].cooling.air: expected an air plant (\`cooling.air\`: CRAHs on chilled water) because the racks leave 40 % ` +
        'of compute heat in room air (racks.liquidCapture 60 %), got none (warm facility water cannot make the supply air)\n',
    });
  });

  it('air racks without cooling.air exit 2 the same way', async () => {
    expect((await validate('designs[0].racks={ type: air, ratedPower: 40 kW }')).err).toContain(
      'designs[0].cooling.air: expected an air plant (`cooling.air`: CRAHs on chilled water) because the racks leave 100 % of compute heat in room air (racks.type air), got none');
  });

  it("a node group's own air racks (groupRacks) without cooling.air exit 2 naming the group", async () => {
    const groups = ['workload.nodes=[{ name: gpu, count: 2, idlePower: 2 kW }, { name: infer, accelerator: l20, count: 2 }]', 'workload.jobs={ poisson: { rate: 1 /h } }'];
    expect((await validate(...groups, 'designs[0].groupRacks={ infer: { type: air, ratedPower: 40 kW } }')).err).toContain(
      'designs[0].cooling.air: expected an air plant (`cooling.air`: CRAHs on chilled water) because the racks leave 100 % of compute heat in room air (groupRacks.infer.type air), got none');
    expect((await validate(...groups)).code).toBe(0);
    expect((await validate(...groups, 'designs[0].groupRacks={ nope: { type: air, ratedPower: 40 kW } }')).err).toContain(
      "designs[0].groupRacks.nope: expected a node group name of workload.nodes (gpu, infer), got 'nope'");
  });

  it('a full-liquid PoD without an air plant stays valid', async () => {
    expect((await validate()).code).toBe(0);
  });
});
