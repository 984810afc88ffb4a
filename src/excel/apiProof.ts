import type { RequestContextLike } from "./api";

/**
 * Compile-time proof that office.js's real request context fits the subset the adapter and the renderer are written
 * against (tsc fails here if the subset drifts from @types/office-js). Nothing runs.
 */
export const realContextFitsTheSubset = (context: Excel.RequestContext): RequestContextLike => context;

/** …and so does the in-memory workbook that stands in for Excel in tests and the preview mode. */
export const memoryContextFitsTheSubset = (context: import("./memory").MemoryContext): RequestContextLike => context;
