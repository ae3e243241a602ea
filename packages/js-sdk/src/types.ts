import type Medusa from "@medusajs/js-sdk"

/** The fetch client of @medusajs/js-sdk: sends the publishable key and auth like every Medusa call. */
export type Client = Medusa["client"]

export type Paginated = { count: number; offset: number; limit: number }

export type InstalledPlugin = { name: string; version: string }

export type PlatformInfo = {
  name: string
  plugins: InstalledPlugin[]
  currency_code: "irr"
}
