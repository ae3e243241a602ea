import type { Metadata } from "next"
import { TierForm } from "../../../components/TierForm"
import { requireCustomer } from "../../../lib/account"
import { jalaliDate } from "../../../lib/format"
import { getSdk } from "../../../lib/sdk"

export const metadata: Metadata = { title: "سطح قیمت" }

const STATUS: Record<string, string> = { pending: "در انتظار بررسی", approved: "تأیید شد", rejected: "رد شد" }

/** The price tiers (retail, colleague, marketer…), the shopper's own, and the application form. */
export default async function TierPage() {
  await requireCustomer("/account/tier")
  const sdk = await getSdk()
  const [{ pricing_tiers }, { applications }] = await Promise.all([
    sdk.asoud.store.pricingTiers.list(),
    sdk.asoud.store.pricingTiers.listApplications(),
  ])
  const mine = pricing_tiers.filter((t) => t.is_member && !t.is_retail)
  const open = pricing_tiers.filter((t) => !t.is_retail && !t.is_member)
  return (
    <div className="stack">
      <h1>سطح قیمت</h1>
      <p className="panel" data-testid="my-tiers">
        سطح فعلی شما: <strong>{mine.length ? mine.map((t) => t.name).join("، ") : "خرده‌فروشی"}</strong>
        <br />
        <span className="muted small">همکاران و بازاریابان قیمت ویژه و تخفیف پلکانی خرید عمده می‌گیرند.</span>
      </p>
      {open.length ? (
        <section className="panel">
          <h2>درخواست سطح قیمت</h2>
          <TierForm tiers={open.map((t) => ({ handle: t.handle, name: t.name }))} />
        </section>
      ) : null}
      {applications.length ? (
        <section className="panel">
          <h2>درخواست‌های من</h2>
          <table data-testid="tier-applications">
            <thead><tr><th>سطح</th><th>کسب‌وکار</th><th>وضعیت</th><th>تاریخ</th></tr></thead>
            <tbody>
              {applications.map((a) => (
                <tr key={a.id}>
                  <td>{a.tier.name}</td>
                  <td>{a.business_name}</td>
                  <td>{STATUS[a.status] ?? a.status}{a.review_note ? ` — ${a.review_note}` : ""}</td>
                  <td>{jalaliDate(a.created_at)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}
    </div>
  )
}
