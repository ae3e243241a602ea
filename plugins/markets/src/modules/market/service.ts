import { MedusaService } from "@medusajs/framework/utils"
import { Market } from "./models/market"
import { MarketInvitation } from "./models/market-invitation"
import { MarketMember } from "./models/market-member"
import { MarketOrder } from "./models/market-order"
import { OrderGroup } from "./models/order-group"
import { PlatformAdmin } from "./models/platform-admin"

class MarketModuleService extends MedusaService({
  Market,
  MarketMember,
  MarketInvitation,
  OrderGroup,
  MarketOrder,
  PlatformAdmin,
}) {}

export default MarketModuleService
