import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { STORE_MARKET_FIELDS } from "../api/store/markets/query-config"
import type { StoreListMarketsType } from "../api/store/markets/validators"

const EARTH_RADIUS_KM = 6371

/** Great-circle distance in km (haversine). */
export function distanceKm(lat1: number, lng1: number, lat2: number, lng2: number): number {
  const rad = (deg: number) => (deg * Math.PI) / 180
  const dLat = rad(lat2 - lat1)
  const dLng = rad(lng2 - lng1)
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(rad(lat1)) * Math.cos(rad(lat2)) * Math.sin(dLng / 2) ** 2
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(a))
}

/**
 * Active markets, filtered by text, city, province and type. With a location, the nearest come
 * first (markets without coordinates last): ranked over the filtered ids and coordinates only, then
 * one page of full records is read.
 */
export async function listStoreMarkets(container: MedusaContainer, params: StoreListMarketsType) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const filters: Record<string, unknown> = { status: "active" }
  if (params.q) {
    filters.q = params.q
  }
  for (const key of ["city", "province", "type"] as const) {
    if (params[key]) {
      filters[key] = params[key]
    }
  }
  const { lat, lng, limit, offset } = params
  if (lat === undefined || lng === undefined) {
    const { data, metadata } = await query.graph({
      entity: "market",
      fields: [...STORE_MARKET_FIELDS],
      filters,
      pagination: { skip: offset, take: limit, order: { name: "ASC" } },
    })
    return { markets: data, count: metadata?.count ?? data.length, offset, limit }
  }
  const { data: located } = await query.graph({ entity: "market", fields: ["id", "latitude", "longitude"], filters })
  const ranked = located
    .map((m: { id: string; latitude: number | null; longitude: number | null }) => ({
      id: m.id,
      distance: m.latitude === null || m.longitude === null ? Infinity : distanceKm(lat, lng, m.latitude, m.longitude),
    }))
    .sort((a, b) => a.distance - b.distance)
  const page = ranked.slice(offset, offset + limit)
  const { data } = page.length
    ? await query.graph({ entity: "market", fields: [...STORE_MARKET_FIELDS], filters: { id: page.map((p) => p.id) } })
    : { data: [] }
  const byId = new Map(data.map((m: { id: string }) => [m.id, m]))
  const markets = page.map((p) => ({
    ...byId.get(p.id),
    distance_km: Number.isFinite(p.distance) ? Math.round(p.distance * 10) / 10 : null,
  }))
  return { markets, count: ranked.length, offset, limit }
}
