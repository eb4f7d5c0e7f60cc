import type {
  GeoPoint,
  SearchOccupation,
  SearchSkill,
  TalentProfileSearchDocument,
  VacancySearchDocument,
} from '@werkmatch/search';
import { CefrLevel, EducationLevel, InclusiveOption, RouteType } from '@werkmatch/work/domain';

/*
 * A small, realistic set of Dutch vacancies and anonymised talent profiles for the search contract suite: care,
 * logistics, hospitality, cleaning, green work, volunteer work and day activities, in five labour-market regions.
 * Ids, dates and places are fixed so that every expectation in the suite can be read off this file.
 */

const uuid = (prefix: string, n: number) =>
  `${prefix}-0000-4000-8000-${String(n).padStart(12, '0')}`;

export const REGION = {
  MIDDEN_UTRECHT: uuid('00000001', 1),
  AMERSFOORT: uuid('00000001', 2),
  GRONINGEN: uuid('00000001', 3),
  GOOI_EN_VECHTSTREEK: uuid('00000001', 4),
  RIJNMOND: uuid('00000001', 5),
} as const;

/** Postcode-area centres (PC4). Houten–Nieuwegein ≈ 6 km, Houten–Utrecht ≈ 8 km, Houten–Amersfoort ≈ 22 km. */
export const PLACE = {
  HOUTEN: { code: 'GM0321', name: 'Houten', region: REGION.MIDDEN_UTRECHT, at: { lat: 52.0286, lon: 5.168 } },
  UTRECHT: { code: 'GM0344', name: 'Utrecht', region: REGION.MIDDEN_UTRECHT, at: { lat: 52.092, lon: 5.115 } },
  NIEUWEGEIN: { code: 'GM0356', name: 'Nieuwegein', region: REGION.MIDDEN_UTRECHT, at: { lat: 52.029, lon: 5.083 } },
  AMERSFOORT: { code: 'GM0307', name: 'Amersfoort', region: REGION.AMERSFOORT, at: { lat: 52.156, lon: 5.388 } },
  GRONINGEN: { code: 'GM0014', name: 'Groningen', region: REGION.GRONINGEN, at: { lat: 53.219, lon: 6.568 } },
  BUSSUM: { code: 'GM1942', name: 'Gooise Meren', region: REGION.GOOI_EN_VECHTSTREEK, at: { lat: 52.274, lon: 5.161 } },
  ROTTERDAM: { code: 'GM0599', name: 'Rotterdam', region: REGION.RIJNMOND, at: { lat: 51.92, lon: 4.485 } },
} as const satisfies Record<string, { code: string; name: string; region: string; at: GeoPoint }>; // prettier-ignore

type Place = (typeof PLACE)[keyof typeof PLACE];

const skill = (n: number, label: string): SearchSkill => ({ id: uuid('00000002', n), label });
export const SKILL = {
  PERSONAL_CARE: skill(1, 'persoonlijke verzorging bieden'),
  MEDICATION: skill(2, 'medicatie toedienen'),
  FORKLIFT: skill(3, 'heftruck besturen'),
  ORDER_PICKING: skill(4, 'orders verzamelen'),
  CLEANING: skill(5, 'oppervlakken reinigen'),
  COOKING: skill(6, 'maaltijden bereiden'),
  CUSTOMERS: skill(7, 'klantvriendelijk werken'),
  ADMINISTRATION: skill(8, 'administratie bijhouden'),
  PLANTS: skill(9, 'planten verzorgen'),
} as const;

const occupation = (n: number, label: string, iscoGroupCode: string): SearchOccupation => ({
  id: uuid('00000003', n),
  label,
  iscoGroupCode,
});
export const OCCUPATION = {
  NURSE: occupation(1, 'verpleegkundige', '2221'),
  CARER: occupation(2, 'verzorgende IG', '5321'),
  WAREHOUSE: occupation(3, 'magazijnmedewerker', '4321'),
  CLEANER: occupation(4, 'schoonmaker', '9112'),
  COOK: occupation(5, 'kok', '5120'),
  DISHWASHER: occupation(6, 'afwasser', '9412'),
  WAITER: occupation(7, 'bedieningsmedewerker', '5131'),
  GARDENER: occupation(8, 'hovenier', '6113'),
  CLERK: occupation(9, 'administratief medewerker', '4110'),
} as const;

