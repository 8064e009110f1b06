/** Every sub-command factory, in the order `--help` lists them. */
import type { Command } from 'commander';
import type { Io } from '../io.js';
import { runCommand } from './run.js';
import { sitesCommand } from './sites.js';
import { climateCommand } from './climate.js';
import { validateCommand } from './validate.js';
import { schemaCommand } from './schema.js';
import { reportCommand } from './report.js';
import { compareCommand } from './compare.js';
import { sweepCommand } from './sweep.js';
import { mergeCommand } from './merge.js';

export type CommandFactory = (io: Io) => Command;

export const COMMANDS: CommandFactory[] = [runCommand, sitesCommand, validateCommand, schemaCommand, climateCommand, reportCommand, compareCommand, sweepCommand, mergeCommand];
