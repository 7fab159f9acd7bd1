// 20×20 outline icons drawn with the text colour, so they follow the theme. Decorative: buttons carry the name.
const svg = { width: 18, height: 18, viewBox: '0 0 20 20', 'aria-hidden': true, focusable: false } as const;
const stroke = {
  fill: 'none',
  stroke: 'currentColor',
  strokeWidth: 1.6,
  strokeLinecap: 'round',
  strokeLinejoin: 'round',
} as const;

export const BoldIcon = () => (
  <svg {...svg}>
    <path {...stroke} strokeWidth={2.2} d="M6 4h5a3 3 0 0 1 0 6H6zM6 10h6a3 3 0 0 1 0 6H6z" />
  </svg>
);

export const ItalicIcon = () => (
  <svg {...svg}>
    <path {...stroke} d="M9 4h6M5 16h6M12 4 8 16" />
  </svg>
);

export const BulletListIcon = () => (
  <svg {...svg}>
    <circle cx="4" cy="5.5" r="1.3" fill="currentColor" />
    <circle cx="4" cy="10" r="1.3" fill="currentColor" />
    <circle cx="4" cy="14.5" r="1.3" fill="currentColor" />
    <path {...stroke} d="M8 5.5h9M8 10h9M8 14.5h9" />
  </svg>
);

export const NumberedListIcon = () => (
  <svg {...svg}>
    <path {...stroke} strokeWidth={1.3} d="M3 3.5h1.5V8M3 8h3M3 12.5a1.5 1.5 0 0 1 3 .3c0 1-3 2-3 3.7h3" />
    <path {...stroke} d="M9 5.5h8M9 10h8M9 14.5h8" />
  </svg>
);

export const QuoteIcon = () => (
  <svg {...svg}>
    <path {...stroke} d="M4 4v12M8 6h8M8 10h8M8 14h5" />
  </svg>
);

export const LinkIcon = () => (
  <svg {...svg}>
    <path {...stroke} d="M8.5 11.5a3 3 0 0 0 4.2 0l3-3a3 3 0 0 0-4.2-4.2l-1 1" />
    <path {...stroke} d="M11.5 8.5a3 3 0 0 0-4.2 0l-3 3a3 3 0 0 0 4.2 4.2l1-1" />
  </svg>
);

export const SavedReplyIcon = () => (
  <svg {...svg}>
    <path {...stroke} d="M3 4h14v9H9l-4 3v-3H3z" />
    <path {...stroke} d="M6 7h8M6 10h5" />
  </svg>
);
