import JSZip from "jszip";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { deflateRawSync } from "node:zlib";
import { readReportWorkbook } from "../../src/xlsx";
import { checkZip, WORKBOOK_LIMITS } from "../../src/xlsx/limits";
import { runCli } from "../helpers/cli";
import { filesOpened } from "../helpers/fsWatch";
import { fixtureInput } from "../helpers/reports";
import { fixtureReport, templateBuffer } from "../helpers/workbook";
import { inflateRawCapped } from "../../src/xlsx/zipInflate";
import { loadWorkbook } from "../../src/xlsx/loadWorkbook";

/**
 * Zip bombs and huge sheets are refused before ExcelJS builds anything, with a clear message. Each case is a real
 * .xlsx made from the standard workbook and changed the way an attacker (or a broken tool) would.
 *
 * What is asserted is the work done, not the time taken (timings are npm run bench's): which limit refused the file,
 * whether any part was inflated and with what ceiling, whether ExcelJS was ever asked to open it, which files were
 * read at all. The two modules that do the heavy work are wrapped (same behaviour) to count their calls.
 */

jest.mock("../../src/xlsx/zipInflate", () => {
  const actual = jest.requireActual("../../src/xlsx/zipInflate");
  return { inflateRawCapped: jest.fn(actual.inflateRawCapped) };
});
jest.mock("../../src/xlsx/loadWorkbook", () => {
  const actual = jest.requireActual("../../src/xlsx/loadWorkbook");
  return { loadWorkbook: jest.fn(actual.loadWorkbook) };
});
const inflations = jest.mocked(inflateRawCapped);
const opened = jest.mocked(loadWorkbook);
beforeEach(() => {
  inflations.mockClear();
  opened.mockClear();
});

let filled: Buffer;
beforeAll(async () => {
  filled = await templateBuffer("2021", fixtureReport("huaian-2024"));
});

/** The reader's refusal, with the work it did: the output ceiling of each part it inflated, and whether ExcelJS opened it. */
async function refusal(buffer: Uint8Array): Promise<{ reason: string; inflateCeilings: number[]; openedByExcelJS: boolean }> {
  inflations.mockClear();
  opened.mockClear();
  const result = await readReportWorkbook(buffer);
  if (result.ok) throw new Error("expected the reader to refuse");
  return { reason: result.reason, inflateCeilings: inflations.mock.calls.map((call) => call[1]), openedByExcelJS: opened.mock.calls.length > 0 };
}

