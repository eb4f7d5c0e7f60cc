import { RouteType } from '@werkmatch/work/domain';

/*
 * Words the generator writes with: sectors with the ISCO groups of their work and the routes they offer,
 * names, streets and the sentences of headlines and descriptions. Dutch, as the people and employers of a
 * Dutch municipality would write them.
 */

export interface Sector {
  name: string;
  /** Share of employers (and, for people, of what they look for). */
  weight: number;
  /** ISCO-08 groups (any level) of the occupations in it. */
  isco: readonly string[];
  /** Employer names start with one of these. */
  kinds: readonly string[];
  /** Routes its vacancies have, with their weights. */
  routes: readonly (readonly [RouteType, number])[];
}

const {
  PAID_JOB,
  SUPPORTED_JOB,
  LEARN_WORK,
  WORK_EXPERIENCE,
  PARTICIPATION_JOB,
  VOLUNTEER,
  SHELTERED_WORK,
  DAY_ACTIVITY,
} = RouteType;

/**
 * Where people on social assistance find work and participation: care, cleaning, logistics, hospitality, retail
 * and the like (ISCO major groups 4, 5, 7, 8 and 9), with the social enterprises and volunteer organisations
 * that offer sheltered work, day activities and volunteering.
 */
export const SECTORS: readonly Sector[] = [
  {
    name: 'Zorg en welzijn',
    weight: 17,
    isco: ['5321', '5322', '5329', '3221', '3412', '5311'],
    kinds: ['Zorggroep', 'Thuiszorg', 'Woonzorgcentrum', 'Zorgcentrum'],
    routes: [
      [PAID_JOB, 55],
      [LEARN_WORK, 18],
      [WORK_EXPERIENCE, 8],
      [SUPPORTED_JOB, 5],
      [VOLUNTEER, 14],
    ],
  },
  {
    name: 'Schoonmaak',
    weight: 9,
    isco: ['911', '912', '5151'],
    kinds: ['Schoonmaakbedrijf', 'Schoonmaakdienst', 'Glazenwasserij'],
    routes: [
      [PAID_JOB, 68],
      [SUPPORTED_JOB, 15],
      [WORK_EXPERIENCE, 10],
      [PARTICIPATION_JOB, 7],
    ],
  },
  {
    name: 'Logistiek en transport',
    weight: 12,
    isco: ['4321', '832', '833', '834', '933'],
    kinds: ['Distributiecentrum', 'Transportbedrijf', 'Logistiek', 'Koeriersdienst'],
    routes: [
      [PAID_JOB, 65],
      [SUPPORTED_JOB, 10],
      [WORK_EXPERIENCE, 10],
      [LEARN_WORK, 10],
      [PARTICIPATION_JOB, 5],
    ],
  },
  {
    name: 'Horeca',
    weight: 10,
    isco: ['512', '513', '941'],
    kinds: ['Restaurant', 'Hotel', 'Grand Café', 'Eetcafé', 'Lunchroom'],
    routes: [
      [PAID_JOB, 60],
      [LEARN_WORK, 15],
      [WORK_EXPERIENCE, 10],
      [SUPPORTED_JOB, 8],
      [PARTICIPATION_JOB, 7],
    ],
  },
  {
    name: 'Detailhandel',
    weight: 10,
    isco: ['522', '523', '9334'],
    kinds: ['Supermarkt', 'Bouwmarkt', 'Drogisterij', 'Tuincentrum', 'Bakkerij'],
    routes: [
      [PAID_JOB, 65],
      [WORK_EXPERIENCE, 10],
      [SUPPORTED_JOB, 10],
      [LEARN_WORK, 10],
      [PARTICIPATION_JOB, 5],
    ],
  },
  {
    name: 'Bouw en installatie',
    weight: 6,
    isco: ['711', '712', '713', '741', '931'],
    kinds: ['Bouwbedrijf', 'Installatiebedrijf', 'Schildersbedrijf', 'Aannemersbedrijf'],
    routes: [
      [PAID_JOB, 60],
      [LEARN_WORK, 30],
      [WORK_EXPERIENCE, 10],
    ],
  },
  {
    name: 'Techniek en productie',
    weight: 8,
    isco: ['72', '81', '82', '932'],
    kinds: ['Metaalbedrijf', 'Productiebedrijf', 'Verpakkingsbedrijf', 'Machinefabriek'],
    routes: [
      [PAID_JOB, 60],
      [LEARN_WORK, 15],
      [SUPPORTED_JOB, 10],
      [WORK_EXPERIENCE, 15],
    ],
  },
  {
    name: 'Groen',
    weight: 4,
    isco: ['611', '612', '921'],
    kinds: ['Hoveniersbedrijf', 'Kwekerij', 'Zorgboerderij', 'Groenvoorziening'],
    routes: [
      [PAID_JOB, 40],
      [WORK_EXPERIENCE, 20],
      [PARTICIPATION_JOB, 15],
      [VOLUNTEER, 15],
      [DAY_ACTIVITY, 10],
    ],
  },
  {
    name: 'Kantoor en administratie',
    weight: 7,
    isco: ['41', '42', '43'],
    kinds: ['Administratiekantoor', 'Klantcontactcentrum', 'Adviesbureau', 'Verzekeringskantoor'],
    routes: [
      [PAID_JOB, 70],
      [WORK_EXPERIENCE, 15],
      [PARTICIPATION_JOB, 10],
      [LEARN_WORK, 5],
    ],
  },
  {
    name: 'Onderwijs en kinderopvang',
    weight: 4,
    isco: ['531', '2342'],
    kinds: ['Kinderopvang', 'Kinderdagverblijf', 'Buitenschoolse opvang'],
    routes: [
      [PAID_JOB, 60],
      [LEARN_WORK, 25],
      [VOLUNTEER, 15],
    ],
  },
  {
    name: 'Beveiliging',
    weight: 2,
    isco: ['541'],
    kinds: ['Beveiligingsbedrijf'],
    routes: [
      [PAID_JOB, 80],
      [LEARN_WORK, 20],
    ],
  },
  {
    name: 'Sociaal werkbedrijf',
    weight: 6,
    isco: ['932', '9112', '921', '9329', '9412'],
    kinds: ['Werkbedrijf', 'Sociaal Werkbedrijf', 'Leerwerkbedrijf'],
    routes: [
      [SHELTERED_WORK, 45],
      [WORK_EXPERIENCE, 20],
      [DAY_ACTIVITY, 20],
      [PARTICIPATION_JOB, 15],
    ],
  },
  {
    name: 'Welzijn en vrijwilligerswerk',
    weight: 11,
    isco: ['5322', '3412', '5131', '9412', '5223'],
    kinds: ['Stichting Welzijn', 'Kringloopwinkel', 'Buurthuis', 'Stichting Vrijwilligerswerk'],
    routes: [
      [VOLUNTEER, 55],
      [PARTICIPATION_JOB, 25],
      [DAY_ACTIVITY, 20],
    ],
  },
];

