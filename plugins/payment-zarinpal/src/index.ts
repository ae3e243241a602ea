import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import ZarinpalProviderService from "./service"

export { ZarinpalClient } from "./client"
export { zarinpalOptionsSchema, type ZarinpalOptions } from "./service"
export { ZarinpalProviderService }

export default ModuleProvider(Modules.PAYMENT, { services: [ZarinpalProviderService] })
