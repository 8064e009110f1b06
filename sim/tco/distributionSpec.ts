/**
 * The text of one uncertain input in the `uncertainty:` block, parsed: a
 * distribution whose numbers all carry one unit text (the target field's),
 * and an optional `shared: <name>` draw group (sim/tco/uncertainty.ts).
 * Every problem is one message in the `expected ..., got ...` grammar.
 */
import {
  DISTRIBUTION_NAMES,
  lognormal,
  lognormalFromPercentiles,
  normal,
  normalFromPercentiles,
  triangular,
  uniform,
} from './distributions.js';
import type { UncertainInput } from './uncertainty.js';

const show = (v: unknown): string => (typeof v === 'string' ? `'${v}'` : (JSON.stringify(v) ?? String(v)));

type Valued = { value: number; unit: string };

function parseValue(raw: unknown): Valued | string {
  if (typeof raw === 'number' && Number.isFinite(raw)) return { value: raw, unit: '' };
  const m = typeof raw === 'string' ? /^\s*([-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?)\s*(.*?)\s*$/i.exec(raw) : null;
  if (!m) return `expected a number with the target field's unit, like '0.62 CNY/kWh', got ${show(raw)}`;
  return { value: Number(m[1]), unit: m[2] };
}

/** Parses values that must all share one unit text; returns numbers and that unit, or a message. */
function parseValues(raws: unknown[]): { values: number[]; unit: string } | string {
  const parsed: Valued[] = [];
  for (const raw of raws) {
    const v = parseValue(raw);
    if (typeof v === 'string') return v;
    parsed.push(v);
  }
  const other = parsed.find((p) => p.unit !== parsed[0].unit);
  if (other) return `expected the same unit in every value, got '${parsed[0].unit}' and '${other.unit}'`;
  return { values: parsed.map((p) => p.value), unit: parsed[0]?.unit ?? '' };
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const hasOnly = (o: Record<string, unknown>, keys: string[]) => Object.keys(o).every((k) => keys.includes(k));

function fromList(name: 'uniform' | 'triangular', body: unknown): UncertainInput | string {
  const arity = name === 'uniform' ? 2 : 3;
  const form = name === 'uniform' ? '[min, max]' : '[min, mode, max]';
  if (!Array.isArray(body) || body.length !== arity) return `expected ${name}: ${form}, got ${show(body)}`;
  const p = parseValues(body);
  if (typeof p === 'string') return p;
  const [a, b, c] = p.values;
  const d = name === 'uniform' ? uniform(a, b) : triangular(a, b, c);
  return typeof d === 'string' ? d : { distribution: d, unit: p.unit };
}

function fromObject(name: 'normal' | 'lognormal', body: unknown): UncertainInput | string {
  const direct = name === 'normal' ? ['mean', 'sd'] : ['median', 'sigma'];
  const forms = `${name}: { ${direct.join(', ')} } or { p10, p50, p90 } (p50 optional)`;
  if (!isRecord(body)) return `expected ${forms}, got ${show(body)}`;
  if ('p10' in body || 'p90' in body) {
    if (!hasOnly(body, ['p10', 'p50', 'p90']) || !('p10' in body && 'p90' in body)) return `expected ${forms}, got keys ${Object.keys(body).join(', ')}`;
    const keys = 'p50' in body ? ['p10', 'p50', 'p90'] : ['p10', 'p90'];
    const p = parseValues(keys.map((k) => body[k]));
    if (typeof p === 'string') return p;
    const pct = { p10: p.values[0], p50: keys.length === 3 ? p.values[1] : undefined, p90: p.values[keys.length - 1] };
    const d = name === 'normal' ? normalFromPercentiles(pct) : lognormalFromPercentiles(pct);
    return typeof d === 'string' ? d : { distribution: d, unit: p.unit };
  }
  if (!hasOnly(body, direct) || !direct.every((k) => k in body)) return `expected ${forms}, got keys ${Object.keys(body).join(', ')}`;
  if (name === 'normal') {
    const p = parseValues([body.mean, body.sd]);
    if (typeof p === 'string') return p;
    const d = normal(p.values[0], p.values[1]);
    return typeof d === 'string' ? d : { distribution: d, unit: p.unit };
  }
  const median = parseValue(body.median);
  if (typeof median === 'string') return median;
  if (typeof body.sigma !== 'number') return `expected sigma, the standard deviation of ln(value), as a plain number like 0.2, got ${show(body.sigma)}`;
  const d = lognormal(median.value, body.sigma);
  return typeof d === 'string' ? d : { distribution: d, unit: median.unit };
}

const SHARED_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Validates one distribution specification, with its optional `shared: <name>`; returns it or one message. */
export function parseDistributionSpec(raw: unknown): UncertainInput | string {
  if (!isRecord(raw) || !('shared' in raw)) return parseDistribution(raw);
  const { shared, ...rest } = raw;
  if (typeof shared !== 'string' || !SHARED_NAME.test(shared)) {
    return `expected shared: a name in lowercase letters, digits and '-' like 'grid-price', got ${show(shared)}`;
  }
  const parsed = parseDistribution(rest);
  return typeof parsed === 'string' ? parsed : { ...parsed, shared };
}

function parseDistribution(raw: unknown): UncertainInput | string {
  if (!isRecord(raw) || Object.keys(raw).length !== 1) {
    return `expected one distribution like { triangular: [min, mode, max] }, got ${show(raw)}`;
  }
  const [name, body] = Object.entries(raw)[0];
  switch (name) {
    case 'uniform':
    case 'triangular':
      return fromList(name, body);
    case 'normal':
    case 'lognormal':
      return fromObject(name, body);
    default:
      return `expected one of ${DISTRIBUTION_NAMES.join(', ')}, got '${name}'`;
  }
}
