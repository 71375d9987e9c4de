/** Validators shared by list filter classes. */
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsUUID } from 'class-validator';
import { MAX_PAGE_SIZE } from './list-query';

/** react-admin's getMany sends `filter={"id":[...]}`; a single id is accepted too. */
export function IdListFilter(): PropertyDecorator {
  return (target, key) => {
    Transform(({ value }) => (Array.isArray(value) ? value : value === undefined ? value : [value]))(target, key);
    IsArray()(target, key);
    ArrayMaxSize(MAX_PAGE_SIZE)(target, key);
    IsUUID('all', { each: true })(target, key);
  };
}
