import { Modules } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { isIranianMobile } from "../../../lib/phone"
import { SMS_LOG_MODULE } from "../../../modules/sms-log"
import type SmsLogModuleService from "../../../modules/sms-log/service"

const PAGE = 100

/**
 * Sends the bulk text to every customer of the group, page by page, writing progress after each
 * page. Customers without a valid mobile are counted as skipped. Each SMS goes through the `sms`
 * channel with an idempotency key per bulk and customer, so a re-run never texts anyone twice.
 */
export const sendBulkMessagesStep = createStep(
  "send-sms-bulk-messages",
  async (input: { id: string }, { container }) => {
    const log = container.resolve<SmsLogModuleService>(SMS_LOG_MODULE)
    const customers = container.resolve(Modules.CUSTOMER)
    const notifications = container.resolve(Modules.NOTIFICATION)
    const bulk = await log.retrieveSmsBulkSend(input.id)
    const progress = { sent: 0, failed: 0, skipped: 0 }
    await log.updateSmsBulkSends({ id: bulk.id, status: "running" })
    for (let skip = 0; ; skip += PAGE) {
      const page = await customers.listCustomers(
        { groups: { id: bulk.customer_group_id } },
        { select: ["id", "phone"], take: PAGE, skip, order: { created_at: "ASC" } }
      )
      for (const customer of page) {
        if (!customer.phone || !isIranianMobile(customer.phone)) {
          progress.skipped += 1
          continue
        }
        try {
          await notifications.createNotifications({
            to: customer.phone,
            channel: "sms",
            template: "text",
            data: { text: bulk.text },
            idempotency_key: `sms-bulk:${bulk.id}:${customer.id}`,
          })
          progress.sent += 1
        } catch {
          // The failover provider logged why; the bulk goes on with the next customer.
          progress.failed += 1
        }
      }
      await log.updateSmsBulkSends({ id: bulk.id, ...progress })
      if (page.length < PAGE) {
        break
      }
    }
    await log.updateSmsBulkSends({ id: bulk.id, status: "completed" })
    return new StepResponse(progress)
  }
)
