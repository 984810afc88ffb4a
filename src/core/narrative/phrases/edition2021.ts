import { commonPhrases } from "./common";
import type { PhraseBook } from "./types";

/** 2021格式 (国办公开办函〔2021〕30号, report years 2021 onward): 表二 制发/废止/现行有效, the fee row of 表三（六）. */
export const phrases2021: PhraseBook = {
  ...commonPhrases,
  proactive: {
    text: [
      "{year}年，{subject}{regulations}制发行政规范性文件{t2.normativeDocuments|issued}件、废止{t2.normativeDocuments|repealed}件，现行有效行政规范性文件{t2.normativeDocuments|inForce}件{change:t2.normativeDocuments|inForce}。全年作出行政许可处理决定{t2.licensing|decisions}件、行政处罚处理决定{t2.penalty|decisions}件、行政强制处理决定{t2.enforcement|decisions}件，行政事业性收费金额{t2.fees|feeAmount}万元。",
      "{year}年，{subject}{regulations}出台行政规范性文件{t2.normativeDocuments|issued}件，废止{t2.normativeDocuments|repealed}件，现行有效{t2.normativeDocuments|inForce}件{change:t2.normativeDocuments|inForce}。依法作出行政许可处理决定{t2.licensing|decisions}件，行政处罚处理决定{t2.penalty|decisions}件，行政强制处理决定{t2.enforcement|decisions}件，收取行政事业性收费{t2.fees|feeAmount}万元。",
    ],
    regulations: [
      "制发规章{t2.regulations|issued}件、废止{t2.regulations|repealed}件，现行有效规章{t2.regulations|inForce}件{change:t2.regulations|inForce}；",
      "出台规章{t2.regulations|issued}件，废止{t2.regulations|repealed}件，现行有效规章{t2.regulations|inForce}件{change:t2.regulations|inForce}；",
    ],
  },
  other: {
    ...commonPhrases.other,
    feeCharged: [
      "{year}年，{subject}严格落实《政府信息公开信息处理费管理办法》，全年收取政府信息公开信息处理费{fee}元。",
      "{subject}按照《政府信息公开信息处理费管理办法》规定，{year}年共收取政府信息公开信息处理费{fee}元。",
    ],
    feeNone: [
      "{year}年，{subject}严格落实《政府信息公开信息处理费管理办法》，未收取政府信息公开信息处理费。",
      "{subject}按照《政府信息公开信息处理费管理办法》规定，{year}年未收取政府信息公开信息处理费。",
    ],
    unpaidFee: "本年度因申请人逾期未按收费通知要求缴纳费用、不再处理的政府信息公开申请{n}件。",
  },
};
