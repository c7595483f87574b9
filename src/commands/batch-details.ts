/**
 * The workbook detail of a batch's reports (matrix cells, evidence rows, overrides), kept on disk
 * while the batch runs. Each worker appends its reports' detail to a file of its own and answers
 * with where it lies: no report's detail crosses to the main thread, which otherwise held the
 * received buffers (~110 KB a report, outside its heap) until a collection their volume alone
 * triggered, and grew with the number of reports (30,000 peaked at 414 MB). The workbook reads
 * each report's parts back by position, in ranking order.
 */
import { closeSync, openSync, readSync, rmSync, writevSync } from 'node:fs';
import path from 'node:path';
import type { BatchDetail } from '../render/ranking.js';
import type { MatrixLead } from '../render/matrix-rows.js';
import { countRows } from '../render/sheet-rows.js';
import { UserError } from '../errors.js';
import { tempPathFor } from '../util/atomic.js';
import { describeFsError } from '../util/fs-errors.js';

/** Where a report's detail lies: in `file` from `position`, its parts one after another. */
export interface StoredDetail {
  file: string;
  position: number;
  /** byte lengths of the parts, in this order */
  matrix: number;
  evidence: number;
  manual: number;
  /** the evidence rows' count, so that the rows of any report can be numbered before those ranked above it */
  rows: number;
  statuses: BatchDetail['statuses'];
}

type Stored = Pick<BatchDetail, 'matrix' | 'statuses' | 'evidence' | 'manual'>;

/** A worker's details file, made on its first report (a worker that scores none leaves none). */
export class DetailWriter {
  private file: string | null = null;
  private size = 0;

  constructor(private readonly outDir: string) {}

  append({ matrix, statuses, evidence, manual }: Stored): StoredDetail {
    const manualBytes = Buffer.from(JSON.stringify(manual));
    const made = this.file !== null;
    this.file ??= tempPathFor(path.join(this.outDir, 'details.bin'));
    try {
      // opened per report, so that a worker ended mid-batch leaves no descriptor open; wx: never
      // through something planted at the temporary name. Written at the known size: what a failed
      // write left is written over by the next report
      const fd = openSync(this.file, made ? 'r+' : 'wx', 0o600);
      try {
        const length = matrix.length + evidence.length + manualBytes.length;
        if (writevSync(fd, [matrix, evidence, manualBytes], this.size) !== length) throw Object.assign(new Error('short write'), { code: 'ENOSPC' });
      } finally {
        closeSync(fd);
      }
    } catch (error) {
      throw new UserError(`无法写入临时文件:${describeFsError(error)}`, { file: this.file });
    }
    const stored = {
      file: this.file,
      position: this.size,
      matrix: matrix.length,
      evidence: evidence.length,
      manual: manualBytes.length,
      rows: countRows(evidence),
      statuses,
    };
    this.size += matrix.length + evidence.length + manualBytes.length;
    return stored;
  }
}

/** The main thread's side: where each report's detail lies, read back by position. */
export class DetailReader {
  private readonly spots = new Map<string, StoredDetail>();
  /** every file a worker named: one copy of its name, and its descriptor once opened for reading */
  private readonly files = new Map<string, { name: string; fd: number | null }>();

  /** Records where a report's detail lies (its file's name kept once). */
  put(stem: string, stored: StoredDetail): void {
    let file = this.files.get(stored.file);
    if (!file) this.files.set(stored.file, (file = { name: stored.file, fd: null }));
    stored.file = file.name;
    this.spots.set(stem, stored);
  }

  matrix(stem: string): Uint8Array {
    const stored = this.spots.get(stem)!;
    return this.read(stored.file, stored.position, stored.matrix);
  }

  /** Where a report's matrix cells lie (a rows helper reads them itself), to be its row `number` of the matrix, led by `lead`. */
  matrixSpot(stem: string, number: number, lead: MatrixLead): MatrixSpot {
    const stored = this.spots.get(stem)!;
    return { file: stored.file, position: stored.position, length: stored.matrix, number, lead };
  }

  statuses(stem: string): BatchDetail['statuses'] {
    return this.spots.get(stem)!.statuses;
  }

  manual(stem: string): BatchDetail['manual'] {
    const stored = this.spots.get(stem)!;
    const bytes = this.read(stored.file, stored.position + stored.matrix + stored.evidence, stored.manual);
    return JSON.parse(bytes.toString('utf8')) as BatchDetail['manual'];
  }

  /** Where a report's evidence rows lie (a rows helper reads them itself), to be numbered after `first` rows of the sheets. */
  evidence(stem: string, first: number): EvidenceSpot {
    const stored = this.spots.get(stem)!;
    return { file: stored.file, position: stored.position + stored.matrix, length: stored.evidence, first };
  }

  evidenceRowCount(stem: string): number {
    return this.spots.get(stem)!.rows;
  }

  private read(name: string, position: number, length: number): Buffer {
    const file = this.files.get(name)!;
    file.fd ??= openSync(name, 'r');
    const bytes = Buffer.allocUnsafe(length);
    readSync(file.fd, bytes, 0, length, position);
    return bytes;
  }

  /** Closes and removes every file. */
  close(): void {
    for (const { name, fd } of this.files.values()) {
      if (fd !== null) closeSync(fd);
      rmSync(name, { force: true });
    }
    this.files.clear();
  }
}

/** Where a report's matrix cells lie in a details file, and the row they make. */
export interface MatrixSpot {
  file: string;
  position: number;
  length: number;
  /** the row's number in its sheet */
  number: number;
  lead: MatrixLead;
}

/** Where a report's evidence rows lie in a details file. */
export interface EvidenceSpot {
  file: string;
  position: number;
  length: number;
  /** the rows of the sheets before this report's (those of the reports ranked above it) */
  first: number;
}
