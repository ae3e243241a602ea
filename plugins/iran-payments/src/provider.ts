// What a gateway provider package imports: the base class, protocol helpers and session types.
export * from "./lib/base-provider"
export * from "./lib/http"
export * from "./lib/money"
export * from "./lib/return-url"
export * from "./lib/soap"
export * from "./lib/types"
