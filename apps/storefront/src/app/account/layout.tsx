import Link from "next/link"
import type { ReactNode } from "react"
import { logout } from "../actions/auth"
import { affiliatesInstalled } from "../../lib/platform"

/** The account area's menu; the affiliate dashboard appears once @asoud/affiliates runs on the platform. */
export default async function AccountLayout({ children }: { children: ReactNode }) {
  const affiliates = await affiliatesInstalled()
  return (
    <div className="stack">
      <nav className="pills" aria-label="حساب کاربری">
        <Link href="/account" className="pill">حساب من</Link>
        <Link href="/account/orders" className="pill">سفارش‌ها</Link>
        <Link href="/account/wallet" className="pill">کیف پول</Link>
        <Link href="/account/tier" className="pill">سطح قیمت</Link>
        {affiliates ? <Link href="/account/affiliate" className="pill">بازاریابی</Link> : null}
        <form action={logout} style={{ display: "inline" }}>
          <button type="submit" className="link small">خروج</button>
        </form>
      </nav>
      {children}
    </div>
  )
}
