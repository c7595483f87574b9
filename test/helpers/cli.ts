import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { lstatSync, mkdtempSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { packageRoot } from '../../src/paths.js';
import { seedFiles, seedsDir } from './seeds.js';

export { seedsDir };

export const seed = (prefix: string): string => {
  const file = seedFiles().find((f) => path.basename(f).startsWith(prefix));
  if (!file) throw new Error(`no seed ${prefix} in ${seedsDir}`);
  return file;
};

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI (npm test builds first) as a user would. */
export function runCli(args: string[], options: { cwd?: string; input?: string | Buffer; timeoutMs?: number } = {}): CliRun {
  const result = spawnSync(process.execPath, [path.join(packageRoot, 'dist', 'cli.js'), ...args], {
    cwd: options.cwd ?? packageRoot,
    input: options.input,
    encoding: 'utf8',
    timeout: options.timeoutMs ?? 60_000,
    maxBuffer: 64 << 20,
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export function tempDir(prefix = 'duibiao-test-'): string {
  return mkdtempSync(path.join(os.tmpdir(), prefix));
}

/**
 * Every file below a folder with a hash of its content: equal snapshots mean nothing changed.
 * Links are recorded as links (never followed), FIFOs and devices by their kind (never opened).
 */
export function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string): void => {
    let entries: string[];
    try {
      entries = readdirSync(d);
    } catch {
      return;
    }
    for (const entry of entries) {
      const full = path.join(d, entry);
      const stat = lstatSync(full);
      if (stat.isDirectory()) walk(full);
      else if (stat.isSymbolicLink()) out[path.relative(dir, full)] = `symlink → ${readlinkSync(full)}`;
      else if (!stat.isFile()) out[path.relative(dir, full)] = `special ${stat.mode.toString(8)}`;
      else out[path.relative(dir, full)] = createHash('sha1').update(readFileSync(full)).digest('hex');
    }
  };
  walk(dir);
  return out;
}
