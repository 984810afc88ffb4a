import { cellKey, editionIndex, tableOfSection } from "../editions";
import type { Report } from "../model/report";
import { recogniseSection } from "../text";
import { figureCatalog } from "./figures";
import type { Figure, FigureCatalog, ReviewGroup } from "./figures";
import { proseOf, splitSentences } from "./normalize";
import { readNumberTokens } from "./numberTokens";
import type { NumberToken } from "./numberTokens";
import { stripPrompts } from "./prompts";
import { compiledVocabulary, findTerms } from "./terms";
import type { CompiledVocabulary, TermMatch } from "./terms";
import {
  CHANGE_DOWN,
  CHANGE_LEAD,
  OTHER_PERIOD,
  PLAIN_REQUEST_WORDS,
  REVIEW_NEGATION,
  REVIEW_OUTCOME_WORDS,
  REVIEW_ZERO_GROUPS,
  SHARE_LEAD,
  UNCHANGED_AFTER,
  UNITLESS_FILLER,
  WINDOW_STOP,
} from "./vocabulary";
import type { ClaimDef, TermDef } from "./vocabulary";

/**
 * Reading figures out of text: every number is either tied to a figure of the tables (by the words before it, or a
 * few after it) or left alone. A number is tied only when the words leave no doubt; dates, document numbers, counts
 * of other things and approximate figures are never tied, so they are never flagged.
 */

export interface SentenceRef {
  /** Where the sentence is: the section heading as written, or 「前言」. */
  section: string;
  sentence: string;
}

export interface ValueStatement {
  kind: "value";
  figure: Figure;
  /** As stated, in the figure's unit (counts; amounts in 元). */
  stated: number;
  /** The number as written and its unit's size in 元 (amounts) — for comparing at the precision written. */
  written: { value: number; decimals: number; factor: number; text: string };
  /** 「不予公开105件」 */
  text: string;
  where: SentenceRef;
  term: TermDef;
  /** Offsets of `text` in the sentence. */
  span: { start: number; end: number };
}

export interface ShareStatement {
  kind: "share" | "change";
  /** The count the percentage follows. */
  of: ValueStatement;
  percent: { value: number; decimals: number; text: string };
  /** change only */
  direction?: "up" | "down" | "same";
  text: string;
  where: SentenceRef;
}

export interface ClaimStatement {
  kind: "claim";
  claim: ClaimDef["kind"] | "reviewZero";
  text: string;
  where: SentenceRef;
  /**
   * allUpheld / noCorrection: the 表四 groups in scope — every group the sentence names before the claim, after any
   * earlier claim and 「；」 (「行政复议1件、行政诉讼1件，均获维持」 is about both; 「…复议351件…；…诉讼46件，无败诉」 about
   * 诉讼) — or undefined for every group.
   */
  groups?: ReviewGroup[];
  /** zero: the figures that must be 0. */
  figures?: readonly Figure[];
}

export type Statement = ValueStatement | ShareStatement | ClaimStatement;

interface Candidate {
  figure: string;
  rank: number;
  match: TermMatch;
  /** The words state a decrease (「本年减少3项」): the figure is signed and the number negative. */
  negative?: boolean;
}

/** The last match before `position` satisfying `accept`, anywhere earlier in the sentence (a scope). */
function lastBefore(matches: readonly TermMatch[], position: number, accept: (m: TermMatch) => boolean): TermMatch | undefined {
  let found: TermMatch | undefined;
  for (const m of matches) {
    if (m.end > position) break;
    if (accept(m)) found = m;
  }
  return found;
}

/** The text left when the term spans (offsets relative to `text`) are taken out: what else the words say. */
function remainder(text: string, spans: readonly { start: number; end: number }[]): string {
  let out = "";
  let at = 0;
  for (const m of spans) {
    if (m.start > at) out += text.slice(at, m.start);
    at = Math.max(at, m.end);
  }
  return out + text.slice(at);
}

class SentenceReader {
  private readonly matches: TermMatch[];
  private readonly tokens: NumberToken[];

