import { z } from "@medusajs/framework/zod"

export const AdminListReferralsParams = z.object({
  status: z.enum(["pending", "rewarded", "reversed"]).optional(),
  customer_id: z.string().optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).default(0),
})
export type AdminListReferralsParamsType = z.infer<typeof AdminListReferralsParams>
