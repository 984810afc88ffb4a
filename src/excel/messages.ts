/** What the adapter tells a clerk, in Chinese: requirement sets a host lacks, and errors Excel reports. */

/** ExcelApi versions the adapter needs, and what a clerk loses without them. */
export const REQUIREMENTS = {
  /** Reading ranges, values, valueTypes, selecting. */
  read: { version: "1.1", lost: "当前 Excel 版本不支持加载项读取表格（需要 Excel 2016 或更新版本、Microsoft 365 或 Excel 网页版）。模板自带的「校验」表仍可使用。" },
  /** Protection, merges: inserting the template. */
  insert: { version: "1.2", lost: "当前 Excel 版本不支持由加载项插入模板。请向主管部门索取模板文件，或用命令行 xxgk template 生成。" },
  /** Conditional formats (the highlights) with their ids. */
  highlights: { version: "1.6", lost: "当前 Excel 版本不支持条件格式：不能在表格中标出有问题的单元格，请按下面的列表逐项查看（点击可跳到该单元格）。" },
} as const;

export const NO_SETTINGS = "当前 Excel 不能在工作簿中保存加载项的记录：每次生成正文前都会先询问是否替换「报告正文」。";

/** An office.js (or in-memory) error → one Chinese sentence saying what to do. */
export function officeErrorMessage(error: unknown): string {
  const code = (error as { code?: string } | null)?.code ?? "";
  const detail = String((error as { message?: string } | null)?.message ?? error ?? "").slice(0, 200);
  // A host that words its own failures (the WPS host: src/wps/errors.ts) gives a whole sentence: shown as it is.
  if (code === "Worded") return detail;
  if (code === "InvalidOperationInCellEditMode") return "Excel 正在编辑单元格：请先按 Enter（或 Esc）结束编辑，再点按钮。";
  if (code === "AccessDenied") return `工作表受保护，加载项不能修改（${detail}）。请撤消保护（「审阅」→「撤消工作表保护」）后重试。`;
  if (code === "ItemNotFound") return "找不到要操作的工作表或区域：可能刚被改名或删除。请重新点「一键校验」；如仍失败，请恢复模板的工作表或重新插入模板。";
  if (code === "ApiNotFound") return `当前 Excel 版本不支持这项操作（${detail}）。请使用 Microsoft 365、Excel 2021 或 Excel 网页版。`;
  if (code === "ResponsePayloadSizeLimitExceeded" || code === "RequestPayloadSizeLimitExceeded") return "要读写的内容太多，超出了 Excel 一次能处理的大小。请删除表格外多余的内容后重试。";
  return `Excel 未能完成操作${code ? `（${code}）` : ""}：${detail || "未知错误"}。请重试；如仍失败，请保存并重新打开工作簿。`;
}
