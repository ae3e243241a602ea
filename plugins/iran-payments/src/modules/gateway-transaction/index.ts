import { Module } from "@medusajs/framework/utils"
import GatewayTransactionModuleService from "./service"

export const GATEWAY_TRANSACTION_MODULE = "gatewayTransaction"

export default Module(GATEWAY_TRANSACTION_MODULE, {
  service: GatewayTransactionModuleService,
})

export type { TimelineEntry } from "./service"
export { GATEWAY_TRANSACTION_STATUSES, type GatewayTransactionStatus } from "./models/gateway-transaction"
