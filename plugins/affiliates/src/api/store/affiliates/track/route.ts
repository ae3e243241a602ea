import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { trackAffiliateClickWorkflow } from "../../../../workflows"
import type { TrackClickType } from "../../../validators"

/** A visit through `?ref=<code>`: records the click (IP and user agent hashed) and answers its token. */
export const POST = async (req: MedusaRequest<TrackClickType>, res: MedusaResponse) => {
  const forwarded = req.headers["x-forwarded-for"]
  const ip = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(",")[0]?.trim() || req.ip || null
  const { result } = await trackAffiliateClickWorkflow(req.scope).run({
    input: { ...req.validatedBody, ip, user_agent: req.headers["user-agent"] ?? null },
  })
  res.status(201).json({ attribution: result })
}
