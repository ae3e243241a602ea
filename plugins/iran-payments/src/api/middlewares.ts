import { defineMiddlewares } from "@medusajs/framework/http"
import { adminGatewayTransactionMiddlewares } from "./admin/iran-payments/transactions/middlewares"

export default defineMiddlewares({
  routes: [...adminGatewayTransactionMiddlewares],
})
