import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import ParsianProviderService from "./service"

export { ParsianClient, PARSIAN_SERVICES } from "./client"
export { parsianOptionsSchema, type ParsianOptions } from "./service"
export { ParsianProviderService }

export default ModuleProvider(Modules.PAYMENT, { services: [ParsianProviderService] })
