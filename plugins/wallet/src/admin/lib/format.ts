const rial = new Intl.NumberFormat("fa-IR")

/** IRR amounts arrive as whole numbers; shown with Persian digits and grouping. */
export function formatRial(amount: number | string | null | undefined): string {
  return `${rial.format(Number(amount ?? 0))} ریال`
}

export function formatDate(value: string | null | undefined): string {
  return value ? new Date(value).toLocaleString("fa-IR") : "—"
}
