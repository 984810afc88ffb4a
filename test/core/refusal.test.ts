import { aggregateReports, refusal, refusalText } from "../../src/core";
import type { Refusal } from "../../src/core";
import { importDocx, importFile, importText } from "../../src/core/import";
import { readReportWorkbook } from "../../src/xlsx";

/**
 * A refusal is two fields, made one way: the Chinese a clerk reads and an English gloss. Neither carries the other
 * (no 「 / English」 tail for a host to cut off); the command line joins them with one function.
 */

test("refusalText joins the two languages the one way the command line prints them", () => {
  expect(refusalText(refusal("文件不存在", "cannot read file: x"))).toBe("文件不存在 / cannot read file: x");
});

test("the core's refusals keep the languages apart", async () => {
  const refusals: Refusal[] = [];
  const collect = (result: { ok: boolean }) => {
    if (result.ok) throw new Error("expected a refusal");
    refusals.push(result as unknown as Refusal);
  };
  collect(importText("网站维护中"));
  collect(importText("一".repeat(20 * 1024 * 1024 + 1)));
  collect(await importDocx(new Uint8Array([1, 2, 3, 4])));
  collect(await importFile("报告.pdf", new Uint8Array([1])));
  collect(await importFile("报告.odt", new Uint8Array([1])));
  collect(aggregateReports([], { agency: "x" }));
  collect(await readReportWorkbook(new Uint8Array([1, 2, 3, 4])));
  collect(await readReportWorkbook(new TextEncoder().encode("<!DOCTYPE html><html><body>报告</body></html>")));
  expect(refusals).toHaveLength(8);
  for (const r of refusals) {
    expect(Object.keys(r).sort()).toEqual(["en", "ok", "reason"]);
    expect(r.reason).toMatch(/[\u4e00-\u9fff]/);
    expect(r.reason).not.toMatch(/\/ ?[A-Za-z]/);
    expect(r.en).toMatch(/^[\x20-\x7e]+$/);
  }
});
