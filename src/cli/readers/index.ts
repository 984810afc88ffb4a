import { readFileSync, statSync } from "node:fs";
import { extensionsOf, jsonReader, loadReportFile, publishedReaders as corePublishedReaders, reportReaders } from "../../core/batch";
import type { FileAccess, LoadResult, ReaderHost, ReportReader } from "../../core/batch";
import type { ImportOptions } from "../../core/import/types";
import { refused } from "../../core";
import { WORKBOOK_LIMITS } from "../../xlsx/limits";
import { lazy } from "../lazy";
import { pdfToText } from "./pdf";

/**
 * The command line's side of reading files (src/core/batch has the readers): bytes from the disk, the workbook reader
 * and the importers loaded on first use, a PDF's text through pdfjs in Node.
 */
export type { LoadResult, ReportReader };
export { jsonReader };

const nodeHost: ReaderHost = {
  importers: () => lazy.importers(),
  readWorkbook: (content, file) => lazy.xlsxRead().readReportWorkbook(content, file),
  pdfText: pdfToText,
  maxWorkbookBytes: WORKBOOK_LIMITS.maxFileBytes,
};

/** Every supported input form (src/core/batch/readers.ts). */
const readers: readonly ReportReader[] = reportReaders(nodeHost);

/** Published reports only, read with `xxgk import`'s options (a report year given on the command line…). */
export function publishedReaders(options: ImportOptions = {}): ReportReader[] {
  return corePublishedReaders(nodeHost, options);
}

/** Every reader, the published forms told what to use for a file that does not state it (check --year/--agency/--level). */
export function readersWith(defaults: Pick<ImportOptions, "reportYear" | "agency" | "level">): ReportReader[] {
  return reportReaders(nodeHost, defaults);
}

export function supportedExtensions(): string[] {
  return extensionsOf(readers);
}

function cannotRead(e: unknown) {
  const code = (e as NodeJS.ErrnoException).code;
  const zh = code === "ENOENT" ? "文件不存在" : code === "EISDIR" ? "这是一个文件夹" : "无法读取文件";
  return refused(zh, `cannot read file: ${(e as Error).message}`);
}

/**
 * A file on disk. Synchronous: a batch reads one file at a time per thread, and two thread-pool round trips per
 * file were idle time (about a millisecond a file in a 1,000-file batch).
 */
function diskFile(file: string): FileAccess {
  return {
    size() {
      try {
        return statSync(file).size;
      } catch (e) {
        return cannotRead(e);
      }
    },
    bytes() {
      try {
        return readFileSync(file);
      } catch (e) {
        return cannotRead(e);
      }
    },
  };
}

/** `using` replaces the registered readers (e.g. `xxgk import` with a report year given on the command line). */
export function loadReport(file: string, using: readonly ReportReader[] = readers): Promise<LoadResult> {
  return loadReportFile(file, diskFile(file), using);
}
