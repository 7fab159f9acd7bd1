import type { Phrases, TextLocale } from './phrases';
import { en } from './phrases.en';
import { nb } from './phrases.nb';
import { sv } from './phrases.sv';

export const phrasesByLocale: Record<TextLocale, Phrases> = { sv, nb, en };
