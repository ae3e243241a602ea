"use client"

import type { ReactNode } from "react"
import { useFormStatus } from "react-dom"

/** A submit button that shows the form is on its way (server actions take a round trip). */
export function SubmitButton({ children, disabled, className, name, value }: { children: ReactNode; disabled?: boolean; className?: string; name?: string; value?: string }) {
  const { pending } = useFormStatus()
  return (
    <button type="submit" className={className} disabled={disabled || pending} aria-busy={pending} name={name} value={value}>
      {pending ? "لطفاً صبر کنید…" : children}
    </button>
  )
}
