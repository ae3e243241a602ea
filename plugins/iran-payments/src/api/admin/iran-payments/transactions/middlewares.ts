import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminListGatewayTransactions, AdminSettleGatewayRefund } from "./validators"

export const adminGatewayTransactionMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/iran-payments/transactions",
    middlewares: [validateAndTransformQuery(AdminListGatewayTransactions, {})],
  },
  {
    method: ["POST"],
    matcher: "/admin/iran-payments/transactions/:id/refund",
    middlewares: [validateAndTransformBody(AdminSettleGatewayRefund)],
  },
]
