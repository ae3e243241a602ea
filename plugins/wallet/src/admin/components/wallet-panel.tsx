import { AmountInput, useAsoudFormat } from "@asoud/admin-kit/react"
import { Button, Container, Heading, Input, Label, Select, Text, toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { sdk } from "../lib/sdk"
import { LedgerTable } from "./ledger-table"
import type { AdminWallet, WalletEntry } from "../lib/types"

type Props = { ownerType: string; ownerId: string; title?: string }

/** Balance, recent entries and a manual adjustment for one owner's IRR wallet. */
export const WalletPanel = ({ ownerType, ownerId, title }: Props) => {
  const { t } = useTranslation()
  const format = useAsoudFormat()
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
    queryFn: () => sdk.client.fetch<{ entries: WalletEntry[] }>(`/admin/wallets/${wallet!.id}/entries`, { query: { limit: 10 } }),
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
      return sdk.client.fetch(`/admin/wallets/${id}/adjustments`, { method: "POST", body: { type, amount, reason: reason.trim() } })
    },
    onSuccess: () => {
      toast.success(t("asoudWallet.adjust.saved"))
      setAmount("")
      setReason("")
      queryClient.invalidateQueries({ queryKey: ["asoud-wallet"] })
      queryClient.invalidateQueries({ queryKey: ["asoud-wallets"] })
    },
    onError: (error: Error) => toast.error(error.message),
  })

  return (
    <Container className="divide-y p-0" data-testid="wallet-panel">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">{title ?? t("asoudWallet.wallet")}</Heading>
        {isLoading && <Text size="small">{t("asoudKit.common.loading")}</Text>}
      </div>
      <div className="grid grid-cols-1 gap-3 px-6 py-4 sm:grid-cols-3">
        <Stat label={t("asoudWallet.balance")} value={format.money(wallet?.balance)} />
        <Stat label={t("asoudWallet.held")} value={format.money(wallet?.held)} />
        <Stat label={t("asoudWallet.available")} value={format.money(wallet?.available)} />
      </div>
      {!wallet && !isLoading && (
        <Text size="small" className="text-ui-fg-subtle px-6 py-3">
          {t("asoudWallet.noWallet")}
        </Text>
      )}
      {!!entries?.entries.length && <LedgerTable entries={entries.entries} />}
      <form
        className="flex flex-col gap-y-3 px-6 py-4"
        onSubmit={(event) => {
          event.preventDefault()
          adjust.mutate()
        }}
      >
        <Text size="small" weight="plus">
          {t("asoudWallet.adjust.title")}
        </Text>
        <div className="grid grid-cols-1 gap-3 sm:grid-cols-[10rem_minmax(0,1fr)]">
          <div className="flex flex-col gap-y-1">
            <Label size="small" htmlFor={`adjust-type-${ownerId}`}>{t("asoudWallet.adjust.type")}</Label>
            <Select value={type} onValueChange={(value) => setType(value as "credit" | "debit")}>
              <Select.Trigger id={`adjust-type-${ownerId}`}>
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                <Select.Item value="credit">{t("asoudWallet.adjust.credit")}</Select.Item>
                <Select.Item value="debit">{t("asoudWallet.adjust.debit")}</Select.Item>
              </Select.Content>
            </Select>
          </div>
          <div className="flex flex-col gap-y-1">
            <Label size="small" htmlFor={`adjust-amount-${ownerId}`}>{t("asoudWallet.adjust.amount")}</Label>
            <AmountInput id={`adjust-amount-${ownerId}`} name="amount" value={amount} onChange={setAmount} preview />
          </div>
        </div>
        <div className="flex flex-col gap-y-1">
          <Label size="small" htmlFor={`adjust-reason-${ownerId}`}>{t("asoudWallet.adjust.reason")}</Label>
          <Input id={`adjust-reason-${ownerId}`} name="reason" value={reason} onChange={(e) => setReason(e.target.value)} />
          <Text size="xsmall" className="text-ui-fg-subtle">{t("asoudWallet.adjust.reasonHint")}</Text>
        </div>
        <Button size="small" type="submit" className="self-start" isLoading={adjust.isPending} disabled={!amount || amount === "0" || reason.trim().length < 3}>
          {t("asoudWallet.adjust.submit")}
        </Button>
      </form>
    </Container>
  )
}

const Stat = ({ label, value }: { label: string; value: string }) => (
  <div className="flex flex-col gap-y-1">
    <Text size="small" className="text-ui-fg-subtle">
      {label}
    </Text>
    <Text weight="plus" className="whitespace-nowrap">{value}</Text>
  </div>
)
