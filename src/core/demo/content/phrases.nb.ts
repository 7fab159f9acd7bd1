import { groupThousands, type Phrases } from './phrases';

export const nb: Phrases = {
  topics: {
    bank: [
      {
        subject: 'Kortkjøp jeg ikke kjenner igjen',
        openings: [
          'Hei! Det står et kjøp på {amount} på kortet mitt fra en butikk jeg aldri har hørt om. Kan dere sperre kortet og hjelpe meg å få pengene tilbake?',
          'Jeg tror noen andre har brukt kortet mitt. Det er tre kjøp fra utlandet som jeg ikke har gjort.',
        ],
      },
      {
        subject: 'Mistet bankkort',
        openings: [
          'Jeg mistet lommeboka på trikken i går med bankkortet i. Sperr kortet og send et nytt, takk.',
          'Kortet mitt er borte, jeg glemte det nok på treningssenteret. Hva gjør jeg nå?',
        ],
      },
      {
        subject: 'Spørsmål om fakturagebyret',
        openings: [
          'Hvorfor må jeg betale {amount} for eFakturaen? Gebyret var ikke der forrige måned.',
          'Jeg har fått purregebyr selv om jeg betalte i tide. Kan dere sjekke?',
        ],
      },
      {
        subject: 'Flytting – ny adresse',
        openings: [
          'Vi flytter den 1. og jeg må endre adresse for kontoutskrifter og det nye kortet.',
          'Ny adresse fra neste måned. Må jeg si fra, eller får dere den fra folkeregisteret?',
        ],
      },
      {
        subject: 'Fastrenten på boliglånet går ut',
        openings: [
          'Fastrenten min går ut neste måned. Kan noen ringe meg og gå gjennom alternativene?',
          'Jeg vil reforhandle renten på boliglånet vårt. Hvem snakker jeg med?',
        ],
      },
      {
        subject: 'Får ikke logget inn i appen',
        openings: [
          'Siden i går sier appen at BankID-en min ikke er gyldig når jeg prøver å logge inn.',
          'Jeg får «noe gikk galt» hver gang jeg åpner appen. Har installert den på nytt to ganger.',
        ],
      },
      {
        subject: 'Fullmakt for min mor',
        openings: [
          'Mamma har demens, og jeg må hjelpe henne med regningene. Hvordan registrerer jeg en fullmakt?',
        ],
      },
      {
        subject: 'Klage: ikke svar på lånesøknaden',
        openings: [
          'Jeg har ventet tre uker på svar på lånesøknaden, og ingen tar kontakt. Dette er ikke greit.',
        ],
      },
    ],
    agency: [
      {
        subject: 'Søknad om bostøtte',
        openings: [
          'Jeg sendte søknad om bostøtte i mars og har ikke hørt noe. Når får jeg vedtak?',
          'Må jeg sende ny søknad om bostøtte nå som sønnen min har flyttet ut?',
        ],
      },
      {
        subject: 'Foreldrepenger – hvor mange dager igjen?',
        openings: ['Hvor mange dager med foreldrepenger har jeg igjen for den yngste?'],
      },
      {
        subject: 'Sykepenger etter arbeidsgiverperioden',
        openings: [
          'Arbeidsgiveren min sier at jeg må søke hos dere etter to ukers sykmelding. Hvilket skjema gjelder?',
          'Jeg har vært syk i tre uker nå, og ingenting er utbetalt. Hva mangler?',
        ],
      },
      {
        subject: 'Vedtak jeg ikke forstår',
        openings: [
          'Jeg fikk brev om at ytelsen min blir redusert med {amount} i måneden, men jeg skjønner ikke hvorfor. Kan noen forklare?',
        ],
      },
      {
        subject: 'Bytte konto for utbetalinger',
        openings: ['Jeg har byttet bank. Hvordan sørger jeg for at pengene kommer til den nye kontoen?'],
      },
      {
        subject: 'Klage på vedtak',
        openings: [
          'Jeg vil klage på vedtaket jeg fikk forrige uke. Jeg er ikke enig i at inntekten min er for høy.',
        ],
      },
      {
        subject: 'Legeerklæring sendt i posten',
        openings: ['Legeerklæringen ble sendt i posten forrige uke. Har den kommet fram?'],
      },
      {
        subject: 'Klage: ingen ringte tilbake',
        openings: [
          'Jeg har fått løfte om å bli ringt opp to ganger, og ingen har ringt. Jeg har ventet på penger siden forrige måned.',
        ],
      },
    ],
    utility: [
      {
        subject: 'Måleravlesning',
        openings: [
          'Her er måleravlesningen min: {meter} kWh. Regningen virker altfor høy for en liten leilighet.',
          'Skjermen på strømmåleren er svart. Hvordan sender jeg inn avlesning?',
        ],
      },
      {
        subject: 'Flytting – si opp avtalen',
        openings: ['Jeg flytter den 30. Si opp strømavtalen min og fortell meg hva jeg må gjøre.'],
      },
      {
        subject: 'Svært høy faktura i vinter',
        openings: ['Fakturaen min for januar er på {amount}. Det er dobbelt så mye som i fjor. Stemmer det?'],
      },
      {
        subject: 'Strømbrudd i gata vår',
        openings: [
          'Vi har vært uten strøm siden seks i morges, hele gata. Når kommer den tilbake?',
          'Strømmen går og kommer om kveldene. Naboen har samme problem.',
        ],
      },
      {
        subject: 'Bytte til fastpris',
        openings: ['Jeg vil bytte til fastpris i to år. Hva koster det?'],
      },
      {
        subject: 'AvtaleGiro ble ikke trukket',
        openings: ['Jeg har fått purring selv om jeg har AvtaleGiro. Hvorfor ble ikke pengene trukket?'],
      },
      {
        subject: 'Nedbetalingsplan for ubetalt faktura',
        openings: ['Jeg klarer ikke å betale hele fakturaen på én gang denne måneden. Kan jeg dele den opp?'],
      },
      {
        subject: 'Klage på stipulerte fakturaer',
        openings: [
          'I et halvt år har dere fakturert meg etter stipulert forbruk, selv om jeg sender avlesning hver måned.',
        ],
      },
    ],
  },
  followUps: [
    'Takk! Et spørsmål til: gjelder dette også samboeren min?',
    'Har dere rukket å se på dette? Det har gått en uke.',
    'Her er dokumentet dere ba om.',
    'Beklager, jeg gikk glipp av samtalen. Jeg kan snakke etter kl. 15.',
    'Jeg har fortsatt ikke fått noe. Hva skjer?',
    'Så bra, takk for hjelpen!',
    'Jeg forstår ikke hva dere mener. Kan dere forklare enklere?',
    'Kan dere sende svaret i posten også? Jeg leser ikke e-post så ofte.',
  ],
  replies: [
    'Hei {first}! Takk for at du tok kontakt. Jeg har sett på saken og kommer tilbake til deg senest {weekday}. Vennlig hilsen {agent}',
    'Hei {first}, takk for tålmodigheten. Feilen er rettet, og du ser det på neste faktura. Hilsen {agent}',
    'Hei {first}! Vi trenger en kopi av dokumentet for å gå videre. Du kan laste det opp når du logger inn, eller sende det i posten. Hilsen {agent}',
    'Hei {first}, jeg har sjekket med gruppen som behandler dette: det er på vei og skal være ferdig innen fem virkedager. {agent}',
    'Hei {first}! Beløpet er tilbakebetalt til kontoen din i dag. Beklager bryderiet. Vennlig hilsen {agent}',
    'Hei {first}, jeg har sendt spørsmålet ditt videre til en spesialist som tar kontakt direkte. Hilsen {agent}',
  ],
  callSummaries: [
    'Ringte {first} tilbake. Forklarte neste steg; vedkommende var fornøyd med det.',
    'Ringte {first}, ikke svar. La igjen beskjed om å ringe oss.',
    'Ringte {first} og gikk gjennom vedtaket sammen. Sender de manglende papirene denne uka.',
    'Samtale med {first}: vi venter på kontoutskriften før vi gjør noe mer.',
  ],
  incomingCall: 'Innkommende samtale.',
  frontDeskVisit: 'Besøk i skranken.',
  notes: [
    'Kunden hørtes stresset ut; vær rolig og gi en tydelig dato.',
    'Andre gang vedkommende spør om dette – se forrige sak.',
    'Snakket med teamlederen: vi kan gjøre et unntak denne gangen.',
    'Brevet vi sendte hadde feil dato. Det forklarer forvirringen.',
    'Foretrekker e-post. Ikke ring i arbeidstiden.',
  ],
  domainNotes: {
    bank: [
      'Sjekket betalingshistorikken: gebyret kom med den nye prislisten i mai.',
      'Kortet sperret 14.02; de omstridte kjøpene ligger hos reklamasjonsgruppen.',
    ],
    agency: [
      'Venter på innskannet erklæring; ingenting mer vi kan gjøre før den kommer.',
      'Inntektsopplysningene fra Skatteetaten avviker fra søknaden; bedt saksbehandleren sjekke.',
    ],
    utility: [
      'Bedt feltservice (sak 4471) om å kontrollere måledataene.',
      'Tre stipulerte avlesninger på rad: måleren har ikke rapportert siden oktober.',
    ],
  },
  handovers: [
    'Overlater til {to} mens jeg har fri. Åpent: venter på erklæringen; kunden vil helst ringes etter 15.',
    '{to}, vedtaket er fattet, men kunden har ikke forstått det ennå. Ring og forklar rolig.',
    'Over til {to}, som kan backoffice-systemet bedre. Alle dokumenter er inne; bare tilbakebetalingen gjenstår.',
    'Sommervikaren har hatt saken til nå, og brevet gikk ut med feil beløp. {to}, ta over herfra.',
  ],
  promises: {
    callBack: [
      'Jeg ringer deg tilbake når jeg har snakket med backoffice.',
      'Jeg ringer deg tilbake med vedtaket.',
      'Jeg ringer deg tilbake etter kl. 15 som du ba om.',
    ],
    other: {
      bank: [
        'Tilbakebetale gebyret og bekrefte på e-post.',
        'Sende det nye kortet innen tre virkedager.',
        'Sende fullmaktsskjemaet i posten.',
      ],
      agency: [
        'Bekrefte skriftlig at klagen er mottatt.',
        'Sjekke at legeerklæringen er registrert og svare senest {weekday}.',
        'Sende en skriftlig forklaring av vedtaket.',
      ],
      utility: [
        'Kontrollere måledataene og svare senest {weekday}.',
        'Sende den rettede fakturaen på e-post.',
        'Sette opp nedbetalingsplanen og sende den til signering.',
      ],
    },
  },
  promiseKept: {
    callBack: ['Ringte tilbake som lovet; kunden fornøyd.', 'Ringte tilbake som lovet og gikk gjennom alt.'],
    other: ['Sendt som lovet.', 'Ferdig, og bekreftet til kunden på e-post.'],
  },
  promiseCancelled: [
    'Kunden løste det selv i appen.',
    'Duplikat – behandles i den andre saken.',
    'Ikke lenger nødvendig: kunden trakk henvendelsen.',
  ],
  personNotes: [
    'Hørselshemmet: foretrekker e-post eller SMS framfor telefon.',
    'Vil helst ringes etter kl. 15; jobber skift.',
    'Har nylig mistet partneren sin. Ta deg god tid og vær tydelig på neste steg.',
    'Har fullmakt for faren sin; begge navnene står på saken.',
    'Blir urolig av brev fra offentlige etater. En kort telefon først hjelper mye.',
    'Vil ha alt skriftlig i tillegg, etter en misforståelse i 2023.',
  ],
  savedReplies: [
    {
      title: 'Takk, vi ser på det',
      body: ['Hei! Takk for meldingen. Vi ser på saken og kommer tilbake til deg innen to virkedager.'],
    },
    {
      title: 'Vi trenger mer dokumentasjon',
      body: [
        'Hei! For å gå videre trenger vi en kopi av dokumentet som er nevnt i brevet vårt.',
        'Du kan laste det opp når du logger inn, eller sende det i posten.',
      ],
    },
    {
      title: 'Strømbrudd – feilretting pågår',
      body: [
        'Hei! Vi kjenner til strømbruddet i området ditt. Montørene er på plass, og vi regner med strøm innen kvelden.',
      ],
    },
  ],
  interpreterNote: 'Bruker tolk ({language}). Bestill tolk før du ringer.',
  languageNames: {
    ar: 'arabisk',
    so: 'somali',
    ti: 'tigrinja',
    fa: 'persisk',
    uk: 'ukrainsk',
    vi: 'vietnamesisk',
    tr: 'tyrkisk',
    pl: 'polsk',
  },
  weekdays: ['mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag'],
  money: (amount) => `${groupThousands(amount)} kr`,
};
