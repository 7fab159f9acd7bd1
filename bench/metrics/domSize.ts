import type { Browser } from 'playwright-core';
import { probe } from '../browser';
import { measured, metrics } from '../catalog';
import { openInbox, pressAtRate } from '../desk';
import { deskKeys } from './keyNav';
import { sleep } from '../timeout';
import type { MetricResult } from '../resultSchema';
import { connectApi } from '../../tests/e2e/fixtures/api';

async function viewTotals(hostUrl: string): Promise<Record<string, number>> {
  const api = await connectApi(hostUrl);
  try {
    const team = await api.call('cases.list', { view: 'team', limit: 1 });
    const closed = await api.call('cases.list', { view: 'closed', limit: 1 });
    return { team: team.total, closed: closed.total };
  } finally {
    api.close();
  }
}

/**
 * DOM elements of the big desk's inbox (the largest count seen: team view after load and after the j/k run,
 * and the closed view) against the small desk's inbox after the same j/k presses, so both lists stand in the
 * middle with rows rendered above and below. Virtualization should make them nearly equal.
 */
export async function measureDomSize(
  browser: Browser,
  big: { url: string; elements: Record<string, number> },
  smallUrl: string,
  presses: number,
): Promise<MetricResult> {
  const small = await openInbox(browser, smallUrl);
  let smallElements: number;
  try {
    await pressAtRate(small.page, deskKeys(presses), 30);
    await sleep(500);
    smallElements = await probe<number>(small.page, 'elementCount()');
  } finally {
    await small.close();
  }
  const value = Math.max(...Object.values(big.elements));
  return measured(metrics.domNodes, {
    value,
    baseline: { name: 'the same inbox and keys on a ~100-row desk', value: smallElements },
    details: {
      counted: 'elements (document.getElementsByTagName("*"))',
      bigDesk: big.elements,
      bigDeskRows: await viewTotals(big.url),
      smallDeskRows: await viewTotals(smallUrl),
    },
  });
}
