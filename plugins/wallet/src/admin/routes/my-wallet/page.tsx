import { normalizeWholeNumber, toLatinDigits } from "@asoud/admin-kit"
import { AmountInput, Crumb, MoneyUnitSwitch, useAsoudFormat } from "@asoud/admin-kit/react"
import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Cash } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Input, Label, Table, Text, toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { LedgerTable } from "../../components/ledger-table"
import { useOwnerNames } from "../../lib/owner-names"
import { sdk } from "../../lib/sdk"
import type { AdminWallet, WalletEntry, WalletWithdrawal } from "../../lib/types"

const statusColor = { pending: "orange", approved: "green", rejected: "red" } as const

/** Whether the caller may ask for payouts: a market's owner, or a platform admin (markets plugin optional). */
function useCanRequestPayout(): boolean {
  const { data } = useQuery({
    queryKey: ["asoud-markets-me"],
    queryFn: () =>
      sdk.client
        .fetch<{ is_platform_admin: boolean; memberships: { role: string }[] }>("/admin/markets/me")
        .catch(() => ({ is_platform_admin: true, memberships: [] })),
    staleTime: 60_000,
  })
  return !!data && (data.is_platform_admin || data.memberships.some((membership) => membership.role === "owner"))
}

const PayoutForm = ({ wallet }: { wallet: AdminWallet }) => {
  const { t } = useTranslation()
  const queryClient = useQueryClient()
  const [amount, setAmount] = useState("")
  const [iban, setIban] = useState("")
  const [holder, setHolder] = useState("")
  const request = useMutation({
    mutationFn: () =>
      sdk.client.fetch(`/admin/wallets/${wallet.id}/withdrawals`, {
        method: "POST",
        body: { amount: Number(amount), iban, account_holder: holder.trim() },
      }),
    onSuccess: () => {
      toast.success(t("asoudWallet.myWallet.request.sent"))
      setAmount("")
      queryClient.invalidateQueries({ queryKey: ["asoud-my-wallet"] })
    },
    onError: (error: Error) => toast.error(error.message),
  })
  const id = `payout-${wallet.id}`
  return (
    <form
      className="flex flex-col gap-y-3 px-6 py-4"
      data-testid="payout-form"
      onSubmit={(event) => {
        event.preventDefault()
        request.mutate()
      }}
    >
      <Text size="small" weight="plus">{t("asoudWallet.myWallet.request.title")}</Text>
      <div className="grid grid-cols-1 gap-3 md:grid-cols-3">
        <div className="flex flex-col gap-y-1">
          <Label size="small" htmlFor={`${id}-amount`}>{t("asoudWallet.myWallet.request.amount")}</Label>
          <AmountInput id={`${id}-amount`} value={amount} onChange={setAmount} preview />
        </div>
        <div className="flex flex-col gap-y-1">
          <Label size="small" htmlFor={`${id}-iban`}>{t("asoudWallet.myWallet.request.iban")}</Label>
          <Input
            id={`${id}-iban`}
            dir="ltr"
            placeholder="IR…"
            value={iban}
            // Sheba numbers are copied from banking apps with Persian digits and spaces
            onChange={(e) => setIban(toLatinDigits(e.target.value).toUpperCase().replace(/[^A-Z0-9]/g, ""))}
          />
          <Text size="xsmall" className="text-ui-fg-subtle">{t("asoudWallet.myWallet.request.ibanHint")}</Text>
        </div>
        <div className="flex flex-col gap-y-1">
          <Label size="small" htmlFor={`${id}-holder`}>{t("asoudWallet.myWallet.request.holder")}</Label>
          <Input id={`${id}-holder`} value={holder} onChange={(e) => setHolder(e.target.value)} />
        </div>
      </div>
      <Button
        size="small"
        type="submit"
        className="self-start"
        isLoading={request.isPending}
        disabled={!normalizeWholeNumber(amount) || amount === "0" || !/^IR\d{24}$/.test(iban) || holder.trim().length < 2}
      >
        {t("asoudWallet.myWallet.request.submit")}
      </Button>
    </form>
  )
}

