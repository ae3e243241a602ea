// The conformance suite for gateway authors (jest) and the simulator bank driver it uses.
export * from "./lib/conformance/bank-driver"
export * from "./lib/conformance/suite"
