import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "./sdk"

export type AdminMarket = {
  id: string
  handle: string
  name: string
  description: string | null
  type: "shop" | "company"
  status: "pending" | "active" | "suspended" | "closed"
  city: string | null
  province: string | null
  phone: string | null
  email: string | null
  instagram: string | null
  subdomain: string | null
  custom_domain: string | null
  commission_rate: number
  created_at: string
}

export type MarketMember = {
  id: string
  role: "owner" | "manager" | "staff"
  user: { id: string; email: string; first_name: string | null; last_name: string | null } | null
}

export type MarketsMe = {
  is_platform_admin: boolean
  current_market_id: string | null
  memberships: { role: string; market: { id: string; handle: string; name: string; status: string } }[]
}

/** Persian labels beside the English ones for everything this plugin adds to the admin. */
export const t = {
  markets: "Markets · بازارچه‌ها",
  status: { pending: "در انتظار تأیید", active: "فعال", suspended: "معلق", closed: "بسته" } as Record<string, string>,
  approve: "Approve · تأیید",
  suspend: "Suspend · تعلیق",
  close: "Close · بستن",
  members: "Members · اعضا",
  role: { owner: "مالک", manager: "مدیر", staff: "کارمند" } as Record<string, string>,
  market: "Market · بازارچه",
  allMarkets: "All my markets · همه بازارچه‌های من",
  commission: "Commission · کارمزد",
  noMarket: "Platform product · کالای پلتفرم",
}

export const statusColor = (status: string) =>
  (({ active: "green", pending: "orange", suspended: "red", closed: "grey" }) as const)[status as "active"] ?? "grey"

export function useMarkets(params: { status?: string; q?: string } = {}) {
  return useQuery({
    queryKey: ["asoud-markets", params],
    queryFn: () => sdk.client.fetch<{ markets: AdminMarket[]; count: number }>("/admin/markets", { query: { limit: 100, ...params } }),
  })
}

export function useMarket(id: string) {
  return useQuery({
    queryKey: ["asoud-market", id],
    queryFn: () => sdk.client.fetch<{ market: AdminMarket }>(`/admin/markets/${id}`),
  })
}

export function useMarketMembers(id: string) {
  return useQuery({
    queryKey: ["asoud-market-members", id],
    queryFn: () => sdk.client.fetch<{ members: MarketMember[] }>(`/admin/markets/${id}/members`),
  })
}

export function useMarketsMe() {
  return useQuery({
    queryKey: ["asoud-markets-me"],
    queryFn: () => sdk.client.fetch<MarketsMe>("/admin/markets/me"),
  })
}

export function useSetMarketStatus(id: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (action: "approve" | "suspend" | "close") =>
      sdk.client.fetch<{ market: AdminMarket }>(`/admin/markets/${id}/${action}`, { method: "POST", body: {} }),
    onSuccess: () => client.invalidateQueries({ predicate: (q) => String(q.queryKey[0]).startsWith("asoud-market") }),
  })
}

export function useSetCurrentMarket() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (marketId: string | null) =>
      sdk.client.fetch("/admin/markets/me", { method: "POST", body: { market_id: marketId } }),
    // every list the member sees changes with the chosen market
    onSuccess: () => client.invalidateQueries(),
  })
}
