import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { sendSmsWorkflow } from "../../../../workflows/sms/workflows/send-sms"
import type { AdminSendTestSmsType } from "../validators"

/** Sends a test SMS through the configured providers; a provider failure answers 502 with its reason. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminSendTestSmsType>, res: MedusaResponse) => {
  const { result, errors } = await sendSmsWorkflow(req.scope).run({
    input: { to: req.validatedBody.to, template: "test", data: { text: req.validatedBody.text } },
    throwOnError: false,
  })
  if (errors.length) {
    const reason = errors[0].error?.message ?? "unknown error"
    res.status(502).json({ type: "sms_failed", message: `The SMS was not sent: ${reason}` })
    return
  }
  if (!result) {
    throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, "The SMS workflow returned nothing")
  }
  res.json({ notification: result })
}
