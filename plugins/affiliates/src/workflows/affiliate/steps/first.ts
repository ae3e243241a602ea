import { transform, type WorkflowData } from "@medusajs/framework/workflows-sdk"

/** The first row a records step returned (step results cannot be destructured inside a workflow). */
export function first<T>(rows: WorkflowData<T[]>): WorkflowData<T> {
  return transform({ rows }, ({ rows }) => rows[0]) as WorkflowData<T>
}
