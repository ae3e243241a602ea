import type { HttpTypes } from "@medusajs/types"
import type { StoreProductBreakTable } from "@asoud/js-sdk"
import type { Metadata } from "next"
import Link from "next/link"
import { notFound } from "next/navigation"
import { AddToCart, type BuyableVariant } from "../../../components/AddToCart"
import { faNumber, toman } from "../../../lib/format"
import type { MarketRef } from "../../../lib/grouping"
import { PRODUCT_MARKET_FIELDS } from "../../../lib/markets"
import { getSdk } from "../../../lib/sdk"
import { getRegion } from "../../../lib/store"

type Params = Promise<{ handle: string }>

const PRODUCT_FIELDS = `id,title,handle,description,thumbnail,*images,*categories,*options,*options.values,*variants.calculated_price,variants.id,variants.title,+variants.inventory_quantity,variants.manage_inventory,variants.allow_backorder,${PRODUCT_MARKET_FIELDS}`

type ProductWithMarket = HttpTypes.StoreProduct & { market?: MarketRef | null }

async function loadProduct(handle: string): Promise<ProductWithMarket | undefined> {
  const sdk = await getSdk()
  const region = await getRegion()
  const { products } = await sdk.store.product.list({ handle, region_id: region.id, fields: PRODUCT_FIELDS, limit: 1 })
  return products[0]
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const product = await loadProduct((await params).handle)
  return product ? { title: product.title, description: product.description ?? undefined } : { title: "محصول" }
}

/**
 * A product priced for this shopper: their tier price at quantity 1 (Medusa's calculated price) and
 * their own quantity breaks (the pricing-tiers break table), so a colleague sees "10+ for X".
 */
export default async function ProductPage({ params }: { params: Params }) {
  const product = await loadProduct((await params).handle)
  if (!product) notFound()
  const sdk = await getSdk()
  const region = await getRegion()
  const table = await sdk.asoud.store.pricingTiers
    .retrieveBreaks(product.id, { region_id: region.id })
    .catch((): StoreProductBreakTable | undefined => undefined)
  const market = product.market
  const tierById = new Map((table?.tiers ?? []).map((t) => [t.id, t]))
  const tierNames = Object.fromEntries((table?.tiers ?? []).map((t) => [t.handle, t.name]))
  const memberTiers = (table?.tiers ?? []).filter((t) => t.is_member && t.handle !== "retail")

  const variants: BuyableVariant[] = (product.variants ?? []).map((variant) => {
    const breaks = (table?.variants.find((v) => v.id === variant.id)?.breaks ?? []).map((b) => ({
      min_quantity: b.min_quantity,
      amount: Number(b.amount),
      tier: tierById.get(b.tier_id)?.handle ?? "retail",
    }))
    const calculated = variant.calculated_price?.calculated_amount
    const inStock = !variant.manage_inventory || variant.allow_backorder || (variant.inventory_quantity ?? 0) > 0
    return {
      id: variant.id,
      title: variant.title ?? product.title,
      inStock,
      breaks,
      price: calculated === null || calculated === undefined ? null : Number(calculated),
    }
  })
  const first = variants[0]
  const breakRows = first?.breaks.length && first.breaks.length > 1 ? first.breaks : []
  // Everyone's price at each break (the retail tier), beside the shopper's own when theirs is lower.
  const retailBreaks = table?.variants.find((v) => v.id === first?.id)?.tiers?.retail ?? []
  const retailAt = (quantity: number) =>
    retailBreaks.filter((b) => b.min_quantity <= quantity).sort((a, b) => b.min_quantity - a.min_quantity)[0]?.amount

  return (
    <div className="two-col">
      <section className="stack">
        <div className="product-thumb" style={{ maxHeight: 360 }} aria-hidden>
          {product.thumbnail ? <img src={product.thumbnail} alt="" /> : <span>{product.title.slice(0, 1)}</span>}
        </div>
        <h1>{product.title}</h1>
        <p className="row small">
          {market ? (
            <span>
              فروشنده: <Link href={`/markets/${market.handle}`}>{market.name}</Link>
            </span>
          ) : null}
          {(product.categories ?? []).map((c) => (
            <Link key={c.id} href={`/products?category=${c.handle}`} className="pill">
              {c.name}
            </Link>
          ))}
        </p>
        {product.description ? <p>{product.description}</p> : null}
        {memberTiers.length ? (
          <p className="alert alert-ok" data-testid="tier-note">
            قیمت‌ها برای شما با سطح «{memberTiers.map((t) => t.name).join("، ")}» محاسبه شده است.
          </p>
        ) : null}
        {breakRows.length ? (
          <div className="panel">
            <h2>تخفیف خرید عمده ({first.title})</h2>
            <table data-testid="quantity-breaks">
              <thead>
                <tr>
                  <th>از تعداد</th>
                  <th>قیمت هر عدد برای شما</th>
                  {memberTiers.length ? <th>قیمت عمومی</th> : null}
                  <th>سطح</th>
                </tr>
              </thead>
              <tbody>
                {breakRows.map((b) => (
                  <tr key={b.min_quantity}>
                    <td>{faNumber(b.min_quantity)}+</td>
                    <td>{toman(b.amount)}</td>
                    {memberTiers.length ? <td className="muted">{toman(retailAt(b.min_quantity))}</td> : null}
                    <td>{tierNames[b.tier] ?? b.tier}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
      </section>
      <aside>
        <AddToCart variants={variants} tierNames={tierNames} />
      </aside>
    </div>
  )
}
