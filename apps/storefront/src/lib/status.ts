/** Medusa's order, payment and fulfilment statuses in Persian. */
export const ORDER_STATUS: Record<string, string> = {
  pending: "در انتظار",
  completed: "تکمیل‌شده",
  draft: "پیش‌نویس",
  archived: "بایگانی",
  canceled: "لغوشده",
  requires_action: "نیازمند اقدام",
}

export const PAYMENT_STATUS: Record<string, string> = {
  not_paid: "پرداخت‌نشده",
  awaiting: "در انتظار پرداخت",
  authorized: "تأییدشده",
  partially_authorized: "بخشی تأییدشده",
  captured: "پرداخت‌شده",
  partially_captured: "بخشی پرداخت‌شده",
  partially_refunded: "بخشی بازپرداخت‌شده",
  refunded: "بازپرداخت‌شده",
  canceled: "لغوشده",
  requires_action: "نیازمند اقدام",
}

export const FULFILLMENT_STATUS: Record<string, string> = {
  not_fulfilled: "آماده‌سازی نشده",
  partially_fulfilled: "بخشی آماده‌شده",
  fulfilled: "آماده ارسال",
  partially_shipped: "بخشی ارسال‌شده",
  shipped: "ارسال‌شده",
  partially_delivered: "بخشی تحویل‌شده",
  delivered: "تحویل‌شده",
  canceled: "لغوشده",
}

export const label = (table: Record<string, string>, value: string | null | undefined) => (value ? table[value] ?? value : "—")
