import { Inflate } from "fflate";

/**
 * The browser's inflater for the zip check (src/xlsx/limits.ts), same contract as Node's inflateRawSync with
 * maxOutputLength: the content, or a RangeError as soon as it would be longer. The task pane's bundle and the batch
 * worker use this file in place of zipInflate.ts (webpack.config.js).
 *
 * The browser's own DecompressionStream where it has "deflate-raw" (Chromium 103, Safari 16.4): native, and it
 * stops the moment the output passes the ceiling. Elsewhere fflate, fed a few KB at a time so that it stops there
 * too (a deflate stream expands at most about 1,000-fold) — correct, but some three times the work: measured in a
 * worker, 3.4 ms of CPU and 1 ms of garbage collection a workbook against 1 ms and 0.3 ms (docs/performance.md).
 */

// Typed from whichever library declares the stream (the DOM's for the pane, Node's when the CLI build compiles this file).
const DEFLATE_RAW = "deflate-raw" as ConstructorParameters<typeof DecompressionStream>[0];

let native: boolean | undefined;
function hasNativeRaw(): boolean {
  if (native === undefined) {
    try {
      new DecompressionStream(DEFLATE_RAW);
      native = true;
    } catch {
      native = false;
    }
  }
  return native;
}

function joined(parts: readonly Uint8Array[], length: number): Uint8Array {
  const out = new Uint8Array(length);
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}

const tooLong = (max: number) => new RangeError(`inflated content exceeds ${max} bytes`);

async function inflateNative(data: Uint8Array, maxOutputLength: number): Promise<Uint8Array> {
  const stream = new DecompressionStream(DEFLATE_RAW);
  const writer = stream.writable.getWriter();
  // Not awaited before reading: the stream applies backpressure, so writing waits for the reads below.
  writer
    .write(data as Uint8Array<ArrayBuffer>)
    .then(() => writer.close())
    .catch(() => undefined);
  const reader = stream.readable.getReader();
  const parts: Uint8Array[] = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return joined(parts, length);
    length += value.length;
    if (length > maxOutputLength) {
      await reader.cancel().catch(() => undefined);
      throw tooLong(maxOutputLength);
    }
    parts.push(value);
  }
}

const CHUNK = 4096;

function inflateFflate(data: Uint8Array, maxOutputLength: number): Uint8Array {
  const parts: Uint8Array[] = [];
  let length = 0;
  const inflate = new Inflate((chunk) => {
    length += chunk.length;
    if (length > maxOutputLength) throw tooLong(maxOutputLength);
    parts.push(chunk);
  });
  for (let at = 0; at < data.length || at === 0; at += CHUNK) inflate.push(data.subarray(at, at + CHUNK), at + CHUNK >= data.length);
  return joined(parts, length);
}

export async function inflateRawCapped(data: Uint8Array, maxOutputLength: number): Promise<Uint8Array> {
  return hasNativeRaw() ? inflateNative(data, maxOutputLength) : inflateFflate(data, maxOutputLength);
}

/** For tests: the fflate path whatever the browser has. */
export const inflateWithFflate = inflateFflate;
