#!/usr/bin/env node
/**
 * The command line's entry. Node 20 caches no compiled code for ES modules: parsing and compiling
 * the CLI (commander, the commands and their options) on every run was a tenth of a cold check
 * and half of `--version`. So the CLI is a CommonJS bundle (dist/cli.cjs, build.mjs) run with
 * V8's code cache (src/util/code-cache.ts), one per command, since a run compiles the code of
 * its own command; `--help` and mistakes share one. `--version` alone loads no CLI at all: it
 * prints what commander would, the version the cache keys already read. This entry is CommonJS
 * too (dist/package.json says so): Node's ES module loader took a sixth of `--version`.
 */
import path from 'node:path';
import type * as Cli from './cli.js';
import { COMMAND_NAMES } from './commands/names.js';
import { runCodeCached } from './util/code-cache.js';
import { guardStandardStreams } from './util/standard-streams.js';
import { version } from './version.js';

/** Set by build.mjs to the file name of the CLI's bundle in dist/. */
declare const CLI_BUNDLE: string;

guardStandardStreams();
const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) process.stdout.write(`${version}\n`);
else {
  const command = COMMAND_NAMES.find((name) => name === process.argv[2]) ?? 'other';
  let saveCompiled: (() => void) | undefined;
  const cli = runCodeCached(path.join(import.meta.dirname, CLI_BUNDLE), {
    slot: `cli-${command}`,
    shared: {},
    saveLater: (save) => (saveCompiled = save),
  }) as typeof Cli;
  void cli.main(process.argv, () => saveCompiled?.()).then((code) => (process.exitCode = code));
}
