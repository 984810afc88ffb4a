/* eslint-disable @typescript-eslint/no-require-imports */

/**
 * Modules that pull in large libraries (ExcelJS, the HTML and XML parsers, docx, certificate generation) load when a
 * command first needs them, not when the CLI starts: `xxgk --help` answers at once, and a batch's main thread, which
 * only hands files to worker threads, never loads ExcelJS. CommonJS `require`, because the CLI is compiled to
 * CommonJS (a dynamic `import()` of our own files would go through the ES module loader and need file extensions).
 */
export const lazy = {
  xlsxRead: () => require("../xlsx/read") as typeof import("../xlsx/read"),
  xlsxWrite: () => require("../xlsx/write") as typeof import("../xlsx/write"),
  importers: () => require("../core/import") as typeof import("../core/import"),
  summary: () => require("./batch/summary") as typeof import("./batch/summary"),
  narrativeDocx: () => require("../docx/narrativeDocx") as typeof import("../docx/narrativeDocx"),
  certificate: () => require("../deploy/certificate") as typeof import("../deploy/certificate"),
  manifest: () => require("../deploy/manifest") as typeof import("../deploy/manifest"),
  manifestXml: () => require("../deploy/manifestXml") as typeof import("../deploy/manifestXml"),
  server: () => require("../deploy/server") as typeof import("../deploy/server"),
};
