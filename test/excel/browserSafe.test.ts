import * as fs from "node:fs";
import * as path from "node:path";

/**
 * The in-memory Excel and the Office.js renderer are bundled into the task pane (preview mode, browser tests):
 * everything they import, transitively, must be our own source — no Node built-ins, no packages.
 */

const SRC = path.join(__dirname, "..", "..", "src");

function importGraph(entry: string): { files: string[]; external: string[] } {
  const seen = new Set<string>();
  const external: string[] = [];
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = fs.readFileSync(file, "utf8");
    for (const m of text.matchAll(/^(?:import|export)\s+(type\s+)?[^;]*?from\s+"([^"]+)";/gms)) {
      if (m[1]) continue; // type-only imports vanish from the bundle
      const spec = m[2];
      if (!spec.startsWith(".")) {
        external.push(`${path.relative(SRC, file)} → ${spec}`);
        continue;
      }
      const base = path.resolve(path.dirname(file), spec);
      const resolved = [`${base}.ts`, path.join(base, "index.ts")].find((f) => fs.existsSync(f));
      if (!resolved) throw new Error(`cannot resolve ${spec} from ${file}`);
      visit(resolved);
    }
  };
  visit(entry);
  return { files: [...seen].map((f) => path.relative(SRC, f)), external };
}

test.each(["excel/memory/index.ts", "excel/templateRenderer.ts"])("%s imports only our own browser-safe source", (entry) => {
  const { files, external } = importGraph(path.join(SRC, entry));
  expect(external).toEqual([]);
  // The renderer must not drag in the report model (zod): only the plan's address arithmetic.
  if (entry === "excel/templateRenderer.ts") expect(files.some((f) => f.includes("model"))).toBe(false);
});

/** Every file under a folder of src, recursively. */
function sourceFiles(folder: string): string[] {
  const dir = path.join(SRC, folder);
  return fs.readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".ts")).map((f) => path.join(dir, f));
}

test("the Office.js host and the task pane never import the ExcelJS folder (host-free code lives in the core)", () => {
  const arrows: string[] = [];
  for (const file of [...sourceFiles("excel"), ...sourceFiles("taskpane")]) {
    const text = fs.readFileSync(file, "utf8");
    for (const m of text.matchAll(/from\s+"([^"]+)"/g)) {
      const target = path.resolve(path.dirname(file), m[1]);
      if (m[1].startsWith(".") && path.relative(SRC, target).split(path.sep)[0] === "xlsx") arrows.push(`${path.relative(SRC, file)} → ${m[1]}`);
    }
  }
  expect(arrows).toEqual([]);
});
