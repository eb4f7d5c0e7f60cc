export { MatchingWorkerModule } from './matching-worker.module';
export { MatchEngine } from './match-engine';
export { RECOMPUTE_BATCH_SIZE } from './match-engine';
export type { ProposeOutcome, RecomputeBatchOutcome } from './match-engine';
export { MatchingOutboxProcessor } from './matching-outbox.processor';
export type { OutboxEventHandling } from './matching-outbox.processor';
export { ProposeMatchesProcessor } from './propose-matches.processor';
export {
  RECOMPUTE_MATCHES_PATTERN,
  RECOMPUTE_MATCHES_SCHEDULER_ID,
  RecomputeMatchesProcessor,
} from './recompute-matches.processor';
export { MATCH_ENGINE } from './matching-worker.tokens';
export { createCandidateSource } from './candidate-sources';
