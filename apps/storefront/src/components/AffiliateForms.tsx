"use client"

import { useActionState, useState } from "react"
import {
  applyAsAffiliate,
  applyReferralCode,
  createAffiliateCode,
  createAffiliateLink,
  type AffiliateFormState,
} from "../app/actions/affiliate"
import { SubmitButton } from "./SubmitButton"

type Action = (prev: AffiliateFormState, form: FormData) => Promise<AffiliateFormState>

function Messages({ state }: { state: AffiliateFormState }) {
  return (
    <>
      {state.error ? <p className="alert alert-error" role="alert">{state.error}</p> : null}
      {state.ok ? <p className="alert alert-ok" role="status">{state.ok}</p> : null}
    </>
  )
}

export function AffiliateApplyForm({ name, phone, email }: { name?: string; phone?: string; email?: string }) {
  const [state, action] = useActionState<AffiliateFormState, FormData>(applyAsAffiliate, {})
  return (
    <form action={action} className="stack" data-testid="affiliate-apply-form">
      <div className="fields">
        <div className="field">
          <label htmlFor="aff-name">نام</label>
          <input id="aff-name" name="name" defaultValue={name} />
        </div>
        <div className="field">
          <label htmlFor="aff-phone">موبایل</label>
          <input id="aff-phone" name="phone" className="ltr" inputMode="tel" defaultValue={phone} />
        </div>
        <div className="field">
          <label htmlFor="aff-email">ایمیل</label>
          <input id="aff-email" name="email" className="ltr" defaultValue={email} />
        </div>
      </div>
      <div className="field">
        <label htmlFor="aff-pitch">کالاها را کجا معرفی می‌کنید؟</label>
        <textarea id="aff-pitch" name="pitch" rows={3} placeholder="مثلاً کانال تلگرام، صفحهٔ اینستاگرام یا وبلاگ" />
      </div>
      <Messages state={state} />
      <SubmitButton>درخواست بازاریابی</SubmitButton>
    </form>
  )
}

export function AffiliateCodeCreateForm() {
  const [state, action] = useActionState<AffiliateFormState, FormData>(createAffiliateCode, {})
  return (
    <form action={action} className="stack" data-testid="affiliate-code-create">
      <div className="row" style={{ alignItems: "end" }}>
        <div className="field">
          <label htmlFor="new-code">کد تازه</label>
          <input id="new-code" name="code" className="ltr" placeholder="nima" autoComplete="off" />
        </div>
        <SubmitButton>ساخت کد</SubmitButton>
      </div>
      <Messages state={state} />
    </form>
  )
}

export type LinkTargetGroup = { label: string; options: Array<{ value: string; label: string }> }

export function AffiliateLinkCreateForm({ codes, targets }: { codes: string[]; targets: LinkTargetGroup[] }) {
  const [state, action] = useActionState<AffiliateFormState, FormData>(createAffiliateLink, {})
  return (
    <form action={action} className="stack" data-testid="affiliate-link-create">
      <div className="fields">
        <div className="field">
          <label htmlFor="link-target">مقصد پیوند</label>
          <select id="link-target" name="target" defaultValue="marketplace:">
            {targets.map((group) => (
              <optgroup key={group.label} label={group.label}>
                {group.options.map((o) => (
                  <option key={o.value} value={o.value}>{o.label}</option>
                ))}
              </optgroup>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="link-code">با کد</label>
          <select id="link-code" name="code">
            {codes.map((code) => (
              <option key={code} value={code}>{code}</option>
            ))}
          </select>
        </div>
      </div>
      <Messages state={state} />
      <SubmitButton disabled={!codes.length}>ساخت پیوند</SubmitButton>
    </form>
  )
}

/** One button posting hidden fields to an action (disable a code, delete a link), with its answer beside it. */
export function InlineAction({ action: serverAction, fields, label, testId }: { action: Action; fields: Record<string, string>; label: string; testId?: string }) {
  const [state, action] = useActionState<AffiliateFormState, FormData>(serverAction, {})
  return (
    <form action={action} style={{ display: "inline" }} data-testid={testId}>
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <SubmitButton className="secondary">{label}</SubmitButton>
      {state.error ? <span className="small" role="alert" style={{ color: "var(--danger)" }}> {state.error}</span> : null}
    </form>
  )
}

/** A shareable URL with a copy button (the clipboard needs a secure context; the field stays selectable). */
export function CopyUrl({ url, testId }: { url: string; testId?: string }) {
  const [copied, setCopied] = useState(false)
  return (
    <div className="row" data-testid={testId}>
      <input readOnly value={url} className="ltr" aria-label="نشانی پیوند" onFocus={(e) => e.currentTarget.select()} />
      <button
        type="button"
        className="secondary"
        onClick={() => {
          navigator.clipboard?.writeText(url).then(() => setCopied(true), () => setCopied(false))
        }}
      >
        {copied ? "کپی شد" : "کپی"}
      </button>
    </div>
  )
}

export function ReferralApplyForm() {
  const [state, action] = useActionState<AffiliateFormState, FormData>(applyReferralCode, {})
  return (
    <form action={action} className="stack" data-testid="referral-apply-form">
      <div className="row" style={{ alignItems: "end" }}>
        <div className="field">
          <label htmlFor="referral_code">کد دعوت دوستتان</label>
          <input id="referral_code" name="referral_code" className="ltr" autoComplete="off" />
        </div>
        <SubmitButton className="secondary">ثبت کد دعوت</SubmitButton>
      </div>
      <Messages state={state} />
    </form>
  )
}
