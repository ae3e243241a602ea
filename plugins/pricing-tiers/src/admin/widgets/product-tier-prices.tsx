import { AmountInput, useAsoudFormat } from "@asoud/admin-kit/react"
import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminProduct, DetailWidgetProps } from "@medusajs/framework/types"
import { Trash } from "@medusajs/icons"
import { Button, Container, Heading, IconButton, Text, toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import { sdk } from "../lib/sdk"
import type { TierPriceGrid } from "../lib/types"

const CURRENCY = "irr"
/** A break as typed: Latin digits, "" while empty. */
type DraftBreak = { min_quantity: string; amount: string }
type Draft = Record<string, DraftBreak[]>
const cellKey = (variantId: string, tierId: string) => `${variantId}:${tierId}`

function toDraft(grid: TierPriceGrid): Draft {
  const draft: Draft = {}
  for (const variant of grid.variants) {
    for (const tier of grid.tiers) {
      const cell = variant.prices.find((p) => p.tier_id === tier.id && !p.market_id)
      draft[cellKey(variant.id, tier.id)] = (cell?.breaks ?? []).map(({ min_quantity, amount }) => ({
        min_quantity: String(min_quantity),
        amount: String(amount),
      }))
    }
  }
  return draft
}

/**
 * A product's tier prices: one block per variant, one row per tier, its quantity breaks wrapping
 * inside the card however many there are. Saved in one call.
 */
const ProductTierPricesWidget = ({ data: product }: DetailWidgetProps<AdminProduct>) => {
  const { t } = useTranslation()
  const format = useAsoudFormat()
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
              breaks: (draft[cellKey(variant.id, tier.id)] ?? [])
                .filter((b) => Number(b.min_quantity) > 0 && b.amount !== "")
                .map((b) => ({ min_quantity: Number(b.min_quantity), amount: Number(b.amount) })),
            }))
          ),
        },
      }),
    onSuccess: () => {
      toast.success(t("asoudPricingTiers.grid.saved"))
      queryClient.invalidateQueries({ queryKey })
    },
    onError: (error: Error) => toast.error(error.message),
  })

  const update = (key: string, index: number, field: keyof DraftBreak, value: string) =>
    setDraft((current) => ({
      ...current,
      [key]: current[key].map((b, i) => (i === index ? { ...b, [field]: value } : b)),
    }))
  const addBreak = (key: string) =>
    setDraft((current) => {
      const breaks = current[key] ?? []
      const largest = Math.max(0, ...breaks.map((b) => Number(b.min_quantity) || 0))
      return {
        ...current,
        [key]: [...breaks, { min_quantity: String(largest ? largest * 10 : 1), amount: breaks[breaks.length - 1]?.amount ?? "" }],
      }
    })
  const removeBreak = (key: string, index: number) =>
    setDraft((current) => ({ ...current, [key]: current[key].filter((_, i) => i !== index) }))
  const tierName = (tier: TierPriceGrid["tiers"][number]) =>
    t(`asoudPricingTiers.tiers.${tier.handle}`, { defaultValue: tier.name })

  return (
    <Container className="divide-y p-0" data-testid="tier-prices">
      <div className="flex flex-wrap items-start justify-between gap-3 px-6 py-4">
        <div className="min-w-0 flex-1">
          <Heading level="h2">{t("asoudPricingTiers.grid.title")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t("asoudPricingTiers.grid.hint")}
          </Text>
        </div>
        <Button size="small" onClick={() => save.mutate()} isLoading={save.isPending} disabled={!grid?.variants.length}>
          {t("asoudPricingTiers.grid.save")}
        </Button>
      </div>
      {isLoading || !grid ? (
        <Text className="px-6 py-4">{t("asoudKit.common.loading")}</Text>
      ) : !grid.variants.length ? (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">{t("asoudPricingTiers.grid.noVariants")}</Text>
      ) : (
        grid.variants.map((variant) => (
          <section key={variant.id} className="flex flex-col gap-y-3 px-6 py-4" data-variant={variant.sku ?? variant.id}>
            <Text size="small" weight="plus">
              {variant.title ?? variant.sku}
            </Text>
            {grid.tiers.map((tier) => {
              const key = cellKey(variant.id, tier.id)
              const breaks = draft[key] ?? []
              return (
                <div key={tier.id} className="grid grid-cols-1 gap-2 md:grid-cols-[8rem_minmax(0,1fr)]" data-tier={tier.handle}>
                  <Text size="small" className="text-ui-fg-subtle pt-1.5">
                    {tierName(tier)}
                  </Text>
                  <div className="flex min-w-0 flex-wrap items-start gap-2">
                    {!breaks.length && (
                      <Text size="xsmall" className="text-ui-fg-muted pt-2">{t("asoudPricingTiers.grid.noBreaks")}</Text>
                    )}
                    {breaks.map((b, index) => (
                      <div key={index} className="bg-ui-bg-subtle flex items-center gap-x-1 rounded-md border p-1">
                        <Text size="xsmall" className="text-ui-fg-subtle px-1">{t("asoudPricingTiers.grid.from")}</Text>
                        <div className="w-14">
                          <AmountInput
                            size="small"
                            aria-label={`${tierName(tier)} ${t("asoudPricingTiers.grid.from")}`}
                            value={b.min_quantity}
                            onChange={(value) => update(key, index, "min_quantity", value)}
                          />
                        </div>
                        <Text size="xsmall" className="text-ui-fg-subtle px-1">{t("asoudPricingTiers.grid.units")}</Text>
                        <div className="w-32">
                          <AmountInput
                            size="small"
                            aria-label={`${tierName(tier)} ${t("asoudPricingTiers.grid.amount")}`}
                            title={b.amount ? format.money(b.amount) : undefined}
                            value={b.amount}
                            onChange={(value) => update(key, index, "amount", value)}
                          />
                        </div>
                        <IconButton
                          size="small"
                          variant="transparent"
                          aria-label={t("asoudPricingTiers.grid.removeBreak")}
                          onClick={() => removeBreak(key, index)}
                        >
                          <Trash />
                        </IconButton>
                      </div>
                    ))}
                    <Button size="small" variant="secondary" onClick={() => addBreak(key)}>
                      {t("asoudPricingTiers.grid.addBreak")}
                    </Button>
                  </div>
                </div>
              )
            })}
          </section>
        ))
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "product.details.after" })

export default ProductTierPricesWidget
