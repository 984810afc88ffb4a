import * as fs from "node:fs";
import * as path from "node:path";
import { validate } from "../../src/core";
import type { EditionId, Finding, LevelId, Report } from "../../src/core";
import { importText } from "../../src/core/import";
import { knownValues } from "../../src/core/validate/known";
import { transcribed } from "./helpers";

/**
 * The shared corpus of real published reports (test/fixtures/corpus, INDEX.tsv): what each states about itself and
 * the table rows it holds, transcribed here by reading each file — not by running the code. Many are excerpts (the
 * opening only, tables cut off part way): a partial table is not an absent table, a year stated in the opening is
 * stated, and where INDEX.tsv calls the tables consistent an identity error would be a false alarm.
 */

const CORPUS = path.join(__dirname, "..", "fixtures", "corpus");

interface Expected {
  agency: string;
  year: number;
  edition: EditionId;
  level?: LevelId;
  /** Rows as printed, cell by cell ("" where a cell is blank). */
  rows?: Record<string, string[]>;
  /** Every error, by rule. */
  errors: string[];
  /** Warnings that must be there (the problems INDEX.tsv names); others may be. */
  warnings?: string[];
}

const OPENING_ONLY = ["import.documentCut"];

const expected: Record<string, Expected> = {
  "004_shanghai_shizhengfu_bangongting_2020.txt": { agency: "上海市人民政府办公厅", year: 2020, edition: "2019", level: "provincialGovernment", errors: OPENING_ONLY },
  "006_xiaogan_shizhengfu_bangongshi_2020.txt": {
    agency: "孝感市人民政府办公室",
    year: 2020,
    edition: "2019",
    rows: { "t2.regulations": ["2", "2", "3"], "t2.normativeDocuments": ["11", "11", "119"] },
    errors: ["import.tableCut"],
    // Hubei's extra row 「其他主动公开文件」 (56, 45): not a row of the format, named.
    warnings: ["import.rowUnrecognised", "structure.headingVariant"],
  },
  "008_wuhan_shi_shengtai_huanjingju_2020.txt": {
    // A Traditional-character mirror; the agency is 「我局」 only.
    agency: "",
    year: 2020,
    edition: "2019",
    rows: {
      "t2.regulations": ["0", "0", "0"],
      "t2.normativeDocuments": ["2", "2", "19"],
      "t2.licensing": ["8", "5", "93"],
      "t2.otherServices": ["117", "0", "165"],
      "t2.penalty": ["90", "0", "22"],
      "t2.enforcement": ["4", "4", "-"],
      "t2.fees": ["", ""],
    },
    errors: ["import.tableCut"],
    warnings: ["import.traditional", "cell.placeholder", "cell.blank", "import.rowUnrecognised"],
  },
  "010_gaoling_qu_xingzheng_shenpi_fuwuju_2021.txt": {
    agency: "西安市高陵区行政审批服务局",
    year: 2021,
    edition: "2021",
    rows: {
      "t2.regulations": ["/", "/", "/"],
      "t2.normativeDocuments": ["/", "/", "/"],
      "t2.licensing": ["11839"],
      "t2.penalty": ["/"],
      "t2.enforcement": ["/"],
      "t2.fees": ["/"],
      "t3.newReceived": Array(7).fill("/"),
      "t3.carriedOver": Array(7).fill("/"),
      "t3.disclosed": Array(7).fill("/"),
      "t3.withheld.enforcementFiles": Array(7).fill("/"),
    },
    errors: ["import.tableCut"],
    // Every empty cell written 「/」: said once per block, read as 0 — not an identity error.
    warnings: ["cell.placeholder"],
  },
  "012_nanjing_gulou_huaqiaolu_jiedao_2021.txt": { agency: "南京市鼓楼区人民政府华侨路街道办事处", year: 2021, edition: "2021", level: "subdistrict", errors: OPENING_ONLY },
  "014_lianyungang_lianyun_sucheng_jiedao_2021.txt": { agency: "宿城街道办事处", year: 2021, edition: "2021", level: "subdistrict", errors: OPENING_ONLY },
  "016_laifeng_xian_zhengwu_fuwu_dashuju_2021.txt": {
    agency: "来凤县政务服务和大数据管理局",
    year: 2021,
    edition: "2021",
    rows: { "t2.regulations": ["0", "0", "0"], "t2.normativeDocuments": ["0", "0", "0"] },
    errors: ["import.tableCut"],
  },
  "018_shanxi_sheng_waishi_bangongshi_2021.txt": {
    agency: "山西省人民政府外事办公室",
    year: 2021,
    edition: "2021",
    errors: OPENING_ONLY,
    // A 2021 report citing the superseded 60号.
    warnings: ["narrative.supersededFormat"],
  },
  "020_taian_shizhengfu_bangongshi_2021.txt": { agency: "泰安市人民政府办公室", year: 2021, edition: "2021", errors: OPENING_ONLY },
  "022_chongqing_dazu_qu_waiban_2022.txt": { agency: "重庆市大足区人民政府外事办公室", year: 2022, edition: "2021", errors: OPENING_ONLY },
  "024_xinganmeng_shengtai_huanjingju_2022.txt": { agency: "兴安盟生态环境局", year: 2022, edition: "2021", errors: OPENING_ONLY },
  "026_shiyan_shengtai_huanjingju_yunyang_fenju_2022.txt": { agency: "十堰市生态环境局郧阳分局", year: 2022, edition: "2021", errors: OPENING_ONLY },
  "028_chongqing_kaizhou_qu_shengtai_huanjingju_2022.txt": { agency: "重庆市开州区生态环境局", year: 2022, edition: "2021", errors: OPENING_ONLY },
  "030_nileke_xian_mouzhen_2023.txt": {
    // 「我镇」: a township, its name not in the excerpt.
    agency: "",
    year: 2023,
    edition: "2021",
    level: "township",
    rows: {
      "t2.regulations": ["0", "0", "6"],
      "t2.normativeDocuments": ["0", "0", "0"],
      "t2.licensing": ["0"],
      "t2.penalty": ["0"],
      "t2.enforcement": ["0"],
      "t2.fees": ["0"],
      "t3.newReceived": Array(7).fill("0"),
      "t3.withheld.internalAffairs": Array(7).fill("0"),
    },
    errors: ["import.tableCut"],
    // A township reporting 规章 现行有效件数 6.
    warnings: ["t2.regulationsLevel"],
  },
  "032_changtu_xian_qijiazi_zhen_2023.txt": {
    agency: "昌图县七家子镇",
    year: 2023,
    edition: "2021",
    level: "township",
    rows: {
      "t2.regulations": ["0", "0", "0"],
      "t2.penalty": ["30"],
      "t3.newReceived": Array(7).fill("0"),
      "t3.carriedOver": Array(7).fill("0"),
    },
    errors: ["import.tableCut"],
    // The column label printed 「现行有效件」.
    warnings: ["label.variant"],
  },
  "034_kaili_shi_wanchao_zhen_2023.txt": {
    agency: "万潮镇",
    year: 2023,
    edition: "2021",
    level: "township",
    rows: { "t2.regulations": ["0", "0", "0"], "t2.normativeDocuments": ["0", "0", "0"], "t2.fees": ["0"] },
    errors: ["import.tableCut"],
    // 2021 tables with the 2019 label 「规范性文件」.
    warnings: ["label.otherEdition", "import.editionMixed"],
  },
  "036_shenzhen_longgang_qu_mou_bumen_2024.txt": {
    agency: "",
    year: 2024,
    edition: "2021",
    rows: {
      "t2.normativeDocuments": ["5", "1", "25"],
      "t3.newReceived": ["58", "7", "0", "0", "1", "0", "66"],
      "t3.carriedOver": ["2", "0", "0", "0", "0", "0", "2"],
      "t3.disclosed": ["2", "1", "0", "0", "0", "0", "3"],
      "t3.partlyDisclosed": ["16", "1", "0", "0", "0", "0", "17"],
      "t3.withheld.internalAffairs": ["1", "0", "0", "0", "0", "0", "1"],
      "t3.withheld.processInformation": ["0", "0", "0", "0", "0", "0", "0"],
    },
    // Its last row (7.属于行政执法案卷) has six cells: the excerpt stops inside it.
    errors: ["import.tableCut"],
  },
  "038_jingmen_dongbao_qu_2024.txt": { agency: "东宝区", year: 2024, edition: "2021", level: "countyGovernment", errors: OPENING_ONLY },
  "040_jiamusi_qianjin_qu_jiaoyuju_2020.txt": {
    agency: "前进区教育局",
    year: 2020,
    edition: "2019",
    rows: {
      "t2.regulations": ["0", "0", "0"],
      "t2.licensing": ["0", "0", "0"],
      "t2.enforcement": ["0", "0", "0"],
      "t2.procurement": ["0", "0"],
    },
    // 第二十条第（八）项 has two columns but one value: named, not placed.
    errors: ["import.rowUnreadable", "import.tableCut"],
  },
  "042_hangzhou_shi_jiaoyuju_2020.txt": { agency: "杭州市教育局", year: 2020, edition: "2019", errors: OPENING_ONLY },
  "044_anshan_shi_gonggong_ziyuan_jiaoyi_zhongxin_2019.txt": { agency: "鞍山市公共资源交易中心", year: 2019, edition: "2019", errors: OPENING_ONLY },
  "046_xiongxian_mouxiang_2019.txt": {
    // 「我乡」: labels printed, values left blank — 表三 and 表四 empty; 表二 has one lone 「0」 nobody can place.
    agency: "",
    year: 2019,
    edition: "2019",
    level: "township",
    // The file stops inside the heading 「五、存在的主」: 六 was never in it.
    errors: ["import.tableUnreadable", "import.documentCut", "table.empty", "table.empty"],
  },
  "048_weihai_wendeng_qu_xinfangju_2022_p8.txt": {
    agency: "威海市文登区信访局",
    year: 2022,
    edition: "2021",
    rows: { "t4.cases": Array(15).fill("0") },
    // Page 8 of a flipbook: from 四 to part of 五.
    errors: ["import.documentCut"],
    warnings: ["structure.headingVariant"],
  },
  "050_weihai_shi_zhengfu_bangongshi_2022.txt": { agency: "威海市人民政府办公室", year: 2022, edition: "2021", errors: OPENING_ONLY },
};

