import {
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
} from "@medusajs/medusa/core-flows"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { requireSeeded, type Seeder } from "./context"
import { IRAN, SHIPPING_OPTIONS, WAREHOUSE } from "./demo-data"

const MANUAL_PROVIDER = "manual_manual"

/** A Tehran warehouse serving all of Iran, with post and courier shipping options. */
export const fulfillmentSeeder: Seeder = {
  name: "fulfillment",
  run: async (context) => {
    const { container } = context
    const salesChannelId = requireSeeded(context.salesChannelId, "the sales channel")
    const regionId = requireSeeded(context.regionId, "the region")
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    const fulfillment = container.resolve(Modules.FULFILLMENT)

    const [existingLocation] = await container
      .resolve(Modules.STOCK_LOCATION)
      .listStockLocations({ name: WAREHOUSE.name })
    let stockLocationId = existingLocation?.id
    if (!stockLocationId) {
      const { result } = await createStockLocationsWorkflow(container).run({
        input: { locations: [{ name: WAREHOUSE.name, address: WAREHOUSE.address }] },
      })
      stockLocationId = result[0].id
      await link.create({
        [Modules.STOCK_LOCATION]: { stock_location_id: stockLocationId },
        [Modules.FULFILLMENT]: { fulfillment_provider_id: MANUAL_PROVIDER },
      })
      await linkSalesChannelsToStockLocationWorkflow(container).run({
        input: { id: stockLocationId, add: [salesChannelId] },
      })
    }
    context.stockLocationId = stockLocationId

    const [profile] = await fulfillment.listShippingProfiles({ type: "default" })
    let shippingProfileId = profile?.id
    if (!shippingProfileId) {
      const { result } = await createShippingProfilesWorkflow(container).run({
        input: { data: [{ name: "Default Shipping Profile", type: "default" }] },
      })
      shippingProfileId = result[0].id
    }
    context.shippingProfileId = shippingProfileId

    const [existingSet] = await fulfillment.listFulfillmentSets(
      { name: WAREHOUSE.fulfillmentSetName },
      { relations: ["service_zones"] }
    )
    let fulfillmentSet = existingSet
    if (!fulfillmentSet) {
      fulfillmentSet = await fulfillment.createFulfillmentSets({
        name: WAREHOUSE.fulfillmentSetName,
        type: "shipping",
        service_zones: [
          { name: WAREHOUSE.serviceZoneName, geo_zones: [{ country_code: IRAN.countryCode, type: "country" }] },
        ],
      })
      await link.create({
        [Modules.STOCK_LOCATION]: { stock_location_id: stockLocationId },
        [Modules.FULFILLMENT]: { fulfillment_set_id: fulfillmentSet.id },
      })
    }
    const serviceZoneId = fulfillmentSet.service_zones[0].id

    const existingOptions = await fulfillment.listShippingOptions({ service_zone: { id: serviceZoneId } })
    const missing = SHIPPING_OPTIONS.filter(
      (option) => !existingOptions.some((existing) => existing.name === option.name)
    )
    if (missing.length) {
      await createShippingOptionsWorkflow(container).run({
        input: missing.map((option) => ({
          name: option.name,
          price_type: "flat" as const,
          provider_id: MANUAL_PROVIDER,
          service_zone_id: serviceZoneId,
          shipping_profile_id: shippingProfileId,
          type: { label: option.name, description: option.description, code: option.code },
          prices: [
            { currency_code: IRAN.currencyCode, amount: option.amount },
            { region_id: regionId, amount: option.amount },
          ],
          rules: [
            { attribute: "enabled_in_store", value: "true", operator: "eq" as const },
            { attribute: "is_return", value: "false", operator: "eq" as const },
          ],
        })),
      })
    }
  },
}
