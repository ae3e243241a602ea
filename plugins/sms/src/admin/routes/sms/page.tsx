import { Crumb } from "@asoud/admin-kit/react"
import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ChatBubbleLeftRight } from "@medusajs/icons"
import { BulkSend } from "../../components/bulk-send"
import { MessageLog } from "../../components/message-log"
import { TestSend } from "../../components/test-send"

/** Settings-free SMS desk: the message log, a test send and a bulk send to a customer group. */
const SmsPage = () => (
  <div className="flex flex-col gap-y-3">
    <div className="grid grid-cols-1 gap-3 lg:grid-cols-2">
      <TestSend />
      <BulkSend />
    </div>
    <MessageLog />
  </div>
)

export const handle = { breadcrumb: () => <Crumb i18nKey="asoudSms.menu" /> }

export const config = defineRouteConfig({ label: "asoudSms.menu", translationNs: "translation", icon: ChatBubbleLeftRight })

export default SmsPage
