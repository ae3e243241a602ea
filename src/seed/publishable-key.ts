import { createApiKeysWorkflow, linkSalesChannelsToApiKeyWorkflow } from "@medusajs/medusa/core-flows"
import { Modules } from "@medusajs/framework/utils"
import { requireSeeded, type Seeder } from "./context"
import { STOREFRONT } from "./demo-data"

/** The demo storefront's publishable key, linked to its sales channel (a key without one is unusable). */
export const publishableKeySeeder: Seeder = {
  name: "publishable-key",
  run: async (context) => {
    const { container } = context
    const salesChannelId = requireSeeded(context.salesChannelId, "the sales channel")
    const apiKeys = container.resolve(Modules.API_KEY)
    const keys = await apiKeys.listApiKeys({ title: STOREFRONT.publishableKeyTitle, type: "publishable" })
    let key = keys.find((candidate) => !candidate.revoked_at)
    if (!key) {
      const { result } = await createApiKeysWorkflow(container).run({
        input: { api_keys: [{ title: STOREFRONT.publishableKeyTitle, type: "publishable", created_by: "" }] },
      })
      key = result[0]
      await linkSalesChannelsToApiKeyWorkflow(container).run({
        input: { id: key.id, add: [salesChannelId] },
      })
    }
    context.publishableKeyId = key.id
    context.summary.publishable_key = key.token
  },
}
