import type { CellPlan, PrintPlan, SheetPlan, SheetProtectionPlan, SheetRole, StyleId } from "../types";

/** Only unlocked (input) cells can be edited; a clerk may still select anything and widen columns or rows. No password. */
export function protectInputsOnly(): SheetProtectionPlan {
  return { allow: ["selectLockedCells", "selectUnlockedCells", "formatColumns", "formatRows"] };
}

/** A sheet under construction: small helpers so each sheet builder reads like a description of the sheet. */
export class SheetDraft implements SheetPlan {
  tabColor?: string;
  columnWidths: Record<number, number> = {};
  hiddenColumns?: number[];
  rowHeights: Record<number, number> = {};
  cells: CellPlan[] = [];
  merges: string[] = [];
  validations: SheetPlan["validations"] = [];
  conditionalFormats: SheetPlan["conditionalFormats"] = [];
  freeze?: SheetPlan["freeze"];
  print: PrintPlan = {
    paper: "A4",
    orientation: "portrait",
    fitToWidth: true,
    centerHorizontally: true,
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6 },
  };
  protection?: SheetPlan["protection"];

  constructor(
    readonly name: string,
    readonly role: SheetRole,
  ) {}

  /** A literal cell; `merge` spans it over a range whose top-left is `address`. */
  value(address: string, value: string | number | undefined, style: StyleId, merge?: string): this {
    this.cells.push(value === undefined ? { address, style } : { address, value, style });
    if (merge) this.merges.push(merge);
    return this;
  }

  formula(address: string, formula: string, style: StyleId, merge?: string): this {
    this.cells.push({ address, formula, style });
    if (merge) this.merges.push(merge);
    return this;
  }

  /** Plain data, as the plan's consumers see it. */
  toPlan(): SheetPlan {
    const { name, role, tabColor, columnWidths, hiddenColumns, rowHeights, cells, merges, validations, conditionalFormats, freeze, print, protection } = this;
    return {
      name,
      role,
      ...(tabColor ? { tabColor } : {}),
      columnWidths,
      ...(hiddenColumns?.length ? { hiddenColumns } : {}),
      rowHeights,
      cells,
      merges,
      validations,
      conditionalFormats,
      ...(freeze ? { freeze } : {}),
      print,
      ...(protection ? { protection } : {}),
    };
  }
}
