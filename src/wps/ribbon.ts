/**
 * The WPS ribbon as data: the 「年报校验」 tab, its four buttons, and the page functions (callbacks) WPS calls by the
 * names written in ribbon.xml (CustomUI: onLoad, onAction, getImage, getEnabled). ribbon.xml is generated from this
 * (npm run package -- --wps), and the add-in page (./addin/index.ts) defines exactly these callbacks; the package
 * step loads the built page and refuses a ribbon whose callbacks do not all resolve to its functions.
 */

/** What a button asks of the task pane (the pane's hash command, ./paneCommands.ts). */
export type RibbonCommand = "insert" | "validate" | "generate" | "lastYear";

export interface RibbonButton {
  id: string;
  label: string;
  command: RibbonCommand;
  /** Shown as the button's tooltip. */
  screentip: string;
}

export const RIBBON = {
  tab: { id: "xxgkTab", label: "年报校验" },
  group: { id: "xxgkGroup", label: "政务公开年报" },
  buttons: [
    { id: "xxgkInsert", label: "插入模板", command: "insert", screentip: "在当前工作簿中插入标准填报模板" },
    { id: "xxgkValidate", label: "一键校验", command: "validate", screentip: "核对表二至表四的勾稽关系和填写情况" },
    { id: "xxgkGenerate", label: "生成正文", command: "generate", screentip: "按表格数字写出报告正文" },
    { id: "xxgkLastYear", label: "上年报告", command: "lastYear", screentip: "提供上年报告，核对跨年度数据" },
  ] satisfies RibbonButton[],
  /** CustomUI callback attribute → the page function WPS calls. */
  callbacks: { onLoad: "OnAddinLoad", onAction: "OnAction", getImage: "GetImage", getEnabled: "OnGetEnabled" },
  /** The buttons' picture, relative to the add-in's folder. */
  image: "assets/icon-32.png",
} as const;

const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");

/**
 * ribbon.xml. It starts with <customUI (no XML declaration): wpsjs's publish page accepts a ribbon.xml only when
 * the text starts so (wpsjs 2.2.3, src/lib/res/publish.html).
 */
export function ribbonXml(): string {
  const c = RIBBON.callbacks;
  const buttons = RIBBON.buttons.map(
    (b) =>
      `        <button id="${b.id}" label="${escape(b.label)}" screentip="${escape(b.screentip)}" size="large" onAction="${c.onAction}" getImage="${c.getImage}" getEnabled="${c.getEnabled}"/>`,
  );
  return [
    `<customUI xmlns="http://schemas.microsoft.com/office/2006/01/customui" onLoad="${c.onLoad}">`,
    `  <ribbon startFromScratch="false">`,
    `    <tabs>`,
    `      <tab id="${RIBBON.tab.id}" label="${escape(RIBBON.tab.label)}">`,
    `        <group id="${RIBBON.group.id}" label="${escape(RIBBON.group.label)}">`,
    ...buttons.map((b) => `  ${b}`),
    `        </group>`,
    `      </tab>`,
    `    </tabs>`,
    `  </ribbon>`,
    `</customUI>`,
    "",
  ].join("\n");
}

/** Every callback name a ribbon.xml refers to (CustomUI attributes on… and get…), to check against the page. */
export function ribbonCallbackNames(xml: string): string[] {
  const names = new Set<string>();
  for (const m of xml.matchAll(/\s(on[A-Z]\w*|get[A-Z]\w*)="([^"]+)"/g)) names.add(m[2]);
  return [...names].sort();
}
