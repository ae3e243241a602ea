import { Module } from "@medusajs/framework/utils"
import { PricingTiersModuleService } from "./service"

export const PRICING_TIERS_MODULE = "pricingTiers"

export default Module(PRICING_TIERS_MODULE, { service: PricingTiersModuleService })

export { PricingTiersModuleService }
