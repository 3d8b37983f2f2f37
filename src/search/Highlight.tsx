/** Marks matched character ranges with <mark>, as text nodes only. */
export function Highlight({ text, ranges }: { text: string; ranges: readonly [number, number][] }) {
  if (!ranges.length) return <>{text}</>;
  const parts: React.ReactNode[] = [];
  let at = 0;
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  sorted.forEach(([a, b], i) => {
    if (a < at || a >= text.length) return;
    if (a > at) parts.push(text.slice(at, a));
    parts.push(<mark key={i}>{text.slice(a, b + 1)}</mark>);
    at = b + 1;
  });
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}
