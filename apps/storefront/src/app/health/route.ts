/** Liveness for the launcher and load balancers: answers without calling the store API. */
export function GET() {
  return Response.json({ status: "ok" })
}
