import { AbstractSmsProvider, SmsProviderError, formatIranianMobile, type ProviderTemplate, type SmsProviderOptions } from "@asoud/sms/kit"
import { MedusaError } from "@medusajs/framework/utils"
import { KavenegarClient, type KavenegarEntry } from "./client"

export type KavenegarOptions = SmsProviderOptions & {
  apiKey: string
  /** The line to send plain texts from; Kavenegar's default line when omitted. */
  sender?: string
  /** Default https://api.kavenegar.com; the simulator's URL in development. */
  baseUrl?: string
}

const TOKEN_PARAMS = ["token", "token2", "token3", "token10", "token20"]

export class KavenegarSmsProvider extends AbstractSmsProvider<KavenegarOptions> {
  static identifier = "kavenegar"

  static validateOptions(options: Record<string, unknown>): void {
    if (typeof options.apiKey !== "string" || !options.apiKey) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "Kavenegar needs `apiKey`")
    }
  }

  private readonly client: KavenegarClient

  constructor(cradle: Record<string, unknown>, options: KavenegarOptions) {
    super(cradle, options)
    KavenegarSmsProvider.validateOptions(options)
    this.client = new KavenegarClient({ apiKey: options.apiKey, baseUrl: options.baseUrl, timeoutMs: this.timeoutMs })
  }

  get providerName(): string {
    return KavenegarSmsProvider.identifier
  }

  private firstId(entries: KavenegarEntry[]): string {
    const entry = entries[0]
    if (!entry) {
      throw new SmsProviderError({ kind: "rejected", provider: this.providerName, message: "accepted without a message id" })
    }
    return String(entry.messageid)
  }

  protected async sendText(to: string, text: string): Promise<string> {
    const entries = await this.client.send({ receptor: formatIranianMobile(to, "local"), message: text, sender: this.options.sender })
    return this.firstId(entries)
  }

  protected async sendTemplate(to: string, template: ProviderTemplate, params: Record<string, string>): Promise<string> {
    const unknown = Object.keys(params).filter((name) => !TOKEN_PARAMS.includes(name))
    if (unknown.length) {
      throw new SmsProviderError({
        kind: "invalid-request",
        provider: this.providerName,
        message: `template ${template.id} maps ${unknown.join(", ")}; Kavenegar takes ${TOKEN_PARAMS.join(", ")}`,
      })
    }
    const entries = await this.client.lookup({ receptor: formatIranianMobile(to, "local"), template: template.id, tokens: params })
    return this.firstId(entries)
  }
}
