import JSZip from "jszip";
import { deflateRawSync, inflateRawSync } from "node:zlib";
import { inflateRawCapped, inflateWithFflate } from "../../src/xlsx/zipInflate.browser";
import { fixtureReport, templateBuffer } from "../helpers/workbook";

/**
 * The task pane's inflater (the zip check of a workbook read in the browser: the batch worker, last year's workbook)
 * keeps Node's contract on both of its paths — the browser's DecompressionStream and fflate where a browser lacks
 * "deflate-raw" (Node 20 has the stream, so both run here): every part of a real workbook inflates exactly as zlib
 * inflates it; a part that would pass its ceiling is stopped with a RangeError, soon; damaged data is an error of
 * another kind (the zip check reads that as 「文件已损坏」, the RangeError as a part larger than it claims).
 */

const paths = { native: inflateRawCapped, fflate: inflateWithFflate } as const;

let parts: { name: string; deflated: Uint8Array }[];
beforeAll(async () => {
  const zip = await JSZip.loadAsync(await templateBuffer("2021", fixtureReport("huaian-2024")));
  parts = await Promise.all(
    Object.values(zip.files)
      .filter((f) => !f.dir)
      .map(async (f) => ({ name: f.name, deflated: deflateRawSync(await f.async("uint8array")) })),
  );
});

describe.each(Object.keys(paths) as (keyof typeof paths)[])("%s", (name) => {
  const inflate = paths[name];

  test("every part of a filled standard workbook, exactly as zlib", async () => {
    expect(parts.length).toBeGreaterThan(10);
    for (const part of parts) {
      const expected = inflateRawSync(part.deflated);
      const got = await inflate(part.deflated, expected.length + 1);
      expect({ name: part.name, equal: Buffer.from(got).equals(expected) }).toEqual({ name: part.name, equal: true });
    }
  });

  test("a part that passes its ceiling is stopped with a RangeError before it is all inflated", async () => {
    // 64 MB of spaces deflate to ~64 KB; the ceiling is 2 KB.
    const bomb = deflateRawSync(Buffer.alloc(64 * 1024 * 1024, 0x20));
    const heap = process.memoryUsage().arrayBuffers;
    const start = performance.now();
    await expect(Promise.resolve().then(() => inflate(bomb, 2049))).rejects.toBeInstanceOf(RangeError);
    expect(performance.now() - start).toBeLessThan(2000);
    expect((process.memoryUsage().arrayBuffers - heap) / 1024 / 1024).toBeLessThan(32);
  });

  test("exactly at the ceiling is content; damaged data is not a RangeError", async () => {
    const text = Buffer.from("<sheetData>一二三</sheetData>");
    expect(Buffer.from(await inflate(deflateRawSync(text), text.length)).equals(text)).toBe(true);
    const cut = deflateRawSync(Buffer.alloc(100000, 7)).subarray(0, 20);
    const error = await Promise.resolve()
      .then(() => inflate(cut, 200000))
      .then(() => undefined, (e: unknown) => e);
    // A stream cut off: either an error that is not a RangeError, or (fflate) less than the part claims.
    if (error !== undefined) expect(error).not.toBeInstanceOf(RangeError);
  });
});
