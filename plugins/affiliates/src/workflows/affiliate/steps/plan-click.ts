import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { randomBytes } from "node:crypto"
import { AFFILIATE_MODULE, type AffiliateModuleService } from "../../../modules/affiliate"
import { hashIdentifier, normalizeCode } from "../../../lib/hash"
import { affiliatesOptions } from "../../../lib/plugin-options"

export type TrackClickInput = { code: string; landing_path?: string | null; ip?: string | null; user_agent?: string | null; token?: string | null }

type Plan = { keep: { token: string; created_at: Date } | null; create: Record<string, unknown>[] }

const DAY_MS = 24 * 60 * 60 * 1000

/**
 * A click through an enabled code of an approved affiliate (anything else: 404). With first-touch
 * attribution, a visitor still inside the window of an earlier click keeps that click's token.
 */
export const planClickStep = createStep("plan-affiliate-click", async (input: TrackClickInput, { container }) => {
  const service = container.resolve<AffiliateModuleService>(AFFILIATE_MODULE)
  const options = affiliatesOptions(container)
  const [code] = await service.listAffiliateCodes({ code: normalizeCode(input.code), disabled_at: null }, { relations: ["affiliate"] })
  if (!code || code.affiliate?.status !== "approved") {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `The affiliate code ${input.code} is not valid`)
  }
  if (options.touch === "first" && input.token) {
    const [earlier] = await service.listAffiliateClicks({ token: input.token })
    if (earlier && Date.now() - new Date(earlier.created_at).getTime() <= options.attributionWindowDays * DAY_MS) {
      return new StepResponse<Plan>({ keep: earlier, create: [] as Record<string, unknown>[] })
    }
  }
  const path = input.landing_path ?? null
  const [link] = path ? await service.listAffiliateLinks({ code: code.code, path }) : []
  return new StepResponse<Plan>({
    keep: null,
    create: [{
      affiliate_id: code.affiliate_id,
      code: code.code,
      link_id: link?.id ?? null,
      landing_path: path,
      ip_hash: hashIdentifier(input.ip, options.hashSalt),
      ua_hash: hashIdentifier(input.user_agent, options.hashSalt),
      token: randomBytes(24).toString("base64url"),
    }],
  })
})
