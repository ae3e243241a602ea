import { execFileSync } from "node:child_process"
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { join } from "node:path"

// The built package as Node and TypeScript consumers load it (npm test builds stale workspaces first).
const PACKAGE_DIR = join(__dirname, "..", "..")
const TSC = join(PACKAGE_DIR, "..", "..", "node_modules", "typescript", "bin", "tsc")

const runNode = (args: string[]) => execFileSync(process.execPath, args, { cwd: PACKAGE_DIR, encoding: "utf8" }).trim()

const USES_THE_SDK = `
  const sdk = new AsoudSdk({ baseUrl: "http://localhost:9000", auth: { type: "jwt", jwtTokenStorageMethod: "memory" } })
  const result = parseGatewayReturn("http://shop.test/r?status=canceled&cart_id=cart_1")
  console.log(JSON.stringify({
    sdk: sdk instanceof AsoudSdk,
    phone: typeof sdk.asoud.store.phoneAuth.verifyCode,
    medusa: typeof sdk.store.product.list,
    status: result.status,
  }))
`
const EXPECTED = { sdk: true, phone: "function", medusa: "function", status: "canceled" }

describe("@asoud/js-sdk as a package", () => {
  it("is built in both formats the exports map names", () => {
    for (const file of ["dist/index.js", "dist/index.d.ts", "dist/index.mjs", "dist/index.d.mts"]) {
      expect(existsSync(join(PACKAGE_DIR, file))).toBe(true)
    }
  })

  it("loads with import in Node ESM: the default export is the SDK class, named exports too", () => {
    const out = runNode([
      "--input-type=module",
      "-e",
      `import AsoudSdk, { AsoudSdk as Named, parseGatewayReturn } from "@asoud/js-sdk"
       if (AsoudSdk !== Named) throw new Error("default and named AsoudSdk differ")
       ${USES_THE_SDK}`,
    ])
    expect(JSON.parse(out)).toEqual(EXPECTED)
  })

  it("loads with require in CommonJS", () => {
    const out = runNode([
      "-e",
      `const { AsoudSdk, parseGatewayReturn, default: byDefault } = require("@asoud/js-sdk")
       if (byDefault !== AsoudSdk) throw new Error("exports.default is not the SDK class")
       ${USES_THE_SDK}`,
    ])
    expect(JSON.parse(out)).toEqual(EXPECTED)
  })

  it("type-checks for an ESM and a CommonJS TypeScript consumer (module nodenext)", () => {
    const dir = mkdtempSync(join(PACKAGE_DIR, ".types-check-"))
    try {
      const body = `const sdk = new AsoudSdk({ baseUrl: "http://localhost:9000" })
        const token: Promise<{ token: string }> = sdk.asoud.store.phoneAuth.verifyCode("09120000000", "123456")
        export { token }`
      writeFileSync(join(dir, "consumer.mts"), `import AsoudSdk from "@asoud/js-sdk"\n${body}\n`)
      writeFileSync(join(dir, "consumer.cts"), `import { AsoudSdk } from "@asoud/js-sdk"\n${body}\n`)
      execFileSync(
        process.execPath,
        [TSC, "--noEmit", "--strict", "--skipLibCheck", "--module", "nodenext", "--moduleResolution", "nodenext", "--target", "es2021", "--lib", "es2021,dom", "--types", "node", join(dir, "consumer.mts"), join(dir, "consumer.cts")],
        { cwd: PACKAGE_DIR, encoding: "utf8" }
      )
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
