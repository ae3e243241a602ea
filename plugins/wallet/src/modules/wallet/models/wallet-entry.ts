import { model } from "@medusajs/framework/utils"
import { Wallet } from "./wallet"

/** An append-only ledger line. The unique idempotency key makes a retried money move a no-op. */
export const WalletEntry = model
  .define("wallet_entry", {
    id: model.id({ prefix: "wle" }).primaryKey(),
    wallet: model.belongsTo(() => Wallet, { mappedBy: "entries" }),
    type: model.enum(["credit", "debit", "hold", "release", "capture"]),
    amount: model.bigNumber(),
    balance_after: model.bigNumber(),
    held_after: model.bigNumber(),
    hold_id: model.text().nullable(),
    reference_type: model.text().nullable(),
    reference_id: model.text().nullable(),
    idempotency_key: model.text(),
    actor_type: model.text().nullable(),
    actor_id: model.text().nullable(),
    note: model.text().nullable(),
  })
  .indexes([
    { on: ["idempotency_key"], unique: true },
    { on: ["reference_type", "reference_id"] },
  ])
