"use client"

import type { HttpTypes } from "@medusajs/types"
import { useActionState } from "react"
import { saveAddress, type CheckoutState } from "../app/actions/checkout"
import { SubmitButton } from "./SubmitButton"

const PROVINCES = [
  "تهران", "اصفهان", "خراسان رضوی", "آذربایجان شرقی", "آذربایجان غربی", "فارس", "البرز", "خوزستان", "مازندران", "گیلان",
  "کرمان", "قم", "یزد", "همدان", "کرمانشاه", "مرکزی", "هرمزگان", "سیستان و بلوچستان", "زنجان", "قزوین", "سمنان", "اردبیل",
  "لرستان", "گلستان", "کردستان", "بوشهر", "چهارمحال و بختیاری", "خراسان شمالی", "خراسان جنوبی", "کهگیلویه و بویراحمد", "ایلام",
]

export function AddressForm({ address, email, phone }: { address: HttpTypes.StoreCartAddress | null | undefined; email: string | null | undefined; phone: string | null | undefined }) {
  const [state, action] = useActionState<CheckoutState, FormData>(saveAddress, {})
  return (
    <form action={action} data-testid="address-form">
      <div className="fields">
        <div className="field">
          <label htmlFor="first_name">نام</label>
          <input id="first_name" name="first_name" defaultValue={address?.first_name ?? ""} autoComplete="given-name" />
        </div>
        <div className="field">
          <label htmlFor="last_name">نام خانوادگی</label>
          <input id="last_name" name="last_name" defaultValue={address?.last_name ?? ""} autoComplete="family-name" />
        </div>
        <div className="field">
          <label htmlFor="province">استان</label>
          <select id="province" name="province" defaultValue={address?.province ?? "تهران"}>
            {PROVINCES.map((p) => (
              <option key={p}>{p}</option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="city">شهر</label>
          <input id="city" name="city" defaultValue={address?.city ?? ""} autoComplete="address-level2" />
        </div>
      </div>
      <div className="field">
        <label htmlFor="address_1">نشانی</label>
        <input id="address_1" name="address_1" defaultValue={address?.address_1 ?? ""} autoComplete="street-address" />
      </div>
      <div className="fields">
        <div className="field">
          <label htmlFor="postal_code">کد پستی (۱۰ رقم)</label>
          <input id="postal_code" name="postal_code" className="ltr" inputMode="numeric" defaultValue={address?.postal_code ?? ""} />
        </div>
        <div className="field">
          <label htmlFor="phone">موبایل گیرنده</label>
          <input id="phone" name="phone" className="ltr" inputMode="tel" defaultValue={address?.phone ?? phone ?? ""} />
        </div>
        <div className="field">
          <label htmlFor="email">ایمیل (اختیاری)</label>
          <input id="email" name="email" className="ltr" type="email" defaultValue={email ?? ""} />
        </div>
      </div>
      {state.error ? <p className="alert alert-error" role="alert">{state.error}</p> : null}
      {state.ok ? <p className="alert alert-ok" role="status">{state.ok}</p> : null}
      <SubmitButton>ثبت نشانی</SubmitButton>
    </form>
  )
}
