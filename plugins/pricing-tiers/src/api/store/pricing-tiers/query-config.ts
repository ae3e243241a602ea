/**
 * What the tier-priced listing reads. Kept short on purpose: on Medusa 2.21 the query layer's CPU is
 * the bottleneck of a product listing, and each extra relation costs more than the pricing does.
 */
export const tierProductListFields = [
  "id",
  "title",
  "handle",
  "thumbnail",
  "variants.id",
  "variants.title",
  "variants.sku",
  "variants.calculated_price.calculated_amount",
  "variants.calculated_price.original_amount",
  "variants.calculated_price.currency_code",
  "variants.calculated_price.calculated_price.price_list_id",
]

export const tierProductListBreakFields = ["variants.price_set.id"]
