import type { Metadata } from "next"
import Link from "next/link"
import { Suspense } from "react"
import { NearestMarketsButton } from "../../components/NearestMarkets"
import { faNumber } from "../../lib/format"
import { publicSdk } from "../../lib/scope"

export const metadata: Metadata = { title: "بازارچه‌ها" }

type Search = Promise<{ q?: string; lat?: string; lng?: string }>

/** The markets directory: text search, and nearest first once the browser shares its location. */
export default async function MarketsPage({ searchParams }: { searchParams: Search }) {
  const { q, lat, lng } = await searchParams
  const located = lat && lng && Number.isFinite(Number(lat)) && Number.isFinite(Number(lng))
  const { markets, count } = await publicSdk().asoud.store.markets.list({
    q: q || undefined,
    ...(located ? { lat: Number(lat), lng: Number(lng) } : {}),
    limit: 50,
  })
  return (
    <div className="stack">
      <div className="spread">
        <h1>بازارچه‌ها</h1>
        <Suspense>
          <NearestMarketsButton />
        </Suspense>
      </div>
      <form className="row" action="/markets">
        <input name="q" defaultValue={q ?? ""} placeholder="جستجوی نام بازارچه…" aria-label="جستجو" style={{ maxWidth: 320 }} />
        {located ? <input type="hidden" name="lat" value={lat} /> : null}
        {located ? <input type="hidden" name="lng" value={lng} /> : null}
        <button type="submit">جستجو</button>
      </form>
      <p className="muted">
        {faNumber(count)} بازارچه{located ? "، نزدیک‌ترین اول" : ""}
      </p>
      <div className="grid" data-testid="markets">
        {markets.map((market) => (
          <Link key={market.id} href={`/markets/${market.handle}`} className="card" data-market={market.handle}>
            <h3>{market.name}</h3>
            <p className="muted small">
              {[market.province, market.city].filter(Boolean).join("، ")}
              {market.distance_km !== undefined && market.distance_km !== null
                ? ` · ${faNumber(Math.round(market.distance_km))} کیلومتر`
                : ""}
            </p>
            {market.description ? <p className="small">{market.description}</p> : null}
          </Link>
        ))}
      </div>
      {!markets.length ? <p className="alert alert-info">بازارچه‌ای پیدا نشد.</p> : null}
    </div>
  )
}
