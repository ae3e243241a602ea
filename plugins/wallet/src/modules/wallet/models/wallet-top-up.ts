import { model } from "@medusajs/framework/utils"

/** A top-up paid through a gateway: a payment collection not tied to any cart. */
export const WalletTopUp = model
  .define("wallet_top_up", {
    id: model.id({ prefix: "wlt" }).primaryKey(),
    wallet_id: model.text(),
    amount: model.bigNumber(),
    currency_code: model.text(),
    provider_id: model.text(),
    payment_collection_id: model.text(),
    status: model.enum(["pending", "credited", "failed"]).default("pending"),
    entry_id: model.text().nullable(),
  })
  .indexes([{ on: ["wallet_id"] }, { on: ["payment_collection_id"], unique: true }])
