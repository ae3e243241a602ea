import { model } from "@medusajs/framework/utils"

export const GATEWAY_TRANSACTION_STATUSES = [
  "initiated", // seen before any return (reconciliation found it pending)
  "returned", // the browser came back saying paid; verification under way
  "canceled", // the shopper cancelled or the card was refused on the bank page
  "rejected", // the return did not match this payment; nothing was verified
  "pending", // verify got no answer; the reconciliation job resolves it
  "verified", // verified (and settled); order placed or top-up authorized
  "failed", // verification failed or the cart could not be completed (money reversed where taken)
  "reversal_pending", // no order could be placed and the bank did not reverse yet; the job retries the reversal
  "expired", // never paid; released by the reconciliation job
  "refund_required", // no order, not reversed, and the gateway no longer will: an operator refunds the shopper
  "refunded", // an operator refunded it (to the shopper's wallet or at the bank) and settled the record
] as const

export type GatewayTransactionStatus = (typeof GATEWAY_TRANSACTION_STATUSES)[number]

/** The audit record of one gateway payment attempt (one payment session). */
export const GatewayTransaction = model
  .define("gateway_transaction", {
    id: model.id({ prefix: "gtx" }).primaryKey(),
    provider_id: model.text(),
    payment_session_id: model.text().unique(),
    payment_collection_id: model.text(),
    cart_id: model.text().nullable(),
    order_id: model.text().nullable(),
    payment_id: model.text().nullable(),
    /** Authority (Zarinpal), RefId (Mellat) or Token (Parsian). */
    token: model.text(),
    /** Our numeric order id sent to the gateway for this attempt. */
    order_reference: model.text(),
    amount: model.bigNumber(),
    gateway_amount: model.bigNumber(),
    gateway_unit: model.enum(["IRR", "IRT"]),
    status: model.enum([...GATEWAY_TRANSACTION_STATUSES]),
    /** RefID / SaleReferenceId / RRN. */
    bank_reference: model.text().nullable(),
    card_pan: model.text().nullable(),
    return_payload: model.json().nullable(),
    error_code: model.text().nullable(),
    error_message: model.text().nullable(),
    /** `{ entries: [{ at, status, note }] }`, appended under the payment's lock. */
    timeline: model.json(),
    verified_at: model.dateTime().nullable(),
  })
  .indexes([
    { on: ["provider_id", "token"] },
    { on: ["order_id"] },
    { on: ["status"] },
    { on: ["payment_collection_id"] },
  ])
