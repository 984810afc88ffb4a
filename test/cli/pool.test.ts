import * as path from "node:path";
import { checkFiles } from "../../src/cli/batch/pool";

// The pool with a stand-in worker (no workbooks involved): crashes cost exactly the file being checked.
const crashing = path.join(__dirname, "fixtures", "crashing-worker.cjs");

describe("worker pool", () => {
  test("a worker that dies costs only the file it was checking; files queued behind it are still checked", async () => {
    const files = Array.from({ length: 40 }, (_, i) => (i % 9 === 4 ? `${i}-crash` : i % 5 === 0 ? `${i}-slow` : `${i}-ok`));
    const seen: number[] = [];
    const results = await checkFiles(files, {}, { jobs: 2, workerScript: crashing, onResult: (_, done) => seen.push(done) });
    expect(results.map((r) => r.file)).toEqual(files);
    for (const r of results) {
      if (r.file.includes("crash")) {
        expect(r.findings.map((f) => f.rule)).toEqual(["file.unreadable"]);
        expect(r.findings[0].message).toContain("检查这个文件时程序出错");
        expect(r.unreadable).toContain("worker exited with code 3");
      } else {
        expect(r).toMatchObject({ agency: r.file, findings: [] });
      }
    }
    expect(seen).toEqual(files.map((_, i) => i + 1));
  });

  test("every file crashing still ends, each reported", async () => {
    const files = Array.from({ length: 10 }, (_, i) => `${i}-crash`);
    const results = await checkFiles(files, {}, { jobs: 2, workerScript: crashing });
    expect(results.every((r) => r.unreadable?.includes("code 3"))).toBe(true);
  });
});