/** A corpus file, read as it is or as another tool would have written it (`rewrite`). */
function read(file: string, rewrite: (text: string) => string = (t) => t): Report {
  const result = importText(rewrite(fs.readFileSync(path.join(CORPUS, file), "utf8")), { file });
  if (!result.ok) throw new Error(`${file}: ${result.reason}`);
  return result.report;
}

/** What a report states about itself, in the shape of the expectations. */
const statedBy = (report: Report) => ({ agency: report.meta.agency, year: report.meta.reportYear, edition: report.meta.edition, level: report.meta.level });
const statedIn = (e: Expected) => ({ agency: e.agency, year: e.year, edition: e.edition, level: e.level });

const rows = (report: Report, keys: string[]) =>
  Object.fromEntries(keys.map((rowKey) => [rowKey, Object.keys(report.cells).filter((k) => k.startsWith(`${rowKey}|`)).map((k) => report.cells[k].raw)]));

const errorsOf = (findings: Finding[]) => findings.filter((f) => f.severity === "error").map((f) => f.rule).sort();

describe("the corpus: every file in INDEX.tsv has its expectations", () => {
  test("no file without expectations, none expected that is not there", () => {
    const listed = fs.readFileSync(path.join(CORPUS, "INDEX.tsv"), "utf8").split("\n").slice(1).map((l) => l.split("\t")[0]).filter(Boolean);
    expect([...listed].sort()).toEqual([...Object.keys(expected), "002_huaian_shi_renmin_zhengfu_2024.txt"].sort());
  });
});

