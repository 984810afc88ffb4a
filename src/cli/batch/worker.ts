import { parentPort, workerData } from "node:worker_threads";
import { checkFile } from "./checkFile";
import type { CheckContext } from "./checkFile";

/** A batch worker: checks the files the pool sends, one at a time, and posts each result back. */
const context = workerData as CheckContext;

parentPort?.on("message", async (task: { index: number; file: string }) => {
  try {
    parentPort?.postMessage({ index: task.index, result: await checkFile(task.file, context) });
  } catch (e) {
    parentPort?.postMessage({ index: task.index, error: (e as Error).message });
  }
});
