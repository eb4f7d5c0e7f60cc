import {
  CefrLevel,
  EducationLevel,
  InclusiveOption,
  RouteType,
  SkillLevel,
} from '@werkmatch/work/domain';
import type { CandidateSkill, MatchCandidate, MatchVacancy, SkillRef } from '../match-input';
import { OCCUPATION, PC4, ReferenceOccupation, SKILL } from './labelled-set-reference';

/**
 * Graded relevance of a proposal, as a werkmatcher would judge it: 3 the one to propose first, 2 a good proposal,
 * 1 worth a look, 0 not suitable or not possible (out of reach, language too low, a route that is not open).
 */
export type Relevance = 0 | 1 | 2 | 3;

export interface LabelledProfile {
  id: string;
  /** Who this is, for people reading the benchmark; not input to matching. */
  summary: string;
  candidate: MatchCandidate;
  /** Relevance per vacancy id; a vacancy left out is 0. */
  relevance: Readonly<Record<string, Relevance>>;
}

export interface LabelledVacancy {
  id: string;
  title: string;
  vacancy: MatchVacancy;
}

export interface LabelledSet {
  profiles: readonly LabelledProfile[];
  vacancies: readonly LabelledVacancy[];
}

const { BEGINNER, COMPETENT, PROFICIENT, EXPERT } = SkillLevel;

const has = (skill: SkillRef, level: SkillLevel): CandidateSkill => ({ ...skill, level });
const wants = (...occupations: ReferenceOccupation[]) =>
  occupations.map(({ id, iscoGroup }) => ({ id, iscoGroup }));

type CandidateFields = Omit<
  MatchCandidate,
  'hasShelteredWorkIndication' | 'inJobAgreementRegister' | 'earliestStart'
> &
  Partial<
    Pick<MatchCandidate, 'hasShelteredWorkIndication' | 'inJobAgreementRegister' | 'earliestStart'>
  >;

function candidate(fields: CandidateFields): MatchCandidate {
  return {
    hasShelteredWorkIndication: false,
    inJobAgreementRegister: false,
    earliestStart: null,
    ...fields,
  };
}

interface VacancyFields {
  occupation: ReferenceOccupation | null;
  routeType: RouteType;
  at: keyof typeof PC4 | 'REMOTE';
  hours: [number, number];
  dutch: CefrLevel | null;
  education?: EducationLevel;
  required: SkillRef[];
  niceToHave?: SkillRef[];
  inclusive?: InclusiveOption[];
  reservedForJobAgreement?: boolean;
  closingDate?: string;
}

function vacancy(fields: VacancyFields): MatchVacancy {
  const occupation = fields.occupation;
  return {
    requiredSkills: fields.required,
    niceToHaveSkills: fields.niceToHave ?? [],
    occupation: occupation && {
      id: occupation.id,
      label: occupation.label,
      iscoGroup: occupation.iscoGroup,
    },
    occupationEssentialSkills: occupation?.essentialSkills ?? [],
    routeType: fields.routeType,
    hours: { min: fields.hours[0], max: fields.hours[1] },
    location: fields.at === 'REMOTE' ? null : PC4[fields.at],
    remote: fields.at === 'REMOTE',
    minDutchLevel: fields.dutch,
    educationLevel: fields.education ?? null,
    inclusiveOptions: fields.inclusive ?? [],
    reservedForJobAgreement: fields.reservedForJobAgreement ?? false,
    closingDate: fields.closingDate ?? null,
  };
}

const S = SKILL;
const O = OCCUPATION;
const { PAID_JOB, SUPPORTED_JOB, LEARN_WORK, WORK_EXPERIENCE, PARTICIPATION_JOB } = RouteType;
const { VOLUNTEER, SHELTERED_WORK, DAY_ACTIVITY, SOCIAL_ACTIVATION, SELF_EMPLOYMENT } = RouteType;
const { A1, A2, B1, B2, C1, C2 } = CefrLevel;
const { JOB_COACH_POSSIBLE, ACCESSIBLE_WORKPLACE, PART_TIME_POSSIBLE, JOB_AGREEMENT_SUITABLE } =
  InclusiveOption;

/**
 * Vacancies in and around Houten and Utrecht of every route type an employer can offer, with two far away
 * (Rotterdam, Amsterdam) and one remote. Places are real PC4 centres, skills and occupations real ESCO concepts.
 */
