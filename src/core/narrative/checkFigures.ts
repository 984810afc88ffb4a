import { editionIndex } from "../editions";
import type { EditionIndex } from "../editions";
import { findingOf } from "../findings";
import type { Finding, FindingLocation } from "../findings";
import type { Report } from "../model/report";
import { formatShare, shareScaled } from "../text";
import { excerptOf } from "./excerpt";
import { figureCatalog, figureValue, lastYearFigureValue, reviewGroupNames, sumCells } from "./figures";
import type { CellValues, Figure, FigureCatalog, ReviewGroup } from "./figures";
import { knownValues } from "../validate/known";
import type { KnownValues } from "../validate/known";
import type { ClaimStatement, ShareStatement, Statement, ValueStatement } from "./extract";
import { outcomeList } from "./sentences";

/**
 * Every statement the text makes, compared with the tables (report-format.md §6 rules 12–13). A statement whose
 * figure cannot be known (信息处理费 not given, a share of nothing) is skipped, never guessed.
 */

const AMOUNT_UNIT_NAMES: Readonly<Record<number, string>> = { 1: "元", 10000: "万元", 100000000: "亿元" };

/** Values as a reader sees them: counts with 件, amounts in the unit the text used. */
function display(figure: Figure, value: number, factor = 1): string {
  if (figure.unit === "count") return `${figure.signed && value > 0 ? "+" : ""}${value}件`;
  return `${trimNumber(value / factor)}${AMOUNT_UNIT_NAMES[factor] ?? "元"}`;
}

function trimNumber(n: number): string {
  return String(Math.round(n * 1e6) / 1e6);
}

/** Rounded half up or cut off at the precision written: both are honest ways to print the exact value. */
function agreesAtPrecision(written: number, decimals: number, exact: number): boolean {
  const scale = 10 ** decimals;
  const stated = Math.round(written * scale);
  const scaled = exact * scale;
  return stated === Math.floor(scaled + 0.5 + 1e-9) || stated === Math.floor(scaled + 1e-9);
}

function truncatedShare(count: number, base: number, decimals: number): number {
  return Math.floor((count * 10 ** (decimals + 2)) / base + 1e-9);
}

/** A written percentage agrees with count ÷ base rounded half up or cut off at the decimals written. */
function agreesWithShare(percent: { value: number; decimals: number }, count: number, base: number): boolean {
  const stated = Math.round(percent.value * 10 ** percent.decimals);
  return stated === shareScaled(count, base, percent.decimals) || stated === truncatedShare(count, base, percent.decimals);
}

class FigureChecker {
  readonly findings: Finding[] = [];
  private readonly catalog: FigureCatalog;
  private readonly index: EditionIndex;
  /** First statement of each figure, for rule 13. */
  private readonly firstStated = new Map<string, ValueStatement>();

  /** The tables as validate() reads them: a blank is unknown (undefined), a forced blank inferred. */
  private readonly valueOf: CellValues;

  constructor(
    private readonly report: Report,
    private readonly lastYear: Report | undefined,
    known: KnownValues,
  ) {
    this.catalog = figureCatalog(report.meta.edition);
    this.index = editionIndex(report.meta.edition);
    this.valueOf = known.value;
  }

  private figure(figure: Figure): number | undefined {
    return figureValue(this.report, figure, this.valueOf);
  }

  check(statement: Statement): void {
    if (statement.kind === "value") this.checkValue(statement);
    else if (statement.kind === "claim") this.checkClaim(statement);
    else if (statement.kind === "share") this.checkShare(statement);
    else this.checkChange(statement);
  }

  private location(statement: { where: { section: string; sentence: string } }, figure?: Figure, focus?: { start: number; end: number }): FindingLocation {
    const loc: FindingLocation = { section: statement.where.section, excerpt: excerptOf(statement.where.sentence, focus) };
    if (figure?.table) loc.table = this.index.table(figure.table).name;
    if (figure && figure.keys.length > 0) loc.keys = [...figure.keys];
    return loc;
  }

  private value(id: string): number | undefined {
    const figure = this.catalog.get(id);
    return figure ? this.figure(figure) : undefined;
  }

