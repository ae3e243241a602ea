import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { SmsFailoverProviderService } from "./service"

export type { SmsFailoverOptions, SmsProviderEntry } from "./service"
export { SmsFailoverProviderService }

export default ModuleProvider(Modules.NOTIFICATION, { services: [SmsFailoverProviderService] })
