import { useSyncExternalStore } from "react"
import type { MoneyUnit } from "../money"

const STORAGE_KEY = "asoud.moneyUnit"
const listeners = new Set<() => void>()

function readUnit(): MoneyUnit {
  try {
    return window.localStorage.getItem(STORAGE_KEY) === "IRT" ? "IRT" : "IRR"
  } catch {
    return "IRR"
  }
}

function subscribe(listener: () => void) {
  listeners.add(listener)
  // another tab of the admin changed the choice
  const onStorage = (event: StorageEvent) => event.key === STORAGE_KEY && listener()
  window.addEventListener("storage", onStorage)
  return () => {
    listeners.delete(listener)
    window.removeEventListener("storage", onStorage)
  }
}

/** Rial or Toman on screen: one choice per browser, shared by every Asoud screen. Stored amounts stay IRR. */
export function setMoneyUnit(unit: MoneyUnit) {
  try {
    window.localStorage.setItem(STORAGE_KEY, unit)
  } catch {
    // private mode without storage: the choice lasts until the page reloads
  }
  listeners.forEach((listener) => listener())
}

export function useMoneyUnit(): [MoneyUnit, (unit: MoneyUnit) => void] {
  return [useSyncExternalStore(subscribe, readUnit, () => "IRR" as MoneyUnit), setMoneyUnit]
}
