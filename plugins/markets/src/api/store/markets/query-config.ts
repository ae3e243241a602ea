/** What a storefront may see of a market: no business identity, commission or internal ids. */
export const STORE_MARKET_FIELDS = [
  "id", "handle", "name", "description", "type", "status", "logo", "province", "city", "address",
  "postal_code", "latitude", "longitude", "phone", "mobile", "email", "website", "instagram", "telegram",
  "theme", "subdomain", "custom_domain", "opening_hours", "created_at",
] as const
