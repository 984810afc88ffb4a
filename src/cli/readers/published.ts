import { importDocx, importHtml, importPdfText, importText, IMPORT_LIMITS } from "../../core/import";
import type { ImportOptions, ImportResult } from "../../core/import";
import type { LoadResult, ReportReader } from "./index";
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
    { extensions: [".html", ".htm", ".xhtml"], name: "网页", maxBytes: IMPORT_LIMITS.text, read: (c, file) => asLoad(importHtml(bytes(c), { ...options, file })) },
    { extensions: [".txt"], name: "文本", maxBytes: IMPORT_LIMITS.text, read: (c, file) => asLoad(importText(bytes(c), { ...options, file })) },
    { extensions: [".docx"], name: "Word", maxBytes: IMPORT_LIMITS.docx, read: async (c, file) => asLoad(await importDocx(bytes(c), { ...options, file })) },
    {
      extensions: [".pdf"],
      name: "PDF",
      maxBytes: IMPORT_LIMITS.pdf,
      async read(c, file) {
        const text = await pdfToText(bytes(c));
        if ("reason" in text) return { ok: false, reason: text.reason };
        const result = importPdfText(text.text, { ...options, file });
        if (result.ok) result.report.source = { kind: "pdf", file };
        return asLoad(result);
      },
    },
  ];
}

export const [htmlReader, textReader, docxReader, pdfReader] = publishedReaders();
