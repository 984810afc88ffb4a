import JSZip from "jszip";
import { parseDocument } from "htmlparser2";
import type { ChildNode, Element } from "domhandler";
import { FlowBuilder, spanGrid } from "./flow";
import type { SpanCell } from "./flow";
import { refusal } from "../refusal";
import type { Refusal } from "../refusal";
import { IMPORT_LIMITS, tooBig } from "./limits";
import { NumberingCounter, readNumbering } from "./docxNumbering";
import { sniffKind } from "./sniff";
import type { FileKind } from "./sniff";
import type { SourceDocument } from "./types";

/**
 * A Word document (.docx): paragraphs and tables of word/document.xml, in order. Merged cells (gridSpan, vMerge)
 * become spans; automatic numbering (「一、」 headings Word numbers itself) is written out so sections split right.
 */

type Failure = Refusal;

/** Why these bytes are not a .docx, in words a clerk can act on. */
function notDocxReason(kind: FileKind): Failure {
  if (kind === "ole") {
    return refusal(
      "这是旧版Word文档（.doc）或加密的文档，无法直接读取：请在Word或WPS中打开，另存为「Word文档（*.docx）」（不设密码）后再导入。",
      "an old .doc or encrypted document: save it as .docx",
    );
  }
  if (kind === "html") {
    return refusal("这个文件其实是网页（HTML），只是扩展名为.docx：请把扩展名改为.html后再导入。", "this file is HTML, not .docx");
  }
  if (kind === "pdf") return refusal("这个文件其实是PDF，只是扩展名为.docx：请把扩展名改为.pdf后再导入。", "this file is a PDF");
  return refusal("文件不是Word文档（.docx），也可能已经损坏。", "not a .docx file");
}

/** The archive holds something else: say what. */
function notWord(zip: JSZip): Failure {
  const what = zip.file("xl/workbook.xml")
    ? "Excel工作簿（.xlsx）"
    : zip.file("ppt/presentation.xml")
      ? "PowerPoint演示文稿（.pptx）"
      : zip.file("content.xml") && zip.file("mimetype")
        ? "OpenDocument文档（.odt/.ods），请另存为.docx"
        : "普通压缩包（zip）";
  return refusal(`这个文件是${what}，不是Word文档：其中没有Word正文（word/document.xml）。`, "a zip archive, but not a Word document");
}

interface StreamHelper {
  on(event: "data", cb: (chunk: Uint8Array) => void): StreamHelper;
  on(event: "end", cb: () => void): StreamHelper;
  on(event: "error", cb: (e: Error) => void): StreamHelper;
  resume(): StreamHelper;
  pause(): StreamHelper;
}

/** Inflates one part, stopping as soon as it passes `limit` bytes (a zip bomb's header may lie about its size). */
function readPart(file: JSZip.JSZipObject, limit: number): Promise<Uint8Array | Failure> {
  return new Promise((resolve) => {
    const chunks: Uint8Array[] = [];
    let size = 0;
    let done = false;
    const stream = (file as unknown as { internalStream(type: "uint8array"): StreamHelper }).internalStream("uint8array");
    stream
      .on("data", (chunk) => {
        if (done) return;
        size += chunk.length;
        if (size > limit) {
          done = true;
          stream.pause();
          resolve(tooBig(size, limit, "Word正文解压后达 "));
          return;
        }
        chunks.push(chunk);
      })
      .on("error", (e) => {
        if (!done) resolve(refusal("Word文档已损坏，无法解压。", `corrupt .docx: ${e.message}`));
        done = true;
      })
      .on("end", () => {
        if (done) return;
        done = true;
        const out = new Uint8Array(size);
        let at = 0;
        for (const c of chunks) {
          out.set(c, at);
          at += c.length;
        }
        resolve(out);
      })
      .resume();
  });
}

async function readXml(zip: JSZip, path: string, limit: number): Promise<Element | Failure | undefined> {
  const file = zip.file(path);
  if (!file) return undefined;
  const bytes = await readPart(file, limit);
  if ("reason" in bytes) return bytes;
  const dom = parseDocument(new TextDecoder("utf-8").decode(bytes), { xmlMode: true, decodeEntities: true });
  return dom as unknown as Element;
}

