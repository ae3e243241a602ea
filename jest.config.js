// One jest config for the whole monorepo. scripts/test.mjs picks the suite with TEST_TYPE:
//   unit     pure logic beside the code:            **/__tests__/**/*.spec.ts (outside modules/*/__tests__)
//   modules  one module against real PostgreSQL:    **/src/modules/*/__tests__/**/*.spec.ts
//   http     the platform as a storefront sees it:  integration-tests/http/**/*.spec.ts
const { loadEnv } = require("@medusajs/framework/utils")
loadEnv("test", process.cwd())

const roots = ["<rootDir>/src", "<rootDir>/plugins", "<rootDir>/packages", "<rootDir>/apps", "<rootDir>/integration-tests"]
const ignored = ["/node_modules/", "/\\.medusa/", "/dist/"]

const suites = {
  unit: {
    testMatch: ["**/__tests__/**/*.spec.[jt]s?(x)"],
    testPathIgnorePatterns: [...ignored, "/src/modules/[^/]+/__tests__/", "<rootDir>/integration-tests/"],
  },
  modules: {
    testMatch: ["**/src/modules/*/__tests__/**/*.spec.[jt]s"],
    testPathIgnorePatterns: ignored,
  },
  http: {
    testMatch: ["<rootDir>/integration-tests/http/**/*.spec.[jt]s"],
    testPathIgnorePatterns: ignored,
    testSequencer: "<rootDir>/integration-tests/sequencer.js",
  },
}

const suite = suites[process.env.TEST_TYPE || "unit"]
if (!suite) {
  throw new Error(`Unknown TEST_TYPE "${process.env.TEST_TYPE}"; use one of ${Object.keys(suites).join(", ")}`)
}

module.exports = {
  transform: {
    "^.+\\.[jt]sx?$": [
      "@swc/jest",
      { jsc: { parser: { syntax: "typescript", tsx: true, decorators: true }, target: "es2021" } },
    ],
  },
  testEnvironment: "node",
  moduleFileExtensions: ["js", "ts", "tsx", "json"],
  modulePathIgnorePatterns: ["<rootDir>/\\.medusa/", "<rootDir>/(plugins|packages)/[^/]+/\\.medusa/", "/dist/"],
  roots,
  setupFiles: ["<rootDir>/integration-tests/setup.js"],
  ...suite,
}
