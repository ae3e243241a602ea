"use client"

import { redirectToGateway } from "@asoud/js-sdk"
import { useActionState, useEffect, useState } from "react"
import { topUp, withdraw, type WalletFormState } from "../app/actions/wallet"
import { SubmitButton } from "./SubmitButton"

export function TopUpForm({ gateways }: { gateways: Array<{ id: string; name: string }> }) {
  const [state, action] = useActionState<WalletFormState, FormData>(topUp, {})
  useEffect(() => {
    if (state.redirect) redirectToGateway({ data: { redirect: state.redirect } })
  }, [state.redirect])
  return (
    <form action={action} className="stack" data-testid="top-up-form">
      <div className="fields">
        <div className="field">
          <label htmlFor="topup-amount">مبلغ (تومان)</label>
          <input id="topup-amount" name="amount" inputMode="numeric" placeholder="۵۰۰٬۰۰۰" />
        </div>
        <div className="field">
          <label htmlFor="topup-provider">درگاه</label>
          <select id="topup-provider" name="provider_id">
            {gateways.map((g) => (
              <option key={g.id} value={g.id}>{g.name}</option>
            ))}
          </select>
        </div>
      </div>
      {state.error ? <p className="alert alert-error" role="alert">{state.error}</p> : null}
      {state.redirect ? <p className="alert alert-info" role="status">در حال انتقال به درگاه بانک…</p> : null}
      <SubmitButton disabled={!gateways.length}>شارژ کیف پول</SubmitButton>
    </form>
  )
}

export function WithdrawalForm() {
  const [state, action] = useActionState<WalletFormState, FormData>(withdraw, {})
  // One key per filled-in form: a double submit or a retry holds the amount once.
  const [key, setKey] = useState(() => crypto.randomUUID())
  useEffect(() => {
    if (state.ok) setKey(crypto.randomUUID())
  }, [state.ok])
  return (
    <form action={action} className="stack" data-testid="withdrawal-form">
      <input type="hidden" name="idempotency_key" value={key} />
      <div className="fields">
        <div className="field">
          <label htmlFor="wd-amount">مبلغ (تومان)</label>
          <input id="wd-amount" name="amount" inputMode="numeric" />
        </div>
        <div className="field">
          <label htmlFor="wd-holder">نام صاحب حساب</label>
          <input id="wd-holder" name="account_holder" />
        </div>
      </div>
      <div className="field">
        <label htmlFor="wd-iban">شماره شبا</label>
        <input id="wd-iban" name="iban" className="ltr" placeholder="IR06 0170 0000 0012 3456 7890 01" />
      </div>
      {state.error ? <p className="alert alert-error" role="alert">{state.error}</p> : null}
      {state.ok ? <p className="alert alert-ok" role="status">{state.ok}</p> : null}
      <SubmitButton>درخواست برداشت</SubmitButton>
    </form>
  )
}
