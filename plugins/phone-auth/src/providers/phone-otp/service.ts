import { InvalidPhoneNumberError, maskIranianMobile, normalizeIranianMobile } from "@asoud/sms/kit"
import type {
  AuthenticationInput,
  AuthenticationResponse,
  AuthIdentityDTO,
  AuthIdentityProviderService,
  ConfigModule,
  IAuthModuleService,
  ICustomerModuleService,
  INotificationModuleService,
  Logger,
} from "@medusajs/framework/types"
import { AbstractAuthModuleProvider, MedusaError } from "@medusajs/framework/utils"
import { generateOtpCode, hashOtpCode, otpCodeMatches } from "../../lib/otp-code"
import { createOtpStore, type OtpStore } from "../../lib/otp-store"

export type PhoneOtpOptions = {
  /** Digits per code; default 6. */
  codeLength?: number
  /** Seconds a code stays valid; default 120. */
  ttlSeconds?: number
  /** Wrong codes allowed per number (across new codes) before it locks; default 5. */
  maxAttempts?: number
  /** Seconds the wrong tries of a number are remembered (a successful login clears them); default 3600. */
  attemptWindowSeconds?: number
  /** The SMS template name sent through the `sms` channel; default `otp`. */
  template?: string
  /** HMAC key for stored codes; default the platform's JWT secret. */
  secret?: string
  /** Redis for codes shared by several servers; default the platform's REDIS_URL. */
  redisUrl?: string
  /**
   * Print codes to the server log. Default: only when NODE_ENV is "development". The reference
   * platform also turns it on for the offline demo, where every SMS goes to the simulator.
   */
  logCodes?: boolean
}

type Cradle = {
  logger: Logger
  configModule: ConfigModule
  notification?: INotificationModuleService
  customer?: ICustomerModuleService
  auth?: IAuthModuleService
}

const WRONG_CODE = "The code is wrong or has expired. (کد نادرست است یا منقضی شده)"
const LOCKED = "Too many wrong codes for this number. Try again later. (تعداد تلاش‌های نادرست بیش از حد مجاز است)"

/**
 * Phone number + one-time code login for customers, through Medusa's own auth routes:
 *   POST /auth/customer/phone-otp { phone }        → sends a code, answers { location: "otp" }
 *   POST /auth/customer/phone-otp { phone, code }  → answers { token } for the customer
 * A first successful login creates the customer with that phone. The answer to the first call is
 * the same whether or not the number has an account. Resend and hourly limits are enforced by the
 * plugin's middleware on the same route (they need the client IP and answer 429).
 */
export class PhoneOtpAuthProvider extends AbstractAuthModuleProvider {
  static identifier = "phone-otp"
  static DISPLAY_NAME = "Phone number and one-time code"

  private readonly cradle: Cradle
  private readonly options: Required<Omit<PhoneOtpOptions, "secret" | "redisUrl" | "attemptWindowSeconds">> & { secret: string }
  private readonly store: OtpStore

