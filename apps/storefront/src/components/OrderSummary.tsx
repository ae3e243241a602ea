import Link from "next/link"
import type { HttpTypes } from "@medusajs/types"
import { faNumber, jalaliDateTime } from "../lib/format"
import type { OrderGroup } from "../lib/orders"
import { FULFILLMENT_STATUS, label, PAYMENT_STATUS } from "../lib/status"
import { Price } from "./Price"

function Items({ order }: { order: HttpTypes.StoreOrder }) {
  return (
    <ul className="small">
      {(order.items ?? []).map((item) => (
        <li key={item.id}>
          {item.product_title ?? item.title} {item.variant_title && item.variant_title !== item.product_title ? `(${item.variant_title})` : ""} ×{" "}
          {faNumber(item.quantity)}
        </li>
      ))}
    </ul>
  )
}

/** A checkout and, when it spanned several markets, each market's own order (shipped separately). */
export function OrderSummary({ group, linked = false }: { group: OrderGroup; linked?: boolean }) {
  const { order, parts } = group
  return (
    <article className="panel stack" data-testid="order" data-order={order.id}>
      <div className="spread">
        <h2>
          {linked ? <Link href={`/account/orders/${order.id}`}>سفارش #{faNumber(order.display_id)}</Link> : <>سفارش #{faNumber(order.display_id)}</>}
        </h2>
        <span className="muted small">{jalaliDateTime(order.created_at as string)}</span>
      </div>
      <div className="row small">
        <span className="pill">{label(PAYMENT_STATUS, order.payment_status)}</span>
        {!parts.length ? <span className="pill">{label(FULFILLMENT_STATUS, order.fulfillment_status)}</span> : null}
        {group.market ? <span>از <Link href={`/markets/${group.market.handle}`}>{group.market.name}</Link></span> : null}
        <span>
          مبلغ: <Price amount={order.total} size="sm" />
        </span>
      </div>
      {parts.length ? (
        <div className="stack" data-testid="order-parts">
          <p className="muted small">این سفارش در {faNumber(parts.length)} بازارچه ثبت شد؛ هر بخش جداگانه ارسال می‌شود:</p>
          {parts.map((part) => (
            <div key={part.order.id} className="card" data-testid="order-part" data-market={part.market?.handle ?? ""}>
              <div className="spread">
                <strong>{part.market?.name ?? "بازارچه"} — سفارش #{faNumber(part.order.display_id)}</strong>
                <span className="pill">{label(FULFILLMENT_STATUS, part.order.fulfillment_status)}</span>
              </div>
              <Items order={part.order} />
              <Price amount={part.order.total} size="sm" />
            </div>
          ))}
        </div>
      ) : (
        <Items order={order} />
      )}
    </article>
  )
}
