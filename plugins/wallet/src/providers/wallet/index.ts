import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import WalletPaymentProviderService from "./service"

export default ModuleProvider(Modules.PAYMENT, {
  services: [WalletPaymentProviderService],
})

export { WALLET_PROVIDER_ID, WALLET_PROVIDER_IDENTIFIER } from "./constants"
