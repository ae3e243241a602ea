import { redirect } from "next/navigation"

/**
 * An affiliate's category link is `/categories/<handle>?ref=…` (@asoud/affiliates); the catalogue
 * shows a category at `/products?category=<handle>`. The proxy has recorded the click by now.
 */
export default async function CategoryPage({ params }: { params: Promise<{ handle: string }> }) {
  const { handle } = await params
  redirect(`/products?category=${encodeURIComponent(handle)}`)
}
