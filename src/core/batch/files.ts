import { IMPORT_EXTENSIONS } from "../import/forms";

/**
 * Which files a batch takes and in what order — the same for a folder the command line lists and a folder (or a
 * handful of files) picked in the task pane, so both check the same files in the same order. Paths are split on
 * both separators: the pane gives 「收回的报表/乡镇/a.xlsx」, the command line on Windows 「收回的报表\乡镇\a.xlsx」.
 */

const SEPARATOR = /[\\/]/;

/**
 * The file forms a batch reads, by extension, in the readers' order (readers.ts): the report as JSON, the standard
 * workbook, then the published forms. Kept apart from the readers so the task pane can name them (its file picker)
 * without loading any reading code.
 */
export const REPORT_EXTENSIONS = {
  json: [".json"],
  workbook: [".xlsx"],
  html: IMPORT_EXTENSIONS.html,
  text: IMPORT_EXTENSIONS.text,
  docx: IMPORT_EXTENSIONS.docx,
  pdfText: IMPORT_EXTENSIONS.pdfText,
} as const;

export const BATCH_EXTENSIONS: readonly string[] = Object.values(REPORT_EXTENSIONS).flat();

/** The lower-case extension with its dot (「.xlsx」), as Node's path.extname gives it; "" when there is none. */
export function extensionOf(file: string): string {
  const name = file.split(SEPARATOR).pop() ?? "";
  const dot = name.lastIndexOf(".");
  return dot <= 0 ? "" : name.slice(dot).toLowerCase();
}

/** Excel's lock files (「~$报表.xlsx」) and hidden files or folders are never part of a batch. */
export function isSkippedName(name: string): boolean {
  return name.startsWith(".") || name.startsWith("~$");
}

/** Whether a path found inside a picked folder belongs to the batch: no skipped part, a supported extension. */
export function belongsToBatch(relativePath: string, extensions: readonly string[]): boolean {
  const parts = relativePath.split(SEPARATOR).filter(Boolean);
  return !parts.some(isSkippedName) && extensions.includes(extensionOf(relativePath));
}

/** Names in a folder, in the order they are listed (Chinese collation, as a clerk's file window sorts them). */
export function compareNames(a: string, b: string): number {
  return a.localeCompare(b, "zh-CN");
}

/**
 * Paths in the order a recursive listing gives them: folder by folder, each folder's entries — files and
 * sub-folders together — by name.
 */
export function comparePaths(a: string, b: string): number {
  const pa = a.split(SEPARATOR);
  const pb = b.split(SEPARATOR);
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const c = compareNames(pa[i], pb[i]);
    if (c !== 0) return c;
  }
  return pa.length - pb.length;
}
