import { aggregateLoaded, batchTotalsText, lastYearByAgency, summarySheets } from "../../core/batch";
import type { AggregateBatch, CheckContext, CheckedFile, LoadResult } from "../../core/batch";
import type { ExcelHost } from "../../excel/host";
import { officeErrorMessage } from "../../excel/messages";
import { writeSummarySheets } from "../../excel/summarySheets";
import type { SummaryWriteFailure, SummaryWriteResult } from "../../excel/summarySheets";
import { renderTemplatePlan } from "../../excel/templateRenderer";
import { fillingFor } from "../../core/template/fill";
import { runInWorkers } from "./pool";
import type { PickedFile, Want } from "./protocol";

/**
 * The batch section's work, loaded when the section is first used (its own chunk, with the workers' script): read
 * and check the picked files in Web Workers, then write 汇总 and 问题清单 — or sum the reports into a new template
 * (汇总相加). Everything per file is src/core/batch, as in `xxgk check` and `xxgk aggregate`.
 */

export type Phase = "lastYear" | "check" | "load";

export interface Progress {
  (phase: Phase, done: number, total: number, path: string): void;
}

export interface Job<T> {
  done: Promise<T | { cancelled: true; finished: number; phase: Phase }>;
  cancel(): void;
}

/**
 * Workers for a batch: every core but one for Excel, at most four — but both cores of a two-core machine: while the
 * batch runs, Excel and the pane's own thread wait for it, and one worker there left the batch 1.6 times as slow as
 * `xxgk check --jobs 1` (the browser's compiler and collector threads need the other core too; docs/performance.md).
 */
export function workerCount(): number {
  const cores = typeof navigator !== "undefined" ? navigator.hardwareConcurrency || 2 : 2;
  return cores <= 2 ? Math.max(1, cores) : Math.min(4, cores - 1);
}

function createWorker(): Worker {
  return new Worker(new URL(/* webpackChunkName: "batch-worker" */ "./worker.ts", import.meta.url), { name: "xxgk-batch" });
}

/** Thrown through a job's steps when 取消 stopped one (its workers terminated at once). */
class Cancelled {
  readonly cancelled = true;
  constructor(
    readonly phase: Phase,
    readonly finished: number,
  ) {}
}

type Step = <W extends Want>(phase: Phase, files: readonly PickedFile[], want: W, context?: CheckContext) => Promise<W extends "check" ? CheckedFile[] : LoadResult[]>;

/** A job of one or more steps, each a run of the files through the workers; 取消 stops the step under way. */
function job<T>(body: (step: Step) => Promise<T>, progress: Progress): Job<T> {
  let current: { cancel(): void } | undefined;
  let stopped = false;
  const step: Step = async (phase, files, want, context) => {
    if (stopped) throw new Cancelled(phase, 0);
    const run = runInWorkers(files, want, { workers: workerCount(), context, createWorker, onResult: (done, path) => progress(phase, done, files.length, path) });
    current = run;
    const outcome = await run.done;
    if (outcome.cancelled) throw new Cancelled(phase, outcome.finished);
    return outcome.results as never;
  };
  const done = body(step).catch((e: unknown) => {
    if (e instanceof Cancelled) return { cancelled: true as const, finished: e.finished, phase: e.phase };
    throw e;
  });
  return {
    done,
    cancel: () => {
      stopped = true;
      current?.cancel();
    },
  };
}

export interface CheckOutcome {
  results: CheckedFile[];
  /** Last year's files that could not be used (unreadable, no agency, a second report of one agency). */
  lastYearProblems: string[];
  /** Why last year's files gave nothing to compare with (none readable). */
  lastYearRefused?: string;
  totals: string;
}

/** 批量检查: last year's files (when given) read first and matched by agency, then every file checked. */
export function checkBatch(files: readonly PickedFile[], lastYear: readonly PickedFile[], progress: Progress): Job<CheckOutcome> {
  return job(async (step) => {
    const context: CheckContext = {};
    let lastYearProblems: string[] = [];
    let lastYearRefused: string | undefined;
    if (lastYear.length > 0) {
      const loaded = await step("lastYear", lastYear, "load");
      const source = lastYearByAgency(
        lastYear.map((f, i) => ({ file: f.path, result: loaded[i] })),
        "所选的上年报告",
      );
      if (source.ok) {
        context.lastYear = source.source;
        // The pane shows each refusal's Chinese (its English gloss is the command line's).
        lastYearProblems = source.problems.map((p) => `${p.file}：${p.reason}`);
      } else {
        lastYearRefused = source.reason;
      }
    }
    const results = await step("check", files, "check", context);
    return { results, lastYearProblems, lastYearRefused, totals: batchTotalsText(results) };
  }, progress);
}

/** 汇总相加: every file read (none may be unreadable) and summed, as `xxgk aggregate` does. */
export function loadForAggregate(files: readonly PickedFile[], agency: string, progress: Progress): Job<AggregateBatch> {
  return job(async (step) => {
    const results = await step("load", files, "load");
    return aggregateLoaded(files.map((f, i) => ({ file: f.path, result: results[i] })), agency);
  }, progress);
}

/** 汇总 and 问题清单 into the open workbook. */
export function writeSummary(host: ExcelHost, results: readonly CheckedFile[], replace: boolean): Promise<SummaryWriteResult | SummaryWriteFailure> {
  return writeSummarySheets(host, summarySheets(results), { replace });
}

export type InsertOutcome = { ok: true; syncs: number; warnings: string[] } | { ok: false; reason: string; needsConfirmation?: boolean };

/** The sum into a new standard workbook's sheets (with 汇总来源) in the open workbook, never over sheets unasked. */
export async function insertAggregate(host: ExcelHost, total: Extract<AggregateBatch, { ok: true }>, replace: boolean): Promise<InsertOutcome> {
  const contents = fillingFor(total.plan.layout, total.report).cells;
  return host
    .run(async (context) => {
      const result = await renderTemplatePlan(context, total.plan, { isSetSupported: host.isSetSupported, existingSheets: replace ? "replace" : "refuse", contents });
      if (!result.ok) return { ok: false as const, needsConfirmation: true, reason: result.message ?? "" };
      return { ok: true as const, syncs: result.syncs, warnings: result.warnings };
    })
    .catch((e): InsertOutcome => ({ ok: false, reason: officeErrorMessage(e) }));
}
