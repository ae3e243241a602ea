import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { PRICING_TIERS_MODULE } from "../modules/pricing-tiers"
import type { PricingTiersModuleService } from "../modules/pricing-tiers/service"

export type TierSummary = {
  id: string
  handle: string
  name: string
  is_retail: boolean
  customer_group_id: string | null
  price_list_id: string | null
  priority: number
  requires_approval: boolean
}

const TIER_FIELDS = ["id", "handle", "name", "is_retail", "customer_group_id", "price_list_id", "priority", "requires_approval"]

export async function listTiers(container: MedusaContainer): Promise<TierSummary[]> {
  const service = container.resolve<PricingTiersModuleService>(PRICING_TIERS_MODULE)
  const tiers = await service.listPricingTiers({}, { select: TIER_FIELDS, order: { priority: "ASC", handle: "ASC" } })
  return tiers as TierSummary[]
}

/**
 * The customer's groups read straight from the customer module. Carts load the customer through a
 * cache keyed by customer id (findOrCreateCustomerStep), so a newly approved member would otherwise be
 * priced as before until that entry expires.
 */
export async function currentCustomerGroupIds(container: MedusaContainer, customerId: string): Promise<string[]> {
  const customers = container.resolve(Modules.CUSTOMER)
  const links = await customers.listCustomerGroupCustomers({ customer_id: customerId }, { select: ["customer_group_id"] })
  return [...new Set(links.map((link) => link.customer_group_id))]
}

/** Retail plus every tier whose group the customer is in, in priority order. */
export function entitledTiers(tiers: TierSummary[], groupIds: string[]): TierSummary[] {
  return tiers.filter((tier) => tier.is_retail || (tier.customer_group_id && groupIds.includes(tier.customer_group_id)))
}

/** The pricing context Medusa's cart workflows should price with: the customer's groups as they are now. */
export async function freshCustomerPricingContext(container: MedusaContainer, customerId: string | null | undefined) {
  if (!customerId) {
    return {}
  }
  const groupIds = await currentCustomerGroupIds(container, customerId)
  return { customer: { id: customerId, groups: groupIds.map((id) => ({ id })) } }
}
