import { unreadableResult } from "../../core/batch";
import type { CheckContext, CheckedFile, LoadResult } from "../../core/batch";
import { refused, refusalText } from "../../core/refusal";
import type { FromWorker, PickedFile, ToWorker, Want } from "./protocol";

/**
 * Batch workers seen from the pane: files handed out a few at a time to each worker (files differ wildly in size, so
 * a long queue would leave one worker with the big ones), results back in the order of the files. A worker that
 * fails costs only the file it was on: the file is reported, the files queued behind it go to a fresh worker.
 * 取消 terminates the workers at once: nothing of theirs runs on after it.
 */

type ResultOf<W extends Want> = W extends "check" ? CheckedFile : LoadResult;

export interface PoolOptions {
  workers: number;
  context?: CheckContext;
  /** Called as each file finishes (in completion order). */
  onResult?: (done: number, path: string) => void;
  /** Makes a worker (the pane: the bundled worker.ts; tests may give another). */
  createWorker: () => Worker;
}

export interface PoolRun<T> {
  /** Every file's result in the order given, or `cancelled` after cancel(). */
  done: Promise<{ cancelled: false; results: T[] } | { cancelled: true; finished: number }>;
  cancel(): void;
}

function isResult(m: unknown): m is FromWorker {
  const type = (m as { type?: unknown } | null)?.type;
  return typeof (m as { index?: unknown } | null)?.index === "number" && (type === "checked" || type === "loaded" || type === "failed");
}

/** Files handed to a worker ahead of the one it is on, so it never waits for the pane between files. */
const QUEUE_DEPTH = 2;

export function runInWorkers<W extends Want>(files: readonly PickedFile[], want: W, options: PoolOptions): PoolRun<ResultOf<W>> {
  const results: ResultOf<W>[] = new Array(files.length);
  const live = new Set<Worker>();
  const returned: number[] = [];
  let next = 0;
  let finished = 0;
  let settle: (outcome: { cancelled: false; results: ResultOf<W>[] } | { cancelled: true; finished: number }) => void = () => undefined;
  const done = new Promise<{ cancelled: false; results: ResultOf<W>[] } | { cancelled: true; finished: number }>((resolve) => (settle = resolve));

  const stopAll = () => {
    for (const w of live) w.terminate();
    live.clear();
  };
  const record = (index: number, result: ResultOf<W>) => {
    if (results[index] !== undefined) return;
    results[index] = result;
    finished++;
    options.onResult?.(finished, files[index].path);
    if (finished === files.length) {
      stopAll();
      settle({ cancelled: false, results });
    }
  };
  const failedOn = (index: number, reason: string): ResultOf<W> => {
    const failure = refused("检查这个文件时程序出错", `the checker failed on this file: ${reason}`);
    return (want === "check" ? unreadableResult(files[index].path, refusalText(failure)) : failure) as ResultOf<W>;
  };
  const take = (): number | undefined => returned.shift() ?? (next < files.length ? next++ : undefined);

  const start = () => {
    const worker = options.createWorker();
    const queued: number[] = [];
    const send = (message: ToWorker) => worker.postMessage(message);
    const feed = () => {
      while (queued.length < QUEUE_DEPTH) {
        const index = take();
        if (index === undefined) return;
        queued.push(index);
        send({ type: "file", index, path: files[index].path, file: files[index].file, want });
      }
    };
    worker.onmessage = (event: MessageEvent<FromWorker>) => {
      const m = event.data;
      // Only the worker's own messages: pdfjs, loaded in the worker for a PDF, also announces itself on its port.
      if (!isResult(m)) return;
      queued.splice(queued.indexOf(m.index), 1);
      if (m.type === "failed") record(m.index, failedOn(m.index, m.message));
      else record(m.index, m.result as ResultOf<W>);
      feed();
    };
    worker.onerror = (event) => {
      event.preventDefault();
      if (!live.delete(worker)) return;
      worker.terminate();
      const [culprit, ...waiting] = queued.filter((i) => results[i] === undefined);
      returned.unshift(...waiting);
      if (culprit !== undefined) record(culprit, failedOn(culprit, event.message || "worker error"));
      if (finished < files.length && (returned.length > 0 || next < files.length)) start();
    };
    live.add(worker);
    if (options.context) send({ type: "context", context: options.context });
    feed();
  };

  if (files.length === 0) settle({ cancelled: false, results });
  else for (let i = 0; i < Math.max(1, Math.min(options.workers, files.length)); i++) start();

  return {
    done,
    cancel() {
      if (finished === files.length) return;
      stopAll();
      finished = files.length; // late messages are ignored
      settle({ cancelled: true, finished: results.filter((r) => r !== undefined).length });
    },
  };
}
