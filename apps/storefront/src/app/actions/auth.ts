"use server"

import { revalidatePath } from "next/cache"
import { redirect } from "next/navigation"
import { getCartId } from "../../lib/cart"
import { apiMessage } from "../../lib/errors"
import { toAsciiDigits } from "../../lib/format"
import { getSdk } from "../../lib/sdk"

export type LoginState = { step: "phone" | "code"; phone?: string; error?: string; info?: string }

/** Only where a login may send the shopper next: a path on this storefront. */
function safeNext(value: FormDataEntryValue | null): string {
  const next = typeof value === "string" ? value : ""
  return next.startsWith("/") && !next.startsWith("//") ? next : "/account"
}

/** Step 1 texts a code to the number; step 2 exchanges it for the customer's token (kept in a cookie). */
export async function phoneLogin(state: LoginState, form: FormData): Promise<LoginState> {
  const sdk = await getSdk()
  const phone = toAsciiDigits(String(form.get("phone") ?? "")).replace(/[\s-]/g, "")
  if (form.get("intent") === "resend" || state.step === "phone" || !form.get("code")) {
    if (!/^(\+98|0098|98|0)?9\d{9}$/.test(phone)) {
      return { step: "phone", phone, error: "شماره موبایل معتبر نیست؛ مثلاً ۰۹۱۲۱۲۳۴۵۶۷" }
    }
    try {
      await sdk.asoud.store.phoneAuth.requestCode(phone)
    } catch (error) {
      return { step: state.step, phone, error: apiMessage(error, "ارسال کد انجام نشد.") }
    }
    return { step: "code", phone, info: "کد تأیید به این شماره پیامک شد." }
  }
  const code = toAsciiDigits(String(form.get("code") ?? "")).replace(/\s/g, "")
  if (!/^\d{4,8}$/.test(code)) return { step: "code", phone, error: "کد تأیید را با عدد وارد کنید." }
  try {
    // The SDK stores the token through its cookie storage (lib/sdk.ts): later calls are the customer's.
    await sdk.asoud.store.phoneAuth.verifyCode(phone, code)
  } catch (error) {
    return { step: "code", phone, error: apiMessage(error, "کد تأیید درست نیست یا منقضی شده است.") }
  }
  await attachCart()
  revalidatePath("/", "layout")
  redirect(safeNext(form.get("next")))
}

export type EmailLoginState = { error?: string }

/** Email and password (Medusa's emailpass), for customers registered that way, e.g. the demo colleague. */
export async function emailLogin(_prev: EmailLoginState, form: FormData): Promise<EmailLoginState> {
  const email = String(form.get("email") ?? "").trim()
  const password = String(form.get("password") ?? "")
  if (!email || !password) return { error: "ایمیل و رمز عبور را وارد کنید." }
  const sdk = await getSdk()
  try {
    const result = await sdk.auth.login("customer", "emailpass", { email, password })
    if (typeof result !== "string") return { error: "ورود به مرحله دیگری نیاز دارد که این فروشگاه پشتیبانی نمی‌کند." }
  } catch {
    return { error: "ایمیل یا رمز عبور درست نیست." }
  }
  await attachCart()
  revalidatePath("/", "layout")
  redirect(safeNext(form.get("next")))
}

/** A guest's cart becomes the customer's, so tier prices and the order land on their account. */
async function attachCart(): Promise<void> {
  const cartId = await getCartId()
  if (cartId) await (await getSdk()).store.cart.transferCart(cartId, { fields: "id" }).catch(() => undefined)
}

export async function logout(): Promise<void> {
  const sdk = await getSdk()
  await sdk.auth.logout().catch(() => undefined)
  await sdk.client.clearToken()
  revalidatePath("/", "layout")
  redirect("/")
}
