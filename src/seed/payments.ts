import { updateRegionsWorkflow } from "@medusajs/medusa/core-flows"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { requireSeeded, type Seeder } from "./context"

/** The Iranian gateways the demo offers, in the order a storefront lists them. */
export const DEMO_GATEWAY_PROVIDER_IDS = ["pp_zarinpal_zarinpal", "pp_mellat_mellat", "pp_parsian_parsian"]

/**
 * Offers every configured Iranian gateway in the Iran region. A gateway that is not configured (no
 * simulator, no credentials) is not registered, so it is skipped; providers other seeders enabled stay.
 */
export const paymentsSeeder: Seeder = {
  name: "payments",
  run: async (context) => {
    const { container } = context
    const regionId = requireSeeded(context.regionId, "the Iran region")
    const registered = await container.resolve(Modules.PAYMENT).listPaymentProviders({ id: DEMO_GATEWAY_PROVIDER_IDS })
    const gatewayIds = DEMO_GATEWAY_PROVIDER_IDS.filter((id) => registered.some((provider) => provider.id === id))
    if (!gatewayIds.length) {
      return
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: regions } = await query.graph({
      entity: "region",
      fields: ["id", "payment_providers.id"],
      filters: { id: regionId },
    })
    const current = (regions[0]?.payment_providers ?? []).map((provider: { id: string } | null) => provider!.id)
    const missing = gatewayIds.filter((id) => !current.includes(id))
    if (missing.length) {
      await updateRegionsWorkflow(container).run({
        input: { selector: { id: regionId }, update: { payment_providers: [...current, ...missing] } },
      })
    }
    if (context.summary.notes.every((note) => !note.startsWith("payments:"))) {
      context.summary.notes.push(
        `payments: ${gatewayIds.join(", ")} in the Iran region${process.env.SIMULATOR_URL ? " (pay on the simulator's bank page)" : ""}`
      )
    }
  },
}
