import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createSmsBulkSendWorkflow } from "../../../../workflows/sms/workflows/create-bulk-send"
import type { AdminCreateSmsBulkSendType } from "../validators"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "sms_bulk_send",
    fields: req.queryConfig.fields,
    pagination: { ...req.queryConfig.pagination, order: { created_at: "DESC" } },
  })
  res.json({ bulk_sends: data, count: metadata!.count, offset: metadata!.skip, limit: metadata!.take })
}

/** Starts a bulk send to a customer group; it runs in the background, poll GET …/:id for progress. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminCreateSmsBulkSendType>, res: MedusaResponse) => {
  const { result } = await createSmsBulkSendWorkflow(req.scope).run({ input: req.validatedBody })
  res.status(202).json({ bulk_send: result })
}
