import js from "@eslint/js";
import tseslint from "typescript-eslint";
import globals from "globals";

export default tseslint.config(
  { ignores: ["node_modules/", "dist/", "build/", "coverage/", "test/output/", "bench/output/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.ts"],
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
      "no-restricted-syntax": [
        "error",
        { selector: "MemberExpression[property.name='innerHTML']", message: "Render user text with textContent, never innerHTML." },
      ],
    },
  },
  {
    files: ["src/core/**/*.ts", "src/docx/**/*.ts"],
    rules: {
      // The core (and the .docx builder the task pane shares) is host-agnostic: no Office or WPS globals, no Node built-ins.
      "no-restricted-globals": ["error", "Office", "Excel", "CustomFunctions", "window", "document", "Application", "wps"],
      "no-restricted-imports": ["error", { patterns: ["node:*", "fs", "path", "os", "child_process", "exceljs"] }],
    },
  },
  {
    files: ["**/*.js", "**/*.cjs", "**/*.mjs"],
    languageOptions: { globals: { ...globals.node } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
