import { useSyncExternalStore, type ComponentType } from "react"

/**
 * Extension slots on Asoud plugins' own admin pages. Medusa's widget zones exist only on Medusa's
 * pages, so a plugin page (e.g. a market's page) renders `<AdminSlot name="market.details.after" />`
 * and another plugin adds a section to it with `registerAdminSlot(...)` at module load (from one of
 * its widget or route files). The registry lives on `globalThis` so every plugin's admin bundle shares
 * it, whichever copy of this package it was built with.
 */
type SlotEntry = { id: string; order: number; component: ComponentType<any> }
type Registry = { slots: Map<string, SlotEntry[]>; listeners: Set<() => void> }

const KEY = Symbol.for("asoud.admin-kit.slots")

function registry(): Registry {
  const holder = globalThis as unknown as Record<symbol, Registry | undefined>
  holder[KEY] ??= { slots: new Map(), listeners: new Set() }
  return holder[KEY]!
}

/** Adds (or replaces, by id) a section in a slot; lower `order` renders first. */
export function registerAdminSlot<P>(slot: string, id: string, component: ComponentType<P>, order = 100) {
  const { slots, listeners } = registry()
  const entries = (slots.get(slot) ?? []).filter((entry) => entry.id !== id)
  entries.push({ id, order, component })
  entries.sort((a, b) => a.order - b.order || a.id.localeCompare(b.id))
  slots.set(slot, entries)
  listeners.forEach((listener) => listener())
}

const NONE: readonly SlotEntry[] = []

/** The sections of a slot; the same array until the slot changes (a stable snapshot for React). */
export function adminSlotEntries(slot: string): readonly SlotEntry[] {
  return registry().slots.get(slot) ?? NONE
}

const subscribe = (listener: () => void) => {
  registry().listeners.add(listener)
  return () => void registry().listeners.delete(listener)
}

/** Renders every section registered for `name`, each with `props`. */
export function AdminSlot<P extends object>({ name, props }: { name: string; props: P }) {
  const entries = useSyncExternalStore(subscribe, () => adminSlotEntries(name))
  return (
    <>
      {entries.map(({ id, component: Section }) => (
        <Section key={id} {...props} />
      ))}
    </>
  )
}
