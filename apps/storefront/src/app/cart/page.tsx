import type { Metadata } from "next"
import Link from "next/link"
import { CartLine } from "../../components/CartLine"
import { Price } from "../../components/Price"
import { getCart } from "../../lib/cart"
import { faNumber } from "../../lib/format"
import { groupByMarket } from "../../lib/grouping"
import { productMarkets } from "../../lib/markets"

export const metadata: Metadata = { title: "سبد خرید" }

/** One cart across markets, grouped by market: each market ships and fulfils its own part. */
export default async function CartPage() {
  const cart = await getCart()
  const items = cart?.items ?? []
  if (!cart || !items.length) {
    return (
      <div className="stack">
        <h1>سبد خرید</h1>
        <p className="alert alert-info">سبد خرید شما خالی است.</p>
        <Link href="/products" className="button">دیدن محصولات</Link>
      </div>
    )
  }
  const markets = await productMarkets(items.map((i) => i.product_id).filter((id): id is string => !!id))
  const groups = groupByMarket(items, markets)
  return (
    <div className="stack">
      <h1>سبد خرید</h1>
      <p className="muted">
        {faNumber(groups.length)} بازارچه · هر بازارچه سفارش خود را جداگانه ارسال می‌کند؛ پرداخت یک‌جاست.
      </p>
      <div className="two-col">
        <section>
          {groups.map((group) => (
            <div key={group.market?.id ?? "none"} className="panel market-group" data-testid="market-group" data-market={group.market?.handle ?? ""}>
              <header>
                <h2>{group.market ? <Link href={`/markets/${group.market.handle}`}>{group.market.name}</Link> : "سایر فروشندگان"}</h2>
                <span>
                  جمع: <Price amount={group.subtotal} size="sm" />
                </span>
              </header>
              {group.items.map((item) => (
                <CartLine key={item.id} item={item} />
              ))}
            </div>
          ))}
        </section>
        <aside className="panel">
          <h2>خلاصه</h2>
          <div className="totals">
            <span>جمع کالاها</span>
            <Price amount={cart.item_subtotal} size="sm" />
            <span>مالیات</span>
            <Price amount={cart.tax_total} size="sm" />
            <span className="grand">مبلغ قابل پرداخت (بدون ارسال)</span>
            <span className="grand">
              <Price amount={cart.total} withRial />
            </span>
          </div>
          <p className="muted small">هزینه ارسال هر بازارچه در مرحله پرداخت انتخاب می‌شود.</p>
          <Link href="/checkout" className="button" data-testid="to-checkout">ادامه خرید و پرداخت</Link>
        </aside>
      </div>
    </div>
  )
}
