import type { HttpTypes } from "@medusajs/types"
import Link from "next/link"
import type { MarketRef } from "../lib/grouping"
import { cheapestPrice } from "../lib/store"
import { Price } from "./Price"

/** A product in a grid: its price for this shopper, and its market (when the listing asked for it). */
export function ProductCard({ product }: { product: HttpTypes.StoreProduct & { market?: MarketRef | null } }) {
  const price = cheapestPrice(product)
  const marketName = product.market?.name
  return (
    <Link href={`/products/${product.handle}`} className="card product-card" data-product={product.handle}>
      <div className="product-thumb" aria-hidden>
        {product.thumbnail ? <img src={product.thumbnail} alt="" /> : <span>{product.title.slice(0, 1)}</span>}
      </div>
      <h3>{product.title}</h3>
      {marketName ? <p className="muted small">{marketName}</p> : null}
      {price ? <Price amount={price.amount} original={price.original} /> : <span className="muted">ناموجود</span>}
    </Link>
  )
}
