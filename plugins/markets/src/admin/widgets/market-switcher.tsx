import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { Select, Text } from "@medusajs/ui"
import { t, useMarketsMe, useSetCurrentMarket } from "../lib/markets"

const ALL = "all"

/** For market staff: pick the market to work in; every admin list follows the choice. */
const MarketSwitcher = () => {
  const { data } = useMarketsMe()
  const setCurrent = useSetCurrentMarket()
  if (!data || data.is_platform_admin) {
    return null
  }
  return (
    <div className="flex items-center gap-2">
      <Text size="small" className="text-ui-fg-subtle">{t.market}</Text>
      <Select
        size="small"
        value={data.current_market_id ?? ALL}
        onValueChange={(value) => setCurrent.mutate(value === ALL ? null : value)}
      >
        <Select.Trigger><Select.Value /></Select.Trigger>
        <Select.Content>
          {data.memberships.length > 1 && <Select.Item value={ALL}>{t.allMarkets}</Select.Item>}
          {data.memberships.map(({ market, role }) => (
            <Select.Item key={market.id} value={market.id}>{market.name} ({t.role[role] ?? role})</Select.Item>
          ))}
        </Select.Content>
      </Select>
    </div>
  )
}

export const config = defineWidgetConfig({ zone: "topbar" })

export default MarketSwitcher
