import { parseReport } from "../../core/model/report";
import type { Report } from "../../core/model/report";

/**
 * The preview's sample: a made-up township's 2024 report (2021格式), small and consistent, except for two problems
 * left in on purpose so that 一键校验 has something to show — 表三「一、本年新收」的总计 typed as 16 (the row adds up
 * to 15) and 「/」 in 表四 instead of 0.
 */
export function sampleReport(): Report {
  const parsed = parseReport({
    meta: {
      agency: "示例镇人民政府",
      level: "township",
      reportYear: 2024,
      edition: "2021",
      contact: { office: "示例镇党政办公室", address: "示例县示例镇人民路1号", postcode: "000000", phone: "0000-0000000" },
      informationFeeYuan: 0,
    },
    rows: {
      "t2.regulations": [0, 0, 0],
      "t2.normativeDocuments": [2, 1, 15],
      "t2.licensing": [120],
      "t2.penalty": [35],
      "t2.enforcement": [3],
      "t2.fees": [0],
      "t3.newReceived": [12, 2, 0, 0, 1, 0, 16], // 总计 16: the row adds up to 15 (on purpose)
      "t3.carriedOver": [1, 0, 0, 0, 0, 0, 1],
      "t3.disclosed": [6, 1, 0, 0, 0, 0, 7],
      "t3.partlyDisclosed": [1, 0, 0, 0, 0, 0, 1],
      "t3.withheld.stateSecret": [0, 0, 0, 0, 0, 0, 0],
      "t3.withheld.prohibitedByLaw": [0, 0, 0, 0, 0, 0, 0],
      "t3.withheld.threeSecurities": [0, 0, 0, 0, 0, 0, 0],
      "t3.withheld.thirdParty": [1, 0, 0, 0, 0, 0, 1],
      "t3.withheld.internalAffairs": [0, 0, 0, 0, 0, 0, 0],
      "t3.withheld.processInformation": [0, 0, 0, 0, 0, 0, 0],
      "t3.withheld.enforcementFiles": [0, 0, 0, 0, 0, 0, 0],
      "t3.withheld.queryMatters": [0, 0, 0, 0, 0, 0, 0],
      "t3.unavailable.notHeld": [3, 1, 0, 0, 1, 0, 5],
      "t3.unavailable.needsCreation": [0, 0, 0, 0, 0, 0, 0],
      "t3.unavailable.unclearAfterCorrection": [0, 0, 0, 0, 0, 0, 0],
      "t3.notProcessed.complaint": [0, 0, 0, 0, 0, 0, 0],
      "t3.notProcessed.repeated": [0, 0, 0, 0, 0, 0, 0],
      "t3.notProcessed.publications": [0, 0, 0, 0, 0, 0, 0],
      "t3.notProcessed.massRepeated": [0, 0, 0, 0, 0, 0, 0],
      "t3.notProcessed.confirmation": [0, 0, 0, 0, 0, 0, 0],
      "t3.other.noCorrection": [0, 0, 0, 0, 0, 0, 0],
      "t3.other.unpaidFee": [0, 0, 0, 0, 0, 0, 0],
      "t3.other.other": [0, 0, 0, 0, 0, 0, 0],
      "t3.total": [11, 2, 0, 0, 1, 0, 14],
      "t3.carryForward": [2, 0, 0, 0, 0, 0, 2],
      "t4.cases": [1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, "/", 0], // 「/」 instead of 0 (on purpose)
    },
  });
  if (!parsed.success) throw new Error(`sample report: ${parsed.error.message}`);
  return parsed.data;
}
