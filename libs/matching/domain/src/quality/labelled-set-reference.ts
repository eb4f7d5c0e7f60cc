// Written by `node tools/run.mjs tools/matching/write-labelled-set-reference.ts` from data/reference
// (ESCO v1.1.1, GeoNames PC4 centres); tools/matching/labelled-set-reference.spec.ts checks it against them.
import type { Coordinates } from '@werkmatch/geo/domain';
import type { MatchOccupation, SkillRef } from '../match-input';

/** An ESCO occupation with its essential skills, as a caller of the scorer passes them in. */
export interface ReferenceOccupation extends MatchOccupation {
  essentialSkills: readonly SkillRef[];
}

/** ESCO skills the set names, keyed by their English label; the label is the one shown (Dutch where ESCO has one). */
export const SKILL = {
  provideProfessionalCareInNursing: {
    id: 'http://data.europa.eu/esco/skill/1023ac61-250f-4eef-b7a9-238cf071685f',
    label: 'provide professional care in nursing',
  },
  implementFundamentalsOfNursing: {
    id: 'http://data.europa.eu/esco/skill/516e324b-03fc-4d3b-9986-e46e9834cd43',
    label: 'implement fundamentals of nursing',
  },
  safeManagementOfMedicines: {
    id: 'http://data.europa.eu/esco/skill/2d6904db-9e16-42a5-bc12-c5acb8bfab18',
    label: 'safe management of medicines',
  },
  infectionControl: {
    id: 'http://data.europa.eu/esco/skill/6d13053b-ee35-492c-8976-8178420df398',
    label: 'infection control',
  },
  firstAid: {
    id: 'http://data.europa.eu/esco/skill/f7464f30-662b-4177-85a0-3df9693e9e58',
    label: 'first aid',
  },
  applyPersonCentredCare: {
    id: 'http://data.europa.eu/esco/skill/7a63f944-6948-4ae4-9c1f-d08e492535c9',
    label: 'apply person-centred care',
  },
  listenActively: {
    id: 'http://data.europa.eu/esco/skill/a17286c5-238d-4f0b-bc24-29e9121345de',
    label: 'listen actively',
  },
  useElectronicHealthRecordsInNursing: {
    id: 'http://data.europa.eu/esco/skill/a46743b7-ff8c-49b6-99f7-7fa5bc241771',
    label: 'elektronische gezondheidsgegevens gebruiken bij verpleging',
  },
  palliativeCare: {
    id: 'http://data.europa.eu/esco/skill/c5a80bb0-31e6-4de0-868c-00a0f9b88b47',
    label: 'palliative care',
  },
  geriatrics: {
    id: 'http://data.europa.eu/esco/skill/52c19dc8-651f-4095-98fe-dcb2799d702e',
    label: 'geriatrics',
  },
  planNursingCare: {
    id: 'http://data.europa.eu/esco/skill/6acf652c-33b2-4e28-8f79-1e553f255229',
    label: 'plan nursing care',
  },
  coordinateCare: {
    id: 'http://data.europa.eu/esco/skill/71480db1-a706-47f9-952f-bdc5036e3df3',
    label: 'coordinate care',
  },
  provideBasicSupportToPatients: {
    id: 'http://data.europa.eu/esco/skill/24f980ba-b44f-4739-b563-205104c3190d',
    label: 'provide basic support to patients',
  },
  supportNurses: {
    id: 'http://data.europa.eu/esco/skill/62268d9a-42f9-4c65-9ed3-d7ba69249896',
    label: 'support nurses',
  },
  empathiseWithTheHealthcareUser: {
    id: 'http://data.europa.eu/esco/skill/2475cd27-8d6c-4318-a364-21395b23acba',
    label: 'empathise with the healthcare user',
  },
  tendToElderlyPeople: {
    id: 'http://data.europa.eu/esco/skill/261e740b-d32d-4356-94a8-3ea29128b70b',
    label: 'tend to elderly people',
  },
  supportSocialServiceUsersToLiveAtHome: {
    id: 'http://data.europa.eu/esco/skill/941438bd-cc03-4326-91bf-677157dca170',
    label: 'support social service users to live at home',
  },
  washTheLaundry: {
    id: 'http://data.europa.eu/esco/skill/04838ae5-a737-48a0-a782-3d1b6b6cb75b',
    label: 'wash the laundry',
  },
  makeTheBeds: {
    id: 'http://data.europa.eu/esco/skill/e0c6fdd1-336a-4e2f-91d1-ab4a2f9c385d',
    label: 'make the beds',
  },
  prepareSandwiches: {
    id: 'http://data.europa.eu/esco/skill/493a1805-6caa-4cda-8fd3-6495ec8ea451',
    label: 'prepare sandwiches',
  },
  keepCompany: {
    id: 'http://data.europa.eu/esco/skill/ff939984-b1a6-4d57-88bd-e453262433c4',
    label: 'keep company',
  },
  accompanyPeople: {
    id: 'http://data.europa.eu/esco/skill/ab89ad86-1098-44bb-9465-05af5624557c',
    label: 'accompany people',
  },
  monitorBasicPatientsSigns: {
    id: 'http://data.europa.eu/esco/skill/d3b74d50-7fc9-4051-9335-58d129a4a064',
    label: 'monitor basic patients signs',
  },
  pickOrdersForDispatching: {
    id: 'http://data.europa.eu/esco/skill/ee5e2297-39cc-4ed6-89e5-d58016118a7f',
    label: 'pick orders for dispatching',
  },
  stackGoods: {
    id: 'http://data.europa.eu/esco/skill/3d086228-d7fc-4c23-972a-22b7d44a6173',
    label: 'stack goods',
  },
  liftHeavyWeights: {
    id: 'http://data.europa.eu/esco/skill/ab2bb44a-3956-4028-8715-8b70b1960b99',
    label: 'lift heavy weights',
  },
  receiveGoods: {
    id: 'http://data.europa.eu/esco/skill/2cae39d6-78c2-4ce3-bee8-628504371463',
    label: 'receive goods',
  },
  operateForklift: {
    id: 'http://data.europa.eu/esco/skill/28cb374e-6261-4133-8371-f9a5470145da',
    label: 'operate forklift',
  },
  conductForkliftInspections: {
    id: 'http://data.europa.eu/esco/skill/3c84f7d9-7a3e-4343-814f-31de0aa61651',
    label: 'conduct forklift inspections',
  },
  storeWarehouseGoods: {
    id: 'http://data.europa.eu/esco/skill/e883d55a-75ae-460b-ba0a-47fecf14f1b3',
    label: 'store warehouse goods',
  },
  stackEmptyPallets: {
    id: 'http://data.europa.eu/esco/skill/7991b413-8e71-415d-bb6a-923ea154abc5',
    label: 'stack empty pallets',
  },
  followWorkProcedures: {
    id: 'http://data.europa.eu/esco/skill/a23659b1-a8bc-4331-a58d-eef263ca6a14',
    label: 'follow work procedures',
  },
  operateWarehouseRecordSystems: {
    id: 'http://data.europa.eu/esco/skill/055ff233-6569-43db-9f95-a4b03dca97da',
    label: 'gegevensregistratiesystemen voor magazijnen gebruiken',
  },
  operateVoicePickingSystems: {
    id: 'http://data.europa.eu/esco/skill/28b7d7fb-0483-4877-9aaa-f990f10f16f5',
    label: 'spraakgestuurde orderpickingsystemen gebruiken',
  },
  processOrdersFromOnlineShop: {
    id: 'http://data.europa.eu/esco/skill/d5fa1ed6-6cd8-41b9-8e78-2ba168ff3457',
    label: 'process orders from online shop',
  },
  packGoods: {
    id: 'http://data.europa.eu/esco/skill/667cbbaf-f377-46d8-8f2d-1f6d8a55d74a',
    label: 'pack goods',
  },
  followWrittenInstructions: {
    id: 'http://data.europa.eu/esco/skill/54d68400-9da3-4077-a7ee-52e68b390ef6',
    label: 'follow written instructions',
  },
  ensureCorrectGoodsLabelling: {
    id: 'http://data.europa.eu/esco/skill/6fcf2fc7-7b74-42e5-845f-f5854fd44f37',
    label: 'correcte etikettering van goederen waarborgen',
  },
  usePackagingEquipment: {
    id: 'http://data.europa.eu/esco/skill/27536739-c38b-45d2-9e96-1573b1d32fdd',
    label: 'use packaging equipment',
  },
  complyWithChecklists: {
    id: 'http://data.europa.eu/esco/skill/d66964f4-6f5b-443e-bf74-e61a56f5957f',
    label: 'comply with checklists',
  },
  cleanSurfaces: {
    id: 'http://data.europa.eu/esco/skill/6ff01827-907d-43d8-b6e4-7162c1cf0aca',
    label: 'clean surfaces',
  },
  cleanBuildingFloors: {
    id: 'http://data.europa.eu/esco/skill/a2cd3b30-2d6c-473e-a5d4-4e7cb576babe',
    label: 'clean building floors',
  },
  operateFloorCleaningEquipment: {
    id: 'http://data.europa.eu/esco/skill/2ed98048-bf2f-47e5-a0de-fd23d6abe2f6',
    label: 'operate floor cleaning equipment',
  },
  cleanGlassSurfaces: {
    id: 'http://data.europa.eu/esco/skill/d05ae693-dc7d-4073-8806-2782f117c24a',
    label: 'clean glass surfaces',
  },
  removeDust: {
    id: 'http://data.europa.eu/esco/skill/329d7233-7231-4082-8ca4-0b5e295785aa',
    label: 'remove dust',
  },
  performCleaningDuties: {
    id: 'http://data.europa.eu/esco/skill/4f1b6304-f54a-42f0-9604-5427a28d240f',
    label: 'perform cleaning duties',
  },
  washTheDishes: {
    id: 'http://data.europa.eu/esco/skill/c662be22-f17a-4ba0-894f-d720b20c44cf',
    label: 'wash the dishes',
  },
  cleanKitchenEquipment: {
    id: 'http://data.europa.eu/esco/skill/9b31016e-c99d-4bd2-a550-d5660dac5041',
    label: 'clean kitchen equipment',
  },
  useCookingTechniques: {
    id: 'http://data.europa.eu/esco/skill/f3934441-4bff-4076-9945-e6c51a01c467',
    label: 'use cooking techniques',
  },
  useFoodPreparationTechniques: {
    id: 'http://data.europa.eu/esco/skill/4b15a965-9bb4-42f1-8e44-1024aeb0b08c',
    label: 'use food preparation techniques',
  },
  useFoodCuttingTools: {
    id: 'http://data.europa.eu/esco/skill/c42d2a2a-2f55-45ac-beb1-0a8a76412457',
    label: 'use food cutting tools',
  },
  complyWithFoodSafetyAndHygiene: {
    id: 'http://data.europa.eu/esco/skill/0ff99f51-40d9-42f1-a1ec-377b2bb5e15f',
    label: 'comply with food safety and hygiene',
  },
  workInAHospitalityTeam: {
    id: 'http://data.europa.eu/esco/skill/8c8da904-cdb3-47d9-bfbf-15ade747d9ec',
    label: 'work in a hospitality team',
  },
  nursePlants: {
    id: 'http://data.europa.eu/esco/skill/7b3717e4-e963-44e0-b94f-1088a7242da0',
    label: 'planten verzorgen',
  },
  useGardeningEquipment: {
    id: 'http://data.europa.eu/esco/skill/8a1942a8-bebd-4cc5-bdff-fe215aaa3de5',
    label: 'use gardening equipment',
  },
  workInOutdoorConditions: {
    id: 'http://data.europa.eu/esco/skill/0e355580-bd4a-465a-8058-92984623070e',
    label: 'work in outdoor conditions',
  },
  maintainGround: {
    id: 'http://data.europa.eu/esco/skill/5125b132-d1a9-41a4-95c3-91b0984e86b5',
    label: 'maintain ground',
  },
  pruneHedgesAndTrees: {
    id: 'http://data.europa.eu/esco/skill/51097602-8e4e-4830-8f35-d77afc713fc0',
    label: 'prune hedges and trees',
  },
  operateLandscapingEquipment: {
    id: 'http://data.europa.eu/esco/skill/69c865d1-39d6-48ae-b33f-75a7e9cc1811',
    label: 'operate landscaping equipment',
  },
  maintainLandscapeSite: {
    id: 'http://data.europa.eu/esco/skill/d6f40152-c00d-44fa-a48f-55e39f08c14e',
    label: 'maintain landscape site',
  },
  buildFences: {
    id: 'http://data.europa.eu/esco/skill/8bb1142a-06ca-41fa-a434-444d95d8b8c9',
    label: 'build fences',
  },
  prepareTheGround: {
    id: 'http://data.europa.eu/esco/skill/17fa5b53-fd59-49eb-8763-29255a185d26',
    label: 'prepare the ground',
  },
  stockShelves: {
    id: 'http://data.europa.eu/esco/skill/7e9daad3-8604-4839-af9b-dc6f8db3ef68',
    label: 'stock shelves',
  },
  operateCashRegister: {
    id: 'http://data.europa.eu/esco/skill/0cb013af-6dd9-4fb2-b34e-63dda1a5cf82',
    label: 'operate cash register',
  },
  maintainRelationshipWithCustomers: {
    id: 'http://data.europa.eu/esco/skill/2239694b-771a-4586-8b54-2794e361a9ae',
    label: 'maintain relationship with customers',
  },
  operateCashPoint: {
    id: 'http://data.europa.eu/esco/skill/279101c1-e325-4349-bf58-401b6c8ff208',
    label: 'operate cash point',
  },
  processPayments: {
    id: 'http://data.europa.eu/esco/skill/bdcac0c8-b77a-4640-9eaf-c0cf3efd1e23',
    label: 'process payments',
  },
  customerService: {
    id: 'http://data.europa.eu/esco/skill/15a33d76-4640-438d-ae64-fdc0c1d3eebc',
    label: 'customer service',
  },
  assistCustomers: {
    id: 'http://data.europa.eu/esco/skill/61970f8b-099c-4e7e-82e0-9ccdced0baf3',
    label: 'assist customers',
  },
  maintainCustomerService: {
    id: 'http://data.europa.eu/esco/skill/75dfe1ee-5935-42ce-b820-697f827825c3',
    label: 'maintain customer service',
  },
  useMicrosoftOffice: {
    id: 'http://data.europa.eu/esco/skill/f683ae1d-cb7c-4aa1-b9fe-205e1bd23535',
    label: 'Microsoft Office gebruiken',
  },
  fileDocuments: {
    id: 'http://data.europa.eu/esco/skill/3d427a49-4f85-42cd-8a92-62d4a34f41a1',
    label: 'documenten archiveren',
  },
  manageDigitalDocuments: {
    id: 'http://data.europa.eu/esco/skill/b769f524-0f25-44d7-8538-5c46710a040e',
    label: 'digitale documenten beheren',
  },
  draftCorporateEmails: {
    id: 'http://data.europa.eu/esco/skill/ec0bbf39-0edd-4015-a2c3-82ad563ce3a8',
    label: 'zakelijke e-mails opstellen',
  },
  useSpreadsheetsSoftware: {
    id: 'http://data.europa.eu/esco/skill/1973c966-f236-40c9-b2d4-5d71a89019be',
    label: 'software voor spreadsheets gebruiken',
  },
  greetGuests: {
    id: 'http://data.europa.eu/esco/skill/26a6e6d2-1c9a-4d7e-8c04-5ba16d1f53da',
    label: 'greet guests',
  },
  communicateByTelephone: {
    id: 'http://data.europa.eu/esco/skill/de2f0ce8-f8d6-48c5-a213-4d065251cecf',
    label: 'communicate by telephone',
  },
  administerAppointments: {
    id: 'http://data.europa.eu/esco/skill/933e7ccf-5d56-46ba-aca4-857f826a6b3a',
    label: 'administer appointments',
  },
  provideIctSupport: {
    id: 'http://data.europa.eu/esco/skill/c2296e2e-5fef-4f24-a24f-e5b3792268be',
    label: 'ICT-ondersteuning bieden',
  },
  useIctTicketingSystem: {
    id: 'http://data.europa.eu/esco/skill/6430eb0d-c6de-46b7-a7fc-3dd2e8e62a69',
    label: 'ICT-ticketsysteem gebruiken',
  },
  solveIctSystemProblems: {
    id: 'http://data.europa.eu/esco/skill/9e06bac6-6b91-48ca-8b7d-c1f48cdecd7c',
    label: 'ICT-systeemproblemen oplossen',
  },
  communicateWithCustomers: {
    id: 'http://data.europa.eu/esco/skill/0da516ee-e70e-4384-be13-f5ff80be8127',
    label: 'communicate with customers',
  },
  computerProgramming: {
    id: 'http://data.europa.eu/esco/skill/21d2f96d-35f7-4e3f-9745-c533d2dd6e97',
    label: 'computerprogrammering',
  },
  debugSoftware: {
    id: 'http://data.europa.eu/esco/skill/2522a6ce-3202-4ac8-9f5b-b9cb5a3a83a1',
    label: 'software voor het oplossen van softwarefouten',
  },
  useSoftwareDesignPatterns: {
    id: 'http://data.europa.eu/esco/skill/2b7a79e5-84d8-4880-be66-3d9bb05bea17',
    label: 'softwareontwerppatronen gebruiken',
  },
  useSoftwareLibraries: {
    id: 'http://data.europa.eu/esco/skill/8b94aa1e-89c9-459d-b3b4-1dfab8dec2df',
    label: 'softwarebibliotheken gebruiken',
  },
  haveComputerLiteracy: {
    id: 'http://data.europa.eu/esco/skill/d15ce60f-ddab-41ce-ba56-398451b77b60',
    label: 'beschikken over computervaardigheden',
  },
  performRepairsOnBicycles: {
    id: 'http://data.europa.eu/esco/skill/fab8e95a-448d-4784-aa50-9ef10e924829',
    label: 'perform repairs on bicycles',
  },
  maintainBrakingSystem: {
    id: 'http://data.europa.eu/esco/skill/534e2ade-f9dd-470c-a56f-97d2cc896468',
    label: 'maintain braking system',
  },
  replaceDefectComponents: {
    id: 'http://data.europa.eu/esco/skill/87af00b5-30fa-41c8-bfa5-357f22c8d589',
    label: 'defecte onderdelen vervangen',
  },
  assembleBicycles: {
    id: 'http://data.europa.eu/esco/skill/f89aac44-f964-4b3d-96ab-622a3c249fa9',
    label: 'assemble bicycles',
  },
  tuneBicycles: {
    id: 'http://data.europa.eu/esco/skill/1f9cd253-7d74-45a2-acf6-0bd2354aed2f',
    label: 'tune bicycles',
  },
  washBicycles: {
    id: 'http://data.europa.eu/esco/skill/e67ca3fb-2d77-4741-a759-fc11110f869e',
    label: 'wash bicycles',
  },
  organiseLibraryMaterial: {
    id: 'http://data.europa.eu/esco/skill/b661befa-db9b-46d7-b89d-95a8c394f82f',
    label: 'organise library material',
  },
  provideLibraryInformation: {
    id: 'http://data.europa.eu/esco/skill/87b3e2f5-ff05-489a-a13b-9e5b3aff5fee',
    label: 'provide library information',
  },
  prepareHotDrinks: {
    id: 'http://data.europa.eu/esco/skill/e4fb4f26-1c0c-45e4-9250-5be32cee2a48',
    label: 'prepare hot drinks',
  },
} as const satisfies Record<string, SkillRef>;