describe.each(Object.entries(expected))("%s", (file, e) => {
  const report = read(file);
  const findings = validate(report);

  test("what it states about itself: agency without page chrome, year from wherever it is stated, level", () => {
    expect(statedBy(report)).toEqual(statedIn(e));
  });

  if (e.rows) {
    test("the rows it holds, exactly as printed", () => {
      expect(rows(report, Object.keys(e.rows!))).toEqual(e.rows);
    });
  }

  test("exactly the errors it has: no false identity error, the cut or missing tables said once", () => {
    expect(errorsOf(findings)).toEqual([...e.errors].sort());
    expect(findings.filter((f) => /^t[234]\./.test(f.rule) && f.severity === "error")).toEqual([]);
  });

  if (e.warnings) {
    test("the problems INDEX.tsv names are found", () => {
      const rules = new Set(findings.map((f) => f.rule));
      for (const rule of e.warnings!) expect([file, rules.has(rule)]).toEqual([file, true]);
    });
  }

  test("no finding quotes an expected value drawn from a blank cell", () => {
    const known = knownValues(report);
    for (const f of findings) {
      expect(f.message).not.toContain("已按0计算；没有发生的请填0。".replace(/^/, "未填写，"));
      if (f.expected === null || !f.location.keys) continue;
      if (!/^(t[34]\.|narrative\.)/.test(f.rule)) continue;
      for (const key of f.location.keys) expect([f.rule, key, known.value(key) !== undefined]).toEqual([f.rule, key, true]);
    }
  });
});

