import { IMPORT_LIMITS } from "../import/limits";
import { refusal } from "../refusal";
import type { Refusal } from "../refusal";

/**
 * A PDF's text, laid out in lines as a reader sees them — with pdfjs (the Mozilla PDF library), which the host loads:
 * the command line from node_modules, the task pane's batch worker from the add-in's own folder. Items on one
 * baseline form a line, left to right; pages are separated by form feeds. Nothing in the PDF is run (pdfjs has no
 * scripting without a viewer; eval is off) and nothing is fetched beyond pdfjs's own character maps and fonts.
 */

interface TextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
}

/** The part of pdfjs used here (its getDocument). */
export interface PdfJs {
  getDocument(params: Record<string, unknown>): { promise: Promise<PdfDocument> };
}

interface PdfDocument {
  numPages: number;
  getPage(n: number): Promise<{ getTextContent(): Promise<{ items: unknown[] }>; cleanup(): unknown }>;
  destroy(): Promise<void>;
}

/** Where pdfjs finds its character maps and standard fonts (folders, ending in a separator). */
export interface PdfAssets {
  cMapUrl: string;
  standardFontDataUrl: string;
}

/** One page's items → lines: items whose baselines are within a third of their size share a line. */
export function itemsToLines(items: readonly TextItem[]): string[] {
  const glyphs = items
    .filter((i) => i.str.trim() !== "")
    .map((i) => ({ text: i.str, x: i.transform[4], y: i.transform[5], width: i.width, size: Math.hypot(i.transform[2], i.transform[3]) || i.height || 10 }));
  glyphs.sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: (typeof glyphs)[] = [];
  for (const g of glyphs) {
    const line = lines[lines.length - 1];
    if (line && Math.abs(line[0].y - g.y) <= 0.3 * Math.min(line[0].size, g.size)) line.push(g);
    else lines.push([g]);
  }
  return lines.map((line) => {
    line.sort((a, b) => a.x - b.x);
    let text = "";
    let end = -Infinity;
    for (const g of line) {
      if (text && g.x - end > 0.25 * g.size) text += " ";
      text += g.text;
      end = g.x + g.width;
    }
    return text.trim();
  });
}

export async function pdfTextWith(lib: PdfJs, data: Uint8Array, assets: PdfAssets): Promise<{ text: string } | Refusal> {
  let doc: PdfDocument;
  try {
    doc = await lib.getDocument({
      data: data.slice(), // pdfjs takes ownership of the buffer
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      verbosity: 0,
      cMapUrl: assets.cMapUrl,
      cMapPacked: true,
      standardFontDataUrl: assets.standardFontDataUrl,
    }).promise;
  } catch (e) {
    const name = (e as Error).name;
    if (name === "PasswordException") return refusal("PDF文件设有密码，无法读取；请提供未加密的文件。", "the PDF is password-protected");
    return refusal("不是有效的PDF文件，或文件已损坏。", `not a valid PDF: ${(e as Error).message}`);
  }
  try {
    if (doc.numPages > IMPORT_LIMITS.pdfPages) {
      return refusal(`PDF共${doc.numPages}页，超过${IMPORT_LIMITS.pdfPages}页的上限，不像是一份年度报告。`, "too many pages");
    }
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const items = content.items.filter((i) => typeof i === "object" && i !== null && "str" in i) as TextItem[];
      pages.push(itemsToLines(items).join("\n"));
      page.cleanup();
    }
    const text = pages.join("\n\f\n");
    if (text.replace(/\s+/g, "").length < 50) {
      return refusal("这个PDF里没有可读取的文字（可能是扫描件或图片），无法导入；请向发布单位索取网页、Word或可复制文字的PDF。", "no text in this PDF (scanned?)");
    }
    return { text };
  } finally {
    await doc.destroy();
  }
}
