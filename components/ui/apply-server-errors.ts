import type { FieldValues, Path, UseFormSetError } from "react-hook-form";

/**
 * Put the server's per-field messages next to the fields (same paths as the shared zod schema).
 * Forms with an error summary pass `focus: false`: the summary takes the focus, not the first field.
 */
export function applyServerErrors<T extends FieldValues>(
  setError: UseFormSetError<T>,
  errors: { path: string; message: string }[] | undefined,
  { focus = true }: { focus?: boolean } = {},
): void {
  for (const error of errors ?? []) {
    if (error.path) setError(error.path as Path<T>, { type: "server", message: error.message }, { shouldFocus: focus });
  }
}
