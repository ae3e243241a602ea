import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { PRICING_TIERS_MODULE } from "../../../../modules/pricing-tiers"
import type { PricingTiersModuleService } from "../../../../modules/pricing-tiers/service"
import type { AdminListApplicationsParamsType } from "../validators"

/** The review queue, each application with the applicant's account details beside the business ones. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminListApplicationsParamsType>, res: MedusaResponse) => {
  const { status, customer_id, limit, offset } = req.validatedQuery
  const service = req.scope.resolve<PricingTiersModuleService>(PRICING_TIERS_MODULE)
  const [applications, count] = await service.listAndCountPricingTierApplications(
    { ...(status ? { status } : {}), ...(customer_id ? { customer_id } : {}) },
    { relations: ["tier"], order: { created_at: "DESC" }, take: limit, skip: offset }
  )
  const customerIds = [...new Set(applications.map((application) => application.customer_id))]
  const customers = customerIds.length
    ? await req.scope
        .resolve(Modules.CUSTOMER)
        .listCustomers({ id: customerIds }, { select: ["id", "email", "first_name", "last_name", "phone"] })
    : []
  const byId = new Map(customers.map((customer) => [customer.id, customer]))
  res.json({
    applications: applications.map((application) => ({ ...application, customer: byId.get(application.customer_id) ?? null })),
    count,
    limit,
    offset,
  })
}
