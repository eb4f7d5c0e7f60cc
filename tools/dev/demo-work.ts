import type { INestApplication } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { UserEntity } from '@werkmatch/identity/data-access';
import type { Principal } from '@werkmatch/identity/domain';
import { TalentProfileEntity } from '@werkmatch/talent-profiles/data-access';
import { TalentProfileStatus } from '@werkmatch/talent-profiles/domain';
import { TalentProfileService } from '@werkmatch/talent-profiles/feature-api';
import { OccupationEntity, TaxonomyService } from '@werkmatch/taxonomy/data-access';
import { addMonths, amsterdamDate } from '@werkmatch/vacancies/domain';
import { VacanciesService, VacancyInput } from '@werkmatch/vacancies/feature-api';
import { VacancyEntity } from '@werkmatch/vacancies/data-access';
import { DEMO_DOMAIN } from './demo-data';
import {
  CefrLevel,
  ContractType,
  EducationLevel,
  InclusiveOption,
  PayPeriod,
  RouteType,
  SkillLevel,
  TransportMode,
} from '@werkmatch/work/domain';

/** A demo account as the services see a logged-in caller. */
function principalOf(user: UserEntity): Principal {
  return {
    userId: user.id,
    role: user.role,
    organisationId: user.organisationId ?? undefined,
    regionId: user.regionId ?? undefined,
    sessionId: 'demo-setup',
  };
}

interface DemoVacancy {
  /** ESCO's English label, unique where the Dutch one is not (two occupations are `gastheer/gastvrouw`). */
  occupationLabelEn: string;
  input: Omit<VacancyInput, 'occupationId' | 'requiredSkillIds' | 'niceToHaveSkillIds'>;
}

/** Routes as the Houtense routes naar werk describe them: a paid job, a learn-work place, sheltered work, volunteering. */
function demoVacancies(closingDate: string): DemoVacancy[] {
  return [
    {
      occupationLabelEn: 'restaurant host/restaurant hostess',
      input: {
        title: 'Gastvrouw of gastheer in ons restaurant De Lek',
        description:
          'Je ontvangt bewoners en hun bezoek in het restaurant van ons woonzorgcentrum, neemt bestellingen op en zorgt dat iedereen zich welkom voelt. Een vaste collega werkt je in.',
        routeType: RouteType.PAID_JOB,
        hours: { min: 16, max: 24 },
        positions: 2,
        postcode: '3991 AB',
        minDutchLevel: CefrLevel.B1,
        educationLevel: EducationLevel.VMBO,
        inclusiveOptions: [InclusiveOption.PART_TIME_POSSIBLE, InclusiveOption.JOB_COACH_POSSIBLE],
        contractType: ContractType.FIXED_TERM,
        pay: { min: 14.4, max: 16.5, period: PayPeriod.HOUR },
        closingDate,
      },
    },
    {
      occupationLabelEn: 'cook',
      input: {
        title: 'Leerwerkplek kok in de keuken van Het Houtens Hart',
        description:
          'Je leert koken voor grote groepen in onze keuken en haalt tegelijk je mbo-diploma (BBL). Drie dagen werken, één dag school.',
        routeType: RouteType.LEARN_WORK,
        hours: { min: 24, max: 32 },
        positions: 1,
        postcode: '3991 AB',
        minDutchLevel: CefrLevel.A2,
        educationLevel: EducationLevel.PRIMARY,
        inclusiveOptions: [InclusiveOption.JOB_COACH_POSSIBLE],
        contractType: ContractType.APPRENTICESHIP,
        pay: { min: 1200, max: 1600, period: PayPeriod.MONTH },
        closingDate,
      },
    },
    {
      occupationLabelEn: 'building cleaner',
      input: {
        title: 'Beschut werk: schoonmaak van de gemeenschappelijke ruimtes',
        description:
          'Je houdt de gangen, het restaurant en de activiteitenruimte schoon, in een vast ritme en met een vaste begeleider. Aangepaste werkplek mogelijk.',
        routeType: RouteType.SHELTERED_WORK,
        hours: { min: 12, max: 20 },
        positions: 2,
        postcode: '3991 AB',
        minDutchLevel: CefrLevel.A1,
        educationLevel: null,
        inclusiveOptions: [
          InclusiveOption.ACCESSIBLE_WORKPLACE,
          InclusiveOption.JOB_COACH_POSSIBLE,
          InclusiveOption.PART_TIME_POSSIBLE,
        ],
        contractType: ContractType.FIXED_TERM,
        pay: { min: 14.4, max: 14.4, period: PayPeriod.HOUR },
        closingDate,
      },
    },
    {
      occupationLabelEn: 'host/hostess',
      input: {
        title: 'Vrijwilliger bij de koffieochtend',
        description:
          'Elke dinsdag- en donderdagochtend schenk je koffie voor bewoners en buurtgenoten en maak je een praatje. Een mooie eerste stap naar werk.',
        routeType: RouteType.VOLUNTEER,
        hours: { min: 4, max: 8 },
        positions: 4,
        postcode: '3991 AB',
        minDutchLevel: CefrLevel.A1,
        educationLevel: null,
        inclusiveOptions: [InclusiveOption.ACCESSIBLE_WORKPLACE],
        contractType: null,
        pay: null,
        closingDate,
      },
    },
  ];
}

