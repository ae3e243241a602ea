// @ts-check
// The ES module build beside tsc's CommonJS one. esbuild bundles src/ into one dist/index.mjs, so
// the sources need no ".js" import suffixes; @medusajs/js-sdk stays external (Node resolves its own
// ESM build). dist/index.d.mts gives ESM consumers the same declarations with a real default export:
// a CommonJS .d.ts alone would type `import AsoudSdk from "@asoud/js-sdk"` as the module object.
import { build } from "esbuild"
import { writeFileSync } from "node:fs"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"

const root = join(dirname(fileURLToPath(import.meta.url)), "..")

await build({
  entryPoints: [join(root, "src", "index.ts")],
  outfile: join(root, "dist", "index.mjs"),
  bundle: true,
  format: "esm",
  platform: "neutral",
  target: "es2021",
  external: ["@medusajs/js-sdk"],
  logLevel: "warning",
})

writeFileSync(
  join(root, "dist", "index.d.mts"),
  [
    "// ESM view of the CommonJS declarations in index.d.ts (written by scripts/build-esm.mjs).",
    'export * from "./index.js"',
    'import { AsoudSdk } from "./index.js"',
    "export default AsoudSdk",
    "",
  ].join("\n")
)
