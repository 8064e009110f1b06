import { describe, expect, it } from 'vitest';
import { costInputRows, costInputsHtml, costInputsMarkdown } from '../../reports/costInputs.js';
import { escapeHtml } from '../../reports/html.js';
import { fakeRun } from '../fixtures/run/fakeRun.js';
import type { Summary } from '../../sim/types/summary.js';

const withInputs = (): Summary => {
  const s = structuredClone(fakeRun(2).summary);
  s.designs[0].tco!.inputs = [
    { line: 'capex.power', price: 47582.98, unit: 'CNY/kW', source: 'C&W 2025, pp. 6-9', entry: 'cw-2025-critical-capacity', tag: 'P', basis: '6201 USD/kW x 1.055 x 7.2734', lowPrice: 37822.37, highPrice: 61003.82 },
    { line: 'capex.whiteSpace', price: 13500, unit: 'CNY/m^2', source: 'assumption' },
  ];
  return s;
};

describe('cost inputs section', () => {
  it('one row per capex input with price, range, source or "assumption", record and basis', () => {
    const rows = costInputRows(withInputs());
    expect(rows[0]).toEqual(['' + withInputs().designs[0].id, 'capex.power', '47,583 CNY/kW', '37,822 – 61,004', 'C&W 2025, pp. 6-9', 'cw-2025-critical-capacity (P)', '6201 USD/kW x 1.055 x 7.2734']);
    expect(rows[1].slice(1)).toEqual(['capex.whiteSpace', '13,500 CNY/m^2', '–', 'assumption', '–', 'typed in the scenario']);
  });
  it('renders into Markdown and HTML (escaped); nothing when no design recorded inputs', () => {
    expect(costInputsMarkdown(withInputs())).toMatch(/## Cost inputs\n\n\| Design \| Line \| Price/);
    expect(costInputsHtml(withInputs(), escapeHtml)).toContain('C&amp;W 2025, pp. 6-9');
    const none = structuredClone(fakeRun(2).summary);
    for (const d of none.designs) if (d.tco) delete d.tco.inputs;
    expect(costInputsMarkdown(none)).toBe('');
    expect(costInputsHtml(none, escapeHtml)).toBe('');
  });
});
