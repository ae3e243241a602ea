/** What the store API said, for a shopper: its message (our plugins answer in Persian), or a fallback. */
export function apiMessage(error: unknown, fallback: string): string {
  const message = error instanceof Error ? error.message : typeof error === "string" ? error : ""
  if (!message) return fallback
  if (/inventory|stock/i.test(message)) return "موجودی این کالا برای این تعداد کافی نیست."
  if (/sheba|iban/i.test(message)) return "شماره شبا معتبر نیست؛ آن را از کارت یا اپلیکیشن بانک دوباره بخوانید."
  if (/Insufficient wallet balance/i.test(message)) return "موجودی کیف پول کافی نیست."
  if (/Too many|429|Retry/i.test(message)) return "تعداد درخواست‌ها زیاد است؛ کمی بعد دوباره امتحان کنید."
  if (/prices_changed|prices changed/i.test(message)) return "قیمت‌های سبد خرید به‌روز شد؛ لطفاً دوباره بررسی و پرداخت کنید."
  return `${fallback} (${message})`
}
