import { Buffer } from "buffer";

/**
 * The Node globals ExcelJS's sources and JSZip expect (ExcelJS's `process.browser` test, readable-stream's
 * `process.nextTick`, JSZip's `Buffer` and `setImmediate`), set in the batch worker's own global scope before
 * ExcelJS loads — never in the task pane's page. Both schedulers are microtasks: a worker reading one workbook has
 * nothing else to do in between. ExcelJS's prebuilt browser file schedules nextTick with setTimeout(0), which browsers
 * clamp to 4 ms once nested, and a workbook then waited some 75 ms doing nothing; JSZip's own setImmediate stand-in
 * (a message posted to itself for every 16 KB it hands on) cost 13% of a workbook's time (docs/performance.md).
 */
const scope = globalThis as unknown as Record<string, unknown>;
const soon = (callback: (...args: unknown[]) => void, ...args: unknown[]) => queueMicrotask(() => callback(...args));
scope.process ??= { browser: true, env: {}, version: "", versions: {}, nextTick: soon };
scope.setImmediate ??= soon;
scope.Buffer ??= Buffer;
