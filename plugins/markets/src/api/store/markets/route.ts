import type { AuthenticatedMedusaRequest, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listStoreMarkets } from "../../../lib/store-market-search"
import { createMarketWorkflow } from "../../../workflows/markets/workflows/create-market"
import { STORE_MARKET_FIELDS } from "./query-config"
import type { StoreApplyForMarketType, StoreListMarketsType } from "./validators"

export const GET = async (req: MedusaRequest<unknown, StoreListMarketsType>, res: MedusaResponse) => {
  const result = await listStoreMarkets(req.scope, req.validatedQuery as StoreListMarketsType)
  res.json(result)
}

/** A logged-in customer applies to open a market; it stays pending until a platform admin approves it. */
export const POST = async (req: AuthenticatedMedusaRequest<StoreApplyForMarketType>, res: MedusaResponse) => {
  const { result } = await createMarketWorkflow(req.scope).run({
    input: { ...req.validatedBody, status: "pending", applicant_customer_id: req.auth_context.actor_id },
  })
  const market = Object.fromEntries(
    STORE_MARKET_FIELDS.map((field) => [field, (result as Record<string, unknown>)[field]])
  )
  res.status(201).json({ market })
}
