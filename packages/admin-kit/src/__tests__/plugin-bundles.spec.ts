import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { ADMIN_LANGUAGES, kitTranslations, translationKeys, type TranslationTree } from "../i18n"
import {
  adminSources,
  bundle,
  dynamicKeyPrefixes,
  literalKeys,
  lookup,
  pluginsWithAdmin,
  PLUGINS,
  sources,
  untranslatedText,
  where,
} from "./admin-sources"

// Every Asoud plugin in this repository that has admin screens ships an English and a Persian bundle
// with exactly the same keys, every key its screens ask for (literal or built from a value) is in its
// own bundles or the kit's, and no screen shows text that is not translated.
const plugins = pluginsWithAdmin()
const fromPlugin = (plugin: string, path: string) => readFileSync(join(PLUGINS, plugin, "src", path), "utf8")

/** `status: model.enum(["a", "b"])` or `model.enum([...NAMES])` with `NAMES = [...] as const` beside it. */
function modelEnum(plugin: string, model: string, field: string): string[] {
  const text = fromPlugin(plugin, `modules/${model}`).replace(/\/\/.*$/gm, "")
  const list = new RegExp(`\\b${field}: model\\.enum\\(\\[([^\\]]*)\\]`).exec(text)![1]
  const spread = /^\s*\.\.\.([A-Z_]+)\s*$/.exec(list)
  const values = spread ? new RegExp(`const ${spread[1]} = \\[([^\\]]*)\\]`).exec(text)![1] : list
  return [...values.matchAll(/"([^"]+)"/g)].map((match) => match[1])
}
/** The string members of a union type: `export type X = | "a" | "b" | (string & {})`. */
function unionMembers(plugin: string, file: string, type: string): string[] {
  const body = new RegExp(`type ${type} =([^=]*?)\\n\\n`).exec(fromPlugin(plugin, file))![1]
  return [...body.matchAll(/\|\s*"([^"]+)"/g)].map((match) => match[1])
}
/** An exported `const NAME = [...]` of string literals in a source file. */
function constList(plugin: string, file: string, name: string): string[] {
  const list = new RegExp(`const ${name}\\b[^=]*= \\[([^\\]]*)\\]`).exec(fromPlugin(plugin, file))![1]
  return [...list.matchAll(/"([^"]+)"/g)].map((match) => match[1])
}

/**
 * Each key a screen builds from a value, with every value it can take. A new one fails the test until
 * it is listed here (and its values are in both bundles): where a value is data (a tier's handle, an
 * SMS provider), the screen falls back to the value itself, and the list names what the platform ships.
 */
