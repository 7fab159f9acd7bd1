import { groupThousands, type Phrases } from './phrases';

export const sv: Phrases = {
  topics: {
    bank: [
      {
        subject: 'Kortköp som jag inte känner igen',
        openings: [
          'Hej! Det finns ett köp på {amount} på mitt kort från en butik jag aldrig hört talas om. Kan ni spärra kortet och hjälpa mig få tillbaka pengarna?',
          'Jag tror att någon annan har använt mitt kort. Det är tre köp från utlandet som jag inte har gjort.',
        ],
      },
      {
        subject: 'Borttappat bankkort',
        openings: [
          'Jag tappade plånboken på spårvagnen i går med bankkortet i. Spärra kortet och skicka ett nytt, tack.',
          'Mitt kort är borta, jag glömde det nog på gymmet. Vad gör jag nu?',
        ],
      },
      {
        subject: 'Fråga om fakturaavgiften',
        openings: [
          'Varför får jag betala {amount} för min e-faktura? Avgiften fanns inte förra månaden.',
          'Jag har fått en påminnelseavgift fast jag betalade i tid. Kan ni kolla?',
        ],
      },
      {
        subject: 'Flytt – ny adress',
        openings: [
          'Vi flyttar den 1:a och jag behöver ändra adress för kontoutdrag och det nya kortet.',
          'Ny adress från nästa månad. Måste jag meddela er eller får ni den från folkbokföringen?',
        ],
      },
      {
        subject: 'Bunden ränta på bolånet går ut',
        openings: [
          'Min bindningstid går ut nästa månad. Kan någon ringa mig och gå igenom alternativen?',
          'Jag vill omförhandla räntan på vårt bolån. Vem ska jag prata med?',
        ],
      },
      {
        subject: 'Kan inte logga in i appen',
        openings: [
          'Sedan i går säger appen att mitt BankID inte är giltigt när jag försöker logga in.',
          'Jag får "något gick fel" varje gång jag öppnar appen. Har installerat om den två gånger.',
        ],
      },
      {
        subject: 'Fullmakt för min mamma',
        openings: [
          'Mamma har demens och jag behöver hjälpa henne med räkningarna. Hur registrerar jag en fullmakt?',
        ],
      },
      {
        subject: 'Klagomål: inget svar på låneansökan',
        openings: [
          'Jag har väntat tre veckor på svar om min låneansökan och ingen hör av sig. Det här är inte okej.',
        ],
      },
    ],
    agency: [
      {
        subject: 'Ansökan om bostadsbidrag',
        openings: [
          'Jag skickade in min ansökan om bostadsbidrag i mars och har inte hört något. När får jag beslut?',
          'Måste jag göra en ny ansökan om bostadsbidrag nu när min son har flyttat hemifrån?',
        ],
      },
      {
        subject: 'Föräldrapenning – hur många dagar kvar?',
        openings: ['Hur många dagar med föräldrapenning har jag kvar för vår yngsta?'],
      },
      {
        subject: 'Sjukpenning efter dag 14',
        openings: [
          'Min arbetsgivare säger att jag ska ansöka hos er efter två veckors sjukskrivning. Vilken blankett gäller?',
          'Jag har varit sjuk i tre veckor nu och ingenting har betalats ut. Vad saknas?',
        ],
      },
      {
        subject: 'Beslut som jag inte förstår',
        openings: [
          'Jag fick ett brev om att min ersättning sänks med {amount} i månaden, men jag förstår inte varför. Kan någon förklara?',
        ],
      },
      {
        subject: 'Byte av konto för utbetalningar',
        openings: ['Jag har bytt bank. Hur ser jag till att pengarna kommer till mitt nya konto?'],
      },
      {
        subject: 'Överklagande av beslut',
        openings: [
          'Jag vill överklaga beslutet jag fick förra veckan. Jag håller inte med om att min inkomst är för hög.',
        ],
      },
      {
        subject: 'Läkarintyg skickat med post',
        openings: ['Läkarintyget skickades med posten förra veckan. Har det kommit fram?'],
      },
      {
        subject: 'Klagomål: ingen ringde tillbaka',
        openings: [
          'Jag har blivit lovad att bli uppringd två gånger och ingen har ringt. Jag har väntat på pengar sedan förra månaden.',
        ],
      },
    ],
    utility: [
      {
        subject: 'Mätarställning',
        openings: [
          'Här är min mätarställning: {meter} kWh. Fakturan verkar alldeles för hög för en liten lägenhet.',
          'Displayen på min elmätare är svart. Hur lämnar jag mätarställning?',
        ],
      },
      {
        subject: 'Flytt – säga upp avtalet',
        openings: ['Jag flyttar den 30:e. Säg upp mitt elavtal och berätta vad jag behöver göra.'],
      },
      {
        subject: 'Mycket hög faktura i vinter',
        openings: [
          'Min faktura för januari är på {amount}. Det är dubbelt så mycket som i fjol. Stämmer det?',
        ],
      },
      {
        subject: 'Strömavbrott på vår gata',
        openings: [
          'Vi har varit utan ström sedan sex i morse, hela gatan. När kommer den tillbaka?',
          'Strömmen går och kommer på kvällarna. Grannen har samma problem.',
        ],
      },
      {
        subject: 'Byta till fast pris',
        openings: ['Jag vill byta till fast pris i två år. Vad kostar det?'],
      },
      {
        subject: 'Autogirot drogs inte',
        openings: ['Jag har fått en påminnelse fast jag har autogiro. Varför drogs inte pengarna?'],
      },
      {
        subject: 'Avbetalningsplan för obetald faktura',
        openings: ['Jag kan inte betala hela fakturan på en gång den här månaden. Kan jag dela upp den?'],
      },
      {
        subject: 'Klagomål på uppskattade fakturor',
        openings: [
          'I ett halvår har ni fakturerat mig på uppskattad förbrukning, fast jag lämnar mätarställning varje månad.',
        ],
      },
    ],
  },
  followUps: [
    'Tack! En fråga till: gäller det här även min sambo?',
    'Har ni hunnit titta på det här? Det har gått en vecka.',
    'Här kommer dokumentet ni bad om.',
    'Förlåt, jag missade ert samtal. Jag kan prata efter kl. 15.',
    'Jag har fortfarande inte fått något. Vad händer?',
    'Vad bra, tack för hjälpen!',
    'Jag förstår inte vad ni menar. Kan ni förklara enklare?',
    'Kan ni skicka svaret med post också? Jag läser inte mejl så ofta.',
  ],
  replies: [
    'Hej {first}! Tack för att du hörde av dig. Jag har tittat på ärendet och återkommer senast på {weekday}. Vänliga hälsningar, {agent}',
    'Hej {first}, tack för ditt tålamod. Felet är rättat och du ser det på nästa faktura. Hälsningar {agent}',
    'Hej {first}! Vi behöver en kopia av dokumentet för att gå vidare. Du kan ladda upp det när du loggar in, eller skicka det med post. Hälsningar {agent}',
    'Hej {first}, jag har stämt av med gruppen som handlägger det här: det är på gång och ska vara klart inom fem arbetsdagar. /{agent}',
    'Hej {first}! Beloppet är återbetalt till ditt konto i dag. Ledsen för besväret. Vänliga hälsningar, {agent}',
    'Hej {first}, jag har skickat din fråga vidare till en specialist som kontaktar dig direkt. Hälsningar {agent}',
  ],
  callSummaries: [
    'Ringde upp {first}. Förklarade nästa steg; hen var nöjd med det.',
    'Ringde {first}, inget svar. Lämnade meddelande om att ringa oss.',
    'Ringde {first} och gick igenom beslutet tillsammans. Skickar in de saknade papperen den här veckan.',
    'Samtal med {first}: vi väntar in kontoutdraget innan vi gör något mer.',
  ],
  incomingCall: 'Inkommande samtal.',
  frontDeskVisit: 'Besök i kundtjänsten.',
  notes: [
    'Kunden lät stressad; var lugn och ge ett tydligt datum.',
    'Andra gången hen frågar om detta – se tidigare ärende.',
    'Pratat med teamledaren: vi kan göra ett undantag den här gången.',
    'Brevet vi skickade hade fel datum. Det förklarar förvirringen.',
    'Föredrar mejl. Ring inte under arbetstid.',
  ],
  domainNotes: {
    bank: [
      'Kollat betalhistoriken: avgiften kom med den nya prislistan i maj.',
      'Kortet spärrat 14.02; de omtvistade köpen ligger hos reklamationsgruppen.',
    ],
    agency: [
      'Väntar på inskannat intyg; inget mer vi kan göra innan det kommer.',
      'Inkomstuppgifterna från Skatteverket skiljer sig från ansökan; bett handläggaren kontrollera.',
    ],
    utility: [
      'Bett fältservice (ärende 4471) kontrollera mätardata.',
      'Tre uppskattade avläsningar i rad: mätaren har inte rapporterat sedan oktober.',
    ],
  },
  handovers: [
    'Lämnar över till {to} medan jag är ledig. Öppet: väntar på intyget; kunden vill helst bli uppringd efter 15.',
    '{to}, beslutet är fattat men kunden har inte förstått det än. Ring och förklara lugnt.',
    'Över till {to} som kan backoffice-systemet bättre. Alla handlingar är inne; bara återbetalningen kvar.',
    'Sommarvikarien har haft ärendet hittills och brevet gick ut med fel belopp. {to}, ta över härifrån.',
  ],
  promises: {
    callBack: [
      'Jag ringer upp dig när jag har pratat med backoffice.',
      'Jag ringer upp dig med beslutet.',
      'Jag ringer upp dig efter kl. 15 som du bad om.',
    ],
    other: {
      bank: [
        'Återbetala avgiften och bekräfta via mejl.',
        'Skicka det nya kortet inom tre arbetsdagar.',
        'Skicka fullmaktsblanketten med post.',
      ],
      agency: [
        'Bekräfta skriftligt att överklagandet har kommit in.',
        'Kontrollera att läkarintyget är registrerat och svara senast på {weekday}.',
        'Skicka en skriftlig förklaring av beslutet.',
      ],
      utility: [
        'Kontrollera mätardata och svara senast på {weekday}.',
        'Skicka den rättade fakturan via mejl.',
        'Lägga upp avbetalningsplanen och skicka den för underskrift.',
      ],
    },
  },
  promiseKept: {
    callBack: ['Ringde upp som utlovat; kunden nöjd.', 'Ringde upp som utlovat och gick igenom allt.'],
    other: ['Skickat som utlovat.', 'Klart, och bekräftat till kunden via mejl.'],
  },
  promiseCancelled: [
    'Kunden löste det själv i appen.',
    'Dubblett – hanteras i det andra ärendet.',
    'Behövs inte längre: kunden drog tillbaka sin begäran.',
  ],
  personNotes: [
    'Hörselskadad: föredrar mejl eller sms framför telefonsamtal.',
    'Vill bli uppringd efter kl. 15; jobbar skift.',
    'Har nyligen förlorat sin partner. Ta god tid och var tydlig med nästa steg.',
    'Har fullmakt för sin pappa; båda namnen finns på ärendet.',
    'Blir orolig av brev från myndigheter. Ett kort samtal först hjälper mycket.',
    'Vill ha allt skriftligt också, efter ett missförstånd 2023.',
  ],
  savedReplies: [
    {
      title: 'Tack, vi tittar på det',
      body: ['Hej! Tack för ditt meddelande. Vi tittar på det och återkommer inom två arbetsdagar.'],
    },
    {
      title: 'Komplettering behövs',
      body: [
        'Hej! För att gå vidare behöver vi en kopia av dokumentet som nämns i vårt brev.',
        'Du kan ladda upp det när du loggar in, eller skicka det med post.',
      ],
    },
    {
      title: 'Spärrat kort',
      body: [
        'Hej! Ditt kort är nu spärrat. Ett nytt kort skickas till din folkbokföringsadress inom fem arbetsdagar.',
      ],
    },
  ],
  interpreterNote: 'Använder tolk ({language}). Boka tolk innan du ringer.',
  languageNames: {
    ar: 'arabiska',
    so: 'somaliska',
    ti: 'tigrinska',
    fa: 'persiska',
    uk: 'ukrainska',
    vi: 'vietnamesiska',
    tr: 'turkiska',
    pl: 'polska',
  },
  weekdays: ['måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag'],
  money: (amount) => `${groupThousands(amount)} kr`,
};
