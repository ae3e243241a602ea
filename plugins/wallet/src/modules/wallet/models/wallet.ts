import { model } from "@medusajs/framework/utils"
import { WalletEntry } from "./wallet-entry"
import { WalletHold } from "./wallet-hold"

/**
 * One wallet per owner and currency. `balance` and `held` are only ever written by the service's
 * locked ledger method, in the same transaction as the entry that explains the change.
 */
export const Wallet = model
  .define("wallet", {
    id: model.id({ prefix: "wal" }).primaryKey(),
    owner_type: model.enum(["customer", "market", "affiliate", "platform"]),
    owner_id: model.text(),
    currency_code: model.text(),
    balance: model.bigNumber().default(0),
    held: model.bigNumber().default(0),
    entries: model.hasMany(() => WalletEntry, { mappedBy: "wallet" }),
    holds: model.hasMany(() => WalletHold, { mappedBy: "wallet" }),
    metadata: model.json().nullable(),
  })
  .indexes([{ on: ["owner_type", "owner_id", "currency_code"], unique: true }])