export const OCCUPATION = {
  nurse: {
    id: 'http://data.europa.eu/esco/occupation/8d3e8aaa-791b-4c75-a465-f3f827028f50',
    label: 'algemeen verpleegkundige',
    iscoGroup: '2221',
    essentialSkills: [
      {
        id: 'http://data.europa.eu/esco/skill/0450eaee-1a00-4622-8f4e-5356fce816d2',
        label: 'hygiene in a health care setting',
      },
      {
        id: 'http://data.europa.eu/esco/skill/049c8caf-dd12-45fc-9bfa-b64051f32a19',
        label: 'respond to changing situations in health care',
      },
      {
        id: 'http://data.europa.eu/esco/skill/097098fc-6d89-44e9-9305-98ac5c0a78ac',
        label: 'educate on the prevention of illness',
      },
      {
        id: 'http://data.europa.eu/esco/skill/0b5aaee4-c948-4853-bf8d-b9cd6c4917ee',
        label: 'inform policy makers on health-related challenges',
      },
      {
        id: 'http://data.europa.eu/esco/skill/1023ac61-250f-4eef-b7a9-238cf071685f',
        label: 'provide professional care in nursing',
      },
      {
        id: 'http://data.europa.eu/esco/skill/13724e7d-b946-4773-915e-9621340237bc',
        label: 'contribute to continuity of health care',
      },
      {
        id: 'http://data.europa.eu/esco/skill/16636767-c215-4cf0-b126-e144fea20926',
        label: 'elektronische en mobiele gezondheidstechnologieën gebruiken',
      },
      {
        id: 'http://data.europa.eu/esco/skill/1709f408-9965-489b-9805-8e1e5d9e483b',
        label: 'health care legislation',
      },
      {
        id: 'http://data.europa.eu/esco/skill/1b3370df-c280-470c-ac35-951f42ca8b19',
        label: 'promote a positive image of nursing',
      },
      {
        id: 'http://data.europa.eu/esco/skill/1d4b74b0-1a48-48ec-a3cd-26cca0c212a3',
        label: 'biological chemistry',
      },
      {
        id: 'http://data.europa.eu/esco/skill/2475cd27-8d6c-4318-a364-21395b23acba',
        label: 'empathise with the healthcare user',
      },
      {
        id: 'http://data.europa.eu/esco/skill/27a638bc-6362-45f8-afce-5596a606269b',
        label: 'impact of social contexts on health',
      },
      {
        id: 'http://data.europa.eu/esco/skill/2b1ce548-4e16-45fb-bfb2-f3141c8efe8d',
        label: 'patient autonomy',
      },
      {
        id: 'http://data.europa.eu/esco/skill/2d6904db-9e16-42a5-bc12-c5acb8bfab18',
        label: 'safe management of medicines',
      },
      {
        id: 'http://data.europa.eu/esco/skill/441707bb-9ad3-406c-9975-a6bec96f537b',
        label: 'empower individuals, families and groups',
      },
      {
        id: 'http://data.europa.eu/esco/skill/46003629-a579-4d0a-b3ea-80ef890699d6',
        label: 'diagnose nursing care',
      },
      {
        id: 'http://data.europa.eu/esco/skill/4be3c34e-47ba-4881-ac74-8bd244e0b04c',
        label: 'participate in health personnel training',
      },
      {
        id: 'http://data.europa.eu/esco/skill/4f7b14d8-f09c-49f7-abae-231e8c210e07',
        label: 'general medicine',
      },
      {
        id: 'http://data.europa.eu/esco/skill/508f3b4c-799a-4742-b3ae-75f2ff11153d',
        label: 'surgery',
      },
      {
        id: 'http://data.europa.eu/esco/skill/516e324b-03fc-4d3b-9986-e46e9834cd43',
        label: 'implement fundamentals of nursing',
      },
      {
        id: 'http://data.europa.eu/esco/skill/51e53aff-6f8a-42ca-9cb9-47335130f4d7',
        label: 'human physiology',
      },
      {
        id: 'http://data.europa.eu/esco/skill/51e79cb4-fab3-404c-88f3-cd4a1bd5879e',
        label: 'deal with emergency care situations',
      },
      {
        id: 'http://data.europa.eu/esco/skill/52047630-b880-4939-bb19-6700187af031',
        label: 'adolescence medicine',
      },
      {
        id: 'http://data.europa.eu/esco/skill/52c19dc8-651f-4095-98fe-dcb2799d702e',
        label: 'geriatrics',
      },
      {
        id: 'http://data.europa.eu/esco/skill/54411e8e-d62f-46d8-b87b-fce23f8e3bc8',
        label: 'disability care',
      },
      {
        id: 'http://data.europa.eu/esco/skill/572c3e87-61ed-4271-9c95-148837deae5e',
        label: 'citizen involvement in healthcare',
      },
      {
        id: 'http://data.europa.eu/esco/skill/5cc97a45-69fc-4f37-a973-402d5ac561ac',
        label: 'initiate life preserving measures',
      },
      {
        id: 'http://data.europa.eu/esco/skill/5ff6f551-f2a4-4cef-a72d-e81116155a43',
        label: 'newborn care',
      },
      {
        id: 'http://data.europa.eu/esco/skill/6063652e-22c4-472e-bb96-6e5ec1e7c5de',
        label: 'provide nursing advice on healthcare',
      },
      {
        id: 'http://data.europa.eu/esco/skill/60b2dd49-c677-4f47-816e-aff3b577e113',
        label: 'provide health education',
      },
      {
        id: 'http://data.europa.eu/esco/skill/60c544c9-0815-479c-bcec-93c7891815ea',
        label: 'pharmacology',
      },
      {
        id: 'http://data.europa.eu/esco/skill/646d871b-4503-4dc8-a076-06d7085e4cde',
        label: 'promote human rights',
      },
      {
        id: 'http://data.europa.eu/esco/skill/6acf652c-33b2-4e28-8f79-1e553f255229',
        label: 'plan nursing care',
      },
      {
        id: 'http://data.europa.eu/esco/skill/6c3e28d6-e3cc-4b25-a5da-a0dce043cf17',
        label: 'manage information in health care',
      },
      {
        id: 'http://data.europa.eu/esco/skill/6d13053b-ee35-492c-8976-8178420df398',
        label: 'infection control',
      },
      {
        id: 'http://data.europa.eu/esco/skill/7110bf9f-b245-4adc-9159-5081013fd64d',
        label: 'communicate in healthcare',
      },
      {
        id: 'http://data.europa.eu/esco/skill/71480db1-a706-47f9-952f-bdc5036e3df3',
        label: 'coordinate care',
      },
      {
        id: 'http://data.europa.eu/esco/skill/76395873-7fe2-4f9a-b4b6-9932f8cbd0b4',
        label: 'follow clinical guidelines',
      },
      {
        id: 'http://data.europa.eu/esco/skill/78de3e5f-e3ea-4da2-aa09-3704d03ba622',
        label: 'advise on healthy lifestyles',
      },
      {
        id: 'http://data.europa.eu/esco/skill/79c012c7-4b09-497e-8152-e73e5d1d3384',
        label: 'adapt leadership styles in healthcare',
      },
      {
        id: 'http://data.europa.eu/esco/skill/7a63f944-6948-4ae4-9c1f-d08e492535c9',
        label: 'apply person-centred care',
      },
      {
        id: 'http://data.europa.eu/esco/skill/8168333b-8257-48f6-82c5-6b5128c21ecc',
        label: 'person centred care',
      },
      {
        id: 'http://data.europa.eu/esco/skill/8232979d-6aa4-40c9-a12b-5152a52a76b8',
        label: "advise on healthcare users' informed consent",
      },
      {
        id: 'http://data.europa.eu/esco/skill/8671290a-ab17-42c2-9114-adcb741e7257',
        label: 'paediatrics',
      },
      {
        id: 'http://data.europa.eu/esco/skill/8881a9c2-bd07-4954-bf27-c1f8acca9af0',
        label: 'sociology',
      },
      {
        id: 'http://data.europa.eu/esco/skill/8b3aefd2-5021-418f-b069-828fb7abc598',
        label: 'nursing principles',
      },
      {
        id: 'http://data.europa.eu/esco/skill/8bd49d04-ab2f-4333-b5d9-12d716e4e2f6',
        label: 'resuscitation',
      },
      {
        id: 'http://data.europa.eu/esco/skill/8e0bfbba-6e9d-48e0-b152-2cc949e5022a',
        label: 'implement scientific decision making in healthcare',
      },
      {
        id: 'http://data.europa.eu/esco/skill/9570e84e-6699-4c9f-9a12-7bc82d53a231',
        label: 'public health',
      },
      {
        id: 'http://data.europa.eu/esco/skill/98eb1f3b-3480-416b-bd4b-811946f7e347',
        label: 'comply with quality standards related to healthcare practice',
      },
      {
        id: 'http://data.europa.eu/esco/skill/9b9244b4-6f62-4834-839b-19e9eba0a407',
        label: 'acute care',
      },
      {
        id: 'http://data.europa.eu/esco/skill/9c1e94ad-6c81-4fce-bc16-f7cf2e730cf0',
        label: 'primary care',
      },
      {
        id: 'http://data.europa.eu/esco/skill/9ec4252d-cbe8-4134-88fa-549dee1883f3',
        label: 'human anatomy',
      },
      {
        id: 'http://data.europa.eu/esco/skill/9fcf9918-fdef-49c3-aedc-518eb1e7e1f5',
        label: 'comply with legislation related to health care',
      },
      {
        id: 'http://data.europa.eu/esco/skill/a117f32c-662b-4dd9-b739-1230dd04cb60',
        label: 'pedagogy',
      },
      {
        id: 'http://data.europa.eu/esco/skill/a17286c5-238d-4f0b-bc24-29e9121345de',
        label: 'listen actively',
      },
      {
        id: 'http://data.europa.eu/esco/skill/a28e8141-89ee-4b24-a3bb-1aebcc56c72d',
        label: 'apply nursing care in long-term care',
      },
      {
        id: 'http://data.europa.eu/esco/skill/a32e7fb1-af9e-4c09-8ea7-72b7442e9cda',
        label: 'solve problems in healthcare',
      },
      {
        id: 'http://data.europa.eu/esco/skill/a46743b7-ff8c-49b6-99f7-7fa5bc241771',
        label: 'elektronische gezondheidsgegevens gebruiken bij verpleging',
      },
      {
        id: 'http://data.europa.eu/esco/skill/a8d24a95-47b3-4f88-92e7-06600bcd3612',
        label: 'persoonlijke professionele ontwikkeling beheren',
      },
      {
        id: 'http://data.europa.eu/esco/skill/aa238394-8126-4ada-be2f-9dfe065cf314',
        label: 'adhere to organisational guidelines',
      },
      {
        id: 'http://data.europa.eu/esco/skill/ae965e49-06f1-442f-87bf-e48fc1e1d8b6',
        label: 'analyse quality of nurse care',
      },
      {
        id: 'http://data.europa.eu/esco/skill/b55f61a4-5f9e-4741-ba95-9ac04b64119b',
        label: 'work in a multicultural environment in health care',
      },
      {
        id: 'http://data.europa.eu/esco/skill/b729d6bc-326b-46cd-aa63-ea280024b116',
        label: 'evidence-based nursing care',
      },
      {
        id: 'http://data.europa.eu/esco/skill/b9f16465-56a9-426b-a047-0f9f1f95ec92',
        label: 'address problems critically',
      },
      {
        id: 'http://data.europa.eu/esco/skill/bc7a6b88-a279-4b6e-ac5e-21666bc51dae',
        label: 'innovation in nursing',
      },
      {
        id: 'http://data.europa.eu/esco/skill/bcd2ce08-ba12-4d66-865f-f4ba36419707',
        label: 'promote inclusion',
      },
      {
        id: 'http://data.europa.eu/esco/skill/bfe4f330-d595-48c7-ab3c-f309471d6953',
        label: 'psychology',
      },
      {
        id: 'http://data.europa.eu/esco/skill/c5a80bb0-31e6-4de0-868c-00a0f9b88b47',
        label: 'palliative care',
      },
      {
        id: 'http://data.europa.eu/esco/skill/c65aa043-98da-4136-9877-494e72d9e4cf',
        label: 'interact with healthcare users',
      },
      {
        id: 'http://data.europa.eu/esco/skill/c82f9319-cf46-4257-a8ce-542d0a7fed8f',
        label: 'provide treatment strategies for challenges to human health',
      },
      {
        id: 'http://data.europa.eu/esco/skill/ce0d6a42-59c1-433e-ab62-adfc969c46bb',
        label: 'ensure safety of healthcare users',
      },
      {
        id: 'http://data.europa.eu/esco/skill/cf6ca1fc-f2be-4deb-bb35-1fffe4099023',
        label: 'leadership in nursing',
      },
      {
        id: 'http://data.europa.eu/esco/skill/d15ce60f-ddab-41ce-ba56-398451b77b60',
        label: 'beschikken over computervaardigheden',
      },
      {
        id: 'http://data.europa.eu/esco/skill/d3eccb86-f02d-4950-bfbd-20b9510774a1',
        label: 'apply organisational techniques',
      },
      {
        id: 'http://data.europa.eu/esco/skill/d429b19a-132f-44d3-971b-bb0ccd94f979',
        label: 'nursing science',
      },
      {
        id: 'http://data.europa.eu/esco/skill/d93f9e29-9740-4231-8486-13d377b99f05',
        label: 'develop a collaborative therapeutic relationship',
      },
      {
        id: 'http://data.europa.eu/esco/skill/db8a9ba7-96ad-4c53-b552-d4f1570dfefb',
        label: 'pathology',
      },
      {
        id: 'http://data.europa.eu/esco/skill/e18a6a3c-4f26-4141-8c72-4b4f01d77914',
        label: 'apply context specific clinical competences',
      },
      {
        id: 'http://data.europa.eu/esco/skill/e6bf6e73-230a-434c-97b2-a0c042a8b7ac',
        label: 'apply sustainability principles in health care',
      },
      {
        id: 'http://data.europa.eu/esco/skill/e98a5096-de98-46d2-88c8-951f4029c038',
        label: 'evaluate nursing care',
      },
      {
        id: 'http://data.europa.eu/esco/skill/eba85523-6ad2-4cd9-9b27-a0b6a39b8cfa',
        label: 'work in multidisciplinary health teams',
      },
      {
        id: 'http://data.europa.eu/esco/skill/ed3f3dba-3a35-4ed5-b113-67f4d10ef4c8',
        label: 'scientific research methodology',
      },
      {
        id: 'http://data.europa.eu/esco/skill/f190355a-cea5-4cd0-b6cd-a5c3d9a14985',
        label: 'dietetics',
      },
      {
        id: 'http://data.europa.eu/esco/skill/f7464f30-662b-4177-85a0-3df9693e9e58',
        label: 'first aid',
      },
      {
        id: 'http://data.europa.eu/esco/skill/f90d4810-8bac-4e5e-b870-3e35a4138ff7',
        label: 'accept own accountability',
      },
      {
        id: 'http://data.europa.eu/esco/skill/f98e06f5-a09a-4356-b6a8-d55a7d3c5356',
        label: 'implement nursing care',
      },
      {
        id: 'http://data.europa.eu/esco/skill/f9f258e3-4728-4107-9e08-293d5d2ef65e',
        label: 'psychiatry',
      },
    ],
  },
  nurseAssistant: {
    id: 'http://data.europa.eu/esco/occupation/87d0795a-d41f-47ee-979f-0ab7d73836e7',
    label: 'verpleeghulp',
    iscoGroup: '5321',
    essentialSkills: [
      {
        id: 'http://data.europa.eu/esco/skill/0450eaee-1a00-4622-8f4e-5356fce816d2',
        label: 'hygiene in a health care setting',
      },
      {
        id: 'http://data.europa.eu/esco/skill/049c8caf-dd12-45fc-9bfa-b64051f32a19',
        label: 'respond to changing situations in health care',
      },
      {
        id: 'http://data.europa.eu/esco/skill/1023ac61-250f-4eef-b7a9-238cf071685f',
        label: 'provide professional care in nursing',
      },
      {
        id: 'http://data.europa.eu/esco/skill/13724e7d-b946-4773-915e-9621340237bc',
        label: 'contribute to continuity of health care',
      },
      {
        id: 'http://data.europa.eu/esco/skill/1709f408-9965-489b-9805-8e1e5d9e483b',
        label: 'health care legislation',
      },
      {
        id: 'http://data.europa.eu/esco/skill/2475cd27-8d6c-4318-a364-21395b23acba',
        label: 'empathise with the healthcare user',
      },
      {
        id: 'http://data.europa.eu/esco/skill/24f980ba-b44f-4739-b563-205104c3190d',
        label: 'provide basic support to patients',
      },
      {
        id: 'http://data.europa.eu/esco/skill/2e90ef65-646a-4b1d-8597-26ca88aa1c6b',
        label: 'identify abnormalities',
      },
      {
        id: 'http://data.europa.eu/esco/skill/516e324b-03fc-4d3b-9986-e46e9834cd43',
        label: 'implement fundamentals of nursing',
      },
      {
        id: 'http://data.europa.eu/esco/skill/54411e8e-d62f-46d8-b87b-fce23f8e3bc8',
        label: 'disability care',
      },
      {
        id: 'http://data.europa.eu/esco/skill/62268d9a-42f9-4c65-9ed3-d7ba69249896',
        label: 'support nurses',
      },
      {
        id: 'http://data.europa.eu/esco/skill/68088afb-3afd-4538-8e25-377a63f09666',
        label: 'communicate with nursing staff',
      },
      {
        id: 'http://data.europa.eu/esco/skill/6acf652c-33b2-4e28-8f79-1e553f255229',
        label: 'plan nursing care',
      },
      {
        id: 'http://data.europa.eu/esco/skill/7110bf9f-b245-4adc-9159-5081013fd64d',
        label: 'communicate in healthcare',
      },
      {
        id: 'http://data.europa.eu/esco/skill/76395873-7fe2-4f9a-b4b6-9932f8cbd0b4',
        label: 'follow clinical guidelines',
      },
      {
        id: 'http://data.europa.eu/esco/skill/7a63f944-6948-4ae4-9c1f-d08e492535c9',
        label: 'apply person-centred care',
      },
      {
        id: 'http://data.europa.eu/esco/skill/8168333b-8257-48f6-82c5-6b5128c21ecc',
        label: 'person centred care',
      },
      {
        id: 'http://data.europa.eu/esco/skill/8232979d-6aa4-40c9-a12b-5152a52a76b8',
        label: "advise on healthcare users' informed consent",
      },
      {
        id: 'http://data.europa.eu/esco/skill/8b3aefd2-5021-418f-b069-828fb7abc598',
        label: 'nursing principles',
      },
      {
        id: 'http://data.europa.eu/esco/skill/98eb1f3b-3480-416b-bd4b-811946f7e347',
        label: 'comply with quality standards related to healthcare practice',
      },
      {
        id: 'http://data.europa.eu/esco/skill/9fcf9918-fdef-49c3-aedc-518eb1e7e1f5',
        label: 'comply with legislation related to health care',
      },
      {
        id: 'http://data.europa.eu/esco/skill/a17286c5-238d-4f0b-bc24-29e9121345de',
        label: 'listen actively',
      },
      {
        id: 'http://data.europa.eu/esco/skill/a28e8141-89ee-4b24-a3bb-1aebcc56c72d',
        label: 'apply nursing care in long-term care',
      },
      {
        id: 'http://data.europa.eu/esco/skill/a32e7fb1-af9e-4c09-8ea7-72b7442e9cda',
        label: 'solve problems in healthcare',
      },
      {
        id: 'http://data.europa.eu/esco/skill/b9f16465-56a9-426b-a047-0f9f1f95ec92',
        label: 'address problems critically',
      },
      {
        id: 'http://data.europa.eu/esco/skill/bccafecc-4d80-43d3-8c9f-aef382c3926f',
        label: 'work with nursing staff',
      },
      {
        id: 'http://data.europa.eu/esco/skill/bcd2ce08-ba12-4d66-865f-f4ba36419707',
        label: 'promote inclusion',
      },
      {
        id: 'http://data.europa.eu/esco/skill/c65aa043-98da-4136-9877-494e72d9e4cf',
        label: 'interact with healthcare users',
      },
      {
        id: 'http://data.europa.eu/esco/skill/ce0d6a42-59c1-433e-ab62-adfc969c46bb',
        label: 'ensure safety of healthcare users',
      },
      {
        id: 'http://data.europa.eu/esco/skill/d3b74d50-7fc9-4051-9335-58d129a4a064',
        label: 'monitor basic patients signs',
      },
      {
        id: 'http://data.europa.eu/esco/skill/d429b19a-132f-44d3-971b-bb0ccd94f979',
        label: 'nursing science',
      },
      {
        id: 'http://data.europa.eu/esco/skill/e6bf6e73-230a-434c-97b2-a0c042a8b7ac',
        label: 'apply sustainability principles in health care',
      },
      {
        id: 'http://data.europa.eu/esco/skill/eba85523-6ad2-4cd9-9b27-a0b6a39b8cfa',
        label: 'work in multidisciplinary health teams',
      },
      {
        id: 'http://data.europa.eu/esco/skill/f7464f30-662b-4177-85a0-3df9693e9e58',
        label: 'first aid',
      },
      {
        id: 'http://data.europa.eu/esco/skill/f90d4810-8bac-4e5e-b870-3e35a4138ff7',
        label: 'accept own accountability',
      },
      {
        id: 'http://data.europa.eu/esco/skill/f98e06f5-a09a-4356-b6a8-d55a7d3c5356',
        label: 'implement nursing care',
      },
    ],
  },
  healthcareAssistant: {
    id: 'http://data.europa.eu/esco/occupation/d38c2107-98f2-47b7-8bb4-f69750d51082',
    label: 'zorghulp',
    iscoGroup: '5321',
    essentialSkills: [
      {
        id: 'http://data.europa.eu/esco/skill/049c8caf-dd12-45fc-9bfa-b64051f32a19',
        label: 'respond to changing situations in health care',
      },
      {
        id: 'http://data.europa.eu/esco/skill/097098fc-6d89-44e9-9305-98ac5c0a78ac',
        label: 'educate on the prevention of illness',
      },
      {
        id: 'http://data.europa.eu/esco/skill/0b5aaee4-c948-4853-bf8d-b9cd6c4917ee',
        label: 'inform policy makers on health-related challenges',
      },
      {
        id: 'http://data.europa.eu/esco/skill/13724e7d-b946-4773-915e-9621340237bc',
        label: 'contribute to continuity of health care',
      },
      {
        id: 'http://data.europa.eu/esco/skill/16636767-c215-4cf0-b126-e144fea20926',
        label: 'elektronische en mobiele gezondheidstechnologieën gebruiken',
      },
      {
        id: 'http://data.europa.eu/esco/skill/2475cd27-8d6c-4318-a364-21395b23acba',
        label: 'empathise with the healthcare user',
      },
      {
        id: 'http://data.europa.eu/esco/skill/24f980ba-b44f-4739-b563-205104c3190d',
        label: 'provide basic support to patients',
      },
      {
        id: 'http://data.europa.eu/esco/skill/2e90ef65-646a-4b1d-8597-26ca88aa1c6b',
        label: 'identify abnormalities',
      },
      {
        id: 'http://data.europa.eu/esco/skill/4d614c92-0c48-4a11-a5ed-416b34fd50d2',
        label: "manage healthcare users' data",
      },
      {
        id: 'http://data.europa.eu/esco/skill/51e79cb4-fab3-404c-88f3-cd4a1bd5879e',
        label: 'deal with emergency care situations',
      },
      {
        id: 'http://data.europa.eu/esco/skill/60b2dd49-c677-4f47-816e-aff3b577e113',
        label: 'provide health education',
      },
      {
        id: 'http://data.europa.eu/esco/skill/62268d9a-42f9-4c65-9ed3-d7ba69249896',
        label: 'support nurses',
      },
      {
        id: 'http://data.europa.eu/esco/skill/65a1c226-5d93-4fec-8a15-cb1b2ec4379f',
        label: 'work under supervision in care',
      },
      {
        id: 'http://data.europa.eu/esco/skill/68088afb-3afd-4538-8e25-377a63f09666',
        label: 'communicate with nursing staff',
      },
      {
        id: 'http://data.europa.eu/esco/skill/76395873-7fe2-4f9a-b4b6-9932f8cbd0b4',
        label: 'follow clinical guidelines',
      },
      {
        id: 'http://data.europa.eu/esco/skill/8232979d-6aa4-40c9-a12b-5152a52a76b8',
        label: "advise on healthcare users' informed consent",
      },
      {
        id: 'http://data.europa.eu/esco/skill/98eb1f3b-3480-416b-bd4b-811946f7e347',
        label: 'comply with quality standards related to healthcare practice',
      },
      {
        id: 'http://data.europa.eu/esco/skill/9fcf9918-fdef-49c3-aedc-518eb1e7e1f5',
        label: 'comply with legislation related to health care',
      },
      {
        id: 'http://data.europa.eu/esco/skill/a17286c5-238d-4f0b-bc24-29e9121345de',
        label: 'listen actively',
      },
      {
        id: 'http://data.europa.eu/esco/skill/aa238394-8126-4ada-be2f-9dfe065cf314',
        label: 'adhere to organisational guidelines',
      },
      {
        id: 'http://data.europa.eu/esco/skill/b34a15fe-dc14-43eb-9eb3-c227238a029c',
        label: 'convey medical routine information',
      },
      {
        id: 'http://data.europa.eu/esco/skill/b55f61a4-5f9e-4741-ba95-9ac04b64119b',
        label: 'work in a multicultural environment in health care',
      },
      {
        id: 'http://data.europa.eu/esco/skill/bccafecc-4d80-43d3-8c9f-aef382c3926f',
        label: 'work with nursing staff',
      },
      {
        id: 'http://data.europa.eu/esco/skill/bcd2ce08-ba12-4d66-865f-f4ba36419707',
        label: 'promote inclusion',
      },
      {
        id: 'http://data.europa.eu/esco/skill/c65aa043-98da-4136-9877-494e72d9e4cf',
        label: 'interact with healthcare users',
      },
      {
        id: 'http://data.europa.eu/esco/skill/ce0d6a42-59c1-433e-ab62-adfc969c46bb',
        label: 'ensure safety of healthcare users',
      },
      {
        id: 'http://data.europa.eu/esco/skill/d15ce60f-ddab-41ce-ba56-398451b77b60',
        label: 'beschikken over computervaardigheden',
      },
      {
        id: 'http://data.europa.eu/esco/skill/d3b74d50-7fc9-4051-9335-58d129a4a064',
        label: 'monitor basic patients signs',
      },
      {
        id: 'http://data.europa.eu/esco/skill/d3eccb86-f02d-4950-bfbd-20b9510774a1',
        label: 'apply organisational techniques',
      },
      {
        id: 'http://data.europa.eu/esco/skill/d93f9e29-9740-4231-8486-13d377b99f05',
        label: 'develop a collaborative therapeutic relationship',
      },
      {
        id: 'http://data.europa.eu/esco/skill/eba85523-6ad2-4cd9-9b27-a0b6a39b8cfa',
        label: 'work in multidisciplinary health teams',
      },
      {
        id: 'http://data.europa.eu/esco/skill/f90d4810-8bac-4e5e-b870-3e35a4138ff7',
        label: 'accept own accountability',
      },
    ],
  },
  homeCareAide: {
    id: 'http://data.europa.eu/esco/occupation/1391bdf9-bd61-4fb5-91ca-c29036ab2b60',
    label: 'thuiszorgmedewerker',
    iscoGroup: '5322',
    essentialSkills: [
      {
        id: 'http://data.europa.eu/esco/skill/04838ae5-a737-48a0-a782-3d1b6b6cb75b',
        label: 'wash the laundry',
      },
      {
        id: 'http://data.europa.eu/esco/skill/0dcea846-04b4-4ffc-8c75-a35c991454b1',
        label: 'apply first response',
      },
      {
        id: 'http://data.europa.eu/esco/skill/1e0ed685-0696-405d-bfa3-dd6ab3751baf',
        label: 'provide in-home support for disabled individuals',
      },
      {
        id: 'http://data.europa.eu/esco/skill/261e740b-d32d-4356-94a8-3ea29128b70b',
        label: 'tend to elderly people',
      },
      {
        id: 'http://data.europa.eu/esco/skill/493a1805-6caa-4cda-8fd3-6495ec8ea451',
        label: 'prepare sandwiches',
      },
      {
        id: 'http://data.europa.eu/esco/skill/54411e8e-d62f-46d8-b87b-fce23f8e3bc8',
        label: 'disability care',
      },
      {
        id: 'http://data.europa.eu/esco/skill/562b1180-83e7-4041-8468-2f28d03b7893',
        label: 'iron textiles',
      },
      {
        id: 'http://data.europa.eu/esco/skill/634865e0-2ec2-4b7f-bb7f-c196637f0f7b',
        label: "older adults' needs",
      },
      {
        id: 'http://data.europa.eu/esco/skill/6b28bb69-a6ef-42d4-84df-46e498f09297',
        label: 'disability types',
      },
      {
        id: 'http://data.europa.eu/esco/skill/71deea7b-d8a0-42de-9d85-2d6a506dade4',
        label: 'buy groceries',
      },
      {
        id: 'http://data.europa.eu/esco/skill/8ef1b45e-8499-4b1b-91f7-f8278bbb7767',
        label: 'assist social service users with physical disabilities',
      },
      {
        id: 'http://data.europa.eu/esco/skill/941438bd-cc03-4326-91bf-677157dca170',
        label: 'support social service users to live at home',
      },
      {
        id: 'http://data.europa.eu/esco/skill/ab89ad86-1098-44bb-9465-05af5624557c',
        label: 'accompany people',
      },
      {
        id: 'http://data.europa.eu/esco/skill/b4910ea9-578d-4767-bd68-00a315a64e09',
        label: "evaluate older adults' ability to take care of themselves",
      },
      {
        id: 'http://data.europa.eu/esco/skill/b6b2e665-1085-4f4d-9973-e979721815d7',
        label: 'assist clients with special needs',
      },
      {
        id: 'http://data.europa.eu/esco/skill/b72395ea-623b-4204-abef-a67592b0781a',
        label: 'prepare ready-made dishes',
      },
      {
        id: 'http://data.europa.eu/esco/skill/c662be22-f17a-4ba0-894f-d720b20c44cf',
        label: 'wash the dishes',
      },
      {
        id: 'http://data.europa.eu/esco/skill/e0c6fdd1-336a-4e2f-91d1-ab4a2f9c385d',
        label: 'make the beds',
      },
      {
        id: 'http://data.europa.eu/esco/skill/e99ddf41-6085-4b91-9de8-8bf251af9ced',
        label: "monitor patient's health condition",
      },
      {
        id: 'http://data.europa.eu/esco/skill/eaa4cdc0-43e0-4388-9b8a-e2779218d10e',
        label: 'first response',
      },
      {
        id: 'http://data.europa.eu/esco/skill/eacac7e2-4e88-4bd3-9797-1dd1922cd10a',
        label: 'support individuals to adjust to physical disability',
      },
      {
        id: 'http://data.europa.eu/esco/skill/f3a96be9-639d-43e0-aed5-c596980798d6',
        label: 'assist disable passengers',
      },
      {
        id: 'http://data.europa.eu/esco/skill/ff939984-b1a6-4d57-88bd-e453262433c4',
        label: 'keep company',
      },
    ],
  },
  warehouseWorker: {
    id: 'http://data.europa.eu/esco/occupation/bea705fe-06ac-4147-b8e0-6e8ac1208d8f',
    label: 'magazijnmedewerker',
    iscoGroup: '9333',
    essentialSkills: [
      {
        id: 'http://data.europa.eu/esco/skill/055ff233-6569-43db-9f95-a4b03dca97da',
        label: 'gegevensregistratiesystemen voor magazijnen gebruiken',
      },
      {
        id: 'http://data.europa.eu/esco/skill/078861f5-b901-48a5-951e-a3ad0a4fa0bd',
        label: 'operate warehouse materials',
      },
      {
        id: 'http://data.europa.eu/esco/skill/110d7aa3-e44e-4cce-a927-8d4de615f3d9',
        label: 'sort waste',
      },
      {
        id: 'http://data.europa.eu/esco/skill/139a8761-e26c-4c19-b446-a2568c9eb578',
        label: 'clean industrial containers',
      },
      {
        id: 'http://data.europa.eu/esco/skill/23db1cab-e565-4a90-89f8-3a8685a20029',
        label: 'maintain physical condition of warehouse',
      },
      {
        id: 'http://data.europa.eu/esco/skill/2cae39d6-78c2-4ce3-bee8-628504371463',
        label: 'receive goods',
      },
      {
        id: 'http://data.europa.eu/esco/skill/2e69f3a4-e0be-4990-aff7-facc1b6c6860',
        label: 'match goods with appropriate packaging according to security procedures',
      },
      {
        id: 'http://data.europa.eu/esco/skill/3ab2b4be-e304-4c3c-98f5-ce0620218bc6',
        label: 'assist in the movement of heavy loads',
      },
      {
        id: 'http://data.europa.eu/esco/skill/3c73898b-04a6-4e3a-b84a-3a032277c916',
        label: 'apply techniques for stacking goods into containers',
      },
      {
        id: 'http://data.europa.eu/esco/skill/3d086228-d7fc-4c23-972a-22b7d44a6173',
        label: 'stack goods',
      },
      {
        id: 'http://data.europa.eu/esco/skill/415abd43-e8e5-4643-b5da-5f11307af57a',
        label: 'use different communication channels',
      },
      {
        id: 'http://data.europa.eu/esco/skill/44f6a65f-6be7-4818-9a66-73908797283f',
        label: 'monitor stock level',
      },
      {
        id: 'http://data.europa.eu/esco/skill/4ad83664-21a9-4f96-8834-0fc8f671be9c',
        label: 'dispatch order processing',
      },
      {
        id: 'http://data.europa.eu/esco/skill/4e7b2c61-aa42-404c-995f-32281b818923',
        label: 'have spatial awareness',
      },
      {
        id: 'http://data.europa.eu/esco/skill/4f1b6304-f54a-42f0-9604-5427a28d240f',
        label: 'perform cleaning duties',
      },
      {
        id: 'http://data.europa.eu/esco/skill/53b12b36-d27d-4ae9-8681-36d1cf697939',
        label: 'use rigging tools',
      },
      {
        id: 'http://data.europa.eu/esco/skill/57fb98c5-6862-4969-8bf4-a74ff14c4750',
        label: 'handle paperwork related to warehouse stock',
      },
      {
        id: 'http://data.europa.eu/esco/skill/5b2acf48-7746-42d9-861f-5445e7ea6f48',
        label: 'handle shipment paperwork',
      },
      {
        id: 'http://data.europa.eu/esco/skill/5d2e82cc-5943-4218-a459-a1956fad2b63',
        label: 'manage warehouse inventory',
      },
      {
        id: 'http://data.europa.eu/esco/skill/74aa45cf-175f-47ef-9978-d9de437d92ba',
        label: 'stay alert',
      },
      {
        id: 'http://data.europa.eu/esco/skill/77397348-2ce4-4edb-81cc-9eb19f6a3ed7',
        label: 'load products for dispatch',
      },
      {
        id: 'http://data.europa.eu/esco/skill/8269dc3d-50ee-46b5-a742-a7d2cb7d90bb',
        label: 'check for damaged items',
      },
      {
        id: 'http://data.europa.eu/esco/skill/9685849e-f2b4-490f-85b5-20fc6fff9fda',
        label: 'use warehouse marking tools',
      },
      {
        id: 'http://data.europa.eu/esco/skill/ab2bb44a-3956-4028-8715-8b70b1960b99',
        label: 'lift heavy weights',
      },
      {
        id: 'http://data.europa.eu/esco/skill/af2e97dc-fa66-421e-a793-ba4e4afa2dad',
        label: 'types of packaging used in industrial shipments',
      },
      {
        id: 'http://data.europa.eu/esco/skill/af582ee4-bbc8-436c-96f2-df0cb2049f5d',
        label: 'products coding system',
      },
      {
        id: 'http://data.europa.eu/esco/skill/b1e4b6b3-c32e-426f-91a1-41b8adac086c',
        label: 'secure goods',
      },
      {
        id: 'http://data.europa.eu/esco/skill/b3b2547b-5c37-4d21-8ee5-f01b6bd672ae',
        label: 'follow stock control instructions',
      },
      {
        id: 'http://data.europa.eu/esco/skill/c0b74374-39ff-43cf-a0a9-6220c7ec5097',
        label: 'implement efficiency plans for logistics operations',
      },
      {
        id: 'http://data.europa.eu/esco/skill/d15ce60f-ddab-41ce-ba56-398451b77b60',
        label: 'beschikken over computervaardigheden',
      },
      {
        id: 'http://data.europa.eu/esco/skill/d18408c1-c2ba-4835-9ee0-352705d807d0',
        label: 'operate weighing machine',
      },
      {
        id: 'http://data.europa.eu/esco/skill/de804504-bd5c-465d-b54f-9da299d8ee90',
        label: 'controlesystemen voor voorraad onderhouden',
      },
      {
        id: 'http://data.europa.eu/esco/skill/e1f5c539-7c93-49ee-917d-a24e0d887686',
        label: 'control of expenses',
      },
      {
        id: 'http://data.europa.eu/esco/skill/ee5e2297-39cc-4ed6-89e5-d58016118a7f',
        label: 'pick orders for dispatching',
      },
      {
        id: 'http://data.europa.eu/esco/skill/f3f15fe4-3e74-4cc2-b0ac-71a330885e3e',
        label: 'identify damaged goods before shipment',
      },
      {
        id: 'http://data.europa.eu/esco/skill/f8cd217b-b870-42aa-9bbe-d36b672cbb65',
        label: 'operate package processing equipment',
      },
      {
        id: 'http://data.europa.eu/esco/skill/fb39389b-07d5-439f-948b-6c6e58c0384f',
        label: 'goods transported from warehouse facilities',
      },
      {
        id: 'http://data.europa.eu/esco/skill/fc511e12-fe90-40a0-bec8-227abb5e4255',
        label: 'follow verbal instructions',
      },
      {
        id: 'http://data.europa.eu/esco/skill/fd9c8437-6e20-47b5-8508-f23f442446c2',
        label: 'pallets loading',
      },
    ],
  },
  orderPicker: {
    id: 'http://data.europa.eu/esco/occupation/cd94def5-3442-4c2e-ae3d-0761a3008bcb',
    label: 'orderpicker',
    iscoGroup: '9333',
    essentialSkills: [
      {
        id: 'http://data.europa.eu/esco/skill/0511c6df-d1fb-4606-9c73-4baba77eea79',
        label: 'weigh shipments',
      },
      {
        id: 'http://data.europa.eu/esco/skill/055ff233-6569-43db-9f95-a4b03dca97da',
        label: 'gegevensregistratiesystemen voor magazijnen gebruiken',
      },
      {
        id: 'http://data.europa.eu/esco/skill/0b3ee7c8-dc29-48de-a54b-2c91560161a4',
        label: 'check shipments',
      },
      {
        id: 'http://data.europa.eu/esco/skill/23db1cab-e565-4a90-89f8-3a8685a20029',
        label: 'maintain physical condition of warehouse',
      },
      {
        id: 'http://data.europa.eu/esco/skill/27536739-c38b-45d2-9e96-1573b1d32fdd',
        label: 'use packaging equipment',
      },
      {
        id: 'http://data.europa.eu/esco/skill/28b7d7fb-0483-4877-9aaa-f990f10f16f5',
        label: 'spraakgestuurde orderpickingsystemen gebruiken',
      },
      {
        id: 'http://data.europa.eu/esco/skill/519b3949-b711-4a08-a395-a4bd068f9fa2',
        label: 'safety regulations for warehouses',
      },
      {
        id: 'http://data.europa.eu/esco/skill/54d68400-9da3-4077-a7ee-52e68b390ef6',
        label: 'follow written instructions',
      },
      {
        id: 'http://data.europa.eu/esco/skill/5b91b6d4-345e-4195-a078-218514871e7b',
        label: 'zorgen voor efficiënt gebruik van magazijnruimtes',
      },
      {
        id: 'http://data.europa.eu/esco/skill/5d2e82cc-5943-4218-a459-a1956fad2b63',
        label: 'manage warehouse inventory',
      },
      {
        id: 'http://data.europa.eu/esco/skill/6569856a-6dbb-49e3-87df-92f8ef7f703c',
        label: 'maintain material handling equipment',
      },
      {
        id: 'http://data.europa.eu/esco/skill/7838de1e-d65e-4a3f-b60b-e2213026116f',
        label: 'operate material handling equipment',
      },
      {
        id: 'http://data.europa.eu/esco/skill/9685849e-f2b4-490f-85b5-20fc6fff9fda',
        label: 'use warehouse marking tools',
      },
      {
        id: 'http://data.europa.eu/esco/skill/ab2bb44a-3956-4028-8715-8b70b1960b99',
        label: 'lift heavy weights',
      },
      {
        id: 'http://data.europa.eu/esco/skill/af2e97dc-fa66-421e-a793-ba4e4afa2dad',
        label: 'types of packaging used in industrial shipments',
      },
      {
        id: 'http://data.europa.eu/esco/skill/b1e4b6b3-c32e-426f-91a1-41b8adac086c',
        label: 'secure goods',
      },
      {
        id: 'http://data.europa.eu/esco/skill/b2b8ec41-d6d1-470d-9e78-4eee515aaa3d',
        label: 'operate chainsaw',
      },
      {
        id: 'http://data.europa.eu/esco/skill/d5fa1ed6-6cd8-41b9-8e78-2ba168ff3457',
        label: 'process orders from online shop',
      },
      {
        id: 'http://data.europa.eu/esco/skill/d66964f4-6f5b-443e-bf74-e61a56f5957f',
        label: 'comply with checklists',
      },
      {
        id: 'http://data.europa.eu/esco/skill/de804504-bd5c-465d-b54f-9da299d8ee90',
        label: 'controlesystemen voor voorraad onderhouden',
      },
      {
        id: 'http://data.europa.eu/esco/skill/e0ae0101-ab8f-47a2-938b-ab0cc367b3b5',
        label: 'databanken van magazijnen bijhouden',
      },
      {
        id: 'http://data.europa.eu/esco/skill/e883d55a-75ae-460b-ba0a-47fecf14f1b3',
        label: 'store warehouse goods',
      },
      {
        id: 'http://data.europa.eu/esco/skill/ec66b111-d8d0-4516-88ba-ee0b6fe6f695',
        label: 'process customer orders',
      },
      {
        id: 'http://data.europa.eu/esco/skill/ee5e2297-39cc-4ed6-89e5-d58016118a7f',
        label: 'pick orders for dispatching',
      },
    ],
  },
  forkliftOperator: {
    id: 'http://data.europa.eu/esco/occupation/eeac6251-1974-42f5-91ed-513c6c883755',
    label: 'heftruckchauffeur',
    iscoGroup: '8344',
    essentialSkills: [
      {
        id: 'http://data.europa.eu/esco/skill/0256f6b0-f4a9-4c5e-9cfd-96d58a2a70fe',
        label: 'radioapparatuur gebruiken',
      },
      {
        id: 'http://data.europa.eu/esco/skill/02e235f4-a30a-412a-a06e-1c471ad28678',
        label: 'controleprocedures voor het verwerken van gevaarlijke stoffen opvolgen',
      },
      {
        id: 'http://data.europa.eu/esco/skill/078861f5-b901-48a5-951e-a3ad0a4fa0bd',
        label: 'operate warehouse materials',
      },
      {
        id: 'http://data.europa.eu/esco/skill/089ee650-297e-4716-87d1-440743b70a0d',
        label: 'zorgen voor naleving van de milieuwetgeving',
      },
      {
        id: 'http://data.europa.eu/esco/skill/0a43729f-2a79-4dae-9faa-95520daae79f',
        label: 'apply company policies',
      },
      {
        id: 'http://data.europa.eu/esco/skill/28cb374e-6261-4133-8371-f9a5470145da',
        label: 'operate forklift',
      },
      {
        id: 'http://data.europa.eu/esco/skill/2e69f3a4-e0be-4990-aff7-facc1b6c6860',
        label: 'match goods with appropriate packaging according to security procedures',
      },
      {
        id: 'http://data.europa.eu/esco/skill/3b36e006-97a9-4894-b8b7-3979d309d518',
        label: 'monitor goods movement',
      },
      {
        id: 'http://data.europa.eu/esco/skill/3c73898b-04a6-4e3a-b84a-3a032277c916',
        label: 'apply techniques for stacking goods into containers',
      },
      {
        id: 'http://data.europa.eu/esco/skill/3c84f7d9-7a3e-4343-814f-31de0aa61651',
        label: 'conduct forklift inspections',
      },
      {
        id: 'http://data.europa.eu/esco/skill/418765cd-77f9-4c6f-8b00-e56ebec767bb',
        label: 'weigh materials',
      },
      {
        id: 'http://data.europa.eu/esco/skill/5b0d14b1-0bf6-4f6b-b922-4becc213f0aa',
        label: 'transport dangerous goods',
      },
      {
        id: 'http://data.europa.eu/esco/skill/74aa45cf-175f-47ef-9978-d9de437d92ba',
        label: 'stay alert',
      },
      {
        id: 'http://data.europa.eu/esco/skill/7991b413-8e71-415d-bb6a-923ea154abc5',
        label: 'stack empty pallets',
      },
      {
        id: 'http://data.europa.eu/esco/skill/8c37d032-7b5b-47e7-bf06-6bafa30ce643',
        label: 'follow signalling instructions',
      },
      {
        id: 'http://data.europa.eu/esco/skill/8ce60e03-6513-4530-84c4-feeacefcae85',
        label: 'estimate distances',
      },
      {
        id: 'http://data.europa.eu/esco/skill/a23659b1-a8bc-4331-a58d-eef263ca6a14',
        label: 'follow work procedures',
      },
      {
        id: 'http://data.europa.eu/esco/skill/ab2bb44a-3956-4028-8715-8b70b1960b99',
        label: 'lift heavy weights',
      },
      {
        id: 'http://data.europa.eu/esco/skill/af2e97dc-fa66-421e-a793-ba4e4afa2dad',
        label: 'types of packaging used in industrial shipments',
      },
      {
        id: 'http://data.europa.eu/esco/skill/b01c93a8-43b0-4cf6-81c8-68a4f2ed93d9',
        label: 'meet picking standards',
      },
      {
        id: 'http://data.europa.eu/esco/skill/b3b2547b-5c37-4d21-8ee5-f01b6bd672ae',
        label: 'follow stock control instructions',
      },
      {
        id: 'http://data.europa.eu/esco/skill/ca55d9dd-f177-45b6-a2ee-1a4695044b76',
        label: 'carry out stock rotation',
      },
      {
        id: 'http://data.europa.eu/esco/skill/e0ae0101-ab8f-47a2-938b-ab0cc367b3b5',
        label: 'databanken van magazijnen bijhouden',
      },
      {
        id: 'http://data.europa.eu/esco/skill/e3211ab2-18b5-49b4-90de-d395f3be2378',
        label: 'execute working instructions',
      },
      {
        id: 'http://data.europa.eu/esco/skill/e883d55a-75ae-460b-ba0a-47fecf14f1b3',
        label: 'store warehouse goods',
      },
      {
        id: 'http://data.europa.eu/esco/skill/ed5fab0c-e68c-4205-adfb-34b578a7fbba',
        label: 'prepare shipments in time',
      },
      {
        id: 'http://data.europa.eu/esco/skill/ee5e2297-39cc-4ed6-89e5-d58016118a7f',
        label: 'pick orders for dispatching',
      },
      {
        id: 'http://data.europa.eu/esco/skill/f8cd217b-b870-42aa-9bbe-d36b672cbb65',
        label: 'operate package processing equipment',
      },
      {
        id: 'http://data.europa.eu/esco/skill/fc0fbc9c-b24d-42fa-ae66-c9b4945b6bc0',
        label: 'transfer stock',
      },
      {
        id: 'http://data.europa.eu/esco/skill/fc511e12-fe90-40a0-bec8-227abb5e4255',
        label: 'follow verbal instructions',
      },
      {
        id: 'http://data.europa.eu/esco/skill/fe29e658-7cad-4b70-a169-10a240ec0bef',
        label: 'work in a logistics team',
      },
    ],
  },
  handPacker: {
    id: 'http://data.europa.eu/esco/occupation/f5cb9901-86fc-48d0-9cde-667fbe8cef3a',
    label: 'inpakker met de hand',
    iscoGroup: '9321',
    essentialSkills: [
      {
        id: 'http://data.europa.eu/esco/skill/1c3a0f83-8ee5-4693-9e3d-f1546a59a653',
        label: 'types of packaging materials',
      },
      {
        id: 'http://data.europa.eu/esco/skill/27536739-c38b-45d2-9e96-1573b1d32fdd',
        label: 'use packaging equipment',
      },
      {
        id: 'http://data.europa.eu/esco/skill/54d68400-9da3-4077-a7ee-52e68b390ef6',
        label: 'follow written instructions',
      },
      {
        id: 'http://data.europa.eu/esco/skill/667cbbaf-f377-46d8-8f2d-1f6d8a55d74a',
        label: 'pack goods',
      },
      {
        id: 'http://data.europa.eu/esco/skill/6fcf2fc7-7b74-42e5-845f-f5854fd44f37',
        label: 'correcte etikettering van goederen waarborgen',
      },
      {
        id: 'http://data.europa.eu/esco/skill/ab2bb44a-3956-4028-8715-8b70b1960b99',
        label: 'lift heavy weights',
      },
      {
        id: 'http://data.europa.eu/esco/skill/b1e4b6b3-c32e-426f-91a1-41b8adac086c',
        label: 'secure goods',
      },
      {
        id: 'http://data.europa.eu/esco/skill/d66964f4-6f5b-443e-bf74-e61a56f5957f',
        label: 'comply with checklists',
      },
      {
        id: 'http://data.europa.eu/esco/skill/fcc64184-33d5-4e4a-8d28-0993d5685c39',
        label: 'packaging processes',
      },
    ],
  },
  buildingCleaner: {
    id: 'http://data.europa.eu/esco/occupation/303a1e34-cb16-4054-b323-81e5eec17397',
    label: 'schoonmaker gebouwen',
    iscoGroup: '9112',
    essentialSkills: [
      {
        id: 'http://data.europa.eu/esco/skill/00ec5333-e570-477b-9017-2e95fea0150a',
        label: 'maintain inventory of cleaning supplies',
      },
      {
        id: 'http://data.europa.eu/esco/skill/0162b701-6bb4-400a-b557-7996053d7daf',
        label: 'maintain personal hygiene standards when cleaning',
      },
      {
        id: 'http://data.europa.eu/esco/skill/09dea77e-870c-49eb-9a97-1398bee57bd0',
        label: 'cleaning industry health and safety measures',
      },
      {
        id: 'http://data.europa.eu/esco/skill/0df2b2ab-393f-4fb3-bee0-9c50fd716b57',
        label: 'clean building facade',
      },
      {
        id: 'http://data.europa.eu/esco/skill/110d7aa3-e44e-4cce-a927-8d4de615f3d9',
        label: 'sort waste',
      },
      {
        id: 'http://data.europa.eu/esco/skill/1422e57c-a6ad-4ad3-ac72-711fc0d81f34',
        label: 'clean particular areas manually',
      },
      {
        id: 'http://data.europa.eu/esco/skill/1ff161c5-756d-414b-afda-41fff0f74d81',
        label: 'operate janitorial tools',
      },
      {
        id: 'http://data.europa.eu/esco/skill/2ed98048-bf2f-47e5-a0de-fd23d6abe2f6',
        label: 'operate floor cleaning equipment',
      },
      {
        id: 'http://data.europa.eu/esco/skill/329d7233-7231-4082-8ca4-0b5e295785aa',
        label: 'remove dust',
      },
      {
        id: 'http://data.europa.eu/esco/skill/3573a4e0-0d50-4a37-9d8c-f963ea3d3f99',
        label: 'inform on toilet facilities malfunctions',
      },
      {
        id: 'http://data.europa.eu/esco/skill/4fb7f781-9362-426a-9eb6-65c360f83e31',
        label: 'schoonmaakactiviteiten op een milieuvriendelijke manier uitvoeren',
      },
      {
        id: 'http://data.europa.eu/esco/skill/5bee9f92-221e-44e8-81b8-20edcd741077',
        label: 'maintain facility security systems',
      },
      {
        id: 'http://data.europa.eu/esco/skill/6768f208-f11e-4a07-8644-c59d5e035b76',
        label: "perform minor repairs to buildings' systems",
      },
      {
        id: 'http://data.europa.eu/esco/skill/67b169f0-8468-4cb7-a5ae-f227fe25f13e',
        label: 'arrange furniture',
      },
      {
        id: 'http://data.europa.eu/esco/skill/6ff01827-907d-43d8-b6e4-7162c1cf0aca',
        label: 'clean surfaces',
      },
      {
        id: 'http://data.europa.eu/esco/skill/7b4bc709-5888-4f78-bbaf-fb760d4e2e4b',
        label: 'maintain cleaning equipment',
      },
      {
        id: 'http://data.europa.eu/esco/skill/a2cd3b30-2d6c-473e-a5d4-4e7cb576babe',
        label: 'clean building floors',
      },
      {
        id: 'http://data.europa.eu/esco/skill/ab998cd1-52ff-441d-987b-4df914159771',
        label: 'report major building repairs',
      },
      {
        id: 'http://data.europa.eu/esco/skill/bb62b926-73ff-437d-aac1-5f8af6cc8e52',
        label: "restock toilet facilities' supplies",
      },
      {
        id: 'http://data.europa.eu/esco/skill/bef359eb-b3f1-4315-b2ec-72a112060196',
        label: 'follow organisational guidelines in the cleaning industry',
      },
      {
        id: 'http://data.europa.eu/esco/skill/cc948c21-aa71-47c5-8df6-c5d0deb99eb2',
        label: 'manage routine waste',
      },
      {
        id: 'http://data.europa.eu/esco/skill/d05ae693-dc7d-4073-8806-2782f117c24a',
        label: 'clean glass surfaces',
      },
    ],
  },
  kitchenAssistant: {
    id: 'http://data.europa.eu/esco/occupation/e1cf6897-158d-4b48-a39e-2a3a8cac216c',
    label: 'keukenhulp',
    iscoGroup: '9412',
    essentialSkills: [
      {
        id: 'http://data.europa.eu/esco/skill/0ff99f51-40d9-42f1-a1ec-377b2bb5e15f',
        label: 'comply with food safety and hygiene',
      },
      {
        id: 'http://data.europa.eu/esco/skill/341cf309-746c-4437-ad14-e0a0ee13eacc',
        label: 'receive kitchen supplies',
      },
      {
        id: 'http://data.europa.eu/esco/skill/3936cc7d-d045-4eb0-b951-b862a072c0a2',
        label: 'indicatoren voor de vermindering van voedselafval ontwerpen',
      },
      {
        id: 'http://data.europa.eu/esco/skill/44f6a65f-6be7-4818-9a66-73908797283f',
        label: 'monitor stock level',
      },
      {
        id: 'http://data.europa.eu/esco/skill/47d286a7-38b2-4970-a9f2-69c7faa77167',
        label: 'comply with standard portion sizes',
      },
      {
        id: 'http://data.europa.eu/esco/skill/4b15a965-9bb4-42f1-8e44-1024aeb0b08c',
        label: 'use food preparation techniques',
      },
      {
        id: 'http://data.europa.eu/esco/skill/51a26193-9abe-4bce-9108-f50835be1c35',
        label: 'handle chemical cleaning agents',
      },
      {
        id: 'http://data.europa.eu/esco/skill/5e433def-210d-4dfa-bf07-dbf6d04e0eaa',
        label: 'afval verwijderen',
      },
      {
        id: 'http://data.europa.eu/esco/skill/6ff01827-907d-43d8-b6e4-7162c1cf0aca',
        label: 'clean surfaces',
      },
      {
        id: 'http://data.europa.eu/esco/skill/75dfe1ee-5935-42ce-b820-697f827825c3',
        label: 'maintain customer service',
      },
      {
        id: 'http://data.europa.eu/esco/skill/8c8da904-cdb3-47d9-bfbf-15ade747d9ec',
        label: 'work in a hospitality team',
      },
      {
        id: 'http://data.europa.eu/esco/skill/91324cff-50d9-4a65-81da-2985b6751180',
        label: 'monitor kitchen supplies',
      },
      {
        id: 'http://data.europa.eu/esco/skill/9b31016e-c99d-4bd2-a550-d5660dac5041',
        label: 'clean kitchen equipment',
      },
      {
        id: 'http://data.europa.eu/esco/skill/9ccd8da7-733b-4aff-a49f-94c390aeb618',
        label: 'handover the food preparation area',
      },
      {
        id: 'http://data.europa.eu/esco/skill/a0d96ce8-aeeb-4ffb-bd78-21c0598179ff',
        label: 'work according to recipe',
      },
      {
        id: 'http://data.europa.eu/esco/skill/b1c87aa4-f4f8-4ca5-a844-c44516483b29',
        label: 'store kitchen supplies',
      },
      {
        id: 'http://data.europa.eu/esco/skill/c42d2a2a-2f55-45ac-beb1-0a8a76412457',
        label: 'use food cutting tools',
      },
      {
        id: 'http://data.europa.eu/esco/skill/c747ab82-9c35-4bf6-ab90-b50b9a53d292',
        label: 'ensure cleanliness of food preparation area',
      },
      {
        id: 'http://data.europa.eu/esco/skill/c87c5366-c9a9-4205-8333-4938a9c384ad',
        label: 'maintain a safe, hygienic and secure working environment',
      },
      {
        id: 'http://data.europa.eu/esco/skill/ca55d9dd-f177-45b6-a2ee-1a4695044b76',
        label: 'carry out stock rotation',
      },
    ],
  },
  cook: {
    id: 'http://data.europa.eu/esco/occupation/90f75f67-495d-49fa-ab57-2f320e251d7e',
    label: 'kok',
    iscoGroup: '5120',
    essentialSkills: [
      {
        id: 'http://data.europa.eu/esco/skill/0ff99f51-40d9-42f1-a1ec-377b2bb5e15f',
        label: 'comply with food safety and hygiene',
      },
      {
        id: 'http://data.europa.eu/esco/skill/210827e3-3129-45a2-8683-70399f3f561f',
        label: 'order supplies',
      },
      {
        id: 'http://data.europa.eu/esco/skill/29b326ea-a9c8-4963-b35a-8541d0cdff77',
        label: 'store raw food materials',
      },
      {
        id: 'http://data.europa.eu/esco/skill/341cf309-746c-4437-ad14-e0a0ee13eacc',
        label: 'receive kitchen supplies',
      },
      {
        id: 'http://data.europa.eu/esco/skill/4b15a965-9bb4-42f1-8e44-1024aeb0b08c',
        label: 'use food preparation techniques',
      },
      {
        id: 'http://data.europa.eu/esco/skill/5e433def-210d-4dfa-bf07-dbf6d04e0eaa',
        label: 'afval verwijderen',
      },
      {
        id: 'http://data.europa.eu/esco/skill/8c8da904-cdb3-47d9-bfbf-15ade747d9ec',
        label: 'work in a hospitality team',
      },
      {
        id: 'http://data.europa.eu/esco/skill/9ccd8da7-733b-4aff-a49f-94c390aeb618',
        label: 'handover the food preparation area',
      },
      {
        id: 'http://data.europa.eu/esco/skill/a02d7f88-a240-4644-911b-169af470be5a',
        label: 'use reheating techniques',
      },
      {
        id: 'http://data.europa.eu/esco/skill/bb84d739-1b06-477b-9195-251650bb3c14',
        label: 'use culinary finishing techniques',
      },
      {
        id: 'http://data.europa.eu/esco/skill/c42d2a2a-2f55-45ac-beb1-0a8a76412457',
        label: 'use food cutting tools',
      },
      {
        id: 'http://data.europa.eu/esco/skill/c747ab82-9c35-4bf6-ab90-b50b9a53d292',
        label: 'ensure cleanliness of food preparation area',
      },
      {
        id: 'http://data.europa.eu/esco/skill/c87c5366-c9a9-4205-8333-4938a9c384ad',
        label: 'maintain a safe, hygienic and secure working environment',
      },
      {
        id: 'http://data.europa.eu/esco/skill/e1f5c539-7c93-49ee-917d-a24e0d887686',
        label: 'control of expenses',
      },
      {
        id: 'http://data.europa.eu/esco/skill/e265e4e2-f031-4012-a7bf-54cac48fb846',
        label: 'maintain kitchen equipment at correct temperature',
      },
      {
        id: 'http://data.europa.eu/esco/skill/f3934441-4bff-4076-9945-e6c51a01c467',
        label: 'use cooking techniques',
      },
    ],
  },
  landscapeGardener: {
    id: 'http://data.europa.eu/esco/occupation/e7970c7a-7769-4002-87d3-0a8ea94fdd6f',
    label: 'hovenier',
    iscoGroup: '6113',
    essentialSkills: [
      {
        id: 'http://data.europa.eu/esco/skill/08881cb7-5331-4b11-9442-4d7c9fce749e',
        label: 'perform pest control',
      },
      {
        id: 'http://data.europa.eu/esco/skill/0e355580-bd4a-465a-8058-92984623070e',
        label: 'work in outdoor conditions',
      },
      {
        id: 'http://data.europa.eu/esco/skill/142415cb-503f-4721-b4d8-cac47de18cc6',
        label: 'transport physical resources within the work area',
      },
      {
        id: 'http://data.europa.eu/esco/skill/17fa5b53-fd59-49eb-8763-29255a185d26',
        label: 'prepare the ground',
      },
      {
        id: 'http://data.europa.eu/esco/skill/3419fac9-575d-4492-a018-edff6f4dae26',
        label: 'milieuwetgeving inzake landbouw en bosbouw',
      },
      {
        id: 'http://data.europa.eu/esco/skill/4c58528e-bdaa-43ad-8f5a-8ad0b8cd4bbb',
        label: 'design principles',
      },
      {
        id: 'http://data.europa.eu/esco/skill/51097602-8e4e-4830-8f35-d77afc713fc0',
        label: 'prune hedges and trees',
      },
      {
        id: 'http://data.europa.eu/esco/skill/5125b132-d1a9-41a4-95c3-91b0984e86b5',
        label: 'maintain ground',
      },
      {
        id: 'http://data.europa.eu/esco/skill/69c865d1-39d6-48ae-b33f-75a7e9cc1811',
        label: 'operate landscaping equipment',
      },
      {
        id: 'http://data.europa.eu/esco/skill/73997f48-cd9d-4724-872d-86ecbb2ed9a2',
        label: 'plantensoorten',
      },
      {
        id: 'http://data.europa.eu/esco/skill/7b3717e4-e963-44e0-b94f-1088a7242da0',
        label: 'planten verzorgen',
      },
      {
        id: 'http://data.europa.eu/esco/skill/844e9480-7aef-49f6-9260-d88c27249241',
        label: 'propagate plants',
      },
      {
        id: 'http://data.europa.eu/esco/skill/87da57a8-ae40-41e3-998e-f517daa95c9a',
        label: 'handling chemical products for soil and plants',
      },
      {
        id: 'http://data.europa.eu/esco/skill/8a1942a8-bebd-4cc5-bdff-fe215aaa3de5',
        label: 'use gardening equipment',
      },
      {
        id: 'http://data.europa.eu/esco/skill/8bb1142a-06ca-41fa-a434-444d95d8b8c9',
        label: 'build fences',
      },
      {
        id: 'http://data.europa.eu/esco/skill/8ce4a4af-969b-4d1c-8bfe-891cff82f913',
        label: 'plant green plants',
      },
      {
        id: 'http://data.europa.eu/esco/skill/94a1b3c5-2a95-4703-8559-973bc6d14747',
        label: 'perform weed control operations',
      },
      {
        id: 'http://data.europa.eu/esco/skill/98815e0a-0bcc-41fc-ba9a-6ec1c4e8a8a0',
        label: 'put up signs',
      },
      {
        id: 'http://data.europa.eu/esco/skill/9d75efb9-0c77-4f86-b5e7-99100808564a',
        label: 'ongediertebestrijding bij planten',
      },
      {
        id: 'http://data.europa.eu/esco/skill/a8429098-ddac-481b-91e7-688d021c092e',
        label: 'ecologie',
      },
      {
        id: 'http://data.europa.eu/esco/skill/a8f1c3cf-bd8b-4c85-80d3-c69955f6bd00',
        label: 'snoeitechnieken',
      },
      {
        id: 'http://data.europa.eu/esco/skill/af9b6098-7d2f-4990-b4eb-d7dd73fdb933',
        label: 'prune plants',
      },
      {
        id: 'http://data.europa.eu/esco/skill/bf056c12-eaba-4f00-b5a9-c4add7f841f3',
        label: 'landscaping materials',
      },
      {
        id: 'http://data.europa.eu/esco/skill/c5f255ef-02d3-4ab0-a652-2bf055d1d493',
        label: 'grow plants',
      },
      {
        id: 'http://data.europa.eu/esco/skill/d6f40152-c00d-44fa-a48f-55e39f08c14e',
        label: 'maintain landscape site',
      },
      {
        id: 'http://data.europa.eu/esco/skill/dcb01a4f-720a-480f-b61a-11a1286d56f3',
        label: 'horticulture principles',
      },
      {
        id: 'http://data.europa.eu/esco/skill/e1479957-1606-4dbd-90f7-4c46c615936c',
        label: 'prepare planting area',
      },
      {
        id: 'http://data.europa.eu/esco/skill/e85cff6b-ee0e-4106-98f0-b57b39a2ea3f',
        label: 'bestrijdingsactiviteiten uitvoeren met betrekking tot ziekten en plagen',
      },
      {
        id: 'http://data.europa.eu/esco/skill/eadf0f36-cba0-4e68-8458-c91bc60b494d',
        label: 'bomen verzorgen',
      },
      {
        id: 'http://data.europa.eu/esco/skill/f8460277-3c9a-4be4-b203-600a2a295f47',
        label: 'bestrijding van plantenziekten',
      },
      {
        id: 'http://data.europa.eu/esco/skill/fd61cec0-cfab-4a4a-9157-e8f21e612116',
        label: 'principles of landscape construction',
      },
      {
        id: 'http://data.europa.eu/esco/skill/fe82195e-af26-4156-b554-c724b28fb2fb',
        label: 'pruning types',
      },
    ],
  },
  shopAssistant: {
    id: 'http://data.europa.eu/esco/occupation/0b15375e-dfdd-4047-9efb-096e0aaee7d2',
    label: 'winkelmedewerker',
    iscoGroup: '5223',
    essentialSkills: [
      {
        id: 'http://data.europa.eu/esco/skill/0a43729f-2a79-4dae-9faa-95520daae79f',
        label: 'apply company policies',
      },
      {
        id: 'http://data.europa.eu/esco/skill/0cb013af-6dd9-4fb2-b34e-63dda1a5cf82',
        label: 'operate cash register',
      },
      {
        id: 'http://data.europa.eu/esco/skill/2239694b-771a-4586-8b54-2794e361a9ae',
        label: 'maintain relationship with customers',
      },
      {
        id: 'http://data.europa.eu/esco/skill/25fce4fb-35b6-49b6-a4fa-c7aa168fd770',
        label: 'examine merchandise',
      },
      {
        id: 'http://data.europa.eu/esco/skill/2b69525c-731c-4813-99a7-673fa5679d32',
        label: 'provide customer guidance on product selection',
      },
      {
        id: 'http://data.europa.eu/esco/skill/3cd35f5d-ce6d-4f14-9a09-53d7a28d834c',
        label: 'maintain relationship with suppliers',
      },
      {
        id: 'http://data.europa.eu/esco/skill/57c1debf-3867-4e64-baf8-ce70d84f88c9',
        label: 'maintain store cleanliness',
      },
      {
        id: 'http://data.europa.eu/esco/skill/6ffdcb09-16bc-4480-9ac8-40fdbf915712',
        label: 'put up price tags',
      },
      {
        id: 'http://data.europa.eu/esco/skill/77a11321-754a-41de-b9e4-80d747f528db',
        label: 'organise product display',
      },
      {
        id: 'http://data.europa.eu/esco/skill/7e9daad3-8604-4839-af9b-dc6f8db3ef68',
        label: 'stock shelves',
      },
      {
        id: 'http://data.europa.eu/esco/skill/9e406af9-6561-43ef-9138-e5befeefd856',
        label: 'pack merchandise for gifts',
      },
      {
        id: 'http://data.europa.eu/esco/skill/a6d697d1-80ba-4175-82d4-43440ed04270',
        label: 'process refunds',
      },
      {
        id: 'http://data.europa.eu/esco/skill/a89c463d-e6f0-417d-9216-b59b92249226',
        label: 'carry out order intake',
      },
      {
        id: 'http://data.europa.eu/esco/skill/bd2f7603-5e58-4d71-8f13-44c632782b02',
        label: 'package purchases in bags',
      },
      {
        id: 'http://data.europa.eu/esco/skill/c609c7cf-ec3f-42df-9147-3ea012e31b66',
        label: 'Order products',
      },
      {
        id: 'http://data.europa.eu/esco/skill/d6d3fee7-47e2-47f4-a0ec-6c75f28c6abd',
        label: 'product comprehension',
      },
      {
        id: 'http://data.europa.eu/esco/skill/debb8d81-ed7f-447d-853a-5d107fda6fcf',
        label: 'provide customer follow-up services',
      },
      {
        id: 'http://data.europa.eu/esco/skill/e3211ab2-18b5-49b4-90de-d395f3be2378',
        label: 'execute working instructions',
      },
      {
        id: 'http://data.europa.eu/esco/skill/e37a6dcf-68c8-4afd-a2ca-503bbaa4a140',
        label: 'notify customers on special offers',
      },
      {
        id: 'http://data.europa.eu/esco/skill/e4aea84e-6f33-41f9-a61c-53cf5125ea26',
        label: 'supervise merchandise displays',
      },
      {
        id: 'http://data.europa.eu/esco/skill/e8bd4f15-c928-463c-8454-5a7d99dd9926',
        label: 'direct customers to merchandise',
      },
      {
        id: 'http://data.europa.eu/esco/skill/f75b740c-b36c-495e-bc67-efe347bbc6b5',
        label: 'company policies',
      },
    ],
  },
  cashier: {
    id: 'http://data.europa.eu/esco/occupation/2b871272-bd61-4206-bd1a-0b96d7023098',
    label: 'kassamedewerker',
    iscoGroup: '5230',
    essentialSkills: [
      {
        id: 'http://data.europa.eu/esco/skill/15a33d76-4640-438d-ae64-fdc0c1d3eebc',
        label: 'customer service',
      },
      {
        id: 'http://data.europa.eu/esco/skill/279101c1-e325-4349-bf58-401b6c8ff208',
        label: 'operate cash point',
      },
      {
        id: 'http://data.europa.eu/esco/skill/415abd43-e8e5-4643-b5da-5f11307af57a',
        label: 'use different communication channels',
      },
      {
        id: 'http://data.europa.eu/esco/skill/5dd01a1e-7ba0-4b7f-a76c-ed811c12bfde',
        label: 'apply numeracy skills',
      },
      {
        id: 'http://data.europa.eu/esco/skill/a6d697d1-80ba-4175-82d4-43440ed04270',
        label: 'process refunds',
      },
      {
        id: 'http://data.europa.eu/esco/skill/b7c8f418-08d5-45d6-b697-ab26c6ecbfb4',
        label: 'ensure client orientation',
      },
      {
        id: 'http://data.europa.eu/esco/skill/bdcac0c8-b77a-4640-9eaf-c0cf3efd1e23',
        label: 'process payments',
      },
      {
        id: 'http://data.europa.eu/esco/skill/debb8d81-ed7f-447d-853a-5d107fda6fcf',
        label: 'provide customer follow-up services',
      },
      {
        id: 'http://data.europa.eu/esco/skill/e3e42d54-78bd-4337-aa87-bb31a7670c9a',
        label: 'issue sales invoices',
      },
      {
        id: 'http://data.europa.eu/esco/skill/efe5d94c-2249-4a50-8c44-6e77331c698d',
        label: 'manage theft prevention',
      },
    ],
  },
  administrativeAssistant: {
    id: 'http://data.europa.eu/esco/occupation/044d78cc-f62f-4532-83a5-8e04f2889652',
    label: 'administratief medewerker',
    iscoGroup: '3343',
    essentialSkills: [
      {
        id: 'http://data.europa.eu/esco/skill/047fcf0a-2936-49fb-b4eb-97cdd8d09d0b',
        label: 'maintain statutory books',
      },
      {
        id: 'http://data.europa.eu/esco/skill/0839eea4-c57b-4c14-b19b-923fbedb5d88',
        label: 'perform business research',
      },
      {
        id: 'http://data.europa.eu/esco/skill/1973c966-f236-40c9-b2d4-5d71a89019be',
        label: 'software voor spreadsheets gebruiken',
      },
      {
        id: 'http://data.europa.eu/esco/skill/1f6eac42-e5aa-4fa7-a75d-a4eea12c618e',
        label: 'disseminate internal communications',
      },
      {
        id: 'http://data.europa.eu/esco/skill/3d427a49-4f85-42cd-8a92-62d4a34f41a1',
        label: 'documenten archiveren',
      },
      {
        id: 'http://data.europa.eu/esco/skill/3e04e39d-9eb6-4167-ad2d-e3413f647e4e',
        label: 'organise business documents',
      },
      {
        id: 'http://data.europa.eu/esco/skill/43b13058-68d0-40c6-8031-caf5a7b7d20c',
        label: 'keep task records',
      },
      {
        id: 'http://data.europa.eu/esco/skill/5436f06d-4cc0-42a6-8e5b-63b842cce03b',
        label: 'disseminate general corporate information',
      },
      {
        id: 'http://data.europa.eu/esco/skill/71dde84c-0058-4c52-a556-523369333db8',
        label: 'use office systems',
      },
      {
        id: 'http://data.europa.eu/esco/skill/76f22707-8d30-453f-9eb7-3376e2960311',
        label: 'handle mail',
      },
      {
        id: 'http://data.europa.eu/esco/skill/7c3865d1-e5a9-4043-a7a4-2e9e30468c0b',
        label: 'perform office routine activities',
      },
      {
        id: 'http://data.europa.eu/esco/skill/81dc035c-921b-4fea-a453-94538e86097c',
        label: 'disseminate messages to people',
      },
      {
        id: 'http://data.europa.eu/esco/skill/8d49f760-3765-4612-8d40-a2bdd50738fe',
        label: 'fill out forms',
      },
      {
        id: 'http://data.europa.eu/esco/skill/b769f524-0f25-44d7-8538-5c46710a040e',
        label: 'digitale documenten beheren',
      },
      {
        id: 'http://data.europa.eu/esco/skill/c241f5a5-e23f-47bf-ad24-d83ea0010166',
        label: 'ensure proper document management',
      },
      {
        id: 'http://data.europa.eu/esco/skill/c58050e1-0774-4097-93d2-07dd7ba6a27a',
        label: 'organise facilities for office personnel',
      },
      {
        id: 'http://data.europa.eu/esco/skill/ec0bbf39-0edd-4015-a2c3-82ad563ce3a8',
        label: 'zakelijke e-mails opstellen',
      },
      {
        id: 'http://data.europa.eu/esco/skill/f683ae1d-cb7c-4aa1-b9fe-205e1bd23535',
        label: 'Microsoft Office gebruiken',
      },
      {
        id: 'http://data.europa.eu/esco/skill/f75b740c-b36c-495e-bc67-efe347bbc6b5',
        label: 'company policies',
      },
    ],
  },
  receptionist: {
    id: 'http://data.europa.eu/esco/occupation/f7b04542-d8c7-42db-8475-e63b507cce82',
    label: 'receptionist',
    iscoGroup: '4226',
    essentialSkills: [
      {
        id: 'http://data.europa.eu/esco/skill/0da516ee-e70e-4384-be13-f5ff80be8127',
        label: 'communicate with customers',
      },
      {
        id: 'http://data.europa.eu/esco/skill/0f46a403-9606-465f-8247-8ae975ff4f35',
        label: 'communicate verbal instructions',
      },
      {
        id: 'http://data.europa.eu/esco/skill/15a33d76-4640-438d-ae64-fdc0c1d3eebc',
        label: 'customer service',
      },
      {
        id: 'http://data.europa.eu/esco/skill/1f6eac42-e5aa-4fa7-a75d-a4eea12c618e',
        label: 'disseminate internal communications',
      },
      {
        id: 'http://data.europa.eu/esco/skill/26a6e6d2-1c9a-4d7e-8c04-5ba16d1f53da',
        label: 'greet guests',
      },
      {
        id: 'http://data.europa.eu/esco/skill/3aeab77e-daa2-4851-95fc-d236c3b5718e',
        label: 'maintain logbooks',
      },
      {
        id: 'http://data.europa.eu/esco/skill/59b2d857-dd1c-4596-925e-219c0ebf9c5d',
        label: 'maintain reception area',
      },
      {
        id: 'http://data.europa.eu/esco/skill/81dc035c-921b-4fea-a453-94538e86097c',
        label: 'disseminate messages to people',
      },
      {
        id: 'http://data.europa.eu/esco/skill/933e7ccf-5d56-46ba-aca4-857f826a6b3a',
        label: 'administer appointments',
      },
      {
        id: 'http://data.europa.eu/esco/skill/aa238394-8126-4ada-be2f-9dfe065cf314',
        label: 'adhere to organisational guidelines',
      },
      {
        id: 'http://data.europa.eu/esco/skill/de2f0ce8-f8d6-48c5-a213-4d065251cecf',
        label: 'communicate by telephone',
      },
      {
        id: 'http://data.europa.eu/esco/skill/f683ae1d-cb7c-4aa1-b9fe-205e1bd23535',
        label: 'Microsoft Office gebruiken',
      },
      {
        id: 'http://data.europa.eu/esco/skill/f75b740c-b36c-495e-bc67-efe347bbc6b5',
        label: 'company policies',
      },
    ],
  },
  ictHelpDeskAgent: {
    id: 'http://data.europa.eu/esco/occupation/aaeec9a7-dc57-4485-890c-86b3eef735f9',
    label: 'medewerker helpdesk',
    iscoGroup: '3512',
    essentialSkills: [
      {
        id: 'http://data.europa.eu/esco/skill/00e53a0a-c0ba-4c9f-a2ed-4706d5832a00',
        label: 'guarantee customer satisfaction',
      },
      {
        id: 'http://data.europa.eu/esco/skill/01e7dee7-3ff1-4807-acad-058dbed91aba',
        label: 'keep up to date on product knowledge',
      },
      {
        id: 'http://data.europa.eu/esco/skill/03b9b491-fc9b-4868-914a-bf7cd47b5041',
        label: 'create solutions to problems',
      },
      {
        id: 'http://data.europa.eu/esco/skill/0da516ee-e70e-4384-be13-f5ff80be8127',
        label: 'communicate with customers',
      },
      {
        id: 'http://data.europa.eu/esco/skill/0e1fe34b-f4e7-4642-8c8b-5a05ac3438e5',
        label: 'manage schedule of tasks',
      },
      {
        id: 'http://data.europa.eu/esco/skill/1585fc98-bfe4-461f-97fc-734055a2c3ce',
        label: 'characteristics of products',
      },
      {
        id: 'http://data.europa.eu/esco/skill/43b13058-68d0-40c6-8031-caf5a7b7d20c',
        label: 'keep task records',
      },
      {
        id: 'http://data.europa.eu/esco/skill/61970f8b-099c-4e7e-82e0-9ccdced0baf3',
        label: 'assist customers',
      },
      {
        id: 'http://data.europa.eu/esco/skill/6430eb0d-c6de-46b7-a7fc-3dd2e8e62a69',
        label: 'ICT-ticketsysteem gebruiken',
      },
      {
        id: 'http://data.europa.eu/esco/skill/68698869-c13c-4563-adc7-118b7644f45d',
        label: "identify customer's needs",
      },
      {
        id: 'http://data.europa.eu/esco/skill/9889b795-d755-41b2-8afd-2e3c87a65a38',
        label: 'software voor het beheer van klantrelaties gebruiken',
      },
      {
        id: 'http://data.europa.eu/esco/skill/9e06bac6-6b91-48ca-8b7d-c1f48cdecd7c',
        label: 'ICT-systeemproblemen oplossen',
      },
      {
        id: 'http://data.europa.eu/esco/skill/c2296e2e-5fef-4f24-a24f-e5b3792268be',
        label: 'ICT-ondersteuning bieden',
      },
      {
        id: 'http://data.europa.eu/esco/skill/ca73ac82-867a-4afa-9732-834aebe896ff',
        label: 'gebruikersvereisten voor ict-systemen',
      },
      {
        id: 'http://data.europa.eu/esco/skill/d6d3fee7-47e2-47f4-a0ec-6c75f28c6abd',
        label: 'product comprehension',
      },
      {
        id: 'http://data.europa.eu/esco/skill/db36f7f1-5900-45bd-9ffb-f2b19c4362ac',
        label: 'ICT-systeemgebruikers ondersteunen',
      },
      {
        id: 'http://data.europa.eu/esco/skill/debb8d81-ed7f-447d-853a-5d107fda6fcf',
        label: 'provide customer follow-up services',
      },
      {
        id: 'http://data.europa.eu/esco/skill/f642d7ed-e8d7-4355-a747-b85094d4e2e3',
        label: 'prioritise requests',
      },
      {
        id: 'http://data.europa.eu/esco/skill/fb3bc9b5-2297-4bba-85b1-60f696a92db8',
        label: 'characteristics of services',
      },
    ],
  },
  softwareDeveloper: {
    id: 'http://data.europa.eu/esco/occupation/f2b15a0e-e65a-438a-affb-29b9d50b77d1',
    label: 'software ontwikkelaar',
    iscoGroup: '2512',
    essentialSkills: [
      {
        id: 'http://data.europa.eu/esco/skill/04dfd9fb-e0cf-40f6-96c6-9d2280c4347e',
        label: 'provide technical documentation',
      },
      {
        id: 'http://data.europa.eu/esco/skill/04fe962b-4017-4eb7-9139-7d69b6922bc9',
        label: 'interface die bij een specifieke applicatie hoort gebruiken',
      },
      {
        id: 'http://data.europa.eu/esco/skill/0b0335f3-0aa1-491e-895e-81fc8774a300',
        label: 'geautomatiseerde migratiemethoden ontwikkelen',
      },
      {
        id: 'http://data.europa.eu/esco/skill/0e0c9c11-b39e-43cf-ba95-2fe646f5de64',
        label: 'identify customer requirements',
      },
      {
        id: 'http://data.europa.eu/esco/skill/172020d1-e151-445b-8173-e2a5fb16fe51',
        label: 'computergestuurde hulpmiddelen voor software-engineering gebruiken',
      },
      {
        id: 'http://data.europa.eu/esco/skill/209a5498-3449-4689-8ed9-bd08cab4fd78',
        label: 'engineering principles',
      },
      {
        id: 'http://data.europa.eu/esco/skill/21d2f96d-35f7-4e3f-9745-c533d2dd6e97',
        label: 'computerprogrammering',
      },
      {
        id: 'http://data.europa.eu/esco/skill/2522a6ce-3202-4ac8-9f5b-b9cb5a3a83a1',
        label: 'software voor het oplossen van softwarefouten',
      },
      {
        id: 'http://data.europa.eu/esco/skill/2b7a79e5-84d8-4880-be66-3d9bb05bea17',
        label: 'softwareontwerppatronen gebruiken',
      },
      {
        id: 'http://data.europa.eu/esco/skill/4fabca9a-7435-4f33-b1da-3cdb00340fdc',
        label: 'wetenschappelijk onderzoek verrichten',
      },
      {
        id: 'http://data.europa.eu/esco/skill/541561bc-510c-4a99-881c-2d8bf5a85462',
        label: 'software voor technisch tekenen gebruiken',
      },
      {
        id: 'http://data.europa.eu/esco/skill/59ea80e1-463a-4dba-82c6-d0b6d577d532',
        label: 'technische tekeningen',
      },
      {
        id: 'http://data.europa.eu/esco/skill/6014921e-1d25-4039-adc2-04852d61880e',
        label: 'ICT-foutopsporing',
      },
      {
        id: 'http://data.europa.eu/esco/skill/6a899482-8bcf-40ca-ae67-579a1cc467ab',
        label: 'manage engineering project',
      },
      {
        id: 'http://data.europa.eu/esco/skill/7111b95d-0ce3-441a-9d92-4c75d05c4388',
        label: 'project management',
      },
      {
        id: 'http://data.europa.eu/esco/skill/72a74f69-5cf1-43c5-99b9-62a444578919',
        label: 'engineering processes',
      },
      {
        id: 'http://data.europa.eu/esco/skill/797a4416-0b8d-44f3-8fcd-eb10bd0be6b4',
        label: 'softwareprototype ontwikkelen',
      },
      {
        id: 'http://data.europa.eu/esco/skill/8b94aa1e-89c9-459d-b3b4-1dfab8dec2df',
        label: 'softwarebibliotheken gebruiken',
      },
      {
        id: 'http://data.europa.eu/esco/skill/901105f8-3a08-453e-b1dc-23619e317fd3',
        label: 'create flowchart diagram',
      },
      {
        id: 'http://data.europa.eu/esco/skill/925463a7-d51f-4d5b-9f79-4d28cf30acde',
        label: 'software voor geïntegreerde ontwikkelomgevingen',
      },
      {
        id: 'http://data.europa.eu/esco/skill/9d2e926f-53d9-41f5-98f3-19dfaa687f3f',
        label: 'hulpmiddelen voor het beheer van softwareconfiguratie',
      },
      {
        id: 'http://data.europa.eu/esco/skill/be48353d-25c7-4f86-bea9-7b9e248fbc6e',
        label: 'interpret technical requirements',
      },
      {
        id: 'http://data.europa.eu/esco/skill/d9e5349e-8791-49c2-8ba4-839fdd1606c2',
        label: 'define technical requirements',
      },
      {
        id: 'http://data.europa.eu/esco/skill/f28617ad-afdd-4041-814c-216153a38998',
        label: 'softwarespecificaties analyseren',
      },
    ],
  },
  bicycleMechanic: {
    id: 'http://data.europa.eu/esco/occupation/336cf331-8082-4a0c-bf5f-e7c54706211c',
    label: 'fietsenmaker',
    iscoGroup: '7234',
    essentialSkills: [
      {
        id: 'http://data.europa.eu/esco/skill/015b0162-6dd3-4d46-bbfd-325086155dd5',
        label: 'purchase supplies',
      },
      {
        id: 'http://data.europa.eu/esco/skill/0a43729f-2a79-4dae-9faa-95520daae79f',
        label: 'apply company policies',
      },
      {
        id: 'http://data.europa.eu/esco/skill/1f9cd253-7d74-45a2-acf6-0bd2354aed2f',
        label: 'tune bicycles',
      },
      {
        id: 'http://data.europa.eu/esco/skill/5033c2fb-ec55-4b8e-b0a4-9379593f1e1c',
        label: 'maintain equipment',
      },
      {
        id: 'http://data.europa.eu/esco/skill/534e2ade-f9dd-470c-a56f-97d2cc896468',
        label: 'maintain braking system',
      },
      {
        id: 'http://data.europa.eu/esco/skill/53b1dcbc-7c51-43cd-9e3a-9ca78afd2895',
        label: 'bicycle mechanics',
      },
      {
        id: 'http://data.europa.eu/esco/skill/5598739b-6718-4cff-8402-91d7f65b1505',
        label: 'maintain work area cleanliness',
      },
      {
        id: 'http://data.europa.eu/esco/skill/6561c8e7-3851-4878-bcf4-d2ffd63d835e',
        label: 'use repair manuals',
      },
      {
        id: 'http://data.europa.eu/esco/skill/75dfe1ee-5935-42ce-b820-697f827825c3',
        label: 'maintain customer service',
      },
      {
        id: 'http://data.europa.eu/esco/skill/87af00b5-30fa-41c8-bfa5-357f22c8d589',
        label: 'defecte onderdelen vervangen',
      },
      {
        id: 'http://data.europa.eu/esco/skill/e67ca3fb-2d77-4741-a759-fc11110f869e',
        label: 'wash bicycles',
      },
      {
        id: 'http://data.europa.eu/esco/skill/f89aac44-f964-4b3d-96ab-622a3c249fa9',
        label: 'assemble bicycles',
      },
      {
        id: 'http://data.europa.eu/esco/skill/fab8e95a-448d-4784-aa50-9ef10e924829',
        label: 'perform repairs on bicycles',
      },
    ],
  },
  libraryAssistant: {
    id: 'http://data.europa.eu/esco/occupation/37b15470-3b2d-4ae0-816c-c7c06ed15c99',
    label: 'bibliotheekmedewerker',
    iscoGroup: '4411',
    essentialSkills: [
      {
        id: 'http://data.europa.eu/esco/skill/293bf73e-9070-411b-af96-2278eeb37bcd',
        label: 'maintain library equipment',
      },
      {
        id: 'http://data.europa.eu/esco/skill/34982b79-842f-4835-8598-d27793731d26',
        label: 'vragen van bibliotheekgebruikers behandelen',
      },
      {
        id: 'http://data.europa.eu/esco/skill/4bf37ee3-2c8b-44cc-9f91-3eeda46e8c5b',
        label: 'assess informational needs',
      },
      {
        id: 'http://data.europa.eu/esco/skill/704c0b98-7083-4b23-b6e5-18f5a6342324',
        label: 'maintain library inventory',
      },
      {
        id: 'http://data.europa.eu/esco/skill/7dc3d869-2a60-425f-8557-ad40eaaefc80',
        label: "analyse library users' queries",
      },
      {
        id: 'http://data.europa.eu/esco/skill/87b3e2f5-ff05-489a-a13b-9e5b3aff5fee',
        label: 'provide library information',
      },
      {
        id: 'http://data.europa.eu/esco/skill/b661befa-db9b-46d7-b89d-95a8c394f82f',
        label: 'organise library material',
      },
      {
        id: 'http://data.europa.eu/esco/skill/bcdfc41b-1fca-43ee-b07b-2b574dae763d',
        label: 'classify library materials',
      },
      {
        id: 'http://data.europa.eu/esco/skill/bf05da8d-772a-4423-adb2-df79672f46f7',
        label: 'organise information',
      },
      {
        id: 'http://data.europa.eu/esco/skill/e2103a1d-4a84-47a9-b4f7-774787573449',
        label: 'copyright legislation',
      },
      {
        id: 'http://data.europa.eu/esco/skill/f0f2da78-ef60-4653-b2c8-ff0a7a9ea2f8',
        label: 'bibliotheekgebruikers digitale geletterdheid bijbrengen',
      },
      {
        id: 'http://data.europa.eu/esco/skill/f645997b-e5a3-47e4-b715-65bbfb3e69f5',
        label: 'display library material',
      },
    ],
  },
} as const satisfies Record<string, ReferenceOccupation>;

