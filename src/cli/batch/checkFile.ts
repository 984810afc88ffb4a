import { checkLoaded } from "../../core/batch";
import type { CheckContext, CheckedFile } from "../../core/batch";
import { loadReport, readersWith } from "../readers";

/** The batch's result types and per-file step live in src/core/batch, shared with the task pane. */
export { unreadableFinding } from "../../core/batch";
export type { CheckContext, CheckedFile, FileResult } from "../../core/batch";

export async function checkFile(file: string, context: CheckContext): Promise<CheckedFile> {
  return checkLoaded(file, await loadReport(file, context.defaults ? readersWith(context.defaults) : undefined), context);
}
