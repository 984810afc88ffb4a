import type { PhraseBook } from "./types";

/**
 * Wording shared by both editions: the parts the 2019 and 2021 formats do not change (表三 and 表四 are the same
 * tables except （六）). Edition files override what differs: 表二, the 信息处理费 wording, the 2021 fee row.
 * Patterns follow report-format.md §7; unambiguous by construction: 「新收」 and 「上年结转」 are always named
 * separately, never summed as 「受理」.
 */
export const commonPhrases: Omit<PhraseBook, "proactive" | "other"> & { other: Omit<PhraseBook["other"], "feeCharged" | "feeNone"> } = {
  title: "{agency}\n{year}年政府信息公开工作年度报告",
  preamble: {
    basis: [
      "根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《{formatTitle}》（{documentNumber}）要求，结合{agency}工作实际，编制本报告。",
    ],
    period: "本报告所列数据统计期限自{year}年1月1日起至{year}年12月31日止。",
    url: "本报告电子版可在{url}查阅和下载。",
    contact: "如对本报告有疑问，请与{office}联系（{details}）。",
    contactFields: [
      { field: "address", label: "地址：" },
      { field: "postcode", label: "邮编：" },
      { field: "phone", label: "电话：" },
      { field: "email", label: "电子邮箱：" },
    ],
    contactSeparator: "，",
    contactPrompt: "如对本报告有疑问的联系单位、地址、邮编、电话和电子邮箱（可填在基本信息中，生成时自动写入）",
  },
  subjects: [
    { suffix: "市人民政府", subject: "我市" },
    { suffix: "县人民政府", subject: "我县" },
    { suffix: "区人民政府", subject: "我区" },
    { suffix: "旗人民政府", subject: "我旗" },
    { suffix: "镇人民政府", subject: "我镇" },
    { suffix: "乡人民政府", subject: "我乡" },
    { suffix: "省人民政府", subject: "我省" },
    { suffix: "街道办事处", subject: "我街道" },
    { suffix: "办公厅", subject: "我厅" },
    { suffix: "办公室", subject: "我办" },
    { suffix: "委员会", subject: "我委" },
    { suffix: "厅", subject: "我厅" },
    { suffix: "局", subject: "我局" },
    { suffix: "委", subject: "我委" },
    { suffix: "中心", subject: "我中心" },
  ],
  fallbackSubject: "本机关",
  prompt: "【请填写：{text}】",
  change: { up: "，较上年增长{share}", down: "，较上年下降{share}", same: "，与上年持平" },
  overview: {
    intro: "本年度政府信息公开工作的总体情况（贯彻落实《条例》和上级部署的主要做法、成效）",
    subheadings: {
      proactive: "（一）主动公开情况",
      requests: "（二）依申请公开情况",
      management: "（三）政府信息管理情况",
      platform: "（四）政府信息公开平台建设情况",
      oversight: "（五）监督保障情况",
    },
    proactiveMore: "本年度主动公开的其他重点工作，如重点领域信息公开、政策解读、新闻发布、政府公报等",
    management: "政府信息管理情况，如公开属性源头认定、公开前保密审查、主动公开目录维护、政策文件清理等",
    platform: "政府信息公开平台建设情况，如政府网站公开专栏、政务新媒体、政府公报、政务服务场所等",
    oversight: "监督保障情况，如工作机制、教育培训、监督检查、责任追究等",
    oversightGovernment: "监督保障情况，如工作机制、教育培训，以及工作考核、社会评议和责任追究结果情况",
    governmentLevels: ["provincialGovernment", "prefecturalGovernment", "countyGovernment", "township"],
  },
  requests: {
    summary: ["{year}年，{subject}{newReceived}，{carriedOver}；{total}，{carryForward}。"],
    newReceived: {
      some: ["新收政府信息公开申请{n}件{change}", "共收到政府信息公开申请{n}件{change}"],
      none: ["未收到新的政府信息公开申请", "没有收到新的政府信息公开申请"],
    },
    carriedOver: {
      some: ["上年结转政府信息公开申请{n}件", "另有上年度结转的申请{n}件"],
      none: ["无上年结转的申请", "没有上年结转的申请"],
    },
    total: {
      some: ["本年度办结{n}件{change}", "全年共办结{n}件{change}"],
      none: ["本年度暂无办结的申请", "全年暂无办结的申请"],
    },
    carryForward: {
      some: ["结转下年度继续办理{n}件{change}", "另有{n}件结转下年度继续办理{change}"],
      none: ["无结转下年度继续办理的申请", "没有结转下年度继续办理的申请"],
    },
    nothing: ["{year}年，{subject}未收到政府信息公开申请，也无上年结转的申请。", "{year}年，{subject}全年没有收到政府信息公开申请，此前也没有上年结转的申请。"],
    applicants: {
      both: [
        "从申请人看，自然人提出{naturalPerson}件，占{naturalPersonShare}；法人或其他组织提出{organisation}件，占{organisationShare}{organisationList}。",
        "新收申请中，来自自然人的{naturalPerson}件，占{naturalPersonShare}；来自法人或其他组织的{organisation}件，占{organisationShare}{organisationList}。",
      ],
      onlyNaturalPersons: ["新收申请均由自然人提出。", "新收申请全部来自自然人。"],
      onlyOrganisations: ["新收申请均由法人或其他组织提出{organisationList}。", "新收申请全部来自法人或其他组织{organisationList}。"],
      organisationList: "（其中{items}）",
      organisationItem: "{name}{n}件",
      organisationSeparator: "、",
    },
    results: {
      text: ["本年度办结的{total}件申请中，{items}。", "在全年办结的{total}件申请中，{items}。"],
      item: ["{name}{n}件，占{share}", "{name}{n}件（占{share}）"],
      separator: "；",
      categories: [
        { figure: "t3.disclosed", name: "予以公开" },
        { figure: "t3.partlyDisclosed", name: "部分公开" },
        { figure: "t3.withheld", name: "不予公开" },
        { figure: "t3.unavailable", name: "无法提供" },
        { figure: "t3.notProcessed", name: "不予处理" },
        { figure: "t3.other", name: "其他处理" },
      ],
    },
  },
  reviewLitigation: {
    sentence: ["本年度，{subject}{review}；{litigation}。", "{year}年，{subject}{review}；{litigation}。"],
    none: [
      "本年度，{subject}未发生因政府信息公开工作被申请行政复议、提起行政诉讼的情况。",
      "{year}年，{subject}没有因政府信息公开工作被申请行政复议或者被提起行政诉讼。",
    ],
    review: {
      some: ["因政府信息公开工作被申请行政复议{n}件，{outcomes}", "涉及政府信息公开的行政复议{n}件，{outcomes}"],
      none: ["未发生因政府信息公开工作被申请行政复议的情况", "没有发生涉及政府信息公开的行政复议"],
    },
    litigation: {
      some: ["被提起政府信息公开行政诉讼{n}件，{outcomes}", "涉及政府信息公开的行政诉讼{n}件，{outcomes}"],
      none: ["未发生因政府信息公开工作被提起行政诉讼的情况", "没有发生涉及政府信息公开的行政诉讼"],
    },
    outcomes: "其中{items}",
    allUpheld: ["均获维持", "均被维持"],
    outcomeItem: "{name}{n}件",
    outcomeSeparator: "，",
    outcomeNames: { upheld: "结果维持", corrected: "结果纠正", other: "其他结果", pending: "尚未审结" },
  },
  problems: {
    prompt:
      "本年度政府信息公开工作存在的主要问题（一是……二是……），上年报告所列问题的改进情况，以及下一步的改进措施（针对上述问题，……）",
  },
  other: {
    feePrompt: "本年度收取政府信息公开信息处理费的情况（收取的金额，或写明未收取）",
    more: "如有其他需要报告的事项（如人大代表建议和政协提案办理结果公开情况、年度政务公开工作要点落实情况等），请在此补充",
  },
};
