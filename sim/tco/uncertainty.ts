/**
 * Uncertain scenario inputs for Monte Carlo: a map from a scenario path
 * (`designs[0].costs.energy.flat`, `site.gridCarbon`) to a distribution whose
 * numbers carry the same unit text as the target field:
 *
 *   { triangular: ['0.5 CNY/kWh', '0.62 CNY/kWh', '0.8 CNY/kWh'] }
 *   { normal: { p10: '28 degC', p90: '34 degC' } }   or   { normal: { mean: '30 degC', sd: '2 degC' } }
 *   { lognormal: { p10: '0.5 CNY/kWh', p50: '0.62 CNY/kWh', p90: '0.9 CNY/kWh' } }   or   { lognormal: { median: '0.62 CNY/kWh', sigma: 0.2 } }
 *   { uniform: [0.8, 1.2] }
 *
 * Arithmetic happens in the written unit (no conversion), and each sample is
 * returned as text with that unit so the scenario loader validates it exactly
 * like a value typed into the file.
 */
import {
  DISTRIBUTION_NAMES,
  lognormal,
  lognormalFromPercentiles,
  normal,
  normalFromPercentiles,
  sample,
  triangular,
  uniform,
  type Distribution,
} from './distributions.js';

export interface UncertainInput {
  distribution: Distribution;
  /** Unit text written after every number ('' for plain numbers); samples carry it. */
  unit: string;
}

/** Validated uncertainty block: scenario path -> distribution. */
export type UncertaintySpec = Record<string, UncertainInput>;

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

/** Validates one distribution specification; returns it or one message `expected ..., got ...`. */
export function parseDistributionSpec(raw: unknown): UncertainInput | string {
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

const PATH_PATTERN = /^[A-Za-z_]\w*(\[\d+\])*(\.[A-Za-z_]\w*(\[\d+\])*)*$/;

/** Splits `designs[0].costs.energy.flat` into ['designs', 0, 'costs', 'energy', 'flat']; a message if malformed. */
export function parseScenarioPath(path: string): Array<string | number> | string {
  if (!PATH_PATTERN.test(path)) return `expected a scenario path like 'designs[0].costs.energy.flat', got '${path}'`;
  return path.split(/\.|(?=\[)/).map((part) => (part.startsWith('[') ? Number(part.slice(1, -1)) : part));
}

/** True when the path only changes costs (the physics of a run can then be reused). */
export function isMoneyOnly(path: string): boolean {
  const parts = parseScenarioPath(path);
  if (typeof parts === 'string') return false;
  if (parts[0] === 'costs') return true;
  return parts[0] === 'designs' && typeof parts[1] === 'number' && parts[2] === 'costs';
}

/**
 * One Monte Carlo draw: for each path in sorted order, one uniform from `rng`.
 * Values carry the unit text (`'0.6431 CNY/kWh'`); plain specs give numbers.
 * @example sampleUncertainty({ 'site.x': { distribution: { kind: 'uniform', min: 0, max: 2 }, unit: 'K' } }, () => 0.25) // => [{ path: 'site.x', value: '0.5 K' }]
 */
export function sampleUncertainty(spec: UncertaintySpec, rng: () => number): Array<{ path: string; value: string | number }> {
  return Object.keys(spec)
    .sort()
    .map((path) => {
      const { distribution, unit } = spec[path];
      const x = sample(distribution, rng);
      return { path, value: unit === '' ? x : `${x} ${unit}` };
    });
}
