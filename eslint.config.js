import js from "@eslint/js";
import { createTypeScriptImportResolver } from "eslint-import-resolver-typescript";
import importX from "eslint-plugin-import-x";
import jsxA11y from "eslint-plugin-jsx-a11y";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["build/**", "build-*/**", "node_modules/**", "playwright-report/**", "test-results/**", "db/migrations/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  jsxA11y.flatConfigs.recommended,
  {
    plugins: { "react-hooks": reactHooks },
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/no-explicit-any": "error",
      "no-console": "off",
    },
  },
  {
    // Hostile bodies arrive at every action at once: one bounded reader checks them (docs/decisions/004).
    files: ["app/**/*.{ts,tsx}"],
    ignores: ["app/utils/form.server.ts", "app/**/*.test.{ts,tsx}"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "CallExpression[callee.property.name='formData'][callee.object.name='request']",
          message: "Read forms with readForm or parseForm from ~/utils/form.server: they bound the body and its field names.",
        },
      ],
    },
  },
  {
    // The folder tree is the architecture (docs/decisions/016-module-boundaries.md): no circles in
    // app/, and imports only run downwards.
    files: ["app/**/*.{ts,tsx}"],
    plugins: { "import-x": importX },
    settings: {
      ...importX.flatConfigs.typescript.settings,
      "import-x/resolver": undefined,
      "import-x/resolver-next": [createTypeScriptImportResolver({ project: "tsconfig.json" })],
    },
    rules: { "import-x/no-cycle": ["error", { ignoreExternal: true }] },
  },
  {
    files: ["app/routes/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: ["~db/*", "**/db/*"], message: "Routes reach the database through a model in app/models." }] }],
    },
  },
  {
    files: ["app/matching/**/*.ts"],
    ignores: ["app/matching/**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["~/models/*", "~/models/**", "~/utils/*", "~/utils/**", "~db/*", "~db/**", "**/models/**", "**/utils/**", "**/db/**"],
              message: "Matching is pure: it takes its data as arguments (app/domain may be used).",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["app/components/**/*.{ts,tsx}"],
    ignores: ["app/components/**/*.server.ts", "app/components/**/*.test.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/*.server", "**/*.server.ts"],
              allowTypeImports: true,
              message: "Components run in the browser: import only types from server modules.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["app/utils/**/*.{ts,tsx}"],
    ignores: ["app/utils/**/*.test.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["~/models/*", "~/models/**", "**/models/**"],
              allowTypeImports: true,
              message: "utils is below the models: a model may use a util, never the other way round.",
            },
          ],
        },
      ],
    },
  },
);
