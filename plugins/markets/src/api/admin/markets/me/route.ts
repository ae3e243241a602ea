import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { getMarketContext } from "../../../../lib/market-context"
import { setCurrentMarketWorkflow } from "../../../../workflows/markets/workflows/set-current-market"
import type { AdminSetCurrentMarketType } from "../validators"

/** Who the caller is in market terms: what the admin's market switcher shows. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const context = getMarketContext(req)
  const memberships = context?.memberships ?? []
  const { data: markets } = memberships.length
    ? await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
        entity: "market",
        fields: ["id", "handle", "name", "status", "logo"],
        filters: { id: memberships.map((m) => m.market_id) },
      })
    : { data: [] }
  const byId = new Map(markets.map((m: { id: string }) => [m.id, m]))
  res.json({
    is_platform_admin: context?.is_platform_admin ?? true,
    current_market_id: context?.current_market_id ?? null,
    memberships: memberships.map((m) => ({ role: m.role, market: byId.get(m.market_id) })),
  })
}

/** The market switcher: work in one market (`market_id`) or all of one's markets (`null`). */
export const POST = async (req: AuthenticatedMedusaRequest<AdminSetCurrentMarketType>, res: MedusaResponse) => {
  await setCurrentMarketWorkflow(req.scope).run({
    input: { user_id: req.auth_context.actor_id, market_id: req.validatedBody.market_id },
  })
  res.json({ current_market_id: req.validatedBody.market_id })
}