/** The main part's path from _rels/.rels (almost always word/document.xml). */
async function mainPartPath(zip: JSZip): Promise<string> {
  const rels = await readXml(zip, "_rels/.rels", 1024 * 1024);
  if (rels && !("reason" in rels)) {
    const main = findAll(rels, "Relationship").find((r) => /\/officeDocument$/.test(r.attribs.Type ?? ""));
    if (main?.attribs.Target) return main.attribs.Target.replace(/^\//, "");
  }
  return "word/document.xml";
}

function findAll(node: Element, name: string, out: Element[] = []): Element[] {
  for (const c of node.children ?? []) {
    if (c.type !== "tag") continue;
    if (c.name === name) out.push(c);
    findAll(c, name, out);
  }
  return out;
}

function child(node: Element, name: string): Element | undefined {
  return node.children.find((c): c is Element => c.type === "tag" && c.name === name);
}

function val(node: Element | undefined): string | undefined {
  return node?.attribs["w:val"];
}

export async function docxDocument(bytes: Uint8Array): Promise<SourceDocument | Failure> {
  const kind = sniffKind(bytes);
  if (kind !== "zip") return notDocxReason(kind);
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (e) {
    return refusal("Word文档已损坏或不完整，无法打开。", `corrupt .docx: ${(e as Error).message}`);
  }
  const mainPath = await mainPartPath(zip);
  const main = await readXml(zip, mainPath, IMPORT_LIMITS.docxXml);
  if (!main) return notWord(zip);
  if ("reason" in main) return main;
  const body = findAll(main, "w:body")[0];
  if (!body) return refusal("Word文档中没有正文。", "the document has no body");

  const numberingXml = await readXml(zip, mainPath.replace(/[^/]+$/, "numbering.xml"), 16 * 1024 * 1024);
  const numbering = new NumberingCounter(numberingXml && !("reason" in numberingXml) ? readNumbering(numberingXml) : new Map());

  const flow = new FlowBuilder();
  walkBlocks(body, flow, numbering);
  return { form: "docx", blocks: flow.finish() };
}

/** Elements whose text is not the document's visible text. */
const SKIP = new Set(["w:del", "w:moveFrom", "w:delText", "w:instrText", "w:pPr", "w:rPr", "w:tblPr", "w:trPr", "w:tcPr", "mc:Fallback", "w:commentReference", "w:footnoteReference"]);

function walkBlocks(node: Element, out: FlowBuilder, numbering: NumberingCounter): void {
  for (const c of node.children) {
    if (c.type !== "tag") continue;
    if (c.name === "w:p") paragraph(c, out, numbering);
    else if (c.name === "w:tbl") table(c, out, numbering);
    else if (!SKIP.has(c.name)) walkBlocks(c, out, numbering);
  }
}

function paragraph(p: Element, out: FlowBuilder, numbering: NumberingCounter): void {
  out.lineBreak();
  const numPr = child(child(p, "w:pPr") ?? p, "w:numPr");
  if (numPr) out.text(numbering.next(val(child(numPr, "w:numId")), Number(val(child(numPr, "w:ilvl")) ?? 0)));
  inline(p, out, numbering);
  out.lineBreak();
}

function isHiddenRun(run: Element): boolean {
  const rPr = child(run, "w:rPr");
  const vanish = rPr && child(rPr, "w:vanish");
  return vanish !== undefined && val(vanish) !== "0" && val(vanish) !== "false";
}

function inline(node: Element, out: FlowBuilder, numbering: NumberingCounter): void {
  for (const c of node.children as ChildNode[]) {
    if (c.type !== "tag") continue;
    const el = c as Element;
    if (SKIP.has(el.name)) continue;
    switch (el.name) {
      case "w:t":
        out.text(el.children.map((t) => (t.type === "text" ? t.data : "")).join(""));
        break;
      case "w:tab":
      case "w:ptab":
        out.text("\t");
        break;
      case "w:br":
      case "w:cr":
        out.lineBreak();
        break;
      case "w:noBreakHyphen":
        out.text("-");
        break;
      case "w:p": // a text box's paragraphs inside a run
        paragraph(el, out, numbering);
        break;
      case "w:tbl":
        table(el, out, numbering);
        break;
      case "w:r":
        if (!isHiddenRun(el)) inline(el, out, numbering);
        break;
      default:
        inline(el, out, numbering);
    }
  }
}

function cellText(tc: Element, numbering: NumberingCounter): string {
  const cell = new FlowBuilder();
  walkBlocks(tc, cell, numbering);
  return cell.plainText();
}

/** A table of tables is page layout: its cells are read as running text. */
function table(tbl: Element, out: FlowBuilder, numbering: NumberingCounter): void {
  const rows = tbl.children.filter((c): c is Element => c.type === "tag" && c.name === "w:tr");
  if (rows.some((tr) => findAll(tr, "w:tbl").length > 0)) {
    walkBlocks(tbl, out, numbering);
    return;
  }
  // Cells by starting grid column, so a vMerge continuation finds the cell it continues.
  const spanRows: SpanCell[][] = [];
  const openAt = new Map<number, SpanCell>();
  for (const tr of rows) {
    const row: SpanCell[] = [];
    const before = Number(val(child(child(tr, "w:trPr") ?? tr, "w:gridBefore")) ?? 0);
    let column = 0;
    if (before > 0) {
      row.push({ text: "", rowspan: 1, colspan: before });
      column += before;
    }
    for (const tc of tr.children.filter((c): c is Element => c.type === "tag" && (c.name === "w:tc" || c.name === "w:sdt"))) {
      const cells = tc.name === "w:sdt" ? findAll(tc, "w:tc") : [tc];
      for (const cellEl of cells) {
        const tcPr = child(cellEl, "w:tcPr");
        const colspan = Math.max(1, Number(val(tcPr && child(tcPr, "w:gridSpan")) ?? 1) || 1);
        const vMerge = tcPr && child(tcPr, "w:vMerge");
        const continues = vMerge !== undefined && (val(vMerge) ?? "continue") === "continue";
        const above = openAt.get(column);
        if (continues && above) above.rowspan++;
        else {
          const cell = { text: cellText(cellEl, numbering), rowspan: 1, colspan };
          row.push(cell);
          openAt.set(column, cell);
        }
        column += colspan;
      }
    }
    spanRows.push(row);
  }
  out.grid(spanGrid(spanRows));
}