  constructor(
    private readonly sentence: string,
    private readonly where: SentenceRef,
    private readonly catalog: FigureCatalog,
    private readonly vocabulary: CompiledVocabulary,
    private readonly reportYear: number,
  ) {
    this.tokens = readNumberTokens(sentence);
    // Most sentences state no number: only the 表四 group words matter to them (for claims), not the whole vocabulary.
    const numbers = this.tokens.some((t) => t.kind !== "other");
    this.matches = findTerms(sentence, numbers ? vocabulary.terms : vocabulary.groupTerms);
  }

  read(): Statement[] {
    const statements: Statement[] = [];
    let cut = 0;
    let previous: { token: NumberToken; statement?: ValueStatement } | undefined;
    for (const token of this.tokens) {
      if (token.kind === "other") continue;
      if (token.kind === "percent") {
        const share = previous ? this.readPercent(token, previous.token, previous.statement) : undefined;
        if (share) statements.push(share);
        cut = token.end;
        previous = { token };
        continue;
      }
      const statement = this.readValue(token, cut);
      if (token.kind === "bare" && !statement) continue;
      statements.push(...(statement ? [statement] : []));
      if (statement) {
        const unchanged = this.readUnchanged(token, statement);
        if (unchanged) statements.push(unchanged);
      }
      cut = token.end;
      previous = { token, statement };
    }
    return [...statements, ...this.readClaims()];
  }

  private windowStart(position: number, cut: number): number {
    let start = position;
    while (start > cut && !WINDOW_STOP.test(this.sentence[start - 1])) start--;
    return start;
  }

