"use server"

import type { GatewayRedirect } from "@asoud/js-sdk"
import { revalidatePath } from "next/cache"
import { apiMessage } from "../../lib/errors"
import { toAsciiDigits, tomanToRial } from "../../lib/format"
import { storefrontOrigin } from "../../lib/origin"
import { GATEWAYS } from "../../lib/payments"
import { getSdk } from "../../lib/sdk"

export type WalletFormState = { ok?: string; error?: string; redirect?: GatewayRedirect }

/** A top-up is paid at a gateway; the bank's return credits the wallet (once) and lands on the wallet page. */
export async function topUp(_prev: WalletFormState, form: FormData): Promise<WalletFormState> {
  const amount = tomanToRial(form.get("amount"))
  const provider = String(form.get("provider_id") ?? "")
  if (!amount || amount < 10_000) return { error: "مبلغ شارژ را به تومان وارد کنید (دست‌کم ۱٬۰۰۰ تومان)." }
  if (!GATEWAYS.some((g) => g.id === provider)) return { error: "درگاه پرداخت را انتخاب کنید." }
  try {
    const { payment_session } = await (await getSdk()).asoud.store.wallet.createTopUp({
      amount,
      provider_id: provider,
      data: { return_url: `${await storefrontOrigin()}/account/wallet` },
    })
    const redirect = (payment_session.data as { redirect?: GatewayRedirect }).redirect
    return redirect ? { redirect } : { error: "درگاه پرداخت پاسخی نداد؛ دوباره امتحان کنید." }
  } catch (error) {
    return { error: apiMessage(error, "شروع شارژ کیف پول انجام نشد.") }
  }
}

/** Held at once, paid out to the Sheba account when the platform approves it. */
export async function withdraw(_prev: WalletFormState, form: FormData): Promise<WalletFormState> {
  const amount = tomanToRial(form.get("amount"))
  const iban = toAsciiDigits(String(form.get("iban") ?? "")).replace(/[\s-]/g, "").toUpperCase()
  const holder = String(form.get("account_holder") ?? "").trim()
  if (!amount) return { error: "مبلغ برداشت را به تومان وارد کنید." }
  if (!/^(IR)?\d{24}$/.test(iban)) return { error: "شماره شبا باید ۲۴ رقم باشد (با یا بدون IR)." }
  if (!holder) return { error: "نام صاحب حساب را وارد کنید." }
  try {
    await (await getSdk()).asoud.store.wallet.requestWithdrawal({
      amount,
      iban: iban.startsWith("IR") ? iban : `IR${iban}`,
      account_holder: holder,
      idempotency_key: String(form.get("idempotency_key") ?? "") || undefined,
    })
  } catch (error) {
    return { error: apiMessage(error, "ثبت درخواست برداشت انجام نشد.") }
  }
  revalidatePath("/account/wallet")
  return { ok: "درخواست برداشت ثبت شد و پس از تأیید به حساب شما واریز می‌شود." }
}