export const V = {
  NURSE: uuid('0000000a', 1),
  ZORGSTART: uuid('0000000a', 2),
  WAREHOUSE: uuid('0000000a', 3),
  ORDER_PICKER: uuid('0000000a', 4),
  CLEANER: uuid('0000000a', 5),
  COOK: uuid('0000000a', 6),
  DISHWASHER: uuid('0000000a', 7),
  MEALS_VOLUNTEER: uuid('0000000a', 8),
  WAITER: uuid('0000000a', 9),
  GARDENER: uuid('0000000a', 10),
  DAY_ACTIVITY: uuid('0000000a', 11),
  CLERK: uuid('0000000a', 12),
} as const;

interface VacancyInput {
  id: string;
  title: string;
  description: string;
  routeType: RouteType;
  occupations: SearchOccupation[];
  skills: SearchSkill[];
  hours: [number, number];
  education: EducationLevel | null;
  dutch: CefrLevel | null;
  options: InclusiveOption[];
  place: Place;
  published: string;
}

function vacancy(input: VacancyInput): VacancySearchDocument {
  return {
    id: input.id,
    title: input.title,
    description: input.description,
    routeType: input.routeType,
    occupations: input.occupations,
    skills: input.skills,
    hours: { min: input.hours[0], max: input.hours[1] },
    educationLevel: input.education,
    minDutchLevel: input.dutch,
    inclusiveOptions: input.options,
    regionId: input.place.region,
    municipalityCode: input.place.code,
    municipalityName: input.place.name,
    location: input.place.at,
    publishedAt: `${input.published}T09:00:00.000Z`,
    updatedAt: `${input.published}T09:00:00.000Z`,
  };
}

