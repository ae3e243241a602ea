import {
  createApiKeysWorkflow,
  createSalesChannelsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  emitEventStep,
  linkSalesChannelsToApiKeyWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
} from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createMarketStep } from "../steps/create-market"
import { createMarketMembersStep } from "../steps/create-market-members"
import { setMarketVisibilityStep } from "../steps/set-market-visibility"
import { updateMarketStep } from "../steps/update-market"
import { MarketEvents, type CreateMarketWorkflowInput } from "../types"

export const createMarketWorkflowId = "create-market"

/**
 * Creates a market with everything it trades through: its own sales channel, a publishable key for
 * its storefront, a stock location and a shipping profile, all linked to it. An active market joins
 * the marketplace storefront at once; a pending one waits for approval.
 */
export const createMarketWorkflow = createWorkflow(createMarketWorkflowId, (input: CreateMarketWorkflowInput) => {
  const marketData = transform({ input }, ({ input }) => {
    const { owner_user_id: _owner, ...market } = input
    return market
  })
  const market = createMarketStep(marketData)

  const channels = createSalesChannelsWorkflow.runAsStep({
    input: transform({ input }, ({ input }) => ({
      salesChannelsData: [{ name: `market:${input.handle}`, description: input.name }],
    })),
  })
  const keys = createApiKeysWorkflow.runAsStep({
    input: transform({ input }, ({ input }) => ({
      api_keys: [{ title: `market:${input.handle}`, type: "publishable" as const, created_by: "" }],
    })),
  })
  const locations = createStockLocationsWorkflow.runAsStep({
    input: transform({ input }, ({ input }) => ({
      locations: [
        {
          name: `market:${input.handle}`,
          address: {
            address_1: input.address || input.city || input.name,
            city: input.city ?? undefined,
            province: input.province ?? undefined,
            postal_code: input.postal_code ?? undefined,
            country_code: "ir",
          },
        },
      ],
    })),
  })
  const profiles = createShippingProfilesWorkflow.runAsStep({
    input: transform({ input }, ({ input }) => ({ data: [{ name: `market:${input.handle}`, type: "market" }] })),
  })

  const ids = transform({ market, channels, keys, locations, profiles }, (data) => ({
    id: data.market.id,
    sales_channel_id: data.channels[0].id,
    publishable_key_id: data.keys[0].id,
    stock_location_id: data.locations[0].id,
    shipping_profile_id: data.profiles[0].id,
  }))
  linkSalesChannelsToApiKeyWorkflow.runAsStep({
    input: transform({ ids }, ({ ids }) => ({ id: ids.publishable_key_id, add: [ids.sales_channel_id] })),
  })
  linkSalesChannelsToStockLocationWorkflow.runAsStep({
    input: transform({ ids }, ({ ids }) => ({ id: ids.stock_location_id, add: [ids.sales_channel_id] })),
  })
  const linked = updateMarketStep(ids)

  when("market-has-owner", { input }, ({ input }) => !!input.owner_user_id).then(() => {
    createMarketMembersStep(
      transform({ input, market }, ({ input, market }) => [
        { market_id: market.id, user_id: input.owner_user_id!, role: "owner" as const },
      ])
    )
  })
  when("market-is-active", { input }, ({ input }) => input.status === "active").then(() => {
    setMarketVisibilityStep(transform({ market }, ({ market }) => ({ market_id: market.id, visible: true })))
  })

  emitEventStep({ eventName: MarketEvents.CREATED, data: transform({ market }, ({ market }) => ({ id: market.id })) })

  return new WorkflowResponse(linked)
})
