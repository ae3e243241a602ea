"use server"

import type { GatewayRedirect } from "@asoud/js-sdk"
import { revalidatePath } from "next/cache"
import { redirect } from "next/navigation"
import { attachAttribution } from "../../lib/affiliates"
import { AFFILIATE_CODE } from "../../lib/attribution"
import { getCart, getCartId } from "../../lib/cart"
import { affiliateMessage, apiMessage } from "../../lib/errors"
import { toAsciiDigits, tomanToRial } from "../../lib/format"
import { storefrontOrigin } from "../../lib/origin"
import { getSdk } from "../../lib/sdk"
import { getCustomer } from "../../lib/store"
import { GATEWAYS, WALLET_PROVIDER } from "../../lib/payments"

export type CheckoutState = { ok?: string; error?: string }
export type PayState = { error?: string; redirect?: GatewayRedirect }

const text = (form: FormData, name: string) => String(form.get(name) ?? "").trim()

/** The shipping address (Iran only), and the contact the order and its SMS go to. */
export async function saveAddress(_prev: CheckoutState, form: FormData): Promise<CheckoutState> {
  const cartId = await getCartId()
  const customer = await getCustomer()
  if (!cartId) return { error: "سبد خرید پیدا نشد." }
  const phone = toAsciiDigits(text(form, "phone")).replace(/[\s-]/g, "")
  const postalCode = toAsciiDigits(text(form, "postal_code")).replace(/[\s-]/g, "")
  const address = {
    first_name: text(form, "first_name"),
    last_name: text(form, "last_name"),
    province: text(form, "province"),
    city: text(form, "city"),
    address_1: text(form, "address_1"),
    postal_code: postalCode,
    phone,
    country_code: "ir",
  }
  const missing = (["first_name", "last_name", "city", "address_1"] as const).filter((key) => !address[key])
  if (missing.length) return { error: "نام، نام خانوادگی، شهر و نشانی را کامل کنید." }
  if (!/^\d{10}$/.test(postalCode)) return { error: "کد پستی باید ده رقم باشد." }
  if (!/^09\d{9}$/.test(phone)) return { error: "شماره موبایل گیرنده را مثل ۰۹۱۲۱۲۳۴۵۶۷ وارد کنید." }
  // A phone-only customer has no email, and Medusa needs none: the order's texts go to the phone.
  const email = text(form, "email") || customer?.email || undefined
  if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) return { error: "ایمیل معتبر نیست." }
  try {
    await (await getSdk()).store.cart.update(
      cartId,
      { shipping_address: address, billing_address: address, ...(email ? { email } : {}) },
      { fields: "id" }
    )
  } catch (error) {
    return { error: apiMessage(error, "ثبت نشانی انجام نشد.") }
  }
  revalidatePath("/checkout")
  return { ok: "نشانی ثبت شد." }
}

/**
 * A marketer's code typed at checkout: it wins over the link the shopper came through. The platform
 * refuses an unknown or disabled code with a 400, which the shopper reads in Persian.
 */
export async function applyAffiliateCode(_prev: CheckoutState, form: FormData): Promise<CheckoutState> {
  const cartId = await getCartId()
  const code = toAsciiDigits(text(form, "affiliate_code"))
  if (!cartId) return { error: "سبد خرید پیدا نشد." }
  if (!code) return { error: "کد بازاریاب را وارد کنید." }
  if (!AFFILIATE_CODE.test(code)) return { error: "کد بازاریاب از ۳ تا ۳۲ حرف لاتین، رقم، خط تیره یا زیرخط است." }
  try {
    await (await getSdk()).asoud.store.affiliates.setCartAffiliate(cartId, { code })
  } catch (error) {
    return { error: affiliateMessage(error, "ثبت کد بازاریاب انجام نشد؛ دوباره امتحان کنید.") }
  }
  revalidatePath("/checkout")
  return { ok: `کد بازاریاب «${code.toLowerCase()}» ثبت شد.` }
}

/**
 * Pays the cart: a gateway (the browser is sent to the bank with the redirect this returns), the
 * wallet (the order is placed here), or both (the wallet part is held, the bank charges the rest).
 */
export async function pay(_prev: PayState, form: FormData): Promise<PayState> {
  const cart = await getCart()
  if (!cart) return { error: "سبد خرید پیدا نشد یا قبلاً پرداخت شده است." }
  if (!(await getCustomer())) return { error: "برای پرداخت ابتدا وارد شوید." }
  const method = text(form, "method")
  const sdk = await getSdk()
  const returnUrl = `${await storefrontOrigin()}/checkout/result`
  // The link the shopper came through, if the cart does not carry it yet (e.g. the cart was older).
  await attachAttribution(cart.id, cart.metadata)
  try {
    if (GATEWAYS.some((g) => g.id === method)) {
      const session = await sdk.asoud.store.payments.startGatewayPayment(cart, { provider_id: method, return_url: returnUrl, mobile: cart.shipping_address?.phone ?? undefined })
      return { redirect: session.data.redirect }
    }
    if (method === WALLET_PROVIDER) {
      await sdk.store.payment.initiatePaymentSession(cart, { provider_id: WALLET_PROVIDER })
      const result = await sdk.store.cart.complete(cart.id)
      if (result.type !== "order") return { error: apiMessage(result.error?.message, "پرداخت با کیف پول انجام نشد.") }
      revalidatePath("/", "layout")
      redirect(`/checkout/result?status=success&order_id=${result.order.id}&cart_id=${cart.id}&method=wallet`)
    }
    if (method === "split") {
      const gateway = text(form, "split_gateway")
      const walletAmount = tomanToRial(form.get("wallet_amount"))
      if (!GATEWAYS.some((g) => g.id === gateway)) return { error: "درگاه پرداخت باقی‌مانده را انتخاب کنید." }
      if (!walletAmount) return { error: "سهم کیف پول را به تومان وارد کنید." }
      if (walletAmount >= Number(cart.total)) return { error: "سهم کیف پول باید کمتر از مبلغ کل باشد؛ برای پرداخت کامل «کیف پول» را انتخاب کنید." }
      if (!cart.payment_collection) {
        await sdk.client.fetch("/store/payment-collections", { method: "POST", body: { cart_id: cart.id } })
      }
      const { payment_sessions } = await sdk.asoud.store.wallet.startSplitPayment(cart.id, {
        wallet_amount: walletAmount,
        provider_id: gateway,
        data: { return_url: returnUrl },
      })
      const redirectTo = (payment_sessions.gateway.data as { redirect?: GatewayRedirect }).redirect
      if (!redirectTo) return { error: "درگاه پرداخت پاسخی نداد؛ دوباره امتحان کنید." }
      return { redirect: redirectTo }
    }
  } catch (error) {
    if (isRedirect(error)) throw error
    return { error: apiMessage(error, "شروع پرداخت انجام نشد.") }
  }
  return { error: "روش پرداخت را انتخاب کنید." }
}

/** next/navigation's redirect() throws; it must pass through our error handling. */
function isRedirect(error: unknown): boolean {
  return typeof error === "object" && error !== null && "digest" in error && String((error as { digest: unknown }).digest).startsWith("NEXT_REDIRECT")
}
