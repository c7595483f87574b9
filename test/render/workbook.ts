import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Scorecard } from '../../src/engine/schema.js';
import type { SourceText } from '../../src/ingest/types.js';
import { IndicatorColumns, areaColumns, batchDetail, batchScore, matrixCells, type BatchEntry, type BatchFailure } from '../../src/render/ranking.js';
import { deflateRows } from '../../src/render/deflated-entry.js';
import { SheetNumbering } from '../../src/render/sheet-rows.js';
import { matrixRowXml } from '../../src/render/matrix-rows.js';
import { writeBatchXlsx } from '../../src/render/xlsx.js';

export interface Scored {
  input: string;
  stem: string;
  scorecard: Scorecard;
  source?: SourceText;
}

/** The batch workbook of full scorecards, as `batch` builds it from its workers' rows, as bytes. */
export async function renderBatchXlsx(
  scored: readonly Scored[],
  failures: readonly BatchFailure[],
  extra: { written?: string[]; skipped?: BatchFailure[] } = {},
): Promise<Uint8Array> {
  const entries: BatchEntry[] = scored.map(({ input, stem, scorecard }) => ({ input, stem, scorecard: batchScore(scorecard) }));
  const details = new Map(scored.map((s) => [s.stem, batchDetail(s.scorecard, s.source)]));
  const indicators = new IndicatorColumns();
  [...details.values()].forEach((detail, input) => indicators.add(detail, input));
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'duibiao-xlsx-'));
  const file = path.join(dir, 'summary.xlsx');
  try {
    await writeBatchXlsx(file, {
      entries,
      areas: areaColumns(entries),
      indicators: indicators.list,
      cellsOf: (entry) => matrixCells(details.get(entry.stem)!.matrix),
      statusesOf: (entry) => details.get(entry.stem)!.statuses,
      manualOf: (entry) => details.get(entry.stem)!.manual,
      sheetRows: async function* (ranked, perSheet, { layout, rows }) {
        for (const [index, entry] of ranked.entries()) {
          const { number, lead } = rows[index]!;
          const xml = Buffer.from(matrixRowXml(number, lead, details.get(entry.stem)!.matrix, layout));
          yield { sheet: 'matrix' as const, rows: deflateRows({ xml, rows: 1 }) };
        }
        const numbering = new SheetNumbering(perSheet);
        for (const entry of ranked)
          for (const rows of numbering.next(details.get(entry.stem)!.evidence).map(deflateRows)) yield { sheet: 'evidence' as const, rows };
      },
      anyManual: scored.some((s) => s.scorecard.overrides !== undefined),
      failures,
      written: extra.written ?? [],
      skipped: extra.skipped ?? [],
    });
    return new Uint8Array(await fs.readFile(file));
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}
