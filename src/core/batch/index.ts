/**
 * The supervising office's batch, host-free: which files and in what order, reading each into a report, checking
 * it, last year's returns by agency, the summary sheets and the sum. The command line (src/cli/batch: files,
 * worker threads, ExcelJS) and the task pane (src/taskpane/batch: picked files, a Web Worker, Office.js) differ
 * only in file access, threads and output.
 */
export * from "./files";
export * from "./readers";
export * from "./check";
export * from "./lastYear";
export * from "./summary";
export * from "./aggregate";
