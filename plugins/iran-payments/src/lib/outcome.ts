import type { GatewayTransactionStatus } from "../modules/gateway-transaction"
import type { GatewayReturnReading } from "./types"

/** The statuses a return's reading leaves on the transaction before any verification. */
export function statusForReading(reading: GatewayReturnReading | null | undefined): GatewayTransactionStatus {
  switch (reading?.outcome) {
    case "paid":
      return "returned"
    case "canceled":
      return "canceled"
    case "failed":
      return "failed"
    default:
      return "rejected"
  }
}

/** Readable (Persian) messages a storefront can show as they are. */
export const OUTCOME_MESSAGES: Record<string, string> = {
  verified: "پرداخت با موفقیت انجام شد.",
  canceled: "پرداخت لغو شد. می‌توانید دوباره پرداخت کنید.",
  failed: "پرداخت تأیید نشد. اگر مبلغی از حساب شما کم شده باشد، بانک آن را بازمی‌گرداند.",
  rejected: "اطلاعات بازگشتی بانک با این پرداخت مطابقت ندارد؛ پرداختی ثبت نشد.",
  pending: "نتیجه پرداخت هنوز از بانک دریافت نشده است؛ وضعیت سفارش به‌زودی به‌روز می‌شود.",
  expired: "مهلت پرداخت به پایان رسید.",
  prices_changed: "قیمت‌های سبد خرید شما تغییر کرده است و سفارشی ثبت نشد؛ مبلغ پرداختی به حساب شما بازگردانده شد. سبد را بازبینی و دوباره پرداخت کنید.",
  order_not_placed_reversed:
    "سفارش شما ثبت نشد (کالایی از سبد تمام شد یا فروشگاه در این مدت سفارش نمی‌پذیرد)؛ مبلغ پرداختی همان لحظه از طریق بانک به حساب شما بازگردانده شد. سبد خرید را بازبینی و دوباره پرداخت کنید.",
  unknown: "این پرداخت پیدا نشد یا منقضی شده است.",
  replaced:
    "این پرداخت جای خود را به پرداخت تازه‌تری برای سبد شما داده بود (در زبانه‌ای دیگر، یا سبد پس از رفتن به بانک تغییر کرد) و تأیید نشد. اگر مبلغی از حساب شما کم شده باشد، بانک آن را خودکار بازمی‌گرداند. به سبد خرید برگردید و دوباره پرداخت کنید.",
}
