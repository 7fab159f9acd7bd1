import { defineStrings } from '../defineStrings';

/** The command palette (Ctrl/Cmd+K). Places reuse nav.* and views.*; actions reuse shortcuts.actions.*. */
export const paletteStrings = defineStrings({
  en: {
    title: 'Command palette',
    placeholder: 'Type an action, a place or a saved reply…',
    empty: 'Nothing matches.',
    places: 'Places',
    actions: 'Actions',
    savedReplies: 'Saved replies',
    notHere: 'not available here',
    openACase: 'Open a case to insert a saved reply.',
  },
  sv: {
    title: 'Kommandopaletten',
    placeholder: 'Skriv en åtgärd, en plats eller ett sparat svar…',
    empty: 'Inget matchar.',
    places: 'Platser',
    actions: 'Åtgärder',
    savedReplies: 'Sparade svar',
    notHere: 'inte tillgängligt här',
    openACase: 'Öppna ett ärende för att infoga ett sparat svar.',
  },
  nb: {
    title: 'Kommandopaletten',
    placeholder: 'Skriv en handling, et sted eller et lagret svar …',
    empty: 'Ingen treff.',
    places: 'Steder',
    actions: 'Handlinger',
    savedReplies: 'Lagrede svar',
    notHere: 'ikke tilgjengelig her',
    openACase: 'Åpne en sak for å sette inn et lagret svar.',
  },
});
