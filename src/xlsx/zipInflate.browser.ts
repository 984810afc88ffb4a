import { Inflate } from "fflate";

/**
 * The browser's inflater for the zip check (src/xlsx/limits.ts): fflate, fed a few KB at a time so that a part
 * which inflates beyond its ceiling is stopped as soon as it passes it (a deflate stream expands at most about
 * 1,000-fold, so at most a few MB past the ceiling are ever made). Same contract as Node's inflateRawSync with
 * maxOutputLength: the content, or a RangeError when it would be longer. The task pane's bundle and the batch worker
 * use this file in place of zipInflate.ts (webpack.config.js).
 */

const CHUNK = 4096;

export function inflateRawCapped(data: Uint8Array, maxOutputLength: number): Uint8Array {
  const parts: Uint8Array[] = [];
  let length = 0;
  const inflate = new Inflate((chunk) => {
    length += chunk.length;
    if (length > maxOutputLength) throw new RangeError(`inflated content exceeds ${maxOutputLength} bytes`);
    parts.push(chunk);
  });
  for (let at = 0; at < data.length || at === 0; at += CHUNK) inflate.push(data.subarray(at, at + CHUNK), at + CHUNK >= data.length);
  const out = new Uint8Array(length);
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}
