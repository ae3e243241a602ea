import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { SMS_LOG_MODULE } from "../../../modules/sms-log"
import type SmsLogModuleService from "../../../modules/sms-log/service"

export type CreateBulkSendStepInput = { customer_group_id: string; text: string; total: number }

export const createBulkSendStep = createStep(
  "create-sms-bulk-send",
  async (input: CreateBulkSendStepInput, { container }) => {
    const log = container.resolve<SmsLogModuleService>(SMS_LOG_MODULE)
    const bulk = await log.createSmsBulkSends({ ...input, status: "pending" })
    return new StepResponse(bulk, bulk.id)
  },
  async (id, { container }) => {
    if (id) {
      await container.resolve<SmsLogModuleService>(SMS_LOG_MODULE).deleteSmsBulkSends(id)
    }
  }
)
