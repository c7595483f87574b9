import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../src/util/atomic.js';

const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'duibiao-atomic-'));
afterAll(() => fs.rm(dir, { recursive: true, force: true }));

describe('writeFileAtomic', () => {
  it('writes data given in pieces as their concatenation, and leaves no temporary file', async () => {
    // pieces of every size around the 64 K blocks the writer gathers, with characters of 1 to 4 bytes in UTF-8
    const pieces = Array.from({ length: 3000 }, (_, i) => `${'行'.repeat(i % 97)}<tr>${i}😀é</tr>\n`);
    // and an emoji cut between two pieces, which is one character written
    pieces.push('', 'x'.repeat(200_000), '', 'cut \ud83d', '\ude00 whole');
    const target = path.join(dir, 'pieces.html');
    writeFileAtomic(target, pieces);
    expect(await fs.readFile(target, 'utf8')).toBe(pieces.join(''));
    expect(await fs.readdir(dir)).toEqual(['pieces.html']);
  });

  it('writes an empty file for no pieces', async () => {
    const target = path.join(dir, 'empty.html');
    writeFileAtomic(target, []);
    expect(await fs.readFile(target, 'utf8')).toBe('');
  });
});
