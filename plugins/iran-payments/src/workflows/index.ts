export * from "./gateway-payments"
