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
