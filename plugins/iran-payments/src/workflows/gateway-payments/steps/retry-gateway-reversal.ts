import type { UpdatePaymentDTO } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { GATEWAY_TRANSACTION_MODULE } from "../../../modules/gateway-transaction"
import type GatewayTransactionModuleService from "../../../modules/gateway-transaction/service"
import type { GatewaySessionData } from "../../../lib/types"
import { reversalAttempts, MAX_REVERSAL_ATTEMPTS } from "../reversal-candidates"

export type RetriedReversal = {
  /**
   * `skipped`: no longer pending (another run reversed it); `refund_required`: the gateway's window
   * closed or the attempts ran out, so an operator refunds the shopper (wallet or bank).
   */
  state: "reversed" | "pending" | "refund_required" | "skipped"
  data: GatewaySessionData | null
  message?: string
}

/**
 * Asks the bank again to reverse a payment whose order was refused and whose reversal failed. Runs
 * under the payment's lock and re-reads the transaction first, so two runs never reverse it twice; a
 * payment already canceled with a reversal is taken as reversed without calling the bank. The provider
 * is told it is a retry (`reversal_retry_at`, the job's clock): it first asks the gateway whether the
 * earlier reversal went through, and refuses to call the gateway past its reversal window.
 */
export const retryGatewayReversalStep = createStep("retry-gateway-reversal", async (input: { session_id: string; now?: string }, { container }) => {
  const transactions: GatewayTransactionModuleService = container.resolve(GATEWAY_TRANSACTION_MODULE)
  const payments = container.resolve(Modules.PAYMENT)
  const [transaction] = await transactions.listGatewayTransactions({ payment_session_id: input.session_id })
  const session = await payments.retrievePaymentSession(input.session_id, { relations: ["payment"] })
  const sessionData = session.data as unknown as GatewaySessionData
  if (transaction?.status !== "reversal_pending" || !session.payment) {
    return new StepResponse<RetriedReversal>({ state: "skipped", data: sessionData })
  }
  const now = input.now ?? new Date().toISOString()
  const reason = (transaction.error_message ?? "the order could not be placed").split("; the bank's payment")[0]
  const current = await payments.retrievePayment(session.payment.id, { select: ["id", "data", "canceled_at"] })
  let failure = "the payment was canceled without a reversal"
  let data = current.data as unknown as GatewaySessionData
  if (!current.canceled_at) {
    try {
      // `cancelPayment` takes only the payment id, so the retry's marker travels in the payment's data
      // (the module writes `data` as given; its DTO type just does not list it).
      await payments.updatePayment({ id: current.id, data: { ...current.data, reversal_retry_at: now } } as UpdatePaymentDTO)
      data = (await payments.cancelPayment(current.id)).data as unknown as GatewaySessionData
    } catch (error) {
      await payments.updatePayment({ id: current.id, data: current.data } as UpdatePaymentDTO)
      failure = (error as Error).message
      container.resolve(ContainerRegistrationKeys.LOGGER).warn(`iran-payments: reversal of ${input.session_id} failed again: ${failure}`)
    }
  }
  if (data?.reversed_at) {
    const how = data.reversal_found ? `the bank had reversed it (${data.reversal_found})` : "reversed by the reconciliation job"
    return new StepResponse<RetriedReversal>({ state: "reversed", data, message: `${reason}; the bank's payment was ${how}` })
  }
  const windowClosed = !!data?.reversible_until && Date.parse(now) > Date.parse(data.reversible_until)
  if (windowClosed || reversalAttempts(transaction.timeline).count + 1 >= MAX_REVERSAL_ATTEMPTS) {
    const why = windowClosed ? `the gateway's reversal window closed at ${data.reversible_until}` : `it could not be reversed (${failure})`
    const message = `${reason}; the bank's payment is not reversed: ${why}. Refund it to the customer's wallet or at the bank, then settle this transaction`
    return new StepResponse<RetriedReversal>({ state: "refund_required", data, message })
  }
  return new StepResponse<RetriedReversal>({ state: "pending", data, message: failure })
})