const VACANCIES: readonly LabelledVacancy[] = [
  {
    id: 'v01-nurse-nursing-home-houten',
    title: 'Verpleegkundige verpleeghuis (Houten)',
    vacancy: vacancy({
      occupation: O.nurse,
      routeType: PAID_JOB,
      at: '3992',
      hours: [24, 36],
      dutch: B2,
      education: EducationLevel.MBO_4,
      required: [
        S.provideProfessionalCareInNursing,
        S.safeManagementOfMedicines,
        S.infectionControl,
        S.useElectronicHealthRecordsInNursing,
        S.firstAid,
      ],
      niceToHave: [S.palliativeCare, S.geriatrics],
      inclusive: [PART_TIME_POSSIBLE],
      closingDate: '2026-04-15',
    }),
  },
  {
    id: 'v02-district-nurse-utrecht',
    title: 'Wijkverpleegkundige (Utrecht-Oost)',
    vacancy: vacancy({
      occupation: O.nurse,
      routeType: PAID_JOB,
      at: '3584',
      hours: [24, 32],
      dutch: B2,
      education: EducationLevel.HBO,
      required: [
        S.implementFundamentalsOfNursing,
        S.applyPersonCentredCare,
        S.planNursingCare,
        S.safeManagementOfMedicines,
      ],
      niceToHave: [S.coordinateCare],
      closingDate: '2026-04-30',
    }),
  },
  {
    id: 'v03-care-helper-nieuwegein',
    title: 'Zorghulp verpleeghuis (Nieuwegein)',
    vacancy: vacancy({
      occupation: O.healthcareAssistant,
      routeType: PAID_JOB,
      at: '3431',
      hours: [16, 28],
      dutch: B1,
      education: EducationLevel.MBO_1,
      required: [S.provideBasicSupportToPatients, S.supportNurses, S.listenActively],
      inclusive: [JOB_COACH_POSSIBLE],
      closingDate: '2026-03-31',
    }),
  },
  {
    id: 'v04-zorgstart-learn-work-houten',
    title: 'Zorgstart: leerwerkplek verzorgende (Houten)',
    vacancy: vacancy({
      occupation: O.nurseAssistant,
      routeType: LEARN_WORK,
      at: '3991',
      hours: [24, 32],
      dutch: B1,
      education: EducationLevel.VMBO,
      required: [S.provideBasicSupportToPatients, S.empathiseWithTheHealthcareUser],
      niceToHave: [S.tendToElderlyPeople],
      inclusive: [JOB_COACH_POSSIBLE],
      closingDate: '2026-05-31',
    }),
  },
  {
    id: 'v05-home-care-zeist',
    title: 'Thuiszorgmedewerker (Zeist)',
    vacancy: vacancy({
      occupation: O.homeCareAide,
      routeType: PAID_JOB,
      at: '3701',
      hours: [16, 24],
      dutch: B1,
      education: EducationLevel.MBO_2,
      required: [
        S.tendToElderlyPeople,
        S.supportSocialServiceUsersToLiveAtHome,
        S.washTheLaundry,
        S.makeTheBeds,
        S.prepareSandwiches,
      ],
      closingDate: '2026-04-15',
    }),
  },
  {
    id: 'v06-warehouse-nieuwegein',
    title: 'Magazijnmedewerker distributiecentrum (Nieuwegein)',
    vacancy: vacancy({
      occupation: O.warehouseWorker,
      routeType: PAID_JOB,
      at: '3433',
      hours: [32, 40],
      dutch: A2,
      education: EducationLevel.VMBO,
      required: [S.pickOrdersForDispatching, S.stackGoods, S.liftHeavyWeights, S.receiveGoods],
      niceToHave: [S.operateForklift],
      closingDate: '2026-03-31',
    }),
  },
  {
    id: 'v07-forklift-utrecht',
    title: 'Heftruckchauffeur (Utrecht, Lage Weide)',
    vacancy: vacancy({
      occupation: O.forkliftOperator,
      routeType: PAID_JOB,
      at: '3542',
      hours: [36, 40],
      dutch: A2,
      education: EducationLevel.VMBO,
      required: [
        S.operateForklift,
        S.conductForkliftInspections,
        S.storeWarehouseGoods,
        S.stackEmptyPallets,
        S.followWorkProcedures,
      ],
      closingDate: '2026-04-30',
    }),
  },
  {
    id: 'v08-voice-picking-b2-houten',
    title: 'Orderpicker met voice picking (Houten)',
    vacancy: vacancy({
      occupation: O.orderPicker,
      routeType: PAID_JOB,
      at: '3991',
      hours: [24, 40],
      // Voice picking gives every instruction in spoken Dutch.
      dutch: B2,
      required: [
        S.pickOrdersForDispatching,
        S.operateVoicePickingSystems,
        S.processOrdersFromOnlineShop,
      ],
      closingDate: '2026-04-15',
    }),
  },
  {
    id: 'v09-packing-sheltered-houten',
    title: 'Inpakker, beschut werk (Houten)',
    vacancy: vacancy({
      occupation: O.handPacker,
      routeType: SHELTERED_WORK,
      at: '3995',
      hours: [16, 28],
      dutch: A2,
      required: [S.packGoods, S.followWrittenInstructions, S.ensureCorrectGoodsLabelling],
      inclusive: [JOB_COACH_POSSIBLE, ACCESSIBLE_WORKPLACE],
      closingDate: '2026-05-31',
    }),
  },
  {
    id: 'v10-packing-day-activity-houten',
    title: 'Inpakwerk, arbeidsmatige dagbesteding (Houten)',
    vacancy: vacancy({
      occupation: O.handPacker,
      routeType: DAY_ACTIVITY,
      at: '3993',
      hours: [4, 16],
      dutch: null,
      required: [S.packGoods],
      inclusive: [ACCESSIBLE_WORKPLACE],
    }),
  },
  {
    id: 'v11-cleaner-job-agreement-utrecht',
    title: 'Schoonmaker, Banenafspraak (Utrecht Science Park)',
    vacancy: vacancy({
      occupation: O.buildingCleaner,
      routeType: SUPPORTED_JOB,
      at: '3584',
      hours: [16, 28],
      dutch: A2,
      required: [S.cleanSurfaces, S.cleanBuildingFloors, S.operateFloorCleaningEquipment],
      inclusive: [JOB_AGREEMENT_SUITABLE, JOB_COACH_POSSIBLE],
      reservedForJobAgreement: true,
      closingDate: '2026-04-30',
    }),
  },
  {
    id: 'v12-office-cleaner-nieuwegein',
    title: 'Schoonmaker kantoren (Nieuwegein)',
    vacancy: vacancy({
      occupation: O.buildingCleaner,
      routeType: PAID_JOB,
      at: '3439',
      hours: [12, 20],
      dutch: A2,
      required: [
        S.cleanSurfaces,
        S.cleanGlassSurfaces,
        S.removeDust,
        S.operateFloorCleaningEquipment,
      ],
      inclusive: [JOB_AGREEMENT_SUITABLE],
      closingDate: '2026-03-31',
    }),
  },
  {
    id: 'v13-kitchen-assistant-utrecht',
    title: 'Keukenhulp restaurant (Utrecht centrum)',
    vacancy: vacancy({
      occupation: O.kitchenAssistant,
      routeType: PAID_JOB,
      at: '3511',
      hours: [20, 32],
      dutch: A2,
      required: [
        S.cleanKitchenEquipment,
        S.useFoodPreparationTechniques,
        S.complyWithFoodSafetyAndHygiene,
      ],
      niceToHave: [S.washTheDishes],
      closingDate: '2026-04-15',
    }),
  },
  {
    id: 'v14-cook-learn-work-houten',
    title: 'Leerwerkplek kok (Houten)',
    vacancy: vacancy({
      occupation: O.cook,
      routeType: LEARN_WORK,
      at: '3992',
      hours: [24, 32],
      dutch: A2,
      required: [
        S.useCookingTechniques,
        S.useFoodPreparationTechniques,
        S.complyWithFoodSafetyAndHygiene,
      ],
      inclusive: [PART_TIME_POSSIBLE],
      closingDate: '2026-05-31',
    }),
  },
  {
    id: 'v15-kitchen-work-experience-overvecht',
    title: 'Werkervaringsplek keuken buurtrestaurant (Utrecht Overvecht)',
    vacancy: vacancy({
      occupation: O.kitchenAssistant,
      routeType: WORK_EXPERIENCE,
      at: '3563',
      hours: [16, 24],
      dutch: A1,
      required: [S.useFoodPreparationTechniques, S.workInAHospitalityTeam],
    }),
  },
  {
    id: 'v16-community-garden-volunteer-houten',
    title: 'Vrijwilliger buurttuin (Houten)',
    vacancy: vacancy({
      occupation: O.landscapeGardener,
      routeType: VOLUNTEER,
      at: '3994',
      hours: [4, 12],
      dutch: A2,
      required: [S.nursePlants, S.useGardeningEquipment, S.workInOutdoorConditions],
    }),
  },
  {
    id: 'v17-green-participation-job-houten',
    title: 'Participatiebaan groenonderhoud gemeente (Houten)',
    vacancy: vacancy({
      occupation: O.landscapeGardener,
      routeType: PARTICIPATION_JOB,
      at: '3991',
      hours: [16, 24],
      dutch: A2,
      required: [S.maintainGround, S.useGardeningEquipment, S.pruneHedgesAndTrees],
      inclusive: [JOB_COACH_POSSIBLE],
      closingDate: '2026-06-30',
    }),
  },
  {
    id: 'v18-landscape-gardener-odijk',
    title: 'Hovenier (Odijk)',
    vacancy: vacancy({
      occupation: O.landscapeGardener,
      routeType: PAID_JOB,
      at: '3984',
      hours: [16, 32],
      dutch: B1,
      education: EducationLevel.MBO_2,
      required: [
        S.pruneHedgesAndTrees,
        S.operateLandscapingEquipment,
        S.maintainLandscapeSite,
        S.buildFences,
        S.prepareTheGround,
      ],
      closingDate: '2026-04-15',
    }),
  },
  {
    id: 'v19-buddy-elderly-volunteer-houten',
    title: 'Maatje voor ouderen, vrijwilligerswerk (Houten)',
    vacancy: vacancy({
      occupation: null,
      routeType: VOLUNTEER,
      at: '3995',
      hours: [4, 8],
      dutch: A2,
      required: [S.keepCompany, S.accompanyPeople, S.prepareHotDrinks],
    }),
  },
  {
    id: 'v20-supermarket-utrecht',
    title: 'Verkoopmedewerker supermarkt (Utrecht)',
    vacancy: vacancy({
      occupation: O.shopAssistant,
      routeType: PAID_JOB,
      at: '3521',
      hours: [12, 24],
      dutch: B1,
      education: EducationLevel.VMBO,
      required: [S.stockShelves, S.operateCashRegister, S.maintainRelationshipWithCustomers],
      niceToHave: [S.assistCustomers],
      closingDate: '2026-03-31',
    }),
  },
  {
    id: 'v21-cashier-houten',
    title: 'Kassamedewerker bouwmarkt (Houten)',
    vacancy: vacancy({
      occupation: O.cashier,
      routeType: PAID_JOB,
      at: '3992',
      hours: [12, 20],
      dutch: A2,
      required: [S.operateCashPoint, S.processPayments, S.customerService],
      closingDate: '2026-04-15',
    }),
  },
  {
    id: 'v22-administration-municipality-houten',
    title: 'Administratief medewerker gemeente (Houten)',
    vacancy: vacancy({
      occupation: O.administrativeAssistant,
      routeType: PAID_JOB,
      at: '3991',
      hours: [24, 36],
      dutch: C1,
      education: EducationLevel.MBO_4,
      required: [
        S.useMicrosoftOffice,
        S.fileDocuments,
        S.manageDigitalDocuments,
        S.draftCorporateEmails,
      ],
      niceToHave: [S.useSpreadsheetsSoftware],
      closingDate: '2026-04-30',
    }),
  },
  {
    id: 'v23-receptionist-utrecht',
    title: 'Receptionist (Utrecht centrum)',
    vacancy: vacancy({
      occupation: O.receptionist,
      routeType: PAID_JOB,
      at: '3511',
      hours: [24, 32],
      dutch: B2,
      education: EducationLevel.MBO_3,
      required: [
        S.greetGuests,
        S.communicateByTelephone,
        S.administerAppointments,
        S.useMicrosoftOffice,
      ],
      closingDate: '2026-04-15',
    }),
  },
  {
    id: 'v24-service-desk-remote',
    title: 'Servicedeskmedewerker (op afstand)',
    vacancy: vacancy({
      occupation: O.ictHelpDeskAgent,
      routeType: PAID_JOB,
      at: 'REMOTE',
      hours: [32, 40],
      dutch: B2,
      education: EducationLevel.MBO_4,
      required: [
        S.provideIctSupport,
        S.useIctTicketingSystem,
        S.solveIctSystemProblems,
        S.communicateWithCustomers,
      ],
      closingDate: '2026-04-30',
    }),
  },
  {
    id: 'v25-software-developer-amsterdam',
    title: 'Softwareontwikkelaar (Amsterdam)',
    vacancy: vacancy({
      occupation: O.softwareDeveloper,
      routeType: PAID_JOB,
      at: '1017',
      hours: [32, 40],
      dutch: B2,
      education: EducationLevel.HBO,
      required: [
        S.computerProgramming,
        S.debugSoftware,
        S.useSoftwareDesignPatterns,
        S.useSoftwareLibraries,
      ],
      closingDate: '2026-04-30',
    }),
  },
  {
    id: 'v26-bicycle-mechanic-houten',
    title: 'Fietsenmaker (Houten)',
    vacancy: vacancy({
      occupation: O.bicycleMechanic,
      routeType: PAID_JOB,
      at: '3992',
      hours: [24, 38],
      dutch: A2,
      education: EducationLevel.MBO_2,
      required: [S.performRepairsOnBicycles, S.maintainBrakingSystem, S.replaceDefectComponents],
      closingDate: '2026-04-15',
    }),
  },
  {
    id: 'v27-bicycle-workshop-work-experience-utrecht',
    title: 'Werkervaringsplek fietsenwerkplaats (Utrecht)',
    vacancy: vacancy({
      occupation: O.bicycleMechanic,
      routeType: WORK_EXPERIENCE,
      at: '3526',
      hours: [16, 24],
      dutch: A1,
      required: [S.performRepairsOnBicycles, S.washBicycles],
      inclusive: [JOB_COACH_POSSIBLE],
    }),
  },
  {
    id: 'v28-library-volunteer-nieuwegein',
    title: 'Vrijwilliger bibliotheek (Nieuwegein)',
    vacancy: vacancy({
      occupation: O.libraryAssistant,
      routeType: VOLUNTEER,
      at: '3431',
      hours: [4, 8],
      dutch: B1,
      required: [S.organiseLibraryMaterial, S.provideLibraryInformation],
    }),
  },
  {
    id: 'v29-nurse-hospital-rotterdam',
    title: 'Verpleegkundige ziekenhuis (Rotterdam)',
    vacancy: vacancy({
      occupation: O.nurse,
      routeType: PAID_JOB,
      at: '3011',
      hours: [24, 36],
      dutch: B2,
      education: EducationLevel.MBO_4,
      required: [
        S.provideProfessionalCareInNursing,
        S.implementFundamentalsOfNursing,
        S.safeManagementOfMedicines,
        S.infectionControl,
      ],
      closingDate: '2026-04-30',
    }),
  },
  {
    id: 'v30-bicycle-mechanic-culemborg',
    title: 'Fietsenmaker (Culemborg)',
    vacancy: vacancy({
      occupation: O.bicycleMechanic,
      routeType: PAID_JOB,
      at: '4101',
      hours: [24, 32],
      dutch: A2,
      education: EducationLevel.VMBO,
      required: [S.performRepairsOnBicycles, S.assembleBicycles, S.tuneBicycles],
      closingDate: '2026-04-30',
    }),
  },
  {
    id: 'v31-kitchen-learn-work-utrecht',
    title: 'Leerwerktraject keuken met horecaopleiding (Utrecht centrum)',
    vacancy: vacancy({
      occupation: O.kitchenAssistant,
      routeType: LEARN_WORK,
      at: '3511',
      hours: [16, 24],
      dutch: A2,
      required: [S.useFoodPreparationTechniques, S.complyWithFoodSafetyAndHygiene],
      inclusive: [JOB_COACH_POSSIBLE],
      closingDate: '2026-05-31',
    }),
  },
  {
    id: 'v32-packing-sheltered-nieuwegein',
    title: 'Inpakken en assembleren, beschut werk (Nieuwegein)',
    vacancy: vacancy({
      occupation: O.handPacker,
      routeType: SHELTERED_WORK,
      at: '3433',
      hours: [20, 32],
      dutch: A2,
      required: [S.packGoods, S.usePackagingEquipment, S.followWrittenInstructions],
      inclusive: [JOB_COACH_POSSIBLE, ACCESSIBLE_WORKPLACE],
      closingDate: '2026-04-30',
    }),
  },
  {
    id: 'v33-service-desk-municipality-zeist',
    title: 'Medewerker servicedesk gemeente (Zeist)',
    vacancy: vacancy({
      occupation: O.ictHelpDeskAgent,
      routeType: PAID_JOB,
      at: '3701',
      hours: [24, 36],
      dutch: B2,
      education: EducationLevel.MBO_3,
      required: [S.provideIctSupport, S.useIctTicketingSystem, S.communicateWithCustomers],
      closingDate: '2026-03-15',
    }),
  },
  {
    id: 'v34-host-nursing-home-work-experience-utrecht',
    title: 'Werkervaringsplek gastvrouw/gastheer verpleeghuis (Utrecht)',
    vacancy: vacancy({
      occupation: O.healthcareAssistant,
      routeType: WORK_EXPERIENCE,
      at: '3525',
      hours: [20, 28],
      dutch: B1,
      required: [S.keepCompany, S.tendToElderlyPeople, S.prepareHotDrinks],
      inclusive: [JOB_COACH_POSSIBLE],
    }),
  },
];

