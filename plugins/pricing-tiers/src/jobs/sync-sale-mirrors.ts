import type { MedusaContainer } from "@medusajs/framework/types"
import { pricingTiersOptions } from "../lib/plugin-options"
import { syncSaleMirrorsWorkflow } from "../workflows/pricing-tiers/workflows/sync-sale-mirrors"

/** Medusa's pricing module emits no price-list events, so public sales are mirrored on a schedule. */
export default async function syncSaleMirrorsJob(container: MedusaContainer) {
  if (pricingTiersOptions(container).saleMirrorJob === false) {
    return
  }
  await syncSaleMirrorsWorkflow(container).run()
}

export const config = {
  name: "pricing-tiers-sync-sale-mirrors",
  schedule: "* * * * *",
}
