import { AbstractNotificationProviderService, MedusaError } from "@medusajs/framework/utils"
import type {
  Logger,
  ProviderSendNotificationDTO,
  ProviderSendNotificationResultsDTO,
} from "@medusajs/framework/types"
import type { RateLimiterAbstract } from "rate-limiter-flexible"
import type { AbstractSmsProvider, SmsDelivery, SmsProviderOptions } from "../../lib/base-provider"
import { SmsProviderError, isSmsProviderError } from "../../lib/errors"
import { normalizeIranianMobile } from "../../lib/phone"
import { createLimiter, takePoint } from "../../lib/rate-limit"
import type { SmsData } from "../../lib/templates"
import type SmsLogModuleService from "../../modules/sms-log/service"

export type SmsProviderEntry = {
  /** The provider package, e.g. `@asoud/sms-kavenegar`. */
  resolve: string
  id: string
  options: SmsProviderOptions & Record<string, unknown>
}

export type SmsFailoverOptions = {
  /** Providers in the order they are tried. */
  providers: SmsProviderEntry[]
  /** At most this many SMS per number per window; default 10 per 10 minutes. */
  perNumber?: { points: number; durationSeconds: number }
  redisUrl?: string
}

type Attempt = { provider: string; kind?: string; error?: string }

type Cradle = { logger?: Logger; smsLog?: SmsLogModuleService }

type ProviderClass = new (cradle: Record<string, unknown>, options: SmsProviderOptions) => AbstractSmsProvider

function loadProviderClass(resolve: string): ProviderClass {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const exported = require(resolve)
  const definition = exported.default ?? exported
  const service = definition.services?.[0]
  if (typeof service !== "function") {
    throw new Error(`${resolve} does not export a notification module provider`)
  }
  return service as ProviderClass
}

/**
 * The `sms` channel's provider. Medusa allows one provider per channel, so failover lives here:
 * it tries each configured provider in order and moves on only when a provider cannot deliver
 * (out of credit, down, refused our key); a wrong number stops at once. Every send is logged in
 * the `smsLog` module and counted against a per-number limit first.
 */
export class SmsFailoverProviderService extends AbstractNotificationProviderService {
  static identifier = "sms-failover"

  private readonly cradle: Cradle
  private readonly providers: AbstractSmsProvider[]
  private readonly perNumber: RateLimiterAbstract

  static validateOptions(options: Record<string, unknown>): void {
    const providers = options.providers as SmsProviderEntry[] | undefined
    if (!Array.isArray(providers) || !providers.length) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "sms-failover needs at least one entry in `providers`")
    }
  }

  constructor(cradle: Record<string, unknown>, options: SmsFailoverOptions) {
    super()
    this.cradle = cradle as Cradle
    this.providers = options.providers.map((entry) => new (loadProviderClass(entry.resolve))(cradle, entry.options))
    this.perNumber = createLimiter({
      keyPrefix: "asoud:sms:number",
      points: options.perNumber?.points ?? 10,
      durationSeconds: options.perNumber?.durationSeconds ?? 600,
      redisUrl: options.redisUrl,
    })
  }

  /** The log is optional: the provider also works without the @asoud/sms plugin's module. */
  private get log(): SmsLogModuleService | undefined {
    try {
      return this.cradle.smsLog
    } catch {
      return undefined
    }
  }

  private async record(entry: {
    to: string
    template: string
    status: "sent" | "failed" | "rate_limited"
    delivery?: SmsDelivery
    error?: string
    attempts: Attempt[]
  }): Promise<void> {
    try {
      await this.log?.createSmsMessages({
        to: entry.to,
        template: entry.template,
        status: entry.status,
        provider: entry.delivery?.provider ?? null,
        provider_message_id: entry.delivery?.messageId ?? null,
        error: entry.error ?? null,
        attempts: entry.attempts as unknown as Record<string, unknown>,
      })
    } catch (error) {
      this.cradle.logger?.warn(`sms: could not write the message log: ${(error as Error).message}`)
    }
  }

  async send(notification: ProviderSendNotificationDTO): Promise<ProviderSendNotificationResultsDTO> {
    const template = notification.template ?? "text"
    const data = (notification.data ?? {}) as SmsData
    let to: string
    try {
      to = normalizeIranianMobile(notification.to)
    } catch (error) {
      await this.record({ to: String(notification.to), template, status: "failed", error: (error as Error).message, attempts: [] })
      throw error
    }
    const waitSeconds = await takePoint(this.perNumber, to)
    if (waitSeconds !== undefined) {
      const message = `too many SMS to this number; try again in ${waitSeconds} s`
      await this.record({ to, template, status: "rate_limited", error: message, attempts: [] })
      throw new SmsProviderError({ kind: "rate-limited", provider: SmsFailoverProviderService.identifier, message })
    }

    const attempts: Attempt[] = []
    for (const provider of this.providers) {
      try {
        const delivery = await provider.deliver({ to, template, data })
        attempts.push({ provider: delivery.provider })
        await this.record({ to, template, status: "sent", delivery, attempts })
        return { id: `${delivery.provider}:${delivery.messageId}` }
      } catch (error) {
        const known = isSmsProviderError(error) ? error : undefined
        attempts.push({ provider: provider.providerName, kind: known?.kind, error: (error as Error).message })
        if (known?.allowsFailover) {
          this.cradle.logger?.warn(`sms: ${known.message}; trying the next provider`)
          continue
        }
        await this.record({ to, template, status: "failed", error: (error as Error).message, attempts })
        throw error
      }
    }
    const message = `every SMS provider failed: ${attempts.map((a) => a.error).join("; ")}`
    await this.record({ to, template, status: "failed", error: message, attempts })
    throw new SmsProviderError({ kind: "unavailable", provider: SmsFailoverProviderService.identifier, message })
  }
}
