import { createFindParams } from "@medusajs/medusa/api/utils/validators"
import { z } from "@medusajs/framework/zod"
import { isIranianMobile } from "../../../lib/phone"

const mobile = z
  .string()
  .refine(isIranianMobile, { message: "Enter an Iranian mobile number, e.g. 09121234567 (شماره موبایل معتبر نیست)" })

export const AdminListSmsMessages = createFindParams({ limit: 50, offset: 0 }).extend({
  to: z.string().optional(),
  status: z.enum(["sent", "failed", "rate_limited"]).optional(),
})
export type AdminListSmsMessagesType = z.infer<typeof AdminListSmsMessages>

export const AdminSendTestSms = z.object({
  to: mobile,
  text: z.string().trim().min(1).max(500),
})
export type AdminSendTestSmsType = z.infer<typeof AdminSendTestSms>

export const AdminCreateSmsBulkSend = z.object({
  customer_group_id: z.string().min(1),
  text: z.string().trim().min(1).max(500),
})
export type AdminCreateSmsBulkSendType = z.infer<typeof AdminCreateSmsBulkSend>

export const AdminListSmsBulkSends = createFindParams({ limit: 20, offset: 0 })