/**
 * Twelve people, each labelled against every vacancy by hand before the scorer ran on them: near and far, A2 to
 * C2 Dutch, participation levels 2 to 6 and one without an assessment, paid jobs, learn-work, volunteer, day
 * activity and sheltered work, one person with a sheltered-work indication and one in the Banenafspraak register.
 */
const PROFILES: readonly LabelledProfile[] = [
  {
    id: 'p01-nurse-houten',
    summary: 'Verpleegkundige (mbo 4), Houten, 15 km, wil betaald werk; trede 6, Nederlands B2',
    candidate: candidate({
      skills: [
        has(S.provideProfessionalCareInNursing, EXPERT),
        has(S.implementFundamentalsOfNursing, PROFICIENT),
        has(S.safeManagementOfMedicines, PROFICIENT),
        has(S.infectionControl, PROFICIENT),
        has(S.firstAid, COMPETENT),
        has(S.applyPersonCentredCare, PROFICIENT),
        has(S.listenActively, PROFICIENT),
        has(S.useElectronicHealthRecordsInNursing, COMPETENT),
        has(S.geriatrics, COMPETENT),
        has(S.planNursingCare, PROFICIENT),
      ],
      wantedOccupations: wants(O.nurse),
      educationLevel: EducationLevel.MBO_4,
      dutchLevel: B2,
      hours: { min: 24, max: 32 },
      location: PC4['3992'],
      travelKm: 15,
      wantedRouteTypes: [PAID_JOB],
      participationLevel: 6,
    }),
    relevance: {
      'v01-nurse-nursing-home-houten': 3,
      'v02-district-nurse-utrecht': 3,
      'v03-care-helper-nieuwegein': 1,
      'v05-home-care-zeist': 1,
    },
  },
  {
    id: 'p02-order-picker-nieuwegein',
    summary:
      'Orderpicker met heftruckervaring, Nieuwegein, 20 km, betaald werk; trede 6, Nederlands A2',
    candidate: candidate({
      skills: [
        has(S.pickOrdersForDispatching, PROFICIENT),
        has(S.operateForklift, PROFICIENT),
        has(S.stackGoods, PROFICIENT),
        has(S.liftHeavyWeights, EXPERT),
        has(S.storeWarehouseGoods, COMPETENT),
        has(S.receiveGoods, COMPETENT),
        has(S.operateWarehouseRecordSystems, BEGINNER),
      ],
      wantedOccupations: wants(O.forkliftOperator, O.warehouseWorker),
      educationLevel: EducationLevel.VMBO,
      dutchLevel: A2,
      hours: { min: 32, max: 40 },
      location: PC4['3432'],
      travelKm: 20,
      wantedRouteTypes: [PAID_JOB],
      participationLevel: 6,
    }),
    relevance: {
      'v06-warehouse-nieuwegein': 3,
      'v07-forklift-utrecht': 3,
    },
  },
  {
    id: 'p03-cook-overvecht',
    summary:
      'Kok in het land van herkomst, Utrecht Overvecht, 10 km, zoekt leerwerk- of werkervaringsplek; trede 4, Nederlands A2',
    candidate: candidate({
      skills: [
        has(S.useCookingTechniques, EXPERT),
        has(S.useFoodPreparationTechniques, EXPERT),
        has(S.useFoodCuttingTools, PROFICIENT),
        has(S.complyWithFoodSafetyAndHygiene, BEGINNER),
        has(S.workInAHospitalityTeam, COMPETENT),
      ],
      wantedOccupations: wants(O.cook, O.kitchenAssistant),
      educationLevel: null,
      dutchLevel: A2,
      hours: { min: 16, max: 32 },
      location: PC4['3564'],
      travelKm: 10,
      wantedRouteTypes: [LEARN_WORK, WORK_EXPERIENCE, PARTICIPATION_JOB],
      participationLevel: 4,
    }),
    relevance: {
      'v15-kitchen-work-experience-overvecht': 3,
      'v31-kitchen-learn-work-utrecht': 3,
    },
  },
  {
    id: 'p04-gardener-level-3-houten',
    summary:
      'Tuiniert graag en is graag onder mensen, Houten, 8 km; wil ook betaald werk maar staat op trede 3; Nederlands B1',
    candidate: candidate({
      skills: [
        has(S.nursePlants, COMPETENT),
        has(S.useGardeningEquipment, COMPETENT),
        has(S.workInOutdoorConditions, PROFICIENT),
        has(S.keepCompany, PROFICIENT),
        has(S.accompanyPeople, COMPETENT),
        has(S.prepareHotDrinks, PROFICIENT),
      ],
      wantedOccupations: wants(O.landscapeGardener),
      educationLevel: EducationLevel.VMBO,
      dutchLevel: B1,
      hours: { min: 8, max: 20 },
      location: PC4['3994'],
      travelKm: 8,
      wantedRouteTypes: [VOLUNTEER, PARTICIPATION_JOB, WORK_EXPERIENCE, PAID_JOB],
      participationLevel: 3,
    }),
    relevance: {
      'v16-community-garden-volunteer-houten': 3,
      'v17-green-participation-job-houten': 3,
      'v19-buddy-elderly-volunteer-houten': 2,
      'v28-library-volunteer-nieuwegein': 1,
      // People skills fit, but the hours barely meet (20 of their 8–20).
      'v34-host-nursing-home-work-experience-utrecht': 1,
    },
  },
  {
    id: 'p05-packer-sheltered-indication-houten',
    summary:
      'Inpakker met indicatie beschut werk, Houten, 12 km, beschut werk, dagbesteding of participatiebaan; trede 4, Nederlands B1',
    candidate: candidate({
      skills: [
        has(S.packGoods, PROFICIENT),
        has(S.followWrittenInstructions, COMPETENT),
        has(S.ensureCorrectGoodsLabelling, COMPETENT),
        has(S.usePackagingEquipment, BEGINNER),
        has(S.complyWithChecklists, COMPETENT),
      ],
      wantedOccupations: wants(O.handPacker),
      educationLevel: EducationLevel.VMBO,
      dutchLevel: B1,
      hours: { min: 16, max: 28 },
      location: PC4['3995'],
      travelKm: 12,
      wantedRouteTypes: [SHELTERED_WORK, DAY_ACTIVITY, PARTICIPATION_JOB],
      participationLevel: 4,
      hasShelteredWorkIndication: true,
    }),
    relevance: {
      'v09-packing-sheltered-houten': 3,
      'v32-packing-sheltered-nieuwegein': 3,
      'v10-packing-day-activity-houten': 1,
      'v17-green-participation-job-houten': 1,
    },
  },
  {
    id: 'p06-cleaner-job-agreement-utrecht',
    summary:
      'Schoonmaker in het doelgroepregister Banenafspraak, Utrecht, 15 km, betaald werk (ook met ondersteuning); trede 5, Nederlands A2',
    candidate: candidate({
      skills: [
        has(S.cleanSurfaces, PROFICIENT),
        has(S.cleanBuildingFloors, PROFICIENT),
        has(S.operateFloorCleaningEquipment, COMPETENT),
        has(S.performCleaningDuties, PROFICIENT),
        has(S.washTheDishes, PROFICIENT),
        has(S.cleanKitchenEquipment, COMPETENT),
      ],
      wantedOccupations: wants(O.buildingCleaner, O.kitchenAssistant),
      educationLevel: EducationLevel.NONE,
      dutchLevel: A2,
      hours: { min: 16, max: 28 },
      location: PC4['3525'],
      travelKm: 15,
      wantedRouteTypes: [SUPPORTED_JOB, PAID_JOB],
      participationLevel: 5,
      inJobAgreementRegister: true,
    }),
    relevance: {
      'v11-cleaner-job-agreement-utrecht': 3,
      'v12-office-cleaner-nieuwegein': 2,
      'v13-kitchen-assistant-utrecht': 2,
      'v20-supermarket-utrecht': 1,
    },
  },
  {
    id: 'p07-retail-utrecht',
    summary:
      'Ervaring in de winkel en aan de kassa, Utrecht centrum, 10 km, betaald werk of leerwerk; trede 6, Nederlands C1',
    candidate: candidate({
      skills: [
        has(S.operateCashRegister, COMPETENT),
        has(S.stockShelves, PROFICIENT),
        has(S.assistCustomers, COMPETENT),
        has(S.processPayments, COMPETENT),
        has(S.maintainCustomerService, COMPETENT),
        has(S.customerService, COMPETENT),
      ],
      wantedOccupations: wants(O.shopAssistant, O.cashier),
      educationLevel: EducationLevel.VMBO,
      dutchLevel: C1,
      hours: { min: 12, max: 24 },
      location: PC4['3512'],
      travelKm: 10,
      wantedRouteTypes: [PAID_JOB, LEARN_WORK],
      participationLevel: 6,
    }),
    relevance: {
      'v20-supermarket-utrecht': 3,
      'v21-cashier-houten': 3,
      'v23-receptionist-utrecht': 1,
    },
  },
  {
    id: 'p08-office-nieuwegein-no-coach',
    summary:
      'Administratief medewerker (mbo 4), Nieuwegein, 25 km, betaald werk; zelfredzaam, geen coach en dus geen trede; Nederlands C2',
    candidate: candidate({
      skills: [
        has(S.useMicrosoftOffice, EXPERT),
        has(S.fileDocuments, PROFICIENT),
        has(S.useSpreadsheetsSoftware, PROFICIENT),
        has(S.draftCorporateEmails, PROFICIENT),
        has(S.communicateByTelephone, PROFICIENT),
        has(S.administerAppointments, COMPETENT),
        has(S.manageDigitalDocuments, COMPETENT),
      ],
      wantedOccupations: wants(O.administrativeAssistant, O.receptionist),
      educationLevel: EducationLevel.MBO_4,
      dutchLevel: C2,
      hours: { min: 24, max: 36 },
      location: PC4['3437'],
      travelKm: 25,
      wantedRouteTypes: [PAID_JOB],
      participationLevel: null,
    }),
    relevance: {
      'v22-administration-municipality-houten': 3,
      'v23-receptionist-utrecht': 3,
      'v24-service-desk-remote': 1,
      'v33-service-desk-municipality-zeist': 1,
    },
  },
  {
    id: 'p09-service-desk-zeist',
    summary:
      'ICT-servicedesk (mbo 4), Zeist, 30 km, betaald werk of zelfstandig, kan pas per juni beginnen; trede 6, Nederlands B2',
    candidate: candidate({
      skills: [
        has(S.provideIctSupport, PROFICIENT),
        has(S.solveIctSystemProblems, PROFICIENT),
        has(S.useIctTicketingSystem, COMPETENT),
        has(S.communicateWithCustomers, COMPETENT),
        has(S.haveComputerLiteracy, EXPERT),
        has(S.computerProgramming, BEGINNER),
      ],
      wantedOccupations: wants(O.ictHelpDeskAgent),
      educationLevel: EducationLevel.MBO_4,
      dutchLevel: B2,
      hours: { min: 32, max: 40 },
      earliestStart: '2026-06-01',
      location: PC4['3705'],
      travelKm: 30,
      wantedRouteTypes: [PAID_JOB, SELF_EMPLOYMENT],
      participationLevel: 6,
    }),
    relevance: {
      'v24-service-desk-remote': 3,
      'v33-service-desk-municipality-zeist': 3,
      'v23-receptionist-utrecht': 1,
    },
  },
  {
    id: 'p10-day-activity-level-2-houten',
    summary:
      'Weinig contacten buiten huis, Houten, 5 km, zoekt dagbesteding, activering of een paar uur vrijwilligerswerk; trede 2, Nederlands A2',
    candidate: candidate({
      skills: [
        has(S.nursePlants, BEGINNER),
        has(S.packGoods, BEGINNER),
        has(S.prepareHotDrinks, COMPETENT),
        has(S.keepCompany, COMPETENT),
      ],
      wantedOccupations: [],
      educationLevel: null,
      dutchLevel: A2,
      hours: { min: 4, max: 8 },
      location: PC4['3993'],
      travelKm: 5,
      wantedRouteTypes: [DAY_ACTIVITY, SOCIAL_ACTIVATION, VOLUNTEER],
      participationLevel: 2,
    }),
    relevance: {
      'v10-packing-day-activity-houten': 3,
      'v16-community-garden-volunteer-houten': 2,
      'v19-buddy-elderly-volunteer-houten': 2,
    },
  },
  {
    id: 'p11-care-starter-kanaleneiland',
    summary:
      'Wil de zorg in, zorgde jaren voor familie, Utrecht Kanaleneiland, 12 km, leerwerk, werkervaring of vrijwilligerswerk; trede 4, Nederlands B1',
    candidate: candidate({
      skills: [
        has(S.tendToElderlyPeople, COMPETENT),
        has(S.keepCompany, PROFICIENT),
        has(S.provideBasicSupportToPatients, BEGINNER),
        has(S.listenActively, PROFICIENT),
        has(S.makeTheBeds, COMPETENT),
        has(S.empathiseWithTheHealthcareUser, COMPETENT),
      ],
      wantedOccupations: wants(O.healthcareAssistant, O.homeCareAide),
      educationLevel: EducationLevel.VMBO,
      dutchLevel: B1,
      hours: { min: 24, max: 32 },
      location: PC4['3526'],
      travelKm: 12,
      wantedRouteTypes: [LEARN_WORK, WORK_EXPERIENCE, VOLUNTEER],
      participationLevel: 4,
    }),
    relevance: {
      'v04-zorgstart-learn-work-houten': 3,
      'v34-host-nursing-home-work-experience-utrecht': 3,
    },
  },
  {
    id: 'p12-bicycle-mechanic-wijk-bij-duurstede',
    summary:
      'Fietsenmaker (mbo 2), Wijk bij Duurstede, 10 km, betaald werk of werkervaring; trede 5, Nederlands A2',
    candidate: candidate({
      skills: [
        has(S.performRepairsOnBicycles, EXPERT),
        has(S.maintainBrakingSystem, PROFICIENT),
        has(S.replaceDefectComponents, PROFICIENT),
        has(S.assembleBicycles, PROFICIENT),
        has(S.tuneBicycles, COMPETENT),
        has(S.washBicycles, PROFICIENT),
      ],
      wantedOccupations: wants(O.bicycleMechanic),
      educationLevel: EducationLevel.MBO_2,
      dutchLevel: A2,
      hours: { min: 24, max: 32 },
      location: PC4['3961'],
      travelKm: 10,
      wantedRouteTypes: [PAID_JOB, SUPPORTED_JOB, WORK_EXPERIENCE],
      participationLevel: 5,
    }),
    relevance: {
      'v30-bicycle-mechanic-culemborg': 3,
    },
  },
];

export const MATCH_QUALITY_SET: LabelledSet = Object.freeze({
  profiles: PROFILES,
  vacancies: VACANCIES,
});
