"use client"

import { useActionState, useMemo, useState } from "react"
import { addToCart, type ActionState } from "../app/actions/cart"
import { faNumber, parseWholeNumber, rial, toman } from "../lib/format"
import { SubmitButton } from "./SubmitButton"

export type BuyableVariant = {
  id: string
  title: string
  inStock: boolean
  /** The shopper's own unit price from each quantity on (their tier's or retail, whichever is lower). */
  breaks: Array<{ min_quantity: number; amount: number; tier: string }>
  /** Medusa's calculated price at quantity 1, when there is no break table. */
  price: number | null
}

function unitPrice(variant: BuyableVariant, quantity: number): { amount: number | null; tier?: string } {
  const applicable = variant.breaks.filter((b) => b.min_quantity <= quantity).sort((a, b) => b.min_quantity - a.min_quantity)[0]
  return applicable ? { amount: applicable.amount, tier: applicable.tier } : { amount: variant.price }
}

/** Variant, quantity (Persian digits accepted) and the unit price for that quantity, live. */
export function AddToCart({ variants, tierNames }: { variants: BuyableVariant[]; tierNames: Record<string, string> }) {
  const [variantId, setVariantId] = useState(variants[0]?.id ?? "")
  const [quantityText, setQuantityText] = useState("1")
  const [state, action] = useActionState<ActionState, FormData>(addToCart, {})
  const variant = variants.find((v) => v.id === variantId) ?? variants[0]
  const quantity = Math.max(1, parseWholeNumber(quantityText) ?? 1)
  const unit = useMemo(() => (variant ? unitPrice(variant, quantity) : { amount: null }), [variant, quantity])
  if (!variant) return <p className="muted">این محصول قابل خرید نیست.</p>

  return (
    <form action={action} className="panel stack" data-testid="add-to-cart">
      {variants.length > 1 ? (
        <div className="field">
          <label htmlFor="variant">نوع</label>
          <select id="variant" name="variant_id" value={variantId} onChange={(e) => setVariantId(e.target.value)}>
            {variants.map((v) => (
              <option key={v.id} value={v.id} disabled={!v.inStock}>
                {v.title}
                {v.inStock ? "" : " (ناموجود)"}
              </option>
            ))}
          </select>
        </div>
      ) : (
        <input type="hidden" name="variant_id" value={variant.id} />
      )}
      <div className="field">
        <label htmlFor="quantity">تعداد</label>
        <input id="quantity" name="quantity" inputMode="numeric" className="qty" value={quantityText} onChange={(e) => setQuantityText(e.target.value)} />
      </div>
      <div data-testid="unit-price">
        <div className="muted small">
          قیمت هر عدد{unit.tier && unit.tier !== "retail" ? ` (${tierNames[unit.tier] ?? unit.tier})` : ""}
        </div>
        <div className="price price-lg" data-amount={unit.amount ?? ""}>
          <span className="price-toman">{toman(unit.amount)}</span>
          <small className="price-rial">{rial(unit.amount)}</small>
        </div>
        {quantity > 1 && unit.amount !== null ? (
          <div className="small">
            جمع {faNumber(quantity)} عدد: <strong>{toman(unit.amount * quantity)}</strong>
          </div>
        ) : null}
      </div>
      {state.error ? <p className="alert alert-error" role="alert">{state.error}</p> : null}
      {state.ok ? <p className="alert alert-ok" role="status">{state.ok}</p> : null}
      <SubmitButton disabled={!variant.inStock}>{variant.inStock ? "افزودن به سبد خرید" : "ناموجود"}</SubmitButton>
    </form>
  )
}
