// What became of an account form's request: a status line that screen readers announce, and the
// server's refusal (or the missing connection) as an alert below it.
export function Outcome({ status, failure }: { status: string | null; failure: string | null }) {
  return (
    <>
      <p role="status">{status}</p>
      {failure ? (
        <p className="form-errors" role="alert">
          {failure}
        </p>
      ) : null}
    </>
  );
}
