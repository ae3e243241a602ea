import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { assertMarketRole, isPlatformAdmin } from "../../../../lib/member-roles"
import { updateMarketWorkflow } from "../../../../workflows/markets/workflows/update-market"
import { ADMIN_MARKET_FIELDS } from "../query-config"
import type { AdminUpdateMarketType } from "../validators"

const PLATFORM_ONLY = ["commission_rate", "subdomain", "custom_domain"] as const

export async function retrieveAdminMarket(req: AuthenticatedMedusaRequest, id: string) {
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "market",
    fields: ADMIN_MARKET_FIELDS,
    filters: { id },
  })
  if (!data.length) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Market with id: ${id} was not found`)
  }
  return data[0]
}

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ market: await retrieveAdminMarket(req, req.params.id) })
}

/** Market settings: owners and managers of the market, or a platform admin. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminUpdateMarketType>, res: MedusaResponse) => {
  assertMarketRole(req, req.params.id, ["owner", "manager"])
  if (!isPlatformAdmin(req)) {
    const forbidden = PLATFORM_ONLY.filter((field) => req.validatedBody[field] !== undefined)
    if (forbidden.length) {
      throw new MedusaError(MedusaError.Types.FORBIDDEN, `Only the platform can change ${forbidden.join(", ")}`)
    }
  }
  await retrieveAdminMarket(req, req.params.id)
  await updateMarketWorkflow(req.scope).run({ input: { ...req.validatedBody, id: req.params.id } })
  res.json({ market: await retrieveAdminMarket(req, req.params.id) })
}
