/** Persian labels (with the English meaning in comments for reviewers). */
export const labels = {
  title: "تراکنش‌های درگاه پرداخت", // Gateway transactions
  empty: "این سفارش تراکنش درگاهی ندارد.", // No gateway transaction for this order
  gateway: "درگاه", // Gateway
  status: "وضعیت", // Status
  amount: "مبلغ", // Amount
  token: "شناسه درگاه", // Gateway token / authority / RefId
  orderReference: "شماره سفارش نزد بانک", // Our order reference at the bank
  bankReference: "شماره پیگیری بانک", // Bank reference (RefID / SaleReferenceId / RRN)
  card: "کارت", // Card
  timeline: "روند", // Timeline
  error: "خطا", // Error
  loading: "در حال بارگذاری…",
}

export const statusLabels: Record<string, string> = {
  initiated: "ایجاد شده",
  returned: "بازگشت از بانک",
  canceled: "لغو توسط خریدار",
  rejected: "بازگشت نامعتبر",
  pending: "در انتظار نتیجه",
  verified: "تأیید شده",
  failed: "ناموفق",
  expired: "منقضی شده",
}

export const gatewayLabels: Record<string, string> = {
  zarinpal: "زرین‌پال",
  mellat: "به‌پرداخت ملت",
  parsian: "پارسیان",
}

export function statusColor(status: string): "green" | "red" | "orange" | "grey" | "blue" {
  switch (status) {
    case "verified":
      return "green"
    case "failed":
    case "rejected":
      return "red"
    case "pending":
    case "returned":
      return "orange"
    case "canceled":
    case "expired":
      return "grey"
    default:
      return "blue"
  }
}

export function formatRial(amount: number | string): string {
  return `${Number(amount).toLocaleString("fa-IR")} ریال`
}

export function formatDate(value: string): string {
  return new Date(value).toLocaleString("fa-IR")
}
