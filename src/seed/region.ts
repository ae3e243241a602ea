import { createRegionsWorkflow, createTaxRegionsWorkflow, updateStoresWorkflow } from "@medusajs/medusa/core-flows"
import { Modules } from "@medusajs/framework/utils"
import type { Seeder } from "./context"
import { IRAN } from "./demo-data"

/** The Iran region (IRR, IR) with 10% VAT, set as the store's default region. */
export const regionSeeder: Seeder = {
  name: "region",
  run: async (context) => {
    const { container } = context
    const regions = container.resolve(Modules.REGION)
    const [existing] = await regions.listRegions({ name: IRAN.regionName })
    let regionId = existing?.id
    if (!regionId) {
      const { result } = await createRegionsWorkflow(container).run({
        input: {
          regions: [
            {
              name: IRAN.regionName,
              currency_code: IRAN.currencyCode,
              countries: [IRAN.countryCode],
              payment_providers: ["pp_system_default"],
              automatic_taxes: true,
            },
          ],
        },
      })
      regionId = result[0].id
    }
    context.regionId = regionId

    const taxRegions = await container.resolve(Modules.TAX).listTaxRegions({ country_code: IRAN.countryCode })
    // Province-level tax regions have a parent; the country's own has none.
    if (!taxRegions.some((taxRegion) => !taxRegion.parent_id)) {
      await createTaxRegionsWorkflow(container).run({
        input: [
          {
            country_code: IRAN.countryCode,
            provider_id: "tp_system",
            default_tax_rate: { rate: IRAN.vat.rate, code: IRAN.vat.code, name: IRAN.vat.name },
          },
        ],
      })
    }

    const [store] = await container.resolve(Modules.STORE).listStores()
    if (store.default_region_id !== regionId) {
      await updateStoresWorkflow(container).run({
        input: { selector: { id: store.id }, update: { default_region_id: regionId } },
      })
    }
  },
}
