import { cellName, editionIndex, normalizeLabel } from "../core/editions";
import { cellLocation, findingOf } from "../core/findings";
import type { Finding } from "../core/findings";
import type { Report } from "../core/model/report";
import { generateNarrative } from "../core/narrative/generate";
import type { NarrativeDraft } from "../core/narrative/generate";
import { narrativeReadiness } from "../core/readiness";
import { templateLayout } from "../core/template/layout";
import type { TemplateLayout } from "../core/template/layout";
import type { TemplateOptions } from "../core/template/plan";
import { BLANK_RULES } from "../core/rules";
import { readTemplateCells } from "../core/template/reader";
import { validate } from "../core/validate";
import type { RequestContextLike } from "./api";
import type { ExcelHost } from "./host";
import { planHighlights, queueHighlights } from "./highlights";
import { NO_SETTINGS, officeErrorMessage, REQUIREMENTS } from "./messages";
import { draftRows, NARRATIVE_SETTING, sheetDraft, textFingerprint } from "./narrativeSheet";
import { MAX_NARRATIVE_ROWS, narrativeRowAddress, readPlan, readWorkbook, snapshotValue, tabNames, tabOf } from "./readWorkbook";
import type { WorkbookSnapshot } from "./readWorkbook";
import { findingTarget } from "./targets";
import type { FindingTarget } from "./targets";
import { officeLiteral } from "./textLiteral";

/**
 * The Office.js adapter: what the task pane asks of the open workbook, in as few round trips as Excel allows.
 *   validate  = 1 read + at most 1 write (the highlights)
 *   generate  = 1 read + 1 write (the text), never over a clerk's edits without `replace`; returns the written text
 *               as a draft, so the pane previews it without reading it back
 *   readText  = 1 read (copy, .docx)
 *   select    = 1 write
 *   insert    = the template renderer's 2 (see which sheets exist; draw them), refusing existing sheets without `replace`
 * Every action reports the context.sync() calls it made. Every cell address comes from the layout.
 */

export interface Syncs {
  read: number;
  write: number;
}

export type Failure = {
  ok: false;
  reason: string;
  syncs: Syncs;
  noTemplate?: boolean;
  needsConfirmation?: boolean;
  /** 生成正文: the tables have this many errors; generate only when the clerk chooses to (`anyway`). */
  tableErrors?: number;
};

export interface WorkbookRead {
  report: Report;
  /** The workbook's own 上年数据, when filled. */
  lastYearInWorkbook?: Report;
  layout: TemplateLayout;
  snapshot: WorkbookSnapshot;
}

export interface ValidateResult {
  ok: true;
  report: Report;
  findings: Finding[];
  /** Input cells left empty (custom functions see them as 0; the pane sees them). */
  unfilled: Finding[];
  /** Where each finding is in the workbook (same order as findings). */
  targets: (FindingTarget | undefined)[];
  /** Whether offending cells were highlighted in the workbook. */
  highlighted: boolean;
  /** Things the clerk should know about this host (a missing feature, a sheet that refused the highlights). */
  notes: string[];
  /** Which last-year report the cross-year checks used. */
  lastYearSource?: "given" | "workbook";
  syncs: Syncs;
}

export interface GenerateResult {
  ok: true;
  rows: string[];
  /** The rows written, read as the sheet: the same draft readText gives until the clerk edits them. */
  draft: NarrativeDraft;
  /** 「报告正文!A4:A63」 */
  address: string;
  notes: string[];
  syncs: Syncs;
}

export interface TextResult {
  ok: true;
  report: Report;
  rows: string[];
  draft: NarrativeDraft;
  syncs: Syncs;
}

export interface InsertResult {
  ok: true;
  warnings: string[];
  syncs: Syncs;
}

/** Document setting: sheets whose protection password refused the highlights (not tried again). */
const LOCKED_SETTING = "xxgk.lockedSheets";

