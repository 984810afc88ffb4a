/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  transform: {
    // Type checking is `tsc --noEmit` (npm test runs it first); here we only transpile.
    "^.+\\.ts$": ["ts-jest", { tsconfig: { module: "commonjs", moduleResolution: "node10", isolatedModules: true } }],
  },
  // A hang guard: ≥ 10× the slowest test without its own timeout (8.2 s, npm test beside npm run bench at load 12);
  // slow steps have theirs in test/helpers/timeouts.ts.
  testTimeout: 120000,
};
