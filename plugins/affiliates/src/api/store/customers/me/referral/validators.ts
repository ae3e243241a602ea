import { z } from "@medusajs/framework/zod"

export const ApplyReferralCode = z.object({
  code: z.string().trim().min(1, "code is required").max(64),
})
export type ApplyReferralCodeType = z.infer<typeof ApplyReferralCode>

export const ListReferralRewardsParams = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).default(0),
})
export type ListReferralRewardsParamsType = z.infer<typeof ListReferralRewardsParams>
