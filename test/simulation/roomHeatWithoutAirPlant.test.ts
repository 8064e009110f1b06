/**
 * Issue 12 item 4, the full-liquid case: a design whose racks capture all compute heat but that has no `cooling.air`
 * still has room heat (PSU, UPS and distribution losses, lighting). It is sent to the liquid loop (schema/roomAir.ts
 * refuses racks with air-cooled parts instead); the run says so in its warnings rather than silently.
 */
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../sim/studies/evaluate.js';
import { defaultScenario } from '../facility/plants.js';
import type { Scenario } from '../../sim/scenario/schema.js';

function liquidPod(withAir: boolean) {
  const s = defaultScenario();
  const pod = s.designs.find((d) => d.id === 'liquid-pod')!;
  const cooling = withAir ? pod.cooling : { liquid: pod.cooling.liquid! };
  const scenario: Scenario = { ...s, designs: [{ ...pod, cooling }] };
  return evaluate(scenario);
}

describe('room heat of a full-liquid design without an air plant', () => {
  it('is named in the warnings with its design kW', () => {
    const { warnings } = liquidPod(false).result;
    expect(warnings.some((w) => /designs 'liquid-pod': [\d.]+ kW of room-air heat at design .* add cooling\.air/.test(w))).toBe(true);
  });
  it('is not warned about when the design has an air plant', () => {
    expect(liquidPod(true).result.warnings.some((w) => w.includes('room-air heat at design'))).toBe(false);
  });
});
