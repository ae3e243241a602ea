import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { PhoneOtpAuthProvider } from "./service"

export type { PhoneOtpOptions } from "./service"
export { PhoneOtpAuthProvider }

export default ModuleProvider(Modules.AUTH, { services: [PhoneOtpAuthProvider] })
