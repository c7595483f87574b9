import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../../src/paths.js';
import { runCli, tempDir } from '../helpers/cli.js';
import { CatalogueView } from '../../src/catalogue/view.js';

/** The built CLI (npm test builds first). */
const ready = existsSync(path.join(packageRoot, 'dist', 'cli.js'));

describe.skipIf(!ready)('duibiao catalogue', () => {
  it('lint reports every tailoring problem as file:line:col, a summary, exit 2', () => {
    const dir = tempDir();
    const file = path.join(dir, 't.yaml');
    writeFileSync(file, 'extends: "2021"\ndeselect: [no.such]\nwaivers:\n  - { id: also.missing, reason: 测试理由 }\n');
    const run = runCli(['catalogue', 'lint', '--tailoring', file]);
    expect(run.status).toBe(2);
    expect(run.stdout).toMatch(/t\.yaml:2:12: 未知的指标编号 'no\.such'/);
    expect(run.stdout).toMatch(/t\.yaml:4:\d+: 未知的指标编号 'also\.missing'/);
    expect(run.stdout).toMatch(/共 2 处问题/);
  });

  it('show --format json matches its schema', () => {
    const run = runCli(['catalogue', 'show', '--format', 'json']);
    expect(run.status).toBe(0);
    const view = CatalogueView.parse(JSON.parse(run.stdout));
    expect(view.edition).toBe('2021');
  });

  it('compile prints the rules as JSON', () => {
    const run = runCli(['catalogue', 'compile']);
    expect(run.status).toBe(0);
    const rules = JSON.parse(run.stdout) as Array<{ name: string; event: { type: string } }>;
    expect(rules.every((rule) => rule.event.type === 'indicator')).toBe(true);
  });
});