/** The filled workbook with one part replaced (compressed honestly). */
async function withPart(name: string, content: string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(filled);
  zip.file(name, content);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

/** `rows` × `columns` minimal numeric cells: the XML a huge sheet is made of (about 25 bytes a cell). */
function sheetXml(rows: number, columns: number): string {
  const letters = Array.from({ length: columns }, (_, i) => (i < 26 ? "" : String.fromCharCode(64 + Math.floor(i / 26))) + String.fromCharCode(65 + (i % 26)));
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'];
  for (let r = 1; r <= rows; r++) {
    out.push(`<row r="${r}">`);
    for (const c of letters) out.push(`<c r="${c}${r}"><v>1</v></c>`);
    out.push("</row>");
  }
  out.push("</sheetData></worksheet>");
  return out.join("");
}

/** Positions of each central-directory entry (by name) and of its local header. */
function directory(buffer: Buffer): Map<string, { central: number; local: number }> {
  const entries = new Map<string, { central: number; local: number }>();
  const eocd = buffer.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let p = buffer.readUInt32LE(eocd + 16);
  for (let n = buffer.readUInt16LE(eocd + 10); n > 0; n--) {
    const nameLength = buffer.readUInt16LE(p + 28);
    entries.set(buffer.toString("latin1", p + 46, p + 46 + nameLength), { central: p, local: buffer.readUInt32LE(p + 42) });
    p += 46 + nameLength + buffer.readUInt16LE(p + 30) + buffer.readUInt16LE(p + 32);
  }
  return entries;
}

describe("zip bombs and huge sheets", () => {
  test("a real workbook passes the bounds (every stated size verified) and is opened once by ExcelJS", async () => {
    const check = await checkZip(filled);
    expect(check).toMatchObject({ ok: true });
    expect(check.ok && check.uncompressedBytes).toBeLessThan(WORKBOOK_LIMITS.maxSheetXmlBytes);
    // The counters below are live: a workbook that passes has its parts inflated and is opened, once.
    inflations.mockClear();
    expect((await readReportWorkbook(filled)).ok).toBe(true);
    expect(inflations.mock.calls.length).toBeGreaterThan(0);
    expect(opened).toHaveBeenCalledTimes(1);
  });

  test("a sheet of 360,000 cells (under 1 MB on disk, 9 MB of XML) is refused before it is built", async () => {
    const huge = await withPart("xl/worksheets/sheet8.xml", sheetXml(20000, 18));
    expect(huge.length).toBeLessThan(WORKBOOK_LIMITS.maxFileBytes);
    const { reason, inflateCeilings, openedByExcelJS } = await refusal(huge);
    // The limit that applied: the sheets' XML as the directory states it, against maxSheetXmlBytes (8 MB).
    expect(WORKBOOK_LIMITS.maxSheetXmlBytes).toBe(8 * 1024 * 1024);
    expect(reason).toMatch(/^工作表中的内容过多（解压后超过 8 MB/);
    // ExcelJS would take seconds and ~250 MB to build it; the refusal reads only the zip directory: nothing inflated.
    expect(inflateCeilings).toEqual([]);
    expect(openedByExcelJS).toBe(false);
  });

  test("too much text in the shared strings is refused", async () => {
    const tight = { ...WORKBOOK_LIMITS, maxSharedStringsBytes: 1000 };
    expect(await checkZip(filled, tight)).toEqual({ ok: false, reason: expect.stringMatching(/^工作簿中的文字过多/), en: expect.stringContaining("too much text") });
  });

  test("a directory that understates a part (a lying zip bomb) is refused: the part is inflated with its claim as ceiling", async () => {
    // 64 MB of zeros deflate to ~64 KB; the directory and the local header claim 2 KB.
    const bomb = Buffer.from(await withPart("xl/worksheets/sheet8.xml", "x"));
    const zeros = deflateRawSync(Buffer.alloc(64 * 1024 * 1024, 0x20));
    const { central, local } = directory(bomb).get("xl/worksheets/sheet8.xml")!;
    const oldCompressed = bomb.readUInt32LE(central + 20);
    const dataStart = local + 30 + bomb.readUInt16LE(local + 26) + bomb.readUInt16LE(local + 28);
    const patched = Buffer.concat([bomb.subarray(0, dataStart), zeros, bomb.subarray(dataStart + oldCompressed)]);
    const shift = zeros.length - oldCompressed;
    // Fix up the sizes (claiming 2 KB uncompressed), the offsets of later entries and of the directory.
    const eocd = patched.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    patched.writeUInt32LE(patched.readUInt32LE(eocd + 16) + shift, eocd + 16);
    let p = patched.readUInt32LE(eocd + 16);
    for (let n = patched.readUInt16LE(eocd + 10); n > 0; n--) {
      const nameLength = patched.readUInt16LE(p + 28);
      const name = patched.toString("latin1", p + 46, p + 46 + nameLength);
      const at = patched.readUInt32LE(p + 42);
      if (name === "xl/worksheets/sheet8.xml") {
        for (const header of [p + 20, at + 18]) patched.writeUInt32LE(zeros.length, header);
        for (const header of [p + 24, at + 22]) patched.writeUInt32LE(2048, header);
      } else if (at > local) {
        patched.writeUInt32LE(at + shift, p + 42);
      }
      p += 46 + nameLength + patched.readUInt16LE(p + 30) + patched.readUInt16LE(p + 32);
    }
    const { reason, inflateCeilings, openedByExcelJS } = await refusal(patched);
    expect(reason).toMatch(/^文件已损坏或是恶意构造的压缩包（其中的部件解压后比压缩目录写明的大）/);
    // Each part is inflated with its stated size (+1 byte to notice more) as a hard ceiling: the bomb's part stops
    // at 2,049 bytes of its 64 MB, and no other part of this small workbook may produce as much as 1 MB.
    expect(inflateCeilings).toContain(2048 + 1);
    expect(Math.max(...inflateCeilings)).toBeLessThan(1024 * 1024);
    expect(openedByExcelJS).toBe(false);
  });

  test("a sheet whose used range spans the whole grid is refused after opening (it holds two cells)", async () => {
    const sparse = await withPart("xl/worksheets/sheet8.xml", sheetXml(1, 1).replace("</sheetData>", '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData>'));
    expect((await refusal(sparse)).reason).toMatch(/^工作簿过大（各工作表的使用范围共 \d+ 个单元格/);
  });

  test("an oversized file is refused before it is read: by its length, one byte over maxFileBytes", async () => {
    const big = Buffer.alloc(WORKBOOK_LIMITS.maxFileBytes + 1);
    big.write("PK\u0003\u0004", 0, "latin1");
    expect(await refusal(big)).toEqual({ reason: expect.stringMatching(/^文件过大（20\.0 MB，上限 20\.0 MB）/), inflateCeilings: [], openedByExcelJS: false });
    // Exactly at the limit it is not refused for its size (here: it is then no zip at all).
    expect((await refusal(big.subarray(0, WORKBOOK_LIMITS.maxFileBytes))).reason).not.toMatch(/^文件过大/);
  });
});

describe("huge files of every form", () => {
  test("refused by size before they are read, with a clear reason; the batch goes on", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "xxgk-huge-"));
    try {
      // Sparse files: the size is checked before a byte is read.
      for (const name of ["big.json", "big.xlsx", "big.html", "big.txt", "big.docx", "big.pdf"]) {
        fs.writeFileSync(path.join(dir, name), "");
        fs.truncateSync(path.join(dir, name), 200 * 1024 * 1024);
      }
      fs.writeFileSync(path.join(dir, "ok.json"), JSON.stringify(fixtureInput("huaian-2024")));
      const { result, opened } = await filesOpened(() => runCli("check", dir, "--json", "--jobs", "1"));
      const { code, out } = result;
      // Only the small file was opened (the watch is live); the big ones were refused from their size alone.
      expect(opened).toContain(path.join(dir, "ok.json"));
      expect(opened.filter((f) => path.basename(f).startsWith("big."))).toEqual([]);
      expect(code).toBe(2);
      const files: { file: string; findings: { rule: string; message: string }[] }[] = JSON.parse(out).files;
      for (const f of files.filter((x) => path.basename(x.file).startsWith("big."))) {
        expect([path.basename(f.file), f.findings.map((x) => x.rule)]).toEqual([path.basename(f.file), ["file.unreadable"]]);
        // The limit that applied, with the size it saw (stat), in the message.
        expect(f.findings[0].message).toMatch(/文件(太大|过大)（200\.0 MB[，）]/);
      }
      expect(files.find((f) => f.file.endsWith("ok.json"))?.findings.some((f) => f.rule === "file.unreadable")).toBe(false);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
