import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { affiliateOfCustomer } from "../../../../lib/affiliate-of"
import { service } from "../../../helpers"

/** My affiliate account with its codes and links (404 before applying). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const mine = await affiliateOfCustomer(req.scope, req.auth_context.actor_id, false)
  const affiliate = await service(req.scope).retrieveAffiliate(mine.id, { relations: ["codes", "links"] })
  res.json({ affiliate })
}
