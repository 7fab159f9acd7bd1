import { initialHubSchema } from './001_initial';
import { channelsAndMail } from './002_channels_and_mail';

/** Numbered, append-only. Never edit a released step: add the next one. Index + 1 = schema version. */
export const hubMigrations: readonly string[] = [initialHubSchema, channelsAndMail];

export const LATEST_HUB_SCHEMA = hubMigrations.length;