export const VACANCIES: VacancySearchDocument[] = [
  vacancy({
    id: V.NURSE,
    title: 'Verpleegkundige thuiszorg',
    description:
      'Als verpleegkundige in de wijk bezoek je cliënten thuis in Houten en omgeving. Je werkt zelfstandig, in een klein team, en bent het aanspreekpunt voor mantelzorgers.',
    routeType: RouteType.PAID_JOB,
    occupations: [OCCUPATION.NURSE],
    skills: [SKILL.MEDICATION, SKILL.PERSONAL_CARE],
    hours: [24, 32],
    education: EducationLevel.MBO_4,
    dutch: CefrLevel.B2,
    options: [InclusiveOption.PART_TIME_POSSIBLE],
    place: PLACE.HOUTEN,
    published: '2026-05-01',
  }),
  vacancy({
    id: V.ZORGSTART,
    title: 'Leerwerkplek verzorgende IG (Zorgstart)',
    description:
      'In twee jaar word je verzorgende IG: drie dagen werken in het verpleeghuis, één dag naar school. Ervaring in de thuiszorg of mantelzorg is mooi meegenomen.',
    routeType: RouteType.LEARN_WORK,
    occupations: [OCCUPATION.CARER],
    skills: [SKILL.PERSONAL_CARE],
    hours: [24, 32],
    education: EducationLevel.MBO_2,
    dutch: CefrLevel.B1,
    options: [InclusiveOption.JOB_COACH_POSSIBLE],
    place: PLACE.BUSSUM,
    published: '2026-05-03',
  }),
  vacancy({
    id: V.WAREHOUSE,
    title: 'Magazijnmedewerker met heftruckcertificaat',
    description:
      'Je laadt en lost vrachtwagens, zet goederen op de juiste plek en rijdt op de heftruck door ons distributiecentrum.',
    routeType: RouteType.PAID_JOB,
    occupations: [OCCUPATION.WAREHOUSE],
    skills: [SKILL.FORKLIFT, SKILL.ORDER_PICKING],
    hours: [32, 40],
    education: EducationLevel.VMBO,
    dutch: CefrLevel.A2,
    options: [],
    place: PLACE.NIEUWEGEIN,
    published: '2026-05-05',
  }),
  vacancy({
    id: V.ORDER_PICKER,
    title: 'Orderpicker in de avond',
    description:
      'Rustig werk in een vaste ploeg: je verzamelt bestellingen voor supermarkten. Een jobcoach begeleidt je in de eerste maanden.',
    routeType: RouteType.SUPPORTED_JOB,
    occupations: [OCCUPATION.WAREHOUSE],
    skills: [SKILL.ORDER_PICKING],
    hours: [16, 24],
    education: null,
    dutch: CefrLevel.A1,
    options: [InclusiveOption.JOB_AGREEMENT_SUITABLE, InclusiveOption.JOB_COACH_POSSIBLE],
    place: PLACE.UTRECHT,
    published: '2026-05-07',
  }),
  vacancy({
    id: V.CLEANER,
    title: 'Schoonmaker kantoren',
    description:
      'Vroeg in de ochtend maak je kantoren schoon, voordat de medewerkers binnenkomen. Werktijden in overleg.',
    routeType: RouteType.PAID_JOB,
    occupations: [OCCUPATION.CLEANER],
    skills: [SKILL.CLEANING],
    hours: [12, 20],
    education: null,
    dutch: null,
    options: [InclusiveOption.PART_TIME_POSSIBLE],
    place: PLACE.AMERSFOORT,
    published: '2026-05-02',
  }),
  vacancy({
    id: V.COOK,
    title: 'Kok voor buurtrestaurant',
    description:
      'In ons buurtrestaurant koken mensen met en zonder afstand tot de arbeidsmarkt samen dagelijks een verse maaltijd voor de wijk.',
    routeType: RouteType.WORK_EXPERIENCE,
    occupations: [OCCUPATION.COOK],
    skills: [SKILL.COOKING],
    hours: [20, 28],
    education: EducationLevel.MBO_2,
    dutch: CefrLevel.A2,
    options: [],
    place: PLACE.GRONINGEN,
    published: '2026-05-04',
  }),
  vacancy({
    id: V.DISHWASHER,
    title: 'Afwasser en keukenhulp in hotel',
    description:
      'Je houdt de spoelkeuken draaiende en helpt bij het voorbereiden van de lunch. Een rolstoeltoegankelijke werkplek.',
    routeType: RouteType.PARTICIPATION_JOB,
    occupations: [OCCUPATION.DISHWASHER],
    skills: [SKILL.CLEANING],
    hours: [8, 16],
    education: null,
    dutch: null,
    options: [InclusiveOption.ACCESSIBLE_WORKPLACE, InclusiveOption.JOB_COACH_POSSIBLE],
    place: PLACE.ROTTERDAM,
    published: '2026-05-06',
  }),
  vacancy({
    id: V.MEALS_VOLUNTEER,
    title: 'Vrijwilliger maaltijdbezorging voor ouderen',
    description:
      'Twee ochtenden per week breng je warme maaltijden rond bij ouderen en maak je even een praatje.',
    routeType: RouteType.VOLUNTEER,
    occupations: [],
    skills: [SKILL.CUSTOMERS],
    hours: [4, 8],
    education: null,
    dutch: CefrLevel.A2,
    options: [],
    place: PLACE.HOUTEN,
    published: '2026-05-08',
  }),
  vacancy({
    id: V.WAITER,
    title: 'Bedieningsmedewerker lunchroom',
    description:
      'Gastvrij en vlot: je neemt bestellingen op, serveert en rekent af. Horeca-ervaring is niet nodig.',
    routeType: RouteType.PAID_JOB,
    occupations: [OCCUPATION.WAITER],
    skills: [SKILL.CUSTOMERS],
    hours: [20, 32],
    education: EducationLevel.VMBO,
    dutch: CefrLevel.B1,
    options: [],
    place: PLACE.UTRECHT,
    published: '2026-04-28',
  }),
  vacancy({
    id: V.GARDENER,
    title: 'Hovenier in de groenvoorziening',
    description:
      'Met een vaste ploeg onderhoud je parken en plantsoenen. Beschut werk met begeleiding op de werkvloer.',
    routeType: RouteType.SHELTERED_WORK,
    occupations: [OCCUPATION.GARDENER],
    skills: [SKILL.PLANTS],
    hours: [24, 32],
    education: null,
    dutch: CefrLevel.A1,
    options: [InclusiveOption.ACCESSIBLE_WORKPLACE, InclusiveOption.JOB_COACH_POSSIBLE],
    place: PLACE.AMERSFOORT,
    published: '2026-04-30',
  }),
  vacancy({
    id: V.DAY_ACTIVITY,
    title: 'Arbeidsmatige dagbesteding in de kringloopwinkel',
    description:
      'Prijzen, sorteren en klanten helpen in de kringloopwinkel, in je eigen tempo en met vaste begeleiders.',
    routeType: RouteType.DAY_ACTIVITY,
    occupations: [],
    skills: [SKILL.CUSTOMERS],
    hours: [8, 16],
    education: null,
    dutch: null,
    options: [InclusiveOption.ACCESSIBLE_WORKPLACE],
    place: PLACE.HOUTEN,
    published: '2026-04-26',
  }),
  vacancy({
    id: V.CLERK,
    title: 'Administratief medewerker gemeente',
    description:
      'Je verwerkt aanvragen, beantwoordt vragen van inwoners per telefoon en mail en houdt dossiers bij.',
    routeType: RouteType.PAID_JOB,
    occupations: [OCCUPATION.CLERK],
    skills: [SKILL.ADMINISTRATION],
    hours: [32, 36],
    education: EducationLevel.MBO_4,
    dutch: CefrLevel.C1,
    options: [],
    place: PLACE.UTRECHT,
    published: '2026-04-29',
  }),
];

