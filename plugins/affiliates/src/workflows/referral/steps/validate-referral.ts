import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { normalizeReferralCode, REFERRAL_MODULE } from "../../../modules/referral"
import type ReferralModuleService from "../../../modules/referral/service"

export type ValidateReferralInput = {
  customer_id: string
  code: string
  /** The order being placed with this code (cart metadata): it and its market orders do not count as earlier orders. */
  order_id?: string
}

export type ValidatedReferral = { referrer_customer_id: string; referred_customer_id: string; code: string }

type CustomerRow = { id: string; email: string | null; phone: string | null }

const same = (a: string | null, b: string | null) => !!a && !!b && a.trim().toLowerCase() === b.trim().toLowerCase()

/** A code that exists, is not the customer's own, for a customer never referred and with no earlier order. */
export const validateReferralStep = createStep(
  "validate-referral",
  async (input: ValidateReferralInput, { container }) => {
    const referrals: ReferralModuleService = container.resolve(REFERRAL_MODULE)
    const code = normalizeReferralCode(input.code)
    const [owner] = code ? await referrals.listReferralCodes({ code }) : []
    if (!owner) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Referral code "${input.code}" does not exist`)
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: customers } = await query.graph({
      entity: "customer",
      fields: ["id", "email", "phone"],
      filters: { id: [input.customer_id, owner.customer_id] },
    })
    const me = (customers as CustomerRow[]).find((c) => c.id === input.customer_id)
    const referrer = (customers as CustomerRow[]).find((c) => c.id === owner.customer_id)
    if (!me || !referrer) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, "Customer not found")
    }
    if (me.id === referrer.id || same(me.email, referrer.email) || same(me.phone, referrer.phone)) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "You cannot use your own referral code")
    }
    const [earlier] = await referrals.listReferrals({ referred_customer_id: me.id }, { take: 1 })
    if (earlier) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "You have already been referred: a customer can be referred only once")
    }
    const { data: orders } = await query.graph({
      entity: "order",
      fields: ["id", "metadata"],
      filters: { customer_id: me.id },
      pagination: { take: 50 },
    })
    const placing = input.order_id
    const before = (orders as { id: string; metadata: Record<string, unknown> | null }[]).filter(
      (o) => !placing || (o.id !== placing && o.metadata?.checkout_order_id !== placing)
    )
    if (before.length) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Referral codes are for new customers: you have already placed an order")
    }
    return new StepResponse<ValidatedReferral>({ referrer_customer_id: referrer.id, referred_customer_id: me.id, code: owner.code })
  }
)
