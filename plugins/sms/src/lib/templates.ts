/**
 * Our template names and their Persian texts. A provider may map a name to one of its approved
 * templates (Kavenegar verify/lookup, SMS.ir verify); otherwise the text here is sent as a plain SMS.
 */
export const SMS_TEMPLATES = {
  otp: "کد ورود شما به آسود: {code}\nاین کد را به کسی ندهید.",
  "order-placed": "{name} عزیز، سفارش شما به شماره {order} ثبت شد. مبلغ: {total} تومان\nآسود",
  "order-shipped": "{name} عزیز، سفارش {order} ارسال شد.{tracking}\nآسود",
  "test": "پیامک آزمایشی آسود: {text}",
} as const

export type SmsTemplateName = keyof typeof SMS_TEMPLATES | (string & {})

export type SmsData = Record<string, string | number | null | undefined>

/** A provider template: its id and which of our data keys fill which of its parameters. */
export type ProviderTemplate = {
  /** Kavenegar template name, SMS.ir templateId, ... */
  id: string
  /** provider parameter name → our data key, e.g. `{ token: "code" }` or `{ CODE: "code" }`. */
  params: Record<string, string>
}

export type ProviderTemplates = Record<string, ProviderTemplate>

/**
 * Fills `{key}` placeholders from data. A template name we do not know is sent as `data.text`
 * (admin test and bulk messages), so a typo fails loudly instead of sending an empty SMS.
 */
export function renderSmsText(
  template: string,
  data: SmsData,
  texts: Record<string, string> = SMS_TEMPLATES
): string {
  const source = texts[template] ?? (template === "text" ? "{text}" : undefined)
  if (source === undefined) {
    throw new Error(`unknown SMS template "${template}" and no provider template is mapped for it`)
  }
  const text = source.replace(/\{(\w+)\}/g, (_, key: string) => {
    const value = data[key]
    return value === undefined || value === null ? "" : String(value)
  })
  if (!text.trim()) {
    throw new Error(`SMS template "${template}" rendered an empty message`)
  }
  return text
}

/** The provider's parameters for a mapped template, from our data. Missing values are an error. */
export function templateParams(template: ProviderTemplate, data: SmsData): Record<string, string> {
  const params: Record<string, string> = {}
  for (const [param, key] of Object.entries(template.params)) {
    const value = data[key]
    if (value === undefined || value === null || value === "") {
      throw new Error(`SMS template ${template.id} needs "${key}" for its parameter ${param}`)
    }
    params[param] = String(value)
  }
  return params
}

/** Toman from IRR for SMS text: integer division, grouped with Persian separators. */
export function formatToman(irr: number | string | bigint): string {
  const toman = BigInt(String(irr).split(".")[0]) / 10n
  return toman.toString().replace(/\B(?=(\d{3})+(?!\d))/g, "٬")
}
