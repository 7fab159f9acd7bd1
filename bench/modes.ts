import type { DatasetRecipe } from './dataset';

/** How much a run measures. The targets are the same in both modes; only sizes and repetitions differ. */
export interface Mode {
  name: 'full' | 'quick';
  /** The reference desk: 100,000 cases and about 1,000,000 events (quick: a tenth). */
  dataset: DatasetRecipe;
  /** The small desk the DOM size is compared with: about 100 rows in its team view. */
  smallDataset: DatasetRecipe;
  /** Timed commands per triage action (each on its own case), and as many raw writes. */
  triageReps: number;
  /** Rounds over the search query set. */
  searchRounds: number;
  /** Cases the bulk-apply metric writes into a fresh store. */
  bulkCases: number;
  /** Page loads of the desk, and as many of the hello-world page. */
  loadReps: number;
  /** j/k presses at key-repeat speed. */
  keyPresses: number;
  /** Timed opens of each measured case. */
  caseOpens: number;
  /** Case open/close cycles before the heap is read, and the early read the growth is measured from. */
  heapCycles: number;
  heapBaselineCycles: number;
  /** Timed keystrokes in the search box and in the note editor. */
  searchKeys: number;
  editorKeys: number;
  /** Cases of the reference desk loaded into the hub (all of one team): what the first sync pulls. */
  hubCases: number;
  /** Triage mutations timed in the push-throughput metric. */
  hubPushes: number;
}

export const fullMode: Mode = {
  name: 'full',
  dataset: { cases: 100_000, seed: 1, eventsPerCase: 10 },
  smallDataset: { cases: 3_300, seed: 1, eventsPerCase: 5 },
  triageReps: 300,
  searchRounds: 5,
  bulkCases: 20_000,
  loadReps: 7,
  keyPresses: 200,
  caseOpens: 20,
  heapCycles: 1000,
  heapBaselineCycles: 100,
  searchKeys: 40,
  editorKeys: 100,
  hubCases: 100_000,
  hubPushes: 10_000,
};

/** For CI: under two minutes with the dataset build; CI fails on a crash or a broken result file only. */
export const quickMode: Mode = {
  name: 'quick',
  dataset: { cases: 10_000, seed: 1, eventsPerCase: 10 },
  smallDataset: { cases: 3_300, seed: 1, eventsPerCase: 5 },
  triageReps: 80,
  searchRounds: 3,
  bulkCases: 3_000,
  loadReps: 3,
  keyPresses: 150,
  caseOpens: 6,
  heapCycles: 100,
  heapBaselineCycles: 20,
  searchKeys: 12,
  editorKeys: 30,
  hubCases: 1_000,
  hubPushes: 1_000,
};
