import { sniffKind } from "../core/import/sniff";
import { refused } from "../core/refusal";
import type { InflatedPart } from "./storedZip";
import type { Refused } from "../core/refusal";
import { inflateRawCapped } from "./zipInflate";

/**
 * Bounds on a workbook before it is opened: ExcelJS inflates every part into memory and builds every cell, so a
 * small file can expand to gigabytes (a zip bomb) or to millions of cells (a huge sheet). The zip's central directory
 * states each part's size; we check those, and check that they are true — a directory can lie, so every part is
 * inflated once here with its stated size as a hard ceiling (native zlib, well under a millisecond for a return).
 */

export const WORKBOOK_LIMITS = {
  /** The standard workbook is ~30 KB; a filled one with a long narrative well under 1 MB. */
  maxFileBytes: 20 * 1024 * 1024,
  /** Sum of the parts' uncompressed sizes (pictures included). */
  maxUncompressedBytes: 100 * 1024 * 1024,
  /**
   * Sum of the worksheets' XML, uncompressed: this is what becomes cells in memory (about 25 bytes of XML per cell,
   * some 750 bytes of memory once ExcelJS has built it). The standard workbook's sheets are ~100 KB together.
   */
  maxSheetXmlBytes: 8 * 1024 * 1024,
  /** The shared strings (every text typed, the narrative included) uncompressed; a long report is well under 1 MB. */
  maxSharedStringsBytes: 20 * 1024 * 1024,
  /** Cells spanned by the sheets' used ranges (rows × columns), checked after opening. */
  maxCells: 1_000_000,
  maxEntries: 5000,
  /** 报告正文 rows read at most (a report has a few hundred paragraphs at most). */
  maxNarrativeRows: 5000,
} as const;

export type WorkbookLimits = { [K in keyof typeof WORKBOOK_LIMITS]: number };

/**
 * What ExcelJS needs to build for the reader: cell values, merges, names and document properties. Page setup,
 * views, column widths, data validation, conditional formats and protection of each sheet are skipped (they are not
 * read, and parsing them is a good part of opening a workbook).
 */
export const EXCELJS_READ_OPTIONS = {
  ignoreNodes: [
    "sheetPr", "dimension", "sheetViews", "sheetFormatPr", "cols", "autoFilter", "rowBreaks", "hyperlinks", "pageMargins",
    "dataValidations", "pageSetup", "headerFooter", "printOptions", "picture", "drawing", "sheetProtection", "tableParts",
    "conditionalFormatting", "extLst",
  ],
};

/**
 * A workbook that passed. It also carries the text of xl/workbook.xml and its relationships, which say which part
 * holds which sheet (sheetParts.ts) — read here, at no extra cost.
 */
export type ZipCheck = { ok: true; entries: number; uncompressedBytes: number; workbookXml?: string; workbookRels?: string; parts: InflatedPart[] } | Refused;

const WORKBOOK_XML = /^\/?xl\/workbook\.xml$/i;
const WORKBOOK_RELS = /^\/?xl\/_rels\/workbook\.xml\.rels$/i;

const MB = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;

const DAMAGED = refused("文件已损坏（压缩目录有误）", "damaged .xlsx (bad zip directory)");
const UNDERSTATED = refused(
  "文件已损坏或是恶意构造的压缩包（其中的部件解压后比压缩目录写明的大），未打开",
  "a part inflates beyond its stated size (damaged, or a zip bomb)",
);

