/** `dctwin validate FILE [--set path=value]`: check a scenario (one site, or every site of `sites:`) without running it. */
import { Command } from 'commander';
import { helpExamples } from '../helpExamples.js';
import { resolve } from 'node:path';
import { printable } from '../../printable.js';
import { checkInputFile, SCENARIO_FILE } from '../../inputFile.js';
import type { Io } from '../io.js';
import { collect } from '../options.js';

export function validateCommand(io: Io): Command {
  return new Command('validate')
    .description('check a scenario file: every problem at once with its line, then warnings')
    .addHelpText('after', helpExamples(['dctwin validate scenarios/default.yaml', 'dctwin validate scenarios/default.yaml --set workload.nodes.count=320', 'dctwin validate scenarios/east-west.yaml']))
    .argument('<file>', 'scenario file (YAML or JSON)')
    .option('--set <path=value>', 'override a scenario field, e.g. workload.nodes.count=320 (repeatable)', collect, [])
    .option('--allow-large', 'accept work past the limits that catch typos (printed as warnings)')
    .action(async (file: string, opts: { set: string[]; allowLarge?: boolean }) => {
      checkInputFile(resolve(io.cwd, file), file, SCENARIO_FILE); // a FIFO, a device: refused before loading
      // Loaded on use: start-up stays fast.
      const [{ parseScenarioText, readScenarioText }, { checkWork, describeWork }, { checkScenario }, { parseSitesText }] = await Promise.all([
        import('../../scenario/load.js'),
        import('../../studies/workEstimate.js'),
        import('../../studies/checkScenario.js'),
        import('../../scenario/loadSites.js'),
      ]);
      // Problems throw (InputError / ScenarioError); main prints them and exits 2. The file is read once.
      const path = resolve(io.cwd, file);
      const text = readScenarioText(path, file);
      const sites = parseSitesText(text, path, opts.set, file);
      if (sites !== undefined) {
        // Each site as run checks it: its single-site scenario (scenario.yaml of sites/<id>/), its work times the sites simulated.
        const simulated = sites.sites.filter((s) => s.excluded === undefined);
        for (const w of sites.warnings) io.stderr(`warning: ${printable(w)}\n`);
        for (const s of simulated) {
          const shownAs = `${file} (sites[${s.index}] ${s.id})`;
          checkScenario(s.scenario, { text: s.scenarioText, file: path, shownAs, overrides: [] });
          for (const w of checkWork(s.scenario, shownAs, { allowLarge: opts.allowLarge, runs: simulated.length, runsLabel: 'sites', runsFlag: 'sites' }).allowed) io.stderr(`warning: ${printable(w)}\n`);
        }
        const excluded = sites.sites.length - simulated.length;
        const work = simulated.length > 0 ? describeWork(checkWork(simulated[0].scenario, file, { allowLarge: true, runs: simulated.length, runsLabel: 'sites' }).estimate) : 'none';
        io.stdout(`ok: ${file} (${sites.sites.length} sites${excluded > 0 ? `, ${excluded} excluded by workload.latency` : ''}; estimated work at ${simulated[0]?.id ?? 'no site'}: ${work})\n`);
        return;
      }
      const { scenario, warnings } = parseScenarioText(text, path, opts.set, file);
      // What run checks after loading (weather records, trace rows, the uncertainty: block), without simulating.
      checkScenario(scenario, { text, file: path, shownAs: file, overrides: [...opts.set] });
      for (const w of warnings) io.stderr(`warning: ${printable(w)}\n`);
      // The work `run` would refuse is refused here too (exit 2); with --allow-large it is a warning.
      const { estimate, allowed } = checkWork(scenario, file, { allowLarge: opts.allowLarge });
      for (const w of allowed) io.stderr(`warning: ${printable(w)}\n`);
      const n = scenario.designs.length;
      io.stdout(`ok: ${file} (${n} design${n === 1 ? '' : 's'}; estimated work: ${describeWork(estimate)})\n`);
    });
}
