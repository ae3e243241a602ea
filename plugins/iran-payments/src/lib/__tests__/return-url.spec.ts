import { isAllowedReturnUrl, withReturnParams } from "../return-url"

describe("storefront return URLs", () => {
  const allowed = ["https://shop.example", "http://localhost:8000"]

  it("accepts only URLs on an allow-listed origin", () => {
    expect(isAllowedReturnUrl("https://shop.example/checkout/done?x=1", allowed)).toBe(true)
    expect(isAllowedReturnUrl("http://localhost:8000/", allowed)).toBe(true)
    expect(isAllowedReturnUrl("https://shop.example.evil.com/", allowed)).toBe(false)
    expect(isAllowedReturnUrl("https://evil.example/?next=https://shop.example", allowed)).toBe(false)
    expect(isAllowedReturnUrl("javascript:alert(1)", allowed)).toBe(false)
    expect(isAllowedReturnUrl("//shop.example/x", allowed)).toBe(false)
    expect(isAllowedReturnUrl(undefined, allowed)).toBe(false)
  })

  it("adds the outcome to the return URL and keeps its own query", () => {
    expect(withReturnParams("https://shop.example/done?ref=a", { status: "success", order_id: "order_1", code: undefined })).toBe(
      "https://shop.example/done?ref=a&status=success&order_id=order_1"
    )
  })
})
