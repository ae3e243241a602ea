import { model } from "@medusajs/framework/utils"
import { AffiliateCommission } from "./affiliate-commission"

/**
 * A change to a commission after it was paid (a refund): a negative amount, one per refund total.
 * The money goes back from the affiliate's wallet to the market's; `settled_amount` is how much of it
 * moved so far (what the wallet could give without going negative); the rest is owed and taken from
 * the affiliate's next payouts.
 */
export const AffiliateCommissionAdjustment = model
  .define("affiliate_commission_adjustment", {
    id: model.id({ prefix: "affadj" }).primaryKey(),
    commission: model.belongsTo(() => AffiliateCommission, { mappedBy: "adjustments" }),
    amount: model.bigNumber(),
    reason: model.text(),
    reference: model.text(),
    settled_amount: model.bigNumber().default(0),
    settled_at: model.dateTime().nullable(),
  })
  .indexes([{ on: ["reference"], unique: true }])
