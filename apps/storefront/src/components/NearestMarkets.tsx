"use client"

import { useRouter, useSearchParams } from "next/navigation"
import { useState } from "react"

/** Asks the browser for the shopper's location and lists markets nearest first (`lat`/`lng`). */
export function NearestMarketsButton() {
  const router = useRouter()
  const params = useSearchParams()
  const [state, setState] = useState<"idle" | "asking" | "denied">("idle")

  const locate = () => {
    if (!("geolocation" in navigator)) {
      setState("denied")
      return
    }
    setState("asking")
    navigator.geolocation.getCurrentPosition(
      (position) => {
        const next = new URLSearchParams(params.toString())
        next.set("lat", position.coords.latitude.toFixed(4))
        next.set("lng", position.coords.longitude.toFixed(4))
        router.push(`/markets?${next.toString()}`)
        setState("idle")
      },
      () => setState("denied"),
      { timeout: 10_000 }
    )
  }

  return (
    <span className="row">
      <button type="button" className="secondary" onClick={locate} disabled={state === "asking"}>
        {state === "asking" ? "در حال یافتن موقعیت…" : "نزدیک‌ترین به من"}
      </button>
      {state === "denied" ? <span className="muted small">دسترسی به موقعیت داده نشد.</span> : null}
    </span>
  )
}
