"use server"

import { revalidatePath } from "next/cache"
import { apiMessage } from "../../lib/errors"
import { toAsciiDigits } from "../../lib/format"
import { getSdk } from "../../lib/sdk"

export type TierFormState = { ok?: string; error?: string }

const optional = (form: FormData, name: string) => {
  const value = toAsciiDigits(String(form.get(name) ?? "")).trim()
  return value || undefined
}

/** Apply for a price tier (colleague, marketer…); an admin approves it and the prices follow at once. */
export async function applyForTier(_prev: TierFormState, form: FormData): Promise<TierFormState> {
  const tier = String(form.get("tier") ?? "")
  const businessName = String(form.get("business_name") ?? "").trim()
  if (!tier) return { error: "سطح قیمت را انتخاب کنید." }
  if (!businessName) return { error: "نام کسب‌وکار را وارد کنید." }
  try {
    await (await getSdk()).asoud.store.pricingTiers.apply({
      tier,
      business_name: businessName,
      business_type: optional(form, "business_type"),
      phone: optional(form, "phone"),
      national_id: optional(form, "national_id"),
      city: optional(form, "city"),
      note: optional(form, "note"),
    })
  } catch (error) {
    return { error: apiMessage(error, "ثبت درخواست انجام نشد.") }
  }
  revalidatePath("/account/tier")
  return { ok: "درخواست شما ثبت شد؛ پس از بررسی با پیامک خبر می‌دهیم." }
}
