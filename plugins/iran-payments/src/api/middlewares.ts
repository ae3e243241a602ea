import { defineMiddlewares } from "@medusajs/framework/http"
import { adminGatewayTransactionMiddlewares } from "./admin/iran-payments/transactions/middlewares"
import { storePaymentCollectionMiddlewares } from "./store/payment-collections/middlewares"

export default defineMiddlewares({
  routes: [...adminGatewayTransactionMiddlewares, ...storePaymentCollectionMiddlewares],
})
