import { showLabel } from './show-label';
import { LabelLanguage } from './taxonomy.enums';

describe('showLabel', () => {
  it('shows the Dutch label where there is one', () => {
    expect(
      showLabel({ labelNl: 'initiatief aan de dag leggen', labelEn: 'demonstrate initiative' }),
    ).toEqual({
      label: 'initiatief aan de dag leggen',
      labelLanguage: LabelLanguage.NL,
    });
  });

  it('falls back to the English label, saying so', () => {
    expect(showLabel({ labelNl: null, labelEn: 'manage musical staff' })).toEqual({
      label: 'manage musical staff',
      labelLanguage: LabelLanguage.EN,
    });
    expect(showLabel({ labelNl: '', labelEn: 'manage musical staff' }).labelLanguage).toBe(
      LabelLanguage.EN,
    );
  });
});
