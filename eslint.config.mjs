// Lint: TypeScript rules, plus eslint-plugin-regexp so that no regular expression in src/
// can backtrack super-linearly on hostile input (a document is untrusted text).
import tseslint from "typescript-eslint";
import regexp from "eslint-plugin-regexp";

// V8 runs \b some thirty to forty times slower under the `i` and `u` flags together than under either
// alone (measured on Node 20); a one-sided look, (?<!\w) before a word or (?!\w) after one, means the
// same there and runs as fast as the rest. (So regexp/prefer-predefined-assertion, which asks for \b
// back, is off. A Caseless pattern runs without the `u` flag on all but rare text: it may keep \b.)
const SLOW_WORD_BOUNDARY = {
  selector: "Literal[regex.flags=/i/][regex.flags=/u/][regex.pattern=/(?<!\\\\)(?:\\\\\\\\)*\\\\b/]:not(NewExpression[callee.name='Caseless'] > Literal)",
  message: "\\b under the i and u flags together is slow in V8: write (?<!\\w) before a word or (?!\\w) after one.",
};

export default tseslint.config(
  { ignores: ["dist/**", "lib/**", "node_modules/**", "coverage/**"] },
  ...tseslint.configs.recommended,
  regexp.configs["flat/recommended"],
  {
    files: ["src/**/*.ts", "src/**/*.tsx"],
    rules: {
      "regexp/no-super-linear-backtracking": "error",
      "regexp/no-super-linear-move": "error",
      "regexp/no-misleading-capturing-group": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "regexp/prefer-predefined-assertion": "off",
    },
  },
  {
    files: ["src/**/*.ts", "src/**/*.tsx"],
    ignores: ["src/**/*.test.ts"],
    rules: { "no-restricted-syntax": ["error", SLOW_WORD_BOUNDARY] },
  },
  {
    // The core runs in Node and in the browser: no fs, no DOM, no process.
    files: ["src/core/**/*.ts"],
    ignores: ["src/core/**/*.test.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: ["fs", "node:*", "path", "os", "child_process"] }],
      "no-restricted-globals": ["error", "document", "window", "process", "require"],
    },
  },
  {
    // The pane renders document text as text only: never as HTML.
    files: ["src/taskpane/**/*.ts", "src/taskpane/**/*.tsx"],
    rules: {
      "no-restricted-syntax": [
        "error",
        SLOW_WORD_BOUNDARY,
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: "Render document text as text: no dangerouslySetInnerHTML." },
        { selector: "MemberExpression[property.name=/^(?:innerHTML|outerHTML)$/]", message: "Render document text as text: no innerHTML." },
        { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: "Render document text as text: no insertAdjacentHTML." },
      ],
    },
  },
);
