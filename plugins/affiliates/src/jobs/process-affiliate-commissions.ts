import type { MedusaContainer } from "@medusajs/framework/types"
import { affiliatesOptions } from "../lib/plugin-options"
import { processAffiliateCommissions } from "../lib/process-commissions"

/** Hourly: commissions past their hold are approved, approved ones paid into affiliates' wallets. */
export default async function processAffiliateCommissionsJob(container: MedusaContainer) {
  if (!affiliatesOptions(container).commissionJob) {
    return
  }
  await processAffiliateCommissions(container)
}

export const config = {
  name: "affiliates-process-commissions",
  schedule: "0 * * * *",
}
