/**
 * One worker of `duibiao batch`: loads the lexicon and catalogue once, then scores one report per
 * task, writes its <stem>.json and <stem>.html (exactly what `check --format json|html` prints),
 * appends the report's workbook detail to its details file, and answers with the small summary
 * row, its edition and where its detail lies. The report's indicators are its edition's catalogue's,
 * the same for every report of that edition: each worker sends them with its first report of an
 * edition only (cloned with every answer, they were most of its cost: some 0.2 ms a report).
 */
import path from 'node:path';
import { workerData } from 'node:worker_threads';
import { UserError } from '../errors.js';
import { codeCacheFor, load, saveCompiledCode } from '../load.js';
import type { CheckerOptions } from '../pipeline.js';
import type { BatchDetail, BatchScore } from '../render/ranking.js';
import { DetailWriter, type StoredDetail } from './batch-details.js';
import { serveTasks } from '../util/pool.js';
import { writeFileAtomic } from '../util/atomic.js';

export interface WorkerSetup {
  catalogue: CheckerOptions;
  outDir: string;
}
export interface ReportTask {
  input: string;
  stem: string;
}
export type ReportAnswer =
  | { ok: true; score: BatchScore; edition: string; indicators?: BatchDetail['indicators']; detail: StoredDetail; notices?: string[] }
  | { ok: false; reason: string; internal: boolean };

await serveTasks<ReportTask, ReportAnswer>(async () => {
  const { catalogue, outDir } = workerData as WorkerSetup;
  // the workers' bundle runs with a code cache of its own, as the CLI's does (src/load.ts): without
  // one, every worker of every batch compiled the bundle's functions from source again
  codeCacheFor('batch-worker');
  const [{ Checker }, { renderHtmlChunks }, { renderJsonChunks }, { batchDetail, batchScore }] = await Promise.all([
    load('pipeline'),
    load('render/html'),
    load('render/json'),
    load('render/ranking'),
  ]);
  const checker = await Checker.create(catalogue);
  // before the pool starts the first report's clock: what scoring and rendering a report set up on
  // first use is set-up, not the first report's time
  const sample = await checker.warmUp();
  Array.from(renderJsonChunks(sample.scorecard));
  Array.from(renderHtmlChunks(sample.scorecard, sample.source));
  batchDetail(sample.scorecard, sample.source);
  const details = new DetailWriter(outDir);
  const sent = new Set<string>();
  return async ({ input, stem }) => {
    try {
      const { scorecard, source, notices } = await checker.check(input);
      writeFileAtomic(path.join(outDir, `${stem}.json`), renderJsonChunks(scorecard));
      writeFileAtomic(path.join(outDir, `${stem}.html`), renderHtmlChunks(scorecard, source));
      const { indicators, ...detail } = batchDetail(scorecard, source);
      const stored = details.append(detail);
      // written once a report is done, so that it holds what scoring one compiled, not only the top level
      saveCompiledCode();
      const answer = {
        ok: true as const,
        score: batchScore(scorecard),
        edition: scorecard.edition,
        detail: stored,
        ...(notices.length > 0 ? { notices } : {}),
      };
      if (sent.has(answer.edition)) return answer;
      sent.add(answer.edition);
      return { ...answer, indicators };
    } catch (error) {
      if (error instanceof UserError) return { ok: false, reason: error.message, internal: false };
      return { ok: false, reason: `内部错误:${(error as Error)?.message ?? String(error)}`, internal: true };
    }
  };
});