/** A context whose syncs are counted (works for office.js and the in-memory workbook alike). */
function counting(context: RequestContextLike): RequestContextLike & { syncs: number } {
  const counted = {
    syncs: 0,
    workbook: context.workbook,
    sync: () => {
      counted.syncs++;
      return context.sync();
    },
  };
  return counted;
}

const errorCode = (e: unknown) => (e as { code?: string } | null)?.code;
const PLAIN_NUMBER = /^\s*[+-]?\d+(\.\d+)?\s*$/;

export class WorkbookAdapter {
  constructor(readonly host: ExcelHost) {}

  private supports(need: keyof typeof REQUIREMENTS): boolean {
    return this.host.isSetSupported("ExcelApi", REQUIREMENTS[need].version);
  }

  /** What this Excel cannot do, in Chinese (shown once when the pane opens). */
  limitations(): string[] {
    const notes: string[] = (Object.keys(REQUIREMENTS) as (keyof typeof REQUIREMENTS)[]).filter((k) => !this.supports(k)).map((k) => REQUIREMENTS[k].lost);
    if (!this.host.settings) notes.push(NO_SETTINGS);
    return notes;
  }

  private lockedSheets(): Set<string> {
    const value = this.host.settings?.get(LOCKED_SETTING);
    return new Set(Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : []);
  }

  /**
   * The one-sync read, inside a caller's context. A missing sheet fails that sync: then one more sync lists the
   * sheets, to say which are missing — or to find renamed tabs (stray spaces, full-width letters) and read again.
   */
  private async read(context: RequestContextLike & { syncs: number }, highlights: boolean): Promise<(WorkbookRead & { ok: true }) | Failure> {
    const syncs = () => ({ read: context.syncs, write: 0 });
    let snapshot: WorkbookSnapshot;
    try {
      snapshot = await readWorkbook(context, { highlights });
    } catch (e) {
      if (errorCode(e) !== "ItemNotFound") return { ok: false, reason: officeErrorMessage(e), syncs: syncs() };
      const worksheets = context.workbook.worksheets;
      worksheets.load("items/name");
      await context.sync();
      const present = worksheets.items.map((w) => w.name);
      const names = new Map<string, string>();
      const missing: string[] = [];
      for (const { name } of readPlan()) {
        const found = present.find((p) => p === name) ?? present.find((p) => normalizeLabel(p) === normalizeLabel(name));
        if (found) names.set(name, found);
        else missing.push(name);
      }
      if (missing.length === readPlan().length) {
        return { ok: false, noTemplate: true, reason: "当前工作簿还没有年报模板。请在「模板」中选择报告年度，点「插入模板」；或打开主管部门下发的模板文件。", syncs: syncs() };
      }
      if (missing.length > 0) {
        return { ok: false, reason: `工作簿缺少「${missing.join("」「")}」工作表（可能被删除或改名），无法读取。请恢复这些工作表，或重新插入模板。`, syncs: syncs() };
      }
      try {
        snapshot = await readWorkbook(context, { highlights, names });
      } catch (again) {
        return { ok: false, reason: officeErrorMessage(again), syncs: syncs() };
      }
    }
    const result = readTemplateCells(snapshot.cells, { sourceKind: "excel", maxNarrativeRows: MAX_NARRATIVE_ROWS });
    // The pane shows the refusal's Chinese; its English gloss is the command line's.
    if (!result.ok) return { ok: false, reason: result.reason, syncs: syncs() };
    const layout = templateLayout(result.report.meta.edition);
    return { ok: true, report: result.report, lastYearInWorkbook: result.lastYear, layout, snapshot };
  }

