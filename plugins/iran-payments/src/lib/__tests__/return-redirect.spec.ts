import { returnRedirectUrl } from "../return-redirect"
import { OUTCOME_MESSAGES } from "../outcome"

describe("the redirect after a refused order", () => {
  const target = { session_id: "payses_1", provider_id: "pp_zarinpal_zarinpal", payment_collection_id: "pay_col_1", cart_id: "cart_1", lock_key: "k", return_url: "https://shop.example/checkout" }
  const read = (reversed: boolean) =>
    new URL(returnRedirectUrl(target, { outcome: "failed", newly_verified: false, code: "order_not_placed", reversed }, ["https://shop.example"])).searchParams

  it("tells the shopper the money is back when the bank's payment was reversed", () => {
    const params = read(true)
    expect(params.get("code")).toBe("order_not_placed")
    expect(params.get("cart_id")).toBe("cart_1")
    expect(params.get("message")).toBe(OUTCOME_MESSAGES.order_not_placed_reversed)
  })

  it("falls back to the bank's own return when the reversal did not go through", () => {
    expect(read(false).get("message")).toBe(OUTCOME_MESSAGES.failed)
  })
})
