import { useAsoudFormat } from "@asoud/admin-kit/react"
import { Badge, Table } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import type { WalletEntry } from "../lib/types"

/** A wallet's entries: type, amount, the balance after it, what it was for, when. */
export const LedgerTable = ({ entries }: { entries: WalletEntry[] }) => {
  const { t } = useTranslation()
  const format = useAsoudFormat()
  return (
    <div className="overflow-x-auto">
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell className="text-start">{t("asoudWallet.columns.type")}</Table.HeaderCell>
            <Table.HeaderCell className="text-start">{t("asoudWallet.columns.amount")}</Table.HeaderCell>
            <Table.HeaderCell className="text-start">{t("asoudWallet.columns.balanceAfter")}</Table.HeaderCell>
            <Table.HeaderCell className="text-start">{t("asoudWallet.columns.note")}</Table.HeaderCell>
            <Table.HeaderCell className="text-start">{t("asoudWallet.columns.at")}</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {entries.map((entry) => (
            <Table.Row key={entry.id}>
              <Table.Cell>
                <Badge size="2xsmall">{t(`asoudWallet.entryTypes.${entry.type}`, { defaultValue: entry.type })}</Badge>
              </Table.Cell>
              <Table.Cell className="whitespace-nowrap">{format.money(entry.amount)}</Table.Cell>
              <Table.Cell className="whitespace-nowrap">{format.money(entry.balance_after)}</Table.Cell>
              <Table.Cell>
                {entry.note ??
                  (entry.reference_type
                    ? t(`asoudWallet.referenceTypes.${entry.reference_type}`, { defaultValue: entry.reference_type })
                    : t("asoudKit.common.none"))}
              </Table.Cell>
              <Table.Cell className="whitespace-nowrap">{format.dateTime(entry.created_at)}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  )
}
