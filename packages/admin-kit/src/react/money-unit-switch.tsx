import { Select, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import type { MoneyUnit } from "../money"
import { useMoneyUnit } from "./money-unit"

/** Rial or Toman for every amount on Asoud screens (display only: amounts are stored in IRR). */
export const MoneyUnitSwitch = () => {
  const { t } = useTranslation()
  const [unit, setUnit] = useMoneyUnit()
  return (
    <div className="flex items-center gap-x-2">
      <Text size="small" className="text-ui-fg-subtle whitespace-nowrap">
        {t("asoudKit.moneyUnit.label")}
      </Text>
      <Select size="small" value={unit} onValueChange={(value) => setUnit(value as MoneyUnit)}>
        <Select.Trigger className="w-28" aria-label={t("asoudKit.moneyUnit.label")}>
          <Select.Value />
        </Select.Trigger>
        <Select.Content>
          <Select.Item value="IRR">{t("asoudKit.moneyUnit.IRR")}</Select.Item>
          <Select.Item value="IRT">{t("asoudKit.moneyUnit.IRT")}</Select.Item>
        </Select.Content>
      </Select>
    </div>
  )
}
