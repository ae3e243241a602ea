/** The SMS kit for provider authors and feature plugins: `import { … } from "@asoud/sms/kit"`. */
export * from "./lib/phone"
export * from "./lib/errors"
export * from "./lib/templates"
export * from "./lib/http"
export * from "./lib/rate-limit"
export * from "./lib/base-provider"
