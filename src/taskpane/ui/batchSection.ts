import { BATCH_EXTENSIONS, belongsToBatch, comparePaths } from "../../core/batch/files";
import type { PickedFile } from "../batch/protocol";
import type { Job, Phase } from "../batch/run";
import { busy, h, replace } from "../dom";
import { askInline } from "./confirm";
import type { Pane } from "./pane";
import "./batchSection.css";

/**
 * 批量检查（政务公开办）: the supervising office's batch without a command line. Pick many files or a folder (and,
 * for 与上年核对, last year's); 批量检查 reads and checks them in Web Workers and writes 汇总 and 问题清单 into the
 * open workbook; 汇总相加 sums them into a new template. This file is only the section; the work (../batch/run.ts,
 * the workers, the ExcelJS reader) loads when it is first used.
 */

const PHASE_TEXT: Record<Phase, string> = { lastYear: "正在读取上年报告", check: "正在检查", load: "正在读取" };

/** Folder picking: Chromium, Edge's WebView2 and Safari have it; where it is missing the button is not shown. */
const canPickFolders = () => "webkitdirectory" in document.createElement("input");

/** Files from a picker: a folder keeps what a batch takes (as `xxgk check FOLDER` lists it), in the same order. */
function pickedFrom(input: HTMLInputElement, folder: boolean): { files: PickedFile[]; skipped: number } {
  const all = Array.from(input.files ?? []).map((file) => ({ path: folder && file.webkitRelativePath ? file.webkitRelativePath : file.name, file }));
  const files = folder ? all.filter((f) => belongsToBatch(f.path, BATCH_EXTENSIONS)) : all;
  files.sort((a, b) => comparePaths(a.path, b.path));
  return { files, skipped: all.length - files.length };
}

/** A file picker drawn as a button (the native control's text is in the browser's language, not the clerk's). */
function picker(id: string, label: string, folder: boolean, onPick: (picked: { files: PickedFile[]; skipped: number }) => void): HTMLElement {
  const input = h("input", { id, attrs: { type: "file", multiple: true, accept: folder ? undefined : BATCH_EXTENSIONS.join(","), webkitdirectory: folder, "aria-label": label } });
  input.addEventListener("change", () => {
    onPick(pickedFrom(input, folder));
    input.value = "";
  });
  return h("label", { class: "button file-pick" }, label, input);
}

const describe = (files: readonly PickedFile[], skipped: number, none: string) =>
  files.length === 0 && skipped === 0 ? none : `已选 ${files.length} 份${skipped ? `（文件夹中另有 ${skipped} 个文件不是报告，已跳过）` : ""}：${files.slice(0, 3).map((f) => f.path).join("、")}${files.length > 3 ? " 等" : ""}`;

