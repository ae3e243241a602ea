import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import {
  listSmsBulkSendsQueryConfig,
  listSmsMessagesQueryConfig,
  retrieveSmsBulkSendQueryConfig,
} from "./query-config"
import {
  AdminCreateSmsBulkSend,
  AdminListSmsBulkSends,
  AdminListSmsMessages,
  AdminSendTestSms,
} from "./validators"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"

export const adminSmsMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/sms/messages",
    middlewares: [validateAndTransformQuery(AdminListSmsMessages, listSmsMessagesQueryConfig)],
  },
  { method: ["POST"], matcher: "/admin/sms/send-test", middlewares: [validateAndTransformBody(AdminSendTestSms)] },
  {
    method: ["GET"],
    matcher: "/admin/sms/bulk-sends",
    middlewares: [validateAndTransformQuery(AdminListSmsBulkSends, listSmsBulkSendsQueryConfig)],
  },
  { method: ["POST"], matcher: "/admin/sms/bulk-sends", middlewares: [validateAndTransformBody(AdminCreateSmsBulkSend)] },
  {
    method: ["GET"],
    matcher: "/admin/sms/bulk-sends/:id",
    middlewares: [validateAndTransformQuery(createFindParams(), retrieveSmsBulkSendQueryConfig)],
  },
]
