import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { assertPluginBuilt } from "../plugins"

describe("assertPluginBuilt", () => {
  const nodeModules = mkdtempSync(join(tmpdir(), "asoud-plugins-"))
  const makePackage = (name: string, built: boolean) => {
    const dir = join(nodeModules, name)
    mkdirSync(dir, { recursive: true })
    writeFileSync(join(dir, "package.json"), JSON.stringify({ name, version: "1.0.0" }))
    if (built) mkdirSync(join(dir, ".medusa", "server", "src"), { recursive: true })
  }
  // Resolves like Node would, from a node_modules folder of our own.
  const resolveManifest = (request: string) => {
    const path = join(nodeModules, request)
    if (!existsSync(path)) throw new Error(`Cannot find module '${request}'`)
    return path
  }

  beforeAll(() => {
    makePackage("asoud-built-plugin", true)
    makePackage("asoud-unbuilt-plugin", false)
  })

  it("accepts a plugin whose build output exists", () => {
    expect(assertPluginBuilt("asoud-built-plugin", resolveManifest)).toBe("asoud-built-plugin")
  })

  it("fails loudly, naming the build command, for a plugin that was never built", () => {
    expect(() => assertPluginBuilt("asoud-unbuilt-plugin", resolveManifest)).toThrow(
      /Plugin asoud-unbuilt-plugin is not built .*npm run build:workspaces/
    )
  })

  it("fails with an install hint for a plugin that is not installed at all", () => {
    expect(() => assertPluginBuilt("asoud-missing-plugin", resolveManifest)).toThrow(
      /is not installed\. Run "npm install"/
    )
  })

  it("resolves the real workspace plugin the platform ships", () => {
    expect(assertPluginBuilt("@asoud/platform")).toBe("@asoud/platform")
  })
})