export const P = {
  CARER: uuid('0000000b', 1),
  ORDER_PICKER: uuid('0000000b', 2),
  KITCHEN: uuid('0000000b', 3),
  CLEANER: uuid('0000000b', 4),
  VOLUNTEER: uuid('0000000b', 5),
  CLERK: uuid('0000000b', 6),
  GARDENER: uuid('0000000b', 7),
  NURSE: uuid('0000000b', 8),
} as const;

interface ProfileInput {
  id: string;
  headline: string | null;
  talents: string[];
  routes: RouteType[];
  occupations: SearchOccupation[];
  skills: SearchSkill[];
  hours: [number, number] | null;
  education: EducationLevel | null;
  dutch: CefrLevel | null;
  place: Place;
  updated: string;
}

export function profile(input: ProfileInput): TalentProfileSearchDocument {
  return {
    id: input.id,
    headline: input.headline,
    talents: input.talents,
    wantedRouteTypes: input.routes,
    occupations: input.occupations,
    skills: input.skills,
    hours: input.hours ? { min: input.hours[0], max: input.hours[1] } : null,
    educationLevel: input.education,
    dutchLevel: input.dutch,
    regionId: input.place.region,
    municipalityCode: input.place.code,
    municipalityName: input.place.name,
    location: input.place.at,
    publishedAt: '2026-04-01T10:00:00.000Z',
    updatedAt: `${input.updated}T10:00:00.000Z`,
  };
}

