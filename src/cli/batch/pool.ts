import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import * as path from "node:path";
import { Worker } from "node:worker_threads";
import { checkFile, unreadableFinding } from "./checkFile";
import { tuneGarbageCollectionForBatch } from "./gcTuning";
import type { CheckContext, CheckedFile } from "./checkFile";

export interface RunOptions {
  /** Worker threads to use; 1 checks in this thread. Default: the machine's parallelism, at most 8. */
  jobs?: number;
  /** Called as each file finishes (in completion order). */
  onResult?: (result: CheckedFile, done: number) => void;
  /** The worker script (default: the compiled worker.js); tests give one that crashes on purpose. */
  workerScript?: string;
}

/** Below this many files, starting workers costs more than it saves. */
const MIN_FILES_FOR_WORKERS = 8;

export function defaultJobs(): number {
  return Math.max(1, Math.min(8, availableParallelism()));
}

/**
 * The compiled worker script. Under ts-jest this module is TypeScript source, so the worker runs from the compiled
 * CLI in build/node (npm test builds it first); returns undefined when no compiled worker exists.
 */
export function workerScript(): string | undefined {
  const beside = path.join(__dirname, "worker.js");
  if (existsSync(beside)) return beside;
  const built = path.join(__dirname, "..", "..", "..", "build", "node", "cli", "batch", "worker.js");
  return existsSync(built) ? built : undefined;
}

/** Check files, in parallel where it pays; results come back in the order of `files`. Never throws for a bad file. */
export async function checkFiles(files: readonly string[], context: CheckContext, options: RunOptions = {}): Promise<CheckedFile[]> {
  const jobs = Math.min(options.jobs ?? defaultJobs(), files.length);
  const script = options.workerScript ?? workerScript();
  tuneGarbageCollectionForBatch();
  if (jobs <= 1 || files.length < MIN_FILES_FOR_WORKERS || !script) return checkInThisThread(files, context, options);
  return checkInWorkers(files, context, options, jobs, script);
}

async function checkInThisThread(files: readonly string[], context: CheckContext, options: RunOptions): Promise<CheckedFile[]> {
  const results: CheckedFile[] = [];
  for (const file of files) {
    const result = await checkFile(file, context);
    results.push(result);
    options.onResult?.(result, results.length);
  }
  return results;
}

/** Files handed to a worker ahead of the one it is checking, so it never waits for the main thread between files. */
const QUEUE_DEPTH = 2;

/**
 * A pool of worker threads, each fed a short queue of files (files differ wildly in size, so a long queue would
 * leave one worker with the big ones). A worker that dies on a file (a crash, memory) costs only that file: it is
 * reported unreadable, the files queued behind it go to the other workers, and a fresh worker takes its place.
 */
function checkInWorkers(files: readonly string[], context: CheckContext, options: RunOptions, jobs: number, script: string): Promise<CheckedFile[]> {
  return new Promise((resolve) => {
    const results: CheckedFile[] = new Array(files.length);
    let next = 0;
    /** Files taken back from a worker that died, checked before the rest. */
    const returned: number[] = [];
    let done = 0;
    const live = new Set<Worker>();

    const record = (index: number, result: CheckedFile) => {
      results[index] = result;
      done++;
      options.onResult?.(result, done);
      if (done === files.length) {
        for (const w of live) void w.terminate();
        resolve(results);
      }
    };
    const failedOn = (index: number, reason: string): CheckedFile => ({
      file: files[index], edition: null, year: null, agency: null,
      findings: [unreadableFinding(`检查这个文件时程序出错 / the checker failed on this file: ${reason}`)],
      unreadable: reason,
    });
    const take = (): number | undefined => returned.shift() ?? (next < files.length ? next++ : undefined);

    const start = () => {
      // A memory cap per worker: one pathological file must not take the machine down.
      const worker = new Worker(script, { workerData: context, resourceLimits: { maxOldGenerationSizeMb: 1024 } });
      /** In the order sent; the worker checks them in that order, so the first is the one being checked. */
      const queued: number[] = [];
      const feed = () => {
        while (queued.length < QUEUE_DEPTH) {
          const index = take();
          if (index === undefined) return;
          queued.push(index);
          worker.postMessage({ index, file: files[index] });
        }
      };
      const failed = (reason: string) => {
        if (!live.delete(worker)) return;
        const [culprit, ...waiting] = queued.filter((i) => results[i] === undefined);
        returned.unshift(...waiting);
        if (culprit !== undefined) record(culprit, failedOn(culprit, reason));
        if (returned.length > 0 || next < files.length) start();
      };
      worker.on("message", (message: { index: number; result?: CheckedFile; error?: string }) => {
        queued.splice(queued.indexOf(message.index), 1);
        record(message.index, message.result ?? failedOn(message.index, message.error ?? ""));
        feed();
      });
      worker.on("error", (e) => failed(e.message));
      worker.on("exit", (code) => failed(`worker exited with code ${code}`));
      live.add(worker);
      feed();
    };

    for (let i = 0; i < jobs; i++) start();
  });
}