  private checkValue(s: ValueStatement): void {
    const expected = this.figure(s.figure);
    if (expected === undefined) return;
    const agrees =
      s.figure.unit === "count" ? s.stated === expected : agreesAtPrecision(s.written.value, s.written.decimals, expected / s.written.factor);
    if (!agrees && s.term.ambiguousSum) {
      const sum = s.term.ambiguousSum.reduce((total, id) => total + (this.value(id) ?? 0), 0);
      if (s.stated === sum) {
        const [newReceived, carriedOver] = s.term.ambiguousSum.map((id) => this.value(id) ?? 0);
        this.findings.push(
          findingOf("narrative.ambiguousReceived", { section: s.where.section, statement: s.text, newReceived, carriedOver }, this.location(s, s.figure, s.span), expected, s.stated),
        );
        return;
      }
    }
    if (!agrees) {
      const alternate = s.figure.alternates.find((a) => sumCells(this.valueOf, a.keys) === s.stated);
      const hint = alternate ? `正文的数字与${alternate.label}相同，可能把分项或单列当成了合计。` : "";
      this.findings.push(
        findingOf(
          "narrative.figureMismatch",
          { section: s.where.section, statement: s.text, name: s.figure.name, expected: display(s.figure, expected, s.written.factor), source: s.figure.source, hint },
          this.location(s, s.figure, s.span),
          s.figure.unit === "count" ? expected : Number(trimNumber(expected / s.written.factor)),
          s.written.value,
        ),
      );
    }
    this.checkRestated(s);
  }

  /** Rule 13: the same figure stated again with another value. */
  private checkRestated(s: ValueStatement): void {
    const first = this.firstStated.get(s.figure.id);
    if (!first) {
      this.firstStated.set(s.figure.id, s);
      return;
    }
    if (Math.abs(first.stated - s.stated) < 1e-6) return;
    const expected = this.figure(s.figure);
    this.findings.push(
      findingOf(
        "narrative.figureConflict",
        {
          section: s.where.section,
          name: s.figure.name,
          first: first.text,
          second: s.text,
          expected: expected === undefined ? "未知" : display(s.figure, expected, s.written.factor),
        },
        this.location(s, s.figure, s.span),
        first.written.value,
        s.written.value,
      ),
    );
  }

  private checkShare(s: ShareStatement): void {
    const figure = s.of.figure;
    const base = figure.shareBase ? this.catalog.get(figure.shareBase) : undefined;
    const count = this.figure(figure);
    const baseValue = base ? this.figure(base) : undefined;
    if (!base || count === undefined || !baseValue) return;
    const stated = Math.round(s.percent.value * 10 ** s.percent.decimals);
    if (stated === shareScaled(count, baseValue, s.percent.decimals)) return;
    const expected = formatShare(count, baseValue, s.percent.decimals) ?? "";
    const computation = `${figure.name}${count}件 ÷ ${base.name}${baseValue}件，${figure.source}`;
    // Cut off at the precision written (35 ÷ 805 = 4.347…% as 「4.34%」): not wrong, but not the rounded value.
    if (stated === truncatedShare(count, baseValue, s.percent.decimals)) {
      this.findings.push(findingOf("narrative.shareTruncated", { section: s.where.section, statement: s.text, expected, computation }, this.location(s, figure), expected, s.percent.text));
      return;
    }
    this.findings.push(
      findingOf(
        "narrative.shareMismatch",
        {
          section: s.where.section,
          statement: s.text,
          expected,
          computation,
          hint: this.shareHint(s, count, base),
        },
        this.location(s, figure),
        expected,
        s.percent.text,
      ),
    );
  }

  /** Which wrong base (or wrong count) the stated share was computed on, when one fits. */
  private shareHint(s: ShareStatement, count: number, base: Figure): string {
    const { value, decimals } = s.percent;
    const fits = (c: number, b: number) => b > 0 && Math.round(value * 10 ** decimals) === shareScaled(c, b, decimals);
    const candidates: { name: string; ids: readonly string[] }[] = [
      { name: "本年新收申请数", ids: ["t3.newReceived"] },
      { name: "本年新收与上年结转之和", ids: ["t3.newReceived", "t3.carriedOver"] },
      { name: "本年度办结数", ids: ["t3.total"] },
    ];
    for (const c of candidates) {
      if (c.ids.length === 1 && c.ids[0] === base.id) continue;
      const b = c.ids.reduce((t, id) => t + (this.value(id) ?? 0), 0);
      if (s.of.figure.table === "t3" && fits(count, b)) return `正文的比例是按${c.name}${b}件计算的，基数应为${base.name}。`;
    }
    const baseValue = this.figure(base) ?? 0;
    if (s.of.stated !== count && fits(s.of.stated, baseValue)) return `正文的比例按正文所写的${s.of.written.text}计算，但这个数字本身与表格不符。`;
    return "";
  }

