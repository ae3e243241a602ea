import { Module } from "@medusajs/framework/utils"
import checkMarketsBridge from "./loaders/markets-bridge"
import WalletModuleService from "./service"

export const WALLET_MODULE = "wallet"

export default Module(WALLET_MODULE, {
  service: WalletModuleService,
  loaders: [checkMarketsBridge],
})

export * from "./types"
export { WalletModuleService }
