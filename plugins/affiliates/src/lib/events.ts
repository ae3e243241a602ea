export const AffiliateEvents = {
  /** `{ id, decision, status, customer_id, phone, review_note }` */
  DECIDED: "affiliate.decided",
  /** `{ id, order_id, affiliate_id, market_id, amount, review }` for each commission of a placed order */
  COMMISSION_CREATED: "affiliate_commission.created",
} as const
