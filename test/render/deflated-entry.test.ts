import { Writable } from 'node:stream';
import { crc32, inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DeflatedEntry, crc32Combine, deflateRows } from '../../src/render/deflated-entry.js';

const text = (n: number) => Buffer.from(Array.from({ length: n }, (_, i) => `<row r="${i}">样例${i % 7}</row>`).join(''));

describe('deflated sheet entries', () => {
  it("join two CRC-32s as zlib's crc32_combine does, whatever the lengths", () => {
    for (const [a, b] of [
      [0, 0],
      [0, 5],
      [5, 0],
      [1, 1],
      [1000, 70_000],
      [123_457, 3],
    ] as const) {
      const first = text(a).subarray(0, a);
      const second = text(b).subarray(0, b);
      expect(crc32Combine(crc32(first), crc32(second), second.length)).toBe(crc32(Buffer.concat([first, second])));
    }
  });

  it('hold the XML written and the rows deflated apart, in the order written, with their CRC-32 and sizes', async () => {
    const entry = new DeflatedEntry();
    const out: Buffer[] = [];
    const done = new Promise((resolve) => entry.pipe(new Writable({ write: (chunk: Buffer, _, next) => (out.push(chunk), next()), final: resolve })));
    const parts = [text(3), text(2000), text(0), text(40), text(500)];
    entry.write(parts[0]);
    entry.write(deflateRows({ xml: parts[1]!, rows: 2000 }));
    entry.write(deflateRows({ xml: parts[2]!, rows: 0 }));
    entry.write(parts[3]);
    entry.write(deflateRows({ xml: parts[4]!, rows: 500 }));
    entry.end();
    await done;
    const whole = Buffer.concat(parts);
    const deflated = Buffer.concat(out);
    expect(inflateRawSync(deflated).equals(whole)).toBe(true);
    expect(entry.crc).toBe(crc32(whole));
    expect(entry.size).toBe(whole.length);
    expect(entry.compressedSize).toBe(deflated.length);
  });
});
