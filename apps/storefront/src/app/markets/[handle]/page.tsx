import type { HttpTypes } from "@medusajs/types"
import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { ProductCard } from "../../../components/ProductCard"
import { faNumber } from "../../../lib/format"
import { openingHoursRows } from "../../../lib/hours"
import { getSdk } from "../../../lib/sdk"
import { publicSdk } from "../../../lib/scope"
import { getRegion, PRODUCT_CARD_FIELDS } from "../../../lib/store"

type Params = Promise<{ handle: string }>

async function loadMarket(handle: string) {
  try {
    return (await publicSdk().asoud.store.markets.retrieve(handle)).market
  } catch {
    return undefined
  }
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const market = await loadMarket((await params).handle)
  return market ? { title: market.name, description: market.description ?? undefined } : { title: "بازارچه" }
}

const toPersianDigits = (value: string) => value.replace(/\d/g, (d) => "۰۱۲۳۴۵۶۷۸۹"[Number(d)])

/** A market's page: its profile, hours and contacts, and its own catalogue priced for this shopper. */
export default async function MarketPage({ params }: { params: Params }) {
  const { handle } = await params
  const market = await loadMarket(handle)
  if (!market) notFound()
  const sdk = await getSdk()
  const region = await getRegion()
  const { products, count } = await sdk.asoud.store.markets.listProducts<HttpTypes.StoreProduct>(handle, {
    region_id: region.id,
    fields: PRODUCT_CARD_FIELDS,
    limit: 48,
  })
  const hours = openingHoursRows(market.opening_hours)
  const contacts: Array<[string, string, string | undefined]> = [
    ["تلفن", market.phone ? toPersianDigits(market.phone) : "", market.phone ? `tel:${market.phone}` : undefined],
    ["موبایل", market.mobile ? toPersianDigits(market.mobile) : "", market.mobile ? `tel:${market.mobile}` : undefined],
    ["ایمیل", market.email ?? "", market.email ? `mailto:${market.email}` : undefined],
    ["وب‌سایت", market.website ?? "", market.website ?? undefined],
    ["اینستاگرام", market.instagram ? `@${market.instagram}` : "", market.instagram ? `https://instagram.com/${market.instagram}` : undefined],
    ["تلگرام", market.telegram ? `@${market.telegram}` : "", market.telegram ? `https://t.me/${market.telegram}` : undefined],
  ]
  return (
    <div className="stack">
      <section className="hero">
        <h1>{market.name}</h1>
        {market.description ? <p>{market.description}</p> : null}
        <p className="small">
          {market.type === "company" ? "شرکت" : "فروشگاه"} · {[market.province, market.city].filter(Boolean).join("، ")}
        </p>
      </section>
      <div className="two-col">
        <section>
          <h2>محصولات این بازارچه ({faNumber(count)})</h2>
          <div className="grid" data-testid="market-products">
            {products.map((product) => (
              <ProductCard key={product.id} product={product} />
            ))}
          </div>
          {!products.length ? <p className="muted">این بازارچه هنوز محصولی ندارد.</p> : null}
        </section>
        <aside className="stack">
          <div className="panel">
            <h2>نشانی</h2>
            <p>{[market.province, market.city, market.address].filter(Boolean).join("، ") || "—"}</p>
            {market.postal_code ? <p className="muted small">کد پستی: {toPersianDigits(market.postal_code)}</p> : null}
          </div>
          <div className="panel">
            <h2>ساعات کاری</h2>
            {hours.length ? (
              <dl className="facts">
                {hours.map(([day, text]) => (
                  <div key={day} style={{ display: "contents" }}>
                    <dt>{day}</dt>
                    <dd>{text}</dd>
                  </div>
                ))}
              </dl>
            ) : (
              <p className="muted">ساعات کاری ثبت نشده است.</p>
            )}
          </div>
          <div className="panel">
            <h2>تماس</h2>
            <dl className="facts">
              {contacts
                .filter(([, text]) => text)
                .map(([label, text, href]) => (
                  <div key={label} style={{ display: "contents" }}>
                    <dt>{label}</dt>
                    <dd>{href ? <a href={href} dir="ltr">{text}</a> : text}</dd>
                  </div>
                ))}
            </dl>
          </div>
        </aside>
      </div>
    </div>
  )
}
