import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import MellatProviderService from "./service"

export { MellatClient, tehranLocalDateTime, mellatMobile } from "./client"
export { mellatOptionsSchema, type MellatOptions } from "./service"
export { MellatProviderService }

export default ModuleProvider(Modules.PAYMENT, { services: [MellatProviderService] })
