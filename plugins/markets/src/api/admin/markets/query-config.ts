export const ADMIN_MARKET_FIELDS = [
  "id", "handle", "name", "description", "type", "status", "logo", "province", "city", "address",
  "postal_code", "latitude", "longitude", "phone", "mobile", "email", "website", "instagram", "telegram",
  "theme", "subdomain", "custom_domain", "national_id", "economic_code", "opening_hours", "commission_rate",
  "sales_channel_id", "publishable_key_id", "stock_location_id", "shipping_profile_id",
  "applicant_customer_id", "metadata", "created_at", "updated_at",
]
