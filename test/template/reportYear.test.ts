import { editionArgument, reportYearArgument } from "../../src/core/blocks";
import { readReportYear, REPORT_YEAR_MAX, REPORT_YEAR_MIN } from "../../src/core/model/report";

describe("readReportYear: the one reading of a typed report year", () => {
  it("reads a year as a clerk types it", () => {
    expect(readReportYear(2024)).toBe(2024);
    expect(readReportYear("２０２４年")).toBe(2024);
    expect(readReportYear(" 2024 年度")).toBe(2024);
  });
  it("refuses what is not a four-digit year inside the schema's bounds", () => {
    expect(readReportYear(2024.5)).toBeUndefined();
    expect(readReportYear("24")).toBeUndefined();
    expect(readReportYear("2024年3月")).toBeUndefined();
    expect(readReportYear(REPORT_YEAR_MIN - 1)).toBeUndefined();
    expect(readReportYear(REPORT_YEAR_MAX + 1)).toBeUndefined();
    expect(readReportYear(REPORT_YEAR_MAX)).toBe(REPORT_YEAR_MAX);
  });
  it("bounds the block arguments as it bounds the template", () => {
    expect(editionArgument(9999).ok).toBe(false);
    expect(editionArgument("2021格式")).toEqual({ ok: true, value: "2021" });
    expect(reportYearArgument(REPORT_YEAR_MAX + 1).ok).toBe(false);
  });
});
