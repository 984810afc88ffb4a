import { editionForYear, editionIndex, editions, normalizeLabel } from "../../src/core";

const count = (id: "2019" | "2021", table: string) => editionIndex(id).cells.filter((c) => c.table.id === table).length;

describe("editions as data", () => {
  test("report years map to editions (2019格式 for 2019–2020, 2021格式 from 2021)", () => {
    expect(editionForYear(2018)).toBeUndefined();
    expect(editionForYear(2019)).toBe("2019");
    expect(editionForYear(2020)).toBe("2019");
    expect(editionForYear(2021)).toBe("2021");
    expect(editionForYear(2030)).toBe("2021");
  });

  test("cell counts match report-format.md §3–5", () => {
    expect(count("2021", "t2")).toBe(10);
    expect(count("2019", "t2")).toBe(22);
    expect(count("2021", "t3")).toBe(25 * 7);
    expect(count("2019", "t3")).toBe(23 * 7);
    expect(count("2021", "t4")).toBe(15);
    expect(count("2019", "t4")).toBe(15);
  });

  test("cell keys are unique ASCII", () => {
    for (const id of ["2019", "2021"] as const) {
      const keys = editionIndex(id).cells.map((c) => c.key);
      expect(new Set(keys).size).toBe(keys.length);
      for (const k of keys) expect(k).toMatch(/^[\x21-\x7e]+$/);
    }
  });

  test("verbatim labels (spot checks against the format text)", () => {
    const t3 = editions["2021"].tables[1].blocks[0];
    expect(t3.cornerNote).toBe("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）");
    expect(t3.rows.map((r) => r.label)).toContain("3.危及“三安全一稳定”");
    expect(t3.rows.map((r) => r.label)).toContain("2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请");
    expect(t3.columns.map((c) => c.label)).toEqual(["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"]);
    // No 法人或其他组织小计 column in the official grid.
    expect(t3.columns.some((c) => c.label.includes("小计"))).toBe(false);
    const t3old = editions["2019"].tables[1].blocks[0];
    expect(t3old.rows.filter((r) => r.label.startsWith("（六）"))).toHaveLength(1);
    expect(editions["2021"].tables[0].blocks[0].rows[1].label).toBe("行政规范性文件");
    expect(editions["2019"].tables[0].blocks[0].rows[1].label).toBe("规范性文件");
    expect(editions["2021"].tables[0].blocks[3].columns[0]).toMatchObject({ label: "本年收费金额（单位：万元）", kind: "amountWan" });
    expect(editions["2019"].tables[0].blocks[4].columns[1]).toMatchObject({ label: "采购总金额", kind: "freeAmount" });
    expect(editions["2019"].tables[0].blocks[1].columns[1]).toMatchObject({ label: "本年增/减", kind: "signedCount" });
  });

  test("label variants normalise to the verbatim label", () => {
    expect(normalizeLabel("1、申请人无正当理由逾期不补正，行政机关不再处理其政府信息公开申请")).toBe(
      normalizeLabel("1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
    );
    expect(normalizeLabel("(三) 不予公开")).toBe(normalizeLabel("（三）不予公开"));
    expect(normalizeLabel('3.危及"三安全一稳定"')).toBe(normalizeLabel("3.危及“三安全一稳定”"));
  });
});
