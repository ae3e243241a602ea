"use server"

import { revalidatePath } from "next/cache"
import type { AffiliateLinkTarget } from "@asoud/js-sdk"
import { AFFILIATE_CODE } from "../../lib/attribution"
import { affiliateMessage } from "../../lib/errors"
import { toAsciiDigits } from "../../lib/format"
import { getSdk } from "../../lib/sdk"

export type AffiliateFormState = { ok?: string; error?: string }

const PAGE = "/account/affiliate"
const TARGETS: AffiliateLinkTarget[] = ["marketplace", "market", "category", "product"]
const text = (form: FormData, name: string) => toAsciiDigits(String(form.get(name) ?? "")).trim()
const optional = (form: FormData, name: string) => text(form, name) || undefined

/** Runs one affiliates call; the answer is a Persian message either way, and the page reloads its data. */
async function run(call: () => Promise<unknown>, ok: string, failed: string): Promise<AffiliateFormState> {
  try {
    await call()
  } catch (error) {
    return { error: affiliateMessage(error, failed) }
  }
  revalidatePath(PAGE)
  return { ok }
}

/** A customer applies to become a marketer; a platform admin decides (and texts the answer). */
export async function applyAsAffiliate(_prev: AffiliateFormState, form: FormData): Promise<AffiliateFormState> {
  const pitch = optional(form, "pitch")
  if (!pitch) return { error: "بنویسید کالاها را کجا و چگونه معرفی می‌کنید." }
  const email = optional(form, "email")
  if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) return { error: "ایمیل معتبر نیست." }
  const sdk = await getSdk()
  return run(
    () => sdk.asoud.store.affiliates.apply({ name: optional(form, "name"), phone: optional(form, "phone"), email, pitch }),
    "درخواست بازاریابی شما ثبت شد؛ نتیجه را پیامک می‌کنیم.",
    "ثبت درخواست انجام نشد."
  )
}

export async function createAffiliateCode(_prev: AffiliateFormState, form: FormData): Promise<AffiliateFormState> {
  const code = text(form, "code")
  if (!AFFILIATE_CODE.test(code)) return { error: "کد باید ۳ تا ۳۲ حرف لاتین، رقم، خط تیره یا زیرخط باشد." }
  const sdk = await getSdk()
  return run(() => sdk.asoud.store.affiliates.createCode(code), `کد «${code.toLowerCase()}» ساخته شد.`, "ساخت کد انجام نشد.")
}

/** Disables a code (its links stop attributing) or enables it again. */
export async function toggleAffiliateCode(_prev: AffiliateFormState, form: FormData): Promise<AffiliateFormState> {
  const id = text(form, "id")
  const disabled = text(form, "disabled") === "true"
  const sdk = await getSdk()
  return run(
    () => sdk.asoud.store.affiliates.setCodeDisabled(id, disabled),
    disabled ? "کد غیرفعال شد." : "کد دوباره فعال شد.",
    "تغییر کد انجام نشد."
  )
}

/** A link to the marketplace, a market, a category or a product; the target arrives as `<type>:<id>`. */
export async function createAffiliateLink(_prev: AffiliateFormState, form: FormData): Promise<AffiliateFormState> {
  const code = text(form, "code")
  const [type, id] = text(form, "target").split(":") as [AffiliateLinkTarget, string | undefined]
  if (!code) return { error: "کد پیوند را انتخاب کنید." }
  if (!TARGETS.includes(type) || (type !== "marketplace" && !id)) return { error: "مقصد پیوند را انتخاب کنید." }
  const sdk = await getSdk()
  return run(
    () => sdk.asoud.store.affiliates.createLink({ code, target_type: type, ...(type === "marketplace" ? {} : { target_id: id }) }),
    "پیوند ساخته شد.",
    "ساخت پیوند انجام نشد."
  )
}

export async function deleteAffiliateLink(_prev: AffiliateFormState, form: FormData): Promise<AffiliateFormState> {
  const id = text(form, "id")
  const sdk = await getSdk()
  return run(() => sdk.asoud.store.affiliates.deleteLink(id), "پیوند حذف شد.", "حذف پیوند انجام نشد.")
}

/** A new customer names the friend who invited them (once, before their first order). */
export async function applyReferralCode(_prev: AffiliateFormState, form: FormData): Promise<AffiliateFormState> {
  const code = text(form, "referral_code")
  if (!code) return { error: "کد دعوت را وارد کنید." }
  const sdk = await getSdk()
  return run(() => sdk.asoud.store.referrals.apply(code), "کد دعوت ثبت شد؛ پاداش پس از اولین خرید شما واریز می‌شود.", "ثبت کد دعوت انجام نشد.")
}
