import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { runCli } from "../helpers/cli";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "xxgk-options-"));
const published = path.join(__dirname, "..", "fixtures", "published", "huaian-shizhengfu-2024.txt");
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("--year, --edition and --level are checked one way by every command", () => {
  const commands = {
    template: (...args: string[]) => runCli("template", ...args, "-o", path.join(dir, "t.xlsx")),
    import: (...args: string[]) => runCli("import", published, "-o", path.join(dir, "i.json"), ...args),
  };

  test.each([
    [["--year", "2010"], ["--year 应为2019年以后的年度"]],
    [["--edition", "2020"], ["--edition 只能是 2019 或 2021"]],
    [["--edition", "2021", "--level", "火星"], ["--level 填的「火星」不是已知的层级，请改填以下之一：国务院部门、省级人民政府（含办公厅）、", "、乡镇人民政府、街道办事处、其他。 / unknown --level 火星; accepted: stateCouncilDepartment,"]],
  ])("%j: the same message and exit 2 from template and import", async (args, messages) => {
    for (const run of Object.values(commands)) {
      const result = await run(...args);
      expect(result.code).toBe(2);
      for (const message of messages) expect(result.err).toContain(message);
    }
  });

  test("the --level message is one plain Chinese sentence: the value, why, and every level by its Chinese name", async () => {
    const { err } = await commands.template("--level", "火星");
    const chinese = err.split(" / ")[0].trim();
    expect(chinese.match(/。/g)).toEqual(["。"]);
    expect(chinese.endsWith("。")).toBe(true);
    expect(chinese.match(/--level/g)).toHaveLength(1);
    expect(chinese.replace("--level", "")).not.toMatch(/[a-z]{3,}/); // no level ids in the Chinese sentence
    for (const label of ["国务院部门", "县级政府部门", "乡镇人民政府", "街道办事处"]) expect(chinese).toContain(label);
  });
});
