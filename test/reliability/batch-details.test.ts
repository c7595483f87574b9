/**
 * The batch's details files: each worker appends its reports' workbook detail to a file of its own,
 * and the main thread reads every part back by position, from any worker's file.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DetailReader, DetailWriter } from '../../src/commands/batch-details.js';
import { renderRows } from '../../src/render/sheet-rows.js';
import { tempDir } from '../helpers/cli.js';

const detail = (n: number) => ({
  matrix: Buffer.from(JSON.stringify([{ id: `I${n}`, status: 'met', text: `达标${n}` }])),
  statuses: n,
  evidence: renderRows(Array.from({ length: n }, (_, row) => [`证据${n}-${row}`])),
  manual: n % 2 === 0 ? [] : [[`第${n}区`, '人工改判']],
});

describe('details files', () => {
  it('two workers append reports in turn; each part reads back by position, and closing removes the files', () => {
    const dir = tempDir('duibiao-details-');
    const workers = [new DetailWriter(dir), new DetailWriter(dir)];
    const reader = new DetailReader();
    for (let n = 1; n <= 6; n++) reader.put(`r${n}`, workers[n % 2]!.append(detail(n)));
    expect(readdirSync(dir)).toHaveLength(2);
    for (let n = 6; n >= 1; n--) {
      const { matrix, evidence, manual } = detail(n);
      expect(Buffer.from(reader.matrix(`r${n}`))).toEqual(matrix);
      expect(reader.manual(`r${n}`)).toEqual(manual);
      const spot = reader.evidence(`r${n}`, 7);
      expect(spot.first).toBe(7);
      expect(readFileSync(spot.file).subarray(spot.position, spot.position + spot.length)).toEqual(Buffer.from(evidence));
      expect(reader.evidenceRowCount(`r${n}`)).toBe(n);
      expect(reader.statuses(`r${n}`)).toBe(n);
      const cells = reader.matrixSpot(`r${n}`, n + 1, { place: `第${n}区`, score: n });
      expect([cells.number, cells.lead]).toEqual([n + 1, { place: `第${n}区`, score: n }]);
      expect(readFileSync(cells.file).subarray(cells.position, cells.position + cells.length)).toEqual(matrix);
    }
    reader.close();
    expect(readdirSync(dir)).toEqual([]);
  });

  it('a worker that scores no report leaves no file', () => {
    const dir = tempDir('duibiao-details-');
    new DetailWriter(dir);
    expect(readdirSync(dir)).toEqual([]);
  });
});
