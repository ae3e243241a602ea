"use client"

import { useActionState } from "react"
import { applyForTier, type TierFormState } from "../app/actions/tier"
import { SubmitButton } from "./SubmitButton"

export function TierForm({ tiers }: { tiers: Array<{ handle: string; name: string }> }) {
  const [state, action] = useActionState<TierFormState, FormData>(applyForTier, {})
  return (
    <form action={action} className="stack" data-testid="tier-form">
      <div className="fields">
        <div className="field">
          <label htmlFor="tier">سطح</label>
          <select id="tier" name="tier">
            {tiers.map((t) => (
              <option key={t.handle} value={t.handle}>{t.name}</option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="business_name">نام کسب‌وکار</label>
          <input id="business_name" name="business_name" />
        </div>
        <div className="field">
          <label htmlFor="business_type">نوع فعالیت</label>
          <input id="business_type" name="business_type" placeholder="مثلاً سوپرمارکت" />
        </div>
        <div className="field">
          <label htmlFor="city">شهر</label>
          <input id="city" name="city" />
        </div>
        <div className="field">
          <label htmlFor="national_id">شناسه/کد ملی</label>
          <input id="national_id" name="national_id" className="ltr" inputMode="numeric" />
        </div>
        <div className="field">
          <label htmlFor="tier-phone">تلفن</label>
          <input id="tier-phone" name="phone" className="ltr" inputMode="tel" />
        </div>
      </div>
      <div className="field">
        <label htmlFor="note">توضیح</label>
        <textarea id="note" name="note" rows={3} />
      </div>
      {state.error ? <p className="alert alert-error" role="alert">{state.error}</p> : null}
      {state.ok ? <p className="alert alert-ok" role="status">{state.ok}</p> : null}
      <SubmitButton>ثبت درخواست</SubmitButton>
    </form>
  )
}
