/**
 * In the task pane there is no synchronous inflater, so the parts' stated sizes are trusted (they are still capped):
 * the pane only opens a file the clerk picked on their own machine, and a lying zip can cost at most that tab.
 */
export const inflateRawCapped: ((data: Uint8Array, maxOutputLength: number) => Uint8Array) | undefined = undefined;
