import { ExplanationItem, ExplanationKind } from '@werkmatch/matching/domain';
import type { MatchProposalEntity } from '@werkmatch/matching/data-access';
import type { MatchExplanationItem, MatchProposal } from './match-proposal.model';

function explanationItem(item: ExplanationItem): MatchExplanationItem {
  const missing =
    item.kind === ExplanationKind.REQUIRED_SKILLS ||
    item.kind === ExplanationKind.NICE_TO_HAVE_SKILLS
      ? item.data.missing
      : [];
  return {
    kind: item.kind,
    weight: item.weight,
    score: item.score,
    nl: item.nl,
    en: item.en,
    missingSkillIds: missing.map((skill) => skill.id),
    missingSkillLabels: missing.map((skill) => skill.label),
    data: JSON.stringify(item.data),
  };
}

export function toMatchProposal(entity: MatchProposalEntity): MatchProposal {
  return {
    id: entity.id,
    talentProfileId: entity.profileId,
    vacancyId: entity.vacancyId,
    score: entity.score,
    status: entity.status,
    source: entity.source,
    withdrawalReason: entity.withdrawalReason,
    explanation: entity.explanation.map(explanationItem),
    profileVersion: entity.profileVersion,
    vacancyVersion: entity.vacancyVersion,
    computedAt: entity.computedAt,
    createdAt: entity.createdAt,
  };
}
