import type { Client, Paginated } from "../types"
import type { StoreMarket } from "../store/markets"

export type MarketStatus = "pending" | "active" | "suspended" | "closed"
export type MarketRole = "owner" | "manager" | "staff"

export type AdminMarket = Omit<StoreMarket, "distance_km"> & {
  national_id: string | null
  economic_code: string | null
  commission_rate: number
  sales_channel_id: string | null
  publishable_key_id: string | null
  stock_location_id: string | null
  shipping_profile_id: string | null
  applicant_customer_id: string | null
  metadata: Record<string, unknown> | null
  created_at: string
  updated_at: string
}

export type AdminCreateMarketBody = Partial<Omit<AdminMarket, "id" | "status" | "created_at" | "updated_at" | "sales_channel_id" | "publishable_key_id" | "stock_location_id" | "shipping_profile_id" | "applicant_customer_id">> & {
  handle: string
  name: string
  status?: "pending" | "active"
  owner_user_id?: string
}

export type AdminUpdateMarketBody = Partial<Omit<AdminCreateMarketBody, "handle" | "status" | "owner_user_id">>

export type AdminMarketMember = {
  id: string
  user_id: string
  role: MarketRole
  user: { id: string; email: string; first_name: string | null; last_name: string | null } | null
}

export type AdminMarketsMe = {
  is_platform_admin: boolean
  current_market_id: string | null
  memberships: { role: MarketRole; market: Pick<AdminMarket, "id" | "handle" | "name" | "status" | "logo"> }[]
}

export type AdminMarketInvitation = { id: string; email: string; role: MarketRole; token: string; expires_at: string }

/** A pending invitation as listed (its token is only ever returned when it is created). */
export type AdminPendingMarketInvitation = Omit<AdminMarketInvitation, "token"> & { created_at: string }

/** What an invitation link is for, readable without a login (the token is the credential). */
export type MarketInvitationPreview = {
  email: string
  role: MarketRole
  expires_at: string
  market: { name: string; handle: string }
}

/** `market.theme`: storefront colours (#rrggbb); other keys a storefront reads are kept. */
export type MarketTheme = { primary_color?: string; accent_color?: string; [key: string]: unknown }

/** `market.opening_hours`: per weekday (sat … fri), the open intervals ("09:00"–"13:00"); [] is closed. */
export type MarketOpeningHours = Partial<Record<"sat" | "sun" | "mon" | "tue" | "wed" | "thu" | "fri", { open: string; close: string }[]>>

export type AdminOrderMarket = {
  /** `checkout_order_id` and `total` are the platform's to see: a member gets the group's id only. */
  order_group: { id: string; checkout_order_id?: string; total?: number } | null
  market_order: AdminMarketOrder | null
  market_orders: AdminMarketOrder[]
}

export type AdminMarketOrder = {
  order_id: string
  market: Pick<AdminMarket, "id" | "handle" | "name" | "status"> | null
  total: number
  commission_rate: number
  commission_amount: number
}

export class AdminMarkets {
  constructor(private readonly client: Client) {}

  list(query: { q?: string; status?: MarketStatus; limit?: number; offset?: number } = {}) {
    return this.client.fetch<{ markets: AdminMarket[] } & Paginated>("/admin/markets", { query })
  }

  create(body: AdminCreateMarketBody) {
    return this.client.fetch<{ market: AdminMarket }>("/admin/markets", { method: "POST", body })
  }

  retrieve(id: string) {
    return this.client.fetch<{ market: AdminMarket }>(`/admin/markets/${id}`)
  }

  update(id: string, body: AdminUpdateMarketBody) {
    return this.client.fetch<{ market: AdminMarket }>(`/admin/markets/${id}`, { method: "POST", body })
  }

  approve(id: string) {
    return this.client.fetch<{ market: AdminMarket }>(`/admin/markets/${id}/approve`, { method: "POST", body: {} })
  }

  suspend(id: string) {
    return this.client.fetch<{ market: AdminMarket }>(`/admin/markets/${id}/suspend`, { method: "POST", body: {} })
  }

  close(id: string) {
    return this.client.fetch<{ market: AdminMarket }>(`/admin/markets/${id}/close`, { method: "POST", body: {} })
  }

  /** Who the caller is in market terms; `setCurrent` is the market switcher. */
  me() {
    return this.client.fetch<AdminMarketsMe>("/admin/markets/me")
  }

  setCurrent(marketId: string | null) {
    return this.client.fetch<{ current_market_id: string | null }>("/admin/markets/me", { method: "POST", body: { market_id: marketId } })
  }

  listMembers(id: string) {
    return this.client.fetch<{ members: AdminMarketMember[] }>(`/admin/markets/${id}/members`)
  }

  addMember(id: string, body: { user_id: string; role?: MarketRole }) {
    return this.client.fetch<{ members: AdminMarketMember[] }>(`/admin/markets/${id}/members`, { method: "POST", body })
  }

  removeMember(id: string, memberId: string) {
    return this.client.fetch<{ id: string; deleted: boolean }>(`/admin/markets/${id}/members/${memberId}`, { method: "DELETE" })
  }

  invite(id: string, body: { email: string; role?: MarketRole }) {
    return this.client.fetch<{ invitation: AdminMarketInvitation }>(`/admin/markets/${id}/invitations`, { method: "POST", body })
  }

  /** Pending invitations (owners, managers and the platform). */
  listInvitations(id: string) {
    return this.client.fetch<{ invitations: AdminPendingMarketInvitation[] }>(`/admin/markets/${id}/invitations`)
  }

  /** Withdraws a pending invitation: its link stops working. */
  revokeInvitation(id: string, invitationId: string) {
    return this.client.fetch<{ id: string; deleted: boolean }>(`/admin/markets/${id}/invitations/${invitationId}`, { method: "DELETE" })
  }

  /** The market, role and email an invitation link is for; needs no login. 404 when invalid, used or expired. */
  retrieveInvitation(token: string) {
    return this.client.fetch<{ invitation: MarketInvitationPreview }>(`/admin/market-invitations/${encodeURIComponent(token)}`)
  }

  /** Call with the token of `POST /auth/user/emailpass/register` (new invitee) or a login. */
  acceptInvitation(body: { token: string; first_name?: string; last_name?: string }) {
    return this.client.fetch<{ members: AdminMarketMember[] }>("/admin/market-invitations/accept", { method: "POST", body })
  }

  addProducts(id: string, productIds: string[]) {
    return this.client.fetch<{ market_id: string; product_ids: string[] }>(`/admin/markets/${id}/products`, { method: "POST", body: { add: productIds } })
  }

  retrieveProductMarket(productId: string) {
    return this.client.fetch<{ market: AdminMarket | null }>(`/admin/products/${productId}/market`)
  }

  retrieveOrderMarket(orderId: string) {
    return this.client.fetch<AdminOrderMarket>(`/admin/orders/${orderId}/market`)
  }
}
