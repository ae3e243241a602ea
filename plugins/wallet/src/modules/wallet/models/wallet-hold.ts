import { model } from "@medusajs/framework/utils"
import { Wallet } from "./wallet"

/** Money set aside from `available` until it is captured (debited) or released. */
export const WalletHold = model
  .define("wallet_hold", {
    id: model.id({ prefix: "wlh" }).primaryKey(),
    wallet: model.belongsTo(() => Wallet, { mappedBy: "holds" }),
    amount: model.bigNumber(),
    status: model.enum(["active", "released", "captured"]).default("active"),
    reference_type: model.text().nullable(),
    reference_id: model.text().nullable(),
  })
  .indexes([{ on: ["reference_type", "reference_id"] }])
