import { lastYearRefusalLine, loadLastYearFile } from "../../src/taskpane/lastYearLoad";
import { fixtureReport, loadWorkbook, templateBuffer } from "../helpers/workbook";

/**
 * 上年报告 in the pane: a refusal reaches the clerk as its Chinese reason, whole — a file name with 「 / 」 in it, a
 * label typed with 「/」, nothing cut off at a slash and no English gloss (that is the command line's).
 */

const picked = (name: string, bytes: Uint8Array) => ({ name, size: bytes.length, arrayBuffer: async () => bytes.slice().buffer as ArrayBuffer });

test("a file name containing 「 / 」 reaches the pane whole", async () => {
  const loaded = await loadLastYearFile(picked("上年 / 报告.odt", new Uint8Array([1, 2, 3])));
  expect(loaded).toEqual({ ok: false, reason: "不支持导入这种文件：上年 / 报告.odt（可导入 .html .htm .xhtml .txt .text .md .markdown .docx）" });
  if (loaded.ok) return;
  expect(lastYearRefusalLine("「上年 / 报告.odt」", loaded.reason)).toBe(
    "未能读取「上年 / 报告.odt」：不支持导入这种文件：上年 / 报告.odt（可导入 .html .htm .xhtml .txt .text .md .markdown .docx）",
  );
});

test("a reason quoting a label typed with 「/」 and 「 / 」 reaches the pane whole", async () => {
  const wb = await loadWorkbook(await templateBuffer("2021", fixtureReport("huaian-2024")));
  wb.getWorksheet("表三")!.getCell("C10").value = "国家/工作秘密 / 其他";
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  expect(await loadLastYearFile(picked("上年/填报.xlsx", bytes))).toEqual({
    ok: false,
    reason:
      "「表三」C10的栏目名称应为「1.属于国家秘密」，现在是「国家/工作秘密 / 其他」。栏目名称被修改，为避免读错数字，未读取本文件；请恢复原栏目名称后再检查",
  });
});
