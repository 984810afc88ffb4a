import { cellKey, editionIndex, levelById } from "../editions";
import type { EditionId } from "../editions";
import { readCellText } from "../model/cellText";
import type { Report } from "../model/report";
import { formatMessage } from "../rules";
import type { MessageValues } from "../rules";
import { formatShare } from "../text";
import { applicantColumnSets, cellsAsWritten, figureCatalog, figureValue, lastYearFigureValue, sumCells } from "./figures";
import { phraseBooks } from "./phrases";
import type { PhraseBook, SomeOrNone, Variants } from "./phrases";

/**
 * The sentences the generator writes from the tables, each a pure function of the report (and last year's report for
 * 「较上年…」). Wording comes from the edition's phrase book; this file only chooses and fills.
 */

export interface SentenceOptions {
  /**
   * Last year's report (report year − 1), whole or partial (a workbook's 上年数据 holds 结转下年度 and, in the 2021格式,
   * 现行有效): adds 「较上年增长X%」 to each compared figure last year has.
   */
  lastYear?: Report;
}

/** The variant for a report year: consecutive years read differently (see phrases/types.ts). */
export function pick(variants: Variants, year: number): string {
  return variants[year % variants.length];
}

/** 表二's 现行有效件数 column (2021格式): the one 表二 figure compared with last year. */
const IN_FORCE = "inForce";

export function bookFor(report: Report): PhraseBook {
  return phraseBooks[report.meta.edition];
}

/** 「我市」「我局」… from the end of the agency's name; 「本机关」 when nothing fits. */
function subjectOf(report: Report): string {
  const book = bookFor(report);
  const agency = report.meta.agency.trim();
  return book.subjects.find((s) => agency.endsWith(s.suffix))?.subject ?? book.fallbackSubject;
}

export function promptText(report: Report, text: string): string {
  return formatMessage(bookFor(report).prompt, { text });
}

function lastYearOf(report: Report, options: SentenceOptions): Report | undefined {
  const last = options.lastYear;
  return last && last.meta.reportYear === report.meta.reportYear - 1 ? last : undefined;
}

function value(report: Report, id: string): number {
  const figure = figureCatalog(report.meta.edition).get(id);
  return figure ? (figureValue(report, figure) ?? 0) : 0;
}

/** 「，较上年增长12.3%」 — one decimal; nothing when last year is unknown, does not hold the figure, or had 0. */
function changeClause(report: Report, id: string, options: SentenceOptions): string {
  const last = lastYearOf(report, options);
  const previous = last && lastYearFigureValue(report, last, id);
  if (previous === undefined || previous === 0) return "";
  const current = value(report, id);
  const { change } = bookFor(report);
  if (current === previous) return change.same;
  return formatMessage(current > previous ? change.up : change.down, { share: formatShare(Math.abs(current - previous), previous, 1) });
}

function someOrNone(slot: SomeOrNone, n: number, year: number, extra: MessageValues = {}): string {
  return formatMessage(pick(n > 0 ? slot.some : slot.none, year), { n, ...extra });
}

/** 「结果维持72件，结果纠正64件，其他结果178件，尚未审结37件」 — zero outcomes left out. */
export function outcomeList(edition: EditionId, counts: { upheld: number; corrected: number; other: number; pending: number }): string {
  const r = phraseBooks[edition].reviewLitigation;
  return (["upheld", "corrected", "other", "pending"] as const)
    .filter((o) => counts[o] > 0)
    .map((o) => formatMessage(r.outcomeItem, { name: r.outcomeNames[o], n: counts[o] }))
    .join(r.outcomeSeparator);
}

/**
 * The 依申请公开 sentences the generator writes from 表三. Without last year (a cell formula has none) there is no
 * 「较上年…」; the custom function shows this in a cell.
 */
export function requestsSentence(report: Report, options: SentenceOptions = {}): string {
  const book = bookFor(report).requests;
  const year = report.meta.reportYear;
  const base = { year, subject: subjectOf(report) };
  const newReceived = value(report, "t3.newReceived");
  const carriedOver = value(report, "t3.carriedOver");
  const total = value(report, "t3.total");
  const carryForward = value(report, "t3.carryForward");
  if (newReceived === 0 && carriedOver === 0 && total === 0 && carryForward === 0) return formatMessage(pick(book.nothing, year), base);

  const summary = formatMessage(pick(book.summary, year), {
    ...base,
    newReceived: someOrNone(book.newReceived, newReceived, year, { change: changeClause(report, "t3.newReceived", options) }),
    carriedOver: someOrNone(book.carriedOver, carriedOver, year),
    total: someOrNone(book.total, total, year, { change: changeClause(report, "t3.total", options) }),
    carryForward: someOrNone(book.carryForward, carryForward, year, { change: changeClause(report, "t3.carryForward", options) }),
  });
  return summary + applicantsText(report, book, newReceived) + resultsText(report, book, total);
}

