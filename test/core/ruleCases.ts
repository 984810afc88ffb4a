import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { cellKey, templateLayout, validate } from "../../src/core";
import type { Finding, Report, ValidateOptions } from "../../src/core";
import { importHtml, importPdfText } from "../../src/core/import";
import type { ImportResult } from "../../src/core/import";
import { checkFile } from "../../src/cli/batch/checkFile";
import { WorkbookAdapter } from "../../src/excel/adapter";
import { memorySettings } from "../../src/excel/host";
import { createMemoryExcel } from "../../src/excel/memory";
import { memoryHost } from "../../src/excel/memoryHost";
import { reportValues, typeValues } from "../../src/excel/typeValues";
import { fixtureInput, toReport } from "../helpers/reports";

/**
 * One planted input per catalogued rule (src/core/rules/catalog.ts), run through a public entry point: validate(),
 * the importers, `xxgk check`'s file checker, the task pane's adapter. test/core/ruleCoverage.test.ts runs each case
 * twice — planted, the rule must fire; not planted, it must not — and fails when a catalogued rule has no case here.
 *
 * Adding a rule? Add one line: `"family.rule": { planted: "what is wrong, in words", findings: someHelper(...) }`.
 * The helpers below take the clean fixture and an edit; the edit must change something (an edit that finds nothing
 * to change throws, so a case cannot silently plant nothing).
 */

export interface RuleCase {
  /** What is planted, in words (it names the test). */
  planted: string;
  /** The findings for the input with the plant (`true`) and for the same input without it (`false`). */
  findings: (plant: boolean) => Finding[] | Promise<Finding[]>;
}

type Input = ReturnType<typeof fixtureInput>;
type Fixture = "huaian-2024" | "yuyao-2020";

const PUBLISHED = path.join(__dirname, "..", "fixtures", "published");
const FORMS = path.join(__dirname, "..", "fixtures", "forms");
const huaianText = () => fs.readFileSync(path.join(PUBLISHED, "huaian-shizhengfu-2024.txt"), "utf8");
const huaianPage = () => fs.readFileSync(path.join(FORMS, "huaian-2024.html"), "utf8");

/** `text` with `from` replaced; throws when `from` is not there (a plant that changes nothing proves nothing). */
function replaced(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`「${from.slice(0, 60)}」 is not in the input: update the rule case`);
  return text.replace(from, to);
}

/** A fixture's tables (its text left out, so only table rules speak), with `edit` applied when planted. */
function tables(edit: (input: Input) => void, options: ValidateOptions = {}, fixture: Fixture = "huaian-2024") {
  return (plant: boolean) => {
    const input = fixtureInput(fixture);
    delete input.narrative;
    if (plant) edit(input);
    return validate(toReport(input), options);
  };
}

/** Set cells in the `rows` shorthand: `cells(input, "t3.newReceived", { 1: "５３" })`. */
function cells(input: Input, row: string, values: Record<number, string | number>): void {
  if (!input.rows[row]) throw new Error(`${row} is not in the fixture`);
  for (const [i, v] of Object.entries(values)) input.rows[row][Number(i)] = v;
}

/** 淮安 2024 with its published text, one section's body (or the preamble) edited when planted. */
function text(section: string, from: string, to: string, options: () => ValidateOptions = () => ({})) {
  return (plant: boolean) => {
    const input = fixtureInput("huaian-2024");
    const narrative = input.narrative!;
    if (plant) {
      if (section === "前言") narrative.preamble = replaced(narrative.preamble!, from, to);
      else {
        const s = narrative.sections!.find((x) => x.heading === section);
        if (!s) throw new Error(`no section ${section}`);
        s.body = replaced(s.body, from, to);
      }
    }
    return validate(toReport(input), options());
  };
}

/** 淮安 2024 with its sections rearranged when planted. */
function sections(edit: (list: { heading: string; body: string }[]) => void) {
  return (plant: boolean) => {
    const input = fixtureInput("huaian-2024");
    if (plant) edit(input.narrative!.sections as { heading: string; body: string }[]);
    return validate(toReport(input));
  };
}