  private checkChange(s: ShareStatement): void {
    const last = this.lastYear;
    if (!last || last.meta.reportYear !== this.report.meta.reportYear - 1) return;
    const figure = s.of.figure;
    const current = this.figure(figure);
    // Unknown when last year does not hold the figure as numbers (a blank is not 0), or 表二 across 2020→2021.
    const previous = lastYearFigureValue(this.report, last, figure.id);
    if (current === undefined || previous === undefined) return;
    const diff = current - previous;
    let expected: string;
    let agrees: boolean;
    if (s.direction === "same" || diff === 0) {
      expected = "与上年持平";
      agrees = diff === 0 && (s.direction === "same" || s.percent.value === 0);
    } else {
      if (previous === 0) return;
      const direction = diff > 0 ? "up" : "down";
      agrees = s.direction === direction && agreesWithShare(s.percent, Math.abs(diff), previous);
      expected = `较上年${diff > 0 ? "增长" : "下降"}${formatShare(Math.abs(diff), previous, s.percent.decimals)}`;
    }
    if (agrees) return;
    this.findings.push(
      findingOf(
        "narrative.changeMismatch",
        { section: s.where.section, statement: s.text, name: figure.name, last: display(figure, previous), current: display(figure, current), expected },
        this.location(s, figure),
        expected,
        s.text.slice(s.of.text.length).replace(/^[，,（(]/, ""),
      ),
    );
  }

  private checkClaim(s: ClaimStatement): void {
    if (s.claim === "zero" || s.claim === "reviewZero") {
      for (const figure of s.figures ?? []) {
        const value = this.figure(figure);
        if (value === undefined || value === 0) continue;
        this.contradiction(s, figure.source, `${figure.name.replace(/数$/, "")}${display(figure, value)}`, figure);
      }
      return;
    }
    // One finding for the claim, naming every group that contradicts it (「均获维持」 while a 复议 and a 诉讼 are pending).
    const groups: ReviewGroup[] = s.groups ?? ["review", "litigation"];
    const broken: { group: ReviewGroup; facts: string }[] = [];
    for (const group of groups) {
      const [total, upheld, corrected, other, pending] = (["total", "upheld", "corrected", "other", "pending"] as const).map((o) => this.value(`t4.${group}.${o}`));
      // A group whose numbers are not all known cannot be judged.
      if (total === undefined || upheld === undefined || corrected === undefined || other === undefined || pending === undefined) continue;
      const contradicts = s.claim === "allUpheld" ? total > 0 && upheld !== total : corrected > 0;
      if (!contradicts) continue;
      broken.push({ group, facts: `${reviewGroupNames[group]}${total}件，${outcomeList(this.report.meta.edition, { upheld, corrected, other, pending })}` });
    }
    if (broken.length === 0) return;
    const source = `${this.index.table("t4").name}${broken.map((b) => `「${reviewGroupNames[b.group]}」`).join("和")}`;
    this.contradiction(s, source, broken.map((b) => b.facts).join("；"), this.catalog.get(`t4.${broken[0].group}.total`));
  }

  private contradiction(s: ClaimStatement, source: string, facts: string, figure: Figure | undefined): void {
    this.findings.push(findingOf("narrative.claimContradiction", { section: s.where.section, claim: s.text, source, facts }, this.location(s, figure), facts, s.text));
  }
}

export function checkStatements(report: Report, statements: readonly Statement[], lastYear?: Report, known: KnownValues = knownValues(report)): Finding[] {
  const checker = new FigureChecker(report, lastYear, known);
  for (const s of statements) checker.check(s);
  return checker.findings;
}
