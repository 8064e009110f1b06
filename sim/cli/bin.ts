#!/usr/bin/env node
import { main } from './main.js';
import { processIo } from './io.js';

// A reader that stops early (`dctwin run --json | head`) closes the pipe: that ends the output, not in a crash
// with a stack trace. Any other stream error is still a bug.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE') throw err;
    process.exit(process.exitCode ?? 0);
  });
}
process.exitCode = await main(process.argv.slice(2), processIo());
