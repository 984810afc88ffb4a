import { inflateRawSync } from "node:zlib";

/**
 * Inflates one deflated zip part with a hard ceiling on its output. Node has native zlib; the task pane's bundle
 * swaps this file for zipInflate.browser.ts (webpack.config.js), which inflates with fflate under the same contract.
 */
export function inflateRawCapped(data: Uint8Array, maxOutputLength: number): Uint8Array {
  return inflateRawSync(data, { maxOutputLength });
}
