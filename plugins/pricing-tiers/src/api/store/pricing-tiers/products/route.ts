import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, QueryContext } from "@medusajs/framework/utils"
import { breakTables, regionCurrency, shopperTiers } from "../../../../lib/store-pricing"
import { tierProductListBreakFields, tierProductListFields } from "../query-config"
import type { StoreTierProductsParamsType } from "../validators"

type ListedVariant = {
  id: string
  title: string | null
  sku: string | null
  price_set?: { id: string } | null
  calculated_price?: {
    calculated_amount: number | null
    original_amount: number | null
    currency_code: string | null
    calculated_price?: { price_list_id: string | null } | null
  } | null
}

/**
 * Published products of the storefront's sales channels, each variant priced for this shopper at
 * quantity 1 (Medusa's pricing with the customer's groups, read fresh), naming the tier that gave the
 * price; `with_breaks=true` adds each variant's break table.
 */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, StoreTierProductsParamsType>, res: MedusaResponse) => {
  const params = req.validatedQuery
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const customerId = req.auth_context?.actor_id || undefined
  const [currencyCode, tiers] = await Promise.all([regionCurrency(req.scope, params.region_id), shopperTiers(req.scope, customerId)])
  const { data: links } = await query.graph({
    entity: "product_sales_channel",
    fields: ["product_id"],
    filters: { sales_channel_id: req.publishable_key_context?.sales_channel_ids ?? [] },
  })
  const idFilter = params.id ? [params.id].flat() : undefined
  const productIds = links.map((link) => link.product_id).filter((id) => !idFilter || idFilter.includes(id))
  const pricingContext = {
    region_id: params.region_id,
    currency_code: currencyCode,
    ...(customerId ? { customer: { groups: tiers.groupIds.map((id) => ({ id })) } } : {}),
  }
  const { data: products, metadata } = await query.graph({
    entity: "product",
    fields: params.with_breaks ? [...tierProductListFields, ...tierProductListBreakFields] : tierProductListFields,
    filters: { id: productIds, status: "published", ...(params.handle ? { handle: params.handle } : {}) },
    pagination: { skip: params.offset, take: params.limit, order: { created_at: "DESC", id: "DESC" } },
    context: { variants: { calculated_price: QueryContext(pricingContext) } },
  })
  const tierByList = new Map(tiers.entitled.filter((t) => t.price_list_id).map((t) => [t.price_list_id!, t.handle]))
  const retailHandle = tiers.entitled.find((tier) => tier.is_retail)?.handle ?? null
  const variantsOf = (product: (typeof products)[number]) => ((product.variants ?? []) as ListedVariant[]).filter(Boolean)
  const tables = params.with_breaks
    ? await breakTables(
        req.scope,
        products.flatMap((product) => variantsOf(product).map((v) => v.price_set?.id).filter((id): id is string => !!id)),
        tiers.entitled,
        { currencyCode, regionId: params.region_id }
      )
    : undefined
  res.json({
    products: products.map((product) => ({
      id: product.id,
      title: product.title,
      handle: product.handle,
      thumbnail: product.thumbnail,
      variants: variantsOf(product).map((variant) => {
        const price = variant.calculated_price
        const listId = price?.calculated_price?.price_list_id
        return {
          id: variant.id,
          title: variant.title,
          sku: variant.sku,
          calculated_price: price
            ? {
                amount: price.calculated_amount,
                original_amount: price.original_amount,
                currency_code: price.currency_code,
                tier: listId ? tierByList.get(listId) ?? null : retailHandle,
              }
            : null,
          ...(tables ? { breaks: tables.get(variant.price_set?.id ?? "")?.breaks ?? [] } : {}),
        }
      }),
    })),
    count: metadata?.count ?? 0,
    offset: params.offset,
    limit: params.limit,
  })
}
