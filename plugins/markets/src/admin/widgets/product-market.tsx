import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, AdminProduct } from "@medusajs/framework/types"
import { Badge, Container, Heading, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { Link } from "react-router-dom"
import { sdk } from "../lib/sdk"
import { statusColor, t, type AdminMarket } from "../lib/markets"

const ProductMarket = ({ data: product }: DetailWidgetProps<AdminProduct>) => {
  const { data } = useQuery({
    queryKey: ["asoud-product-market", product.id],
    queryFn: () => sdk.client.fetch<{ market: AdminMarket | null }>(`/admin/products/${product.id}/market`),
  })
  const market = data?.market
  return (
    <Container className="flex flex-col gap-2">
      <Heading level="h2">{t.market}</Heading>
      {market ? (
        <div className="flex items-center justify-between">
          <Link to={`/markets/${market.id}`}><Text>{market.name}</Text></Link>
          <Badge color={statusColor(market.status)}>{t.status[market.status]}</Badge>
        </div>
      ) : (
        <Text size="small" className="text-ui-fg-subtle">{t.noMarket}</Text>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "product.details.side" })

export default ProductMarket
