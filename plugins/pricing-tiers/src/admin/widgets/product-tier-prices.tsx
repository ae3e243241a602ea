import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, AdminProduct } from "@medusajs/framework/types"
import { Button, Container, Heading, Input, Table, Text, toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useEffect, useState } from "react"
import { labels } from "../lib/labels"
import { sdk } from "../lib/sdk"
import type { Break, TierPriceGrid } from "../lib/types"

const CURRENCY = "irr"
type Draft = Record<string, Break[]>
const cellKey = (variantId: string, tierId: string) => `${variantId}:${tierId}`

/** Admins type Persian or Arabic-Indic digits as often as Latin ones. */
function parseWholeNumber(value: string): number {
  const latin = value
    .replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
  return Number(latin.replace(/[^0-9]/g, "") || "0")
}

function toDraft(grid: TierPriceGrid): Draft {
  const draft: Draft = {}
  for (const variant of grid.variants) {
    for (const tier of grid.tiers) {
      const cell = variant.prices.find((p) => p.tier_id === tier.id && !p.market_id)
      draft[cellKey(variant.id, tier.id)] = (cell?.breaks ?? []).map(({ min_quantity, amount }) => ({ min_quantity, amount }))
    }
  }
  return draft
}

/** The variant × tier × break grid of a product, saved in one call. */
const ProductTierPricesWidget = ({ data: product }: DetailWidgetProps<AdminProduct>) => {
  const queryClient = useQueryClient()
  const queryKey = ["pricing-tiers", "grid", product.id, CURRENCY]
  const { data: grid, isLoading } = useQuery({
    queryKey,
    queryFn: () =>
      sdk.client
        .fetch<{ tier_prices: TierPriceGrid }>(`/admin/pricing-tiers/products/${product.id}/prices`, { query: { currency_code: CURRENCY } })
        .then((response) => response.tier_prices),
  })
  const [draft, setDraft] = useState<Draft>({})
  useEffect(() => {
    if (grid) setDraft(toDraft(grid))
  }, [grid])

  const save = useMutation({
    mutationFn: () =>
      sdk.client.fetch(`/admin/pricing-tiers/products/${product.id}/prices`, {
        method: "POST",
        body: {
          currency_code: CURRENCY,
          prices: grid!.variants.flatMap((variant) =>
            grid!.tiers.map((tier) => ({
              variant_id: variant.id,
              tier_id: tier.id,
              breaks: (draft[cellKey(variant.id, tier.id)] ?? []).filter((b) => b.min_quantity > 0),
            }))
          ),
        },
      }),
    onSuccess: () => {
      toast.success(labels.saved)
      queryClient.invalidateQueries({ queryKey })
    },
    onError: (error: Error) => toast.error(error.message),
  })

  const update = (key: string, index: number, field: keyof Break, value: string) =>
    setDraft((current) => ({
      ...current,
      [key]: current[key].map((b, i) => (i === index ? { ...b, [field]: parseWholeNumber(value) } : b)),
    }))
  const addBreak = (key: string) =>
    setDraft((current) => {
      const breaks = current[key] ?? []
      const next = breaks.length ? Math.max(...breaks.map((b) => b.min_quantity)) * 10 : 1
      return { ...current, [key]: [...breaks, { min_quantity: next, amount: breaks[breaks.length - 1]?.amount ?? 0 }] }
    })
  const removeBreak = (key: string, index: number) =>
    setDraft((current) => ({ ...current, [key]: current[key].filter((_, i) => i !== index) }))

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h2">{labels.widgetTitle}</Heading>
          <Text size="small" className="text-ui-fg-subtle">{labels.widgetHint}</Text>
        </div>
        <Button size="small" onClick={() => save.mutate()} isLoading={save.isPending} disabled={!grid}>
          {labels.save}
        </Button>
      </div>
      {isLoading || !grid ? (
        <Text className="px-6 py-4">{labels.loading}</Text>
      ) : (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{labels.variant}</Table.HeaderCell>
              {grid.tiers.map((tier) => (
                <Table.HeaderCell key={tier.id}>{tier.name}</Table.HeaderCell>
              ))}
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {grid.variants.map((variant) => (
              <Table.Row key={variant.id} className="align-top">
                <Table.Cell>{variant.title ?? variant.sku}</Table.Cell>
                {grid.tiers.map((tier) => {
                  const key = cellKey(variant.id, tier.id)
                  return (
                    <Table.Cell key={tier.id} className="py-2">
                      {(draft[key] ?? []).map((b, index) => (
                        <div key={index} className="mb-1 flex items-center gap-1">
                          <Input size="small" className="w-16" aria-label={labels.minQuantity} value={String(b.min_quantity)} onChange={(e) => update(key, index, "min_quantity", e.target.value)} />
                          <Input size="small" className="w-32" aria-label={labels.amount} value={String(b.amount)} onChange={(e) => update(key, index, "amount", e.target.value)} />
                          <Button size="small" variant="transparent" onClick={() => removeBreak(key, index)}>{labels.remove}</Button>
                        </div>
                      ))}
                      <Button size="small" variant="secondary" onClick={() => addBreak(key)}>{labels.addBreak}</Button>
                    </Table.Cell>
                  )
                })}
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "product.details.after" })

export default ProductTierPricesWidget
