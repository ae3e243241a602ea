import { model } from "@medusajs/framework/utils"

/** A payout request to a Sheba IBAN; its amount sits in a hold until an admin decides. */
export const WalletWithdrawal = model
  .define("wallet_withdrawal", {
    id: model.id({ prefix: "wlw" }).primaryKey(),
    wallet_id: model.text(),
    amount: model.bigNumber(),
    currency_code: model.text(),
    iban: model.text(),
    account_holder: model.text(),
    status: model.enum(["pending", "approved", "rejected"]).default("pending"),
    hold_id: model.text(),
    bank_reference: model.text().nullable(),
    rejection_reason: model.text().nullable(),
    reviewed_by: model.text().nullable(),
    reviewed_at: model.dateTime().nullable(),
    exported_at: model.dateTime().nullable(),
  })
  // One payout request per hold: a replayed request (same idempotency key, same hold) finds it.
  .indexes([{ on: ["wallet_id"] }, { on: ["status"] }, { on: ["hold_id"], unique: true }])
