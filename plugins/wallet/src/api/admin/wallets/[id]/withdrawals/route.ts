import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { requestWithdrawalWorkflow } from "../../../../../workflows"
import { idempotencyKey, sendWalletWithdrawals } from "../../../../helpers"
import type { CreateWithdrawalType, ListWithdrawalsParamsType } from "../../../../validators"
import { assertMayRequestPayout, walletForAdmin } from "../../../wallet-access"

/** A market's payout requests, newest first (its staff see their own market's only). */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, ListWithdrawalsParamsType>, res: MedusaResponse) => {
  const wallet = await walletForAdmin(req, req.params.id)
  await sendWalletWithdrawals(req, res, wallet.id)
}

/** The market's owner asks for a payout to a Sheba account; the amount is held until the platform decides. */
export const POST = async (req: AuthenticatedMedusaRequest<CreateWithdrawalType>, res: MedusaResponse) => {
  const wallet = await walletForAdmin(req, req.params.id)
  assertMayRequestPayout(req, wallet)
  const body = req.validatedBody
  const { result } = await requestWithdrawalWorkflow(req.scope).run({
    input: {
      owner_type: wallet.owner_type,
      owner_id: wallet.owner_id,
      currency_code: wallet.currency_code,
      amount: body.amount,
      iban: body.iban,
      account_holder: body.account_holder,
      idempotency_key: idempotencyKey(body.idempotency_key, req.headers["idempotency-key"]),
      actor_type: "user",
      actor_id: req.auth_context.actor_id,
    },
  })
  res.status(201).json({ withdrawal: result })
}
