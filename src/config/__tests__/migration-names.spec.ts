import { readdirSync, existsSync } from "node:fs"
import { join } from "node:path"

const ROOT = join(__dirname, "..", "..", "..")

/** Every module migration of the platform and its plugins, as `<module dir>: <class name>`. */
function moduleMigrations(): { module: string; name: string }[] {
  const roots = [join(ROOT, "src"), ...readdirSync(join(ROOT, "plugins")).map((plugin) => join(ROOT, "plugins", plugin, "src"))]
  return roots.flatMap((src) => {
    const modules = join(src, "modules")
    if (!existsSync(modules)) return []
    return readdirSync(modules).flatMap((module) => {
      const migrations = join(modules, module, "migrations")
      if (!existsSync(migrations)) return []
      return readdirSync(migrations)
        .filter((file) => /^Migration\d+\.ts$/.test(file))
        .map((file) => ({ module: join(modules, module).slice(ROOT.length + 1), name: file.replace(/\.ts$/, "") }))
    })
  })
}

describe("module migrations", () => {
  // Medusa records applied migrations by class name in one table for the whole database: two modules
  // with a migration of the same name run only the first, and the other module's columns never exist.
  it("have names no other module uses", () => {
    const migrations = moduleMigrations()
    expect(migrations.length).toBeGreaterThan(10)
    const byName = new Map<string, string[]>()
    for (const { module, name } of migrations) byName.set(name, [...(byName.get(name) ?? []), module])
    const shared = [...byName].filter(([, modules]) => modules.length > 1).map(([name, modules]) => `${name}: ${modules.join(", ")}`)
    expect(shared).toEqual([])
  })
})
