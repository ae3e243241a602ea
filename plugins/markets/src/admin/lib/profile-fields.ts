import type { AdminMarket, MarketTheme } from "./markets"

/**
 * How a field is typed: `digits` keeps what was typed but in Latin digits (phone numbers, postal
 * codes, ids typed on a Persian keyboard); `decimal` and `percent` are numbers; `color` a hex colour.
 */
export type FieldKind = "text" | "textarea" | "digits" | "decimal" | "percent" | "color" | "type" | "email"

export type ProfileField = {
  name: string
  kind: FieldKind
  /** Stored under `market.theme` rather than on the market itself. */
  theme?: boolean
  platformOnly?: boolean
  required?: boolean
  ltr?: boolean
}

export type SectionId = "profile" | "location" | "contacts" | "theme" | "web" | "business"

export const SECTIONS: Record<SectionId, ProfileField[]> = {
  profile: [
    { name: "name", kind: "text", required: true },
    { name: "description", kind: "textarea" },
    { name: "type", kind: "type" },
    { name: "logo", kind: "text", ltr: true },
  ],
  location: [
    { name: "province", kind: "text" },
    { name: "city", kind: "text" },
    { name: "address", kind: "textarea" },
    { name: "postal_code", kind: "digits", ltr: true },
    { name: "latitude", kind: "decimal" },
    { name: "longitude", kind: "decimal" },
  ],
  contacts: [
    { name: "phone", kind: "digits", ltr: true },
    { name: "mobile", kind: "digits", ltr: true },
    { name: "email", kind: "email", ltr: true },
    { name: "website", kind: "text", ltr: true },
    { name: "instagram", kind: "text", ltr: true },
    { name: "telegram", kind: "text", ltr: true },
  ],
  theme: [
    { name: "primary_color", kind: "color", theme: true },
    { name: "accent_color", kind: "color", theme: true },
  ],
  web: [
    { name: "subdomain", kind: "text", ltr: true, platformOnly: true },
    { name: "custom_domain", kind: "text", ltr: true, platformOnly: true },
  ],
  business: [
    { name: "national_id", kind: "digits", ltr: true },
    { name: "economic_code", kind: "digits", ltr: true },
    { name: "commission_rate", kind: "percent", platformOnly: true },
  ],
}

export type FormValues = Record<string, string>

/** A market's values for a form: every field as the text an input shows. */
export function toFormValues(market: AdminMarket | undefined, fields: ProfileField[]): FormValues {
  const values: FormValues = {}
  for (const field of fields) {
    const source = field.theme ? market?.theme ?? {} : (market as unknown as Record<string, unknown> | undefined) ?? {}
    const value = source[field.name]
    values[field.name] = value === null || value === undefined ? (field.kind === "type" ? "shop" : "") : String(value)
  }
  return values
}

/** The request body for the fields of one section: empty text clears a field (null). */
export function toRequestBody(values: FormValues, fields: ProfileField[], market?: AdminMarket): Record<string, unknown> {
  const body: Record<string, unknown> = {}
  const theme: MarketTheme = { ...(market?.theme ?? {}) }
  for (const field of fields) {
    const text = (values[field.name] ?? "").trim()
    let value: unknown = text === "" ? null : text
    if (value !== null && (field.kind === "decimal" || field.kind === "percent")) {
      value = Number(text)
    }
    if (field.theme) {
      if (value === null) {
        delete theme[field.name]
      } else {
        theme[field.name] = value
      }
    } else if (!(field.kind === "percent" && value === null)) {
      body[field.name] = value
    }
  }
  if (fields.some((field) => field.theme)) {
    body.theme = Object.keys(theme).length ? theme : null
  }
  return body
}
