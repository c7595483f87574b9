import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { OrderedHelper, runPool, type TaskOutcome } from '../../src/util/pool.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'duibiao-pool-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A worker script of plain JavaScript, written for the test. */
function script(name: string, body: string): URL {
  const file = path.join(dir, name);
  writeFileSync(file, `import { parentPort, workerData } from 'node:worker_threads';\n${body}\n`);
  return pathToFileURL(file);
}

/** Set up with a shared counter, answers each number with it times ten, counting the requests it received. */
const counting = script(
  'counting.mjs',
  `parentPort.once('message', (counter) => {
     const received = new Int32Array(counter);
     parentPort.on('message', (n) => {
       Atomics.add(received, 0, 1);
       parentPort.postMessage(n * 10);
     });
   });`,
);

describe('a helper thread asked in order', () => {
  it('gives each answer in the order asked, never asking more than `ahead` beyond the one taken', async () => {
    const received = new Int32Array(new SharedArrayBuffer(4));
    const answers: number[] = [];
    for await (const answer of new OrderedHelper<SharedArrayBuffer, number, number>(counting).answers(received.buffer, [1, 2, 3, 4, 5, 6, 7], 3)) {
      // a slow reader: whatever was asked has arrived by now
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(Atomics.load(received, 0)).toBeLessThanOrEqual(answers.length + 3);
      answers.push(answer);
    }
    expect(answers).toEqual([10, 20, 30, 40, 50, 60, 70]);
    expect(Atomics.load(received, 0)).toBe(7);
  });

  it("throws the worker's failure where its answer is awaited", async () => {
    const failing = script(
      'failing.mjs',
      `parentPort.once('message', () => parentPort.on('message', (n) => { if (n === 2) throw new Error('no two'); parentPort.postMessage(n); }));`,
    );
    // the worker's error travels apart from its answers and overtook them in 2 of 100 runs: meet that often
    for (let round = 0; round < 50; round++) {
      const seen: number[] = [];
      await expect(
        (async () => {
          for await (const n of new OrderedHelper<null, number, number>(failing).answers(null, [1, 2, 3], 2)) seen.push(n);
        })(),
      ).rejects.toThrow('no two');
      expect(seen).toEqual([1]);
    }
  });

  it('is set up and asked after it has started, and stops when never asked', async () => {
    const helper = new OrderedHelper<SharedArrayBuffer, number, number>(counting);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const received = new Int32Array(new SharedArrayBuffer(4));
    const answers: number[] = [];
    for await (const answer of helper.answers(received.buffer, [4, 5], 1)) answers.push(answer);
    expect(answers).toEqual([40, 50]);
    await new OrderedHelper(counting).stop();
  });

  it('throws a failure it met before it was asked where the first answer is awaited', async () => {
    const broken = script('broken.mjs', `throw new Error('broken at start');`);
    const helper = new OrderedHelper<null, number, number>(broken);
    await new Promise((resolve) => setTimeout(resolve, 300));
    await expect(
      (async () => {
        for await (const n of helper.answers(null, [1, 2], 2)) expect(n).toBeUndefined();
      })(),
    ).rejects.toThrow('broken at start');
  });
});

describe('a pool of workers', () => {
  it("starts a report's time budget once its worker is set up, however long the set-up takes", async () => {
    // set-up takes more than twice the budget (as a first report's lazy compiles did on a busy machine);
    // a task of -1 is never answered, so that the budget is seen to run after the set-up
    const slow = script(
      'slow-setup.mjs',
      `Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 2500);
       parentPort.on('message', ({ index, task }) => { if (task >= 0) parentPort.postMessage({ type: 'done', index, value: task * 10 }); });
       parentPort.postMessage({ type: 'ready' });`,
    );
    const outcomes: Array<TaskOutcome<number>> = [];
    await runPool<number, number>([1, -1, 2], { script: slow, workerData: null, size: 1, taskTimeoutMs: 1000, memoryMb: 64 }, (index, outcome) => {
      outcomes[index] = outcome;
    }).done;
    expect(outcomes[0]).toEqual({ ok: true, value: 10 });
    expect(outcomes[1]).toMatchObject({ ok: false, reason: 'timeout' });
    // the fresh worker that takes the next task sets up as slowly
    expect(outcomes[2]).toEqual({ ok: true, value: 20 });
  });
});
