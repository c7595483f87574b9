import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { stageFile, writeFileAtomic } from '../../src/util/atomic.js';

const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'duibiao-atomic-'));
afterAll(() => fs.rm(dir, { recursive: true, force: true }));

describe('writeFileAtomic', () => {
  it('writes data given in pieces as their concatenation, and leaves no temporary file', async () => {
    // pieces of every size, with characters of 1 to 4 bytes in UTF-8, as the buffer they are gathered in grows
    const pieces = Array.from({ length: 3000 }, (_, i) => `${'行'.repeat(i % 97)}<tr>${i}😀é</tr>\n`);
    // an emoji cut between two pieces, which is one character written
    pieces.push('', 'x'.repeat(200_000), '', 'cut \ud83d', '\ude00 whole');
    // beyond the most the buffer grows to (4 MiB): it is written when full, and a piece larger than it on its own
    pieces.push(...Array.from({ length: 30 }, (_, i) => `${'行'.repeat(50_000)}${i}`), 'y'.repeat(1_500_000), 'z');
    const target = path.join(dir, 'pieces.html');
    writeFileAtomic(target, pieces);
    expect(await fs.readFile(target, 'utf8')).toBe(pieces.join(''));
    expect(await fs.readdir(dir)).toEqual(['pieces.html']);
  });

  // its temporary file's name, 30 bytes longer, was too long: 路径或文件名过长
  it('writes a file whose name is as long as a name may be', async () => {
    const name = `${'长'.repeat(83)}.md`;
    expect(Buffer.byteLength(name)).toBe(252);
    writeFileAtomic(path.join(dir, name), '内容');
    expect(await fs.readFile(path.join(dir, name), 'utf8')).toBe('内容');
    expect((await fs.readdir(dir)).filter((file) => file.startsWith('.duibiao-tmp-'))).toEqual([]);
  });

  it('writes an empty file for no pieces', async () => {
    const target = path.join(dir, 'empty.html');
    writeFileAtomic(target, []);
    expect(await fs.readFile(target, 'utf8')).toBe('');
  });
});

describe('stageFile', () => {
  const temps = async (): Promise<string[]> => (await fs.readdir(dir)).filter((file) => file.startsWith('.duibiao-tmp-'));

  it('puts the file in place on commit only, and leaves nothing when discarded', async () => {
    const target = path.join(dir, 'staged.html');
    await fs.writeFile(target, '旧');
    const staged = stageFile(target, ['新', '的']);
    expect(await fs.readFile(target, 'utf8')).toBe('旧');
    expect(await temps()).toHaveLength(1);
    staged.commit();
    expect(await fs.readFile(target, 'utf8')).toBe('新的');
    stageFile(target, '不要').discard();
    expect(await fs.readFile(target, 'utf8')).toBe('新的');
    expect(await temps()).toEqual([]);
  });

  it('checks the target again on commit: a link put there meanwhile is not replaced', async () => {
    const target = path.join(dir, 'linked.html');
    const staged = stageFile(target, '内容');
    await fs.symlink(path.join(dir, 'elsewhere.html'), target);
    expect(() => staged.commit()).toThrow(/符号链接/);
    expect((await fs.lstat(target)).isSymbolicLink()).toBe(true);
    expect(await temps()).toEqual([]);
  });
});
