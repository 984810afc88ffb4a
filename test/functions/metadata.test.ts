import * as path from "node:path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";

/**
 * functions.json as the build generates it from the JSDoc (custom-functions-metadata, the library the webpack plugin
 * calls). The plugin silently drops arrow functions and functions inside a namespace, so the expected ids are listed
 * here by hand and compared in both directions; descriptions are the Chinese text a clerk sees in Excel.
 */

const SOURCE = path.join(__dirname, "..", "..", "src", "functions", "functions.ts");

interface Parameter {
  name: string;
  description?: string;
  type: string;
  dimensionality?: string;
  optional?: boolean;
}
interface FunctionMetadata {
  id: string;
  name: string;
  description: string;
  parameters: Parameter[];
  result: { type: string; dimensionality?: string };
  options?: Record<string, boolean>;
}

let metadata: { functions: FunctionMetadata[] };
beforeAll(async () => {
  const generated = await generateCustomFunctionsMetadata(SOURCE);
  expect(generated.errors).toEqual([]);
  metadata = JSON.parse(generated.metadataJson);
});

const byId = (id: string) => {
  const f = metadata.functions.find((x) => x.id === id);
  if (!f) throw new Error(`${id} missing from functions.json`);
  return f;
};

/** [name, dimensionality ("scalar" when absent), optional] */
const params = (f: FunctionMetadata) => f.parameters.map((p) => [p.name, p.dimensionality ?? "scalar", p.optional === true]);

const EXPECTED = {
  EDITION: { params: [["year", "scalar", false]], result: "scalar" },
  T3CHECK: { params: [["block", "matrix", false], ["edition", "scalar", true]], result: "matrix" },
  T4CHECK: { params: [["row", "matrix", false]], result: "matrix" },
  BALANCE: { params: [["columns", "matrix", false], ["edition", "scalar", true]], result: "matrix" },
  SUMCHECK: { params: [["total", "scalar", false], ["parts", "matrix", false]], result: "scalar" },
  CARRYOVER: { params: [["thisYear", "matrix", false], ["lastYear", "matrix", false]], result: "matrix" },
  SHARE: { params: [["count", "scalar", false], ["base", "scalar", false], ["decimals", "scalar", true]], result: "scalar" },
  T3SENTENCE: { params: [["block", "matrix", false], ["year", "scalar", false], ["agency", "scalar", true]], result: "scalar" },
  T4SENTENCE: { params: [["row", "matrix", false], ["year", "scalar", false], ["agency", "scalar", true]], result: "scalar" },
} as const;

test("every expected function is there and nothing else (none silently dropped)", () => {
  expect(metadata.functions.map((f) => f.id).sort()).toEqual(Object.keys(EXPECTED).sort());
});

test("ids and names are ASCII; each name is its id", () => {
  for (const f of metadata.functions) {
    expect(f.id).toMatch(/^[A-Z][A-Z0-9_.]*$/);
    expect(f.name).toBe(f.id);
  }
});

test.each(Object.entries(EXPECTED))("%s: parameter and result dimensionality", (id, expected) => {
  const f = byId(id);
  expect(params(f)).toEqual(expected.params);
  expect(f.result.dimensionality ?? "scalar").toBe(expected.result);
});

test("cell ranges and values a clerk may have typed text into are passed unconverted (type any), so text gets a Chinese message", () => {
  for (const id of ["T3CHECK", "T4CHECK", "BALANCE", "SUMCHECK", "CARRYOVER", "SHARE", "T3SENTENCE", "T4SENTENCE"]) {
    for (const p of byId(id).parameters) expect([id, p.name, p.type]).toEqual([id, p.name, "any"]);
  }
  expect(byId("T3CHECK").result.type).toBe("string");
  expect(byId("BALANCE").result.type).toBe("number");
  expect(byId("SUMCHECK").result.type).toBe("number");
  expect(byId("CARRYOVER").result.type).toBe("number");
  expect(byId("SHARE").result.type).toBe("string");
  expect(byId("T3SENTENCE").result.type).toBe("string");
  expect(byId("T4SENTENCE").result.type).toBe("string");
});

test("descriptions and parameter help are Chinese, kept literally", () => {
  expect(byId("T3CHECK").description).toBe("检查表三（依申请公开）的全部勾稽关系，逐条列出发现的问题；全部成立时显示「✓ 勾稽关系全部成立」。");
  expect(byId("T3CHECK").parameters[0].description).toBe("表三的数字区域，不含栏目名称：2021格式25行×7列，2019格式23行×7列");
  expect(byId("T4CHECK").parameters[0].description).toBe("表四的数字区域，不含栏目名称：1行×15列");
  expect(byId("BALANCE").description).toBe("表三每列的平衡差额：第一项+第二项−（第三项（七）总计+第四项）。为0表示该列平衡，正数表示第一项+第二项较大。");
  expect(byId("SUMCHECK").description).toBe("总数与各项之和的差额：总数−各项之和。为0表示总数等于各项之和。");
  expect(byId("CARRYOVER").parameters.map((p) => p.description)).toEqual([
    "本年表三「二、上年结转政府信息公开申请数量」行的数字（1行×7列）",
    "上年表三「四、结转下年度继续办理」行的数字（1行×7列，与本年所选列相同）",
  ]);
  expect(byId("SHARE").description).toBe("按报告正文的写法计算占比，例如「66.48%」（四舍五入，与自动生成的正文完全一致）。基数为0时返回 #DIV/0!。");
  expect(byId("T3SENTENCE").description).toBe(
    "根据表三写出报告正文中依申请公开情况的句子，与自动生成的正文完全一致（含各项办理结果的占比）；表格数字改动后句子随之更新。",
  );
  expect(byId("T4SENTENCE").parameters.map((p) => p.description)).toEqual([
    "表四的数字区域，不含栏目名称：1行×15列",
    "报告年度，例如 2024（决定报告格式和措辞）",
    "可选：机关名称，用于「我市」「我局」等称呼；不填则称「本机关」",
  ]);
  for (const f of metadata.functions) {
    expect(f.description).toMatch(/[\u4e00-\u9fff]/);
    for (const p of f.parameters) expect(`${f.id}.${p.name}: ${p.description}`).toMatch(/[\u4e00-\u9fff]/);
  }
});

test("the whole functions.json is as reviewed (snapshot)", () => {
  expect(metadata).toMatchSnapshot();
});
