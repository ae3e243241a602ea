import type { Metadata } from "next"
import Link from "next/link"
import { OrderSummary } from "../../../components/OrderSummary"
import { loadOrderGroup } from "../../../lib/orders"
import { RETURN_MESSAGES } from "../../../lib/payments"

export const metadata: Metadata = { title: "نتیجه پرداخت", robots: { index: false } }

type Search = Promise<Record<string, string | undefined>>

const TITLES: Record<string, string> = {
  success: "سفارش شما ثبت شد",
  canceled: "پرداخت لغو شد",
  failed: "پرداخت ناموفق بود",
  pending: "در انتظار نتیجه پرداخت",
}

/**
 * Where the bank's return lands (the platform's return route redirects here with `status`,
 * `order_id`, `cart_id`, `code`, `message`). The order was placed server-side, verified with the bank:
 * this page only shows it. A canceled or failed payment leaves the cart open for a retry.
 */
export default async function PaymentResultPage({ searchParams }: { searchParams: Search }) {
  const params = await searchParams
  const status = params.status && params.status in TITLES ? params.status : "failed"
  const message = params.message || RETURN_MESSAGES[status]
  const group = status === "success" && params.order_id ? await loadOrderGroup(params.order_id) : undefined
  const tone = status === "success" ? "ok" : status === "pending" ? "warn" : "error"
  return (
    <div className="stack" data-testid="payment-result" data-status={status}>
      <h1 className={`status-${status}`}>{TITLES[status]}</h1>
      <p className={`alert alert-${tone}`} role="status">{message}</p>
      {params.code && status === "failed" ? <p className="muted small">کد پیگیری خطا: <span dir="ltr">{params.code}</span></p> : null}
      {group ? <OrderSummary group={group} /> : null}
      <div className="row">
        {status === "canceled" || status === "failed" ? (
          <Link href="/checkout#payment" className="button" data-testid="retry-payment">
            پرداخت دوباره
          </Link>
        ) : null}
        {status === "pending" ? <Link href="/account/orders" className="button">پیگیری سفارش‌ها</Link> : null}
        {group ? <Link href={`/account/orders/${group.order.id}`} className="button secondary">جزئیات سفارش</Link> : null}
        <Link href="/products" className="button secondary">ادامه خرید</Link>
      </div>
    </div>
  )
}
