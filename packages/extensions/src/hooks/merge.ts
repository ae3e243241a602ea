function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && Object.getPrototypeOf(value) === Object.prototype
}

/**
 * The one result a composed hook hands back to its workflow. Hooks whose result Medusa reads (such as
 * `setPricingContext`, which returns extra pricing context) get the handlers' objects merged; two
 * handlers giving the same key different values is a conflict between plugins, never resolved silently.
 */
export function mergeHookOutputs(label: string, outputs: unknown[]): unknown {
  const defined = outputs.filter((output) => output !== undefined && output !== null)
  if (defined.length <= 1) {
    return defined[0]
  }
  if (!defined.every(isPlainObject)) {
    throw new Error(`${label}: several handlers returned a result that cannot be merged (only plain objects merge)`)
  }
  const merged: Record<string, unknown> = {}
  for (const output of defined) {
    for (const [key, value] of Object.entries(output)) {
      if (key in merged && JSON.stringify(merged[key]) !== JSON.stringify(value)) {
        throw new Error(`${label}: two handlers set "${key}" to different values`)
      }
      merged[key] = value
    }
  }
  return merged
}
