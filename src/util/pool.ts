import os from 'node:os';
import v8 from 'node:v8';
import { Worker } from 'node:worker_threads';

/**
 * The young generation of each worker's heap. A report's work is short-lived garbage; V8's default
 * (three 16 MB semi-spaces) kept ~48 MB per worker reserved for it: 16 MB cut the peak of a batch by
 * ~30 MB at the same CPU (measured in bench/README.md).
 */
const YOUNG_GENERATION_MB = 16;

/**
 * A pool of worker threads that each set up once (workerData) and then run one task at a time.
 * Every task is isolated: a worker that throws outside a task, dies, runs out of its memory
 * budget or takes longer than the time budget is ended, that task alone fails, and a fresh
 * worker takes the next one (and the one the ended worker held, not yet started). A worker that
 * cannot set up (a broken catalogue) ends the run.
 *
 * The worker script answers the protocol of `serveTasks` below.
 */
export interface PoolOptions {
  script: URL;
  workerData: unknown;
  size: number;
  /** wall-clock budget of one task */
  taskTimeoutMs: number;
  /** V8 heap budget of one worker (old generation), in MiB */
  memoryMb: number;
}

export type TaskOutcome<R> = { ok: true; value: R } | { ok: false; reason: 'timeout' | 'crashed' | 'memory'; message: string };

/**
 * Tasks a worker holds at once: the one it runs and the next, so that it starts the next as soon
 * as it answers, not after the main thread has read its answer and sent another (a worker of a
 * batch sat idle 5% of its time waiting so, more when the machine is busy).
 */
const TASKS_IN_FLIGHT = 2;

/** What a worker posts: set-up done or failed, or one task's answer. */
type FromWorker<R> = { type: 'ready' } | { type: 'setup-failed'; error: unknown } | { type: 'done'; index: number; value: R };

export class SetupError extends Error {
  constructor(override readonly cause: unknown) {
    super('worker set-up failed');
  }
}