/** 淮安 2024 as 2023's report (tables consistent with 2024's 上年结转 and 现行有效 chain), without its text. */
function huaian2023(edit?: (input: Input) => void): Report {
  const input = fixtureInput("huaian-2024");
  input.meta.reportYear = 2023;
  delete input.narrative;
  input.rows["t3.carryForward"] = [34, 0, 0, 0, 0, 0, 34];
  input.rows["t2.regulations"] = [1, 1, 10]; // 10 + 1 − 0 = 11 in force in 2024
  input.rows["t2.normativeDocuments"] = [10, 2, 84]; // 84 + 8 − 26 = 66
  edit?.(input);
  return toReport(input);
}

function ok(result: ImportResult): Report {
  if (!result.ok) throw new Error(result.reason);
  return result.report;
}

/** A published report imported (PDF text of 淮安 2024 unless given), `from` → `to` when planted, then validated. */
function imported(from: string, to: string, read: (text: string) => ImportResult = (t) => importPdfText(t), source = huaianText) {
  return importedWith((text) => replaced(text, from, to), read, source);
}

/** As imported(), with any edit of the text; the edit must change it. */
function importedWith(edit: (text: string) => string, read: (text: string) => ImportResult = (t) => importPdfText(t), source = huaianText) {
  return (plant: boolean) => {
    const original = source();
    const changed = edit(original);
    if (changed === original) throw new Error("the edit changes nothing: update the rule case");
    return validate(ok(read(plant ? changed : original)));
  };
}

/** Thirty frequent characters in their Traditional forms: enough of a text to read as a Traditional mirror. */
const TRADITIONAL: Record<string, string> = {
  开: "開", 报: "報", 规: "規", 处: "處", 务: "務", 关: "關", 网: "網", 发: "發", 为: "為", 国: "國",
  决: "決", 请: "請", 实: "實", 体: "體", 监: "監", 门: "門", 项: "項", 条: "條", 费: "費", 数: "數",
  应: "應", 复: "復", 议: "議", 诉: "訴", 讼: "訟", 织: "織", 机: "機", 类: "類", 结: "結", 转: "轉",
};

/** 淮安's PDF text with no year stated anywhere (title, opening, statistics period, body). */
const withoutYear = (text: string) => text.replace(/2024 ?年/g, "本年");

/**
 * 淮安 2024's PDF text with 表三's rows (一、本年新收 … 四、结转下年度) replaced by the same cells copied down the
 * columns (the labels first, then each column's numbers): a garbled copy in which most rows cannot be read.
 */
function columnMajor(text: string): string {
  const lines = text.split("\n");
  const start = lines.findIndex((l) => l.startsWith("一、本年新收政府信息公开申请数量 "));
  const end = lines.findIndex((l) => l.startsWith("四、结转下年度继续办理 "));
  if (start < 0 || end < start) throw new Error("表三 not found in the PDF text: update the rule case");
  const region = lines.slice(start, end + 1).map((l) => /^(.*?) ?(\d+(?: \d+){6})$/.exec(l) ?? [l, l, ""]);
  const labels = region.map((m) => m[1]).filter((l) => l !== "");
  const numbers = region.filter((m) => m[2] !== "").map((m) => m[2].split(" "));
  const columns = [0, 1, 2, 3, 4, 5, 6].flatMap((c) => numbers.map((n) => n[c]));
  return [...lines.slice(0, start), ...labels, ...columns, ...lines.slice(end + 1)].join("\n");
}

/** A file checked by `xxgk check` (src/cli/batch/checkFile): a broken JSON file when planted, the fixture when not. */
async function checkedFile(plant: boolean): Promise<Finding[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "xxgk-rule-case-"));
  try {
    const file = path.join(dir, "报告.json");
    fs.writeFileSync(file, plant ? '{"meta": {"agency": "某局"' : JSON.stringify(fixtureInput("huaian-2024")));
    return (await checkFile(file, {})).findings;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The task pane's 一键校验 over the in-memory Excel: 表三 新收 商业企业 typed as text ('53) when planted. */
