// Preloaded (node -r) into a measured process: at exit, writes the whole process's resource usage — CPU time and
// peak resident memory of all its threads (worker threads share the process) — to the file in XXGK_BENCH_USAGE.
const { isMainThread } = require("node:worker_threads");
const fs = require("node:fs");

const file = process.env.XXGK_BENCH_USAGE;
if (file && isMainThread) {
  process.on("exit", () => {
    const u = process.resourceUsage();
    fs.writeFileSync(file, JSON.stringify({ userMs: u.userCPUTime / 1000, systemMs: u.systemCPUTime / 1000, maxRssKb: u.maxRSS }));
  });
}
