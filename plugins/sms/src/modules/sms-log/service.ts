import { MedusaService } from "@medusajs/framework/utils"
import { SmsBulkSend } from "./models/sms-bulk-send"
import { SmsMessage } from "./models/sms-message"

class SmsLogModuleService extends MedusaService({ SmsMessage, SmsBulkSend }) {}

export default SmsLogModuleService
