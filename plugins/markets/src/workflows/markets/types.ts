import type { MARKET_STATUSES, MARKET_TYPES } from "../../modules/market/models/market"
import type { MEMBER_ROLES } from "../../modules/market/models/market-member"

export type MarketStatus = (typeof MARKET_STATUSES)[number]
export type MarketType = (typeof MARKET_TYPES)[number]
export type MemberRole = (typeof MEMBER_ROLES)[number]

export type MarketFields = {
  handle: string
  name: string
  description?: string | null
  type?: MarketType
  logo?: string | null
  province?: string | null
  city?: string | null
  address?: string | null
  postal_code?: string | null
  latitude?: number | null
  longitude?: number | null
  phone?: string | null
  mobile?: string | null
  email?: string | null
  website?: string | null
  instagram?: string | null
  telegram?: string | null
  theme?: Record<string, unknown> | null
  subdomain?: string | null
  custom_domain?: string | null
  national_id?: string | null
  economic_code?: string | null
  opening_hours?: Record<string, unknown> | null
  commission_rate?: number
  metadata?: Record<string, unknown> | null
}

export type CreateMarketInput = MarketFields & {
  status?: MarketStatus
  applicant_customer_id?: string | null
}

export type UpdateMarketInput = Partial<MarketFields> & {
  id: string
  status?: MarketStatus
  sales_channel_id?: string | null
  publishable_key_id?: string | null
  stock_location_id?: string | null
  shipping_profile_id?: string | null
}

export type CreateMarketWorkflowInput = CreateMarketInput & {
  /** An admin user who becomes the market's owner. */
  owner_user_id?: string
}

export type SetMarketStatusInput = { id: string; status: Exclude<MarketStatus, "pending"> }

/** Events this plugin emits; payloads carry ids only. */
export const MarketEvents = {
  /** `{ id }` */
  CREATED: "market.created",
  /** `{ id, status }` after approve (active), suspend (suspended) or close (closed). */
  STATUS_CHANGED: "market.status_changed",
} as const
