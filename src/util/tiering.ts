import { statSync } from 'node:fs';
import { createRequire } from 'node:module';
import type v8 from 'node:v8';

/** Commands that read their reports one after another in this process (batch hands them to workers). */
const SEQUENTIAL = new Set(['check', 'facts', 'draft', 'diff']);

/**
 * Up to this much input, V8's optimising compiler costs more than it saves: it compiles hot
 * functions on a background thread, and a cold check of one 25 KB report spent about 100 ms of
 * CPU on it (a fifth of the check) for code that then ran a few milliseconds. Measured with
 * `--max-opt=1` on 2 cores: checks of 1, 8 and 20 reports of 25 KB and one of 1 MB took less CPU
 * and time without it; a report at the text limit (2.7 MB) and a batch (each worker reads
 * hundreds) took 25–40% more.
 */
const SHORT_RUN = { bytes: 1024 * 1024, files: 20 };

/**
 * For a short run of a sequential command (few, small regular files), stops V8 at its baseline
 * compiler; returns whether it did. V8's flags are the process's, so this runs before any of the
 * run's code is compiled, and the code cache of such a run is kept apart (its flags differ).
 */
export function baselineForShortRun(command: string, inputs: readonly string[]): boolean {
  // no inputs: check reads its bundled sample report, a short run too
  if (!SEQUENTIAL.has(command) || inputs.length > SHORT_RUN.files) return false;
  let bytes = 0;
  for (const input of inputs) {
    // standard input, a device, a path that cannot be read: its size is unknown here, and the command reports what is wrong
    const size = regularFileSize(input);
    if (size === null) return false;
    bytes += size;
  }
  if (bytes > SHORT_RUN.bytes) return false;
  // node:v8 loads here, not at start-up (`--version` needs none of it), and by require: an import
  // would also build its ES module facade, 5–6 ms of a cold check
  const { setFlagsFromString } = createRequire(import.meta.url)('node:v8') as typeof v8;
  setFlagsFromString('--max-opt=1');
  return true;
}

/**
 * How much a function must run before V8 optimises it, in a batch (V8's default is 67,584 bytes of
 * bytecode run). A batch's workers spent about a third of the batch's CPU in TurboFan, and not
 * only warming up: a closure created per report (a sort comparator, a map callback) keeps its
 * optimised code only while one of its instances lives, so after each full garbage collection
 * (one every 40 or so reports) hundreds of them were optimised again. Nine times the budget leaves
 * those at the baseline tier and optimises what runs on every sentence. 600,000 measured best of
 * 200,000, 600,000, 1,500,000 and 4,000,000 (400-report batches, CPU, alternating).
 */
const BATCH_INTERRUPT_BUDGET = 600_000;
/** V8's own (Node 20: `node --v8-options`). */
const DEFAULT_INTERRUPT_BUDGET = 67_584;

/**
 * For `batch`, raises the budget above. V8's flags are the process's and its workers': this runs
 * before the run's code is compiled and before the workers start.
 */
export function patientTieringForBatch(command: string): void {
  if (command !== 'batch') return;
  const { setFlagsFromString } = createRequire(import.meta.url)('node:v8') as typeof v8;
  setFlagsFromString(`--interrupt-budget=${BATCH_INTERRUPT_BUDGET}`);
}

/**
 * Runs the batch's summary with V8's own budget: it is one long loop on the main thread (exceljs's
 * rows) with the other core idle, and the raised budget kept it on the baseline tier longer (+0.8 s
 * of 3.4 s at 1,000 reports). The budget is raised again after it: V8 accepts a code cache only
 * under the flags it was written with, and the CLI writes the batch's when the command ends.
 */
export async function withEagerTiering<T>(work: () => Promise<T>): Promise<T> {
  const { setFlagsFromString } = createRequire(import.meta.url)('node:v8') as typeof v8;
  setFlagsFromString(`--interrupt-budget=${DEFAULT_INTERRUPT_BUDGET}`);
  try {
    return await work();
  } finally {
    setFlagsFromString(`--interrupt-budget=${BATCH_INTERRUPT_BUDGET}`);
  }
}

function regularFileSize(file: string): number | null {
  try {
    const stat = statSync(file);
    return stat.isFile() ? stat.size : null;
  } catch {
    return null;
  }
}
