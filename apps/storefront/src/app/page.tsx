import Link from "next/link"
import { ProductCard } from "../components/ProductCard"
import { activeMarkets, resolveMarketScope } from "../lib/scope"
import { listCategories, listProducts } from "../lib/store"

/** The front page: what is new, the categories, and the markets (or, on a market's own host, that market). */
export default async function HomePage() {
  const [scope, categories, { products }] = await Promise.all([resolveMarketScope(), listCategories(), listProducts({ limit: 8 })])
  const markets = scope ? [] : (await activeMarkets()).slice(0, 6)
  return (
    <div className="stack">
      <section className="hero">
        <h1>از بازارچه‌های ایران، مستقیم بخرید</h1>
        <p>زعفران قائنات، صنایع دستی اصفهان، فرش تبریز و بیشتر — در یک سبد خرید، با یک پرداخت.</p>
        <p className="row">
          <Link href="/products">همه محصولات</Link>
          {scope ? null : <Link href="/markets">بازارچه‌ها</Link>}
        </p>
      </section>
      <nav className="pills" aria-label="دسته‌بندی‌ها">
        {categories.map((c) => (
          <Link key={c.id} href={`/products?category=${c.handle}`} className="pill">
            {c.name}
          </Link>
        ))}
      </nav>
      <section>
        <h2>تازه‌ها</h2>
        <div className="grid">
          {products.map((product) => (
            <ProductCard key={product.id} product={product} />
          ))}
        </div>
      </section>
      {markets.length ? (
        <section>
          <div className="spread">
            <h2>بازارچه‌ها</h2>
            <Link href="/markets">همه بازارچه‌ها</Link>
          </div>
          <div className="grid">
            {markets.map((market) => (
              <Link key={market.id} href={`/markets/${market.handle}`} className="card">
                <h3>{market.name}</h3>
                <p className="muted small">{market.city}</p>
              </Link>
            ))}
          </div>
        </section>
      ) : null}
    </div>
  )
}
