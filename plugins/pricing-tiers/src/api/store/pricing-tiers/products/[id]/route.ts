import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { breakTables, regionCurrency, shopperTiers } from "../../../../../lib/store-pricing"
import type { StoreTierPricesParamsType } from "../../validators"
import type { VariantWithPriceSet } from "../../../../../lib/stored-price"

/**
 * A product's break table ("buy 10+ for X"): retail breaks for everyone, a tier's breaks for its
 * members, and the shopper's own lowest price per break. Medusa's `variants.prices` cannot show this:
 * it never includes price-list prices and ignores quantity (medusa#16836).
 */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, StoreTierPricesParamsType>, res: MedusaResponse) => {
  const params = req.validatedQuery
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const salesChannelIds = req.publishable_key_context?.sales_channel_ids ?? []
  const { data: [product] } = await query.graph({
    entity: "product",
    fields: ["id", "handle", "title", "status", "sales_channels.id", "variants.id", "variants.title", "variants.sku", "variants.price_set.id"],
    filters: { id: req.params.id, status: "published" },
  })
  const visible = product && ((product.sales_channels ?? []) as Array<{ id: string } | null>).some((channel) => channel && salesChannelIds.includes(channel.id))
  if (!product || !visible) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product with id: ${req.params.id} was not found`)
  }
  const currencyCode = params.currency_code?.toLowerCase() ?? (await regionCurrency(req.scope, params.region_id!))
  const { all, entitled } = await shopperTiers(req.scope, req.auth_context?.actor_id || undefined)
  const variants = ((product.variants ?? []) as VariantWithPriceSet[]).filter((variant) => !!variant)
  const tables = await breakTables(
    req.scope,
    variants.map((variant) => variant.price_set?.id).filter((id): id is string => !!id),
    entitled,
    { currencyCode, regionId: params.region_id }
  )
  res.json({
    product_id: product.id,
    currency_code: currencyCode,
    tiers: all.map((tier) => ({ id: tier.id, handle: tier.handle, name: tier.name, is_member: entitled.includes(tier) })),
    variants: variants.map((variant) => {
      const table = tables.get(variant.price_set?.id ?? "")
      return { id: variant.id, title: variant.title, sku: variant.sku, breaks: table?.breaks ?? [], tiers: table?.tiers ?? {} }
    }),
  })
}
