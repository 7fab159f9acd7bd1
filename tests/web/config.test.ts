import { describe, expect, it } from 'vitest';
import { MIN_DEMO_CASES } from '../../src/core/demo/seedDemoWorkspace';
import { DEFAULT_DEMO } from '../../src/core/openCore';
import { defaultDataDir } from '../../src/core/paths';
import { readWebConfig } from '../../src/web/config';

const binUrl = 'file:///opt/nara/out/web/bin.js';

describe('the browser host reads its settings from the environment', () => {
  it('defaults to port 5199, the desktop data folder, a 2000-case demo and the renderer beside the bundle', () => {
    const env = { XDG_CONFIG_HOME: '/home/agent/.config' };
    expect(readWebConfig(env, binUrl)).toEqual({
      port: 5199,
      dataDir: defaultDataDir(env),
      demo: { cases: 2000, seed: 1 },
      rendererDir: '/opt/nara/out/renderer',
    });
  });

  it('takes every variable when given', () => {
    const env = {
      NARA_PORT: '0',
      NARA_DATA_DIR: '/tmp/desk',
      NARA_DEMO_CASES: '300',
      NARA_DEMO_SEED: '7',
      NARA_RENDERER_DIR: '/srv/renderer',
    };
    expect(readWebConfig(env, binUrl)).toEqual({
      port: 0,
      dataDir: '/tmp/desk',
      demo: { cases: 300, seed: 7 },
      rendererDir: '/srv/renderer',
    });
  });

  it('keeps an empty store when NARA_DEMO_CASES is 0', () => {
    expect(readWebConfig({ NARA_DEMO_CASES: '0' }, binUrl).demo).toBe(false);
  });

  it('makes the same first-start demo as the desktop app', () => {
    expect(readWebConfig({}, binUrl).demo).toEqual(DEFAULT_DEMO);
  });

  it('refuses a demo smaller than the generator can make, saying what it takes', () => {
    const tooSmall = () => readWebConfig({ NARA_DEMO_CASES: String(MIN_DEMO_CASES - 1) }, binUrl);
    expect(tooSmall).toThrow(
      `NARA_DEMO_CASES must be 0 (an empty desk) or a whole number from ${MIN_DEMO_CASES}`,
    );
    expect(() => readWebConfig({ NARA_DEMO_CASES: '1' }, binUrl)).toThrow(/NARA_DEMO_CASES/);
    expect(readWebConfig({ NARA_DEMO_CASES: String(MIN_DEMO_CASES) }, binUrl).demo).toEqual({
      cases: MIN_DEMO_CASES,
      seed: 1,
    });
  });

  it('refuses a port or a demo size that is not a whole number in range', () => {
    expect(() => readWebConfig({ NARA_PORT: 'http' }, binUrl)).toThrow(/NARA_PORT/);
    expect(() => readWebConfig({ NARA_PORT: '70000' }, binUrl)).toThrow(/NARA_PORT/);
    expect(() => readWebConfig({ NARA_DEMO_CASES: '-1' }, binUrl)).toThrow(/NARA_DEMO_CASES/);
    expect(() => readWebConfig({ NARA_DEMO_CASES: '1000001' }, binUrl)).toThrow(/NARA_DEMO_CASES/);
    expect(() => readWebConfig({ NARA_DEMO_CASES: 'many' }, binUrl)).toThrow(/NARA_DEMO_CASES/);
    expect(() => readWebConfig({ NARA_DEMO_SEED: '1.5' }, binUrl)).toThrow(/NARA_DEMO_SEED/);
  });
});
