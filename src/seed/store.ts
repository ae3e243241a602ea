import {
  createSalesChannelsWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"
import { Modules } from "@medusajs/framework/utils"
import type { Seeder } from "./context"
import { IRAN, STOREFRONT } from "./demo-data"

/** The storefront's sales channel, and the store itself trading in IRR. */
export const storeSeeder: Seeder = {
  name: "store",
  run: async (context) => {
    const { container } = context
    const salesChannels = container.resolve(Modules.SALES_CHANNEL)
    const [existing] = await salesChannels.listSalesChannels({ name: STOREFRONT.salesChannelName })
    let salesChannelId = existing?.id
    if (!salesChannelId) {
      const { result } = await createSalesChannelsWorkflow(container).run({
        input: {
          salesChannelsData: [
            { name: STOREFRONT.salesChannelName, description: STOREFRONT.salesChannelDescription },
          ],
        },
      })
      salesChannelId = result[0].id
    }
    context.salesChannelId = salesChannelId

    const [store] = await container.resolve(Modules.STORE).listStores({}, {
      relations: ["supported_currencies"],
    })
    const tradesInIrr = store.supported_currencies?.some(
      (currency) => currency.currency_code === IRAN.currencyCode && currency.is_default
    )
    if (!tradesInIrr || store.default_sales_channel_id !== salesChannelId) {
      await updateStoresWorkflow(container).run({
        input: {
          selector: { id: store.id },
          update: {
            name: STOREFRONT.storeName,
            supported_currencies: [{ currency_code: IRAN.currencyCode, is_default: true }],
            default_sales_channel_id: salesChannelId,
          },
        },
      })
    }
  },
}
