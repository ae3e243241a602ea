import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { requireCustomer } from "../../../lib/account"
import { referralCode } from "../../../lib/affiliates"
import { affiliatesInstalled } from "../../../lib/platform"

export const metadata: Metadata = { title: "بازاریابی" }

/**
 * Seam for the affiliate dashboard (@asoud/affiliates, #11): shown only when the platform runs the
 * plugin. The dashboard (profile, links and codes, stats, commissions) fills this page once its
 * store routes and SDK methods exist.
 */
export default async function AffiliatePage() {
  if (!(await affiliatesInstalled())) notFound()
  await requireCustomer("/account/affiliate")
  const code = await referralCode()
  return (
    <div className="stack">
      <h1>بازاریابی</h1>
      <p className="alert alert-info">داشبورد بازاریابی به‌زودی در این صفحه فعال می‌شود.</p>
      {code ? <p className="muted small">شما با کد معرف «{code}» وارد فروشگاه شده‌اید.</p> : null}
    </div>
  )
}
