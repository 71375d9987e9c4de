import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { LANGUAGES } from '@oc/domain';

/** Blank strings are stored as null so "no English title" has one representation. */
export const EmptyToNull = () =>
  Transform(({ value }) => (typeof value === 'string' ? (value.trim() === '' ? null : value.trim()) : value));

/** A `{fr, en, es}` object; French may be required (titles) or optional (descriptions). */
export function multilingualDto(maxLength: number, frRequired: boolean) {
  class Multilingual {
    fr?: string | null;
    en?: string | null;
    es?: string | null;
  }
  for (const language of LANGUAGES) {
    const required = frRequired && language === 'fr';
    const decorators: PropertyDecorator[] = [
      required ? ApiProperty() : ApiPropertyOptional(),
      EmptyToNull(),
      ...(required ? [] : [IsOptional()]),
      IsString({ message: required ? `${language} is required` : `${language} must be text` }),
      MaxLength(maxLength),
    ];
    decorators.forEach((decorate) => decorate(Multilingual.prototype, language));
  }
  return Multilingual;
}
