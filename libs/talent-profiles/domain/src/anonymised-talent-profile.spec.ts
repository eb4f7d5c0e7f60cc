import {
  CefrLevel,
  DrivingLicence,
  EducationLevel,
  RouteType,
  SkillLevel,
  SupportNeed,
  TargetGroup,
  TransportMode,
} from '@werkmatch/work/domain';
import {
  AnonymisationReferences,
  AnonymisationSource,
  anonymiseTalentProfile,
} from './anonymised-talent-profile';

const SKILL = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa';
const OCCUPATION = 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb';

/** Unique strings for every sensitive value: if one leaves through the anonymised profile, it shows. */
const CANARY = {
  jobSeekerId: 'c0ffee00-0000-4000-8000-00000000dead',
  fullName: 'CANARY-NAME-Wilhelmina-Zwartjes',
  email: 'canary-mail-7f3a@example.org',
  phone: '+31 6 CANARY 1234',
  dateOfBirth: 'CANARY-DOB-1987-03-14',
  photoUrl: 'https://CANARY-PHOTO.example.org/me.jpg',
  postcode: '3991 QZ',
  privateTalent: 'CANARY-PRIVATE-TALENT',
  privateWorkTitle: 'CANARY-PRIVATE-WORK-TITLE',
  privateWorkEmployer: 'CANARY-PRIVATE-WORK-EMPLOYER',
  privateWorkDescription: 'CANARY-PRIVATE-WORK-DESCRIPTION',
};

/** A stored profile with everything filled in, sensitive fields too, as wide as the stored row. */
function storedProfile(): AnonymisationSource & Record<string, unknown> {
  return {
    id: 'profile-1',
    version: 7,
    jobSeekerId: CANARY.jobSeekerId,
    fullName: CANARY.fullName,
    email: CANARY.email,
    phone: CANARY.phone,
    dateOfBirth: CANARY.dateOfBirth,
    photoUrl: CANARY.photoUrl,
    postcode: CANARY.postcode,
    pc4: '3991',
    status: 'PUBLISHED',
    headline: 'Zorgzaam en handig',
    talents: [
      { text: 'Goed met mensen', private: false },
      { text: CANARY.privateTalent, private: true },
    ],
    workExperience: [
      {
        title: 'Vrijwilliger buurthuis',
        employer: 'Buurthuis De Schakel',
        occupationId: OCCUPATION,
        from: '2021-01',
        until: null,
        description: 'Koffie schenken',
        private: false,
      },
      {
        title: CANARY.privateWorkTitle,
        employer: CANARY.privateWorkEmployer,
        occupationId: null,
        from: '2015-01',
        until: '2016-01',
        description: CANARY.privateWorkDescription,
        private: true,
      },
    ],
    educationLevel: EducationLevel.MBO_2,
    diplomas: [{ name: 'Helpende Zorg', level: EducationLevel.MBO_2, year: 1999 }],
    languages: [
      { code: 'nl', level: CefrLevel.B1 },
      { code: 'en', level: CefrLevel.A2 },
    ],
    dutchLevel: CefrLevel.B1,
    hoursMin: 16,
    hoursMax: 24,
    earliestStart: '2025-09-01',
    municipalityCode: 'GM0321',
    regionId: 'region-1',
    lat: 52.03,
    lon: 5.17,
    travelKm: 15,
    drivingLicences: [DrivingLicence.B],
    transportModes: [TransportMode.BICYCLE],
    wantedRouteTypes: [RouteType.VOLUNTEER, RouteType.PAID_JOB],
    participationLevel: 3,
    supportNeeds: [
      SupportNeed.JOB_COACH,
      SupportNeed.LANGUAGE_SUPPORT,
      SupportNeed.ADAPTED_WORKPLACE,
    ],
    targetGroups: Object.values(TargetGroup).filter(
      (group) => group !== TargetGroup.SHELTERED_WORK,
    ),
    updatedByUserId: 'coach-canary-id',
  };
}

const REFS: AnonymisationReferences = {
  skills: [{ skillId: SKILL, level: SkillLevel.PROFICIENT }],
  wantedOccupationIds: [OCCUPATION],
  skillLabels: new Map([[SKILL, { label: 'empathie tonen', labelLanguage: 'NL' as const }]]),
  occupationLabels: new Map([
    [OCCUPATION, { label: 'helpende zorg', labelLanguage: 'NL' as const }],
  ]),
  municipalityName: 'Houten',
  regionName: 'Midden-Utrecht',
};

describe('anonymiseTalentProfile', () => {
  const anonymised = anonymiseTalentProfile(storedProfile(), REFS);
  const json = JSON.stringify(anonymised);

  it.each(Object.entries(CANARY))('never lets %s through', (_field, canary) => {
    expect(json).not.toContain(canary);
  });

  it('leaves out every target group, support need and the participation level', () => {
    for (const value of [
      ...Object.values(TargetGroup).filter((group) => group !== TargetGroup.SHELTERED_WORK),
      ...Object.values(SupportNeed),
    ])
      expect(json).not.toContain(`"${value}"`);
    for (const key of ['targetGroups', 'supportNeeds', 'participationLevel', 'postcode', 'pc4'])
      expect(Object.keys(anonymised)).not.toContain(key);
  });

  it('leaves out the diploma year, which tells an age', () => {
    expect(json).not.toContain('1999');
  });

  it('keeps what an employer needs to judge the fit, with labels and the area by name', () => {
    expect(anonymised).toMatchObject({
      id: 'profile-1',
      version: 7,
      headline: 'Zorgzaam en handig',
      talents: ['Goed met mensen'],
      skills: [{ id: SKILL, label: 'empathie tonen', labelLanguage: 'NL', level: 'PROFICIENT' }],
      workExperience: [
        {
          title: 'Vrijwilliger buurthuis',
          occupation: { id: OCCUPATION, label: 'helpende zorg', labelLanguage: 'NL' },
        },
      ],
      diplomas: [{ title: 'Helpende Zorg', level: 'MBO_2' }],
      dutchLevel: 'B1',
      hoursMin: 16,
      hoursMax: 24,
      area: { municipalityName: 'Houten', regionName: 'Midden-Utrecht', lat: 52.03, lon: 5.17 },
      travelKm: 15,
      wantedOccupations: [{ id: OCCUPATION, label: 'helpende zorg' }],
      wantedRouteTypes: ['VOLUNTEER', 'PAID_JOB'],
    });
  });

  it('copies only the named fields: a field added to the stored profile stays out', () => {
    const wider = { ...storedProfile(), somethingNew: 'CANARY-NEW-FIELD' };
    expect(JSON.stringify(anonymiseTalentProfile(wider, REFS))).not.toContain('CANARY-NEW-FIELD');
  });
});
