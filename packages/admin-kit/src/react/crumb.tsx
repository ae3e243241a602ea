import { useTranslation } from "react-i18next"

/**
 * A breadcrumb label in the admin's language, for a route's `export const handle = { breadcrumb: () =>
 * <Crumb i18nKey="…" /> }` (Medusa calls `breadcrumb` outside React, so the translation happens here).
 */
export const Crumb = ({ i18nKey }: { i18nKey: string }) => {
  const { t } = useTranslation()
  return <>{t(i18nKey)}</>
}
