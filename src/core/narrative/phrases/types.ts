import type { LevelId } from "../../editions";

/**
 * The generator's wording as data. Placeholders: {year} {subject} {agency} {n} {share} {change} {items}, and cell
 * keys in braces ({t2.licensing|decisions}) for 表二 restated cell by cell, and {change:KEY} for 「较上年…」 on a 表二 figure
 * (empty when last year does not hold it).
 *
 * Variants: a slot with several wordings takes variant (report year mod count), so consecutive years of the same
 * report do not read identically (evaluators penalise copied text, report-format.md §1). Every variant must be
 * recognised by the checker; the property test proves it.
 */
export type Variants = readonly string[];

/** A clause for a figure that may be zero: the "none" wording states the zero, so the checker can verify it. */
export interface SomeOrNone {
  some: Variants;
  none: Variants;
}

export interface PhraseBook {
  title: string;
  preamble: {
    basis: Variants;
    period: string;
    url: string;
    contact: string;
    /** 「地址：…」…, in this order, joined by contactSeparator. */
    contactFields: readonly { field: "address" | "postcode" | "phone" | "email"; label: string }[];
    contactSeparator: string;
    contactPrompt: string;
  };
  /** 「我市」「我局」…: how the text refers to the agency, by the end of its name. */
  subjects: readonly { suffix: string; subject: string }[];
  fallbackSubject: string;
  /** How a prompt for the clerk is written; the checker finds what is left of these (prompts.ts). */
  prompt: string;
  /** Appended to a figure when last year's report is known: {share} with one decimal. */
  change: { up: string; down: string; same: string };
  overview: {
    intro: string;
    subheadings: { proactive: string; requests: string; management: string; platform: string; oversight: string };
    proactiveMore: string;
    management: string;
    platform: string;
    oversight: string;
    /** For 各级人民政府 (条例第五十条: 工作考核、社会评议和责任追究结果情况). */
    oversightGovernment: string;
    governmentLevels: readonly LevelId[];
  };
  proactive: {
    /** {regulations} is the 规章 clause, or nothing where the level cannot make 规章 and they are all zero. */
    text: Variants;
    regulations: Variants;
    /** 2019格式 政府集中采购 (empty in the 2021格式). */
    procurement?: Variants;
    procurementWithoutAmount?: Variants;
  };
  requests: {
    summary: Variants;
    newReceived: SomeOrNone;
    carriedOver: SomeOrNone;
    total: SomeOrNone;
    carryForward: SomeOrNone;
    nothing: Variants;
    applicants: {
      both: Variants;
      onlyNaturalPersons: Variants;
      onlyOrganisations: Variants;
      organisationList: string;
      organisationItem: string;
      organisationSeparator: string;
    };
    results: {
      text: Variants;
      item: Variants;
      separator: string;
      /** The categories of （七）总计, in table order (figure ids of figures.ts) and how the text names them. */
      categories: readonly { figure: string; name: string }[];
    };
  };
  reviewLitigation: {
    sentence: Variants;
    none: Variants;
    review: SomeOrNone;
    litigation: SomeOrNone;
    outcomes: string;
    allUpheld: Variants;
    outcomeItem: string;
    outcomeSeparator: string;
    outcomeNames: { upheld: string; corrected: string; other: string; pending: string };
  };
  problems: { prompt: string };
  other: {
    feeCharged: Variants;
    feeNone: Variants;
    feePrompt: string;
    /** 2021格式: 表三（六）2 restated when not zero. */
    unpaidFee?: string;
    more: string;
  };
}
