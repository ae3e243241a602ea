import { MedusaModule } from "@medusajs/framework/modules-sdk"

const BUILT_IN_SCALARS = ["String", "Int", "Float", "Boolean", "ID", "DateTime", "Date", "Time", "JSON", "BigNumber"]

/**
 * The names every entity of the running app uses for a relation (its own and the ones links add),
 * read from the modules' GraphQL schemas. A bare `fields` token such as `category_children` loads a
 * relation, so it must be told apart from a property (`title`) without knowing the route's entity.
 */
export function relationNamesFromSchemas(schemas: string[]): Set<string> {
  const sdl = schemas.join("\n")
  const scalars = new Set(BUILT_IN_SCALARS)
  for (const match of sdl.matchAll(/\b(?:scalar|enum)\s+([A-Za-z_][A-Za-z0-9_]*)/g)) {
    scalars.add(match[1])
  }
  const relations = new Set<string>()
  for (const block of sdl.matchAll(/\btype\s+[A-Za-z_][A-Za-z0-9_]*[^{]*\{([^}]*)\}/g)) {
    // one match per `name: Type` (or `name(args): [Type!]!`); the type is consumed, so never read as a name
    for (const field of block[1].matchAll(/([A-Za-z_][A-Za-z0-9_]*)\s*(?:\([^)]*\))?\s*:\s*\[?\s*([A-Za-z_][A-Za-z0-9_]*)/g)) {
      if (!scalars.has(field[2])) {
        relations.add(field[1])
      }
    }
  }
  return relations
}

let relationNames: Set<string> | undefined

function knownRelations(): Set<string> {
  relationNames ??= relationNamesFromSchemas(
    MedusaModule.getAllJoinerConfigs()
      .map((config) => config.schema)
      .filter((schema): schema is string => typeof schema === "string")
  )
  return relationNames
}

/**
 * The relation paths a `fields` value names, each with its parents (`items.variant.product` names
 * `items`, `items.variant` and `items.variant.product`). Removals (`-variants`) name nothing.
 */
export function requestedRelations(fields: string, isRelation: (name: string) => boolean): string[] {
  const paths = new Set<string>()
  for (const raw of fields.split(",")) {
    let token = raw.trim()
    if (!token || token.startsWith("-")) {
      continue
    }
    token = token.replace(/^\+/, "")
    const starred = token.startsWith("*")
    const segments = token.replace(/^\*/, "").split(".").filter(Boolean)
    if (segments[segments.length - 1] === "*") {
      segments.pop()
    } else if (!starred && segments.length && !isRelation(segments[segments.length - 1])) {
      segments.pop()
    }
    for (let end = 1; end <= segments.length; end++) {
      paths.add(segments.slice(0, end).join("."))
    }
  }
  return [...paths]
}

function asList(value: unknown): string[] {
  if (typeof value === "string") {
    return [value]
  }
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : []
}

/**
 * The first relation of `fields`/`expand` a member may not expand on this route, if any. `allowed`
 * are exact relation paths; parents must be allowed too.
 */
export function firstForbiddenField(
  query: Record<string, unknown>,
  allowed: readonly string[] | undefined,
  isRelation: (name: string) => boolean = (name) => knownRelations().has(name)
): string | undefined {
  const allow = new Set(allowed ?? [])
  const requested = [
    ...asList(query.fields).flatMap((value) => requestedRelations(value, isRelation)),
    // `expand` names relations only, so every token is one
    ...asList(query.expand).flatMap((value) => requestedRelations(value, () => true)),
  ]
  return requested.find((path) => !allow.has(path))
}
