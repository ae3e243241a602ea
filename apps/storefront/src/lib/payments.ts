/** The Iranian gateways the platform can offer (each only when the region offers it). */
export const GATEWAYS = [
  { id: "pp_zarinpal_zarinpal", name: "زرین‌پال" },
  { id: "pp_mellat_mellat", name: "بانک ملت (به‌پرداخت)" },
  { id: "pp_parsian_parsian", name: "بانک پارسیان (پک)" },
] as const

export const WALLET_PROVIDER = "pp_wallet_wallet"

/** Persian messages for the return page, when the return URL carries none. */
export const RETURN_MESSAGES: Record<string, string> = {
  success: "پرداخت با موفقیت انجام شد و سفارش شما ثبت شد.",
  canceled: "پرداخت لغو شد. سبد خرید شما باز است و می‌توانید دوباره پرداخت کنید.",
  failed: "پرداخت تأیید نشد. اگر مبلغی از حساب شما کم شده باشد، بانک آن را بازمی‌گرداند.",
  pending: "نتیجه پرداخت هنوز از بانک دریافت نشده است؛ وضعیت سفارش به‌زودی به‌روز می‌شود.",
}
