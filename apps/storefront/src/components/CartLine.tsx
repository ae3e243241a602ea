"use client"

import type { HttpTypes } from "@medusajs/types"
import Link from "next/link"
import { useActionState } from "react"
import { updateLineItem, type ActionState } from "../app/actions/cart"
import { faNumber, toman } from "../lib/format"
import { SubmitButton } from "./SubmitButton"

/** One cart line: change the quantity (0 removes it) or remove it. */
export function CartLine({ item }: { item: HttpTypes.StoreCartLineItem }) {
  const [state, action] = useActionState<ActionState, FormData>(updateLineItem, {})
  return (
    <div className="line" data-testid="cart-line" data-product={item.product_handle ?? ""}>
      <div>
        <Link href={`/products/${item.product_handle}`}>{item.product_title ?? item.title}</Link>
        {item.variant_title && item.variant_title !== item.product_title ? <div className="muted small">{item.variant_title}</div> : null}
        <div className="muted small">
          {faNumber(item.quantity)} × {toman(item.unit_price)}
        </div>
        {state.error ? <div className="alert alert-error small" role="alert">{state.error}</div> : null}
      </div>
      <form action={action} className="row">
        <input type="hidden" name="line_id" value={item.id} />
        <input name="quantity" aria-label="تعداد" inputMode="numeric" className="qty" defaultValue={faNumber(item.quantity)} key={item.quantity} />
        <SubmitButton className="secondary">به‌روزرسانی</SubmitButton>
      </form>
      <form action={action}>
        <input type="hidden" name="line_id" value={item.id} />
        <input type="hidden" name="quantity" value="0" />
        <SubmitButton className="link">حذف</SubmitButton>
      </form>
    </div>
  )
}
