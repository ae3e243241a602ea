import { z } from "@medusajs/framework/zod"
import { MARKET_TYPES } from "../../../modules/market/models/market"

export const StoreListMarkets = z.object({
  q: z.string().optional(),
  city: z.string().optional(),
  province: z.string().optional(),
  type: z.enum(MARKET_TYPES).optional(),
  /** With `lng`, lists the nearest markets first. */
  lat: z.coerce.number().min(-90).max(90).optional(),
  lng: z.coerce.number().min(-180).max(180).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).default(0),
})
export type StoreListMarketsType = z.infer<typeof StoreListMarkets>

const optionalText = z.string().trim().max(500).optional()

/** A logged-in customer's application to open a market; a platform admin approves it. */
export const StoreApplyForMarket = z.object({
  handle: z.string().trim().toLowerCase().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Use lowercase letters, digits and dashes"),
  name: z.string().trim().min(2).max(200),
  description: optionalText,
  type: z.enum(MARKET_TYPES).optional(),
  province: optionalText,
  city: optionalText,
  address: optionalText,
  postal_code: optionalText,
  phone: optionalText,
  mobile: optionalText,
  email: z.string().email().optional(),
  national_id: optionalText,
  economic_code: optionalText,
})
export type StoreApplyForMarketType = z.infer<typeof StoreApplyForMarket>
