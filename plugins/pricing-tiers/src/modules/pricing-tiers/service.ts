import { MedusaService } from "@medusajs/framework/utils"
import { PricingTier } from "./models/pricing-tier"
import { PricingTierApplication } from "./models/pricing-tier-application"

export class PricingTiersModuleService extends MedusaService({ PricingTier, PricingTierApplication }) {}

export default PricingTiersModuleService
