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

/** Persian for what the affiliates and referral routes answer (their messages are English). */
export function affiliateMessage(error: unknown, fallback: string): string {
  const message = error instanceof Error ? error.message : ""
  const rules: Array<[RegExp, string]> = [
    [/affiliate code (.+) is not valid/i, "کد بازاریاب وارد‌شده معتبر نیست یا غیرفعال شده است."],
    [/already have an affiliate account/i, "شما قبلاً درخواست بازاریابی داده‌اید."],
    [/A code is 3 to 32/i, "کد باید ۳ تا ۳۲ حرف لاتین، رقم، خط تیره یا زیرخط باشد."],
    [/code (.+) is taken/i, "این کد قبلاً گرفته شده است؛ کد دیگری انتخاب کنید."],
    [/have no enabled code/i, "این کد فعال نیست؛ یک کد فعال انتخاب کنید."],
    [/The (marketplace|market|category|product) .*was not found/i, "مقصد پیوند پیدا نشد."],
    [/Cart .* was not found/i, "سبد خرید پیدا نشد یا قبلاً پرداخت شده است."],
    [/does not allow affiliates/i, "این بازارچه اجازهٔ بازاریابی محصولاتش را نداده است."],
    [/Your affiliate account is (\w+)/i, "حساب بازاریابی شما فعال نیست."],
    [/no affiliate account/i, "هنوز حساب بازاریابی ندارید؛ ابتدا درخواست دهید."],
    [/Referral code .* does not exist/i, "کد دعوت وارد‌شده وجود ندارد."],
    [/your own referral code/i, "نمی‌توانید کد دعوت خودتان را وارد کنید."],
    [/referred only once/i, "شما قبلاً با کد دعوت یک دوست ثبت شده‌اید."],
    [/already placed an order/i, "کد دعوت فقط برای مشتریان تازه پیش از اولین خرید است."],
  ]
  const found = rules.find(([pattern]) => pattern.test(message))
  return found ? found[1] : apiMessage(error, fallback)
}
