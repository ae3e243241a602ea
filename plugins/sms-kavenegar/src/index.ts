import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { KavenegarSmsProvider } from "./service"

export { KavenegarClient, kavenegarError, KAVENEGAR_BASE_URL } from "./client"
export type { KavenegarEntry } from "./client"
export type { KavenegarOptions } from "./service"
export { KavenegarSmsProvider }

export default ModuleProvider(Modules.NOTIFICATION, { services: [KavenegarSmsProvider] })
