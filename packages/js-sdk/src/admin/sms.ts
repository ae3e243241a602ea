import type { Client, Paginated } from "../types"

export type SmsMessageStatus = "sent" | "failed" | "rate_limited"

export type SmsMessage = {
  id: string
  to: string
  template: string
  provider: string | null
  provider_message_id: string | null
  status: SmsMessageStatus
  error: string | null
  attempts: Array<{ provider: string; kind?: string; error?: string }> | null
  created_at: string
}

export type SmsBulkSend = {
  id: string
  customer_group_id: string
  text: string
  status: "pending" | "running" | "completed" | "failed"
  total: number
  sent: number
  failed: number
  skipped: number
  error: string | null
  created_at: string
  updated_at: string
}

/** The SMS admin (plugin @asoud/sms): message log, test send, bulk send to a customer group. */
export class AdminSms {
  constructor(private readonly client: Client) {}

  listMessages(query: { to?: string; status?: SmsMessageStatus; limit?: number; offset?: number } = {}) {
    return this.client.fetch<{ messages: SmsMessage[] } & Paginated>("/admin/sms/messages", { query })
  }

  sendTest(body: { to: string; text: string }) {
    return this.client.fetch<{ notification: { id: string; external_id: string | null } }>("/admin/sms/send-test", { method: "POST", body })
  }

  createBulkSend(body: { customer_group_id: string; text: string }) {
    return this.client.fetch<{ bulk_send: SmsBulkSend }>("/admin/sms/bulk-sends", { method: "POST", body })
  }

  listBulkSends(query: { limit?: number; offset?: number } = {}) {
    return this.client.fetch<{ bulk_sends: SmsBulkSend[] } & Paginated>("/admin/sms/bulk-sends", { query })
  }

  retrieveBulkSend(id: string) {
    return this.client.fetch<{ bulk_send: SmsBulkSend }>(`/admin/sms/bulk-sends/${id}`)
  }
}