  /** Numbers stored as text: the core reads them, the template's native checks count them as 0. */
  private storedAsText(read: WorkbookRead): Finding[] {
    const index = editionIndex(read.layout.edition);
    const findings: Finding[] = [];
    const refs = [...Object.entries(read.layout.cellMap), ...Object.entries(read.layout.lastYear.cells).map(([k, r]) => [`lastYear:${k}`, r] as const)];
    for (const [key, ref] of refs) {
      const cell = snapshotValue(read.snapshot.sheets.get(ref.sheet), ref.address);
      if (cell.type !== "String" || !PLAIN_NUMBER.test(cell.text) || String(cell.formula ?? "").startsWith("=")) continue;
      const def = index.cell(key.replace(/^lastYear:/, ""));
      // Named by the tab the clerk sees, which may differ from the template's table name.
      const where = def ? `${cellName({ ...def.table, name: ref.sheet }, def.block, def.row, def.column)}（${ref.address}）` : `${ref.sheet}!${ref.address}`;
      const raw = cell.text.trim();
      const value = Number(raw);
      const location = { ...(def && cellLocation(def)), sheet: ref.sheet, cell: ref.address, ...(key.startsWith("lastYear:") ? {} : { key }) };
      findings.push(findingOf("cell.storedAsText", { where, raw, value }, location, value, raw));
    }
    return findings;
  }

  /** 一键校验: read, validate, highlight. */
  async validate(options: { lastYear?: Report } = {}): Promise<ValidateResult | Failure> {
    if (!this.supports("read")) return { ok: false, reason: REQUIREMENTS.read.lost, syncs: { read: 0, write: 0 } };
    const highlights = this.supports("highlights");
    const locked = this.lockedSheets();
    let newlyLocked: string[] = [];
    const outcome = await this.host
      .run(async (raw) => {
        const context = counting(raw);
        const read = await this.read(context, highlights);
        if (!read.ok) return read;
        const readSyncs = context.syncs;
        const lastYear = options.lastYear ?? read.lastYearInWorkbook;
        const findings = [...validate(read.report, { lastYear }), ...this.storedAsText(read)];
        const notes: string[] = highlights ? [] : [REQUIREMENTS.highlights.lost];
        // Each finding's place, once: the highlights use the template's sheet names, the list the workbook's tabs.
        const targets = findings.map((f) => findingTarget(f, read.layout, read.snapshot.narrativeRows));
        let highlighted = false;
        if (highlights) {
          const plan = planHighlights(findings, targets);
          const sheets = queueHighlights(context, read.snapshot, plan, locked);
          if (sheets.length > 0) {
            try {
              await context.sync();
            } catch {
              // A sheet refused (a protection password): the sheets before it are done; do the rest one by one.
              const bySheet = await this.highlightSheetBySheet(context, read.snapshot, sheets, plan);
              newlyLocked = bySheet.locked;
              if (bySheet.failure !== undefined) notes.push(officeErrorMessage(bySheet.failure));
            }
          }
          const refused = [...locked, ...newlyLocked].filter((s) => plan.has(s));
          highlighted = [...plan.keys()].some((s) => !refused.includes(s));
          if (refused.length) notes.push(`「${refused.join("」「")}」工作表设置了保护密码，加载项不能在其中标出有问题的单元格；请按列表逐项查看（点击可跳到该单元格）。`);
        }
        return {
          ok: true as const,
          report: read.report,
          findings,
          unfilled: findings.filter((f) => BLANK_RULES.includes(f.rule)),
          // Selecting goes to the sheet's tab as it is in this workbook (a renamed tab is still the template's sheet).
          targets: targets.map((target) => target && { ...target, sheet: tabOf(read.snapshot, target.sheet) }),
          highlighted,
          notes,
          lastYearSource: options.lastYear ? ("given" as const) : read.lastYearInWorkbook ? ("workbook" as const) : undefined,
          syncs: { read: readSyncs, write: context.syncs - readSyncs },
        };
      })
      .catch((e): Failure => ({ ok: false, reason: officeErrorMessage(e), syncs: { read: 0, write: 0 } }));
    if (outcome.ok && newlyLocked.length && this.host.settings) {
      this.host.settings.set(LOCKED_SETTING, [...new Set([...locked, ...newlyLocked])]);
      await this.host.settings.save().catch(() => undefined);
    }
    return outcome;
  }

