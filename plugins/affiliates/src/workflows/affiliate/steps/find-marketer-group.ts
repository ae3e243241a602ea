import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { affiliatesOptions } from "../../../lib/plugin-options"

/**
 * On approval, the customer group of the `marketerTier` option's pricing tier (`@asoud/pricing-tiers`), or null
 * when the option is unset or that plugin does not run here.
 */
export const findMarketerGroupStep = createStep("find-marketer-group", async (input: { approving: boolean }, { container }) => {
  const handle = affiliatesOptions(container).marketerTier
  if (!input.approving || !handle || !container.hasRegistration("pricingTiers")) {
    return new StepResponse(null)
  }
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "pricing_tier",
    fields: ["id", "customer_group_id"],
    filters: { handle },
  })
  return new StepResponse(((data[0] as { customer_group_id?: string } | undefined)?.customer_group_id ?? null) as string | null)
})
