import { z } from "@medusajs/framework/zod"
import { MARKET_STATUSES, MARKET_TYPES } from "../../../modules/market/models/market"
import { MEMBER_ROLES } from "../../../modules/market/models/market-member"

const text = z.string().trim().max(500)
const nullableText = text.nullish()
const hexColor = z.string().regex(/^#[0-9a-fA-F]{6}$/, "Use a colour like #1f6feb")
const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Use a 24-hour time like 09:30")

/** Storefront colours (other keys a storefront reads are kept as given). */
export const MarketTheme = z
  .object({ primary_color: hexColor.optional(), accent_color: hexColor.optional() })
  .catchall(z.unknown())

/** Per weekday (sat … fri, the Iranian week), the intervals the market is open; an empty list is closed. */
export const MarketOpeningHours = z
  .object(
    Object.fromEntries(
      ["sat", "sun", "mon", "tue", "wed", "thu", "fri"].map((day) => [
        day,
        z
          .array(
            z.object({ open: time, close: time }).refine((interval) => interval.open < interval.close, {
              message: "An interval must close after it opens",
            })
          )
          .max(4)
          .optional(),
      ])
    )
  )
  .strict()

const MarketFields = z.object({
  name: z.string().trim().min(2).max(200),
  description: nullableText,
  type: z.enum(MARKET_TYPES).optional(),
  logo: nullableText,
  province: nullableText,
  city: nullableText,
  address: nullableText,
  postal_code: nullableText,
  latitude: z.number().min(-90).max(90).nullish(),
  longitude: z.number().min(-180).max(180).nullish(),
  phone: nullableText,
  mobile: nullableText,
  email: z.string().email().nullish(),
  website: nullableText,
  instagram: nullableText,
  telegram: nullableText,
  theme: MarketTheme.nullish(),
  opening_hours: MarketOpeningHours.nullish(),
  national_id: nullableText,
  economic_code: nullableText,
  metadata: z.record(z.string(), z.unknown()).nullish(),
})

/** Fields only a platform admin sets: the platform's cut and the market's web addresses. */
const PlatformFields = z.object({
  commission_rate: z.number().min(0).max(100).optional(),
  subdomain: z.string().trim().toLowerCase().regex(/^[a-z0-9-]+$/).nullish(),
  custom_domain: z.string().trim().toLowerCase().regex(/^[a-z0-9.-]+$/).nullish(),
})

export const AdminCreateMarket = MarketFields.merge(PlatformFields).extend({
  handle: z.string().trim().toLowerCase().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Use lowercase letters, digits and dashes"),
  status: z.enum(["pending", "active"]).optional(),
  owner_user_id: z.string().optional(),
})
export type AdminCreateMarketType = z.infer<typeof AdminCreateMarket>

export const AdminUpdateMarket = MarketFields.partial().merge(PlatformFields)
export type AdminUpdateMarketType = z.infer<typeof AdminUpdateMarket>

export const AdminListMarkets = z.object({
  q: z.string().optional(),
  status: z.enum(MARKET_STATUSES).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).default(0),
})
export type AdminListMarketsType = z.infer<typeof AdminListMarkets>

export const AdminAddMarketMember = z.object({
  user_id: z.string(),
  role: z.enum(MEMBER_ROLES).default("staff"),
})
export type AdminAddMarketMemberType = z.infer<typeof AdminAddMarketMember>

export const AdminInviteMarketMember = z.object({
  email: z.string().email(),
  role: z.enum(MEMBER_ROLES).default("staff"),
})
export type AdminInviteMarketMemberType = z.infer<typeof AdminInviteMarketMember>

export const AdminLinkMarketProducts = z.object({
  add: z.array(z.string()).min(1),
})
export type AdminLinkMarketProductsType = z.infer<typeof AdminLinkMarketProducts>

export const AdminAcceptMarketInvitation = z.object({
  token: z.string().min(10),
  first_name: z.string().max(100).optional(),
  last_name: z.string().max(100).optional(),
})
export type AdminAcceptMarketInvitationType = z.infer<typeof AdminAcceptMarketInvitation>

export const AdminSetCurrentMarket = z.object({ market_id: z.string().nullable() })
export type AdminSetCurrentMarketType = z.infer<typeof AdminSetCurrentMarket>
