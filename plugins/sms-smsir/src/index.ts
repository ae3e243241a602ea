import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { SmsIrSmsProvider } from "./service"

export { SmsIrClient, smsIrError, SMSIR_BASE_URL } from "./client"
export type { SmsIrBulkResult, SmsIrVerifyResult } from "./client"
export type { SmsIrOptions } from "./service"
export { SmsIrSmsProvider }

export default ModuleProvider(Modules.NOTIFICATION, { services: [SmsIrSmsProvider] })
