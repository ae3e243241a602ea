export type SmsMessage = {
  id: string
  to: string
  template: string
  provider: string | null
  status: "sent" | "failed" | "rate_limited"
  error: string | null
  created_at: string
}

export type SmsBulkSend = {
  id: string
  status: "pending" | "running" | "completed" | "failed"
  total: number
  sent: number
  failed: number
  skipped: number
  error: string | null
}
