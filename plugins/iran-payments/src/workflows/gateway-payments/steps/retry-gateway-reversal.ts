import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { GATEWAY_TRANSACTION_MODULE } from "../../../modules/gateway-transaction"
import type GatewayTransactionModuleService from "../../../modules/gateway-transaction/service"
import type { GatewaySessionData } from "../../../lib/types"
import { reversalAttempts, MAX_REVERSAL_ATTEMPTS } from "../reversal-candidates"

export type RetriedReversal = {
  /** `skipped`: no longer pending (another run reversed it); `given_up`: an operator refunds it. */
  state: "reversed" | "pending" | "given_up" | "skipped"
  data: GatewaySessionData | null
  message?: string
}

/**
 * Asks the bank again to reverse a payment whose order was refused and whose reversal failed. Runs
 * under the payment's lock and re-reads the transaction first, so two runs never reverse it twice; a
 * payment already canceled with a reversal is taken as reversed without calling the bank.
 */
export const retryGatewayReversalStep = createStep("retry-gateway-reversal", async (input: { session_id: string }, { container }) => {
  const transactions: GatewayTransactionModuleService = container.resolve(GATEWAY_TRANSACTION_MODULE)
  const payments = container.resolve(Modules.PAYMENT)
  const [transaction] = await transactions.listGatewayTransactions({ payment_session_id: input.session_id })
  const session = await payments.retrievePaymentSession(input.session_id, { relations: ["payment"] })
  const sessionData = session.data as unknown as GatewaySessionData
  if (transaction?.status !== "reversal_pending" || !session.payment) {
    return new StepResponse<RetriedReversal>({ state: "skipped", data: sessionData })
  }
  const reason = (transaction.error_message ?? "the order could not be placed").split("; the bank's payment")[0]
  const current = await payments.retrievePayment(session.payment.id, { select: ["id", "data", "canceled_at"] })
  let failure = "the payment was canceled without a reversal"
  let data = current.data as unknown as GatewaySessionData
  if (!current.canceled_at) {
    try {
      data = (await payments.cancelPayment(current.id)).data as unknown as GatewaySessionData
    } catch (error) {
      failure = (error as Error).message
      container.resolve(ContainerRegistrationKeys.LOGGER).warn(`iran-payments: reversal of ${input.session_id} failed again: ${failure}`)
    }
  }
  if (data?.reversed_at) {
    return new StepResponse<RetriedReversal>({ state: "reversed", data, message: `${reason}; the bank's payment was reversed by the reconciliation job` })
  }
  if (reversalAttempts(transaction.timeline).count + 1 >= MAX_REVERSAL_ATTEMPTS) {
    const message = `${reason}; the bank's payment could not be reversed (${failure}): refund it to the customer's wallet or at the bank`
    return new StepResponse<RetriedReversal>({ state: "given_up", data, message })
  }
  return new StepResponse<RetriedReversal>({ state: "pending", data, message: failure })
})
