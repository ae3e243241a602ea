import { AmountInput } from "@asoud/admin-kit/react"
import { toLatinDigits } from "@asoud/admin-kit"
import { Input, Label, Select, Text, Textarea } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import type { ProfileField } from "../lib/profile-fields"

type Props = {
  field: ProfileField
  value: string
  onChange: (value: string) => void
  disabled?: boolean
  hint?: string
}

/** One market field, labelled, typed the way its kind needs (digits in any script, colours, …). */
export const FieldInput = ({ field, value, onChange, disabled, hint }: Props) => {
  const { t } = useTranslation()
  const id = `market-field-${field.name}`
  const label = t(`asoudMarkets.fields.${field.name}`)
  let control
  switch (field.kind) {
    case "textarea":
      control = <Textarea id={id} value={value} disabled={disabled} onChange={(e) => onChange(e.target.value)} />
      break
    case "type":
      control = (
        <Select value={value} onValueChange={onChange} disabled={disabled}>
          <Select.Trigger id={id}>
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            <Select.Item value="shop">{t("asoudMarkets.type.shop")}</Select.Item>
            <Select.Item value="company">{t("asoudMarkets.type.company")}</Select.Item>
          </Select.Content>
        </Select>
      )
      break
    case "decimal":
    case "percent":
      control = <AmountInput id={id} decimal value={value} disabled={disabled} onChange={onChange} />
      break
    case "color":
      control = (
        <div className="flex items-center gap-x-2">
          <input
            type="color"
            aria-label={label}
            className="h-8 w-10 cursor-pointer rounded border"
            value={/^#[0-9a-f]{6}$/i.test(value) ? value : "#000000"}
            disabled={disabled}
            onChange={(e) => onChange(e.target.value)}
          />
          <Input id={id} dir="ltr" className="w-32" value={value} disabled={disabled} onChange={(e) => onChange(e.target.value.trim())} />
        </div>
      )
      break
    default:
      control = (
        <Input
          id={id}
          type={field.kind === "email" ? "email" : "text"}
          dir={field.ltr ? "ltr" : undefined}
          value={value}
          disabled={disabled}
          onChange={(e) => onChange(field.kind === "digits" ? toLatinDigits(e.target.value) : e.target.value)}
        />
      )
  }
  return (
    <div className="flex flex-col gap-y-1">
      <Label htmlFor={id} size="small" weight="plus">
        {label}
      </Label>
      {control}
      {hint && (
        <Text size="xsmall" className="text-ui-fg-subtle">
          {hint}
        </Text>
      )}
    </div>
  )
}
