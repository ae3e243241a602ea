import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { WALLET_MODULE } from "../../../../../modules/wallet"
import type WalletModuleService from "../../../../../modules/wallet/service"
import { adjustWalletWorkflow } from "../../../../../workflows"
import { idempotencyKey, presentWallet } from "../../../../helpers"
import type { AdjustWalletType } from "../../../../validators"

/** A manual credit or debit with a reason, recorded with the admin who made it. */
export const POST = async (req: AuthenticatedMedusaRequest<AdjustWalletType>, res: MedusaResponse) => {
  const { result: entry } = await adjustWalletWorkflow(req.scope).run({
    input: {
      wallet_id: req.params.id,
      type: req.validatedBody.type,
      amount: req.validatedBody.amount,
      reason: req.validatedBody.reason,
      actor_id: req.auth_context.actor_id,
      idempotency_key: idempotencyKey(req.validatedBody.idempotency_key, req.headers["idempotency-key"]),
    },
  })
  const wallet = await req.scope.resolve<WalletModuleService>(WALLET_MODULE).retrieveWallet(req.params.id)
  res.status(201).json({ entry, wallet: presentWallet(wallet) })
}
