import { publicSdk } from "./scope"

const TTL_MS = 60_000
let cache: { at: number; plugins: string[] } | undefined

/** Which Asoud plugins the platform runs (`GET /store/platform`), so pages switch features on them. */
export async function platformPlugins(): Promise<string[]> {
  if (cache && Date.now() - cache.at < TTL_MS) return cache.plugins
  try {
    const { platform } = await publicSdk().asoud.store.platform.retrieve()
    cache = { at: Date.now(), plugins: platform.plugins.map((p) => p.name) }
  } catch {
    cache = { at: Date.now(), plugins: [] }
  }
  return cache.plugins
}

export async function affiliatesInstalled(): Promise<boolean> {
  return (await platformPlugins()).includes("@asoud/affiliates")
}
