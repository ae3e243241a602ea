import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { SMS_LOG_MODULE } from "../modules/sms-log"
import type SmsLogModuleService from "../modules/sms-log/service"
import { SMS_BULK_SEND_CREATED } from "../workflows/sms/workflows/create-bulk-send"
import { runSmsBulkSendWorkflow } from "../workflows/sms/workflows/run-bulk-send"

/** Runs a bulk send in the background (on the worker when the platform runs one). */
export default async function smsBulkSendCreated({ event, container }: SubscriberArgs<{ id: string }>) {
  try {
    await runSmsBulkSendWorkflow(container).run({ input: { id: event.data.id } })
  } catch (error) {
    await container
      .resolve<SmsLogModuleService>(SMS_LOG_MODULE)
      .updateSmsBulkSends({ id: event.data.id, status: "failed", error: (error as Error).message })
  }
}

export const config: SubscriberConfig = { event: SMS_BULK_SEND_CREATED }
