import type { EntityManager } from 'typeorm';
import { MATCH_REASON_LABEL, MatchReason } from '@werkmatch/approvals/domain';
import {
  EmailKind,
  NotificationKind,
  NotificationToRecord,
  queueEmail,
  recordNotifications,
} from '@werkmatch/notifications/data-access';
import type { MatchParties, PartyContact } from './match-parties';

/*
 * What the platform tells people about their matches, in the app and by email. The texts name the vacancy and
 * the employer but never the job seeker: who the person is shows only in the app, to those who may see it,
 * as an audited read (matchIntroduction). An email cannot be audited once it left.
 */

const PROPOSAL = 'match-proposal';
const PLACEMENT = 'placement';

function link(appUrl: string, path: string): string {
  return `${appUrl.replace(/\/$/, '')}${path}`;
}

interface Message {
  recipient: PartyContact;
  kind: NotificationKind;
  resource: { type: string; id: string };
  nl: string;
  en: string;
  email: { kind: EmailKind; subject: string; url: string } | null;
}

/** Records the notifications and queues the emails; returns the email ids to dispatch after commit. */
async function deliver(manager: EntityManager, messages: readonly Message[]): Promise<string[]> {
  await recordNotifications(
    manager,
    messages.map((message): NotificationToRecord => ({
      userId: message.recipient.userId,
      kind: message.kind,
      resource: message.resource,
      nl: message.nl,
      en: message.en,
    })),
  );
  const emailIds: string[] = [];
  for (const message of messages) {
    if (!message.email) continue;
    emailIds.push(
      await queueEmail(manager, {
        to: message.recipient.email,
        subject: message.email.subject,
        kind: message.email.kind,
        text: [
          `Hallo ${message.recipient.fullName},`,
          '',
          message.nl,
          `Bekijk het in Werkmatch: ${message.email.url}`,
          '',
          message.en,
          `See it in Werkmatch: ${message.email.url}`,
        ].join('\n'),
      }),
    );
  }
  return emailIds;
}

/**
 * An approval: the job seeker and the employer's contact get a notification and an email, the person's coach a
 * notification. Returns the email ids.
 */
export async function notifyIntroduction(
  manager: EntityManager,
  parties: MatchParties,
  appUrl: string,
): Promise<string[]> {
  const resource = { type: PROPOSAL, id: parties.proposalId };
  const url = link(appUrl, `/matches/${parties.proposalId}`);
  const vacancy = `“${parties.vacancyTitle}” bij ${parties.employer.name}`;
  const vacancyEn = `“${parties.vacancyTitle}” at ${parties.employer.name}`;
  const messages: Message[] = [];
  if (parties.jobSeeker)
    messages.push({
      recipient: parties.jobSeeker,
      kind: NotificationKind.MATCH_INTRODUCED,
      resource,
      nl: `Goed nieuws: je bent voorgesteld voor ${vacancy}. Je ziet nu hoe je de werkgever bereikt.`,
      en: `Good news: you have been introduced for ${vacancyEn}. You can now see how to reach the employer.`,
      email: {
        kind: EmailKind.MatchIntroduction,
        subject: 'Je bent voorgesteld aan een werkgever / You have been introduced to an employer',
        url,
      },
    });
  if (parties.employer.contact)
    messages.push({
      recipient: parties.employer.contact,
      kind: NotificationKind.MATCH_INTRODUCED,
      resource,
      nl: `Er is een kandidaat voorgesteld voor uw vacature “${parties.vacancyTitle}”. U ziet nu wie het is en hoe u contact opneemt.`,
      en: `A candidate has been introduced for your vacancy “${parties.vacancyTitle}”. You can now see who it is and how to get in touch.`,
      email: {
        kind: EmailKind.MatchIntroduction,
        subject: 'Een kandidaat voor uw vacature / A candidate for your vacancy',
        url,
      },
    });
  if (parties.coach)
    messages.push({
      recipient: parties.coach,
      kind: NotificationKind.MATCH_INTRODUCED,
      resource,
      nl: `Iemand uit je caseload is voorgesteld voor ${vacancy}.`,
      en: `Someone in your caseload has been introduced for ${vacancyEn}.`,
      email: null,
    });
  return deliver(manager, messages);
}

/** A rejection whose reason the account manager chose to show the job seeker: a notification, no email. */
export async function notifyRejectionReason(
  manager: EntityManager,
  parties: MatchParties,
  reason: MatchReason,
  reasonText: string | null,
): Promise<void> {
  if (!parties.jobSeeker) return;
  const label = MATCH_REASON_LABEL[reason];
  await deliver(manager, [
    {
      recipient: parties.jobSeeker,
      kind: NotificationKind.MATCH_REJECTED,
      resource: { type: PROPOSAL, id: parties.proposalId },
      nl: `De match met “${parties.vacancyTitle}” gaat niet door. Reden: ${label.nl}${reasonText ? ` (${reasonText})` : ''}.`,
      en: `The match with “${parties.vacancyTitle}” does not go ahead. Reason: ${label.en}${reasonText ? ` (${reasonText})` : ''}.`,
      email: null,
    },
  ]);
}

/** Two weeks after an introduction without an outcome: the employer's contact and the account manager(s). */
export async function notifyOutcomeReminder(
  manager: EntityManager,
  parties: MatchParties,
  accountManagers: readonly PartyContact[],
  days: number,
  appUrl: string,
): Promise<string[]> {
  const resource = { type: PROPOSAL, id: parties.proposalId };
  const url = link(appUrl, `/matches/${parties.proposalId}`);
  const email = {
    kind: EmailKind.MatchOutcomeReminder,
    subject: 'Hoe ging de kennismaking? / How did the introduction go?',
    url,
  };
  const recipients = [
    ...(parties.employer.contact ? [parties.employer.contact] : []),
    ...accountManagers,
  ];
  return deliver(
    manager,
    recipients.map((recipient) => ({
      recipient,
      kind: NotificationKind.MATCH_OUTCOME_REMINDER,
      resource,
      nl: `De kennismaking voor “${parties.vacancyTitle}” is ${days} dagen geleden en er is nog geen uitkomst vastgelegd. Is er een gesprek gepland, of een plaatsing?`,
      en: `The introduction for “${parties.vacancyTitle}” was ${days} days ago and no outcome has been recorded yet. Is an interview planned, or a placement?`,
      email,
    })),
  );
}

/** Six months after a paid placement: the coach (or, without one, the account managers) is asked to confirm. */
export async function notifyPlacementFollowUp(
  manager: EntityManager,
  placementId: string,
  vacancyTitle: string,
  startDate: string,
  recipients: readonly PartyContact[],
  appUrl: string,
): Promise<string[]> {
  const url = link(appUrl, `/placements/${placementId}`);
  return deliver(
    manager,
    recipients.map((recipient) => ({
      recipient,
      kind: NotificationKind.PLACEMENT_FOLLOW_UP,
      resource: { type: PLACEMENT, id: placementId },
      nl: `Zes maanden geleden (${startDate}) begon iemand aan het werk als “${vacancyTitle}”. Werkt diegene daar nog? Bevestig het in Werkmatch; het telt mee voor de uitstroomcijfers.`,
      en: `Six months ago (${startDate}) someone started work as “${vacancyTitle}”. Are they still in work? Please confirm in Werkmatch; it counts towards the outflow figures.`,
      email: {
        kind: EmailKind.PlacementFollowUp,
        subject: 'Nog aan het werk? / Still in work?',
        url,
      },
    })),
  );
}
