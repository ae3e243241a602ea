import { AbstractSmsProvider, SmsProviderError, formatIranianMobile, type ProviderTemplate, type SmsProviderOptions } from "@asoud/sms/kit"
import { MedusaError } from "@medusajs/framework/utils"
import { SmsIrClient } from "./client"

export type SmsIrOptions = SmsProviderOptions & {
  apiKey: string
  /** The line plain texts are sent from (send/bulk `lineNumber`). */
  lineNumber: string | number
  /** Default https://api.sms.ir; the simulator's URL in development. */
  baseUrl?: string
}

export class SmsIrSmsProvider extends AbstractSmsProvider<SmsIrOptions> {
  static identifier = "smsir"

  static validateOptions(options: Record<string, unknown>): void {
    if (typeof options.apiKey !== "string" || !options.apiKey) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "SMS.ir needs `apiKey`")
    }
    if (!/^\d+$/.test(String(options.lineNumber ?? ""))) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "SMS.ir needs a numeric `lineNumber`")
    }
  }

  private readonly client: SmsIrClient

  constructor(cradle: Record<string, unknown>, options: SmsIrOptions) {
    super(cradle, options)
    SmsIrSmsProvider.validateOptions(options)
    this.client = new SmsIrClient({ apiKey: options.apiKey, baseUrl: options.baseUrl, timeoutMs: this.timeoutMs })
  }

  get providerName(): string {
    return SmsIrSmsProvider.identifier
  }

  protected async sendText(to: string, text: string): Promise<string> {
    const result = await this.client.bulk({
      lineNumber: Number(this.options.lineNumber),
      messageText: text,
      mobiles: [formatIranianMobile(to, "local")],
    })
    const id = result.messageIds[0]
    if (id === null || id === undefined) {
      throw new SmsProviderError({ kind: "rejected", provider: this.providerName, message: `pack ${result.packId} has no message id` })
    }
    return String(id)
  }

  protected async sendTemplate(to: string, template: ProviderTemplate, params: Record<string, string>): Promise<string> {
    if (!/^\d+$/.test(template.id)) {
      throw new SmsProviderError({ kind: "invalid-request", provider: this.providerName, message: `templateId must be numeric, got ${template.id}` })
    }
    const result = await this.client.verify({
      mobile: formatIranianMobile(to, "local"),
      templateId: Number(template.id),
      parameters: Object.entries(params).map(([name, value]) => ({ name, value })),
    })
    return String(result.messageId)
  }
}
