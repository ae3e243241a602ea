import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminListGatewayTransactions } from "./validators"

export const adminGatewayTransactionMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/iran-payments/transactions",
    middlewares: [validateAndTransformQuery(AdminListGatewayTransactions, {})],
  },
]
