/** Times as the documents UI says them: "14:32" today, "3 Jan, 14:32" on another day, in the user's locale. */

/** A saved-at time relative to `now`. */
export function formatWhen(iso: string, now: Date = new Date(), locale?: string): string {
  const when = new Date(iso);
  const time = when.toLocaleTimeString(locale, { hour: 'numeric', minute: '2-digit' });
  if (when.toDateString() === now.toDateString()) return time;
  const sameYear = when.getFullYear() === now.getFullYear();
  const day = when.toLocaleDateString(locale, { day: 'numeric', month: 'short', ...(sameYear ? {} : { year: 'numeric' }) });
  return `${day}, ${time}`;
}
