import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { GATEWAY_TRANSACTION_MODULE } from "../../../../modules/gateway-transaction"
import type GatewayTransactionModuleService from "../../../../modules/gateway-transaction/service"
import type { AdminListGatewayTransactionsType } from "./validators"

/** The gateway transactions (with their timelines) of an order, cart or payment collection. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminListGatewayTransactionsType>, res: MedusaResponse) {
  const { limit, offset, ...filters } = req.validatedQuery as AdminListGatewayTransactionsType
  const service: GatewayTransactionModuleService = req.scope.resolve(GATEWAY_TRANSACTION_MODULE)
  const selector = Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== undefined))
  const [transactions, count] = await service.listAndCountGatewayTransactions(selector, {
    take: limit,
    skip: offset,
    order: { created_at: "DESC" },
  })
  res.json({ gateway_transactions: transactions, count, limit, offset })
}
