import { existsSync, readdirSync, readFileSync, statSync } from "node:fs"
import { join, relative } from "node:path"
import ts from "typescript"
import type { TranslationTree } from "../i18n"

// Reading the admin sources of the repository's plugins, for the bundle tests beside this file.
export const ROOT = join(__dirname, "..", "..", "..", "..")
export const PLUGINS = join(ROOT, "plugins")

/** Plugins with admin screens (routes or widgets), by folder name. */
export function pluginsWithAdmin(): string[] {
  return readdirSync(PLUGINS)
    .filter((name) => {
      const admin = join(PLUGINS, name, "src", "admin")
      return existsSync(admin) && readdirSync(admin).some((entry) => ["routes", "widgets"].includes(entry))
    })
    .sort()
}

export function bundle(plugin: string, language: string): TranslationTree {
  return JSON.parse(readFileSync(join(PLUGINS, plugin, "src", "admin", "i18n", "json", `${language}.json`), "utf8"))
}

/** Every .ts/.tsx file under a folder, tests left out. */
export function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry)
    if (statSync(path).isDirectory()) return entry === "__tests__" ? [] : sources(path)
    return /\.tsx?$/.test(entry) ? [path] : []
  })
}

export const adminSources = (plugin: string) => sources(join(PLUGINS, plugin, "src", "admin"))

export const where = (file: string) => relative(ROOT, file)

/** A key path's value in a bundle: a string, a subtree, or undefined. */
export function lookup(tree: TranslationTree, key: string): string | TranslationTree | undefined {
  return key.split(".").reduce<string | TranslationTree | undefined>(
    (node, part) => (node && typeof node === "object" ? node[part] : undefined),
    tree
  )
}

/** Quoted `asoudXxx.key` literals: t("…"), route labels, keys kept in constants. */
export function literalKeys(text: string): string[] {
  return [...text.matchAll(/["'`](asoud[A-Z][A-Za-z]*\.[A-Za-z0-9_.]+)["'`]/g)].map((match) => match[1])
}

/** The fixed part of keys built at run time: t(`asoudMarkets.status.${status}`) gives "asoudMarkets.status". */
export function dynamicKeyPrefixes(text: string): string[] {
  return [...text.matchAll(/`(asoud[A-Z][A-Za-z]*(?:\.[A-Za-z0-9_]+)*)\.\$\{/g)].map((match) => match[1])
}

/** Attributes whose text a user reads (or a screen reader says). */
const SHOWN_ATTRIBUTES = new Set(["placeholder", "title", "aria-label", "alt", "label", "description", "confirmText", "cancelText"])
/** Calls whose string argument a user reads. */
const SHOWN_CALLS = /^(toast\.(success|error|warning|info)|window\.(alert|confirm|prompt)|alert|confirm|prompt)$/
const hasWords = (text: string) => /\p{L}{2,}/u.test(text)

/**
 * Text a screen shows without a translation: JSX text, user-facing attributes, literals in JSX braces,
 * toasts and browser dialogs, route labels that are not keys. `allowed` are exact strings that read
 * the same in every language (a format hint such as "IR…").
 */
export function untranslatedText(file: string, allowed: Set<string>): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX)
  const found: string[] = []
  const report = (node: ts.Node, text: string) => {
    const value = text.trim()
    if (!hasWords(value) || allowed.has(value)) return
    const { line } = source.getLineAndCharacterOfPosition(node.getStart())
    found.push(`${where(file)}:${line + 1}: ${JSON.stringify(value)}`)
  }
  const isText = (node: ts.Node | undefined): node is ts.StringLiteral | ts.NoSubstitutionTemplateLiteral =>
    !!node && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node))
  // a <style> element's text is CSS
  const inStyle = (node: ts.Node) => ts.isJsxElement(node.parent) && node.parent.openingElement.tagName.getText(source) === "style"
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node)) report(node, node.text)
    if (ts.isJsxAttribute(node) && SHOWN_ATTRIBUTES.has(node.name.getText(source))) {
      const value = node.initializer
      if (isText(value)) report(node, value.text)
      if (value && ts.isJsxExpression(value) && isText(value.expression)) report(node, value.expression.text)
    }
    if (ts.isJsxExpression(node) && isText(node.expression) && !ts.isJsxAttribute(node.parent) && !inStyle(node)) report(node, node.expression.text)
    if (ts.isCallExpression(node) && SHOWN_CALLS.test(node.expression.getText(source)) && isText(node.arguments[0])) {
      report(node, node.arguments[0].text)
    }
    if (ts.isPropertyAssignment(node) && node.name.getText(source) === "label" && isText(node.initializer) && !node.initializer.text.startsWith("asoud")) {
      report(node, node.initializer.text)
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return found
}
