import { Input, Text } from "@medusajs/ui"
import { forwardRef, type ComponentPropsWithoutRef } from "react"
import { normalizeDecimal, normalizeWholeNumber } from "../digits"
import { useAsoudFormat } from "./use-asoud-format"

type InputProps = Omit<ComponentPropsWithoutRef<typeof Input>, "value" | "onChange" | "type">

export type AmountInputProps = InputProps & {
  /** Latin digits only ("12000"); "" when empty. */
  value: string
  onChange: (value: string) => void
  /** A decimal (a percentage) rather than a whole IRR amount. */
  decimal?: boolean
  /** Shows the amount below the field in the admin's money unit (rial or toman). */
  preview?: boolean
}

/**
 * A numeric field that accepts Persian, Arabic-Indic and Latin digits and separators, shows digits
 * in the admin's script, and hands the parent Latin digits the API accepts.
 */
export const AmountInput = forwardRef<HTMLInputElement, AmountInputProps>(
  ({ value, onChange, decimal = false, preview = false, ...props }, ref) => {
    const format = useAsoudFormat()
    return (
      <div className="flex flex-col gap-y-1">
        <Input
          {...props}
          ref={ref}
          type="text"
          inputMode={decimal ? "decimal" : "numeric"}
          autoComplete="off"
          value={format.digits(value)}
          onChange={(event) => onChange(decimal ? normalizeDecimal(event.target.value) : normalizeWholeNumber(event.target.value))}
        />
        {preview && value !== "" && (
          <Text size="xsmall" className="text-ui-fg-subtle" data-testid="amount-preview">
            {format.money(value)}
          </Text>
        )}
      </div>
    )
  }
)
AmountInput.displayName = "AmountInput"
