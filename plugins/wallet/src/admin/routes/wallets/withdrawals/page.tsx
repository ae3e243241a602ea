import { Crumb, MoneyUnitSwitch, useAsoudFormat } from "@asoud/admin-kit/react"
import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Badge, Button, Container, Heading, Table, Text, toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { DecisionDrawer, type Decision } from "../../../components/decision-drawer"
import { sdk } from "../../../lib/sdk"
import type { WalletWithdrawal } from "../../../lib/types"

const statusColor = { pending: "orange", approved: "green", rejected: "red" } as const

/** The payout queue: approve with the bank's reference, reject with a reason, export the batch. */
const WithdrawalsPage = () => {
  const { t } = useTranslation()
  const format = useAsoudFormat()
  const queryClient = useQueryClient()
  const [decision, setDecision] = useState<Decision | null>(null)
  const { data, isLoading } = useQuery({
    queryKey: ["asoud-withdrawals"],
    queryFn: () => sdk.client.fetch<{ withdrawals: WalletWithdrawal[] }>("/admin/wallet-withdrawals", { query: { limit: 100 } }),
  })
  const refresh = () => queryClient.invalidateQueries({ queryKey: ["asoud-withdrawals"] })
  const submit = useMutation({
    mutationFn: ({ decision, value }: { decision: Decision; value: string }) =>
      sdk.client.fetch(`/admin/wallet-withdrawals/${decision.withdrawal.id}/${decision.action}`, {
        method: "POST",
        body: decision.action === "approve" ? { bank_reference: value } : { reason: value },
      }),
    onSuccess: (_, { decision }) => {
      toast.success(t(decision.action === "approve" ? "asoudWallet.withdrawals.approved" : "asoudWallet.withdrawals.rejected"))
      setDecision(null)
      refresh()
    },
    onError: (error: Error) => toast.error(error.message),
  })

  const exportCsv = async () => {
    const response = await sdk.client.fetch<Response>("/admin/wallet-withdrawals/export", {
      method: "POST",
      body: {},
      headers: { accept: "text/csv" },
    })
    const url = URL.createObjectURL(await response.blob())
    const link = document.createElement("a")
    link.href = url
    link.download = `wallet-payouts-${new Date().toISOString().slice(0, 10)}.csv`
    link.click()
    URL.revokeObjectURL(url)
    refresh()
  }

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-center justify-between gap-3 px-6 py-4">
        <Heading level="h1">{t("asoudWallet.withdrawals.title")}</Heading>
        <div className="flex flex-wrap items-center gap-3">
          <MoneyUnitSwitch />
          <Button size="small" variant="secondary" onClick={exportCsv}>
            {t("asoudWallet.withdrawals.exportCsv")}
          </Button>
        </div>
      </div>
      {isLoading && <Text className="px-6 py-4">{t("asoudKit.common.loading")}</Text>}
      {data && !data.withdrawals.length && <Text className="text-ui-fg-subtle px-6 py-4">{t("asoudWallet.empty")}</Text>}
      {!!data?.withdrawals.length && (
        <div className="overflow-x-auto">
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell className="text-start">{t("asoudWallet.columns.holder")}</Table.HeaderCell>
                <Table.HeaderCell className="text-start">{t("asoudWallet.columns.iban")}</Table.HeaderCell>
                <Table.HeaderCell className="text-start">{t("asoudWallet.columns.amount")}</Table.HeaderCell>
                <Table.HeaderCell className="text-start">{t("asoudWallet.columns.status")}</Table.HeaderCell>
                <Table.HeaderCell className="text-start">{t("asoudWallet.columns.reference")}</Table.HeaderCell>
                <Table.HeaderCell className="text-start">{t("asoudWallet.columns.at")}</Table.HeaderCell>
                <Table.HeaderCell />
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {data.withdrawals.map((w) => (
                <Table.Row key={w.id}>
                  <Table.Cell>{w.account_holder}</Table.Cell>
                  <Table.Cell dir="ltr" className="text-start font-mono">{w.iban}</Table.Cell>
                  <Table.Cell className="whitespace-nowrap">{format.money(w.amount)}</Table.Cell>
                  <Table.Cell>
                    <Badge size="2xsmall" color={statusColor[w.status]}>
                      {t(`asoudWallet.withdrawals.statuses.${w.status}`)}
                    </Badge>
                  </Table.Cell>
                  <Table.Cell>{w.bank_reference ?? w.rejection_reason ?? t("asoudKit.common.none")}</Table.Cell>
                  <Table.Cell className="whitespace-nowrap">{format.dateTime(w.created_at)}</Table.Cell>
                  <Table.Cell>
                    {w.status === "pending" && (
                      <div className="flex gap-x-2">
                        <Button size="small" onClick={() => setDecision({ withdrawal: w, action: "approve" })}>
                          {t("asoudWallet.withdrawals.approve")}
                        </Button>
                        <Button size="small" variant="danger" onClick={() => setDecision({ withdrawal: w, action: "reject" })}>
                          {t("asoudWallet.withdrawals.reject")}
                        </Button>
                      </div>
                    )}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
      <DecisionDrawer
        decision={decision}
        isPending={submit.isPending}
        onClose={() => setDecision(null)}
        onSubmit={(chosen, value) => submit.mutate({ decision: chosen, value })}
      />
    </Container>
  )
}

export const handle = { breadcrumb: () => <Crumb i18nKey="asoudWallet.withdrawals.title" /> }

export const config = defineRouteConfig({ label: "asoudWallet.withdrawalsMenu", translationNs: "translation" })

export default WithdrawalsPage
