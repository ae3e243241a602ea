"use client"

import { useActionState } from "react"
import { emailLogin, phoneLogin, type EmailLoginState, type LoginState } from "../app/actions/auth"
import { SubmitButton } from "./SubmitButton"

/** Phone, then the texted code: one form, two steps, Persian digits accepted. */
export function LoginForm({ next }: { next: string }) {
  const [state, action] = useActionState<LoginState, FormData>(phoneLogin, { step: "phone" })
  return (
    <form action={action} className="panel stack" style={{ maxWidth: 420 }} data-testid="login-form">
      <input type="hidden" name="next" value={next} />
      <div className="field">
        <label htmlFor="phone">شماره موبایل</label>
        <input
          id="phone"
          name="phone"
          className="ltr"
          inputMode="tel"
          autoComplete="tel"
          placeholder="09121234567"
          defaultValue={state.phone}
          readOnly={state.step === "code"}
        />
      </div>
      {state.step === "code" ? (
        <div className="field">
          <label htmlFor="code">کد تأیید</label>
          <input id="code" name="code" className="ltr" inputMode="numeric" autoComplete="one-time-code" autoFocus />
        </div>
      ) : null}
      {state.info && !state.error ? <p className="alert alert-info" role="status">{state.info}</p> : null}
      {state.error ? <p className="alert alert-error" role="alert">{state.error}</p> : null}
      <div className="row">
        <SubmitButton>{state.step === "code" ? "ورود" : "دریافت کد"}</SubmitButton>
        {state.step === "code" ? (
          <SubmitButton className="secondary" name="intent" value="resend">ارسال دوباره کد</SubmitButton>
        ) : null}
      </div>
    </form>
  )
}

/** Email and password, for accounts registered that way (the demo's colleague and marketer). */
export function EmailLoginForm({ next }: { next: string }) {
  const [state, action] = useActionState<EmailLoginState, FormData>(emailLogin, {})
  return (
    <form action={action} className="panel stack" style={{ maxWidth: 420 }} data-testid="email-login-form">
      <input type="hidden" name="next" value={next} />
      <div className="field">
        <label htmlFor="email">ایمیل</label>
        <input id="email" name="email" type="email" className="ltr" autoComplete="username" />
      </div>
      <div className="field">
        <label htmlFor="password">رمز عبور</label>
        <input id="password" name="password" type="password" className="ltr" autoComplete="current-password" />
      </div>
      {state.error ? <p className="alert alert-error" role="alert">{state.error}</p> : null}
      <SubmitButton className="secondary">ورود با ایمیل</SubmitButton>
    </form>
  )
}
