// @ts-check
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs"
import { join, relative } from "node:path"
import { MEDUSA_CLI, ROOT, log } from "./env.mjs"
import { run } from "./processes.mjs"

const STAMP = ".asoud-build-stamp"
const SKIP_DIRS = new Set(["node_modules", ".medusa", "dist", "__tests__", ".cache"])

/**
 * @typedef {{ name: string, dir: string, outDir: string, deps: string[], extraFiles: string[], isApp: boolean }} Workspace
 */

/** Apps (the Next.js storefront) build into `.next` and also depend on their framework config. */
const APP_EXTRA_FILES = ["next.config.ts", "next.config.mjs"]

/** Every workspace package that has a build script, dependencies first. @returns {Workspace[]} */
export function listWorkspaces() {
  /** @type {Workspace[]} */
  const found = []
  for (const parent of ["packages", "plugins", "apps"]) {
    const base = join(ROOT, parent)
    if (!existsSync(base)) continue
    for (const entry of readdirSync(base).sort()) {
      const manifestPath = join(base, entry, "package.json")
      if (!existsSync(manifestPath)) continue
      const manifest = JSON.parse(readFileSync(manifestPath, "utf8"))
      if (!manifest.scripts?.build) continue
      const deps = Object.keys({ ...manifest.dependencies, ...manifest.peerDependencies, ...manifest.devDependencies })
      const isPlugin = manifest.scripts.build.includes("plugin:build")
      const isApp = parent === "apps"
      found.push({
        name: manifest.name,
        dir: join(base, entry),
        outDir: join(base, entry, isApp ? ".next" : isPlugin ? ".medusa/server" : "dist"),
        deps,
        extraFiles: isApp ? APP_EXTRA_FILES : [],
        isApp,
      })
    }
  }
  return topologicalOrder(found)
}

/** @param {Workspace[]} workspaces */
function topologicalOrder(workspaces) {
  const byName = new Map(workspaces.map((w) => [w.name, w]))
  /** @type {Workspace[]} */
  const ordered = []
  const state = new Map()
  /** @param {Workspace} workspace @param {string[]} path */
  const visit = (workspace, path) => {
    if (state.get(workspace.name) === "done") return
    if (state.get(workspace.name) === "visiting") {
      throw new Error(`workspace dependency cycle: ${[...path, workspace.name].join(" -> ")}`)
    }
    state.set(workspace.name, "visiting")
    for (const dep of workspace.deps) {
      const target = byName.get(dep)
      if (target) visit(target, [...path, workspace.name])
    }
    state.set(workspace.name, "done")
    ordered.push(workspace)
  }
  workspaces.forEach((w) => visit(w, []))
  return ordered
}

/** Newest modification time of the sources under `dir` (its own build output excluded). */
export function newestSourceTime(dir, extraFiles = []) {
  let newest = 0
  /** @param {string} current */
  const walk = (current) => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        if (!SKIP_DIRS.has(entry.name) && !entry.name.startsWith(".")) walk(join(current, entry.name))
      } else {
        newest = Math.max(newest, statSync(join(current, entry.name)).mtimeMs)
      }
    }
  }
  if (existsSync(join(dir, "src"))) walk(join(dir, "src"))
  for (const file of ["package.json", "tsconfig.json", "tsconfig.build.json", ...extraFiles]) {
    if (existsSync(join(dir, file))) newest = Math.max(newest, statSync(join(dir, file)).mtimeMs)
  }
  return newest
}

/** @param {string} outDir */
export function builtAt(outDir) {
  const stamp = join(outDir, STAMP)
  return existsSync(stamp) ? statSync(stamp).mtimeMs : 0
}

/** @param {string} outDir */
export function markBuilt(outDir) {
  writeFileSync(join(outDir, STAMP), new Date().toISOString())
}

/**
 * A workspace is stale when its output is older than its sources. An app bundles the workspaces it
 * depends on (the storefront bundles @asoud/js-sdk), so it is also stale when one of them was rebuilt.
 * @param {Workspace} workspace
 */
export function isStale(workspace) {
  const built = builtAt(workspace.outDir)
  const byName = new Map(listWorkspaces().map((w) => [w.name, w]))
  const bundled = workspace.isApp ? workspace.deps.map((dep) => byName.get(dep)).filter((w) => w !== undefined) : []
  return built < Math.max(newestSourceTime(workspace.dir, workspace.extraFiles), ...bundled.map((w) => builtAt(w.outDir)))
}

/**
 * Builds the workspaces whose output is missing or older than their sources (all of them with
 * `force`), dependencies first; `skip` names workspaces not to build (e.g. a storefront turned off).
 * @param {{ force?: boolean, skip?: string[] }} [options]
 * @returns {Promise<boolean>} whether anything was built
 */
export async function buildWorkspaces({ force = false, skip = [] } = {}) {
  let builtAny = false
  for (const workspace of listWorkspaces()) {
    if (skip.includes(workspace.name)) continue
    if (!force && !isStale(workspace)) continue
    log(`building ${workspace.name} (${relative(ROOT, workspace.dir)})`)
    await run("npm", ["run", "build", "--silent", "-w", workspace.name], { quiet: true })
    markBuilt(workspace.outDir)
    builtAny = true
  }
  return builtAny
}

const APP_OUT = join(ROOT, ".medusa", "server")

/** The app bundles every plugin's admin extensions, so a rebuilt plugin makes the app stale too. */
export function isAppStale() {
  const built = builtAt(APP_OUT)
  if (!built) return true
  const appSources = newestSourceTime(ROOT, ["medusa-config.ts", "package-lock.json"])
  // Apps (the storefront) are not bundled into the platform.
  const pluginOutputs = listWorkspaces().filter((w) => !w.isApp).map((w) => builtAt(w.outDir))
  return Math.max(appSources, ...pluginOutputs) > built
}

/** `medusa build`: the server to `.medusa/server`, the admin dashboard to `.medusa/server/public/admin`. */
export async function buildApp({ force = false } = {}) {
  if (!force && !isAppStale()) return false
  log("building the platform (server and admin dashboard; about a minute the first time)")
  await run(MEDUSA_CLI, ["build"], { quiet: true })
  markBuilt(APP_OUT)
  return true
}
