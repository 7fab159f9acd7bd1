import type { Country } from './names';

/** Where the demo's people live: street addresses and fictional mail domains per country. */
export interface Place {
  streets: readonly string[];
  /** `postcode city` lines. */
  towns: readonly string[];
}

export const places: Record<Country, Place> = {
  se: {
    streets: [
      'Storgatan',
      'Kungsgatan',
      'Drottninggatan',
      'Västra Hamngatan',
      'Ågatan',
      'Skolgatan',
      'Järnvägsgatan',
      'Östra Långgatan',
      'Björkvägen',
      'Hälsingegatan',
    ],
    towns: [
      '411 38 Göteborg',
      '113 51 Stockholm',
      '211 22 Malmö',
      '753 20 Uppsala',
      '903 26 Umeå',
      '582 24 Linköping',
      '831 30 Östersund',
      '702 11 Örebro',
      '972 31 Luleå',
      '352 30 Växjö',
    ],
  },
  no: {
    streets: [
      'Kirkeveien',
      'Storgata',
      'Thorvald Meyers gate',
      'Bryggen',
      'Søndre gate',
      'Prinsens gate',
      'Elvegata',
    ],
    towns: ['0364 Oslo', '5003 Bergen', '7011 Trondheim', '4006 Stavanger', '9008 Tromsø', '3015 Drammen'],
  },
  dk: {
    streets: ['Østerbrogade', 'Nørregade', 'Vesterbrogade', 'Strøget', 'Søndergade', 'Åboulevarden'],
    towns: ['2100 København Ø', '8000 Aarhus C', '5000 Odense C', '9000 Aalborg'],
  },
  fi: {
    streets: ['Mannerheimintie', 'Hämeenkatu', 'Aleksanterinkatu', 'Slottsgatan', 'Kauppakatu'],
    towns: ['00100 Helsinki', '33100 Tampere', '20100 Turku', '65100 Vaasa'],
  },
};

/** Fictional "example" domains in each country's language, so no address belongs to anyone. */
export const mailDomains: Record<Country, readonly string[]> = {
  se: ['exempel.se', 'post.exempel.se', 'example.com'],
  no: ['eksempel.no', 'example.com'],
  dk: ['eksempel.dk', 'example.com'],
  fi: ['esimerkki.fi', 'example.com'],
};
