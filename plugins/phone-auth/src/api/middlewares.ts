import { defineMiddlewares } from "@medusajs/framework/http"
import { phoneOtpAuthMiddlewares } from "./auth/middlewares"
import { storeCustomerPhoneMiddlewares } from "./store/customers/middlewares"

export default defineMiddlewares({ routes: [...phoneOtpAuthMiddlewares, ...storeCustomerPhoneMiddlewares] })