/** Reads the end-of-central-directory record, sums the entries by kind, and verifies each stated size by inflating. */
export async function checkZip(buffer: Uint8Array, limits: WorkbookLimits = WORKBOOK_LIMITS): Promise<ZipCheck> {
  const view = new DataView(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  const tooBig = refused(`工作簿解压后超过 ${MB(limits.maxUncompressedBytes)}，可能不是正常的报表文件`, `the workbook expands beyond ${MB(limits.maxUncompressedBytes)}`);
  // The EOCD record is in the last 22 + 65535 bytes.
  let eocd = -1;
  for (let i = buffer.length - 22; i >= Math.max(0, buffer.length - 22 - 65535); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return refused("文件已损坏或不完整（不是完整的 .xlsx 压缩包）", "damaged or truncated .xlsx (no zip directory)");
  const entries = view.getUint16(eocd + 10, true);
  const size = view.getUint32(eocd + 12, true);
  const offset = view.getUint32(eocd + 16, true);
  if (entries === 0xffff || offset === 0xffffffff) return tooBig;
  if (entries > limits.maxEntries) return refused(`工作簿包含的部件过多（${entries}个）`, `too many parts in the workbook (${entries})`);
  if (offset + size > buffer.length) return refused("文件已损坏或不完整", "damaged or truncated .xlsx");

  const parts: { name: string; method: number; compressed: number; uncompressed: number; local: number; central: Uint8Array }[] = [];
  let total = 0;
  let sheetXml = 0;
  let p = offset;
  for (let n = 0; n < entries; n++) {
    if (p + 46 > buffer.length || view.getUint32(p, true) !== 0x02014b50) return DAMAGED;
    const nameLength = view.getUint16(p + 28, true);
    const name = latin1(buffer, p + 46, nameLength);
    const recordLength = 46 + nameLength + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
    if (p + recordLength > buffer.length) return DAMAGED;
    const part = {
      name,
      method: view.getUint16(p + 10, true),
      compressed: view.getUint32(p + 20, true),
      uncompressed: view.getUint32(p + 24, true),
      local: view.getUint32(p + 42, true),
      central: buffer.subarray(p, p + recordLength),
    };
    if (part.uncompressed === 0xffffffff || part.compressed === 0xffffffff) return tooBig;
    total += part.uncompressed;
    if (total > limits.maxUncompressedBytes) return tooBig;
    if (/^\/?xl\/worksheets\/[^/]+\.xml$/i.test(name)) sheetXml += part.uncompressed;
    if (sheetXml > limits.maxSheetXmlBytes) {
      return refused(`工作表中的内容过多（解压后超过 ${MB(limits.maxSheetXmlBytes)}，标准模板约 0.1 MB），不像是填报模板`, `the sheets hold too much data (over ${MB(limits.maxSheetXmlBytes)})`);
    }
    if (/^\/?xl\/sharedStrings\.xml$/i.test(name) && part.uncompressed > limits.maxSharedStringsBytes) {
      return refused(`工作簿中的文字过多（解压后超过 ${MB(limits.maxSharedStringsBytes)}）`, `the workbook holds too much text (over ${MB(limits.maxSharedStringsBytes)})`);
    }
    parts.push(part);
    p += recordLength;
  }

  // The stated sizes are only claims: inflate each part with its claim as the ceiling.
  // The contents are kept: the reader hands them to ExcelJS stored, so nothing is inflated twice (storedZip.ts).
  const result: ZipCheck = { ok: true, entries, uncompressedBytes: total, parts: [] };
  for (const part of parts) {
    const content = await inflatePart(buffer, view, part);
    if (content === "bigger") return UNDERSTATED;
    if (content === "damaged") return DAMAGED;
    result.parts.push({ central: part.central, content });
    if (WORKBOOK_XML.test(part.name)) result.workbookXml = utf8.decode(content);
    if (WORKBOOK_RELS.test(part.name)) result.workbookRels = utf8.decode(content);
  }
  return result;
}

const utf8 = new TextDecoder();

function latin1(buffer: Uint8Array, start: number, length: number): string {
  let s = "";
  for (let i = start; i < Math.min(buffer.length, start + length); i++) s += String.fromCharCode(buffer[i]);
  return s;
}

/**
 * The part's content when it inflates to exactly its stated size; "bigger" when it would exceed it. Node's zlib, or
 * the browser's DecompressionStream (zipInflate.browser.ts), which is asynchronous.
 */
async function inflatePart(buffer: Uint8Array, view: DataView, part: { method: number; compressed: number; uncompressed: number; local: number }): Promise<Uint8Array | "bigger" | "damaged"> {
  if (part.local + 30 > buffer.length || view.getUint32(part.local, true) !== 0x04034b50) return "damaged";
  const start = part.local + 30 + view.getUint16(part.local + 26, true) + view.getUint16(part.local + 28, true);
  if (start + part.compressed > buffer.length) return "damaged";
  if (part.method === 0) return part.compressed === part.uncompressed ? buffer.subarray(start, start + part.compressed) : "damaged";
  if (part.method !== 8) return "damaged"; // OOXML parts are stored or deflated
  try {
    // One byte of headroom: a part that fills it is larger than it claims.
    const out = await inflateRawCapped(buffer.subarray(start, start + part.compressed), part.uncompressed + 1);
    if (out.length > part.uncompressed) return "bigger";
    return out.length === part.uncompressed ? out : "damaged";
  } catch (e) {
    return (e as { code?: string }).code === "ERR_BUFFER_TOO_LARGE" || e instanceof RangeError ? "bigger" : "damaged";
  }
}

/** What a file that is not a zip probably is, for the message. */
export function notXlsx(buffer: Uint8Array): Refused | undefined {
  const kind = sniffKind(buffer);
  if (kind === "zip") return undefined;
  if (kind === "ole") {
    return refused(
      "这是旧版 .xls 文件或设置了打开密码的工作簿：请在 Excel 或 WPS 中「另存为」.xlsx（不设打开密码）后再检查",
      "legacy .xls or password-encrypted workbook: save as .xlsx without a password",
    );
  }
  // A web page or PDF saved under an .xlsx name is usually the published report itself, which the importers read.
  if (kind === "html") return refused("这是网页文件（HTML），不是 .xlsx 工作簿：如是已发布的报告，请把扩展名改为 .html 后再读取", "this file is HTML, not an .xlsx workbook");
  if (kind === "pdf") return refused("这是PDF文件，不是 .xlsx 工作簿：如是已发布的报告，请把扩展名改为 .pdf 后再读取", "this file is a PDF, not an .xlsx workbook");
  return refused("不是 .xlsx 工作簿（文件内容不是 Excel 格式）", "not an .xlsx workbook");
}
