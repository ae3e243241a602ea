import { model } from "@medusajs/framework/utils"

/**
 * A visit through a link or code (`POST /store/affiliates/track`). The token is what the storefront
 * keeps and puts on the cart; IP and user agent are stored only as salted hashes.
 */
export const AffiliateClick = model
  .define("affiliate_click", {
    id: model.id({ prefix: "affclk" }).primaryKey(),
    affiliate_id: model.text(),
    code: model.text(),
    link_id: model.text().nullable(),
    landing_path: model.text().nullable(),
    ip_hash: model.text().nullable(),
    ua_hash: model.text().nullable(),
    token: model.text(),
  })
  .indexes([{ on: ["token"], unique: true }, { on: ["affiliate_id"] }])
