import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { normalizeIranianMobile, isIranianMobile } from "../../../../lib/phone"
import type { AdminListSmsMessagesType } from "../validators"

/** The message log, newest first; `to` accepts any phone format. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminListSmsMessagesType>, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { to, status } = req.validatedQuery
  const filters: Record<string, unknown> = {}
  if (to) {
    filters.to = isIranianMobile(to) ? normalizeIranianMobile(to) : to
  }
  if (status) {
    filters.status = status
  }
  const { data, metadata } = await query.graph({
    entity: "sms_message",
    fields: req.queryConfig.fields,
    filters,
    pagination: { ...req.queryConfig.pagination, order: { created_at: "DESC" } },
  })
  res.json({ messages: data, count: metadata!.count, offset: metadata!.skip, limit: metadata!.take })
}
