import * as fs from "node:fs";
import * as path from "node:path";
import { buildAddin } from "../helpers/build";
import { HANG_GUARD_MS } from "../helpers/timeouts";

describe("npm run build", () => {
  let dist: string;
  beforeAll(() => (dist = buildAddin()), HANG_GUARD_MS.addinBuild);

  test("emits the task pane page that loads both bundles (shared runtime)", () => {
    const html = fs.readFileSync(path.join(dist, "taskpane.html"), "utf8");
    expect(html).toContain("functions.js");
    expect(html).toContain("taskpane.js");
    expect(html).toContain("office.js");
  });

  test("emits functions.json from the JSDoc with the expected ids", () => {
    const metadata = JSON.parse(fs.readFileSync(path.join(dist, "functions.json"), "utf8"));
    const ids = metadata.functions.map((f: { id: string }) => f.id);
    expect(ids).toContain("EDITION");
    expect(metadata.functions.find((f: { id: string }) => f.id === "EDITION").description).toBe("返回某报告年度应使用的报告格式。");
  });

  test("copies the manifest and icons", () => {
    expect(fs.existsSync(path.join(dist, "manifest.xml"))).toBe(true);
    for (const size of [16, 32, 64, 80]) expect(fs.existsSync(path.join(dist, "assets", `icon-${size}.png`))).toBe(true);
  });
});