  /**
   * The rare path: each sheet read and written on its own, so one refusing sheet does not stop the others. A sheet
   * that refuses is remembered as locked; a missing one is reported, never remembered.
   */
  private async highlightSheetBySheet(
    context: RequestContextLike & { syncs: number },
    read: WorkbookSnapshot,
    sheets: string[],
    plan: ReturnType<typeof planHighlights>,
  ): Promise<{ locked: string[]; failure?: unknown }> {
    const locked: string[] = [];
    let failure: unknown;
    const names = tabNames(read);
    for (const name of sheets) {
      try {
        const snapshot = await readWorkbook(context, { highlights: true, only: [name], names });
        queueHighlights(context, snapshot, plan);
        await context.sync();
      } catch (e) {
        // A protection password refuses the unprotect or the change (InvalidArgument, AccessDenied); a sheet that is
        // not there (renamed or deleted since the read) is a failure to report, not a lock to remember.
        if (errorCode(e) === "ItemNotFound") failure ??= e;
        else locked.push(name);
      }
    }
    return { locked, failure };
  }

  /** Selects a finding's cell: activates its sheet and selects the range (1 sync). */
  async select(target: FindingTarget): Promise<{ ok: true; syncs: Syncs } | Failure> {
    return this.host
      .run(async (raw) => {
        const context = counting(raw);
        const ws = context.workbook.worksheets.getItem(target.sheet);
        ws.activate();
        ws.getRange(target.select).select();
        await context.sync();
        return { ok: true as const, syncs: { read: 0, write: context.syncs } };
      })
      .catch((e): Failure => ({ ok: false, reason: officeErrorMessage(e), syncs: { read: 0, write: 1 } }));
  }

  /**
   * 生成正文: the text generated from the tables, written to 报告正文. First the core's rule for every host
   * (narrativeReadiness): empty tables are refused; tables with errors are written only `anyway` — the pane asks.
   * When the sheet holds text the add-in did not write (the clerk edited it, or typed their own), nothing is written
   * unless `replace` — the pane asks first. Both questions are answered from the one read.
   */
  async generate(options: { lastYear?: Report; replace?: boolean; anyway?: boolean } = {}): Promise<GenerateResult | Failure> {
    if (!this.supports("read")) return { ok: false, reason: REQUIREMENTS.read.lost, syncs: { read: 0, write: 0 } };
    const settings = this.host.settings;
    const outcome = await this.host
      .run(async (raw): Promise<(GenerateResult & { fingerprint: string }) | Failure> => {
        const context = counting(raw);
        const read = await this.read(context, false);
        if (!read.ok) return read;
        const readSyncs = context.syncs;
        const lastYear = options.lastYear ?? read.lastYearInWorkbook;
        const readiness = narrativeReadiness(read.report, { lastYear });
        if (!readiness.ready && (readiness.refuse || !options.anyway)) {
          return { ok: false, reason: readiness.message, tableErrors: readiness.refuse ? undefined : readiness.errors, syncs: { read: readSyncs, write: 0 } };
        }
        const existing = read.snapshot.narrativeRows;
        const hasText = existing.some((r) => r.trim() !== "");
        const written = settings?.get(NARRATIVE_SETTING);
        const ours = hasText && typeof written === "string" && written === textFingerprint(existing);
        if (hasText && !ours && !options.replace) {
          return {
            ok: false,
            needsConfirmation: true,
            reason: `「${read.layout.narrative.sheet}」工作表中已有文字，${typeof written === "string" ? "与加载项上次生成的不同（可能是您修改或补充的内容）" : "不是加载项生成的（可能是您自己写的）"}。替换后这些文字将丢失。`,
            syncs: { read: readSyncs, write: 0 },
          };
        }
        const draft = generateNarrative(read.report, { lastYear });
        const rows = draftRows(draft, read.layout);
        const count = Math.max(rows.length, existing.length);
        const first = narrativeRowAddress(read.layout, 0);
        const last = narrativeRowAddress(read.layout, count - 1);
        const range = context.workbook.worksheets.getItem(tabOf(read.snapshot, read.layout.narrative.sheet)).getRange(`${first}:${last}`);
        const padded = Array.from({ length: count }, (_, i) => [rows[i] ?? ""]);
        range.numberFormat = padded.map(() => ["@"]);
        // Text that Excel would read as a formula, a number or a date gets the text prefix: user text is never a formula.
        range.values = padded.map(([text]) => [text === "" ? "" : officeLiteral(text)]);
        range.format.wrapText = true;
        range.format.verticalAlignment = "Top";
        await context.sync();
        const written1 = narrativeRowAddress(read.layout, rows.length - 1);
        return {
          ok: true,
          rows,
          draft: sheetDraft(rows, read.report, read.layout),
          address: `${read.layout.narrative.sheet}!${first}:${written1}`,
          notes: settings ? [] : [NO_SETTINGS],
          syncs: { read: readSyncs, write: context.syncs - readSyncs },
          fingerprint: textFingerprint(rows),
        };
      })
      .catch((e): Failure => ({ ok: false, reason: officeErrorMessage(e), syncs: { read: 0, write: 0 } }));
    if (!outcome.ok) return outcome;
    const { fingerprint, ...result } = outcome;
    if (settings) {
      settings.set(NARRATIVE_SETTING, fingerprint);
      await settings.save().catch(() => result.notes.push("未能在工作簿中记下生成的正文：下次生成前会先询问是否替换。"));
    }
    return result;
  }

