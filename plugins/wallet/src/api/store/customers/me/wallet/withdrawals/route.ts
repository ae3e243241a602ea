import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { requestWithdrawalWorkflow } from "../../../../../../workflows"
import { findWallet, idempotencyKey, sendWalletWithdrawals } from "../../../../../helpers"
import type { CreateWithdrawalType, ListWithdrawalsParamsType } from "../../../../../validators"

/** Asks for a payout to the customer's Sheba account; the amount is held until an admin decides. */
export const POST = async (req: AuthenticatedMedusaRequest<CreateWithdrawalType>, res: MedusaResponse) => {
  const body = req.validatedBody
  const { result } = await requestWithdrawalWorkflow(req.scope).run({
    input: {
      owner_type: "customer",
      owner_id: req.auth_context.actor_id,
      currency_code: body.currency_code,
      amount: body.amount,
      iban: body.iban,
      account_holder: body.account_holder,
      idempotency_key: idempotencyKey(body.idempotency_key, req.headers["idempotency-key"]),
      actor_type: "customer",
      actor_id: req.auth_context.actor_id,
    },
  })
  res.status(201).json({ withdrawal: result })
}

export const GET = async (req: AuthenticatedMedusaRequest<unknown, ListWithdrawalsParamsType>, res: MedusaResponse) => {
  const { skip, take } = req.queryConfig.pagination
  const wallet = await findWallet(req.scope, { owner_type: "customer", owner_id: req.auth_context.actor_id, currency_code: "irr" })
  if (!wallet) {
    return res.json({ withdrawals: [], count: 0, offset: skip, limit: take })
  }
  await sendWalletWithdrawals(req, res, wallet.id)
}
