import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Badge, Button, Container, Heading, Table, Text, toast, usePrompt } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { formatDate, formatRial } from "../../../lib/format"
import { labels } from "../../../lib/labels"
import { sdk } from "../../../lib/sdk"
import type { WalletWithdrawal } from "../../../lib/types"

/** The payout queue: approve with the bank's reference, reject with a reason, export the batch. */
const WithdrawalsPage = () => {
  const queryClient = useQueryClient()
  const { data, isLoading } = useQuery({
    queryKey: ["asoud-withdrawals"],
    queryFn: () =>
      sdk.client.fetch<{ withdrawals: WalletWithdrawal[] }>("/admin/wallet-withdrawals", { query: { limit: 100 } }),
  })
  const refresh = () => queryClient.invalidateQueries({ queryKey: ["asoud-withdrawals"] })
  const decide = useMutation({
    mutationFn: ({ id, action, body }: { id: string; action: "approve" | "reject"; body: Record<string, string> }) =>
      sdk.client.fetch(`/admin/wallet-withdrawals/${id}/${action}`, { method: "POST", body }),
    onSuccess: () => {
      toast.success(labels.saved)
      refresh()
    },
    onError: (error: Error) => toast.error(error.message),
  })
  const ask = (message: string) => window.prompt(message)?.trim() || null
  const confirm = usePrompt()

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
    <Container className="divide-y p-0" dir="rtl">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h1">{labels.withdrawalsNav}</Heading>
        <Button size="small" variant="secondary" onClick={exportCsv}>
          {labels.exportCsv}
        </Button>
      </div>
      {isLoading && <Text className="px-6 py-4">{labels.loading}</Text>}
      {data && !data.withdrawals.length && <Text className="px-6 py-4">{labels.empty}</Text>}
      {!!data?.withdrawals.length && (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{labels.holder}</Table.HeaderCell>
              <Table.HeaderCell>{labels.iban}</Table.HeaderCell>
              <Table.HeaderCell>{labels.amount}</Table.HeaderCell>
              <Table.HeaderCell>{labels.status}</Table.HeaderCell>
              <Table.HeaderCell>{labels.at}</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {data.withdrawals.map((w) => (
              <Table.Row key={w.id}>
                <Table.Cell>{w.account_holder}</Table.Cell>
                <Table.Cell dir="ltr">{w.iban}</Table.Cell>
                <Table.Cell>{formatRial(w.amount)}</Table.Cell>
                <Table.Cell>
                  <Badge size="2xsmall" color={w.status === "approved" ? "green" : w.status === "rejected" ? "red" : "orange"}>
                    {labels.statuses[w.status]}
                  </Badge>{" "}
                  {w.bank_reference ?? w.rejection_reason ?? ""}
                </Table.Cell>
                <Table.Cell>{formatDate(w.created_at)}</Table.Cell>
                <Table.Cell>
                  {w.status === "pending" && (
                    <div className="flex gap-2">
                      <Button
                        size="small"
                        onClick={async () => {
                          const bank_reference = ask(labels.bankReference)
                          if (bank_reference && (await confirm({ title: labels.approve, description: `${w.account_holder} — ${formatRial(w.amount)}` }))) {
                            decide.mutate({ id: w.id, action: "approve", body: { bank_reference } })
                          }
                        }}
                      >
                        {labels.approve}
                      </Button>
                      <Button
                        size="small"
                        variant="danger"
                        onClick={() => {
                          const reason = ask(labels.rejectReason)
                          if (reason) {
                            decide.mutate({ id: w.id, action: "reject", body: { reason } })
                          }
                        }}
                      >
                        {labels.reject}
                      </Button>
                    </div>
                  )}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({ label: labels.withdrawalsNav })

export default WithdrawalsPage
