export * from "./hooks"
