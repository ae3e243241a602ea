import { checkSheba } from "../sheba"
import { payoutsToCsv } from "../withdrawal-csv"

// IR + 24 digits with valid mod-97 check digits (computed, not a real account).
const VALID = "IR820540102680020817909002"

describe("checkSheba", () => {
  it("accepts a valid Sheba in the forms people paste", () => {
    expect(checkSheba(VALID)).toEqual({ valid: true, iban: VALID })
    expect(checkSheba("ir82 0540 1026 8002 0817 9090 02")).toEqual({ valid: true, iban: VALID })
    expect(checkSheba("820540102680020817909002")).toEqual({ valid: true, iban: VALID })
    expect(checkSheba("IR۸۲۰۵۴۰۱۰۲۶۸۰۰۲۰۸۱۷۹۰۹۰۰۲")).toEqual({ valid: true, iban: VALID })
  })

  it("rejects wrong check digits, wrong length and foreign IBANs with a reason", () => {
    expect(checkSheba("IR830540102680020817909002")).toEqual({ valid: false, reason: expect.stringMatching(/check digits/) })
    expect(checkSheba("IR82054010268002081790900")).toEqual({ valid: false, reason: expect.stringMatching(/24 digits/) })
    expect(checkSheba("DE89370400440532013000")).toMatchObject({ valid: false })
  })
})

describe("payoutsToCsv", () => {
  it("writes exact amounts, quotes names and neutralises formulas", () => {
    const csv = payoutsToCsv([
      {
        id: "wlw_1",
        iban: VALID,
        account_holder: 'علی "رضایی", =SUM(A1)',
        amount: 1_250_000,
        currency_code: "irr",
        bank_reference: "=HYPERLINK()",
        reviewed_at: "2026-11-22T00:00:00.000Z",
      },
    ])
    expect(csv.split("\r\n")).toEqual([
      "withdrawal_id,iban,account_holder,amount,currency,bank_reference,approved_at",
      `"wlw_1","${VALID}","علی ""رضایی"", =SUM(A1)","1250000","IRR","'=HYPERLINK()","2026-11-22T00:00:00.000Z"`,
      "",
    ])
  })
})
