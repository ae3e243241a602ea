import { model } from "@medusajs/framework/utils"
import { PricingTierApplication } from "./pricing-tier-application"

/**
 * A price level. Retail is everyone's level and owns no group or list: its prices are the variants'
 * base prices. Every other tier is a customer group plus one Medusa price list (type `sale`, rule
 * `customer.groups.id`), so Medusa's own product, cart and order pricing sees tier prices natively.
 */
export const PricingTier = model
  .define("pricing_tier", {
    id: model.id({ prefix: "ptier" }).primaryKey(),
    handle: model.text().searchable(),
    name: model.text().searchable(),
    description: model.text().nullable(),
    is_retail: model.boolean().default(false),
    customer_group_id: model.text().nullable(),
    price_list_id: model.text().nullable(),
    /** Lower first: display order, and which tier is named when two give the same amount. */
    priority: model.number().default(100),
    requires_approval: model.boolean().default(true),
    metadata: model.json().nullable(),
    applications: model.hasMany(() => PricingTierApplication, { mappedBy: "tier" }),
  })
  .indexes([{ on: ["handle"], unique: true }])
  .cascades({ delete: ["applications"] })
