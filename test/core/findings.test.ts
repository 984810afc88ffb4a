import { findingOf, formatMessage, ruleById, tableOfSection } from "../../src/core";

describe("one way to fill a message and build a finding", () => {
  test("formatMessage fills any {name} without braces, cell keys included; an unknown name stays visible", () => {
    expect(formatMessage("规章{t2.regulations|issued}件，{unknown}", { "t2.regulations|issued": 2 })).toBe("规章2件，{unknown}");
  });

  test("findingOf takes id and severity from the catalog and fills its message", () => {
    const finding = findingOf("file.unreadable", { reason: "文件已损坏" }, {}, null, null);
    expect(finding).toEqual({ rule: "file.unreadable", severity: ruleById("file.unreadable").severity, message: "文件已损坏", location: {}, expected: null, actual: null });
  });

  test("the sections holding a table, from sectionHeadings", () => {
    expect(["overview", "proactive", "requests", "reviewLitigation", "problems", "other"].map(tableOfSection)).toEqual([undefined, "t2", "t3", "t4", undefined, undefined]);
  });
});