/** Who asked: 自然人 and 法人或其他组织 with their shares of 新收, the organisation types that are not zero. */
function applicantsText(report: Report, book: PhraseBook["requests"], newReceived: number): string {
  if (newReceived === 0) return "";
  const a = book.applicants;
  const year = report.meta.reportYear;
  const natural = value(report, "t3.newReceived@naturalPerson");
  const organisation = value(report, "t3.newReceived@organisation");
  const items = applicantColumnSets.organisation.columns
    .map((column) => ({ name: applicantColumnSets[column].name, n: sumCells(cellsAsWritten(report), [cellKey("t3.newReceived", column)]) ?? 0 }))
    .filter((x) => x.n > 0)
    .map((x) => formatMessage(a.organisationItem, x))
    .join(a.organisationSeparator);
  const organisationList = items ? formatMessage(a.organisationList, { items }) : "";
  if (organisation === 0) return pick(a.onlyNaturalPersons, year);
  if (natural === 0) return formatMessage(pick(a.onlyOrganisations, year), { organisationList });
  return formatMessage(pick(a.both, year), {
    naturalPerson: natural,
    naturalPersonShare: formatShare(natural, newReceived),
    organisation,
    organisationShare: formatShare(organisation, newReceived),
    organisationList,
  });
}

/** Results as shares of （七）总计, two decimals (formatShare, as the SHARE function prints them); zeros left out. */
function resultsText(report: Report, book: PhraseBook["requests"], total: number): string {
  if (total === 0) return "";
  const year = report.meta.reportYear;
  const items = book.results.categories
    .map((c) => ({ name: c.name, n: value(report, c.figure) }))
    .filter((c) => c.n > 0)
    .map((c) => formatMessage(pick(book.results.item, year), { ...c, share: formatShare(c.n, total) }))
    .join(book.results.separator);
  return formatMessage(pick(book.results.text, year), { total, items });
}

/** The 行政复议、行政诉讼 sentence the generator writes from 表四. */
export function reviewLitigationSentence(report: Report): string {
  const book = bookFor(report).reviewLitigation;
  const year = report.meta.reportYear;
  const base = { year, subject: subjectOf(report) };
  const group = (g: "review" | "litigation", slot: SomeOrNone) => {
    const v = (o: string) => value(report, `t4.${g}.${o}`);
    const total = v("total");
    const counts = { upheld: v("upheld"), corrected: v("corrected"), other: v("other"), pending: v("pending") };
    const outcomes = counts.upheld === total ? pick(book.allUpheld, year) : formatMessage(book.outcomes, { items: outcomeList(report.meta.edition, counts) });
    return someOrNone(slot, total, year, { outcomes });
  };
  if (value(report, "t4.review.total") === 0 && value(report, "t4.litigation.total") === 0) return formatMessage(pick(book.none, year), base);
  return formatMessage(pick(book.sentence, year), { ...base, review: group("review", book.review), litigation: group("litigation", book.litigation) });
}

/**
 * 表二 restated: 2021 制发/废止/现行有效 (with 「较上年…」 on 现行有效 when last year has it) and 处理决定; 2019
 * 新制作/新公开/对外公开总数量, 处理决定 and 政府集中采购.
 */
export function proactiveSentence(report: Report, options: SentenceOptions = {}): string {
  const book = bookFor(report).proactive;
  const year = report.meta.reportYear;
  const index = editionIndex(report.meta.edition);
  const cells: Record<string, string> = {};
  for (const def of index.cells) {
    if (def.table.id !== "t2") continue;
    cells[def.key] = String(report.cells[def.key]?.value ?? 0);
    // {change:t2.regulations|inForce}: the phrase book places it after the figures it compares.
    if (def.column.key === IN_FORCE) cells[`change:${def.key}`] = changeClause(report, def.key, options);
  }
  const regulationKeys = index.cells.filter((c) => c.row.key === "t2.regulations").map((c) => c.key);
  const level = levelById(report.meta.level);
  // 规章 are stated where the level makes them, or where any was reported (validate() warns about the latter).
  const showRegulations = level?.mayMakeRegulations === true || (sumCells(cellsAsWritten(report), regulationKeys) ?? 0) !== 0;
  let procurement = "";
  if (book.procurement && book.procurementWithoutAmount) {
    const amount = readCellText(report.cells["t2.procurement|procurementAmount"]?.raw);
    const written = amount.value !== null && (amount.unit === "元" || amount.unit === "万元") ? `${amount.value}${amount.unit}` : undefined;
    procurement = formatMessage(pick(written ? book.procurement : book.procurementWithoutAmount, year), { ...cells, amount: written });
  }
  return formatMessage(pick(book.text, year), {
    ...cells,
    year,
    subject: subjectOf(report),
    regulations: showRegulations ? formatMessage(pick(book.regulations, year), cells) : "",
    procurement,
  });
}

/** Section 六's 信息处理费 statement, or undefined when 基本信息 does not say (the draft then asks for it). */
export function feeSentence(report: Report): string | undefined {
  const book = bookFor(report).other;
  const fee = report.meta.informationFeeYuan;
  const year = report.meta.reportYear;
  if (fee === undefined) return undefined;
  return formatMessage(pick(fee > 0 ? book.feeCharged : book.feeNone, year), { year, subject: subjectOf(report), fee });
}

/** 2021格式: 表三（六）2 (applications dropped for unpaid fee notices) restated when not zero. */
export function unpaidFeeSentence(report: Report): string {
  const book = bookFor(report).other;
  const unpaid = report.cells["t3.other.unpaidFee|total"]?.value ?? 0;
  return book.unpaidFee && unpaid > 0 ? formatMessage(book.unpaidFee, { n: unpaid }) : "";
}
