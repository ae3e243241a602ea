import { z } from "@medusajs/framework/zod"

export const AdminCreatePricingTier = z.object({
  handle: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "handle is lowercase latin letters, digits and dashes"),
  name: z.string().trim().min(1).max(100),
  description: z.string().max(500).nullish(),
  priority: z.number().int().min(0).max(10_000).optional(),
  requires_approval: z.boolean().optional(),
})
export type AdminCreatePricingTierType = z.infer<typeof AdminCreatePricingTier>

export const AdminUpdatePricingTier = z.object({
  name: z.string().trim().min(1).max(100).optional(),
  description: z.string().max(500).nullish(),
  priority: z.number().int().min(0).max(10_000).optional(),
  requires_approval: z.boolean().optional(),
})
export type AdminUpdatePricingTierType = z.infer<typeof AdminUpdatePricingTier>

const PriceBreak = z.object({
  min_quantity: z.number().int().min(1),
  amount: z.number().min(0),
})

export const AdminSetTierPrices = z.object({
  currency_code: z.string().min(3).max(3),
  prices: z
    .array(
      z.object({
        variant_id: z.string().min(1),
        tier_id: z.string().min(1),
        market_id: z.string().nullish(),
        breaks: z.array(PriceBreak).max(20),
      })
    )
    .min(1)
    .max(2000),
})
export type AdminSetTierPricesType = z.infer<typeof AdminSetTierPrices>

export const AdminTierPriceGridParams = z.object({
  currency_code: z.string().min(3).max(3).default("irr"),
})
export type AdminTierPriceGridParamsType = z.infer<typeof AdminTierPriceGridParams>

export const AdminListApplicationsParams = z.object({
  status: z.enum(["pending", "approved", "rejected"]).optional(),
  customer_id: z.string().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
})
export type AdminListApplicationsParamsType = z.infer<typeof AdminListApplicationsParams>

export const AdminReviewApplication = z.object({
  review_note: z.string().max(2000).nullish(),
})
export type AdminReviewApplicationType = z.infer<typeof AdminReviewApplication>

/** `POST /admin/pricing-tiers/sale-mirrors/sync` takes no options: any key is a 400. */
export const AdminSyncSaleMirrors = z.object({}).strict()
export type AdminSyncSaleMirrorsType = z.infer<typeof AdminSyncSaleMirrors>
