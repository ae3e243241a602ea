"use client"

import { useActionState } from "react"
import { chooseShipping, type ActionState } from "../app/actions/cart"
import { toman } from "../lib/format"
import { SubmitButton } from "./SubmitButton"

export type ShippingChoice = { id: string; name: string; amount: number | null; description?: string | null }

/** The shipping options of one shipment (a market's shipping profile), one of them chosen. */
export function ShippingChooser({ label, options, chosenId }: { label: string; options: ShippingChoice[]; chosenId?: string }) {
  const [state, action] = useActionState<ActionState, FormData>(chooseShipping, {})
  return (
    <form action={action} className="stack" data-testid="shipping-chooser">
      <h3>{label}</h3>
      <div className="choices">
        {options.map((option) => (
          <label key={option.id} className="choice">
            <input type="radio" name="option_id" value={option.id} defaultChecked={option.id === chosenId} />
            <span>
              <strong>{option.name}</strong> — {toman(option.amount)}
              {option.description ? <div className="muted small">{option.description}</div> : null}
            </span>
          </label>
        ))}
      </div>
      {state.error ? <p className="alert alert-error" role="alert">{state.error}</p> : null}
      <SubmitButton className="secondary">ثبت روش ارسال</SubmitButton>
    </form>
  )
}
