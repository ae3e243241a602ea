// @ts-check
// The load generator, run as its own process so it does not share a CPU-bound event loop with the
// harness: node bench/drive.mjs '<json spec>' prints autocannon's result as JSON.
// spec: { url, method, paths: string[], headers, body, connections, duration }. Connection i sends
// every request to paths[i % paths.length], e.g. one cart per connection, so requests measure the
// route and not contention on one cart's lock.
import autocannon from "autocannon"

const spec = JSON.parse(process.argv[2])
let nextConnection = 0

const instance = autocannon({
  url: spec.url,
  connections: spec.connections,
  duration: spec.duration,
  requests: [
    {
      method: spec.method,
      headers: spec.headers,
      body: spec.body === undefined ? undefined : JSON.stringify(spec.body),
      setupRequest: (request, context) => {
        if (context.path === undefined) {
          context.path = spec.paths[nextConnection++ % spec.paths.length]
        }
        return { ...request, path: context.path }
      },
    },
  ],
})

instance.on("done", (result) => {
  process.stdout.write(JSON.stringify(result))
})
