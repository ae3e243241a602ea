import { execFileSync } from "node:child_process"

/** A free TCP port, found synchronously: the app's callback URL must be known before the app boots. */
export function freePort(): number {
  const script = "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})"
  return Number(execFileSync(process.execPath, ["-e", script]).toString())
}
