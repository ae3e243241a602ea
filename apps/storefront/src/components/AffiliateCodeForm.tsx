"use client"

import { useActionState } from "react"
import { applyAffiliateCode, type CheckoutState } from "../app/actions/checkout"
import { SubmitButton } from "./SubmitButton"

/** The marketer's code field on the checkout page; the code typed here wins over a link's. */
export function AffiliateCodeForm({ current, landing }: { current?: string; landing?: string }) {
  const [state, action] = useActionState<CheckoutState, FormData>(applyAffiliateCode, {})
  return (
    <form action={action} className="stack" data-testid="affiliate-code-form">
      {current ? (
        <p className="small" data-testid="affiliate-code-current">کد بازاریاب این خرید: <strong className="ltr">{current}</strong></p>
      ) : landing ? (
        <p className="muted small">این خرید به پیوند بازاریاب «{landing}» نسبت داده می‌شود؛ اگر کد بازاریاب دیگری دارید، آن را وارد کنید.</p>
      ) : null}
      <div className="row" style={{ alignItems: "end" }}>
        <div className="field">
          <label htmlFor="affiliate_code">کد بازاریاب (اختیاری)</label>
          <input id="affiliate_code" name="affiliate_code" className="ltr" autoComplete="off" defaultValue="" />
        </div>
        <SubmitButton className="secondary">ثبت کد</SubmitButton>
      </div>
      {state.error ? <p className="alert alert-error" role="alert">{state.error}</p> : null}
      {state.ok ? <p className="alert alert-ok" role="status">{state.ok}</p> : null}
    </form>
  )
}
