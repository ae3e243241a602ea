import { rial, toman } from "../lib/format"

type Props = {
  /** IRR, whole rials. */
  amount: number | string | null | undefined
  /** The price before a tier or sale, shown struck through when higher. */
  original?: number | string | null
  /** Show the exact rial amount under the Toman price (product page, totals, payment). */
  withRial?: boolean
  size?: "sm" | "md" | "lg"
}

/** A price in Toman, Persian digits, with the rial amount underneath where money is decided. */
export function Price({ amount, original, withRial = false, size = "md" }: Props) {
  const higher = original !== null && original !== undefined && Number(original) > Number(amount)
  return (
    <span className={`price price-${size}`} data-amount={amount ?? ""}>
      {higher ? <del className="price-original">{toman(original)}</del> : null}
      <span className="price-toman">{toman(amount)}</span>
      {withRial ? <small className="price-rial">{rial(amount)}</small> : null}
    </span>
  )
}
