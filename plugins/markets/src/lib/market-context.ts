import type { MedusaRequest } from "@medusajs/framework/http"

export type MemberRole = "owner" | "manager" | "staff"

/** Who is calling an admin route, as far as markets are concerned. */
export type MarketContext = {
  user_id: string
  /** The user has a `platform_admin` row: every market, every admin route. Never inferred. */
  is_platform_admin: boolean
  /** The member's markets (not closed, membership not revoked), with roles. */
  memberships: { market_id: string; role: MemberRole }[]
  market_ids: string[]
  /** The market the member works in now: the `x-market-id` header, or their only/first market. */
  current_market_id?: string
  sales_channel_ids: string[]
  stock_location_ids: string[]
}

const contexts = new WeakMap<MedusaRequest, MarketContext>()

export function setMarketContext(req: MedusaRequest, context: MarketContext): void {
  contexts.set(req, context)
}

/** The market context the isolation middleware resolved for an admin request, if any. */
export function getMarketContext(req: MedusaRequest): MarketContext | undefined {
  return contexts.get(req)
}

/** The market a store request is scoped to (by publishable key, `x-market` header or Host). */
export type StoreMarketScope = { market_id: string; handle: string; sales_channel_id: string }

const storeScopes = new WeakMap<MedusaRequest, StoreMarketScope>()

export function setStoreMarketScope(req: MedusaRequest, scope: StoreMarketScope): void {
  storeScopes.set(req, scope)
}

export function getStoreMarketScope(req: MedusaRequest): StoreMarketScope | undefined {
  return storeScopes.get(req)
}
