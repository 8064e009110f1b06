/**
 * summary.md: the answer sentence, the KPI table, the decision sections (TCO by
 * line, payback, uncertainty, capacity, money defaults; one file each, shared
 * with report.html) and the energy by component, for people reading a run
 * folder in a terminal or a code review.
 */
import type { Summary } from '../sim/types/summary.js';
import { answerOf } from './answer.js';
import { formatHours, formatMWh, formatPercent, formatRatio } from './format.js';
import { kpiRows } from './kpi.js';
import { decisionSections } from './decisionSections.js';
import { markdownTable, sectionMarkdown } from './section.js';
import { costInputsMarkdown } from './costInputs.js';
import { sensitivityMarkdown } from './sensitivitySection.js';


/** Every meter key over the designs, in first-seen order. */
function componentKeys(summary: Summary): string[] {
  const keys: string[] = [];
  for (const d of summary.designs) for (const k of Object.keys(d.metrics.energyByComponentKWh)) if (!keys.includes(k)) keys.push(k);
  return keys;
}

/** Lowest to highest monthly PUE over the simulated months (months without hours are null or NaN). */
function monthlyRangeText(monthlyPue: (number | null)[]): string {
  const simulated = monthlyPue.filter((p): p is number => Number.isFinite(p));
  return simulated.length ? `${formatRatio(Math.min(...simulated))} to ${formatRatio(Math.max(...simulated))}` : '–';
}

export function summaryMarkdown(summary: Summary): string {
  const answer = answerOf(summary);
  const ids = summary.designs.map((d) => d.id);
  const align = (n: number): ('l' | 'r')[] => ['l', ...Array<'r'>(n).fill('r')];
  const kpis = markdownTable(['Indicator', ...ids], kpiRows(summary).map((r) => [r.label, ...r.cells.map((c) => c.text)]), align(ids.length));
  const keys = componentKeys(summary);
  const energyRows = keys.map((k) => [
    k,
    ...summary.designs.map((d) => {
      const kWh = d.metrics.energyByComponentKWh[k];
      return kWh === undefined ? '–' : `${formatMWh(kWh)} (${formatPercent(kWh / d.metrics.facilityEnergyKWh)})`;
    }),
  ]);
  energyRows.push(['**facility total**', ...summary.designs.map((d) => `**${formatMWh(d.metrics.facilityEnergyKWh)}**`)]);
  const operation = markdownTable(
    ['Indicator', ...ids],
    [
      ['Free-cooling hours', ...summary.designs.map((d) => formatHours(d.metrics.freeCoolingHours))],
      ['Monthly PUE, lowest to highest', ...summary.designs.map((d) => monthlyRangeText(d.metrics.monthlyPue))],
      ['Hours clamped to a model range', ...summary.designs.map((d) => formatHours(d.metrics.clampedHours))],
    ],
    align(ids.length),
  );
  // The decision, one section per line (section.ts renders each the same way in report.html).
  const decision = decisionSections(summary).map((s) => `${sectionMarkdown(s)}\n`).join('');
  const overrides = summary.overrides?.length ? `\nOverrides: ${summary.overrides.map((o) => `\`--set ${o}\``).join(', ')}\n` : '';
  const warnings = summary.warnings.length ? `\n## Warnings\n\n${summary.warnings.map((w) => `- ${w}`).join('\n')}\n` : '';
  return `# ${summary.scenario}

**${answer.headline}**${answer.why ? ` ${answer.why}` : ''}

Weather: ${summary.weather} · seed ${summary.seed} · ${summary.simulatedHours} h simulated
${overrides}
## Key figures

${kpis}

${decision}## Energy by component (MWh, share of facility energy)

${markdownTable(['Component', ...ids], energyRows, align(ids.length))}

## Operation

${operation}
${costInputsMarkdown(summary)}${sensitivityMarkdown(summary)}${warnings}`;
}
