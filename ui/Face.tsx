/** A simple face whose mouth curves from a frown (1) to a broad smile (5). Decorative: the label says it in words. */
export function Face({ value }: { value: 1 | 2 | 3 | 4 | 5 }) {
  const curve = (value - 3) * 9;
  return (
    <svg class="face" viewBox="0 0 100 100" aria-hidden="true" focusable="false">
      <circle class="face__head" cx="50" cy="50" r="45" />
      <circle class="face__eye" cx="35" cy="40" r="6" />
      <circle class="face__eye" cx="65" cy="40" r="6" />
      <path class="face__mouth" d={`M 28 66 Q 50 ${66 + curve} 72 66`} />
    </svg>
  );
}
