export * from "./sms"
