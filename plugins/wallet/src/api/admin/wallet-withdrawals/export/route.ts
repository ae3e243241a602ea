import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { payoutsToCsv, type PayoutRow } from "../../../../lib/withdrawal-csv"
import { exportWithdrawalsWorkflow } from "../../../../workflows"
import type { ExportWithdrawalsType } from "../../../validators"

/** The bank batch: approved payouts not exported before (or all, on request) as CSV. */
export const POST = async (req: AuthenticatedMedusaRequest<ExportWithdrawalsType>, res: MedusaResponse) => {
  const { result } = await exportWithdrawalsWorkflow(req.scope).run({
    input: { include_exported: req.validatedBody.include_exported },
  })
  const stamp = new Date().toISOString().slice(0, 19).replace(/[-:T]/g, "")
  res.setHeader("Content-Type", "text/csv; charset=utf-8")
  res.setHeader("Content-Disposition", `attachment; filename="wallet-payouts-${stamp}.csv"`)
  // A byte-order mark so spreadsheet tools read the Persian holder names as UTF-8.
  res.send("\uFEFF" + payoutsToCsv(result as unknown as PayoutRow[]))
}
