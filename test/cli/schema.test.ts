/** `dctwin schema`: stdout, and --out written atomically. */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../sim/cli/main.js';
import { scenarioJsonSchema } from '../../sim/scenario/schema.js';
import { fakeIo } from './fakeIo.js';

describe('dctwin schema', () => {
  it('prints the JSON Schema to stdout', async () => {
    const io = fakeIo();
    expect(await main(['schema'], io)).toBe(0);
    expect(JSON.parse(io.out())).toEqual(scenarioJsonSchema());
    expect(io.err()).toBe('');
  });

  it('--out writes the file and leaves no temporary file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dctwin-schema-'));
    const io = fakeIo(dir);
    expect(await main(['schema', '--out', 'scenario.schema.json'], io)).toBe(0);
    expect(io.out()).toBe('wrote scenario.schema.json\n');
    expect(readdirSync(dir)).toEqual(['scenario.schema.json']);
    expect(JSON.parse(readFileSync(join(dir, 'scenario.schema.json'), 'utf8'))).toEqual(scenarioJsonSchema());
  });

  it('--out into a missing folder: exit 2, nothing written', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dctwin-schema-'));
    const io = fakeIo(dir);
    expect(await main(['schema', '--out', 'no/such/dir/s.json'], io)).toBe(2);
    expect(io.err()).toBe('error: --out no/such/dir/s.json: expected a writable file in an existing folder, got ENOENT\n');
    expect(readdirSync(dir)).toEqual([]);
  });
});
