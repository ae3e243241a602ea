import { Badge, Button, Container, Heading, Input, Label, Select, Table, Text, toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { formatDate, formatRial } from "../lib/format"
import { labels } from "../lib/labels"
import { sdk } from "../lib/sdk"
import type { AdminWallet, WalletEntry } from "../lib/types"

type Props = { ownerType: string; ownerId: string }

/** Balance, recent entries and a manual adjustment for one owner's IRR wallet. */
export const WalletPanel = ({ ownerType, ownerId }: Props) => {
  const queryClient = useQueryClient()
  const key = ["asoud-wallet", ownerType, ownerId]
  const { data: wallet, isLoading } = useQuery({
    queryKey: key,
    queryFn: async () => {
      const { wallets } = await sdk.client.fetch<{ wallets: AdminWallet[] }>("/admin/wallets", {
        query: { owner_type: ownerType, owner_id: ownerId },
      })
      return wallets[0] ?? null
    },
  })
  const { data: entries } = useQuery({
    queryKey: [...key, "entries", wallet?.id],
    enabled: !!wallet?.id,
    queryFn: () =>
      sdk.client.fetch<{ entries: WalletEntry[] }>(`/admin/wallets/${wallet!.id}/entries`, { query: { limit: 10 } }),
  })

  const [type, setType] = useState<"credit" | "debit">("credit")
  const [amount, setAmount] = useState("")
  const [reason, setReason] = useState("")
  const adjust = useMutation({
    mutationFn: async () => {
      const id =
        wallet?.id ??
        (
          await sdk.client.fetch<{ wallet: AdminWallet }>("/admin/wallets", {
            method: "POST",
            body: { owner_type: ownerType, owner_id: ownerId },
          })
        ).wallet.id
      return sdk.client.fetch(`/admin/wallets/${id}/adjustments`, {
        method: "POST",
        body: { type, amount: amount.trim(), reason },
      })
    },
    onSuccess: () => {
      toast.success(labels.saved)
      setAmount("")
      setReason("")
      queryClient.invalidateQueries({ queryKey: key })
    },
    onError: (error: Error) => toast.error(error.message),
  })

  return (
    <Container className="divide-y p-0" dir="rtl">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">{labels.wallet}</Heading>
        {isLoading && <Text size="small">{labels.loading}</Text>}
      </div>
      <div className="grid grid-cols-3 gap-3 px-6 py-4">
        <Stat label={labels.balance} value={formatRial(wallet?.balance)} />
        <Stat label={labels.held} value={formatRial(wallet?.held)} />
        <Stat label={labels.available} value={formatRial(wallet?.available)} />
      </div>
      {!wallet && !isLoading && (
        <Text size="small" className="text-ui-fg-subtle px-6 py-3">
          {labels.noWallet}
        </Text>
      )}
      {!!entries?.entries.length && (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{labels.type}</Table.HeaderCell>
              <Table.HeaderCell>{labels.amount}</Table.HeaderCell>
              <Table.HeaderCell>{labels.balance}</Table.HeaderCell>
              <Table.HeaderCell>{labels.note}</Table.HeaderCell>
              <Table.HeaderCell>{labels.at}</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {entries.entries.map((entry) => (
              <Table.Row key={entry.id}>
                <Table.Cell>
                  <Badge size="2xsmall">{labels.entryTypes[entry.type] ?? entry.type}</Badge>
                </Table.Cell>
                <Table.Cell>{formatRial(entry.amount)}</Table.Cell>
                <Table.Cell>{formatRial(entry.balance_after)}</Table.Cell>
                <Table.Cell>{entry.note ?? entry.reference_type ?? "—"}</Table.Cell>
                <Table.Cell>{formatDate(entry.created_at)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      <form
        className="flex flex-wrap items-end gap-3 px-6 py-4"
        onSubmit={(event) => {
          event.preventDefault()
          adjust.mutate()
        }}
      >
        <div className="flex flex-col gap-1">
          <Label size="small">{labels.type}</Label>
          <Select value={type} onValueChange={(value) => setType(value as "credit" | "debit")}>
            <Select.Trigger>
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              <Select.Item value="credit">{labels.credit}</Select.Item>
              <Select.Item value="debit">{labels.debit}</Select.Item>
            </Select.Content>
          </Select>
        </div>
        <div className="flex flex-col gap-1">
          <Label size="small">{labels.amount}</Label>
          <Input value={amount} inputMode="numeric" onChange={(e) => setAmount(e.target.value.replace(/\D/g, ""))} />
        </div>
        <div className="flex flex-1 flex-col gap-1">
          <Label size="small">{labels.reason}</Label>
          <Input value={reason} onChange={(e) => setReason(e.target.value)} />
        </div>
        <Button size="small" type="submit" isLoading={adjust.isPending} disabled={!amount || reason.trim().length < 3}>
          {labels.adjust}
        </Button>
      </form>
    </Container>
  )
}

const Stat = ({ label, value }: { label: string; value: string }) => (
  <div className="flex flex-col gap-1">
    <Text size="small" className="text-ui-fg-subtle">
      {label}
    </Text>
    <Text weight="plus">{value}</Text>
  </div>
)