  private readValue(token: NumberToken, cut: number): ValueStatement | undefined {
    const start = this.windowStart(token.start, cut);
    const inWindow = this.matches.filter((m) => m.start >= start && m.end <= token.start);
    let chosen = this.choose(inWindow, token.start, start);
    let after = false;
    if (chosen === undefined) {
      // A few terms follow their number: 「另有103件顺延到下年度答复」.
      let stop = token.end;
      while (stop < this.sentence.length && !WINDOW_STOP.test(this.sentence[stop])) stop++;
      const next = this.tokens.find((t) => t.start >= token.end && t.kind !== "other");
      if (next && next.start < stop) stop = next.start;
      const following = this.matches.filter((m) => m.start >= token.end && m.end <= stop && m.term.after);
      chosen = this.choose(following, token.start, token.end);
      after = chosen !== undefined;
    }
    if (!chosen || chosen === "ambiguous") return undefined;

    const windowText = this.sentence.slice(start, token.start);
    // A figure of another year (「上年新收…」「2023年…」) is not this year's.
    const rest = remainder(windowText, inWindow.map((m) => ({ start: m.start - start, end: m.end - start })));
    for (const m of rest.matchAll(OTHER_PERIOD)) {
      if (m[1] === undefined || Number(m[1]) !== this.reportYear) return undefined;
    }
    // A common verb names applications only among plain application words (「办理人大建议15件」 is not 办结).
    if (chosen.match.term.plainWindow && !PLAIN_REQUEST_WORDS.test(rest.replace(/[、，,；;：:（(）)“”"]/g, ""))) return undefined;

    const figure = this.catalog.get(chosen.figure);
    if (!figure) return undefined;
    if (token.kind === "bare") {
      // 「部分公开67，占4.61%」: a number without a unit right after its term, closed by punctuation.
      const between = this.sentence.slice(chosen.match.end, token.start);
      const next = this.sentence[token.numberEnd] ?? "";
      if (after || figure.unit !== "count" || !UNITLESS_FILLER.test(between) || !(next === "" || /[，,；;。、）)]/.test(next))) {
        return undefined;
      }
    } else if ((token.kind === "count") !== (figure.unit === "count")) {
      return undefined;
    }
    // A signed figure (本年增/减) takes its sign from the words (「减少3项」) or as written (「-3」「+3」).
    const sign = figure.signed ? (chosen.negative ? -1 : (token.sign ?? 1)) : 1;
    const written = { value: sign * token.value, decimals: token.decimals, factor: token.factor, text: this.sentence.slice(token.start, token.end) };
    const textStart = after ? token.start : chosen.match.start;
    const textEnd = after ? chosen.match.end : token.end;
    return {
      kind: "value",
      figure,
      stated: sign * token.value * token.factor,
      written,
      text: this.sentence.slice(textStart, textEnd),
      where: this.where,
      term: chosen.match.term,
      span: { start: textStart, end: textEnd },
    };
  }

  /** The figure the words in a window name, or "ambiguous", or undefined. */
  private choose(inWindow: readonly TermMatch[], position: number, windowStart: number): Candidate | "ambiguous" | undefined {
    if (inWindow.length === 0) return undefined;
    const candidates: Candidate[] = [];
    const last = (kind: string) => [...inWindow].reverse().find((m) => m.term.target.kind === kind);
    const scoped = (kind: string) => lastBefore(this.matches, position, (m) => m.term.target.kind === kind);
    // Words left in the window besides the terms: a scope from earlier in the sentence only reaches a short window
    // (「、废止26件」), never a long clause about something else.
    const shortWindow = () => {
      const text = this.sentence.slice(windowStart, position);
      const local = inWindow.map((m) => ({ start: m.start - windowStart, end: m.end - windowStart }));
      return remainder(text, local).replace(/[、，,；;：:（(]/g, "").length <= 6;
    };

    // 表二: a column word with its row (in the window, or earlier in the sentence), or a row with a single cell.
    const t2Column = last("t2Column");
    const t2RowHere = last("t2Row");
    if (t2Column && t2Column.term.target.kind === "t2Column") {
      const row = t2RowHere ?? (shortWindow() ? scoped("t2Row") : undefined);
      if (row && row.term.target.kind === "t2Row") {
        const id = cellKey(row.term.target.row, t2Column.term.target.column);
        if (this.catalog.get(id)) {
          const match = row.start < t2Column.start ? row : t2Column;
          candidates.push({ figure: id, rank: t2Column.term.rank, match, negative: t2Column.term.target.negative });
        }
      }
    } else if (t2RowHere && t2RowHere.term.target.kind === "t2Row") {
      // A row with one column (2021 行政许可, 行政处罚, 行政事业性收费) needs no column word.
      const columns = editionIndex(this.catalog.edition).rowHome(t2RowHere.term.target.row)?.block.columns ?? [];
      const id = columns.length === 1 ? cellKey(t2RowHere.term.target.row, columns[0].key) : undefined;
      if (id && this.catalog.get(id)) candidates.push({ figure: id, rank: t2RowHere.term.rank, match: t2RowHere });
    }

    // 表四: an outcome of the group in scope, or a group's total.
    const outcome = last("t4Outcome");
    const group = scoped("t4Group");
    if (outcome && outcome.term.target.kind === "t4Outcome") {
      if (group && group.term.target.kind === "t4Group") {
        candidates.push({ figure: `t4.${group.term.target.group}.${outcome.term.target.outcome}`, rank: outcome.term.rank, match: outcome });
      }
    } else {
      const groupHere = last("t4Group");
      if (groupHere && groupHere.term.target.kind === "t4Group") {
        candidates.push({ figure: `t4.${groupHere.term.target.group}.total`, rank: groupHere.term.rank, match: groupHere });
      }
    }

    // 表三 and 信息处理费: named figures, possibly narrowed to applicants. A category named as a cause (「因本机关不掌握
    // 等原因无法提供265件」) qualifies the one the number is of: it is not the figure when another follows it.
    const allNamed = inWindow.filter((m) => m.term.target.kind === "figure");
    const named = allNamed.filter((m, i) => !(i < allNamed.length - 1 && CAUSE_AFTER.test(this.sentence.slice(m.end, m.end + 12))));
    const column = last("t3Column");
    if (column && column.term.target.kind === "t3Column") {
      const rowTerm = bestOf(named.filter((m) => this.isT3Row(m)));
      if (rowTerm === "ambiguous") return "ambiguous";
      const row = rowTerm ?? (shortWindow() ? lastBefore(this.matches, position, (m) => this.isT3Row(m)) : undefined);
      if (rowTerm || shortWindow()) {
        const base = row && row.term.target.kind === "figure" ? row.term.target.figure : "t3.newReceived";
        candidates.push({ figure: `${base}@${column.term.target.set}`, rank: column.term.rank, match: row && row.start >= windowStart ? row : column });
      }
    } else {
      const best = bestOf(named);
      if (best === "ambiguous") return "ambiguous";
      if (best && best.term.target.kind === "figure") candidates.push({ figure: best.term.target.figure, rank: best.term.rank, match: best });
    }

    if (candidates.length === 0) return undefined;
    const top = Math.max(...candidates.map((c) => c.rank));
    const winners = candidates.filter((c) => c.rank === top);
    if (new Set(winners.map((c) => c.figure)).size > 1) return "ambiguous";
    return winners[0];
  }

  private isT3Row(m: TermMatch): boolean {
    return m.term.target.kind === "figure" && this.catalog.get(m.term.target.figure)?.t3Rows !== undefined;
  }

  private readPercent(token: NumberToken, previousToken: NumberToken, of: ValueStatement | undefined): ShareStatement | undefined {
    if (!of || token.approximate) return undefined;
    const lead = this.sentence.slice(previousToken.end, token.start);
    const percent = { value: token.value, decimals: token.decimals, text: this.sentence.slice(token.start, token.end) };
    const text = this.sentence.slice(of.span.start, token.end);
    if (SHARE_LEAD.test(lead)) return { kind: "share", of, percent, text, where: this.where };
    if (CHANGE_LEAD.test(lead)) return { kind: "change", of, percent, direction: CHANGE_DOWN.test(lead) ? "down" : "up", text, where: this.where };
    return undefined;
  }

  private readUnchanged(token: NumberToken, of: ValueStatement): ShareStatement | undefined {
    const m = UNCHANGED_AFTER.exec(this.sentence.slice(token.end));
    if (!m) return undefined;
    return {
      kind: "change",
      of,
      percent: { value: 0, decimals: 0, text: m[0] },
      direction: "same",
      text: `${of.text}${m[0]}`,
      where: this.where,
    };
  }

  private readClaims(): ClaimStatement[] {
    const claims: ClaimStatement[] = [];
    const clauseOf = (at: number) => {
      let s = at;
      while (s > 0 && !/[，,；;。]/.test(this.sentence[s - 1])) s--;
      let e = at;
      while (e < this.sentence.length && !/[，,；;。]/.test(this.sentence[e])) e++;
      return this.sentence.slice(s, e);
    };
    // Where each claim about 表四 starts its scope: after the claim before it.
    const reviewClaimEnds: number[] = [];
    for (const { def, regex } of this.vocabulary.claims) {
      if (def.kind === "zero") continue;
      regex.lastIndex = 0;
      for (let m = regex.exec(this.sentence); m; m = regex.exec(this.sentence)) reviewClaimEnds.push(m.index + m[0].length);
    }
    for (const { def, regex, unless } of this.vocabulary.claims) {
      regex.lastIndex = 0;
      for (let m = regex.exec(this.sentence); m; m = regex.exec(this.sentence)) {
        if (unless?.test(clauseOf(m.index))) continue;
        const claim: ClaimStatement = { kind: "claim", claim: def.kind, text: m[0], where: this.where };
        if (def.kind === "zero") {
          claim.figures = def.figures.map((id) => this.catalog.get(id)).filter((f): f is Figure => f !== undefined);
        } else {
          // Its scope: back to the claim before it or the clause break 「；」 before it, whichever is nearer.
          const at = m.index;
          const from = Math.max(0, ...reviewClaimEnds.filter((end) => end <= at), this.sentence.slice(0, at).search(/[；;][^；;]*$/) + 1);
          const groups = [
            ...new Set(
              this.matches
                .filter((t) => t.start >= from && t.start < at && t.term.target.kind === "t4Group")
                .map((t) => (t.term.target as { kind: "t4Group"; group: ReviewGroup }).group),
            ),
          ];
          if (groups.length > 0) claim.groups = groups;
        }
        claims.push(claim);
      }
    }
    claims.push(...this.readReviewZero());
    return claims;
  }

  /** 「未发生…行政复议和行政诉讼」: each group named after a negation, in a clause without numbers or outcome words. */
  private readReviewZero(): ClaimStatement[] {
    const claims: ClaimStatement[] = [];
    let offset = 0;
    for (const clause of this.sentence.split(/[，,；;。]/)) {
      const clauseStart = offset;
      offset += clause.length + 1;
      const negation = REVIEW_NEGATION.exec(clause);
      if (!negation) continue;
      const hasNumber = this.tokens.some((t) => t.kind !== "other" && t.start >= clauseStart && t.start < clauseStart + clause.length);
      if (hasNumber) continue;
      for (const { pattern, group } of REVIEW_ZERO_GROUPS) {
        pattern.lastIndex = 0;
        for (let m = pattern.exec(clause); m; m = pattern.exec(clause)) {
          if (m.index < negation.index || m.index - negation.index > 40) continue;
          if (REVIEW_OUTCOME_WORDS.test(clause.slice(m.index))) continue;
          const figure = this.catalog.get(`t4.${group}.total`);
          if (figure) claims.push({ kind: "claim", claim: "reviewZero", text: clause.slice(negation.index, m.index + m[0].length), where: this.where, figures: [figure] });
        }
      }
    }
    return claims;
  }
}

/** What follows a category named as a cause, not as what was counted: 「…等原因」「…的情形」「…相关政府信息等」. */
const CAUSE_AFTER = /^[^，,；;。\d]{0,8}?(?:等)?(?:原因|情形|情况)|^等/;

function bestOf(matches: readonly TermMatch[]): TermMatch | "ambiguous" | undefined {
  if (matches.length === 0) return undefined;
  const top = Math.max(...matches.map((m) => m.term.rank));
  const winners = matches.filter((m) => m.term.rank === top);
  const figures = new Set(winners.map((m) => (m.term.target.kind === "figure" ? m.term.target.figure : "")));
  if (figures.size > 1) return "ambiguous";
  return winners[winners.length - 1];
}

/**
 * Prose sentences are short; a run of thousands of characters without a full stop is a pasted table or garbage.
 * It is cut at 「；」 then 「，」, and what is still too long is not read (reading it would cost time quadratic in
 * its length, and it states nothing a reader could check).
 */
const LONGEST_SENTENCE = 600;

function boundedSentences(sentence: string): string[] {
  if (sentence.length <= LONGEST_SENTENCE) return [sentence];
  return sentence
    .split(/(?<=[；;])/)
    .flatMap((part) => (part.length <= LONGEST_SENTENCE ? [part] : part.split(/(?<=[，,])/)))
    .filter((part) => part.length <= LONGEST_SENTENCE);
}

/** Every sentence of a report's text (title excluded), normalised, with where it is. */
export function narrativeSentences(narrative: NonNullable<Report["narrative"]>): SentenceRef[] {
  const out: SentenceRef[] = [];
  const add = (section: string, body: string, tableSection: boolean) => {
    for (const sentence of splitSentences(proseOf(stripPrompts(body), { tableSection }))) {
      for (const part of boundedSentences(sentence)) out.push({ section, sentence: part });
    }
  };
  if (narrative.preamble) add("前言", narrative.preamble, false);
  for (const s of narrative.sections) add(s.heading.trim(), s.body, tableOfSection(recogniseSection(s.heading)) !== undefined);
  return out;
}

/** Every statement the text makes about the tables, in document order. */
export function readStatements(report: Report, sentences: readonly SentenceRef[]): Statement[] {
  const catalog = figureCatalog(report.meta.edition);
  const vocabulary = compiledVocabulary(report.meta.edition);
  return sentences.flatMap((where) => new SentenceReader(where.sentence, where, catalog, vocabulary, report.meta.reportYear).read());
}
