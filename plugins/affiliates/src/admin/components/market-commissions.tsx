import { Container, Heading } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { CommissionsTable } from "./commissions-table"

/**
 * The affiliate commissions on a market's orders, on the market's page: where the market's own staff
 * see them (the server lists only their markets' commissions); platform admins decide flagged ones.
 */
export const MarketCommissions = ({ market, viewer }: { market: { id: string }; viewer?: string }) => {
  const { t } = useTranslation()
  return (
    <Container className="divide-y p-0" data-testid="market-affiliate-commissions">
      <div className="px-6 py-4">
        <Heading level="h2">{t("asoudAffiliates.commissions.ofMarket")}</Heading>
      </div>
      <CommissionsTable filters={{ market_id: market.id }} canDecide={viewer === "platform"} />
    </Container>
  )
}
