import type { Logger, MedusaContainer } from "@medusajs/framework/types"

export type DemoLogin = { role: string; email: string; password: string; note?: string }

/** What the demo prints after seeding: the launcher reads it from the ASOUD_DEMO line. */
export type DemoSummary = {
  publishable_key?: string
  logins: DemoLogin[]
  notes: string[]
}

/** Records the seeders share: each seeder reads what earlier ones found or created. */
export type SeedContext = {
  container: MedusaContainer
  logger: Logger
  salesChannelId?: string
  regionId?: string
  stockLocationId?: string
  shippingProfileId?: string
  publishableKeyId?: string
  categoryIds: Record<string, string>
  summary: DemoSummary
}

export type Seeder = {
  name: string
  /** Creates what is missing and leaves what exists alone, so a second run changes nothing. */
  run: (context: SeedContext) => Promise<void>
}

export function requireSeeded<T>(value: T | undefined, what: string): T {
  if (value === undefined) {
    throw new Error(`Seed order is wrong: ${what} must be seeded first`)
  }
  return value
}
