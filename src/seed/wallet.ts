import { updateRegionsWorkflow } from "@medusajs/medusa/core-flows"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { requireSeeded, type Seeder } from "./context"

const WALLET_PROVIDER_ID = "pp_wallet_wallet"

/** Offers pay-with-wallet in the Iran region beside the gateways; other seeders' providers stay. */
export const walletSeeder: Seeder = {
  name: "wallet",
  run: async (context) => {
    const { container } = context
    const regionId = requireSeeded(context.regionId, "the Iran region")
    const [registered] = await container.resolve(Modules.PAYMENT).listPaymentProviders({ id: WALLET_PROVIDER_ID })
    if (!registered) {
      return
    }
    const { data: regions } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "region",
      fields: ["id", "payment_providers.id"],
      filters: { id: regionId },
    })
    const current = (regions[0]?.payment_providers ?? []).map((provider: { id: string } | null) => provider!.id)
    if (!current.includes(WALLET_PROVIDER_ID)) {
      await updateRegionsWorkflow(container).run({
        input: { selector: { id: regionId }, update: { payment_providers: [...current, WALLET_PROVIDER_ID] } },
      })
    }
    if (context.summary.notes.every((note) => !note.startsWith("wallet:"))) {
      context.summary.notes.push(
        "wallet: customers pay with pp_wallet_wallet; balances, top-ups and payouts under Admin → Wallets"
      )
    }
  },
}
