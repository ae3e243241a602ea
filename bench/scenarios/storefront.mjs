// @ts-check
/**
 * The storefront's catalogue page (`/products`, server-rendered by Next.js) against the one store API
 * call it makes for its products: the page's cost on top of the API is rendering, the SDK and one
 * HTTP hop. Categories and the region are cached by the storefront, so each page view is this call.
 */
import { findFreePort, waitForHttp } from "../../scripts/lib/ports.mjs"
import { startStorefront } from "../../scripts/lib/storefront.mjs"

// Exactly what apps/storefront/src/lib/store.ts asks for on the first catalogue page.
const CATALOGUE_FIELDS = "id,title,handle,thumbnail,*variants.calculated_price,variants.id,market.id,market.handle,market.name"
const PAGE_SIZE = 12

export default {
  area: "storefront",

  /** @param {import("../run.mjs").BenchContext} ctx */
  async setup(ctx) {
    // A child of the bench like the Medusa server: stopped with it at the end of the run.
    const port = await findFreePort(8200)
    const storefront = startStorefront({ port, backendUrl: ctx.baseUrl, publishableKey: ctx.publishableKey, dev: false })
    let alive = true
    storefront.once("exit", () => (alive = false))
    const url = `http://localhost:${port}`
    await waitForHttp(`${url}/health`, 60_000, () => alive)
    const apiPath = `/store/products?${new URLSearchParams({ region_id: ctx.regionId, fields: CATALOGUE_FIELDS, limit: String(PAGE_SIZE), offset: "0" })}`
    // The page must show what the API call returns, or the two numbers measure different things.
    const { products } = await ctx.store(apiPath)
    const html = await (await fetch(`${url}/products`)).text()
    if (!products.length || !html.includes(products[0].title)) {
      throw new Error("the catalogue page does not show the products its store API call returns")
    }
    return { url, apiPath }
  },

  /** @param {import("../run.mjs").BenchContext} _ctx @param {{ url: string, apiPath: string }} state */
  routes(_ctx, state) {
    const apiCall = "GET /store/products (the catalogue page's call)"
    return [
      { name: apiCall, method: "GET", path: state.apiPath },
      { name: "GET /products (storefront catalogue page, SSR)", method: "GET", baseUrl: state.url, path: "/products", compareTo: apiCall },
    ]
  },
}
