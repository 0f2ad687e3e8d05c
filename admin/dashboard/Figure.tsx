/** One headline figure of a <dl class="figures">, already formatted for the screen's language; `name` marks it for
 *  tests and for styling one figure. */
export function Figure({ label, value, name }: { label: string; value: string; name?: string }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd data-figure={name}>{value}</dd>
    </div>
  );
}
