import type { Finding, Refusal } from "../../src/core";
import { GARBLED } from "./arbitraries";

/** What every fuzz test asks of an outcome: an answer (no hang), and any refusal or finding in plain words. */

/**
 * A hang guard for one fuzz call, not a speed test (speed is `npm run bench`). Measured on the 2-core machine under
 * a parallel `npm test` (load 3–5): the slowest single call was 97 ms (importHtml on a spliced page; validate 72 ms,
 * readReportWorkbook 65 ms, importDocx 44 ms); whole fuzz tests ran 2–3× slower with `npm run bench` beside them.
 * 10 s is 100× the slowest call: only a runaway (quadratic or worse) input trips it.
 */
export const CALL_GUARD_MS = 10_000;

/** Resolves to the promise's value, or rejects when it takes longer than `ms` (a hang). */
export async function within<T>(ms: number, work: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms)));
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Runs synchronous work and fails when it took longer than `ms` (it cannot be interrupted, but a hang is caught). */
export function timed<T>(ms: number, work: () => T, what: string): T {
  const start = performance.now();
  const result = work();
  const took = performance.now() - start;
  if (took > ms) throw new Error(`${what}: took ${Math.round(took)} ms (limit ${ms})`);
  return result;
}

/**
 * A refusal says what is wrong in Chinese (a clerk reads it), in one readable line, not a dump. Its English gloss
 * may carry a library's own error text (for whoever supports the office): it must be there, but is not judged.
 */
export function expectClearRefusal(refusal: Refusal): void {
  const { reason, en } = refusal;
  if (!/[\u4e00-\u9fff]/.test(reason) || reason.length > 2000 || GARBLED.test(reason.replace(/「[^」]*」/g, "")) || !en.trim()) {
    throw new Error(`unclear refusal: ${reason.slice(0, 300)} | ${en.slice(0, 200)}`);
  }
}

/** Findings have a rule, a severity and a message without missing or unformattable values (quoted input aside). */
export function expectClearFindings(findings: readonly Finding[]): void {
  for (const f of findings) {
    if (!f.rule || (f.severity !== "error" && f.severity !== "warning") || typeof f.message !== "string" || f.message === "") {
      throw new Error(`malformed finding ${JSON.stringify(f).slice(0, 300)}`);
    }
    if (!f.rule.startsWith("import.") && GARBLED.test(f.message.replace(/「[^」]*」/g, ""))) throw new Error(`garbled message (${f.rule}): ${f.message}`);
  }
}