export function batchSection(pane: Pane): { element: HTMLElement } {
  let files: PickedFile[] = [];
  let lastYear: PickedFile[] = [];
  let job: Job<unknown> | undefined;

  const selected = h("p", { id: "batch-selected", class: "hint", attrs: { "aria-live": "polite" } }, "尚未选择文件。");
  const lastYearSelected = h("p", { id: "batch-last-year", class: "hint", attrs: { "aria-live": "polite" } }, "未选择（不做跨年度核对）。");
  const check = h("button", { class: "button primary", attrs: { type: "button" } }, "批量检查");
  const sum = h("button", { class: "button", attrs: { type: "button" } }, "汇总相加");
  const cancel = h("button", { class: "button danger", attrs: { type: "button", hidden: true } }, "取消");
  const clearLastYear = h("button", { class: "button subtle", attrs: { type: "button", hidden: true } }, "清除上年报告");
  const agency = h("input", { id: "batch-agency", attrs: { type: "text", placeholder: "如：某市（全市汇总）", maxlength: 100 } });
  const bar = h("progress", { id: "batch-progress", attrs: { max: 1, value: 0 } });
  const barText = h("span", { class: "progress-text" });
  const progressBox = h("div", { class: "batch-progress", attrs: { hidden: true, role: "status" } }, bar, barText);
  const confirm = h("div", { class: "confirm-area", attrs: { hidden: true } });
  const result = h("div", { id: "batch-result", class: "result", attrs: { role: "status" } });

  const pickThisYear = (picked: { files: PickedFile[]; skipped: number }) => {
    files = picked.files;
    replace(selected, describe(files, picked.skipped, "尚未选择文件。"));
  };
  const pickLastYear = (picked: { files: PickedFile[]; skipped: number }) => {
    lastYear = picked.files;
    replace(lastYearSelected, describe(lastYear, picked.skipped, "未选择（不做跨年度核对）。"));
    clearLastYear.hidden = lastYear.length === 0;
  };
  clearLastYear.addEventListener("click", () => pickLastYear({ files: [], skipped: 0 }));

  // Progress is drawn ten times a second at most, however fast the files come back: each drawing is a repaint.
  let timer: ReturnType<typeof setTimeout> | undefined;
  let shown = { phase: "check" as Phase, done: 0, total: 1, path: "" };
  const draw = () => {
    timer = undefined;
    bar.max = shown.total;
    bar.value = shown.done;
    replace(barText, `${PHASE_TEXT[shown.phase]} ${shown.done}/${shown.total} 份${shown.path ? `：${shown.path}` : ""}`);
  };
  const progress = (phase: Phase, done: number, total: number, path: string) => {
    shown = { phase, done, total, path };
    timer ??= setTimeout(draw, 100);
  };

  const running = (on: boolean) => {
    cancel.hidden = !on;
    progressBox.hidden = !on;
    result.setAttribute("aria-busy", String(on));
    if (on) progress("check", 0, 1, "");
    else {
      clearTimeout(timer);
      timer = undefined;
    }
  };

  /** Runs one job with the progress bar and 取消; undefined when cancelled (the workbook untouched). */
  async function withJob<T>(start: (run: typeof import("../batch/run")) => Job<T>): Promise<T | undefined> {
    running(true);
    replace(result);
    try {
      const run = await import(/* webpackChunkName: "batch" */ "../batch/run");
      job = start(run) as Job<unknown>;
      const outcome = (await job.done) as T | { cancelled: true; finished: number; phase: Phase };
      if (outcome && typeof outcome === "object" && "cancelled" in outcome && outcome.cancelled === true) {
        const what = outcome.phase === "lastYear" ? "上年报告" : "报告";
        replace(result, h("p", { class: "note" }, `已取消：已读取 ${outcome.finished} 份${what}，工作簿没有改动。`));
        pane.status("批量检查已取消。");
        return undefined;
      }
      return outcome as T;
    } finally {
      job = undefined;
      running(false);
    }
  }
  cancel.addEventListener("click", () => job?.cancel());

  /**
   * An action of the section, through the pane's busy() (which withdraws a question another section is still
   * asking): the other button waits too until it is over, its own questions answered; a failure is said.
   */
  const action = (button: HTMLButtonElement, body: () => Promise<void>) =>
    button.addEventListener("click", () => {
      const other = button === check ? sum : check;
      if (other.disabled) return;
      other.disabled = true;
      busy(button, result, body)
        .catch((e: unknown) => {
          replace(result, h("p", { class: "error" }, `批量检查出错：${String((e as Error)?.message ?? e)}。请重试；如仍出错，请关闭并重新打开任务窗格。`));
          pane.status("批量检查出错。", "error");
        })
        .finally(() => (other.disabled = false));
    });

  /** After 「替换这些工作表？」 was not answered yes: what was (not) written, said in the section. */
  const notReplaced = (answer: "no" | "withdrawn", what: string, ...before: HTMLElement[]) => {
    if (answer === "withdrawn") {
      // Another action is under way: say so here, leave the status line to it.
      replace(result, ...before, h("p", { class: "note" }, `已撤回「替换这些工作表」的询问：${what}，工作簿没有改动。`));
      return;
    }
    replace(result, ...before, h("p", { class: "note" }, `${what}，工作簿没有改动。`));
    pane.status(`${what}。`);
  };

  const needFiles = () => {
    if (files.length > 0) return false;
    replace(result, h("p", { class: "error" }, "请先选择要检查的文件或文件夹。"));
    return true;
  };

  action(check, async () => {
    if (needFiles()) return;
    pane.status(`正在检查 ${files.length} 份报告…`);
    const outcome = await withJob((run) => run.checkBatch(files, lastYear, progress));
    if (!outcome) return;
    const run = await import(/* webpackChunkName: "batch" */ "../batch/run");
    pane.status("正在写入「汇总」「问题清单」…");
    let written = await run.writeSummary(pane.host, outcome.results, false);
    if (!written.ok && written.needsConfirmation) {
      pane.status("需要确认：工作簿中已有「汇总」或「问题清单」。");
      const answer = await askInline(confirm, `${written.reason}替换将删除其中原有的内容。`, "替换这些工作表");
      if (answer !== "yes") return notReplaced(answer, "未写入汇总表", h("p", { class: "ok" }, outcome.totals));
      written = await run.writeSummary(pane.host, outcome.results, true);
    }
    pane.changed();
    const notes = [
      ...(outcome.lastYearRefused ? [`上年报告：${outcome.lastYearRefused}，未做跨年度核对。`] : []),
      ...outcome.lastYearProblems.map((p) => `上年报告：${p}`),
    ];
    if (!written.ok) {
      replace(result, h("p", { class: "ok" }, outcome.totals), h("p", { class: "error" }, `未能写入汇总表：${written.reason}`));
      pane.status("未能写入汇总表。", "error");
      return;
    }
    replace(
      result,
      h("p", { class: "ok", attrs: { "data-syncs": written.syncs } }, `${outcome.totals}。已写入「汇总」（${written.rows["汇总"]} 行）和「问题清单」（${written.rows["问题清单"]} 行）工作表，可按列筛选。`),
      notes.length || written.notes.length ? h("ul", { class: "notes" }, ...[...notes, ...written.notes].map((n) => h("li", {}, n))) : null,
    );
    pane.status("批量检查完成。", "success");
  });

  action(sum, async () => {
    if (needFiles()) return;
    pane.status(`正在汇总 ${files.length} 份报告…`);
    const total = await withJob((run) => run.loadForAggregate(files, agency.value.trim() || "（汇总）", progress));
    if (!total) return;
    if (!total.ok) {
      replace(result, h("p", { class: "error refusal" }, total.reason));
      pane.status("未能汇总。", "error");
      return;
    }
    const run = await import(/* webpackChunkName: "batch" */ "../batch/run");
    let inserted = await run.insertAggregate(pane.host, total, false);
    if (!inserted.ok && inserted.needsConfirmation) {
      pane.status("需要确认：工作簿中已有模板的工作表。");
      const answer = await askInline(confirm, `${inserted.reason}替换将删除这些工作表中已填写的全部内容；也可以新建一个空白工作簿再汇总。`, "替换这些工作表");
      if (answer !== "yes") return notReplaced(answer, "未写入汇总结果");
      inserted = await run.insertAggregate(pane.host, total, true);
    }
    pane.changed();
    if (!inserted.ok) {
      replace(result, h("p", { class: "error" }, inserted.reason));
      pane.status("未能写入汇总结果。", "error");
      return;
    }
    const { meta } = total.report;
    const withErrors = total.contributors.filter((c) => c.errors > 0);
    const notes = [...withErrors.map((c) => `${c.agency || c.file}：本身有 ${c.errors} 处错误，汇总数可能不准`), ...total.warnings, ...inserted.warnings];
    replace(
      result,
      h("p", { class: "ok" }, `已汇总 ${total.contributors.length} 份报告（${meta.reportYear}年，${meta.edition}格式），写入表二、表三、表四；每份报告见「汇总来源」工作表。`),
      notes.length ? h("ul", { class: "notes" }, ...notes.map((n) => h("li", {}, n))) : null,
    );
    pane.status("汇总完成。", "success");
  });

  const folders = canPickFolders();
  const element = h(
    "details",
    { class: "section", id: "section-batch" },
    h("summary", {}, h("h2", {}, "批量检查（政务公开办）")),
    h(
      "div",
      { class: "section-body" },
      h(
        "p",
        { class: "hint" },
        "检查收回的填报模板（.xlsx）和各单位发布的报告（网页、文本、Word、PDF、JSON）：可一次选多个文件，或选择整个文件夹（含子文件夹）。检查在后台进行，结果写入当前工作簿的「汇总」「问题清单」两张表。文件只在本机读取，不会上传。",
      ),
      h("div", { class: "actions" }, picker("batch-files", "选择文件…", false, pickThisYear), folders ? picker("batch-folder", "选择文件夹…", true, pickThisYear) : null),
      selected,
      h(
        "fieldset",
        { class: "batch-last-year" },
        h("legend", {}, "与上年核对（可选）"),
        h("p", { class: "hint" }, "选择上年的报告，按机关名称与本年的报告逐一对应，核对上年结转和现行有效件数。"),
        h(
          "div",
          { class: "actions" },
          picker("batch-last-year-files", "上年的文件…", false, pickLastYear),
          folders ? picker("batch-last-year-folder", "上年的文件夹…", true, pickLastYear) : null,
          clearLastYear,
        ),
        lastYearSelected,
      ),
      h("label", { class: "field" }, h("span", {}, "汇总报告的机关名称"), agency),
      h("div", { class: "actions" }, check, sum, cancel),
      progressBox,
      confirm,
      result,
    ),
  );
  return { element };
}
