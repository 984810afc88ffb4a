import { setFlagsFromString } from "node:v8";

/**
 * Turns off V8's allocation-site pretenuring for a batch. Reading a workbook, ExcelJS builds thousands of small
 * objects that live for the whole file (a few milliseconds, longer than a young-generation cycle) and then die.
 * V8 sees them survive and starts allocating them straight into the old generation, where they are collected only by
 * full collections; meanwhile every scavenge has to trace the old-to-young pointers they hold. Measured on a
 * 300-workbook batch (docs/performance.md): scavenging took 3–4× as long and the heap grew to 75 MB instead of
 * staying at 28 MB. V8 flags are per process, so this also holds in the batch's worker threads; it is set before
 * the first file is read, and changes only where new objects are put, never what the program computes.
 */
export function tuneGarbageCollectionForBatch(): void {
  setFlagsFromString("--no-allocation-site-pretenuring");
}
