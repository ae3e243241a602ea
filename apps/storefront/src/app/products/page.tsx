import type { Metadata } from "next"
import Link from "next/link"
import { ProductCard } from "../../components/ProductCard"
import { faNumber } from "../../lib/format"
import { listCategories, listProducts } from "../../lib/store"

export const metadata: Metadata = { title: "محصولات" }

const PAGE_SIZE = 12

type Search = Promise<{ category?: string; q?: string; page?: string }>

/**
 * The whole catalogue, server-rendered (a shop needs its pages indexed): one store API call for the
 * products, priced for this shopper, plus the categories.
 */
export default async function CataloguePage({ searchParams }: { searchParams: Search }) {
  const { category, q, page } = await searchParams
  const categories = await listCategories()
  const current = categories.find((c) => c.handle === category)
  const pageNumber = Math.max(1, Number(page) || 1)
  const { products, count } = await listProducts({
    category_id: current?.id,
    q: q || undefined,
    limit: PAGE_SIZE,
    offset: (pageNumber - 1) * PAGE_SIZE,
  })
  const pages = Math.ceil(count / PAGE_SIZE)
  const link = (next: { category?: string; page?: number }) => {
    const params = new URLSearchParams()
    if (next.category) params.set("category", next.category)
    if (q) params.set("q", q)
    if (next.page && next.page > 1) params.set("page", String(next.page))
    const s = params.toString()
    return s ? `/products?${s}` : "/products"
  }
  return (
    <div className="stack">
      <div className="spread">
        <h1>{current ? current.name : "همه محصولات"}</h1>
        <form className="row" action="/products">
          {current ? <input type="hidden" name="category" value={current.handle} /> : null}
          <input name="q" defaultValue={q ?? ""} placeholder="جستجوی محصول…" aria-label="جستجوی محصول" style={{ maxWidth: 260 }} />
          <button type="submit">جستجو</button>
        </form>
      </div>
      <nav className="pills" aria-label="دسته‌بندی‌ها">
        <Link href={link({})} className="pill" aria-current={!current ? "page" : undefined}>
          همه
        </Link>
        {categories.map((c) => (
          <Link key={c.id} href={link({ category: c.handle })} className="pill" aria-current={current?.id === c.id ? "page" : undefined}>
            {c.name}
          </Link>
        ))}
      </nav>
      <p className="muted">{faNumber(count)} محصول</p>
      <div className="grid" data-testid="catalogue">
        {products.map((product) => (
          <ProductCard key={product.id} product={product} />
        ))}
      </div>
      {!products.length ? <p className="alert alert-info">محصولی پیدا نشد.</p> : null}
      {pages > 1 ? (
        <nav className="pagination" aria-label="صفحه‌ها">
          {Array.from({ length: pages }, (_, i) => i + 1).map((n) => (
            <Link key={n} href={link({ category: current?.handle, page: n })} className="pill" aria-current={n === pageNumber ? "page" : undefined}>
              {faNumber(n)}
            </Link>
          ))}
        </nav>
      ) : null}
    </div>
  )
}
