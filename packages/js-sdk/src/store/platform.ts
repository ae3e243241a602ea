import type { Client, PlatformInfo } from "../types"

export class StorePlatform {
  constructor(private readonly client: Client) {}

  /** Which Asoud plugins this platform runs, so a storefront can show or hide features. */
  retrieve(headers?: Record<string, string>) {
    return this.client.fetch<{ platform: PlatformInfo }>("/store/platform", { headers })
  }
}
