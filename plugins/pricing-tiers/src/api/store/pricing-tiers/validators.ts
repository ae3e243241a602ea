import { z } from "@medusajs/framework/zod"

const optionalText = (max: number) => z.string().trim().max(max).nullish()

export const StoreTierPricesParams = z
  .object({
    region_id: z.string().optional(),
    currency_code: z.string().min(3).max(3).optional(),
  })
  .refine((value) => value.region_id || value.currency_code, { message: "Send region_id or currency_code" })
export type StoreTierPricesParamsType = z.infer<typeof StoreTierPricesParams>

export const StoreTierProductsParams = z.object({
  region_id: z.string(),
  handle: z.union([z.string(), z.array(z.string())]).optional(),
  id: z.union([z.string(), z.array(z.string())]).optional(),
  with_breaks: z.preprocess((value) => value === "true" || value === true, z.boolean()).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).default(0),
})
export type StoreTierProductsParamsType = z.infer<typeof StoreTierProductsParams>

export const StoreApplyForTier = z.object({
  tier: z.string().min(1, "Choose a tier (its id or handle)"),
  business_name: z.string().trim().min(2, "Enter your business name").max(200),
  business_type: optionalText(100),
  phone: optionalText(32),
  national_id: optionalText(32),
  city: optionalText(100),
  note: optionalText(2000),
})
export type StoreApplyForTierType = z.infer<typeof StoreApplyForTier>
