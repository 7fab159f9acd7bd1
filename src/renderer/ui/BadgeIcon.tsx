/** Small marks inside badges: a clock for "due", an exclamation for "overdue". The badge text says it. */
export function BadgeIcon({ kind }: { kind: 'due' | 'overdue' }) {
  return (
    <svg
      width="12"
      height="12"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2.5"
      strokeLinecap="round"
      aria-hidden="true"
      focusable="false"
    >
      {kind === 'due' ? (
        <>
          <circle cx="12" cy="12" r="9" />
          <path d="M12 7v5l3 2" />
        </>
      ) : (
        <>
          <path d="M12 5v9" />
          <path d="M12 19h.01" />
        </>
      )}
    </svg>
  );
}
