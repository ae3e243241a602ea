import { useQuery } from "@tanstack/react-query"
import { useTranslation } from "react-i18next"
import { sdk } from "./sdk"
import type { AdminWallet } from "./types"

type Customer = { id: string; email: string; first_name: string | null; last_name: string | null; company_name: string | null }

/**
 * Names for wallet owners instead of their ids: customers by name (or email), markets by name when
 * the markets plugin is installed, the platform as such. An owner we cannot name shows its id (a
 * placeholder while the names load).
 */
export function useOwnerNames(wallets: AdminWallet[]): (wallet: Pick<AdminWallet, "owner_type" | "owner_id">) => string {
  const { t } = useTranslation()
  const customerIds = [...new Set(wallets.filter((w) => w.owner_type === "customer").map((w) => w.owner_id))].sort()
  const hasMarkets = wallets.some((w) => w.owner_type === "market")
  const customers = useQuery({
    queryKey: ["asoud-wallet-owners", "customers", customerIds],
    enabled: customerIds.length > 0,
    queryFn: () =>
      sdk.client.fetch<{ customers: Customer[] }>("/admin/customers", {
        query: { id: customerIds, limit: customerIds.length, fields: "id,email,first_name,last_name,company_name" },
      }),
  })
  const markets = useQuery({
    queryKey: ["asoud-wallet-owners", "markets"],
    enabled: hasMarkets,
    // the markets plugin may not be installed: then market wallets show their ids
    queryFn: () =>
      sdk.client
        .fetch<{ markets: { id: string; name: string }[] }>("/admin/markets", { query: { limit: 100 } })
        .catch(() => ({ markets: [] })),
  })
  const customerNames = new Map(
    (customers.data?.customers ?? []).map((c) => [
      c.id,
      [c.first_name, c.last_name].filter(Boolean).join(" ") || c.company_name || c.email,
    ])
  )
  const marketNames = new Map((markets.data?.markets ?? []).map((m) => [m.id, m.name]))
  // while the names load, a placeholder rather than an id that flashes
  const loading = t("asoudKit.common.loading")
  return ({ owner_type, owner_id }) => {
    if (owner_type === "platform") return t("asoudWallet.platformName")
    if (owner_type === "customer") return customerNames.get(owner_id) ?? (customers.isLoading ? loading : owner_id)
    if (owner_type === "market") return marketNames.get(owner_id) ?? (markets.isLoading ? loading : owner_id)
    return owner_id
  }
}