const OwnWallet = ({ wallet, canRequest, name }: { wallet: AdminWallet; canRequest: boolean; name: string }) => {
  const { t } = useTranslation()
  const format = useAsoudFormat()
  const { data } = useQuery({
    queryKey: ["asoud-my-wallet", wallet.id, "details"],
    enabled: !!wallet.id,
    queryFn: async () => {
      const [entries, withdrawals] = await Promise.all([
        sdk.client.fetch<{ entries: WalletEntry[] }>(`/admin/wallets/${wallet.id}/entries`, { query: { limit: 20 } }),
        wallet.owner_type === "market"
          ? sdk.client.fetch<{ withdrawals: WalletWithdrawal[] }>(`/admin/wallets/${wallet.id}/withdrawals`, { query: { limit: 20 } })
          : Promise.resolve({ withdrawals: [] as WalletWithdrawal[] }),
      ])
      return { entries: entries.entries, withdrawals: withdrawals.withdrawals }
    },
  })
  return (
    <Container className="divide-y p-0" data-testid="my-wallet">
      <div className="flex flex-wrap items-center justify-between gap-2 px-6 py-4">
        <Heading level="h2">{name}</Heading>
        <Badge size="2xsmall">
          {t(wallet.owner_type === "market" ? "asoudWallet.myWallet.market" : "asoudWallet.myWallet.platform")}
        </Badge>
      </div>
      <div className="grid grid-cols-1 gap-3 px-6 py-4 sm:grid-cols-3">
        {(["balance", "held", "available"] as const).map((field) => (
          <div key={field} className="flex flex-col gap-y-1">
            <Text size="small" className="text-ui-fg-subtle">{t(`asoudWallet.${field}`)}</Text>
            <Text weight="plus" className="whitespace-nowrap">{format.money(wallet[field])}</Text>
          </div>
        ))}
      </div>
      <div className="flex flex-col">
        <Text size="small" weight="plus" className="px-6 py-3">{t("asoudWallet.myWallet.entriesTitle")}</Text>
        {data?.entries.length ? (
          <LedgerTable entries={data.entries} />
        ) : (
          <Text size="small" className="text-ui-fg-subtle px-6 pb-3">{t("asoudWallet.myWallet.noEntries")}</Text>
        )}
      </div>
      {wallet.owner_type === "market" && (
        <div className="flex flex-col">
          <Text size="small" weight="plus" className="px-6 py-3">{t("asoudWallet.myWallet.payouts")}</Text>
          {data?.withdrawals.length ? (
            <div className="overflow-x-auto">
              <Table>
                <Table.Header>
                  <Table.Row>
                    <Table.HeaderCell className="text-start">{t("asoudWallet.columns.amount")}</Table.HeaderCell>
                    <Table.HeaderCell className="text-start">{t("asoudWallet.columns.iban")}</Table.HeaderCell>
                    <Table.HeaderCell className="text-start">{t("asoudWallet.columns.status")}</Table.HeaderCell>
                    <Table.HeaderCell className="text-start">{t("asoudWallet.columns.reference")}</Table.HeaderCell>
                    <Table.HeaderCell className="text-start">{t("asoudWallet.columns.at")}</Table.HeaderCell>
                  </Table.Row>
                </Table.Header>
                <Table.Body>
                  {data.withdrawals.map((w) => (
                    <Table.Row key={w.id}>
                      <Table.Cell className="whitespace-nowrap">{format.money(w.amount)}</Table.Cell>
                      <Table.Cell dir="ltr" className="text-start font-mono">{w.iban}</Table.Cell>
                      <Table.Cell>
                        <Badge size="2xsmall" color={statusColor[w.status]}>{t(`asoudWallet.withdrawals.statuses.${w.status}`)}</Badge>
                      </Table.Cell>
                      <Table.Cell>{w.bank_reference ?? w.rejection_reason ?? t("asoudKit.common.none")}</Table.Cell>
                      <Table.Cell className="whitespace-nowrap">{format.dateTime(w.created_at)}</Table.Cell>
                    </Table.Row>
                  ))}
                </Table.Body>
              </Table>
            </div>
          ) : (
            <Text size="small" className="text-ui-fg-subtle px-6 pb-3">{t("asoudWallet.myWallet.noPayouts")}</Text>
          )}
          {wallet.id && canRequest && <PayoutForm wallet={wallet} />}
          {!canRequest && (
            <Text size="small" className="text-ui-fg-subtle px-6 py-3">{t("asoudWallet.myWallet.request.ownersOnly")}</Text>
          )}
        </div>
      )}
    </Container>
  )
}

/**
 * The caller's own wallets: a market's staff see their market's balance, ledger (order earnings less
 * commission, payouts) and payout requests, and its owner asks for payouts; a platform admin sees the
 * platform's wallet (commission income).
 */
const MyWalletPage = () => {
  const { t } = useTranslation()
  const canRequest = useCanRequestPayout()
  const { data, isLoading } = useQuery({
    queryKey: ["asoud-my-wallet"],
    queryFn: () => sdk.client.fetch<{ wallets: AdminWallet[] }>("/admin/wallets/me", { query: { currency_code: "irr" } }),
  })
  const wallets = data?.wallets ?? []
  const ownerName = useOwnerNames(wallets)
  return (
    <div className="flex flex-col gap-y-3">
      <Container className="flex flex-wrap items-center justify-between gap-3">
        <Heading level="h1">{t("asoudWallet.myWallet.title")}</Heading>
        <MoneyUnitSwitch />
      </Container>
      {isLoading && (
        <Container>
          <Text>{t("asoudKit.common.loading")}</Text>
        </Container>
      )}
      {wallets.map((wallet) => (
        <OwnWallet key={`${wallet.owner_type}:${wallet.owner_id}`} wallet={wallet} canRequest={canRequest} name={ownerName(wallet)} />
      ))}
    </div>
  )
}

export const handle = { breadcrumb: () => <Crumb i18nKey="asoudWallet.myWallet.title" /> }

export const config = defineRouteConfig({ label: "asoudWallet.myWallet.menu", translationNs: "translation", icon: Cash })

export default MyWalletPage
