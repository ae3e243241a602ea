import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { AFFILIATE_MODULE, type AffiliateModuleService } from "../../../modules/affiliate"
import { affiliateOfCustomer } from "../../../lib/affiliate-of"
import { normalizeCode } from "../../../lib/hash"
import { unpromotableMarkets } from "../../../lib/promotable"

export type NewLinkInput = { customer_id: string; code: string; target_type: "marketplace" | "market" | "category" | "product"; target_id?: string | null }

type Target = { path: string; market_id: string | null }

async function findTarget(container: MedusaContainer, type: NewLinkInput["target_type"], id: string): Promise<Target | undefined> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  if (type === "market") {
    const { data } = await query.graph({ entity: "market", fields: ["id", "handle"], filters: { id } })
    return data[0] && { path: `/markets/${data[0].handle}`, market_id: data[0].id }
  }
  if (type === "category") {
    const { data } = await query.graph({ entity: "product_category", fields: ["id", "handle"], filters: { id } })
    return data[0] && { path: `/categories/${data[0].handle}`, market_id: null }
  }
  const { data } = await query.graph({ entity: "product", fields: ["id", "handle", "market.id"], filters: { id } })
  const product = data[0] as { handle: string; market?: { id: string } | null } | undefined
  return product && { path: `/products/${product.handle}`, market_id: product.market?.id ?? null }
}

/** The affiliate's own enabled code and an existing target whose market allows promotion. */
export const validateNewLinkStep = createStep("validate-new-affiliate-link", async (input: NewLinkInput, { container }) => {
  const affiliate = await affiliateOfCustomer(container, input.customer_id)
  const code = normalizeCode(input.code)
  const service = container.resolve<AffiliateModuleService>(AFFILIATE_MODULE)
  const [own] = await service.listAffiliateCodes({ code, affiliate_id: affiliate.id, disabled_at: null })
  if (!own) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `You have no enabled code ${code}`)
  }
  const target = input.target_type === "marketplace" ? { path: "/", market_id: null } : input.target_id ? await findTarget(container, input.target_type, input.target_id) : undefined
  if (!target) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `The ${input.target_type} ${input.target_id ?? ""} was not found`)
  }
  if (target.market_id && (await unpromotableMarkets(container, [target.market_id])).has(target.market_id)) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This market does not allow affiliates to promote its products")
  }
  return new StepResponse({
    affiliate_id: affiliate.id,
    code,
    target_type: input.target_type,
    target_id: input.target_type === "marketplace" ? null : input.target_id!,
    market_id: target.market_id,
    path: `${target.path}?ref=${encodeURIComponent(code)}`,
  })
})
