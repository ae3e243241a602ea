import { defineMiddlewares } from "@medusajs/framework/http"
import { adminWalletMiddlewares } from "./admin/middlewares"
import { storeWalletMiddlewares } from "./store/customers/me/wallet/middlewares"

export default defineMiddlewares({
  routes: [...storeWalletMiddlewares, ...adminWalletMiddlewares],
})
