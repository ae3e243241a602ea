export * from "./digits"
export * from "./money"
export * from "./dates"
export * from "./i18n"
