import type { EditionId } from "../../core/editions";
import type { Finding } from "../../core/findings";
import { BLANK_RULES, carryOverRule, slipRule } from "../../core/rules";
import { templateLayout } from "../../core/template/layout";
import type { ValidateResult } from "../../excel/adapter";
import type { FindingTarget } from "../../excel/targets";
import { lastYear } from "../session";
import { busy, h, replace } from "../dom";
import type { Pane } from "./pane";

const cellCount = (findings: readonly Finding[]) => findings.reduce((n, f) => n + (f.location.keys?.length ?? 1), 0);

/**
 * 一键校验: findings grouped by sheet with counts of 错误 and 提醒, each with its Chinese message and where it is.
 * Each finding is a button: click, Enter or Space selects its cell in the workbook. Cells left empty are listed
 * apart, once (a blank is not counted as 0; they are easy to fix in one pass).
 */

const SHOWN_PER_GROUP = 100;
const SEVERITY = { error: "错误", warning: "提醒" } as const;

interface Item {
  finding: Finding;
  target?: FindingTarget;
}

/** Groups follow the template's sheets; anything else (a table id, 其他) comes after them. */
function sheetOrder(edition: EditionId): string[] {
  const { sheets } = templateLayout(edition);
  return [sheets.basicInfo, ...Object.values(sheets.tables), sheets.lastYear, sheets.narrative];
}

function groupOf(item: Item): string {
  return item.target?.sheet ?? item.finding.location.table ?? item.finding.location.sheet ?? "其他";
}

function whereText(item: Item): string {
  const t = item.target;
  if (!t) return "";
  return `${t.sheet} ${t.select}`;
}