/** Centres of PC4 areas (GeoNames), by postcode. */
export const PC4 = {
  '1017': { lat: 52.363, lon: 4.8923 }, // Amsterdam
  '3011': { lat: 51.9191, lon: 4.4867 }, // Rotterdam
  '3431': { lat: 52.0314, lon: 5.0838 }, // Nieuwegein
  '3432': { lat: 52.0221, lon: 5.0927 }, // Nieuwegein
  '3433': { lat: 52.0106, lon: 5.0999 }, // Nieuwegein
  '3437': { lat: 52.0482, lon: 5.0761 }, // Nieuwegein
  '3439': { lat: 52.0369, lon: 5.1038 }, // Nieuwegein
  '3511': { lat: 52.0886, lon: 5.1174 }, // Utrecht
  '3512': { lat: 52.0915, lon: 5.1228 }, // Utrecht
  '3521': { lat: 52.083, lon: 5.1108 }, // Utrecht
  '3525': { lat: 52.0626, lon: 5.1189 }, // Utrecht
  '3526': { lat: 52.0685, lon: 5.1017 }, // Utrecht
  '3542': { lat: 52.1164, lon: 5.0533 }, // Utrecht
  '3563': { lat: 52.1187, lon: 5.0995 }, // Utrecht
  '3564': { lat: 52.1227, lon: 5.1058 }, // Utrecht
  '3584': { lat: 52.0846, lon: 5.165 }, // Utrecht
  '3701': { lat: 52.0865, lon: 5.2438 }, // Zeist
  '3705': { lat: 52.0978, lon: 5.237 }, // Zeist
  '3961': { lat: 51.973, lon: 5.3315 }, // Wijk bij Duurstede
  '3984': { lat: 52.0518, lon: 5.2336 }, // Odijk
  '3991': { lat: 52.022, lon: 5.165 }, // Houten
  '3992': { lat: 52.036, lon: 5.1531 }, // Houten
  '3993': { lat: 52.0403, lon: 5.1744 }, // Houten
  '3994': { lat: 52.0237, lon: 5.1841 }, // Houten
  '3995': { lat: 52.0276, lon: 5.1732 }, // Houten
  '4101': { lat: 51.9568, lon: 5.2294 }, // Culemborg
} as const satisfies Record<string, Coordinates>;
