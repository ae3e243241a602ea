/**
 * The ids at a path of a request body: segments split by `.`, a segment ending in `[]` walks every
 * element of an array. `delete[]` is each string of `delete`; `update[].id` is each `id` of `update`;
 * `option_ids` is one string or each string of an array. Anything else at the path (objects, numbers)
 * names no id: the route's own validation deals with its shape.
 */
export function idsAtPath(value: unknown, path: string): string[] {
  return walk(value, path.split(".").filter(Boolean))
}

function walk(value: unknown, segments: string[]): string[] {
  if (value === null || value === undefined) {
    return []
  }
  if (!segments.length) {
    if (typeof value === "string") {
      return [value]
    }
    return Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : []
  }
  const [head, ...rest] = segments
  const isArray = head.endsWith("[]")
  const key = isArray ? head.slice(0, -2) : head
  if (typeof value !== "object" || Array.isArray(value)) {
    return []
  }
  const next = (value as Record<string, unknown>)[key]
  if (!isArray) {
    return walk(next, rest)
  }
  return Array.isArray(next) ? next.flatMap((item) => walk(item, rest)) : []
}
