/**
 * The sizes the generator makes, named after the places they stand for. Residents and workplaces are chosen
 * among the postcode areas of the area's regions (within `radiusKm` of the centre municipality when given), and
 * the municipalities in `boost` weigh that many times more: a town's people mostly live in the town.
 */
export interface GeneratorArea {
  description: string;
  /** Labour-market regions (CBS names); none means all 35. */
  regions: readonly string[];
  /** Centre of the area: a municipality code, with a radius around its postcode areas' mean centre. */
  centre?: { municipalityCode: string; radiusKm: number };
  /** Where people live: municipality code → extra weight. Only these municipalities when `only` is set. */
  residents: { boost?: Readonly<Record<string, number>>; only?: readonly string[] };
  /** Where people work (employers and vacancies): municipality code → extra weight. */
  workplaces: { boost?: Readonly<Record<string, number>> };
}

export interface GeneratorSizeSpec {
  profiles: number;
  vacancies: number;
  area: GeneratorArea;
}

const HOUTEN = 'GM0321';
const UTRECHT = 'GM0344';

export const GENERATOR_SIZES = {
  small: {
    profiles: 2_000,
    vacancies: 500,
    area: {
      description: 'Houten and surroundings (region Midden-Utrecht)',
      regions: ['Midden-Utrecht'],
      // About two thirds of the people in Houten, the rest in Nieuwegein, Bunnik and the south of Utrecht;
      // about half of the work in Houten, the rest within cycling distance.
      centre: { municipalityCode: HOUTEN, radiusKm: 10 },
      residents: { boost: { [HOUTEN]: 16 } },
      workplaces: { boost: { [HOUTEN]: 24 } },
    },
  },
  city: {
    profiles: 20_000,
    vacancies: 5_000,
    area: {
      description:
        'Utrecht (people in the city, work in the city and region Midden-Utrecht around it)',
      regions: ['Midden-Utrecht'],
      centre: { municipalityCode: UTRECHT, radiusKm: 20 },
      residents: { only: [UTRECHT] },
      workplaces: { boost: { [UTRECHT]: 3 } },
    },
  },
  national: {
    profiles: 100_000,
    vacancies: 20_000,
    area: {
      description: 'the Netherlands (all 35 labour-market regions)',
      regions: [],
      residents: {},
      workplaces: {},
    },
  },
} as const satisfies Record<string, GeneratorSizeSpec>;

export type GeneratorSize = keyof typeof GENERATOR_SIZES;
export const GENERATOR_SIZE_NAMES = Object.keys(GENERATOR_SIZES) as GeneratorSize[];

/** Bad input for the generator (an unknown size, a database that is not empty): a message for a person. */
export class GeneratorInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GeneratorInputError';
  }
}

export function isGeneratorSize(value: string): value is GeneratorSize {
  return (GENERATOR_SIZE_NAMES as string[]).includes(value);
}

/** `small`, `city` or `national`; anything else is refused with the sizes there are. */
export function parseGeneratorSize(value: string | undefined): GeneratorSize {
  if (value !== undefined && isGeneratorSize(value)) return value;
  const sizes = GENERATOR_SIZE_NAMES.map((name) => {
    const spec: GeneratorSizeSpec = GENERATOR_SIZES[name];
    return `  ${name.padEnd(9)} ${spec.profiles.toLocaleString('en')} profiles, ${spec.vacancies.toLocaleString('en')} vacancies: ${spec.area.description}`;
  }).join('\n');
  return fail(
    `${value === undefined ? 'no size given' : `unknown size "${value}"`}; the sizes are:\n${sizes}`,
  );
}

function fail(message: string): never {
  throw new GeneratorInputError(message);
}