/**
 * Demo work for the quick start: published vacancies of four route types from the demo employer and a
 * published talent profile of the demo job seeker, completed by their coach. Made through the platform's own
 * services, so every rule and the outbox apply as for real users. Idempotent: skipped once there are vacancies.
 */
export async function loadDemoWork(
  app: INestApplication,
  dataSource: DataSource,
  log: (message: string) => void,
): Promise<void> {
  const users = dataSource.getRepository(UserEntity);
  const userOf = (local: string) => users.findOneByOrFail({ email: `${local}@${DEMO_DOMAIN}` });
  const [employer, accountManager, coach, jobSeeker] = await Promise.all(
    ['werkgever', 'accountmanager', 'coach', 'werkzoekende'].map(userOf),
  );
  const taxonomy = new TaxonomyService(dataSource);
  const occupationByLabel = (labelEn: string) =>
    dataSource.getRepository(OccupationEntity).findOneBy({ labelEn });

  const vacancies = app.get(VacanciesService);
  const organisationId = employer.organisationId;
  if (
    organisationId &&
    !(await dataSource.getRepository(VacancyEntity).existsBy({ organisationId }))
  ) {
    const closingDate = addMonths(amsterdamDate(new Date()), 2);
    for (const demo of demoVacancies(closingDate)) {
      const occupation = await occupationByLabel(demo.occupationLabelEn);
      const essential = occupation ? await taxonomy.essentialSkillsOf(occupation.id) : [];
      if (essential.length === 0) continue;
      const draft = await vacancies.create(principalOf(employer), {
        ...demo.input,
        occupationId: occupation?.id ?? null,
        requiredSkillIds: essential.slice(0, 3).map((skill) => skill.id),
        niceToHaveSkillIds: essential.slice(3, 5).map((skill) => skill.id),
      });
      await vacancies.submit(principalOf(employer), draft.entity.id);
      await vacancies.publish(principalOf(accountManager), draft.entity.id);
    }
    log(
      'published demo vacancies: a paid job, a learn-work place, sheltered work and volunteering',
    );
  }

  const existing = await dataSource
    .getRepository(TalentProfileEntity)
    .findOneBy({ jobSeekerId: jobSeeker.id });
  // A profile the person already published (or paused) is theirs; a draft left by an interrupted run is finished.
  if (existing && existing.status !== TalentProfileStatus.DRAFT) return;
  const profiles = app.get(TalentProfileService);
  const host = await occupationByLabel('restaurant host/restaurant hostess');
  const cook = await occupationByLabel('cook');
  const skills = host ? (await taxonomy.essentialSkillsOf(host.id)).slice(0, 4) : [];
  await profiles.save(principalOf(jobSeeker), {
    headline: 'Gastvrij, zorgzaam en graag onder de mensen',
    talents: [
      { text: 'Ik zie snel wat iemand nodig heeft', private: false },
      { text: 'Ik heb jaren voor mijn moeder gezorgd', private: true },
    ],
    skills: skills.map((skill, index) => ({
      skillId: skill.id,
      level: index === 0 ? SkillLevel.PROFICIENT : SkillLevel.COMPETENT,
    })),
    educationLevel: EducationLevel.VMBO,
    languages: [
      { code: 'nl', level: CefrLevel.B1 },
      { code: 'en', level: CefrLevel.A2 },
    ],
    hours: { min: 16, max: 24 },
    postcode: '3991 AB',
    travelKm: 10,
    transportModes: [TransportMode.BICYCLE, TransportMode.PUBLIC_TRANSPORT],
    wantedOccupationIds: [host, cook].flatMap((occupation) => (occupation ? [occupation.id] : [])),
    wantedRouteTypes: [RouteType.PAID_JOB, RouteType.LEARN_WORK, RouteType.VOLUNTEER],
  });
  await profiles.assess(principalOf(coach), jobSeeker.id, {
    participationLevel: 5,
    supportNeeds: [],
    targetGroups: [],
  });
  await profiles.publish(principalOf(jobSeeker));
  log(`published the demo talent profile of ${jobSeeker.fullName}, completed by their coach`);
}
