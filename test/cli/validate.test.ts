/** `dctwin validate`: exit code, stdout and exact stderr through main(argv, io), in process. */
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { main } from '../../sim/cli/main.js';
import { fakeIo } from './fakeIo.js';

const MINIMAL = 'test/fixtures/scenarios/minimal.yaml';

async function run(...argv: string[]) {
  const io = fakeIo();
  const code = await main(argv, io);
  return { code, out: io.out(), err: io.err() };
}

describe('dctwin validate', () => {
  it('says ok with the number of designs', async () => {
    expect(await run('validate', MINIMAL)).toEqual({ code: 0, out: `ok: ${MINIMAL} (1 design)\n`, err: '' });
  });

  it('resolves the file against io.cwd and names it as typed', async () => {
    const io = fakeIo(resolve('test/fixtures'));
    expect(await main(['validate', 'scenarios/minimal.yaml'], io)).toBe(0);
    expect(io.out()).toBe('ok: scenarios/minimal.yaml (1 design)\n');
  });

  it('prints warnings on stderr, still ok', async () => {
    expect(await run('validate', MINIMAL, '--set', 'site.controlStep=7 min')).toEqual({
      code: 0,
      out: `ok: ${MINIMAL} (1 design)\n`,
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
