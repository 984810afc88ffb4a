/**
 * Errors of the WPS host. The adapter acts on Office.js's codes (ItemNotFound for a missing sheet); anything ET
 * itself throws becomes a "Worded" error whose message is a whole Chinese sentence naming WPS 表格, which
 * src/excel/messages.ts shows as it is.
 */
export class WpsHostError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "WpsHostError";
  }
}

/** What ET threw, as one Chinese sentence for the clerk. */
export function worded(error: unknown): WpsHostError {
  if (error instanceof WpsHostError) return error;
  const detail = String((error as { message?: unknown } | null)?.message ?? error ?? "").slice(0, 120);
  return new WpsHostError("Worded", `WPS 表格未能完成操作：${detail || "未知错误"}。请重试；如仍失败，请保存并重新打开工作簿。`);
}