  /** The text in 报告正文 as the clerk left it, as a draft with the tables (copy, .docx): 1 read. */
  async readText(): Promise<TextResult | Failure> {
    return this.host
      .run(async (raw): Promise<TextResult | Failure> => {
        const context = counting(raw);
        const read = await this.read(context, false);
        if (!read.ok) return read;
        const rows = read.snapshot.narrativeRows.filter((r) => r.trim() !== "");
        if (rows.length === 0) {
          return { ok: false, reason: `「${read.layout.narrative.sheet}」工作表还没有文字，请先点「生成正文」。`, syncs: { read: context.syncs, write: 0 } };
        }
        return { ok: true, report: read.report, rows, draft: sheetDraft(rows, read.report, read.layout), syncs: { read: context.syncs, write: 0 } };
      })
      .catch((e): Failure => ({ ok: false, reason: officeErrorMessage(e), syncs: { read: 0, write: 0 } }));
  }

  /** The report alone (for the pane's header and the 上年报告 section): 1 read. */
  async readReport(): Promise<(WorkbookRead & { ok: true; syncs: Syncs }) | Failure> {
    return this.host
      .run(async (raw) => {
        const context = counting(raw);
        const read = await this.read(context, false);
        return read.ok ? { ...read, syncs: { read: context.syncs, write: 0 } } : read;
      })
      .catch((e): Failure => ({ ok: false, reason: officeErrorMessage(e), syncs: { read: 0, write: 0 } }));
  }

  /**
   * 插入模板 through the template renderer (ordinary range APIs). Existing sheets of the template are never
   * replaced unless `replace` (the pane asks first).
   */
  async insertTemplate(options: TemplateOptions, replace = false): Promise<(InsertResult & { existing: string[] }) | (Failure & { existing?: string[] })> {
    if (!this.supports("insert")) return { ok: false, reason: REQUIREMENTS.insert.lost, syncs: { read: 0, write: 0 } };
    const { buildTemplatePlan, renderTemplatePlan } = await import(/* webpackChunkName: "template" */ "./templateChunk");
    const plan = buildTemplatePlan(options);
    return this.host
      .run(async (raw) => {
        const context = counting(raw);
        const result = await renderTemplatePlan(context, plan, { isSetSupported: this.host.isSetSupported, existingSheets: replace ? "replace" : "refuse" });
        const syncs = { read: 1, write: context.syncs - 1 };
        if (!result.ok) return { ok: false as const, needsConfirmation: true, existing: result.existing, reason: result.message ?? "", syncs };
        return { ok: true as const, warnings: result.warnings, existing: result.existing, syncs };
      })
      .catch((e): Failure => ({ ok: false, reason: officeErrorMessage(e), syncs: { read: 0, write: 0 } }));
  }
}
