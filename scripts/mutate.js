#!/usr/bin/env node
// `npm run mutate [-- ID…] [--list]`: a short mutation check of the suite. Each planted bug in scripts/mutations.js
// is applied to the working tree alone, the tests named for it are run (jest --ci), and the file is put back. A
// mutation is "caught" when at least one of its tests fails. Not part of `npm test` (a few minutes on 2 cores).
//
// Exit status: 0 every mutation caught; 1 some mutation not caught (a gap: write the test that catches it); 2 the
// tests fail unmutated, or some mutation's text is no longer in its file (update scripts/mutations.js).
//
// The mutated file is restored after each run, on Ctrl+C, and — should this process die — on the next run, from
// test/output/mutate-backup.json. Do not run it while editing the files it mutates.
const { spawn } = require("node:child_process");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");

const ROOT = path.join(__dirname, "..");
const BACKUP = path.join(ROOT, "test", "output", "mutate-backup.json");
const JEST = path.join(ROOT, "node_modules", "jest", "bin", "jest.js");
const mutations = require("./mutations");

function usage() {
  console.log("usage: npm run mutate [-- ID…]    run all mutations, or those named\n       npm run mutate -- --list   list them");
}

/** Put back a file left mutated by a run that died. */
function recover() {
  if (!fs.existsSync(BACKUP)) return;
  const { file, content } = JSON.parse(fs.readFileSync(BACKUP, "utf8"));
  fs.writeFileSync(path.join(ROOT, file), content);
  fs.rmSync(BACKUP);
  console.log(`restored ${file} (left mutated by an interrupted run)`);
}

let running; // the jest child and the file to restore, while a mutation is applied

function restore() {
  if (!running) return;
  fs.writeFileSync(path.join(ROOT, running.file), running.original);
  fs.rmSync(BACKUP, { force: true });
  running = undefined;
}

for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
  process.on(signal, () => {
    running?.child?.kill("SIGTERM");
    restore();
    console.log(`\n${signal}: stopped; every file is as it was`);
    process.exit(130);
  });
}

/** Runs jest on `tests`; resolves to its JSON report (undefined when jest did not write one) and exit code. */
function jest(tests) {
  const out = path.join(os.tmpdir(), `xxgk-mutate-${process.pid}.json`);
  fs.rmSync(out, { force: true });
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [JEST, "--ci", "--silent", "--json", `--outputFile=${out}`, ...tests], { cwd: ROOT, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (d) => (stderr = (stderr + d).slice(-4000)));
    if (running) running.child = child;
    child.on("close", (code) => {
      const report = fs.existsSync(out) ? JSON.parse(fs.readFileSync(out, "utf8")) : undefined;
      fs.rmSync(out, { force: true });
      resolve({ code, report, stderr });
    });
  });
}

/** The names of the failing tests, and suites that could not run (a mutation that breaks the syntax). */
function failures(report) {
  const failed = [];
  for (const suite of report.testResults) {
    const file = path.relative(ROOT, suite.name);
    for (const a of suite.assertionResults) if (a.status === "failed") failed.push(`${file} › ${a.fullName}`);
    if (suite.status === "failed" && suite.assertionResults.every((a) => a.status !== "failed")) failed.push(`${file} (did not run: ${(suite.message || "").split("\n").find((l) => l.trim()) ?? ""})`);
  }
  return failed;
}

const count = (text, find) => text.split(find).length - 1;
const seconds = (start) => `${((Date.now() - start) / 1000).toFixed(0)} s`;

async function main() {
  const args = process.argv.slice(2);
  if (args.includes("--help") || args.includes("-h")) return usage();
  if (args.includes("--list")) {
    for (const m of mutations) console.log(`${m.id.padEnd(34)} ${m.file}\n${"".padEnd(34)} ${m.why}`);
    return;
  }
  const unknown = args.filter((a) => !mutations.some((m) => m.id === a));
  if (unknown.length) {
    console.error(`unknown mutation(s): ${unknown.join(", ")} (npm run mutate -- --list)`);
    process.exitCode = 2;
    return;
  }
  const chosen = args.length ? mutations.filter((m) => args.includes(m.id)) : mutations;
  recover();

  // Unmutated, the tests must pass: otherwise a failure says nothing about the mutation.
  const tests = [...new Set(chosen.flatMap((m) => m.tests))];
  const missing = tests.filter((t) => !fs.existsSync(path.join(ROOT, t)));
  if (missing.length) {
    console.error(`test files named in scripts/mutations.js do not exist: ${missing.join(", ")} — update the list`);
    process.exitCode = 2;
    return;
  }
  let start = Date.now();
  process.stdout.write(`baseline: ${tests.length} test files unmutated… `);
  const baseline = await jest(tests);
  if (baseline.code !== 0 || !baseline.report) {
    console.log(`FAILED (${seconds(start)})`);
    for (const f of baseline.report ? failures(baseline.report) : [baseline.stderr]) console.log(`  ${f}`);
    console.log("the tests must pass unmutated before mutations mean anything");
    process.exitCode = 2;
    return;
  }
  console.log(`pass (${seconds(start)})\n`);

  const results = [];
  for (const m of chosen) {
    const file = path.join(ROOT, m.file);
    const original = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : undefined;
    const found = original === undefined ? 0 : count(original, m.find);
    if (found !== 1) {
      const why = original === undefined ? `${m.file} no longer exists` : found === 0 ? "its text is no longer in the file" : `its text is in the file ${found} times`;
      results.push({ m, outcome: "not applicable", detail: `${why} — update the list` });
      console.log(`- ${m.id}: not applicable (${why}) — update scripts/mutations.js`);
      continue;
    }
    start = Date.now();
    running = { file: m.file, original };
    fs.mkdirSync(path.dirname(BACKUP), { recursive: true });
    fs.writeFileSync(BACKUP, JSON.stringify({ file: m.file, content: original }));
    let run;
    try {
      fs.writeFileSync(file, original.replace(m.find, () => m.replace));
      run = await jest(m.tests);
    } finally {
      restore();
    }
    const failed = run.report ? failures(run.report) : [];
    const caught = run.code !== 0 && (failed.length > 0 || !run.report);
    const files = [...new Set(failed.map((f) => path.basename(f.split(" ")[0])))];
    const detail = failed.length
      ? `${failed.length} failing in ${files.join(", ")}; first: ${failed[0]}`
      : run.report
        ? ""
        : `jest gave no report: ${run.stderr.trim().split("\n").pop()}`;
    results.push({ m, outcome: caught ? "caught" : "NOT CAUGHT", detail });
    console.log(`${caught ? "✓" : "✗"} ${m.id}: ${caught ? "caught" : "NOT CAUGHT"} (${seconds(start)})${detail ? `\n    ${detail}` : ""}`);
  }

  const by = (o) => results.filter((r) => r.outcome === o).length;
  console.log(`\n${by("caught")} caught, ${by("NOT CAUGHT")} not caught, ${by("not applicable")} not applicable, of ${results.length}`);
  for (const r of results.filter((x) => x.outcome === "NOT CAUGHT")) console.log(`  not caught: ${r.m.id} — ${r.m.why} (${r.m.file}; tests: ${r.m.tests.join(", ")})`);
  process.exitCode = by("NOT CAUGHT") > 0 ? 1 : by("not applicable") > 0 ? 2 : 0;
}

main().catch((e) => {
  restore();
  console.error(e);
  process.exitCode = 2;
});
