import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { AFFILIATE_MODULE, type AffiliateModuleService } from "../modules/affiliate"

/** The customer's affiliate account; 404 without one, 403 unless approved (`approvedOnly`). */
export async function affiliateOfCustomer(container: MedusaContainer, customerId: string, approvedOnly = true) {
  const service = container.resolve<AffiliateModuleService>(AFFILIATE_MODULE)
  const [affiliate] = await service.listAffiliates({ customer_id: customerId })
  if (!affiliate) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "You have no affiliate account; apply first")
  }
  if (approvedOnly && affiliate.status !== "approved") {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Your affiliate account is ${affiliate.status}`)
  }
  return affiliate
}
