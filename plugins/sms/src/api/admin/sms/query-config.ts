export const smsMessageFields = ["id", "to", "template", "provider", "provider_message_id", "status", "error", "attempts", "created_at"]

export const listSmsMessagesQueryConfig = { defaults: smsMessageFields, defaultLimit: 50, isList: true }

export const smsBulkSendFields = ["id", "customer_group_id", "text", "status", "total", "sent", "failed", "skipped", "error", "created_at", "updated_at"]

export const listSmsBulkSendsQueryConfig = { defaults: smsBulkSendFields, defaultLimit: 20, isList: true }
export const retrieveSmsBulkSendQueryConfig = { defaults: smsBulkSendFields, isList: false }
