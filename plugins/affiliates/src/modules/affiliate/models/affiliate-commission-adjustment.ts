import { model } from "@medusajs/framework/utils"
import { AffiliateCommission } from "./affiliate-commission"

/** A change to a commission after it was paid (a refund): a negative amount, one per refund total. */
export const AffiliateCommissionAdjustment = model
  .define("affiliate_commission_adjustment", {
    id: model.id({ prefix: "affadj" }).primaryKey(),
    commission: model.belongsTo(() => AffiliateCommission, { mappedBy: "adjustments" }),
    amount: model.bigNumber(),
    reason: model.text(),
    reference: model.text(),
  })
  .indexes([{ on: ["reference"], unique: true }])
