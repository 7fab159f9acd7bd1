import type { Domain } from './phrases';

/**
 * The demo's contact centre: three teams serving a bank, a benefits agency and an energy company.
 * The first agent of the first team is "me", with an ordinary caseload.
 */
export interface TeamSpec {
  name: string;
  domain: Domain;
  agents: readonly string[];
  /** Share of new cases, in percent. */
  weight: number;
}

export const teamSpecs: readonly TeamSpec[] = [
  {
    name: 'Bank – privatkunder',
    domain: 'bank',
    agents: ['Karin Lindqvist', 'Jonas Ekström', 'Amira Haddad', 'Per-Olof Nyström'],
    weight: 42,
  },
  {
    name: 'Förmåner och stöd',
    domain: 'agency',
    agents: ['Ingrid Solberg', 'Henrik Dahl', 'Maja Åkesson', 'Tuomas Virtanen'],
    weight: 33,
  },
  {
    name: 'Energi och nät',
    domain: 'utility',
    agents: ['Sigrid Haugland', 'Emil Sørensen', 'Linnea Falk', 'Oskar Strand'],
    weight: 25,
  },
];

export const AGENTS_PER_TEAM = 4;
export const AGENT_MAIL_DOMAIN = 'kundservice.example';
