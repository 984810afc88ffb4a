import { checkNarrative, editionIndex, parseReport } from "./src/core";
const zeros = Object.fromEntries(editionIndex("2021").cells.map((c) => [c.key, 0]));
function run(sentence: string, cells: Record<string, number>) {
  const r = parseReport({ meta: { agency: "测试", reportYear: 2024, edition: "2021" }, cells: { ...zeros, ...cells }, narrative: { sections: [{ heading: "一、总体情况", body: sentence }] } });
  if (!r.success) throw r.error;
  for (const f of checkNarrative(r.data)) if (!f.rule.startsWith("structure") && f.rule !== "narrative.feeNotReported") console.log(f.rule, f.message);
  console.log("--");
}
run("本年度共办结805件，其中因本机关不掌握等原因无法提供265件。", { "t3.total|total": 805, "t3.unavailable.notHeld|total": 265, "t3.unavailable.needsCreation|total": 72, "t3.disclosed|total": 468 });
run("本年度共办结805件，其中予以公开35件，占4.34%。", { "t3.total|total": 805, "t3.disclosed|total": 35, "t3.partlyDisclosed|total": 770 });
run("本年度共办结805件，其中予以公开35件，占4.35%。", { "t3.total|total": 805, "t3.disclosed|total": 35, "t3.partlyDisclosed|total": 770 });
run("本年度发生政府信息公开行政复议1件、行政诉讼1件，均获维持。", { "t4.cases|review.pending": 1, "t4.cases|review.total": 1, "t4.cases|direct.pending": 1, "t4.cases|direct.total": 1 });
