import { model } from "@medusajs/framework/utils"
import { MarketMember } from "./market-member"
import { MarketInvitation } from "./market-invitation"
import { MarketOrder } from "./market-order"

export const MARKET_STATUSES = ["pending", "active", "suspended", "closed"] as const
export const MARKET_TYPES = ["shop", "company"] as const

/**
 * A shop on the platform: a tenant. Its commerce resources (sales channel, publishable key, stock
 * location, shipping profile) are owned through read-only links on the `*_id` fields, so resolving a
 * market's storefront scope is one row read, not a pivot-table join.
 */
export const Market = model
  .define("market", {
    id: model.id({ prefix: "mkt" }).primaryKey(),
    handle: model.text().searchable(),
    name: model.text().searchable(),
    description: model.text().nullable(),
    type: model.enum([...MARKET_TYPES]).default("shop"),
    status: model.enum([...MARKET_STATUSES]).default("pending"),
    logo: model.text().nullable(),
    province: model.text().nullable(),
    city: model.text().nullable(),
    address: model.text().nullable(),
    postal_code: model.text().nullable(),
    latitude: model.float().nullable(),
    longitude: model.float().nullable(),
    phone: model.text().nullable(),
    mobile: model.text().nullable(),
    email: model.text().nullable(),
    website: model.text().nullable(),
    instagram: model.text().nullable(),
    telegram: model.text().nullable(),
    theme: model.json().nullable(),
    subdomain: model.text().nullable(),
    custom_domain: model.text().nullable(),
    national_id: model.text().nullable(),
    economic_code: model.text().nullable(),
    opening_hours: model.json().nullable(),
    /** Platform commission in percent of a market order's total (e.g. 10 = 10%). */
    commission_rate: model.bigNumber().default(0),
    sales_channel_id: model.text().nullable(),
    publishable_key_id: model.text().nullable(),
    stock_location_id: model.text().nullable(),
    shipping_profile_id: model.text().nullable(),
    /** The customer who applied to open this market from the storefront, if any. */
    applicant_customer_id: model.text().nullable(),
    metadata: model.json().nullable(),
    members: model.hasMany(() => MarketMember, { mappedBy: "market" }),
    invitations: model.hasMany(() => MarketInvitation, { mappedBy: "market" }),
    orders: model.hasMany(() => MarketOrder, { mappedBy: "market" }),
  })
  .indexes([
    { on: ["handle"], unique: true, where: "deleted_at IS NULL" },
    { on: ["subdomain"], unique: true, where: "deleted_at IS NULL AND subdomain IS NOT NULL" },
    { on: ["custom_domain"], unique: true, where: "deleted_at IS NULL AND custom_domain IS NOT NULL" },
    { on: ["sales_channel_id"], where: "deleted_at IS NULL" },
    { on: ["status"], where: "deleted_at IS NULL" },
  ])
  .cascades({ delete: ["members", "invitations"] })
