import * as path from "node:path";
import { pdfTextWith } from "../../core/batch/pdfText";
import type { PdfJs } from "../../core/batch/pdfText";
import type { Refusal } from "../../core/refusal";

/**
 * A PDF's text in Node: pdfjs-dist's legacy build (Node ≥ 20.16) from node_modules; the extraction itself is
 * src/core/batch/pdfText.ts, which the task pane's batch worker shares.
 */

let loaded: Promise<PdfJs> | undefined;
function pdfjs(): Promise<PdfJs> {
  // pdfjs-dist is an ES module; the CLI is CommonJS, so it is loaded on first use (and only when a PDF is read).
  loaded ??= import("pdfjs-dist/legacy/build/pdf.mjs") as unknown as Promise<PdfJs>;
  return loaded;
}

const assets = () => path.dirname(require.resolve("pdfjs-dist/package.json"));

export async function pdfToText(data: Uint8Array): Promise<{ text: string } | Refusal> {
  const folder = assets();
  return pdfTextWith(await pdfjs(), data, { cMapUrl: path.join(folder, "cmaps") + path.sep, standardFontDataUrl: path.join(folder, "standard_fonts") + path.sep });
}