export const FIRST_NAMES = ['Sanne', 'Daan', 'Emma', 'Lucas', 'Julia', 'Sem', 'Anna', 'Noah', 'Lisa', 'Thomas', 'Eva', 'Jesse', 'Fleur', 'Bram', 'Lotte', 'Ruben', 'Sophie', 'Tim', 'Iris', 'Milan', 'Anouk', 'Kevin', 'Marieke', 'Peter', 'Ingrid', 'Henk', 'Wilma', 'Gerard', 'Monique', 'Johan', 'Petra', 'Kees', 'Yvonne', 'Marco', 'Sandra', 'Mohamed', 'Fatima', 'Youssef', 'Samira', 'Ahmed', 'Nadia', 'Mustafa', 'Ayse', 'Mehmet', 'Elif', 'Rahel', 'Yonas', 'Senait', 'Tesfay', 'Abdi', 'Hodan', 'Omar', 'Layla', 'Bilal', 'Amira', 'Kasia', 'Piotr', 'Olena', 'Dmytro', 'Priya', 'Rajesh', 'Shanti', 'Kwame', 'Ama', 'Jorge', 'Maria']; // prettier-ignore
export const LAST_NAMES = ['de Jong', 'Jansen', 'de Vries', 'van den Berg', 'van Dijk', 'Bakker', 'Janssen', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder', 'de Groot', 'Bos', 'Vos', 'Peters', 'Hendriks', 'van Leeuwen', 'Dekker', 'Brouwer', 'de Wit', 'Dijkstra', 'Smits', 'de Graaf', 'van der Meer', 'Kok', 'Jacobs', 'de Haan', 'Vermeulen', 'van den Heuvel', 'El Amrani', 'Bouzid', 'Yilmaz', 'Kaya', 'Demir', 'Tesfamariam', 'Haile', 'Ghebremedhin', 'Mohamud', 'Warsame', 'Al-Hassan', 'Haddad', 'Nowak', 'Kowalski', 'Kovalenko', 'Shevchenko', 'Ramdin', 'Mangal', 'Mensah', 'Boateng', 'Fernandes', 'da Silva']; // prettier-ignore
export const EMPLOYER_NAMES = ['De Linde', 'Het Anker', 'De Brug', 'Het Baken', 'De Eik', 'De Horst', 'Rijnzicht', 'De Kromme Rijn', 'Het Lichtpunt', 'De Molen', 'Sterk', 'Samen', 'De Vaart', 'De Wetering', 'Het Veld', 'De Schakel', 'Noorderlicht', 'De Gaard', 'De Brink', 'Het Hof', 'Van Dijk', 'Jansen & Zn.', 'Bakker', 'De Boer', 'Verbeek', 'Hendriks', 'Mulder', 'Vermeulen']; // prettier-ignore
export const STREETS = ['Dorpsstraat', 'Kerkstraat', 'Molenweg', 'Industrieweg', 'Handelsweg', 'Stationsplein', 'Schoolstraat', 'Marktplein', 'Nijverheidsweg', 'Ambachtsweg', 'Beatrixlaan', 'Julianaweg', 'Europaweg', 'Vlietweg', 'Rijnkade', 'Koningsweg', 'Groenewoud', 'Lindelaan', 'Eikenlaan', 'Zuiderweg']; // prettier-ignore

export const HEADLINE_ADJECTIVES = ['Betrouwbare', 'Enthousiaste', 'Ervaren', 'Gemotiveerde', 'Zorgzame', 'Nauwkeurige', 'Sociale', 'Leergierige', 'Praktische', 'Rustige', 'Harde werker als', 'Vriendelijke']; // prettier-ignore
export const TALENTS = ['Geduldig en goed in luisteren', 'Ik werk graag met mijn handen', 'Altijd op tijd', 'Goed in plannen en organiseren', 'Sociaal en behulpzaam', 'Ik pak dingen aan', 'Rustig in drukke situaties', 'Creatief en oplossingsgericht', 'Ik werk graag buiten', 'Nauwkeurig en netjes', 'Ik spreek meerdere talen', 'Ik kan goed met kinderen omgaan', 'Ik help graag ouderen', 'Ik werk graag in een team', 'Ik leer snel nieuwe dingen', 'Ik ben fysiek sterk', 'Klantvriendelijk', 'Ik kan goed koken']; // prettier-ignore
export const PRIVATE_TALENTS = ['Ik heb jaren voor mijn moeder gezorgd', 'Ik heb mijn gezin alleen opgevoed', 'Ik heb een eigen winkel gehad in mijn land van herkomst', 'Ik ben mantelzorger']; // prettier-ignore
export const DESCRIPTION_SENTENCES = ['Je komt te werken in een hecht team dat elkaar helpt.', 'Ervaring is niet nodig: je leert het vak op de werkvloer.', 'Wij bieden een prettige werkplek en goede begeleiding.', 'Je werkt samen met collega’s van verschillende achtergronden.', 'Een jobcoach kan je de eerste maanden ondersteunen.', 'De werktijden zijn in overleg en passen bij jouw situatie.', 'Je krijgt een opleiding en kunt doorgroeien.', 'Wij zoeken iemand die betrouwbaar is en graag aanpakt.', 'De werkplek is goed bereikbaar met het openbaar vervoer.', 'Beheersing van de Nederlandse taal op basisniveau is voldoende.', 'Je draagt bij aan een schone, veilige en gezonde omgeving.', 'Klantcontact en gastvrijheid staan bij ons centraal.']; // prettier-ignore
export const ROUTE_TITLE: Readonly<Record<RouteType, string>> = {
  [RouteType.PAID_JOB]: '',
  [RouteType.SUPPORTED_JOB]: ' (met jobcoach)',
  [RouteType.LEARN_WORK]: ' - leerwerkplek',
  [RouteType.WORK_EXPERIENCE]: ' - werkervaringsplek',
  [RouteType.PARTICIPATION_JOB]: ' - participatiebaan',
  [RouteType.VOLUNTEER]: ' (vrijwilliger)',
  [RouteType.SHELTERED_WORK]: ' - beschut werk',
  [RouteType.DAY_ACTIVITY]: ' - dagbesteding',
  [RouteType.SOCIAL_ACTIVATION]: '',
  [RouteType.SELF_EMPLOYMENT]: '',
};
/** Languages besides Dutch: of people who came to the Netherlands as refugees, and of everyone else. */
export const REFUGEE_LANGUAGES = ['ar', 'ti', 'fa', 'so', 'ps', 'ku', 'uk', 'am'];
export const OTHER_LANGUAGES = ['en', 'en', 'en', 'de', 'fr', 'tr', 'pl', 'es', 'pt', 'ro', 'bg'];
