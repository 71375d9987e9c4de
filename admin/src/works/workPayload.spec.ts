import { toWorkPayload } from './workPayload';

describe('toWorkPayload', () => {
  it('numbers creators by their position in the form', () => {
    const payload = toWorkPayload({
      creators: [
        { personId: 'p2', role: 'atelier de' },
        { personId: 'p1', role: 'auteur' },
      ],
    });
    expect(payload.creators).toEqual([
      { personId: 'p2', role: 'atelier de', order: 1 },
      { personId: 'p1', role: 'auteur', order: 2 },
    ]);
  });

  it('sends back the version the form was loaded with', () => {
    expect(toWorkPayload({ inventoryNumber: 'P1234', version: 9 }, { previousData: { version: 3 } }).version).toBe(3);
  });

  it('on create, sends no version and an empty list of creators', () => {
    const payload = toWorkPayload({ inventoryNumber: 'P1234' });
    expect(payload.version).toBeUndefined();
    expect(payload.creators).toEqual([]);
  });
});
