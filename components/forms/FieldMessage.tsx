/** The error beside a field; its id is what the field's aria-describedby points to. */
export function FieldMessage({ id, error, prefix }: { id: string; error?: { message: string }; prefix: string }) {
  if (!error) return null;
  return (
    <p id={id} className="mt-2 font-semibold text-red-800">
      <span className="sr-only">{prefix} </span>
      {error.message}
    </p>
  );
}
