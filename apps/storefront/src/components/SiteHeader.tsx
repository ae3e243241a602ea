import Link from "next/link"
import { cartItemCount } from "../lib/cart"
import { resolveMarketScope } from "../lib/scope"
import { getCustomer } from "../lib/store"
import { faNumber } from "../lib/format"

/** The top bar: sections, the cart with its item count, and the account or the phone login. */
export async function SiteHeader() {
  const [customer, count, scope] = await Promise.all([getCustomer(), cartItemCount(), resolveMarketScope()])
  return (
    <header className="site-header">
      <div className="container">
        <Link href="/" className="brand">
          آسود
          {scope ? <small>فروشگاه {scope.handle}</small> : <small>بازار آنلاین</small>}
        </Link>
        <nav className="nav" aria-label="بخش‌ها">
          {scope ? null : <Link href="/markets">بازارچه‌ها</Link>}
          <Link href="/products">محصولات</Link>
          {customer ? <Link href="/account/orders">سفارش‌ها</Link> : null}
          {customer ? <Link href="/account/wallet">کیف پول</Link> : null}
        </nav>
        <div className="nav-end">
          <Link href="/cart" data-testid="cart-link">
            سبد خرید {count ? <span className="badge">{faNumber(count)}</span> : null}
          </Link>
          {customer ? (
            <Link href="/account" data-testid="account-link">حساب من</Link>
          ) : (
            <Link href="/login" className="button secondary">ورود</Link>
          )}
        </div>
      </div>
    </header>
  )
}
