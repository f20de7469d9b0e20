import { useId } from "react";
import { ServerField } from "./server-field";

interface FieldProps {
  label: string;
  required?: boolean;
  hint?: string;
  error?: string;
  children: (ids: { id: string; describedBy: string | undefined; invalid: boolean }) => React.ReactNode;
}

/** A labelled form control with its hint and its Chinese error, wired for screen readers. */
export function Field({ children, ...props }: FieldProps) {
  const id = useId();
  return (
    <ServerField id={id} {...props}>
      {(wiring) => children({ id: wiring.id, describedBy: wiring["aria-describedby"], invalid: wiring["aria-invalid"] })}
    </ServerField>
  );
}
