import { model } from "@medusajs/framework/utils"
import { AffiliateCommissionAdjustment } from "./affiliate-commission-adjustment"

/**
 * One affiliate commission per market order. `amount` is what is owed now (a partial refund before
 * approval lowers it); `original_amount` what the order earned when placed. `review` is set when a
 * fraud rule flagged it: `flagged` waits for an admin, `cleared` may be approved, `rejected` never.
 */
export const AffiliateCommission = model
  .define("affiliate_commission", {
    id: model.id({ prefix: "affcom" }).primaryKey(),
    affiliate_id: model.text(),
    attribution_id: model.text(),
    order_id: model.text(),
    checkout_order_id: model.text(),
    market_id: model.text().nullable(),
    currency_code: model.text(),
    base_amount: model.bigNumber(),
    original_amount: model.bigNumber(),
    amount: model.bigNumber(),
    refunded_total: model.bigNumber().default(0),
    status: model.enum(["pending", "approved", "paid", "rejected"]).default("pending"),
    review: model.enum(["flagged", "cleared", "rejected"]).nullable(),
    flag_reason: model.text().nullable(),
    rejection_reason: model.text().nullable(),
    lines: model.json(),
    hold_until: model.dateTime(),
    approved_at: model.dateTime().nullable(),
    paid_at: model.dateTime().nullable(),
    payout_error: model.text().nullable(),
    adjustments: model.hasMany(() => AffiliateCommissionAdjustment, { mappedBy: "commission" }),
  })
  .indexes([
    { on: ["order_id"], unique: true },
    { on: ["affiliate_id", "status"] },
    { on: ["status", "hold_until"] },
  ])
