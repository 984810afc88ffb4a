/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  transform: {
    // Type checking is `tsc --noEmit` (npm test runs it first); here we only transpile.
    "^.+\\.ts$": ["ts-jest", { tsconfig: { module: "commonjs", moduleResolution: "node10", isolatedModules: true } }],
  },
  // A hang guard (≥ 10× the slowest test without its own timeout, 3.4 s); slow steps have theirs in test/helpers/timeouts.ts.
  testTimeout: 60000,
};
