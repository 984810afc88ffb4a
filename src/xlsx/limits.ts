/**
 * Bounds on a workbook before it is opened: ExcelJS inflates every part in memory, so a small file can expand to
 * gigabytes (a zip bomb). The zip's central directory states each part's size; we read it without inflating anything.
 */

export const WORKBOOK_LIMITS = {
  /** The standard workbook is ~30 KB; a filled one with a long narrative well under 1 MB. */
  maxFileBytes: 20 * 1024 * 1024,
  /** Sum of the parts' uncompressed sizes. */
  maxUncompressedBytes: 100 * 1024 * 1024,
  /** Cells spanned by the sheets' used ranges (rows × columns), checked after opening. */
  maxCells: 1_000_000,
  maxEntries: 5000,
  /** 报告正文 rows read at most (a report has a few hundred paragraphs at most). */
  maxNarrativeRows: 5000,
} as const;

export type ZipCheck = { ok: true; entries: number; uncompressedBytes: number } | { ok: false; reason: string };

const MB = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;

/** Reads the end-of-central-directory record and sums the entries; never inflates. */
export function checkZip(buffer: Uint8Array, limits = WORKBOOK_LIMITS): ZipCheck {
  const view = new DataView(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  const tooBig = `工作簿解压后超过 ${MB(limits.maxUncompressedBytes)}，可能不是正常的报表文件 / the workbook expands beyond ${MB(limits.maxUncompressedBytes)}`;
  // The EOCD record is in the last 22 + 65535 bytes.
  let eocd = -1;
  for (let i = buffer.length - 22; i >= Math.max(0, buffer.length - 22 - 65535); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return { ok: false, reason: "文件已损坏或不完整（不是完整的 .xlsx 压缩包）/ damaged or truncated .xlsx (no zip directory)" };
  const entries = view.getUint16(eocd + 10, true);
  const size = view.getUint32(eocd + 12, true);
  const offset = view.getUint32(eocd + 16, true);
  if (entries === 0xffff || offset === 0xffffffff) return { ok: false, reason: tooBig };
  if (entries > limits.maxEntries) return { ok: false, reason: `工作簿包含的部件过多（${entries}个）/ too many parts in the workbook (${entries})` };
  if (offset + size > buffer.length) return { ok: false, reason: "文件已损坏或不完整 / damaged or truncated .xlsx" };
  let total = 0;
  let p = offset;
  for (let n = 0; n < entries; n++) {
    if (p + 46 > buffer.length || view.getUint32(p, true) !== 0x02014b50) return { ok: false, reason: "文件已损坏（压缩目录有误）/ damaged .xlsx (bad zip directory)" };
    const uncompressed = view.getUint32(p + 24, true);
    if (uncompressed === 0xffffffff) return { ok: false, reason: tooBig };
    total += uncompressed;
    if (total > limits.maxUncompressedBytes) return { ok: false, reason: tooBig };
    p += 46 + view.getUint16(p + 28, true) + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
  }
  return { ok: true, entries, uncompressedBytes: total };
}

/** What a file that is not a zip probably is, for the message. */
export function notXlsxReason(buffer: Uint8Array): string | undefined {
  const b = buffer;
  if (b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04) return undefined;
  if (b.length >= 8 && b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0) {
    return "这是旧版 .xls 文件或设置了打开密码的工作簿：请在 Excel 或 WPS 中「另存为」.xlsx（不设打开密码）后再检查 / legacy .xls or password-encrypted workbook: save as .xlsx without a password";
  }
  return "不是 .xlsx 工作簿（文件内容不是 Excel 格式）/ not an .xlsx workbook";
}
