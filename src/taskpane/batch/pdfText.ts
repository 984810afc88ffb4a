import { pdfTextWith } from "../../core/batch/pdfText";
import type { PdfJs } from "../../core/batch/pdfText";
import { refusal } from "../../core/refusal";
import type { Refusal } from "../../core/refusal";

/**
 * A PDF's text in the batch worker, by the same extraction as the command line (src/core/batch/pdfText.ts) and the
 * same pdfjs build (legacy, minified), which the add-in serves from its own folder (pdfjs/, copied there by
 * webpack.config.js) and this worker loads only when a batch holds a PDF. pdfjs's own worker code runs in this
 * thread — this already is a worker: loaded here, it sets the global pdfjs looks for (and also announces itself to
 * the pane, which ignores what is not a result: pool.ts).
 */

const base = () => new URL("pdfjs/", (globalThis as unknown as { location: { href: string } }).location.href);

let loaded: Promise<PdfJs> | undefined;
async function load(): Promise<PdfJs> {
  const scope = globalThis as unknown as { pdfjsWorker?: unknown };
  scope.pdfjsWorker ??= await import(/* webpackIgnore: true */ new URL("pdf.worker.min.mjs", base()).href);
  return (await import(/* webpackIgnore: true */ new URL("pdf.min.mjs", base()).href)) as PdfJs;
}

export async function pdfText(content: Uint8Array): Promise<{ text: string } | Refusal> {
  let lib: PdfJs;
  try {
    lib = await (loaded ??= load());
  } catch (e) {
    loaded = undefined;
    return refusal("加载项中读取PDF的部分未能载入，PDF文件没有检查；请改用网页或Word版本，或请负责部署加载项的同事检查。", `cannot load pdfjs (the add-in's pdfjs folder): ${(e as Error).message}`);
  }
  return pdfTextWith(lib, content, { cMapUrl: new URL("cmaps/", base()).href, standardFontDataUrl: new URL("standard_fonts/", base()).href });
}
