import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { OrderSummary } from "../../../../components/OrderSummary"
import { Price } from "../../../../components/Price"
import { requireCustomer } from "../../../../lib/account"
import { loadOrderGroup } from "../../../../lib/orders"

export const metadata: Metadata = { title: "جزئیات سفارش" }

export default async function OrderPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  await requireCustomer(`/account/orders/${id}`)
  const group = await loadOrderGroup(id)
  if (!group) notFound()
  const { order } = group
  const address = order.shipping_address
  return (
    <div className="stack">
      <OrderSummary group={group} />
      <div className="two-col">
        <section className="panel">
          <h2>نشانی تحویل</h2>
          <p>
            {[address?.first_name, address?.last_name].filter(Boolean).join(" ")}
            <br />
            {[address?.province, address?.city, address?.address_1].filter(Boolean).join("، ")}
          </p>
        </section>
        <aside className="panel">
          <h2>مبالغ</h2>
          <div className="totals">
            <span>کالاها</span>
            <Price amount={order.item_total} size="sm" />
            <span>ارسال</span>
            <Price amount={order.shipping_total} size="sm" />
            <span>مالیات</span>
            <Price amount={order.tax_total} size="sm" />
            <span className="grand">جمع</span>
            <span className="grand"><Price amount={order.total} withRial /></span>
          </div>
        </aside>
      </div>
    </div>
  )
}
