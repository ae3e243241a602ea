export * from "./workflows/split-checkout"
export * from "./types"
