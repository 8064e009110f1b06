/**
 * Reads the number a KPI cell shows ("1.117 (PUE2)", "16,869.7", "CNY 3.67 M")
 * back in the unit of summary.json, with half of its last shown digit, so a
 * test can check that the text is the summary value, rounded.
 */
const SUFFIX: Record<string, number> = { k: 1e3, M: 1e6, B: 1e9 };

export function displayedValue(key: string, text: string): { value: number; halfStep: number } {
  const match = /(-?[\d,]+(?:\.(\d+))?)\s*([kMB])?\b/.exec(text);
  if (!match) throw new Error(`no number in "${text}"`);
  const decimals = match[2]?.length ?? 0;
  // energies are shown in MWh but kept in kWh
  const scale = (match[3] ? SUFFIX[match[3]] : 1) * (key.endsWith('EnergyKWh') ? 1000 : 1);
  return { value: Number(match[1].replace(/,/g, '')) * scale, halfStep: 0.5 * 10 ** -decimals * scale };
}
