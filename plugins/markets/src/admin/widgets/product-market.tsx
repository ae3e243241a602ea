import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminProduct, DetailWidgetProps } from "@medusajs/framework/types"
import { Badge, Container, Heading, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { statusColor, type AdminMarket } from "../lib/markets"
import { sdk } from "../lib/sdk"

/** Which market sells this product (or that it is the platform's own). */
const ProductMarket = ({ data: product }: DetailWidgetProps<AdminProduct>) => {
  const { t } = useTranslation()
  const { data } = useQuery({
    queryKey: ["asoud-product-market", product.id],
    queryFn: () => sdk.client.fetch<{ market: AdminMarket | null }>(`/admin/products/${product.id}/market`),
  })
  const market = data?.market
  return (
    <Container className="flex flex-col gap-y-2">
      <Heading level="h2">{t("asoudMarkets.product.title")}</Heading>
      {market ? (
        <div className="flex items-center justify-between gap-x-2">
          <Link className="text-ui-fg-interactive hover:underline" to={`/markets/${market.id}`}>
            <Text size="small">{market.name}</Text>
          </Link>
          <Badge size="2xsmall" color={statusColor(market.status)}>
            {t(`asoudMarkets.status.${market.status}`)}
          </Badge>
        </div>
      ) : (
        <Text size="small" className="text-ui-fg-subtle">
          {t("asoudMarkets.product.platform")}
        </Text>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "product.details.side" })

export default ProductMarket
