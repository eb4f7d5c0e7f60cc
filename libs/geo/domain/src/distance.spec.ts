import { distanceKm } from './distance';

describe('distanceKm', () => {
  const houten = { lat: 52.022, lon: 5.165 };
  const utrechtCentre = { lat: 52.0907, lon: 5.1214 };
  const groningen = { lat: 53.2194, lon: 6.5665 };

  it('is zero for the same point and the same in both directions', () => {
    expect(distanceKm(houten, houten)).toBe(0);
    expect(distanceKm(houten, groningen)).toBeCloseTo(distanceKm(groningen, houten), 9);
  });

  it('gives the great-circle distance between Dutch places', () => {
    expect(distanceKm(houten, utrechtCentre)).toBeCloseTo(8.2, 0);
    // Houten to Groningen is about 163 km as the crow flies.
    expect(distanceKm(houten, groningen)).toBeGreaterThan(160);
    expect(distanceKm(houten, groningen)).toBeLessThan(170);
  });
});
