import type { Metadata } from "next"
import { Price } from "../../../components/Price"
import { TopUpForm, WithdrawalForm } from "../../../components/WalletForms"
import { requireCustomer } from "../../../lib/account"
import { jalaliDateTime, toman } from "../../../lib/format"
import { GATEWAYS } from "../../../lib/payments"
import { getSdk } from "../../../lib/sdk"
import { getRegion } from "../../../lib/store"

export const metadata: Metadata = { title: "کیف پول" }

const ENTRY_TYPES: Record<string, string> = { credit: "واریز", debit: "برداشت", hold: "مسدود", release: "آزادسازی", capture: "کسر از مسدودی" }
const REFERENCES: Record<string, string> = { top_up: "شارژ", order: "سفارش", payment: "پرداخت", refund: "بازپرداخت", withdrawal: "تسویه به شبا", adjustment: "اصلاح", reward: "پاداش" }
const WITHDRAWAL_STATUS: Record<string, string> = { pending: "در انتظار بررسی", approved: "واریز شد", rejected: "رد شد" }
const TOP_UP_RESULT: Record<string, [string, string]> = {
  success: ["ok", "شارژ کیف پول انجام شد."],
  canceled: ["error", "پرداخت شارژ لغو شد."],
  failed: ["error", "پرداخت شارژ تأیید نشد."],
  pending: ["warn", "نتیجه پرداخت شارژ هنوز از بانک نرسیده است؛ به‌زودی به‌روز می‌شود."],
}

/** Balance, the ledger, a top-up through a gateway, and a withdrawal to a Sheba account. */
export default async function WalletPage({ searchParams }: { searchParams: Promise<{ status?: string; message?: string }> }) {
  await requireCustomer("/account/wallet")
  const { status, message } = await searchParams
  const sdk = await getSdk()
  const region = await getRegion()
  const [{ wallet }, { entries }, { withdrawals }, { payment_providers }] = await Promise.all([
    sdk.asoud.store.wallet.retrieve(),
    sdk.asoud.store.wallet.listEntries({ limit: 20 }),
    sdk.asoud.store.wallet.listWithdrawals({ limit: 10 }),
    sdk.store.payment.listPaymentProviders({ region_id: region.id }),
  ])
  const offered = new Set(payment_providers.map((p) => p.id))
  const gateways = GATEWAYS.filter((g) => offered.has(g.id)).map((g) => ({ id: g.id, name: g.name }))
  const result = status ? TOP_UP_RESULT[status] : undefined
  return (
    <div className="stack">
      <h1>کیف پول</h1>
      {result ? <p className={`alert alert-${result[0]}`} role="status" data-testid="top-up-result">{status === "success" ? result[1] : message || result[1]}</p> : null}
      <div className="grid">
        <div className="panel" data-testid="wallet-balance">
          <div className="muted small">قابل استفاده</div>
          <Price amount={wallet.available} withRial size="lg" />
        </div>
        <div className="panel">
          <div className="muted small">موجودی کل</div>
          <Price amount={wallet.balance} />
        </div>
        <div className="panel">
          <div className="muted small">مسدود (پرداخت یا برداشت در جریان)</div>
          <Price amount={wallet.held} />
        </div>
      </div>
      <div className="two-col">
        <section className="panel">
          <h2>گردش حساب</h2>
          {entries.length ? (
            <div className="table-wrap">
              <table data-testid="wallet-entries">
                <thead>
                  <tr><th>تاریخ</th><th>نوع</th><th>بابت</th><th>مبلغ</th><th>مانده</th></tr>
                </thead>
                <tbody>
                  {entries.map((entry) => (
                    <tr key={entry.id}>
                      <td>{jalaliDateTime(entry.created_at)}</td>
                      <td>{ENTRY_TYPES[entry.type] ?? entry.type}</td>
                      <td>{entry.reference_type ? REFERENCES[entry.reference_type] ?? entry.reference_type : "—"}</td>
                      <td>{toman(entry.amount)}</td>
                      <td>{toman(entry.balance_after)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : (
            <p className="muted">هنوز گردشی ندارید.</p>
          )}
        </section>
        <aside className="stack">
          <section className="panel">
            <h2>شارژ کیف پول</h2>
            <TopUpForm gateways={gateways} />
          </section>
          <section className="panel">
            <h2>برداشت به حساب بانکی</h2>
            <WithdrawalForm />
            {withdrawals.length ? (
              <ul className="small" data-testid="withdrawals">
                {withdrawals.map((w) => (
                  <li key={w.id}>
                    {toman(w.amount)} — {WITHDRAWAL_STATUS[w.status] ?? w.status} — {jalaliDateTime(w.created_at)}
                  </li>
                ))}
              </ul>
            ) : null}
          </section>
        </aside>
      </div>
    </div>
  )
}
