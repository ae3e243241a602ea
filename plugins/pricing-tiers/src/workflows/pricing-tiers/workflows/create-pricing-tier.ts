import { createCustomerGroupsWorkflow, createPriceListsWorkflow } from "@medusajs/medusa/core-flows"
import { PriceListStatus, PriceListType } from "@medusajs/framework/utils"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { CUSTOMER_GROUP_RULE_ATTRIBUTE } from "../../../lib/constants"
import { createPricingTiersStep } from "../steps/create-pricing-tiers"
import { validateNewTierStep } from "../steps/validate-new-tier"

export type CreatePricingTierInput = {
  handle: string
  name: string
  description?: string | null
  priority?: number
  requires_approval?: boolean
  is_retail?: boolean
}

export const createPricingTierWorkflowId = "create-pricing-tier"

/**
 * A tier is a customer group plus a `sale` price list restricted to that group. `sale` rather than
 * `override`: Medusa then charges min(tier price, retail base price at that quantity), so a retail
 * quantity break cheaper than the tier price still wins, and two tiers compare by amount.
 * The retail tier owns neither: its prices are the variants' base prices.
 */
export const createPricingTierWorkflow = createWorkflow(createPricingTierWorkflowId, (input: CreatePricingTierInput) => {
  validateNewTierStep(input)

  const groupAndList = when("tier-needs-group-and-list", { input }, ({ input }) => !input.is_retail).then(() => {
    const groups = createCustomerGroupsWorkflow.runAsStep({
      input: { customersData: [{ name: input.name, metadata: { pricing_tier: input.handle } }] },
    })
    const listInput = transform({ input, groups }, ({ input, groups }) => ({
      price_lists_data: [
        {
          title: `Tier: ${input.name}`,
          description: `Prices of the ${input.handle} pricing tier (managed by @asoud/pricing-tiers)`,
          type: PriceListType.SALE,
          status: PriceListStatus.ACTIVE,
          rules: { [CUSTOMER_GROUP_RULE_ATTRIBUTE]: [groups[0].id] },
        },
      ],
    }))
    const lists = createPriceListsWorkflow.runAsStep({ input: listInput })
    return transform({ groups, lists }, ({ groups, lists }) => ({ groupId: groups[0].id, listId: lists[0].id }))
  })

  const tierData = transform({ input, groupAndList }, ({ input, groupAndList }) => [
    {
      handle: input.handle,
      name: input.name,
      description: input.description ?? null,
      priority: input.priority ?? 100,
      requires_approval: input.requires_approval ?? !input.is_retail,
      is_retail: !!input.is_retail,
      customer_group_id: groupAndList?.groupId ?? null,
      price_list_id: groupAndList?.listId ?? null,
    },
  ])
  const tiers = createPricingTiersStep(tierData)
  return new WorkflowResponse(transform({ tiers }, ({ tiers }) => tiers[0]))
})
