// The Persian font for the admin in `fa` (and for Persian text in any language): imported once by
// whichever Asoud screen loads first.
import "./fonts.css"

export * from "./money-unit"
export * from "./use-asoud-format"
export * from "./amount-input"
export * from "./money-unit-switch"
export * from "./provider-labels"
export * from "./crumb"
export * from "./slots"
