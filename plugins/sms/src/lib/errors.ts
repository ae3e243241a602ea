/**
 * What went wrong at an SMS provider, in terms the failover provider can act on:
 * - `invalid-recipient`: the number itself is wrong. Another provider would refuse it too: no failover.
 * - `invalid-request`: our message or template is wrong for every provider (e.g. empty text): no failover.
 * - `out-of-credit`, `unavailable`, `auth`, `rejected`, `timeout`: this provider cannot deliver now;
 *   the next provider may.
 * - `rate-limited`: our own per-number limit refused the send before any provider was asked.
 */
export type SmsErrorKind =
  | "invalid-recipient"
  | "invalid-request"
  | "out-of-credit"
  | "unavailable"
  | "auth"
  | "rejected"
  | "timeout"
  | "rate-limited"

const FAILOVER_KINDS: SmsErrorKind[] = ["out-of-credit", "unavailable", "auth", "rejected", "timeout"]

export class SmsProviderError extends Error {
  readonly kind: SmsErrorKind
  readonly provider: string
  /** The provider's own status code, when it sent one. */
  readonly providerCode?: string | number
  /**
   * True only when the provider certainly did not accept the message (connection refused, "busy,
   * retry later"), so sending again cannot deliver it twice.
   */
  readonly retryable: boolean

  constructor(input: {
    kind: SmsErrorKind
    provider: string
    message: string
    providerCode?: string | number
    retryable?: boolean
  }) {
    super(`${input.provider}: ${input.message}`)
    this.name = "SmsProviderError"
    this.kind = input.kind
    this.provider = input.provider
    this.providerCode = input.providerCode
    this.retryable = input.retryable ?? false
  }

  /** Whether another provider should be tried after this error. */
  get allowsFailover(): boolean {
    return FAILOVER_KINDS.includes(this.kind)
  }
}

export function isSmsProviderError(error: unknown): error is SmsProviderError {
  return error instanceof SmsProviderError || (error as { name?: string } | null)?.name === "SmsProviderError"
}
