import type { ImportForm } from "./types";

/**
 * The file extensions each import form is read from — the one list the importers, the command line (readers,
 * help text) and the task pane's file picker are built from. Kept apart from the importers so the pane can name
 * them without loading the import code.
 */
export const IMPORT_EXTENSIONS: Record<ImportForm, readonly string[]> = {
  html: [".html", ".htm", ".xhtml"],
  // Markdown is text with pipe tables and 「#」 headings (what OCR and PDF-to-markdown converters write).
  text: [".txt", ".text", ".md", ".markdown"],
  // A PDF's text is extracted by pdfjs: in Node for the command line, in the pane's batch worker for 批量检查.
  pdfText: [".pdf"],
  docx: [".docx"],
};

/** The forms the pure importers read straight from a file (a PDF needs the command line to extract its text). */
export const FILE_IMPORT_FORMS = ["html", "text", "docx"] as const satisfies readonly ImportForm[];

/** Extensions of the given forms, in order: ".html .htm …". */
export function extensionsOf(forms: readonly ImportForm[]): string[] {
  return forms.flatMap((form) => IMPORT_EXTENSIONS[form]);
}

/** The form a file name stands for, or undefined when no importer reads it. */
export function importFormOf(fileName: string): ImportForm | undefined {
  const ext = /\.[^.\\/]+$/.exec(fileName.toLowerCase())?.[0];
  if (!ext) return undefined;
  return (Object.keys(IMPORT_EXTENSIONS) as ImportForm[]).find((form) => IMPORT_EXTENSIONS[form].includes(ext));
}
