import { model } from "@medusajs/framework/utils"
import { PricingTier } from "./pricing-tier"

/** A customer's request to join a tier, with the business details an admin reviews. */
export const PricingTierApplication = model
  .define("pricing_tier_application", {
    id: model.id({ prefix: "ptapp" }).primaryKey(),
    customer_id: model.text(),
    status: model.enum(["pending", "approved", "rejected"]).default("pending"),
    business_name: model.text(),
    business_type: model.text().nullable(),
    phone: model.text().nullable(),
    national_id: model.text().nullable(),
    city: model.text().nullable(),
    note: model.text().nullable(),
    review_note: model.text().nullable(),
    reviewed_by: model.text().nullable(),
    reviewed_at: model.dateTime().nullable(),
    tier: model.belongsTo(() => PricingTier, { mappedBy: "applications" }),
  })
  .indexes([
    { on: ["customer_id"] },
    { on: ["status"] },
    // One open application per customer and tier; decided ones stay as history.
    { on: ["customer_id", "tier_id"], unique: true, where: "status = 'pending' AND deleted_at IS NULL" },
  ])
