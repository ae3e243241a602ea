import type { Metadata } from "next"
import Link from "next/link"
import { requireCustomer } from "../../lib/account"
import { affiliatesInstalled } from "../../lib/platform"
import { toPersianDigits } from "../../lib/format"

export const metadata: Metadata = { title: "حساب من" }

export default async function AccountPage() {
  const customer = await requireCustomer("/account")
  const affiliates = await affiliatesInstalled()
  const name = [customer.first_name, customer.last_name].filter(Boolean).join(" ")
  // The store route returns the customer's groups (its price tiers); StoreCustomer's type leaves them out.
  const groups = (customer as typeof customer & { groups?: Array<{ name: string | null }> }).groups ?? []
  const tiers = groups.map((g) => g.name).filter(Boolean)
  return (
    <div className="stack">
      <h1>{name ? `سلام ${name}` : "حساب من"}</h1>
      <div className="panel">
        <dl className="facts">
          <dt>موبایل</dt>
          <dd dir="ltr" style={{ textAlign: "right" }} data-testid="account-phone">{customer.phone ? toPersianDigits(customer.phone) : "—"}</dd>
          <dt>ایمیل</dt>
          <dd>{customer.email ?? "—"}</dd>
          <dt>گروه‌ها</dt>
          <dd>{tiers.length ? tiers.join("، ") : "خرده‌فروشی"}</dd>
        </dl>
      </div>
      <div className="grid">
        <Link href="/account/orders" className="card"><h3>سفارش‌ها</h3><p className="muted small">وضعیت سفارش‌ها و بخش هر بازارچه</p></Link>
        <Link href="/account/wallet" className="card"><h3>کیف پول</h3><p className="muted small">موجودی، شارژ و برداشت به شبا</p></Link>
        <Link href="/account/tier" className="card"><h3>سطح قیمت</h3><p className="muted small">درخواست قیمت همکار یا بازاریاب</p></Link>
        {affiliates ? <Link href="/account/affiliate" className="card"><h3>بازاریابی و دعوت</h3><p className="muted small">پیوند و کد بازاریابی، پورسانت‌ها، کد دعوت دوستان</p></Link> : null}
      </div>
    </div>
  )
}
