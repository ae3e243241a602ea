import type { Metadata } from "next"
import { OrderSummary } from "../../../components/OrderSummary"
import { requireCustomer } from "../../../lib/account"
import { listOrderGroups } from "../../../lib/orders"

export const metadata: Metadata = { title: "سفارش‌ها" }

export default async function OrdersPage() {
  await requireCustomer("/account/orders")
  const groups = await listOrderGroups()
  return (
    <div className="stack">
      <h1>سفارش‌های من</h1>
      {groups.length ? groups.map((group) => <OrderSummary key={group.order.id} group={group} linked />) : <p className="alert alert-info">هنوز سفارشی ثبت نکرده‌اید.</p>}
    </div>
  )
}
