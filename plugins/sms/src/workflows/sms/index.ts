export * from "./workflows/send-sms"
export * from "./workflows/create-bulk-send"
export * from "./workflows/run-bulk-send"
export * from "./steps/send-sms"
