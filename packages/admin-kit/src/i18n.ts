import kitEn from "./i18n/en.json"
import kitFa from "./i18n/fa.json"

/** A translation bundle: nested keys, string leaves. */
export type TranslationTree = { [key: string]: string | TranslationTree }

/** The languages every Asoud admin bundle ships. */
export const ADMIN_LANGUAGES = ["en", "fa"] as const
export type AdminLanguage = (typeof ADMIN_LANGUAGES)[number]

/** The kit's own strings (`asoudKit.*`), for the kit's components and for bundle checks. */
export const kitTranslations: Record<AdminLanguage, TranslationTree> = { en: kitEn, fa: kitFa }

function merge(target: TranslationTree, source: TranslationTree): TranslationTree {
  const result: TranslationTree = { ...target }
  for (const [key, value] of Object.entries(source)) {
    const current = result[key]
    result[key] =
      typeof value === "object" && typeof current === "object" ? merge(current, value) : value
  }
  return result
}

/**
 * A plugin's `src/admin/i18n/index.ts` default export, in the shape Medusa's admin merges into its
 * own i18next resources (`{ en: { translation } , fa: { translation } }`), with the kit's strings
 * added so the kit's components read in the admin's language whichever Asoud plugin is installed.
 */
export function withKitTranslations(bundles: Record<AdminLanguage, TranslationTree>) {
  return Object.fromEntries(
    ADMIN_LANGUAGES.map((language) => [language, { translation: merge(kitTranslations[language], bundles[language]) }])
  ) as Record<AdminLanguage, { translation: TranslationTree }>
}

/** Every key path of a bundle (`asoudKit.common.save`, …), for parity checks between languages. */
export function translationKeys(tree: TranslationTree, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "string" ? [`${prefix}${key}`] : translationKeys(value, `${prefix}${key}.`)
  )
}
