/**
 * The shape of an edition (报告格式) as data. Everything a host needs to draw, read or check a table —
 * verbatim labels, stable keys, groups, value kinds — is declared here once and derived everywhere else.
 */

export type EditionId = "2019" | "2021";
export type TableId = "t2" | "t3" | "t4";

/**
 * What a cell holds.
 * - count: a non-negative whole number (件、项、个)
 * - signedCount: a whole number that may be negative (2019格式 「本年增/减」, often written 「+3」)
 * - amountWan: a non-negative decimal in 万元 (2021格式 「本年收费金额（单位：万元）」)
 * - freeAmount: an amount whose unit is written in the cell (2019格式 「采购总金额」: 「251000元」, 「366.47203万元」)
 */
export type ValueKind = "count" | "signedCount" | "amountWan" | "freeAmount";

/**
 * What each kind may hold, as the template's data validation, red formats and 校验 counts and validate()'s cell checks
 * read it: `number` false is free text (the unit written in the cell); `integer` and `negative` only mean something
 * for numbers.
 */
export interface KindRule {
  number: boolean;
  integer: boolean;
  negative: boolean;
  /** The unit the column's label fixes (「单位：万元」): a figure written in another unit is wrongly scaled. */
  unit?: string;
  /** Free text: the units an amount may be written in (one must be). */
  units?: readonly string[];
}

export const kindRules: Readonly<Record<ValueKind, KindRule>> = {
  count: { number: true, integer: true, negative: false },
  signedCount: { number: true, integer: true, negative: true },
  amountWan: { number: true, integer: false, negative: false, unit: "万元" },
  freeAmount: { number: false, integer: false, negative: false, units: ["元", "万元"] },
};

export const valueKinds = Object.keys(kindRules) as ValueKind[];

/** A header or row group: a label that spans several leaves and has no cell of its own. */
export interface GroupDef {
  key: string;
  label: string;
  /** Key of the enclosing group, if any. */
  parent?: string;
}

export interface ColumnDef {
  /** Stable ASCII key, unique within its block. */
  key: string;
  /** Verbatim leaf header label. */
  label: string;
  /** Enclosing header group, if any (innermost). */
  group?: string;
  kind: ValueKind;
  /** Wordings seen in real reports that mean this column. */
  aliases?: readonly string[];
}

export interface RowDef {
  /** Stable ASCII key, unique within the edition (e.g. `t3.withheld.stateSecret`). */
  key: string;
  /** Verbatim row label. */
  label: string;
  /** Enclosing row group, if any (innermost). */
  group?: string;
  aliases?: readonly string[];
}

/** A rectangular grid: rows × columns, every intersection an input cell. */
export interface BlockDef {
  key: string;
  /** Caption row above the block, e.g. 「第二十条第（一）项」. */
  caption?: string;
  /** Header of the row-label column, e.g. 「信息内容」. Absent where the official table has none. */
  rowHeader?: string;
  columns: readonly ColumnDef[];
  rows: readonly RowDef[];
  columnGroups?: readonly GroupDef[];
  rowGroups?: readonly GroupDef[];
  /** Text in the merged top-left corner (表三). */
  cornerNote?: string;
}

export interface TableDef {
  id: TableId;
  /** Short name used in messages: 「表二」. */
  name: string;
  /** Section heading the table sits under in the report: 「二、主动公开政府信息情况」. */
  heading: string;
  blocks: readonly BlockDef[];
}

export interface EditionDef {
  id: EditionId;
  /** 「2019格式」 */
  name: string;
  /** Title of the format document, without book-title marks. */
  formatTitle: string;
  /** 「国办公开办函〔2021〕30号」 */
  documentNumber: string;
  firstYear: number;
  /** Last report year the edition applies to; undefined = still current. */
  lastYear?: number;
  tables: readonly TableDef[];
}

/** A cell is addressed by row key and column key: `t3.withheld.stateSecret|naturalPerson`. */
export type CellKey = string;
