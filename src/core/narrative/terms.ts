import { editionIndex, normalizeLabel } from "../editions";
import type { EditionId } from "../editions";
import { claimDefs, SUB_ROW_RANK, subRowSynonyms, termsFor } from "./vocabulary";
import type { ClaimDef, TermDef } from "./vocabulary";

/**
 * The words the narrative reader looks for, compiled once per edition: the vocabulary's terms (vocabulary.ts) plus
 * every numbered 表三 row by its own label, and where each occurs in a sentence.
 */

export interface CompiledTerm {
  term: TermDef;
  regex: RegExp;
}

export interface TermMatch {
  start: number;
  end: number;
  term: TermDef;
}

export interface CompiledVocabulary {
  terms: readonly CompiledTerm[];
  /** The 表四 group words alone: all a sentence without numbers needs (the scope of 「均获维持」). */
  groupTerms: readonly CompiledTerm[];
  claims: readonly { def: ClaimDef; regex: RegExp; unless?: RegExp }[];
}

const vocabularies = new Map<EditionId, CompiledVocabulary>();

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The edition's terms, with every numbered 表三 row named by its own label (numbering stripped) and its synonyms. */
export function compiledVocabulary(edition: EditionId): CompiledVocabulary {
  let vocabulary = vocabularies.get(edition);
  if (vocabulary) return vocabulary;
  const index = editionIndex(edition);
  const t3 = index.table("t3").blocks[0];
  const subRowTerms: TermDef[] = [];
  for (const row of t3.rows) {
    const group = t3.rowGroups?.find((g) => g.key === row.group);
    if (!group?.parent || row.key.endsWith(".other")) continue;
    const label = normalizeLabel(row.label).replace(/^\d+\./, "").replace(/"/g, "[“”\"]?");
    const names = [label, ...(subRowSynonyms[row.key] ?? []).map(escape)];
    subRowTerms.push({ pattern: names.join("|"), target: { kind: "figure", figure: row.key }, rank: SUB_ROW_RANK });
  }
  const terms = [...termsFor(edition), ...subRowTerms].map((term) => ({ term, regex: new RegExp(term.pattern, "g") }));
  vocabulary = {
    terms,
    groupTerms: terms.filter((t) => t.term.target.kind === "t4Group"),
    claims: claimDefs.map((def) => ({
      def,
      regex: new RegExp(def.pattern, "g"),
      unless: def.kind === "zero" && def.unless ? new RegExp(def.unless) : undefined,
    })),
  };
  vocabularies.set(edition, vocabulary);
  return vocabulary;
}

/** Every term occurrence, without those inside a longer occurrence (「行政规范性文件」 hides 「规范性文件」). */
export function findTerms(sentence: string, terms: readonly CompiledTerm[]): TermMatch[] {
  const all: TermMatch[] = [];
  for (const { term, regex } of terms) {
    regex.lastIndex = 0;
    for (let m = regex.exec(sentence); m; m = regex.exec(sentence)) {
      if (m[0].length === 0) {
        regex.lastIndex++;
        continue;
      }
      all.push({ start: m.index, end: m.index + m[0].length, term });
    }
  }
  return all
    .filter((a) => !all.some((b) => b !== a && b.start <= a.start && b.end >= a.end && b.end - b.start > a.end - a.start))
    .sort((a, b) => a.start - b.start || a.end - b.end);
}
