import { faNumber, jalaliDate, parseWholeNumber, rial, toAsciiDigits, toman, tomanToRial, toPersianDigits } from "../format"
import { affiliateMessage } from "../errors"
import { groupByMarket } from "../grouping"
import { marketForHost } from "../hosts"
import { openingHoursRows } from "../hours"
import type { StoreMarket } from "@asoud/js-sdk"
import type { HttpTypes } from "@medusajs/types"

describe("Persian money and dates", () => {
  it("shows rials as Toman in Persian digits, with the exact rial amount", () => {
    expect(toman(32_000_000)).toBe("۳٬۲۰۰٬۰۰۰ تومان")
    expect(toman(1_234_565)).toBe("۱۲۳٬۴۵۶٫۵ تومان")
    expect(rial(32_000_000)).toBe("۳۲٬۰۰۰٬۰۰۰ ریال")
    expect(toman(null)).toBe("—")
    expect(faNumber("12")).toBe("۱۲")
  })

  it("shows dates in the Jalali calendar", () => {
    expect(jalaliDate("2026-12-02T10:00:00Z")).toBe("۱۱ آذر ۱۴۰۵")
  })

  it("reads amounts typed with Persian or Arabic-Indic digits and separators", () => {
    expect(toAsciiDigits("۰۹۱۲ ٣٤٥")).toBe("0912 345")
    expect(parseWholeNumber("۵۰۰٬۰۰۰")).toBe(500_000)
    expect(parseWholeNumber("1,250")).toBe(1250)
    expect(parseWholeNumber("12.5")).toBeUndefined()
    expect(parseWholeNumber("-3")).toBeUndefined()
    expect(tomanToRial("۲٬۰۰۰")).toBe(20_000)
  })
})

describe("storefront helpers", () => {
  const market = (handle: string, extra: Partial<StoreMarket> = {}) => ({ id: `mkt_${handle}`, handle, name: handle, subdomain: null, custom_domain: null, ...extra }) as StoreMarket

  it("finds the market a host names: its own domain or <subdomain>.<base domain>", () => {
    const markets = [market("saffron-house", { subdomain: "saffron" }), market("isfahan-crafts", { custom_domain: "isfahan.example" })]
    expect(marketForHost(markets, "saffron.localhost:8000", "localhost")?.handle).toBe("saffron-house")
    expect(marketForHost(markets, "ISFAHAN.example", "localhost")?.handle).toBe("isfahan-crafts")
    expect(marketForHost(markets, "localhost:8000", "localhost")).toBeUndefined()
    expect(marketForHost(markets, "tabriz.localhost", "localhost")).toBeUndefined()
  })

  it("groups cart lines by market in the order they appear, lines of no market last", () => {
    const line = (id: string, product_id: string, unit_price: number, quantity: number) => ({ id, product_id, unit_price, quantity }) as HttpTypes.StoreCartLineItem
    const markets = new Map([["p1", { id: "m1", handle: "saffron-house", name: "زعفران" }], ["p2", { id: "m2", handle: "isfahan-crafts", name: "اصفهان" }]])
    const groups = groupByMarket([line("a", "p9", 5, 1), line("b", "p2", 100, 2), line("c", "p1", 10, 1), line("d", "p2", 1, 3)], markets)
    expect(groups.map((g) => [g.market?.handle, g.items.map((i) => i.id), g.subtotal])).toEqual([
      ["isfahan-crafts", ["b", "d"], 203],
      ["saffron-house", ["c"], 10],
      [undefined, ["a"], 5],
    ])
  })

  it("lists opening hours in the Iranian week, whatever shape the market stored them in", () => {
    expect(openingHoursRows({ fri: null, sat: "09:00-21:00", mon: { open: "10:00", close: "18:00" } })).toEqual([
      ["شنبه", "۰۹:۰۰ تا ۲۱:۰۰"],
      ["دوشنبه", "۱۰:۰۰ تا ۱۸:۰۰"],
      ["جمعه", "تعطیل"],
    ])
  })
})

describe("affiliate answers in Persian", () => {
  it("says what the affiliates and referral routes refused, and falls back to the general message", () => {
    expect(affiliateMessage(new Error("The affiliate code nima is not valid"), "x")).toBe("کد بازاریاب وارد‌شده معتبر نیست یا غیرفعال شده است.")
    expect(affiliateMessage(new Error("The code nima is taken"), "x")).toBe("این کد قبلاً گرفته شده است؛ کد دیگری انتخاب کنید.")
    expect(affiliateMessage(new Error("The product prod_1 was not found"), "x")).toBe("مقصد پیوند پیدا نشد.")
    expect(affiliateMessage(new Error("Cart cart_1 was not found"), "x")).toBe("سبد خرید پیدا نشد یا قبلاً پرداخت شده است.")
    expect(affiliateMessage(new Error("You cannot use your own referral code"), "x")).toBe("نمی‌توانید کد دعوت خودتان را وارد کنید.")
    expect(affiliateMessage(new Error("Too many requests"), "ثبت نشد.")).toBe("تعداد درخواست‌ها زیاد است؛ کمی بعد دوباره امتحان کنید.")
    expect(affiliateMessage(new Error("Something else"), "ثبت نشد.")).toBe("ثبت نشد. (Something else)")
  })

  it("writes phone numbers and codes in Persian digits", () => {
    expect(toPersianDigits("09121234567")).toBe("۰۹۱۲۱۲۳۴۵۶۷")
    expect(toPersianDigits("nima-20")).toBe("nima-۲۰")
  })
})
