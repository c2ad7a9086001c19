import { detectPersonalData, type PersonalDataType } from '../../../bot/privacy/index.ts';

/** The values of one kind found in a text. */
export function found(text: string, type: PersonalDataType): string[] {
  return detectPersonalData(text)
    .filter((f) => f.type === type)
    .map((f) => text.slice(f.start, f.end));
}

/** Every finding as "KIND:value". */
export function everything(text: string): string[] {
  return detectPersonalData(text).map((f) => `${f.type}:${text.slice(f.start, f.end)}`);
}
