/**
 * GB 40879-2021's scope, per design: its grades apply to air-cooled designs (room air from an electric
 * chilled-water plant) and not to liquid-cooled racks (full-liquid or hybrid halls), per the scope text
 * "采用独立配电、空气冷却、电动空调的数据中心" (gbstd.com, GB 40879-2021 "Scope"). The grade thresholds are
 * unverified, so the section must print no grade.
 */
import { describe, expect, it } from 'vitest';
import { gb40879Scope, gb40879Section } from '../../reports/gb40879.js';
import type { DesignSummary, SizingSummary, Summary } from '../../sim/types/summary.js';
import { fakeRun } from '../fixtures/run/fakeRun.js';

const withRacks = (summary: Summary, types: (SizingSummary['rackType'] | undefined)[]): Summary => ({
  ...summary,
  designs: summary.designs.map((d, i): DesignSummary => (types[i] === undefined ? d : { ...d, sizing: { rackType: types[i] } as SizingSummary })),
});

const base = fakeRun(7).summary; // designs: air-chw, liquid-pod

describe('gb40879Scope', () => {
  it('applies to air-cooled racks only', () => {
    const s = withRacks({ ...base, designs: [base.designs[0], base.designs[1], base.designs[1]] }, ['air', 'liquid-pod', 'hybrid']);
    expect(s.designs.map(gb40879Scope)).toEqual(['applies', 'fullLiquid', 'hybrid']);
  });

  it('node groups in liquid PoDs and air racks make a hybrid hall; groups all in air racks are in scope', () => {
    const [d] = withRacks(base, ['liquid-pod']).designs;
    const group = (rackType: 'air' | 'liquid-pod') => ({ group: rackType, rackType, racks: 1, nodesPerRack: 1, designItPowerKW: 1 });
    expect(gb40879Scope({ ...d, sizing: { ...d.sizing!, groupRacks: [group('liquid-pod'), group('air')] } })).toBe('hybrid');
    expect(gb40879Scope({ ...d, sizing: { ...d.sizing!, groupRacks: [group('air'), group('air')] } })).toBe('applies');
  });

  it('says unknown for a summary.json written before the rack type was recorded', () => {
    expect(gb40879Scope(base.designs[0])).toBe('unknown');
  });
});

describe('the GB 40879-2021 section', () => {
  const summary = withRacks(base, ['air', 'liquid-pod']);

  it('names the designs in and out of scope, in English', () => {
    const s = gb40879Section(summary)!;
    expect(s.rows[0].cells.map((c) => c.text)).toEqual(['yes: air cooling, electric chillers', 'no: liquid-cooled racks (full-liquid hall)']);
    expect(s.notes.join(' ')).toContain('Within that scope: air-chw.');
    expect(s.notes.join(' ')).toContain('Outside that scope: liquid-pod.');
    expect(s.notes.join(' ')).toContain('air cooling and electrically driven air conditioning');
  });

  it('says the same in Chinese: the grades do not apply to the full-liquid hall', () => {
    const s = gb40879Section(summary, 'zh-CN')!;
    expect(s.title).toContain('GB 40879-2021');
    expect(s.rows[0].cells.map((c) => c.text)).toEqual(['是：空气冷却、电动冷水机组', '否：液冷机柜（全液冷机房）']);
    expect(s.notes.join('')).toContain('不在该适用范围内：liquid-pod');
    expect(s.notes.join('')).toContain('能效等级不适用');
  });

  it('prints no grade and no threshold (not verified against the standard)', () => {
    for (const lang of ['en', 'zh-CN'] as const) {
      const text = JSON.stringify(gb40879Section(summary, lang));
      expect(text).not.toMatch(/1\.20|1\.30|1\.50/);
      expect(text).not.toMatch(/reaches grade|达到.级/);
    }
  });

  it('is left out without designs', () => {
    expect(gb40879Section({ ...base, designs: [] })).toBeUndefined();
  });
});
