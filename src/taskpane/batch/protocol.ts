import type { CheckContext, CheckedFile, LoadResult } from "../../core/batch";

/** Messages between the task pane and its batch worker (worker.ts). */

/** A picked file and the path it is named by (「收回的报表/乡镇/a.xlsx」 from a folder, the file name otherwise). */
export interface PickedFile {
  path: string;
  file: File;
}

/** What a file is read for: its result (批量检查) or its report (上年报告, 汇总相加). */
export type Want = "check" | "load";

export type ToWorker = { type: "context"; context: CheckContext } | { type: "file"; index: number; path: string; file: File; want: Want };

export type FromWorker =
  | { type: "checked"; index: number; result: CheckedFile }
  | { type: "loaded"; index: number; result: LoadResult }
  | { type: "failed"; index: number; message: string };
