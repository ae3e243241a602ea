// Preloaded (`node --require`) into a platform process: `@asoud/markets` is installed, but loading it
// fails the way a partial build does (a file its index requires is missing). Only the package's public
// entry is broken, so what the process does next is the bridge's doing.
const Module = require("node:module")

const load = Module._load
Module._load = function loadWithBrokenMarkets(request, ...rest) {
  if (request === "@asoud/markets/bridge") {
    const error = new Error("Cannot find module './steps/create-market'")
    error.code = "MODULE_NOT_FOUND"
    throw error
  }
  return load.call(this, request, ...rest)
}
