import type { DemoProduct } from "./demo-data"

export type DemoVariant = {
  title: string
  sku: string
  options: Record<string, string>
  price: number
}

/**
 * Every combination of a product's option values. The price grows by `step` along the first option
 * (bigger size or weight costs more); other options (colour) keep the price.
 */
export function expandVariants(product: DemoProduct): DemoVariant[] {
  const combinations = product.options.reduce<Record<string, string>[]>(
    (partials, option) =>
      partials.flatMap((partial) => option.values.map((value) => ({ ...partial, [option.title]: value }))),
    [{}]
  )
  const first = product.options[0]
  return combinations.map((options, index) => {
    const firstIndex = first.values.indexOf(options[first.title])
    return {
      title: Object.values(options).join(" / "),
      sku: `${product.skuPrefix}-${String(index + 1).padStart(2, "0")}`,
      options,
      price: product.basePrice + firstIndex * product.step,
    }
  })
}
