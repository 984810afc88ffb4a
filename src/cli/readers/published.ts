import type { ImportOptions, ImportResult } from "../../core/import";
import { IMPORT_EXTENSIONS } from "../../core/import/forms";
import { IMPORT_LIMITS } from "../../core/import/limits";
import type { LoadResult, ReportReader } from "./index";
import { lazy } from "../lazy";
import { pdfToText } from "./pdf";

/**
 * Published reports as `xxgk check`, `--last-year` and `xxgk import` read them: web pages, text, Word, PDF. The
 * pure importers (src/core/import) do the work; a PDF's text is extracted here, in Node only.
 */

function asLoad(result: ImportResult): LoadResult {
  return result.ok ? { ok: true, report: result.report } : result;
}

const bytes = (content: Buffer) => new Uint8Array(content.buffer, content.byteOffset, content.byteLength);

export function publishedReaders(options: ImportOptions = {}): ReportReader[] {
  return [
    { extensions: IMPORT_EXTENSIONS.html, name: "网页", maxBytes: IMPORT_LIMITS.text, read: (c, file) => asLoad(lazy.importers().importHtml(bytes(c), { ...options, file })) },
    { extensions: IMPORT_EXTENSIONS.text, name: "文本", maxBytes: IMPORT_LIMITS.text, read: (c, file) => asLoad(lazy.importers().importText(bytes(c), { ...options, file })) },
    { extensions: IMPORT_EXTENSIONS.docx, name: "Word", maxBytes: IMPORT_LIMITS.docx, read: async (c, file) => asLoad(await lazy.importers().importDocx(bytes(c), { ...options, file })) },
    {
      extensions: IMPORT_EXTENSIONS.pdfText,
      name: "PDF",
      maxBytes: IMPORT_LIMITS.pdf,
      async read(c, file) {
        const text = await pdfToText(bytes(c));
        if ("reason" in text) return { ok: false, ...text };
        const result = lazy.importers().importPdfText(text.text, { ...options, file });
        if (result.ok) result.report.source = { kind: "pdf", file };
        return asLoad(result);
      },
    },
  ];
}

export const [htmlReader, textReader, docxReader, pdfReader] = publishedReaders();
