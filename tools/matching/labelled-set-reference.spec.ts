import { showLabel } from '@werkmatch/taxonomy/data-access';
import { MATCH_QUALITY_SET } from '@werkmatch/matching/domain';
import {
  OCCUPATION,
  PC4,
  SKILL,
} from '../../libs/matching/domain/src/quality/labelled-set-reference';
import { extractQualitySetReference, loadReferenceData } from './labelled-set-reference';

describe('reference data of the matching quality set', () => {
  const { taxonomy, geo } = loadReferenceData();

  it('matches what the writer extracts from data/reference today', () => {
    const fresh = extractQualitySetReference(taxonomy, geo);
    expect(SKILL).toEqual(fresh.skills);
    expect(OCCUPATION).toEqual(fresh.occupations);
    expect(PC4).toEqual(
      Object.fromEntries(
        Object.entries(fresh.pc4).map(([code, { lat, lon }]) => [code, { lat, lon }]),
      ),
    );
  });

  it('uses only real ESCO skills and occupations with their shown labels, and real PC4 centres', () => {
    const skills = new Map(taxonomy.skills.map((skill) => [skill.uri, showLabel(skill).label]));
    const occupations = new Map(taxonomy.occupations.map((entry) => [entry.uri, entry]));
    const centres = new Set(geo.postcodeAreas.map((area) => `${area.lat},${area.lon}`));
    const skillRefs = [
      ...MATCH_QUALITY_SET.profiles.flatMap((entry) => entry.candidate.skills),
      ...MATCH_QUALITY_SET.vacancies.flatMap(({ vacancy }) => [
        ...vacancy.requiredSkills,
        ...vacancy.niceToHaveSkills,
        ...vacancy.occupationEssentialSkills,
      ]),
    ];
    expect(skillRefs.length).toBeGreaterThan(500);
    for (const ref of skillRefs) expect(skills.get(ref.id)).toBe(ref.label);
    for (const { vacancy } of MATCH_QUALITY_SET.vacancies) {
      if (vacancy.occupation) {
        const occupation = occupations.get(vacancy.occupation.id);
        expect(occupation?.labelNl).toBe(vacancy.occupation.label);
        expect(occupation?.iscoGroup).toBe(vacancy.occupation.iscoGroup);
      }
      if (vacancy.location)
        expect(centres).toContain(`${vacancy.location.lat},${vacancy.location.lon}`);
    }
    for (const { candidate } of MATCH_QUALITY_SET.profiles) {
      for (const wanted of candidate.wantedOccupations)
        expect(occupations.get(wanted.id)?.iscoGroup).toBe(wanted.iscoGroup);
      expect(centres).toContain(`${candidate.location.lat},${candidate.location.lon}`);
    }
  });
});
