import { AbstractNotificationProviderService } from "@medusajs/framework/utils"
import type { ProviderSendNotificationDTO, ProviderSendNotificationResultsDTO } from "@medusajs/framework/types"
import { SmsProviderError, isSmsProviderError } from "./errors"
import { InvalidPhoneNumberError, normalizeIranianMobile } from "./phone"
import { SMS_TEMPLATES, renderSmsText, templateParams, type ProviderTemplate, type ProviderTemplates, type SmsData } from "./templates"

export type SmsProviderOptions = {
  /** Our template name → the provider's approved template and its parameters. */
  templates?: ProviderTemplates
  /** Overrides of the kit's Persian texts for templates sent as plain SMS. */
  texts?: Record<string, string>
  /** Per-request timeout; default 10 s. */
  timeoutMs?: number
  /** Extra attempts after an error that proves nothing was sent; default 1. */
  retries?: number
  /** Pause between those attempts; default 300 ms. */
  retryDelayMs?: number
}

export type SmsMessage = { to: string; template: string; data: SmsData }

export type SmsDelivery = {
  /** The provider's identifier (e.g. `kavenegar`). */
  provider: string
  /** The provider's message id. */
  messageId: string
  /** The canonical recipient `09xxxxxxxxx`. */
  to: string
  /** How many HTTP attempts it took. */
  attempts: number
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * The base every Asoud SMS provider extends. A provider implements only its wire protocol
 * (`sendText`, `sendTemplate`) and maps its answers to SmsProviderError; this class normalizes the
 * number, picks the provider template or the Persian text, and retries where that is safe.
 */
export abstract class AbstractSmsProvider<
  TOptions extends SmsProviderOptions = SmsProviderOptions,
> extends AbstractNotificationProviderService {
  protected readonly options: TOptions

  constructor(_cradle: Record<string, unknown>, options: TOptions) {
    super()
    this.options = options
  }

  /** The provider's name in errors, logs and message ids. */
  abstract get providerName(): string

  /** Sends a plain text to one canonical `09…` number; returns the provider's message id. */
  protected abstract sendText(to: string, text: string): Promise<string>

  /** Sends one of the provider's approved templates; returns the provider's message id. */
  protected abstract sendTemplate(to: string, template: ProviderTemplate, params: Record<string, string>): Promise<string>

  protected get timeoutMs(): number {
    return this.options.timeoutMs ?? 10_000
  }

  /** Sends one message and tells who sent it; throws SmsProviderError. */
  async deliver(message: SmsMessage): Promise<SmsDelivery> {
    let to: string
    try {
      to = normalizeIranianMobile(message.to)
    } catch (error) {
      throw new SmsProviderError({
        kind: "invalid-recipient",
        provider: this.providerName,
        message: (error as InvalidPhoneNumberError).message,
      })
    }
    const mapped = this.options.templates?.[message.template]
    const send = (): Promise<string> => {
      try {
        return mapped
          ? this.sendTemplate(to, mapped, templateParams(mapped, message.data))
          : this.sendText(to, renderSmsText(message.template, message.data, { ...SMS_TEMPLATES, ...this.options.texts }))
      } catch (error) {
        return Promise.reject(
          isSmsProviderError(error)
            ? error
            : new SmsProviderError({ kind: "invalid-request", provider: this.providerName, message: (error as Error).message })
        )
      }
    }
    const retries = this.options.retries ?? 1
    for (let attempt = 1; ; attempt++) {
      try {
        const messageId = await send()
        return { provider: this.providerName, messageId, to, attempts: attempt }
      } catch (error) {
        if (isSmsProviderError(error) && error.retryable && attempt <= retries) {
          await sleep(this.options.retryDelayMs ?? 300)
          continue
        }
        throw error
      }
    }
  }

  async send(notification: ProviderSendNotificationDTO): Promise<ProviderSendNotificationResultsDTO> {
    const delivery = await this.deliver({
      to: notification.to,
      template: notification.template ?? "text",
      data: (notification.data ?? {}) as SmsData,
    })
    return { id: `${delivery.provider}:${delivery.messageId}` }
  }
}