/** Runs every task; onOutcome is called once per task, in completion order. */
export function runPool<T, R>(
  tasks: readonly T[],
  options: PoolOptions,
  onOutcome: (index: number, outcome: TaskOutcome<R>) => void | Promise<void>,
): { stop: () => Promise<void>; done: Promise<void> } {
  let next = 0;
  /** tasks sent to a worker that ended before starting them: given again before the rest */
  const returned: number[] = [];
  const take = (): number | undefined => returned.shift() ?? (next < tasks.length ? next++ : undefined);
  const left = () => returned.length > 0 || next < tasks.length;
  let finished = 0;
  let failed: unknown = null;
  const live = new Set<Worker>();
  let resolveDone!: () => void;
  let rejectDone!: (error: unknown) => void;
  const done = new Promise<void>((resolve, reject) => {
    resolveDone = resolve;
    rejectDone = reject;
  });
  let pending = Promise.resolve();
  const settle = (index: number, outcome: TaskOutcome<R>) => {
    // outcomes are handled one after another (the caller appends to files)
    pending = pending.then(() => onOutcome(index, outcome)).catch((error: unknown) => abort(error));
    pending = pending.then(() => {
      finished++;
      if (finished === tasks.length && failed === null) resolveDone();
    });
  };
  const abort = (error: unknown) => {
    if (failed !== null) return;
    failed = error;
    for (const worker of live) void worker.terminate();
    rejectDone(error);
  };

  const start = () => {
    if (failed !== null || !left()) return;
    const worker = new Worker(options.script, {
      workerData: options.workerData,
      resourceLimits: { maxOldGenerationSizeMb: options.memoryMb, maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
      stdout: false,
      stderr: false,
    });
    live.add(worker);
    /** the tasks sent to this worker, in the order it runs them: the first is the one running */
    const sent: number[] = [];
    let timer: NodeJS.Timeout | null = null;
    let ended = false;
    let ready = false;
    const end = (outcome: TaskOutcome<R> | null, error?: unknown) => {
      if (ended) return;
      // a worker that dies before it is ready would die again: the run cannot go on
      if (!ready) {
        ended = true;
        live.delete(worker);
        abort(new SetupError(error));
        return;
      }
      ended = true;
      if (timer) clearTimeout(timer);
      live.delete(worker);
      void worker.terminate();
      const [running, ...waiting] = sent;
      if (running !== undefined && outcome) settle(running, outcome);
      returned.unshift(...waiting);
      sent.length = 0;
      start();
    };
    /** the budget runs from when the worker starts a task: when the one before it is answered */
    const time = () => {
      timer = setTimeout(() => end({ ok: false, reason: 'timeout', message: `time budget of ${options.taskTimeoutMs} ms exceeded` }), options.taskTimeoutMs);
    };
    const give = () => {
      while (failed === null && sent.length < TASKS_IN_FLIGHT) {
        const index = take();
        if (index === undefined) break;
        sent.push(index);
        if (sent.length === 1) time();
        worker.postMessage({ index, task: tasks[index] });
      }
      if (sent.length === 0) {
        live.delete(worker);
        void worker.terminate();
      }
    };
    worker.on('message', (message: FromWorker<R>) => {
      if (message.type === 'ready') {
        ready = true;
        give();
      } else if (message.type === 'setup-failed') abort(new SetupError(message.error));
      else if (message.type === 'done' && message.index === sent[0]) {
        if (timer) clearTimeout(timer);
        settle(message.index, { ok: true, value: message.value });
        sent.shift();
        if (sent.length > 0) time();
        give();
      }
    });
    // A worker's failure is acted on at its exit: the answers it posted before failing reach 'message'
    // by then, where the error, sent on another channel, can overtake them (a task already answered
    // was failed in its place).
    let failure: (Error & { code?: string }) | null = null;
    worker.on('error', (error: Error & { code?: string }) => {
      failure ??= error;
    });
    worker.on('exit', (code) => {
      if (failure) {
        const memory = failure.code === 'ERR_WORKER_OUT_OF_MEMORY';
        end({ ok: false, reason: memory ? 'memory' : 'crashed', message: failure.message }, failure);
      } else if (!ended && (sent.length > 0 || !ready))
        end({ ok: false, reason: 'crashed', message: `worker exited with code ${code}` }, new Error(`worker exited with code ${code}`));
      live.delete(worker);
    });
  };

  if (tasks.length === 0) resolveDone();
  // With a worker on every core, young-generation collections run on the collecting thread alone
  // (for every thread of the process: the flag is V8's, read at each collection). V8's parallel
  // scavenger hands its work to helper threads and waits for them, and here they only take turns
  // with the workers, the collecting thread waiting and the helpers spinning.
  if (options.size >= os.availableParallelism()) v8.setFlagsFromString('--no-parallel-scavenge');
  for (let i = 0; i < Math.min(options.size, tasks.length); i++) start();
  const stop = async () => {
    failed ??= new Error('stopped');
    await Promise.all([...live].map((worker) => worker.terminate()));
  };
  return { stop, done: done.then(() => pending) };
}

/**
 * The worker side: set up once, say ready, then answer each task. A task that throws ends the
 * worker (the pool fails that task and starts another); tasks report expected failures as values.
 */
export async function serveTasks<T, R>(setup: () => Promise<(task: T) => Promise<R>>): Promise<void> {
  const { parentPort } = await import('node:worker_threads');
  const port = parentPort!;
  let handle: (task: T) => Promise<R>;
  try {
    handle = await setup();
  } catch (error) {
    const { name, message, ...fields } = error as Error & Record<string, unknown>;
    port.postMessage({ type: 'setup-failed', error: { name, message, ...(JSON.parse(JSON.stringify(fields)) as Record<string, unknown>) } });
    return;
  }
  // tasks run one at a time, in the order they came (the pool sends the next before this one ends)
  let queue = Promise.resolve();
  port.on('message', (message: { index: number; task: T }) => {
    queue = queue.then(() => handle(message.task)).then((value) => port.postMessage({ type: 'done', index: message.index, value }));
  });
  port.postMessage({ type: 'ready' });
}

/**
 * A helper thread that answers each message with one, in the order asked, after a first message
 * that sets it up (the script's own protocol). It starts at once and is asked later: Node's start
 * of a thread (0.1 s of CPU, more on a busy machine) then overlaps whatever the caller does first,
 * where it held up the answers; the batch's workbook waited for it after the last report, with a
 * core idle. Until asked it does not hold the process, and stop() ends it if it never is.
 */
export class OrderedHelper<S, Q, A> {
  private readonly worker: Worker;
  private readonly waiting: Array<{ resolve: (answer: A) => void; reject: (error: unknown) => void }> = [];
  /** why it ended before its answers were asked for, thrown where they are */
  private failure: Error | null = null;

  constructor(script: URL) {
    this.worker = new Worker(script, { stdout: false, stderr: false });
    this.worker.unref();
    const failAll = (error: Error) => {
      this.failure ??= error;
      for (const { reject } of this.waiting.splice(0)) reject(error);
    };
    this.worker.on('message', (answer: A) => this.waiting.shift()?.resolve(answer));
    // the answers posted before a failure arrive by 'exit', which the error can overtake
    this.worker.on('error', (error) => {
      this.failure ??= error;
    });
    this.worker.on('exit', (code) => failAll(this.failure ?? new Error(`worker exited with code ${code}`)));
  }

  /**
   * The answers to `requests`, asking at most `ahead` before the one the caller waits for, so that
   * answers never pile up; the helper ends with the iteration, and its failure is thrown there.
   */
  answers(setup: S, requests: readonly Q[], ahead: number): AsyncGenerator<A> {
    const { worker, waiting } = this;
    const asked: Array<Promise<A>> = [];
    let next = 0;
    const askAhead = () => {
      while (asked.length < ahead && next < requests.length) {
        const answer = this.failure === null ? new Promise<A>((resolve, reject) => waiting.push({ resolve, reject })) : Promise.reject(this.failure);
        // a failure is thrown where its answer is awaited; the answers asked after it never are
        answer.catch(() => undefined);
        if (this.failure === null) worker.postMessage(requests[next]);
        next++;
        asked.push(answer);
      }
    };
    worker.postMessage(setup);
    askAhead();
    return (async function* () {
      worker.ref();
      try {
        for (; asked.length > 0; askAhead()) yield await asked.shift()!;
      } finally {
        await worker.terminate();
      }
    })();
  }

  /** Ends the helper (it is ended anyway when its answers are done). */
  async stop(): Promise<void> {
    await this.worker.terminate();
  }
}