export const PROFILES: TalentProfileSearchDocument[] = [
  profile({
    id: P.CARER,
    headline: 'Zorgzame verzorgende met hart voor ouderen',
    talents: ['Geduldig en goed in luisteren', 'Zorgt graag voor anderen'],
    routes: [RouteType.PAID_JOB, RouteType.LEARN_WORK],
    occupations: [OCCUPATION.CARER],
    skills: [SKILL.PERSONAL_CARE],
    hours: [16, 24],
    education: EducationLevel.MBO_2,
    dutch: CefrLevel.B1,
    place: PLACE.HOUTEN,
    updated: '2026-05-01',
  }),
  profile({
    id: P.ORDER_PICKER,
    headline: 'Ervaren orderpicker met heftruckcertificaat',
    talents: ['Nauwkeurig en sterk', 'Werkt graag in teamverband'],
    routes: [RouteType.PAID_JOB, RouteType.SUPPORTED_JOB],
    occupations: [OCCUPATION.WAREHOUSE],
    skills: [SKILL.FORKLIFT, SKILL.ORDER_PICKING],
    hours: [32, 40],
    education: EducationLevel.VMBO,
    dutch: CefrLevel.A2,
    place: PLACE.NIEUWEGEIN,
    updated: '2026-05-03',
  }),
  profile({
    id: P.KITCHEN,
    headline: 'Enthousiaste keukenhulp die wil doorgroeien tot kok',
    talents: ['Snel en schoon werken'],
    routes: [RouteType.WORK_EXPERIENCE, RouteType.PARTICIPATION_JOB],
    occupations: [OCCUPATION.COOK],
    skills: [SKILL.COOKING],
    hours: [20, 32],
    education: null,
    dutch: CefrLevel.A2,
    place: PLACE.GRONINGEN,
    updated: '2026-05-02',
  }),
  profile({
    id: P.CLEANER,
    headline: 'Betrouwbare schoonmaakster',
    talents: ['Altijd op tijd'],
    routes: [RouteType.PAID_JOB],
    occupations: [OCCUPATION.CLEANER],
    skills: [SKILL.CLEANING],
    hours: [8, 16],
    education: EducationLevel.PRIMARY,
    dutch: CefrLevel.A1,
    place: PLACE.AMERSFOORT,
    updated: '2026-04-30',
  }),
  profile({
    id: P.VOLUNTEER,
    headline: 'Wil graag iets betekenen als vrijwilliger',
    talents: ['Sociaal', 'Goed met ouderen'],
    routes: [RouteType.VOLUNTEER, RouteType.SOCIAL_ACTIVATION],
    occupations: [],
    skills: [SKILL.CUSTOMERS],
    hours: [4, 12],
    education: null,
    dutch: CefrLevel.B2,
    place: PLACE.UTRECHT,
    updated: '2026-05-04',
  }),
  profile({
    id: P.CLERK,
    headline: 'Administratief medewerker zoekt nieuwe uitdaging',
    talents: ['Cijfermatig sterk'],
    routes: [RouteType.PAID_JOB],
    occupations: [OCCUPATION.CLERK],
    skills: [SKILL.ADMINISTRATION],
    hours: [24, 36],
    education: EducationLevel.MBO_4,
    dutch: CefrLevel.C1,
    place: PLACE.UTRECHT,
    updated: '2026-04-28',
  }),
  profile({
    id: P.GARDENER,
    headline: 'Hovenier met liefde voor de natuur',
    talents: ['Werkt graag buiten'],
    routes: [RouteType.SHELTERED_WORK],
    occupations: [OCCUPATION.GARDENER],
    skills: [SKILL.PLANTS],
    hours: [24, 32],
    education: null,
    dutch: null,
    place: PLACE.BUSSUM,
    updated: '2026-04-27',
  }),
  profile({
    id: P.NURSE,
    headline: 'Verpleegkundige, herintreder',
    talents: ['Rustig in drukke situaties'],
    routes: [RouteType.PAID_JOB],
    occupations: [OCCUPATION.NURSE],
    skills: [SKILL.MEDICATION],
    hours: [24, 32],
    education: EducationLevel.HBO,
    dutch: CefrLevel.C2,
    place: PLACE.ROTTERDAM,
    updated: '2026-05-05',
  }),
];