async function paneValidation(plant: boolean): Promise<Finding[]> {
  const layout = templateLayout("2021");
  const excel = createMemoryExcel();
  const adapter = new WorkbookAdapter(memoryHost(excel, { settings: memorySettings() }));
  const inserted = await adapter.insertTemplate({ edition: "2021", reportYear: 2024 });
  if (!inserted.ok) throw new Error(inserted.reason);
  const input = fixtureInput("huaian-2024");
  delete input.narrative;
  await excel.run((c) => typeValues(c, reportValues(layout, toReport(input))));
  const cell = layout.cellMap[cellKey("t3.newReceived", "commercial")];
  await excel.run(async (c) => (c.workbook.worksheets.getItem("表三").getRange(cell.address).values = [[plant ? "'53" : 53]]));
  const result = await adapter.validate();
  if (!result.ok) throw new Error(result.reason);
  return result.findings;
}

const OVERVIEW = "一、总体情况";
const OTHER = "六、其他需要报告的事项";
const REQUESTS_SENTENCE = "均在法定期限内予以答复。";

/** Every catalogued rule → a planted input that makes it fire. Keep in catalog order. */
export const ruleCases: Record<string, RuleCase> = {
  // — identities —
  "t3.columnBalance": {
    planted: "表三 四、结转下年度 自然人 and 总计 both 103 → 104 (the row still adds up; 一+二 ≠ （七）+四 in both columns)",
    findings: tables((i) => cells(i, "t3.carryForward", { 0: 104, 6: 104 })),
  },
  "t3.resultsTotal": {
    planted: "表三（一）予以公开 自然人 and 总计 1288 → 1289, 1362 → 1363 (the row adds up; （七）总计 ≠ Σ results)",
    findings: tables((i) => cells(i, "t3.disclosed", { 0: 1289, 6: 1363 })),
  },
  "t3.applicantTotal": {
    planted: "表三 一、本年新收 总计 3119 → 3120",
    findings: tables((i) => cells(i, "t3.newReceived", { 6: 3120 })),
  },
  "t4.groupTotal": {
    planted: "表四 行政复议 总计 351 → 350",
    findings: tables((i) => cells(i, "t4.cases", { 4: 350 })),
  },
  "identity.slip": {
    planted: "表三 新收 商业企业 53 → 54: its row and its column both off by 1, crossing at that cell",
    findings: tables((i) => cells(i, "t3.newReceived", { 1: 54 })),
  },
  // — cells —
  "cell.blank": {
    planted: "表三（三）1–2 自然人 and 商业企业 left blank (four cells no identity can tell apart)",
    findings: tables((i) => {
      cells(i, "t3.withheld.stateSecret", { 0: "", 1: "" });
      cells(i, "t3.withheld.prohibitedByLaw", { 0: "", 1: "" });
    }),
  },
  "cell.blankInferred": {
    planted: "表三（三）1 国家秘密 商业企业 left blank, its row and column otherwise filled (the identities force 0)",
    findings: tables((i) => cells(i, "t3.withheld.stateSecret", { 1: "" })),
  },
  "cell.placeholder": { planted: "表三 新收 科研机构 「/」", findings: tables((i) => cells(i, "t3.newReceived", { 2: "/" })) },
  "cell.fullWidth": { planted: "表三 新收 商业企业 「５３」", findings: tables((i) => cells(i, "t3.newReceived", { 1: "５３" })) },
  "cell.thousandsSeparator": { planted: "表二 行政许可 「447,228」", findings: tables((i) => cells(i, "t2.licensing", { 0: "447,228" })) },
  "cell.unit": { planted: "表三 新收 商业企业 「53件」", findings: tables((i) => cells(i, "t3.newReceived", { 1: "53件" })) },
  "cell.wrongUnit": { planted: "表二 收费金额 「961716000元」 in a 万元 column", findings: tables((i) => cells(i, "t2.fees", { 0: "961716000元" })) },
  "cell.unitMissing": {
    planted: "2019格式 表二 采购总金额 「366.47203」 without 元 or 万元",
    findings: tables((i) => cells(i, "t2.procurement", { 1: "366.47203" }), {}, "yuyao-2020"),
  },
  "cell.notNumber": { planted: "表三 新收 商业企业 「约五十」 (not a number)", findings: tables((i) => cells(i, "t3.newReceived", { 1: "约五十" })) },
  "cell.negative": { planted: "表三 新收 商业企业 −53", findings: tables((i) => cells(i, "t3.newReceived", { 1: -53 })) },
  "cell.notInteger": { planted: "表三 新收 商业企业 53.5", findings: tables((i) => cells(i, "t3.newReceived", { 1: 53.5 })) },
  "table.empty": { planted: "表四 every cell blank", findings: tables((i) => (i.rows["t4.cases"] = i.rows["t4.cases"].map(() => ""))) },
  // — edition and labels —
  "edition.yearMismatch": {
    planted: "余姚's 2019格式 report dated 2021 (the 2021格式 year)",
    findings: tables((i) => (i.meta.reportYear = 2021), {}, "yuyao-2020"),
  },
  "edition.unexpected": {
    planted: "a 2021格式 report checked with --edition 2019",
    findings: (plant) => tables(() => undefined, plant ? { expectedEdition: "2019" } : { expectedEdition: "2021" })(false),
  },
  "label.otherEdition": {
    planted: "表二 row labelled 「规范性文件」 (2019格式) in a 2021格式 table",
    findings: tables((i) => (i.sourceLabels = { "t2.normativeDocuments": "规范性文件" })),
  },
  "label.variant": {
    planted: "表三 row labelled 「一、本年新收到政府信息公开申请数量」",
    findings: tables((i) => (i.sourceLabels = { "t3.newReceived": "一、本年新收到政府信息公开申请数量" })),
  },
  // — metadata and input —
  "file.unreadable": { planted: "`xxgk check` on a JSON file cut off half-way", findings: checkedFile },
  "meta.agencyMissing": { planted: "机关名称 left empty", findings: tables((i) => (i.meta.agency = "")) },
  "input.unknownKey": { planted: "a row key no edition has (t3.madeUp)", findings: tables((i) => (i.rows["t3.madeUp"] = [1, 0, 0, 0, 0, 0, 1])) },
  "input.rowLength": { planted: "表三 新收 given six numbers for seven columns", findings: tables((i) => i.rows["t3.newReceived"].pop()) },
  // — plausibility and cross-year —
  "t2.regulationsLevel": { planted: "a township reporting 规章 (淮安's 1 制发, 11 现行有效)", findings: tables((i) => (i.meta.level = "township")) },
  "crossYear.carryOver": {
    planted: "2023's 结转下年度 自然人 and 总计 35 where 2024 carried over 34",
    findings: (plant) => tables(() => undefined, { lastYear: huaian2023(plant ? (i) => cells(i, "t3.carryForward", { 0: 35, 6: 35 }) : undefined) })(false),
  },
  "crossYear.inForceChain": {
    planted: "2023's 现行有效 规章 9 (9 + 1 − 0 ≠ 11)",
    findings: (plant) => tables(() => undefined, { lastYear: huaian2023(plant ? (i) => cells(i, "t2.regulations", { 2: 9 }) : undefined) })(false),
  },
  "crossYear.notPreviousYear": {
    planted: "2022's report given as last year's",
    findings: (plant) => tables(() => undefined, { lastYear: huaian2023(plant ? (i) => (i.meta.reportYear = 2022) : undefined) })(false),
  },
  "cell.storedAsText": { planted: "表三 新收 商业企业 typed as text ('53) in the pane's workbook", findings: paneValidation },
  // — the text against the tables —
  "narrative.figureMismatch": { planted: "「新增公开市政府规章2件」 (表二 says 1)", findings: text(OVERVIEW, "新增公开市政府规章1件", "新增公开市政府规章2件") },
  "narrative.shareMismatch": {
    planted: "「予以公开1362件，占44.67%」 (1362 ÷ 3050 = 44.66%)",
    findings: text(OVERVIEW, REQUESTS_SENTENCE, `${REQUESTS_SENTENCE}其中予以公开1362件，占44.67%。`),
  },
  "narrative.shareTruncated": {
    planted: "「予以公开1362件，占44.65%」 (1362 ÷ 3050 = 44.6557…%: cut off, not rounded)",
    findings: (plant) => text(OVERVIEW, REQUESTS_SENTENCE, `${REQUESTS_SENTENCE}其中予以公开1362件，占${plant ? "44.65" : "44.66"}%。`)(true),
  },
  "narrative.changeMismatch": {
    planted: "「结转下年度继续办理103件，较上年增长203.0%」 (103 against 34: 202.9%)",
    findings: (plant) =>
      text(OVERVIEW, REQUESTS_SENTENCE, `${REQUESTS_SENTENCE}结转下年度继续办理103件，较上年增长${plant ? "203.0" : "202.9"}%。`, () => ({
        lastYear: huaian2023(),
      }))(true),
  },
  "narrative.claimContradiction": {
    planted: "「本年度未收到政府信息公开申请」 (新收 3119)",
    findings: text(OVERVIEW, REQUESTS_SENTENCE, `${REQUESTS_SENTENCE}本年度未收到政府信息公开申请。`),
  },
  "narrative.figureConflict": {
    planted: "受理 3119件 in 一 and 3120件 in 六",
    findings: text(OTHER, "3940元。", "3940元。全年共受理政府信息公开申请3120件。"),
  },
  "narrative.ambiguousReceived": {
    planted: "「受理…3153件」 (新收 3119 + 上年结转 34)",
    findings: text(OVERVIEW, "受理政府信息公开申请3119件", "受理政府信息公开申请3153件"),
  },
  "narrative.feeNotReported": {
    planted: "六 without its 信息处理费 sentence (3940元 charged)",
    findings: sections((s) => (s[5].body = "无。")),
  },
  "narrative.supersededFormat": {
    planted: "a 2024 report citing 国办公开办函〔2019〕60号",
    findings: text("前言", "（国令第711号）（以下简称《条例》）规定编制", "和《中华人民共和国政府信息公开工作年度报告格式（试行）》（国办公开办函〔2019〕60号）要求编制"),
  },
  "narrative.promptLeft": {
    planted: "「【请填写：本年度存在的主要问题】」 left in 五",
    findings: text("五、存在的主要问题及改进情况", "对照上级", "【请填写：本年度存在的主要问题】对照上级"),
  },
  "narrative.duplication": {
    planted: "last year's text the same as this year's",
    findings: (plant) => {
      const last = fixtureInput("huaian-2024");
      last.meta.reportYear = 2023;
      if (!plant) delete last.narrative;
      return validate(toReport(fixtureInput("huaian-2024")), { lastYear: toReport(last) }).filter((f) => !f.rule.startsWith("crossYear."));
    },
  },
  "structure.sectionMissing": { planted: "五 left out", findings: sections((s) => s.splice(4, 1)) },
  "structure.sectionExtra": { planted: "a 「七、下一步工作打算」 section added", findings: sections((s) => s.push({ heading: "七、下一步工作打算", body: "继续做好政务公开工作。" })) },
  "structure.sectionOrder": { planted: "五 and 六 swapped", findings: sections((s) => ([s[4], s[5]] = [s[5], s[4]])) },
  "structure.headingVariant": {
    planted: "四 headed 「四、因政府信息公开工作被申请行政复议、提起行政诉讼情况」",
    findings: sections((s) => (s[3].heading = "四、因政府信息公开工作被申请行政复议、提起行政诉讼情况")),
  },
  // — what an importer could not read —
  "import.tableMissing": {
    planted: "PDF text without section 四 (表四 and its heading)",
    findings: importedWith((t) => t.replace(/四、政府信息公开行政复议、行政诉讼情况[\s\S]*?(?=五、存在的主要问题及改进情况)/, "")),
  },
  "import.tableCut": {
    planted: "web page cut off inside 表三 (before （五）1.信访举报投诉类申请)",
    findings: importedWith((page) => page.slice(0, page.indexOf("1.信访举报投诉类申请") - 40), (page) => importHtml(page), huaianPage),
  },
  "import.documentCut": {
    planted: "PDF text that stops at the end of 一、总体情况",
    findings: importedWith((t) => t.slice(0, t.indexOf("二、主动公开政府信息情况"))),
  },
  "import.digitRunAmbiguous": {
    planted: "表三 二、上年结转 glued to its label as 「340000035」 (no split adds up)",
    findings: imported("二、上年结转政府信息公开申请数量 34 0 0 0 0 0 34", "二、上年结转政府信息公开申请数量340000035"),
  },
  "import.tableUnreadable": {
    planted: "表三 copied cell by cell down the columns",
    findings: (plant) => validate(ok(importPdfText(plant ? columnMajor(huaianText()) : huaianText()))),
  },
  "import.rowMissing": { planted: "PDF text without 表三's 二、上年结转 line", findings: imported("二、上年结转政府信息公开申请数量 34 0 0 0 0 0 34\n", "") },
  "import.rowUnreadable": { planted: "表三（六）3 其他 with one number lost", findings: imported("3、其他 108 2 0 0 0 0 110", "3、其他 108 2 0 0 0 110") },
  "import.columnsByHeader": {
    planted: "web page whose 表三 header puts 总计 where 自然人 is and 自然人 where 总计 is",
    findings: imported("自然人</td>", "总计</td>", (page) => importHtml(replaced(page, "vertical-align:middle;\">总计</td></tr>", 'vertical-align:middle;">自然人</td></tr>')), huaianPage),
  },
  "import.rowUnrecognised": {
    planted: "a row 「三、本年度其他申请数量」 that no edition has",
    findings: imported("二、上年结转政府信息公开申请数量 34 0 0 0 0 0 34", "二、上年结转政府信息公开申请数量 34 0 0 0 0 0 34\n三、本年度其他申请数量 5 0 0 0 0 0 5"),
  },
  "import.rowsUnrecognised": {
    planted: "seven unknown rows in 表三 (five are named, the rest counted)",
    findings: imported(
      "二、上年结转政府信息公开申请数量 34 0 0 0 0 0 34",
      ["二、上年结转政府信息公开申请数量 34 0 0 0 0 0 34", ...[1, 2, 3, 4, 5, 6, 7].map((n) => `其他事项${n} ${n} 0 0 0 0 0 ${n}`)].join("\n"),
    ),
  },
  "import.rowOtherEdition": {
    planted: "a 2019格式 row 「（六）其他处理」 with numbers in a 2021格式 表三",
    findings: imported("（六）其\n他处理", "（六）其他处理 1 0 0 0 0 0 1\n（六）其\n他处理"),
  },
  "import.rowDuplicate": {
    planted: "表三 二、上年结转 twice, 34 and 35",
    findings: imported("二、上年结转政府信息公开申请数量 34 0 0 0 0 0 34", "二、上年结转政府信息公开申请数量 34 0 0 0 0 0 34\n二、上年结转政府信息公开申请数量 35 0 0 0 0 0 35"),
  },
  "import.lastYearUnread": {
    planted: "last year's published report (淮安's text dated 2023) without its 四、结转下年度 line",
    findings: (plant) => {
      const text2023 = huaianText().replace(/2024/g, "2023");
      const line = "四、结转下年度继续办理 103 0 0 0 0 0 103\n";
      const last = ok(importPdfText(plant ? replaced(text2023, line, "") : text2023));
      return tables(() => undefined, { lastYear: last })(false);
    },
  },
  "import.yearConflict": {
    planted: "the title says 2023, the statistics period 2024",
    findings: imported("2024 年政府信息公开工作年度报告", "2023 年政府信息公开工作年度报告"),
  },
  "import.yearInferred": {
    planted: "no year stated in the text; the file name 淮安市2024年….txt says it",
    findings: importedWith(withoutYear, (t) => importPdfText(t, { file: "淮安市2024年政府信息公开工作年度报告.txt" })),
  },
  "import.metaFromOption": {
    planted: "no year stated in the text; --year 2024 given",
    findings: importedWith(withoutYear, (t) => importPdfText(t, { reportYear: 2024 })),
  },
  "import.metaOptionIgnored": {
    planted: "--year 2023 given for a report that states 2024 (not planted: --year 2024)",
    findings: (plant) => validate(ok(importPdfText(huaianText(), { reportYear: plant ? 2023 : 2024 }))),
  },
  "import.traditional": {
    planted: "淮安's PDF text with thirty common characters written in Traditional (開 報 規 處 務 關 …)",
    findings: importedWith((t) => t.replace(/./g, (c) => TRADITIONAL[c] ?? c)),
  },
  "import.editionMixed": {
    planted: "表二 「规范性文件」 (2019格式) among 2021格式 labels",
    findings: imported("行政规范性文件 8 26 66", "规范性文件 8 26 66"),
  },
};
