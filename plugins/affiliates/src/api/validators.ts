import { z } from "@medusajs/framework/zod"

const Text = (max: number) => z.string().trim().min(1).max(max)
const Amount = z.coerce.number().nonnegative()
const Page = { limit: z.coerce.number().int().min(1).max(100).default(50), offset: z.coerce.number().int().min(0).default(0) }

export const ApplyAffiliate = z.object({
  name: Text(120).optional(),
  phone: Text(32).optional(),
  email: z.string().email().optional(),
  pitch: Text(2000).optional(),
}).strict()
export type ApplyAffiliateType = z.infer<typeof ApplyAffiliate>

export const CreateCode = z.object({ code: Text(32) }).strict()
export type CreateCodeType = z.infer<typeof CreateCode>

export const UpdateCode = z.object({ disabled: z.boolean() }).strict()
export type UpdateCodeType = z.infer<typeof UpdateCode>

export const CreateLink = z.object({
  code: Text(32),
  target_type: z.enum(["marketplace", "market", "category", "product"]),
  target_id: Text(100).optional(),
}).strict()
export type CreateLinkType = z.infer<typeof CreateLink>

export const TrackClick = z.object({
  code: Text(32),
  landing_path: Text(2000).optional(),
  token: Text(200).optional(),
}).strict()
export type TrackClickType = z.infer<typeof TrackClick>

export const CartAffiliate = z.object({ code: Text(32).optional(), token: Text(200).optional() })
  .strict()
  .refine((body) => !!body.code || !!body.token, { message: "Give a code or a token" })
export type CartAffiliateType = z.infer<typeof CartAffiliate>

export const ListCommissions = z.object({
  ...Page,
  status: z.enum(["pending", "approved", "paid", "rejected"]).optional(),
  review: z.enum(["flagged", "cleared", "rejected"]).optional(),
  affiliate_id: z.string().optional(),
  market_id: z.string().optional(),
  order_id: z.string().optional(),
})
export type ListCommissionsType = z.infer<typeof ListCommissions>

export const ListAffiliates = z.object({ ...Page, status: z.enum(["pending", "approved", "rejected", "suspended"]).optional() })
export type ListAffiliatesType = z.infer<typeof ListAffiliates>

export const Decide = z.object({ review_note: Text(1000).optional() }).strict()
export type DecideType = z.infer<typeof Decide>

export const SaveRule = z.object({
  scope: z.enum(["product", "category", "market", "affiliate", "default"]),
  market_id: z.string().optional(),
  target_id: z.string().optional(),
  type: z.enum(["percent", "fixed"]),
  value: Amount,
  cap: Amount.nullable().optional(),
}).strict()
export type SaveRuleType = z.infer<typeof SaveRule>

export const ListRules = z.object({ market_id: z.string().optional(), scope: z.enum(["product", "category", "market", "affiliate", "default"]).optional() })
export type ListRulesType = z.infer<typeof ListRules>

export const MarketSetting = z.object({ promotable: z.boolean() }).strict()
export type MarketSettingType = z.infer<typeof MarketSetting>
