import JSZip from "jszip";
import { checkZip } from "../../src/xlsx/limits";
import { storedZip } from "../../src/xlsx/storedZip";
import { fixtureReport, templateBuffer } from "../helpers/workbook";

/**
 * The reader hands ExcelJS the parts the zip check inflated, as a stored zip (src/xlsx/storedZip.ts): JSZip must
 * find exactly the same parts, in the same order, with the same contents and names — Chinese names included.
 */

async function parts(buffer: Uint8Array): Promise<[string, string][]> {
  const zip = await JSZip.loadAsync(buffer);
  return Promise.all(Object.values(zip.files).map(async (f) => [`${f.name}${f.dir ? " (dir)" : ""}`, f.dir ? "" : Buffer.from(await f.async("uint8array")).toString("base64")] as [string, string]));
}

test("a filled standard workbook: the same parts, order and contents, none deflated", async () => {
  const original = await templateBuffer("2021", fixtureReport("huaian-2024"));
  const check = await checkZip(original);
  if (!check.ok) throw new Error(check.reason);
  const stored = storedZip(check.parts);
  expect(await parts(stored)).toEqual(await parts(original));
  // Stored: the file holds every part's bytes as they are (and is larger than the deflated original).
  expect(stored.length).toBeGreaterThan(check.uncompressedBytes);
  expect(original.length).toBeLessThan(check.uncompressedBytes / 2);
});

test("names in UTF-8 (flagged) and in the legacy encoding, directories, an empty part", async () => {
  const zip = new JSZip();
  zip.file("xl/工作表/表三.xml", "<sheetData>一二三</sheetData>");
  zip.folder("空的");
  zip.file("empty.txt", "");
  const original = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
  const check = await checkZip(original);
  if (!check.ok) throw new Error(check.reason);
  expect(await parts(storedZip(check.parts))).toEqual(await parts(original));
});