test("淮安 2024 in the corpus is the fixture: every cell as transcribed, nothing found", () => {
  const report = read("002_huaian_shi_renmin_zhengfu_2024.txt");
  expect(report.cells).toEqual(transcribed("huaian-2024").cells);
  expect(validate(report)).toEqual([]);
});

/**
 * The same reports as other tools hand them over: digits typed full-width (「２０２２年」, 「- ４ -」), zero-width spaces
 * from a web editor between the characters, letter-spaced Chinese from a PDF converter that placed each character
 * alone (「规 章 0 0 0」), Windows line ends, no-break spaces, table borders drawn 「｜」 or 「│」 with 「├──┼──┤」 rules
 * between rows (OCR, converters). Each is read as the file itself is: the same agency, year
 * and level, the same rows (a full-width digit is the digit it means), the same errors.
 */
const VARIANTS: Record<string, (text: string) => string> = {
  "full-width digits": (t) => t.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0x30 + 0xff10)),
  "zero-width spaces": (t) => t.replace(/([\u4e00-\u9fa5])(?=[\u4e00-\u9fa5])/g, "$1\u200b"),
  "letter-spaced": (t) => t.replace(/([\u4e00-\u9fa5])(?=[\u4e00-\u9fa5])/g, "$1 "),
  "CRLF line ends": (t) => t.replace(/\n/g, "\r\n"),
  "no-break spaces": (t) => t.replace(/ /g, "\u00a0"),
  "full-width bars": (t) => t.replace(/\|/g, "｜"),
  "box-drawing borders": (t) => t.split("\n").flatMap((l) => (l.includes("|") ? ["├──────┼──────┤", l.replace(/\|/g, "│")] : [l])).join("\n"),
};

const halfWidth = (s: string) => s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 0x30));

describe.each(Object.entries(VARIANTS))("the corpus with %s", (_variant, rewrite) => {
  test.each(Object.entries(expected))("%s", (file, e) => {
    const report = read(file, rewrite);
    expect(statedBy(report)).toEqual(statedIn(e));
    if (e.rows) {
      const read = rows(report, Object.keys(e.rows));
      expect(Object.fromEntries(Object.entries(read).map(([k, cells]) => [k, cells.map(halfWidth)]))).toEqual(e.rows);
    }
    expect(errorsOf(validate(report))).toEqual([...e.errors].sort());
  });
});
