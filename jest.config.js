/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/src", "<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  globalSetup: "<rootDir>/test/support/globalSetup.js",
  setupFiles: ["<rootDir>/test/support/jsdomGlobals.js"],
  globalTeardown: "<rootDir>/test/support/globalTeardown.js",
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }],
    // office-addin-mock pulls in two ESM-only packages (strip-bom, uuid): compile just those to CommonJS.
    "^.+\\.js$": ["ts-jest", { tsconfig: { allowJs: true, module: "commonjs", target: "ES2022", isolatedModules: true } }],
  },
  transformIgnorePatterns: ["/node_modules/(?!(?:strip-bom|uuid)/)(?!.*/node_modules/(?:strip-bom|uuid)/)"],
  // Two cores on CI machines: keep parallelism modest so timing-sensitive hostile-input tests stay honest.
  maxWorkers: 2,
};
