import type { BigNumberValue } from "@medusajs/framework/types"
import { BigNumber } from "@medusajs/framework/utils"

export type PayoutRow = {
  id: string
  iban: string
  account_holder: string
  amount: BigNumberValue
  currency_code: string
  bank_reference: string | null
  reviewed_at: Date | string | null
}

const HEADER = ["withdrawal_id", "iban", "account_holder", "amount", "currency", "bank_reference", "approved_at"]

// Quote every field: holder names are free text and a bank import must not split on a comma in one.
// A leading =, +, - or @ would run as a formula in a spreadsheet, so it is neutralised.
function cell(value: string): string {
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value
  return `"${safe.replace(/"/g, '""')}"`
}

/** One CSV line per approved payout, amounts as exact integers in the wallet currency. */
export function payoutsToCsv(rows: PayoutRow[]): string {
  const lines = rows.map((row) =>
    [
      row.id,
      row.iban,
      row.account_holder,
      new BigNumber(row.amount).numeric.toString(),
      row.currency_code.toUpperCase(),
      row.bank_reference ?? "",
      row.reviewed_at ? new Date(row.reviewed_at).toISOString() : "",
    ]
      .map(cell)
      .join(",")
  )
  return [HEADER.join(","), ...lines].join("\r\n") + "\r\n"
}
