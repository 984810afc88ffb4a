// First: the Node globals ExcelJS's sources need, before anything loads ExcelJS.
import "./nodeGlobals";
import * as importers from "../../core/import";
import { checkLoaded, loadReportFile, reportReaders } from "../../core/batch";
import type { CheckContext, FileAccess, ReaderHost } from "../../core/batch";
import { refused } from "../../core/refusal";
import { pdfText } from "./pdfText";
import type { FromWorker, ToWorker } from "./protocol";

/**
 * The batch worker (a Web Worker, off the pane's thread): reads each picked file with the readers the command line
 * uses (src/core/batch), the workbook reader with ExcelJS bundled from its sources, and checks it — or returns the
 * report (last year's returns, 汇总相加). Files are handled strictly one after another, in the order sent, so the
 * pane knows which file a failure belongs to.
 */

// The workbook reader (src/xlsx, with ExcelJS) loads when a batch first holds a workbook; its size cap at once.
let workbookReader: Promise<typeof import("../../xlsx/read")> | undefined;
const host: Promise<ReaderHost> = import("../../xlsx/limits").then(({ WORKBOOK_LIMITS }) => ({
  importers: () => importers,
  readWorkbook: async (content, file) => (await (workbookReader ??= import("../../xlsx/read"))).readReportWorkbook(content, file),
  pdfText,
  maxWorkbookBytes: WORKBOOK_LIMITS.maxFileBytes,
}));
let readers = host.then((h) => reportReaders(h));

/** Files up to this size are read ahead; a larger one only once its size has passed its reader's cap. */
const READ_AHEAD_BYTES = 4 * 1024 * 1024;

/**
 * A picked file. A file of ordinary size is read as soon as it is handed over (the browser reads it in another
 * process), so the next file's reading overlaps this one's checking (the worker sat idle 6% of the time before).
 */
function access(file: File): FileAccess {
  const read = () =>
    file.arrayBuffer().then(
      (buffer) => new Uint8Array(buffer),
      (e: unknown) => refused("无法读取文件", `cannot read file: ${(e as Error).message}`),
    );
  const ahead = file.size <= READ_AHEAD_BYTES ? read() : undefined;
  return { size: () => file.size, bytes: () => ahead ?? read() };
}

const scope = globalThis as unknown as { postMessage(message: FromWorker): void; onmessage: ((event: MessageEvent<ToWorker>) => void) | null };
let context: CheckContext = {};
let chain: Promise<void> = Promise.resolve();

scope.onmessage = (event) => {
  const message = event.data;
  if (message.type === "context") {
    context = message.context;
    readers = host.then((h) => reportReaders(h, context.defaults));
    return;
  }
  const file = access(message.file);
  chain = chain.then(async () => {
    try {
      const loaded = await loadReportFile(message.path, file, await readers);
      if (message.want === "load") scope.postMessage({ type: "loaded", index: message.index, result: loaded });
      else scope.postMessage({ type: "checked", index: message.index, result: checkLoaded(message.path, loaded, context) });
    } catch (e) {
      scope.postMessage({ type: "failed", index: message.index, message: String((e as Error)?.message ?? e) });
    }
  });
};
