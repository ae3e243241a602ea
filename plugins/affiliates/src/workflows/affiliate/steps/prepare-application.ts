import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { AFFILIATE_MODULE, type AffiliateModuleService } from "../../../modules/affiliate"

type Plan = { create: Record<string, unknown>[]; update: ({ id: string } & Record<string, unknown>)[] }

export type ApplicationInput = { customer_id: string; name?: string | null; phone?: string | null; email?: string | null; pitch?: string | null }

/** One application per customer: a new one, or a rejected one applying again; anything else is a 409. */
export const prepareApplicationStep = createStep("prepare-affiliate-application", async (input: ApplicationInput, { container }) => {
  const service = container.resolve<AffiliateModuleService>(AFFILIATE_MODULE)
  const [existing] = await service.listAffiliates({ customer_id: input.customer_id })
  const fields = { name: input.name ?? null, phone: input.phone ?? null, email: input.email ?? null, pitch: input.pitch ?? null }
  if (!existing) {
    return new StepResponse<Plan>({ create: [{ customer_id: input.customer_id, status: "pending", ...fields }], update: [] })
  }
  if (existing.status !== "rejected") {
    throw new MedusaError(MedusaError.Types.CONFLICT, `You already have an affiliate account (${existing.status})`)
  }
  return new StepResponse<Plan>({ create: [], update: [{ id: existing.id, status: "pending", review_note: null, ...fields }] })
})
