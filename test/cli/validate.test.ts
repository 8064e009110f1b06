/** `dctwin validate`: exit code, stdout and exact stderr through main(argv, io), in process. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join, resolve } from 'node:path';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { main } from '../../sim/cli/main.js';
import { fakeIo } from './fakeIo.js';

const MINIMAL = 'test/fixtures/scenarios/minimal.yaml';

async function run(...argv: string[]) {
  const io = fakeIo();
  const code = await main(argv, io);
  return { code, out: io.out(), err: io.err() };
}

describe('dctwin validate', () => {
  it('says ok with the number of designs and the estimated work', async () => {
    // minimal.yaml: 40 nodes, a diurnal profile of 900 s steps over 8,760 h (35,040 steps), a 15-min control step
    expect(await run('validate', MINIMAL)).toEqual({ code: 0, out: `ok: ${MINIMAL} (1 design; estimated work: 40 nodes, ~35,000 utilization-profile steps, 35,040 control steps x 1 design)\n`, err: '' });
  });

  it('resolves the file against io.cwd and names it as typed', async () => {
    const io = fakeIo(resolve('test/fixtures'));
    expect(await main(['validate', 'scenarios/minimal.yaml'], io)).toBe(0);
    expect(io.out()).toBe('ok: scenarios/minimal.yaml (1 design; estimated work: 40 nodes, ~35,000 utilization-profile steps, 35,040 control steps x 1 design)\n');
  });

  it('prints warnings on stderr, still ok', async () => {
    expect(await run('validate', MINIMAL, '--set', 'site.controlStep=7 min')).toEqual({
      code: 0,
      out: `ok: ${MINIMAL} (1 design; estimated work: 40 nodes, ~35,000 utilization-profile steps, 75,086 control steps x 1 design)\n`,
      err: `warning: ${MINIMAL}: site.controlStep: 420 s does not divide an hour; hourly weather is then split unevenly (use 1, 5, 10, 15, 30 or 60 min) (from --set)\n`,
    });
  });

  it('exit 2 with every problem, --set ones marked', async () => {
    expect(await run('validate', MINIMAL, '--set', 'site.years=0', '--set', 'designs[id=liquid-pod].id=Liquid')).toEqual({
      code: 2,
      out: '',
      err:
        `error: ${MINIMAL}: site.years: expected a whole number between 1 and 30, got 0 (from --set)\n` +
        `error: ${MINIMAL}: designs[0].id: expected lowercase letters, digits and '-', like 'liquid-pod', got 'Liquid' (from --set)\n`,
    });
  });

  it('exit 2 on a YAML syntax error, with its line', async () => {
    expect(await run('validate', 'test/fixtures/bad/yaml-syntax.yaml')).toEqual({
      code: 2,
      out: '',
      err: 'error: test/fixtures/bad/yaml-syntax.yaml:6: invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]\n',
    });
  });

  it('exit 2 on a missing file and on a malformed --set', async () => {
    expect(await run('validate', 'nope.yaml')).toEqual({
      code: 2,
      out: '',
      err: 'error: nope.yaml: expected an existing scenario file (YAML or JSON), got no such file\n',
    });
    expect((await run('validate', MINIMAL, '--set', 'designs[0.racks=1')).err).toBe(
      "error: --set designs[0.racks=1: expected a path like 'designs[0].racks.count', got 'designs[0.racks'\n",
    );
  });

  it('exit 2 without a file (commander prints usage)', async () => {
    const { code, err } = await run('validate');
    expect(code).toBe(2);
    expect(err).toContain("error: missing required argument 'file'");
  });
});

describe('dctwin validate: a file that is not a map of scenario fields says what it is', () => {
  // Each file is written in a temporary folder; the FIFO would block the test if it were opened.
  let dir = '';
  const file = (name: string) => join(dir, name);
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'dctwin-validate-'));
    writeFileSync(file('utf16.yaml'), Buffer.from('\ufeffname: x\ncurrency: CNY\n', 'utf16le'));
    writeFileSync(file('list.yaml'), '- name: a\n- name: b\n- name: c\n');
    writeFileSync(file('text.yaml'), 'abc\n');
    writeFileSync(file('number.yaml'), '42\n');
    writeFileSync(file('empty.yaml'), '');
    writeFileSync(file('comments.yaml'), '# nothing yet\n');
    const weather = resolve('scenarios/weather/CHN_Zhejiang.Hangzhou.584570_CSWD.epw');
    writeFileSync(file('bom.yaml'), `\ufeff${readFileSync(MINIMAL, 'utf8').replace(/^( {2}weather:).*$/m, `$1 ${weather}`)}`);
    execFileSync('mkfifo', [file('pipe.yaml')]);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const expectError = async (name: string, got: string) =>
    expect(await run('validate', file(name))).toEqual({ code: 2, out: '', err: `error: ${file(name)}${got}\n` });

  it('UTF-16 text', async () => {
    await expectError('utf16.yaml', ': expected a scenario file (YAML or JSON) in UTF-8 text, got UTF-16 text');
  });

  it('a list, a text, a number, an empty file, only comments', async () => {
    const expected = ':1: expected a map of scenario fields (name: ..., site: ...), got';
    await expectError('list.yaml', `${expected} a list of 3 items`);
    await expectError('text.yaml', `${expected} the text 'abc'`);
    await expectError('number.yaml', `${expected} the number 42`);
    await expectError('empty.yaml', `${expected} an empty file`);
    await expectError('comments.yaml', `${expected} only comments`);
  });

  it('a FIFO, without opening it', async () => {
    await expectError('pipe.yaml', ': expected an existing scenario file (YAML or JSON), got a FIFO (named pipe)');
  });

  it('a UTF-8 byte-order mark is fine', async () => {
    const r = await run('validate', file('bom.yaml'));
    expect(r.code).toBe(0);
    expect(r.err).not.toMatch(/^error:/m);
    expect(r.out).toMatch(/^ok: .*bom\.yaml \(1 design/);
  });
});
