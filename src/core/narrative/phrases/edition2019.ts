import { commonPhrases } from "./common";
import type { PhraseBook } from "./types";

/**
 * 2019格式 (国办公开办函〔2019〕60号, report years 2019–2020): 表二 新制作/新公开/对外公开总数量, 处理决定数量 and
 * 政府集中采购; 表三（六）is one row. The 上一年项目数量 and 本年增/减 columns count list items, not decisions: the
 * generator does not restate them, but the checker compares them when a text does (vocabulary.ts).
 */
export const phrases2019: PhraseBook = {
  ...commonPhrases,
  proactive: {
    text: [
      "{year}年，{subject}{regulations}新制作规范性文件{t2.normativeDocuments|made}件、新公开规范性文件{t2.normativeDocuments|published}件，规范性文件对外公开总数量{t2.normativeDocuments|totalPublished}件。全年作出行政许可处理决定{t2.licensing|decisions}件、其他对外管理服务事项处理决定{t2.otherServices|decisions}件、行政处罚处理决定{t2.penalty|decisions}件、行政强制处理决定{t2.enforcement|decisions}件{procurement}。",
      "{year}年，{subject}{regulations}本年新制作规范性文件{t2.normativeDocuments|made}件，新公开{t2.normativeDocuments|published}件，对外公开总数量{t2.normativeDocuments|totalPublished}件。依法作出行政许可处理决定{t2.licensing|decisions}件，其他对外管理服务事项处理决定{t2.otherServices|decisions}件，行政处罚处理决定{t2.penalty|decisions}件，行政强制处理决定{t2.enforcement|decisions}件{procurement}。",
    ],
    regulations: [
      "新制作规章{t2.regulations|made}件、新公开规章{t2.regulations|published}件，规章对外公开总数量{t2.regulations|totalPublished}件；",
      "本年新制作规章{t2.regulations|made}件，新公开{t2.regulations|published}件，对外公开总数量{t2.regulations|totalPublished}件；",
    ],
    procurement: ["；政府集中采购项目{t2.procurement|procurementItems}个，采购总金额{amount}", "。实施集中采购项目{t2.procurement|procurementItems}个，金额合计{amount}"],
    procurementWithoutAmount: ["；政府集中采购项目{t2.procurement|procurementItems}个", "。实施集中采购项目{t2.procurement|procurementItems}个"],
  },
  other: {
    ...commonPhrases.other,
    feeCharged: [
      "{year}年，{subject}收取政府信息公开信息处理费{fee}元。",
      "{subject}{year}年共收取政府信息公开信息处理费{fee}元。",
    ],
    feeNone: ["{year}年，{subject}未收取政府信息公开信息处理费。", "{subject}{year}年办理政府信息公开申请时未向申请人收取信息处理费。"],
  },
};
