import { parentPort, workerData } from "node:worker_threads";
import { checkFile } from "./checkFile";
import type { CheckContext } from "./checkFile";
import { tuneGarbageCollectionForBatch } from "./gcTuning";

/**
 * A batch worker: checks the files the pool sends strictly one after another (the pool queues a few ahead, and
 * knows which file a crash happened on only because they are checked in order), posting each result back.
 */
// Flags are per process and the pool sets this already; a worker started some other way gets it too.
tuneGarbageCollectionForBatch();
const context = workerData as CheckContext;
let chain: Promise<void> = Promise.resolve();

parentPort?.on("message", (task: { index: number; file: string }) => {
  chain = chain.then(async () => {
    try {
      parentPort?.postMessage({ index: task.index, result: await checkFile(task.file, context) });
    } catch (e) {
      parentPort?.postMessage({ index: task.index, error: (e as Error).message });
    }
  });
});
