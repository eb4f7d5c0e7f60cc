import { LabelLanguage } from './taxonomy.enums';

export interface ShownLabel {
  label: string;
  labelLanguage: LabelLanguage;
}

/**
 * The label a person sees: Dutch where ESCO has one (every occupation, about 2,200 of the 13,900 skills),
 * English otherwise, with the language so a client can mark it (`lang="en"`).
 */
export function showLabel(labels: { labelNl: string | null; labelEn: string }): ShownLabel {
  return labels.labelNl
    ? { label: labels.labelNl, labelLanguage: LabelLanguage.NL }
    : { label: labels.labelEn, labelLanguage: LabelLanguage.EN };
}
