import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { Select, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { Navigate, useLocation } from "react-router-dom"
import { useMarketsMe, useSetCurrentMarket } from "../lib/markets"
import { isMemberPage, memberNavigationCss } from "../lib/member-navigation"

const ALL = "all"

/** The admin's base path ("/app"): the dashboard's router runs below it. */
function adminBase(routerPath: string): string {
  const full = window.location.pathname
  return full.endsWith(routerPath) ? full.slice(0, full.length - routerPath.length) : ""
}

/**
 * For market staff, on every page: the market switcher (every list follows the choice), the sidebar
 * and settings menus narrowed to the pages they work in, and a way out of any other page.
 * Platform admins see nothing of it.
 */
const MarketSwitcher = () => {
  const { t } = useTranslation()
  const { pathname } = useLocation()
  const { data } = useMarketsMe()
  const setCurrent = useSetCurrentMarket()
  if (!data || data.is_platform_admin) {
    return null
  }
  if (!isMemberPage(pathname, "")) {
    return <Navigate to="/orders" replace />
  }
  return (
    <div className="flex items-center gap-x-2">
      <style data-asoud="member-navigation">{memberNavigationCss(adminBase(pathname))}</style>
      <Text size="small" className="text-ui-fg-subtle">
        {t("asoudMarkets.switcher.label")}
      </Text>
      <Select
        size="small"
        value={data.current_market_id ?? ALL}
        onValueChange={(value) => setCurrent.mutate(value === ALL ? null : value)}
      >
        <Select.Trigger aria-label={t("asoudMarkets.switcher.label")}>
          <Select.Value />
        </Select.Trigger>
        <Select.Content>
          {data.memberships.length > 1 && <Select.Item value={ALL}>{t("asoudMarkets.switcher.all")}</Select.Item>}
          {data.memberships.map(({ market, role }) => (
            <Select.Item key={market.id} value={market.id}>
              {market.name} · {t(`asoudMarkets.members.roles.${role}`)}
            </Select.Item>
          ))}
        </Select.Content>
      </Select>
    </div>
  )
}

export const config = defineWidgetConfig({ zone: "topbar" })

export default MarketSwitcher
