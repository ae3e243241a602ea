import type { PriceDTO } from "@medusajs/framework/types"

/** A price row as the pricing module returns it: `price_list_id` is a column, though PriceDTO omits it. */
export type StoredPrice = PriceDTO & { price_list_id?: string | null }

/** The variant fields our reads ask Query for; the plugin has no generated Query types of its own. */
export type VariantWithPriceSet = { id: string; title: string | null; sku: string | null; price_set?: { id: string } | null }
