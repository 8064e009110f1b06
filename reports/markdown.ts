/**
 * summary.md: the answer sentence, the KPI table, the decision sections (TCO by
 * line, payback, uncertainty, capacity, money defaults; one file each, shared
 * with report.html), where GB 40879-2021's grades apply, and the energy by
 * component, for people reading a run folder in a terminal or a code review.
 * In the report's language (i18n/); numbers are formatted the same in each.
 */
import type { Summary } from '../sim/types/summary.js';
import { answerOf } from './answer.js';
import { formatHours, formatMWh, formatPercent, formatRatio } from './format.js';
import { kpiRows } from './kpi.js';
import { decisionSections } from './decisionSections.js';
import { markdownTable, sectionMarkdown } from './section.js';
import { costInputsMarkdown } from './costInputs.js';
import { sensitivityMarkdown } from './sensitivitySection.js';
import { gb40879Section } from './gb40879.js';
import { DEFAULT_LANG, messages, type Lang, type Messages } from './i18n/lang.js';

/** Every meter key over the designs, in first-seen order. */
function componentKeys(summary: Summary): string[] {
  const keys: string[] = [];
  for (const d of summary.designs) for (const k of Object.keys(d.metrics.energyByComponentKWh)) if (!keys.includes(k)) keys.push(k);
  return keys;
}

/** Lowest to highest monthly PUE over the simulated months (months without hours are null or NaN). */
function monthlyRangeText(monthlyPue: (number | null)[], m: Messages): string {
  const simulated = monthlyPue.filter((p): p is number => Number.isFinite(p));
  return simulated.length ? m.markdown.range(formatRatio(Math.min(...simulated)), formatRatio(Math.max(...simulated))) : '–';
}

export function summaryMarkdown(summary: Summary, lang: Lang = DEFAULT_LANG): string {
  const m = messages(lang);
  const w = m.markdown;
  const answer = answerOf(summary, lang);
  const ids = summary.designs.map((d) => d.id);
  const align = (n: number): ('l' | 'r')[] => ['l', ...Array<'r'>(n).fill('r')];
  const kpis = markdownTable([m.report.indicator, ...ids], kpiRows(summary, lang).map((r) => [r.label, ...r.cells.map((c) => c.text)]), align(ids.length));
  const keys = componentKeys(summary);
  const energyRows = keys.map((k) => [
    k,
    ...summary.designs.map((d) => {
      const kWh = d.metrics.energyByComponentKWh[k];
      return kWh === undefined ? '–' : `${formatMWh(kWh)} (${formatPercent(kWh / d.metrics.facilityEnergyKWh)})`;
    }),
  ]);
  energyRows.push([`**${w.facilityTotal}**`, ...summary.designs.map((d) => `**${formatMWh(d.metrics.facilityEnergyKWh)}**`)]);
  const operation = markdownTable(
    [m.report.indicator, ...ids],
    [
      [w.freeCoolingHours, ...summary.designs.map((d) => formatHours(d.metrics.freeCoolingHours))],
      [w.monthlyPueRange, ...summary.designs.map((d) => monthlyRangeText(d.metrics.monthlyPue, m))],
      [w.clampedHours, ...summary.designs.map((d) => formatHours(d.metrics.clampedHours))],
    ],
    align(ids.length),
  );
  // The decision, one section per line (section.ts renders each the same way in report.html).
  const decision = decisionSections(summary, lang).map((s) => `${sectionMarkdown(s)}\n`).join('');
  const gb = gb40879Section(summary, lang);
  const scope = gb ? `${sectionMarkdown(gb)}\n` : '';
  const overrides = summary.overrides?.length ? `\n${w.overrides(summary.overrides.map((o) => `\`--set ${o}\``).join(', '))}\n` : '';
  const warnings = summary.warnings.length ? `\n## ${w.warningsTitle}\n\n${summary.warnings.map((x) => `- ${x}`).join('\n')}\n` : '';
  return `# ${summary.scenario}

**${answer.headline}**${answer.why ? ` ${answer.why}` : ''}

${w.runLine(summary.weather, String(summary.seed), String(summary.simulatedHours))}
${overrides}
## ${w.kpisTitle}

${kpis}

${scope}${decision}## ${w.energyTitle}

${markdownTable([w.component, ...ids], energyRows, align(ids.length))}

## ${w.operationTitle}

${operation}
${costInputsMarkdown(summary, lang)}${sensitivityMarkdown(summary, lang)}${warnings}`;
}
