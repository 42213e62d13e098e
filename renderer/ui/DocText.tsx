/** An op's doc text, with `backticked` spans shown as code. */

/** Renders doc text; odd segments between backticks are code. */
export function DocText({ text }: { text: string }) {
  return (
    <>
      {text.split('`').map((part, i) => (i % 2 === 1 ? <code key={i}>{part}</code> : part))}
    </>
  );
}
