import { defineMiddlewares } from "@medusajs/framework/http"
import { adminSmsMiddlewares } from "./admin/sms/middlewares"

export default defineMiddlewares({ routes: [...adminSmsMiddlewares] })
