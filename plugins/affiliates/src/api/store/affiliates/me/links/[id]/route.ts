import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deleteAffiliateLinkWorkflow } from "../../../../../../workflows"

export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { result } = await deleteAffiliateLinkWorkflow(req.scope).run({ input: { customer_id: req.auth_context.actor_id, id: req.params.id } })
  res.json({ id: result.id, object: "affiliate_link", deleted: true })
}
