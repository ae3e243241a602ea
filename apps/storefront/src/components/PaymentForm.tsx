"use client"

import { redirectToGateway } from "@asoud/js-sdk"
import { useActionState, useEffect, useState } from "react"
import { pay, type PayState } from "../app/actions/checkout"
import { toman } from "../lib/format"
import { SubmitButton } from "./SubmitButton"

export type PaymentOption = { id: string; name: string }

type Props = {
  gateways: PaymentOption[]
  /** Offered when the region has the wallet provider and the shopper is logged in. */
  wallet: { available: number } | null
  total: number
  ready: boolean
}

/**
 * The payment step. A gateway answer is a redirect the SDK's `redirectToGateway` follows in the
 * browser (a GET for Zarinpal and Parsian, an auto-submitted POST form for Mellat).
 */
export function PaymentForm({ gateways, wallet, total, ready }: Props) {
  const [state, action] = useActionState<PayState, FormData>(pay, {})
  const [method, setMethod] = useState(gateways[0]?.id ?? "")
  useEffect(() => {
    if (state.redirect) redirectToGateway({ data: { redirect: state.redirect } })
  }, [state.redirect])
  const walletCovers = wallet !== null && wallet.available >= total
  return (
    <form action={action} className="stack" data-testid="payment-form">
      <div className="choices" role="radiogroup" aria-label="روش پرداخت">
        {gateways.map((g) => (
          <label key={g.id} className="choice">
            <input type="radio" name="method" value={g.id} checked={method === g.id} onChange={() => setMethod(g.id)} />
            <span>
              <strong>{g.name}</strong>
              <div className="muted small">پرداخت در درگاه بانک</div>
            </span>
          </label>
        ))}
        {wallet ? (
          <label className="choice">
            <input type="radio" name="method" value="pp_wallet_wallet" checked={method === "pp_wallet_wallet"} onChange={() => setMethod("pp_wallet_wallet")} disabled={!walletCovers} />
            <span>
              <strong>کیف پول</strong>
              <div className="muted small">
                موجودی قابل استفاده: {toman(wallet.available)}
                {walletCovers ? "" : " — کافی نیست"}
              </div>
            </span>
          </label>
        ) : null}
        {wallet && wallet.available > 0 && gateways.length ? (
          <label className="choice">
            <input type="radio" name="method" value="split" checked={method === "split"} onChange={() => setMethod("split")} />
            <span>
              <strong>کیف پول + درگاه</strong>
              <div className="muted small">بخشی از کیف پول، باقی در درگاه بانک</div>
            </span>
          </label>
        ) : null}
      </div>
      {method === "split" && wallet ? (
        <div className="fields">
          <div className="field">
            <label htmlFor="wallet_amount">سهم کیف پول (تومان)</label>
            <input id="wallet_amount" name="wallet_amount" inputMode="numeric" defaultValue={String(Math.floor(Math.min(wallet.available, total - 10) / 10))} />
          </div>
          <div className="field">
            <label htmlFor="split_gateway">باقی‌مانده با</label>
            <select id="split_gateway" name="split_gateway">
              {gateways.map((g) => (
                <option key={g.id} value={g.id}>{g.name}</option>
              ))}
            </select>
          </div>
        </div>
      ) : null}
      {state.error ? <p className="alert alert-error" role="alert">{state.error}</p> : null}
      {state.redirect ? <p className="alert alert-info" role="status">در حال انتقال به درگاه بانک…</p> : null}
      <SubmitButton disabled={!ready || !method}>پرداخت {toman(total)}</SubmitButton>
      {!ready ? <p className="muted small">برای پرداخت، نشانی و روش ارسال را ثبت کنید.</p> : null}
    </form>
  )
}
