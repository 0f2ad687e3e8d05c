/** One headline figure of a <dl class="figures">; `name` marks it for tests and for styling one figure. */
export function Figure({ label, value, name }: { label: string; value: string | number; name?: string }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd data-figure={name}>{value}</dd>
    </div>
  );
}
