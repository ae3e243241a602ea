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
  unknown: "این پرداخت پیدا نشد یا منقضی شده است.",
}
