import { linkSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { assertOutputs } from '../../src/commands/common.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'duibiao-outputs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('assertOutputs, one listing per folder', () => {
  it('looks up every output a folder holds an entry for, and passes new paths', async () => {
    const out = path.join(dir, 'out');
    mkdirSync(out);
    const input = path.join(dir, '报告.txt');
    writeFileSync(input, '报告');
    writeFileSync(path.join(out, '旧.json'), '{}');
    await expect(assertOutputs([path.join(out, '新.json'), path.join(out, '旧.json'), path.join(dir, 'missing', 'a.json')], [input])).resolves.toBeUndefined();
    symlinkSync(input, path.join(out, '链接.json'));
    await expect(assertOutputs([path.join(out, '新.json'), path.join(out, '链接.json')], [input])).rejects.toThrow(/符号链接/);
    linkSync(input, path.join(out, '同一文件.html'));
    await expect(assertOutputs([path.join(out, '同一文件.html')], [input])).rejects.toThrow(/就是输入文件/);
    mkdirSync(path.join(out, '目录.html'));
    await expect(assertOutputs([path.join(out, '目录.html')], [input])).rejects.toThrow(/是一个目录/);
  });
});