  static validateOptions(options: Record<string, unknown>): void {
    const ttl = options.ttlSeconds
    if (ttl !== undefined && (typeof ttl !== "number" || ttl < 30)) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "phone-otp ttlSeconds must be at least 30")
    }
  }

  constructor(cradle: Record<string, unknown>, options: PhoneOtpOptions = {}) {
    // @ts-expect-error the base class takes the container and options, its typings omit them
    super(cradle, options)
    this.cradle = cradle as Cradle
    const projectConfig = this.cradle.configModule.projectConfig
    this.options = {
      codeLength: options.codeLength ?? 6,
      ttlSeconds: options.ttlSeconds ?? 120,
      maxAttempts: options.maxAttempts ?? 5,
      template: options.template ?? "otp",
      secret: options.secret ?? String(projectConfig.http.jwtSecret),
      logCodes: options.logCodes ?? process.env.NODE_ENV === "development",
    }
    this.store = createOtpStore(options.redisUrl ?? projectConfig.redisUrl, options.attemptWindowSeconds)
  }

  private phoneFrom(data: AuthenticationInput): string {
    try {
      return normalizeIranianMobile(data.body?.phone)
    } catch (error) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, (error as InvalidPhoneNumberError).message)
    }
  }

  async register(data: AuthenticationInput, service: AuthIdentityProviderService): Promise<AuthenticationResponse> {
    // Registering and logging in are the same act with a one-time code.
    return this.authenticate(data, service)
  }

  async authenticate(data: AuthenticationInput, service: AuthIdentityProviderService): Promise<AuthenticationResponse> {
    const actorType = (data as AuthenticationInput & { actor_type?: string }).actor_type
    if (actorType && actorType !== "customer") {
      return { success: false, error: "Phone login is for customers only" }
    }
    let phone: string
    try {
      phone = this.phoneFrom(data)
    } catch (error) {
      return { success: false, error: (error as Error).message }
    }
    const code = data.body?.code
    if (code === undefined || code === null || code === "") {
      return this.sendCode(phone)
    }
    return this.verifyCode(phone, String(code), service)
  }

  private async sendCode(phone: string): Promise<AuthenticationResponse> {
    const code = generateOtpCode(this.options.codeLength)
    const expiresAt = Date.now() + this.options.ttlSeconds * 1000
    await this.store.put(phone, { hash: hashOtpCode(this.options.secret, phone, code), expiresAt })
    if (this.options.logCodes) {
      this.cradle.logger.info(`phone-otp (development and offline demo only): code for ${phone} is ${code}`)
    }
    const notifications = this.cradle.notification
    if (!notifications) {
      return { success: false, error: "SMS is not configured on this server" }
    }
    try {
      const notification = await notifications.createNotifications({
        to: phone,
        channel: "sms",
        template: this.options.template,
        data: { code },
      })
      await this.redactStoredCode(notifications, notification?.id)
    } catch (error) {
      await this.store.take(phone)
      this.cradle.logger.warn(`phone-otp: the code SMS to ${maskIranianMobile(phone)} failed: ${(error as Error).message}`)
      return { success: false, error: "The code could not be sent. Try again shortly. (ارسال کد ممکن نشد)" }
    }
    return { success: true, location: "otp" }
  }

  /** The notification module stores `data`; the code must not outlive its SMS in plain text. */
  private async redactStoredCode(notifications: INotificationModuleService, id?: string): Promise<void> {
    const update = (notifications as unknown as { updateNotifications?: (data: object) => Promise<unknown> }).updateNotifications
    if (id && update) {
      await update.call(notifications, { id, data: { code: "[redacted]" } }).catch(() => undefined)
    }
  }

  private async verifyCode(phone: string, code: string, service: AuthIdentityProviderService): Promise<AuthenticationResponse> {
    const record = await this.store.get(phone)
    if (!record) {
      return { success: false, error: WRONG_CODE }
    }
    // Count first, atomically: parallel guesses cannot slip past the limit.
    const attempt = await this.store.countAttempt(phone)
    if (attempt > this.options.maxAttempts) {
      return { success: false, error: LOCKED }
    }
    if (!/^\d+$/.test(code) || !otpCodeMatches(this.options.secret, phone, code, record.hash)) {
      return { success: false, error: attempt >= this.options.maxAttempts ? LOCKED : WRONG_CODE }
    }
    if (!(await this.store.take(phone))) {
      return { success: false, error: WRONG_CODE }
    }
    await this.store.forgetAttempts(phone)
    const authIdentity = await this.findOrCreateIdentity(phone, service)
    return { success: true, authIdentity }
  }

  private async findOrCreateIdentity(phone: string, service: AuthIdentityProviderService): Promise<AuthIdentityDTO> {
    try {
      const existing = await service.retrieve({ entity_id: phone })
      if (existing.app_metadata?.customer_id) {
        return existing
      }
    } catch (error) {
      if ((error as MedusaError).type !== MedusaError.Types.NOT_FOUND) {
        throw error
      }
    }
    return this.createCustomerWithIdentity(phone)
  }

  /** A new number: the customer and its login identity, both or neither. */
  private async createCustomerWithIdentity(phone: string): Promise<AuthIdentityDTO> {
    const { customer: customers, auth } = this.cradle
    if (!customers || !auth) {
      throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, "phone-otp needs the customer and auth modules as dependencies")
    }
    const customer = await customers.createCustomers({ phone, has_account: true })
    try {
      const [existing] = await auth.listAuthIdentities(
        { provider_identities: { provider: PhoneOtpAuthProvider.identifier, entity_id: phone } },
        { relations: ["provider_identities"] }
      )
      if (existing) {
        return await auth.updateAuthIdentities({
          id: existing.id,
          app_metadata: { ...existing.app_metadata, customer_id: customer.id },
        })
      }
      return await auth.createAuthIdentities({
        provider_identities: [{ provider: PhoneOtpAuthProvider.identifier, entity_id: phone }],
        app_metadata: { customer_id: customer.id },
      })
    } catch (error) {
      await customers.deleteCustomers(customer.id)
      throw error
    }
  }
}
