import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "./sdk"

export type MarketStatus = "pending" | "active" | "suspended" | "closed"
export type MarketRole = "owner" | "manager" | "staff"
export type MarketTheme = { primary_color?: string; accent_color?: string; [key: string]: unknown }
export type OpeningInterval = { open: string; close: string }
export type OpeningHours = Partial<Record<string, OpeningInterval[]>>

export type AdminMarket = {
  id: string
  handle: string
  name: string
  description: string | null
  type: "shop" | "company"
  status: MarketStatus
  logo: string | null
  province: string | null
  city: string | null
  address: string | null
  postal_code: string | null
  latitude: number | null
  longitude: number | null
  phone: string | null
  mobile: string | null
  email: string | null
  website: string | null
  instagram: string | null
  telegram: string | null
  theme: MarketTheme | null
  subdomain: string | null
  custom_domain: string | null
  national_id: string | null
  economic_code: string | null
  opening_hours: OpeningHours | null
  commission_rate: number
  created_at: string
}

export type MarketMember = {
  id: string
  role: MarketRole
  user: { id: string; email: string; first_name: string | null; last_name: string | null } | null
}

export type MarketInvitation = { id: string; email: string; role: MarketRole; expires_at: string; token?: string }

export type MarketsMe = {
  is_platform_admin: boolean
  current_market_id: string | null
  memberships: { role: MarketRole; market: { id: string; handle: string; name: string; status: MarketStatus } }[]
}

export const statusColor = (status: string) =>
  (({ active: "green", pending: "orange", suspended: "red", closed: "grey" }) as const)[status as "active"] ?? "grey"

const isMarketQuery = (key: unknown) => String(key).startsWith("asoud-market")
const refreshMarkets = (client: ReturnType<typeof useQueryClient>) =>
  client.invalidateQueries({ predicate: (query) => isMarketQuery(query.queryKey[0]) })

export function useMarkets(params: { status?: string; q?: string } = {}) {
  return useQuery({
    queryKey: ["asoud-markets", params],
    queryFn: () =>
      sdk.client.fetch<{ markets: AdminMarket[]; count: number }>("/admin/markets", { query: { limit: 100, ...params } }),
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

export function useMarketInvitations(id: string, enabled: boolean) {
  return useQuery({
    queryKey: ["asoud-market-invitations", id],
    enabled,
    queryFn: () => sdk.client.fetch<{ invitations: MarketInvitation[] }>(`/admin/markets/${id}/invitations`),
  })
}

export function useMarketsMe() {
  return useQuery({
    queryKey: ["asoud-markets-me"],
    queryFn: () => sdk.client.fetch<MarketsMe>("/admin/markets/me"),
    staleTime: 60_000,
  })
}

/** The caller's role in one market, or "platform" for a platform admin. */
export function useMarketRole(marketId: string | undefined): MarketRole | "platform" | undefined {
  const { data } = useMarketsMe()
  if (!data) {
    return undefined
  }
  if (data.is_platform_admin) {
    return "platform"
  }
  return data.memberships.find((membership) => membership.market.id === marketId)?.role
}

export function useSetMarketStatus(id: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (action: "approve" | "suspend" | "close") =>
      sdk.client.fetch<{ market: AdminMarket }>(`/admin/markets/${id}/${action}`, { method: "POST", body: {} }),
    onSuccess: () => refreshMarkets(client),
  })
}

export function useCreateMarket() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (body: Record<string, unknown>) =>
      sdk.client.fetch<{ market: AdminMarket }>("/admin/markets", { method: "POST", body }),
    onSuccess: () => refreshMarkets(client),
  })
}

export function useUpdateMarket(id: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (body: Record<string, unknown>) =>
      sdk.client.fetch<{ market: AdminMarket }>(`/admin/markets/${id}`, { method: "POST", body }),
    onSuccess: () => refreshMarkets(client),
  })
}

export function useInviteMember(id: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (body: { email: string; role: MarketRole }) =>
      sdk.client.fetch<{ invitation: MarketInvitation }>(`/admin/markets/${id}/invitations`, { method: "POST", body }),
    onSuccess: () => refreshMarkets(client),
  })
}

export function useRevokeInvitation(id: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (invitationId: string) =>
      sdk.client.fetch(`/admin/markets/${id}/invitations/${invitationId}`, { method: "DELETE" }),
    onSuccess: () => refreshMarkets(client),
  })
}

export function useRemoveMember(id: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (memberId: string) => sdk.client.fetch(`/admin/markets/${id}/members/${memberId}`, { method: "DELETE" }),
    onSuccess: () => refreshMarkets(client),
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

/** Where an invitee opens their invitation: the admin's login page, which shows the join form. */
export function invitationLink(token: string): string {
  const base = window.location.pathname.replace(/\/markets.*$/, "")
  return `${window.location.origin}${base}/login?market_invitation=${encodeURIComponent(token)}`
}
