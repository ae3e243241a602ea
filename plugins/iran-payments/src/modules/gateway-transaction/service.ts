import { MedusaService } from "@medusajs/framework/utils"
import { GatewayTransaction } from "./models/gateway-transaction"

export type TimelineEntry = { at: string; status: string; note?: string }

class GatewayTransactionModuleService extends MedusaService({ GatewayTransaction }) {}

export default GatewayTransactionModuleService