export function validateSection(pane: Pane): { element: HTMLElement; run(): Promise<void> } {
  const button = h("button", { class: "button primary", attrs: { type: "button" } }, "一键校验");
  // The summary is a live region that stays in place (announced when its text changes); the list is replaced.
  const summaryLine = h("p", { class: "summary", id: "validate-summary", attrs: { role: "status" } });
  const results = h("div", { class: "results", id: "validate-results" });

  const select = async (item: Item, el: HTMLElement) => {
    if (!item.target) return;
    const outcome = await pane.adapter.select(item.target);
    pane.changed();
    if (!outcome.ok) {
      pane.status(outcome.reason, "error");
      return;
    }
    for (const other of results.querySelectorAll(".finding.current")) other.classList.remove("current");
    el.classList.add("current");
    pane.status(`已选中「${item.target.sheet}」${item.target.select}。`);
  };

  const findingButton = (item: Item) => {
    const el: HTMLButtonElement = h(
      "button",
      {
        class: `finding ${item.finding.severity}`,
        attrs: { type: "button", "aria-disabled": item.target ? undefined : "true", title: item.target ? "选中这个单元格" : undefined },
        on: { click: () => void select(item, el) },
      },
      h("span", { class: `badge ${item.finding.severity}` }, SEVERITY[item.finding.severity]),
      h("span", { class: "message" }, item.finding.message),
      item.target ? h("span", { class: "where" }, whereText(item)) : null,
    );
    return h("li", {}, el);
  };

  const render = (result: ValidateResult) => {
    const items: Item[] = result.findings.map((finding, i) => ({ finding, target: result.targets[i] }));
    const errors = items.filter((i) => i.finding.severity === "error").length;
    const warnings = items.length - errors;
    const counts = [errors ? `${errors} 处错误` : "", warnings ? `${warnings} 处提醒` : ""].filter(Boolean).join("、");
    const summary = items.length
      ? `发现 ${counts}${result.unfilled.length ? `（其中 ${cellCount(result.unfilled)} 个单元格未填写）` : ""}。${result.highlighted ? "有问题的单元格已在表格中标出：红色为错误，橙色为提醒。" : ""}`
      : "全部勾稽关系成立，没有发现问题。";
    const year = result.report.meta.reportYear;
    const crossYear =
      year < carryOverRule.firstReportYear
        ? null
        : result.lastYearSource === "given"
          ? `已与上年报告核对（${lastYear()?.source ?? "导入的上年报告"}）。`
          : result.lastYearSource === "workbook"
            ? "已与工作簿「上年数据」表核对。"
            : "没有上年报告：未核对「上年结转」与上年「结转下年度」。可在「上年报告」中导入，或填写「上年数据」表。";

    const groups = new Map<string, Item[]>();
    for (const item of items) {
      const g = groupOf(item);
      groups.set(g, [...(groups.get(g) ?? []), item]);
    }
    const sheets = sheetOrder(result.report.meta.edition);
    const order = [...groups.keys()].sort((a, b) => (sheets.indexOf(a) + 1 || 99) - (sheets.indexOf(b) + 1 || 99));
    const sections = order.map((name) => {
      const list = groups.get(name) ?? [];
      const e = list.filter((i) => i.finding.severity === "error").length;
      const w = list.length - e;
      const blanks = list.filter((i) => BLANK_RULES.includes(i.finding.rule));
      // The cell a slip is located at first (it explains the errors at the totals), then errors, each kind in the
      // checker's order.
      const rank = (i: Item) => (i.finding.rule === slipRule.id ? 0 : i.finding.severity === "error" ? 1 : 2);
      const others = list.filter((i) => !BLANK_RULES.includes(i.finding.rule)).sort((a, b) => rank(a) - rank(b));
      const shown = others.slice(0, SHOWN_PER_GROUP);
      return h(
        "section",
        { class: "group", attrs: { "aria-label": `${name}：错误 ${e} 处，提醒 ${w} 处` } },
        h(
          "h3",
          {},
          h("span", { class: "group-name" }, name),
          e ? h("span", { class: "count error" }, `错误 ${e}`) : null,
          w ? h("span", { class: "count warning" }, `提醒 ${w}`) : null,
        ),
        shown.length ? h("ul", { class: "findings" }, ...shown.map(findingButton)) : null,
        others.length > shown.length ? h("p", { class: "hint" }, `还有 ${others.length - shown.length} 处未列出：改正上面的问题后再校验。`) : null,
        blanks.length
          ? h(
              "details",
              { class: "unfilled" },
              h("summary", {}, `未填写的单元格 ${cellCount(blanks.map((b) => b.finding))} 个（空白不按0计算；没有发生的请填0）`),
              h("ul", { class: "findings" }, ...blanks.slice(0, SHOWN_PER_GROUP).map(findingButton)),
            )
          : null,
      );
    });
    summaryLine.className = `summary ${items.length ? (errors ? "error" : "warning") : "ok"}`;
    replace(summaryLine, summary);
    // Notes about this Excel already shown under the pane are not repeated here.
    const shownUnderPane = new Set(pane.adapter.limitations());
    replace(
      results,
      crossYear ? h("p", { class: "hint" }, crossYear) : null,
      ...result.notes.filter((n) => !shownUnderPane.has(n)).map((n) => h("p", { class: "note" }, n)),
      ...sections,
    );
  };

  const run = async () => {
    await busy(button, results, async () => {
      pane.status("正在校验…");
      const started = performance.now();
      const outcome = await pane.adapter.validate({ lastYear: lastYear()?.report });
      pane.changed();
      if (!outcome.ok) {
        summaryLine.className = "summary error";
        replace(summaryLine, outcome.reason);
        replace(results);
        pane.status("未能校验。", "error");
        return;
      }
      pane.showReport(outcome.report);
      render(outcome);
      // Round trips to Excel, for whoever measures (not for the clerk).
      results.dataset.syncs = `${outcome.syncs.read}+${outcome.syncs.write}`;
      pane.status(`校验完成，用时 ${((performance.now() - started) / 1000).toFixed(2)} 秒。`, "success");
    });
  };
  button.addEventListener("click", () => void run());

  const element = h(
    "details",
    { class: "section", id: "section-validate", attrs: { open: true } },
    h("summary", {}, h("h2", {}, "一键校验")),
    h(
      "div",
      { class: "section-body" },
      h("p", { class: "hint" }, "核对表二至表四的勾稽关系、填写情况和正文中的数字；点击问题可跳到对应单元格。"),
      h("div", { class: "actions" }, button),
      summaryLine,
      results,
    ),
  );
  return { element, run };
}
