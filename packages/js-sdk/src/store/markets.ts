import type { Client, Paginated } from "../types"

export type StoreMarket = {
  id: string
  handle: string
  name: string
  description: string | null
  type: "shop" | "company"
  status: "pending" | "active" | "suspended" | "closed"
  logo: string | null
  province: string | null
  city: string | null
  address: string | null
  postal_code: string | null
  latitude: number | null
  longitude: number | null
  phone: string | null
  mobile: string | null
  email: string | null
  website: string | null
  instagram: string | null
  telegram: string | null
  theme: Record<string, unknown> | null
  subdomain: string | null
  custom_domain: string | null
  opening_hours: Record<string, unknown> | null
  /** Only when listed with a location. */
  distance_km?: number | null
}

export type StoreListMarketsQuery = {
  q?: string
  city?: string
  province?: string
  type?: "shop" | "company"
  /** With `lng`: nearest markets first. */
  lat?: number
  lng?: number
  limit?: number
  offset?: number
}

export type StoreApplyForMarketBody = {
  handle: string
  name: string
  description?: string
  type?: "shop" | "company"
  province?: string
  city?: string
  address?: string
  postal_code?: string
  phone?: string
  mobile?: string
  email?: string
  national_id?: string
  economic_code?: string
}

/** The header that scopes any store request (products, carts) to one market. */
export const MARKET_HEADER = "x-market"

export class StoreMarkets {
  constructor(private readonly client: Client) {}

  /** Active markets; search by text, city, province, type; nearest first with `lat`/`lng`. */
  list(query: StoreListMarketsQuery = {}, headers?: Record<string, string>) {
    return this.client.fetch<{ markets: StoreMarket[] } & Paginated>("/store/markets", { query, headers })
  }

  retrieve(handle: string, headers?: Record<string, string>) {
    return this.client.fetch<{ market: StoreMarket }>(`/store/markets/${encodeURIComponent(handle)}`, { headers })
  }

  /** A market's catalogue: takes Medusa's `/store/products` query (`region_id`, `fields`, `limit`...). */
  listProducts<TProduct = Record<string, unknown>>(handle: string, query: Record<string, unknown> = {}, headers?: Record<string, string>) {
    return this.client.fetch<{ products: TProduct[] } & Paginated>(
      `/store/markets/${encodeURIComponent(handle)}/products`,
      { query, headers }
    )
  }

  /** A logged-in customer applies to open a market (pending until a platform admin approves it). */
  apply(body: StoreApplyForMarketBody, headers?: Record<string, string>) {
    return this.client.fetch<{ market: StoreMarket }>("/store/markets", { method: "POST", body, headers })
  }

  /** Headers that scope Medusa's own store calls (`sdk.store.product.list(query, headers)`) to a market. */
  scope(handle: string): Record<string, string> {
    return { [MARKET_HEADER]: handle }
  }
}
