import { editions, levelById, sectionHeadings, tableOfSection } from "../editions";
import type { EditionId } from "../editions";
import type { Report } from "../model/report";
import { formatMessage } from "../rules";
import type { SectionKey } from "../text";
import {
  bookFor,
  feeSentence,
  pick,
  proactiveSentence,
  promptText,
  requestsSentence,
  reviewLitigationSentence,
  unpaidFeeSentence,
} from "./sentences";
import type { SentenceOptions } from "./sentences";
import { gridToText, tableGrid } from "./tables";
import type { TableGrid } from "./tables";

/**
 * The report a clerk would otherwise type, generated from the tables: the standard preamble, section 一 with its
 * five sub-headings (主动公开 and 依申请公开 written from the numbers, the rest as prompts), the three tables, a prompt
 * for 五, and 六 with the 信息处理费 statement. Structured, so the text output, the .docx and the task pane render it
 * their own way; `draftToNarrative` turns it into the report model's narrative, which the checker reads.
 */

export type DraftBlock =
  | { kind: "subheading"; text: string }
  /** Prose; may contain prompts 「【请填写：…】」 for what only a person can write. */
  | { kind: "paragraph"; text: string }
  | { kind: "table"; grid: TableGrid };

export interface DraftSection {
  key: SectionKey;
  heading: string;
  blocks: DraftBlock[];
}

export interface NarrativeDraft {
  edition: EditionId;
  reportYear: number;
  agency: string;
  /** Lines of the title: agency, then 「…年政府信息公开工作年度报告」. */
  title: string[];
  preamble: string;
  sections: DraftSection[];
}

export type GenerateOptions = SentenceOptions;

export { requestsSentence, reviewLitigationSentence };

function preamble(report: Report): string {
  const book = bookFor(report);
  const { agency, reportYear: year, contact, url } = report.meta;
  const edition = editions[report.meta.edition];
  const name = agency.trim() || book.fallbackSubject;
  const details = book.preamble.contactFields
    .filter((f) => contact?.[f.field])
    .map((f) => `${f.label}${contact?.[f.field]}`)
    .join(book.preamble.contactSeparator);
  const contactText = details
    ? formatMessage(book.preamble.contact, { office: contact?.office || name, details })
    : promptText(report, book.preamble.contactPrompt);
  return [
    formatMessage(pick(book.preamble.basis, year), { formatTitle: edition.formatTitle, documentNumber: edition.documentNumber, agency: name }),
    formatMessage(book.preamble.period, { year }),
    url ? formatMessage(book.preamble.url, { url }) : "",
    contactText,
  ].join("");
}

function overview(report: Report, options: GenerateOptions): DraftBlock[] {
  const o = bookFor(report).overview;
  const isGovernment = o.governmentLevels.includes(report.meta.level as never);
  const paragraph = (text: string): DraftBlock => ({ kind: "paragraph", text });
  const prompt = (text: string) => paragraph(promptText(report, text));
  return [
    prompt(o.intro),
    { kind: "subheading", text: o.subheadings.proactive },
    paragraph(proactiveSentence(report, options) + promptText(report, o.proactiveMore)),
    { kind: "subheading", text: o.subheadings.requests },
    paragraph(requestsSentence(report, options) + reviewLitigationSentence(report)),
    { kind: "subheading", text: o.subheadings.management },
    prompt(o.management),
    { kind: "subheading", text: o.subheadings.platform },
    prompt(o.platform),
    { kind: "subheading", text: o.subheadings.oversight },
    prompt(isGovernment ? o.oversightGovernment : o.oversight),
  ];
}

function otherMatters(report: Report): DraftBlock[] {
  const book = bookFor(report).other;
  const fee = feeSentence(report) ?? promptText(report, book.feePrompt);
  return [
    { kind: "paragraph", text: fee + unpaidFeeSentence(report) },
    { kind: "paragraph", text: promptText(report, book.more) },
  ];
}

export function generateNarrative(report: Report, options: GenerateOptions = {}): NarrativeDraft {
  const book = bookFor(report);
  const year = report.meta.reportYear;
  const agency = report.meta.agency.trim();
  const sections = sectionHeadings.map((s): DraftSection => {
    const table = tableOfSection(s.key);
    let blocks: DraftBlock[];
    if (table) blocks = [{ kind: "table", grid: tableGrid(report, table) }];
    else if (s.key === "overview") blocks = overview(report, options);
    else if (s.key === "problems") blocks = [{ kind: "paragraph", text: promptText(report, book.problems.prompt) }];
    else blocks = otherMatters(report);
    return { key: s.key, heading: s.heading, blocks };
  });
  return {
    edition: report.meta.edition,
    reportYear: year,
    agency,
    title: formatMessage(book.title, { agency: agency || (levelById(report.meta.level)?.label ?? ""), year }).split("\n").filter(Boolean),
    preamble: preamble(report),
    sections,
  };
}

function blockText(block: DraftBlock): string {
  return block.kind === "table" ? gridToText(block.grid) : block.text;
}

/** The draft as the body text of each section (tables as tab-separated rows), for the report model. */
export function draftToNarrative(draft: NarrativeDraft): NonNullable<Report["narrative"]> {
  return {
    title: draft.title.join("\n"),
    preamble: draft.preamble,
    sections: draft.sections.map((s) => ({ heading: s.heading, body: s.blocks.map(blockText).join("\n") })),
  };
}

/** Plain text: title, preamble, then each section's heading and blocks, one paragraph per line. */
export function narrativeToText(draft: NarrativeDraft, options: { tables?: boolean } = {}): string {
  const includeTables = options.tables ?? true;
  const lines = [...draft.title, "", draft.preamble];
  for (const section of draft.sections) {
    lines.push(section.heading);
    for (const block of section.blocks) if (block.kind !== "table" || includeTables) lines.push(blockText(block));
  }
  return `${lines.join("\n")}\n`;
}
