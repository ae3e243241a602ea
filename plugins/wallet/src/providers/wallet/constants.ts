/** Medusa names a provider `pp_<identifier>_<id>`; we register identifier "wallet" with id "wallet". */
export const WALLET_PROVIDER_IDENTIFIER = "wallet"
export const WALLET_PROVIDER_ID = `pp_${WALLET_PROVIDER_IDENTIFIER}_wallet`
