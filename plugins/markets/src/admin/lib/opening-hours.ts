import type { OpeningHours, OpeningInterval } from "./markets"

/** The Iranian week, Saturday first. */
export const DAYS = ["sat", "sun", "mon", "tue", "wed", "thu", "fri"] as const
export type Day = (typeof DAYS)[number]

export const DEFAULT_INTERVAL: OpeningInterval = { open: "09:00", close: "18:00" }

/** Every day present: an empty list is a closed day. */
export function toHoursDraft(hours: OpeningHours | null | undefined): Record<Day, OpeningInterval[]> {
  return Object.fromEntries(DAYS.map((day) => [day, [...(hours?.[day] ?? [])]])) as Record<Day, OpeningInterval[]>
}

export function isValidHours(draft: Record<Day, OpeningInterval[]>): boolean {
  return DAYS.every((day) => draft[day].every((interval) => interval.open < interval.close))
}