const DYNAMIC_KEYS: Record<string, string[]> = {
  "asoudKit.units": ["IRR", "IRT"],
  "asoudMarkets.hours.days": constList("markets", "admin/lib/opening-hours.ts", "DAYS"),
  "asoudMarkets.members.roles": modelEnum("markets", "market/models/market-member.ts", "role"),
  "asoudMarkets.status": modelEnum("markets", "market/models/market.ts", "status"),
  "asoudMarkets.type": modelEnum("markets", "market/models/market.ts", "type"),
  // the status actions of a market's page and the toast each gives when done
  "asoudMarkets.actions": ["approve", "suspend", "close", "approved", "suspended", "closed"],
  "asoudMarkets.sections": [...fromPlugin("markets", "admin/lib/profile-fields.ts").matchAll(/^ {2}([a-z]+): \[/gm)].map((match) => match[1]),
  "asoudMarkets.fields": [...fromPlugin("markets", "admin/lib/profile-fields.ts").matchAll(/\{ name: "([a-z_]+)"/g)].map((match) => match[1]),
  "asoudPricingTiers.tiers": ["retail", "colleague", "marketer"],
  "asoudPricingTiers.applications.statuses": modelEnum("pricing-tiers", "pricing-tiers/models/pricing-tier-application.ts", "status"),
  "asoudSms.providers": ["kavenegar", "smsir"],
  "asoudSms.log.statuses": modelEnum("sms", "sms-log/models/sms-message.ts", "status"),
  "asoudSms.bulk.statuses": modelEnum("sms", "sms-log/models/sms-bulk-send.ts", "status"),
  "asoudWallet": ["balance", "held", "available"],
  "asoudWallet.entryTypes": modelEnum("wallet", "wallet/models/wallet-entry.ts", "type"),
  "asoudWallet.ownerTypes": modelEnum("wallet", "wallet/models/wallet.ts", "owner_type"),
  "asoudWallet.referenceTypes": unionMembers("wallet", "modules/wallet/types.ts", "WalletReferenceType"),
  "asoudWallet.withdrawals.statuses": modelEnum("wallet", "wallet/models/wallet-withdrawal.ts", "status"),
  "asoudIranPayments.gateways": constList("iran-payments", "admin/widgets/order-gateway-transactions.tsx", "GATEWAYS"),
  "asoudIranPayments.statuses": modelEnum("iran-payments", "gateway-transaction/models/gateway-transaction.ts", "status"),
  "asoudAffiliates.statuses": modelEnum("affiliates", "affiliate/models/affiliate.ts", "status"),
  // an affiliate's decisions, the dialog title of those that ask for a reason, and the toast each gives
  "asoudAffiliates.actions": ["approve", "reject", "suspend", "reinstate", "rejectTitle", "suspendTitle"],
  "asoudAffiliates.done": ["approve", "reject", "suspend", "reinstate"],
  "asoudAffiliates.commissions": ["approved", "rejected"],
  "asoudAffiliates.commissions.statuses": modelEnum("affiliates", "affiliate/models/affiliate-commission.ts", "status"),
  "asoudAffiliates.commissions.reviews": modelEnum("affiliates", "affiliate/models/affiliate-commission.ts", "review"),
  "asoudAffiliates.rules.scopes": modelEnum("affiliates", "affiliate/models/affiliate-commission-rule.ts", "scope"),
  "asoudAffiliates.referrals.statuses": modelEnum("affiliates", "referral/models/referral.ts", "status"),
  "asoudAffiliates.order.sources": modelEnum("affiliates", "affiliate/models/affiliate-attribution.ts", "source"),
  // what placing an attributed order came to (plan-order-attribution)
  "asoudAffiliates.order.outcomes": ["commissioned", "self", "below_minimum", "not_promotable"],
}

/** Text that reads the same in every language. */
const LANGUAGE_FREE = new Set(["IR…"])

/** Where a plugin's screens may find a key: its own bundle or the kit's (each plugin installs alone). */
function has(plugin: string, language: (typeof ADMIN_LANGUAGES)[number], key: string, leaf = true): boolean {
  return [bundle(plugin, language), kitTranslations[language]].some((tree) => {
    const value = lookup(tree, key)
    return leaf ? typeof value === "string" : !!value && typeof value === "object"
  })
}

describe("admin translation bundles", () => {
  it("exist for every plugin with admin screens", () => {
    expect(plugins).toEqual(["affiliates", "iran-payments", "markets", "platform", "pricing-tiers", "sms", "wallet"])
  })

  it("have the same keys in English and Persian, the kit's included", () => {
    const kit = ADMIN_LANGUAGES.map((language) => translationKeys(kitTranslations[language]).sort())
    expect(kit[1]).toEqual(kit[0])
    for (const plugin of plugins) {
      const [en, fa] = ADMIN_LANGUAGES.map((language) => translationKeys(bundle(plugin, language)).sort())
      expect({ plugin, keys: fa }).toEqual({ plugin, keys: en })
    }
  })

  it("give every key a non-empty string in each language, under the plugin's own namespace", () => {
    for (const plugin of plugins) {
      for (const language of ADMIN_LANGUAGES) {
        const tree = bundle(plugin, language)
        expect(Object.keys(tree)).toHaveLength(1)
        expect(Object.keys(tree)[0]).toMatch(/^asoud[A-Z]/)
        for (const key of translationKeys(tree)) {
          const value = lookup(tree, key)
          expect({ plugin, language, key, empty: typeof value !== "string" || !value.trim() }).toEqual({ plugin, language, key, empty: false })
        }
      }
    }
  })

  it("are what each plugin's i18n entry loads, with the kit's strings", () => {
    for (const plugin of plugins) {
      const entry = fromPlugin(plugin, "admin/i18n/index.ts")
      expect({ plugin, loads: /withKitTranslations\(\{ en, fa \}\)/.test(entry) }).toEqual({ plugin, loads: true })
    }
  })

  it("hold, in English and in Persian, every literal key a plugin's screens translate", () => {
    const missing: string[] = []
    for (const plugin of plugins) {
      for (const file of adminSources(plugin)) {
        for (const key of literalKeys(readFileSync(file, "utf8"))) {
          for (const language of ADMIN_LANGUAGES) {
            if (!has(plugin, language, key)) missing.push(`${where(file)}: ${language} ${key}`)
          }
        }
      }
    }
    // the kit's own components use only the kit's bundle
    for (const file of sources(join(__dirname, ".."))) {
      for (const key of literalKeys(readFileSync(file, "utf8")).filter((key) => key.startsWith("asoudKit."))) {
        for (const language of ADMIN_LANGUAGES) {
          if (typeof lookup(kitTranslations[language], key) !== "string") missing.push(`${where(file)}: ${language} ${key}`)
        }
      }
    }
    expect(missing).toEqual([])
  })

  it("hold every value of each key a screen builds from a value, in English and in Persian", () => {
    const unlisted: string[] = []
    const missing: string[] = []
    const screens = [...plugins.map((plugin) => [plugin, adminSources(plugin)] as const), ["", sources(join(__dirname, ".."))] as const]
    let seen = 0
    for (const [plugin, files] of screens) {
      for (const file of files) {
        for (const prefix of dynamicKeyPrefixes(readFileSync(file, "utf8"))) {
          seen++
          const values = DYNAMIC_KEYS[prefix]
          if (!values?.length) {
            unlisted.push(`${where(file)}: ${prefix}.\${…}`)
            continue
          }
          for (const value of values) {
            for (const language of ADMIN_LANGUAGES) {
              const key = `${prefix}.${value}`
              const found = plugin ? has(plugin, language, key) : typeof lookup(kitTranslations[language], key) === "string"
              if (!found) missing.push(`${where(file)}: ${language} ${key}`)
            }
          }
        }
      }
    }
    expect(unlisted).toEqual([])
    expect(missing).toEqual([])
    expect(seen).toBeGreaterThan(20)
  })

  it("leave no text on a screen untranslated: JSX text, labels, placeholders, toasts, dialogs", () => {
    const files = [...plugins.flatMap(adminSources), ...sources(join(__dirname, "..", "react"))]
    expect(files.length).toBeGreaterThan(30)
    expect(files.flatMap((file) => untranslatedText(file, LANGUAGE_FREE))).toEqual([])
  })
})

describe("the source reader itself", () => {
  it("finds literal keys, built keys and untranslated text", () => {
    expect(literalKeys(`t("asoudWallet.title"); label: 'asoudSms.menu'`)).toEqual(["asoudWallet.title", "asoudSms.menu"])
    expect(dynamicKeyPrefixes("t(`asoudMarkets.status.${s}`); t(`asoudWallet.${f}`)")).toEqual(["asoudMarkets.status", "asoudWallet"])
    const tree: TranslationTree = { a: { b: "x" } }
    expect([lookup(tree, "a.b"), lookup(tree, "a.c"), typeof lookup(tree, "a")]).toEqual(["x", undefined, "object"])
    const dir = mkdtempSync(join(tmpdir(), "admin-sources-"))
    const file = join(dir, "screen.tsx")
    writeFileSync(
      file,
      [
        `export const config = defineRouteConfig({ label: "Wallets" })`,
        `export const Screen = () => (`,
        `  <Container aria-label={t("asoudWallet.title")}>`,
        `    <Heading>{t("asoudWallet.title")} · 12</Heading>`,
        `    <Text>Balance</Text>`,
        `    <Input placeholder="مبلغ" title={"Amount"} />`,
        `    <Button onClick={() => toast.success("Saved")}>{"Save"}</Button>`,
        `    <Input placeholder="IR…" />`,
        `  </Container>`,
        `)`,
      ].join("\n")
    )
    const found = untranslatedText(file, LANGUAGE_FREE).map((line) => line.replace(/^.*screen\.tsx:/, ""))
    rmSync(dir, { recursive: true })
    expect(found).toEqual([`1: "Wallets"`, `5: "Balance"`, `6: "مبلغ"`, `6: "Amount"`, `7: "Saved"`, `7: "Save"`])
  })
})
