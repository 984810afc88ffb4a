import { Buffer } from "buffer";

/**
 * The two Node globals ExcelJS's sources expect (its `process.browser` test, readable-stream's `process.nextTick`,
 * JSZip's `Buffer`), set in the batch worker's own global scope before ExcelJS loads — never in the task pane's page.
 * nextTick is a microtask: ExcelJS's prebuilt browser file schedules it with setTimeout(0), which browsers clamp to
 * 4 ms once nested, and a workbook then waited some 75 ms doing nothing (docs/performance.md).
 */
const scope = globalThis as unknown as Record<string, unknown>;
scope.process ??= {
  browser: true,
  env: {},
  version: "",
  versions: {},
  nextTick: (callback: (...args: unknown[]) => void, ...args: unknown[]) => queueMicrotask(() => callback(...args)),
};
scope.Buffer ??= Buffer;
