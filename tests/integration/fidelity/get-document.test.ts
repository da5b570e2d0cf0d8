import { realCloudBaseConfigured } from '../../support/sdk-target';
import { idsOf, inBatches, orderedIds, useSdkTarget } from './target';

/** `database.getDocument`: `doc(id).get()` and `where()...get()` with commands, order, paging and projection. */
const kind = realCloudBaseConfigured() ? 'cloudbase' : 'local';
const t = useSdkTarget(kind);

const PEOPLE = [
  {
    _id: 'p1',
    name: 'Ann',
    age: 30,
    city: 'Shanghai',
    score: 88,
    joined: new Date('2026-01-10T00:00:00Z'),
    profile: { level: 3, address: { zip: '200120' } },
    tags: ['a', 'b'],
    nick: 'annie',
  },
  {
    _id: 'p2',
    name: 'Bob',
    age: 25,
    city: 'Beijing',
    score: 75,
    joined: new Date('2026-02-10T00:00:00Z'),
    profile: { level: 1, address: { zip: '100000' } },
    tags: ['b'],
  },
  {
    _id: 'p3',
    name: 'Cai',
    age: 40,
    city: 'Shanghai',
    score: 75,
    joined: new Date('2026-03-10T00:00:00Z'),
    profile: { level: 2 },
    tags: [],
    nick: 'cc',
  },
  {
    _id: 'p4',
    name: 'Dan',
    age: 18,
    city: 'Shenzhen',
    score: 92,
    joined: new Date('2026-04-10T00:00:00Z'),
    profile: { level: 3, address: { zip: '518000' } },
  },
  {
    _id: 'p5',
    name: 'eve',
    age: 30,
    city: 'Beijing',
    score: 60,
    joined: new Date('2026-05-10T00:00:00Z'),
    profile: { level: 1 },
    nick: null,
  },
];

describe(`getDocument (${kind})`, () => {
  let people: string;
  beforeAll(async () => {
    people = await t.fresh('people');
    await t.db.collection(people).add(PEOPLE);
  });

  const where = async (query: object): Promise<string[]> => idsOf((await t.db.collection(people).where(query).get()).data);

  describe('doc(id).get()', () => {
    test('returns the document in a one-element array', async () => {
      const { data } = await t.db.collection(people).doc('p1').get();
      expect(data).toEqual([PEOPLE[0]]);
    });

    test('a missing id gives an empty array, not an error', async () => {
      const { data } = await t.db.collection(people).doc('nobody').get();
      expect(data).toEqual([]);
    });

    test('a missing collection is DATABASE_COLLECTION_NOT_EXIST', async () => {
      await expect(t.db.collection(`${people}_missing`).doc('p1').get()).rejects.toMatchObject({
        code: 'DATABASE_COLLECTION_NOT_EXIST',
      });
    });
  });

  describe('where with commands', () => {
    test('plain equality', async () => {
      expect(await where({ city: 'Shanghai' })).toEqual(['p1', 'p3']);
      expect(await where({ city: 'Shanghai', age: 40 })).toEqual(['p3']);
      expect(await where({ city: 'Nowhere' })).toEqual([]);
    });

    test('an empty where matches everything', async () => {
      expect(await where({})).toEqual(['p1', 'p2', 'p3', 'p4', 'p5']);
    });

    test('_.gt, _.gte, _.lt, _.lte on numbers', async () => {
      const _ = t.db.command;
      expect(await where({ age: _.gt(30) })).toEqual(['p3']);
      expect(await where({ age: _.gte(30) })).toEqual(['p1', 'p3', 'p5']);
      expect(await where({ age: _.lt(25) })).toEqual(['p4']);
      expect(await where({ age: _.lte(25) })).toEqual(['p2', 'p4']);
    });

    test('comparisons on dates', async () => {
      const _ = t.db.command;
      expect(await where({ joined: _.gte(new Date('2026-03-10T00:00:00Z')) })).toEqual(['p3', 'p4', 'p5']);
      expect(await where({ joined: new Date('2026-02-10T00:00:00Z') })).toEqual(['p2']);
    });

    test('_.in, _.nin, _.neq', async () => {
      const _ = t.db.command;
      expect(await where({ city: _.in(['Beijing', 'Shenzhen']) })).toEqual(['p2', 'p4', 'p5']);
      expect(await where({ city: _.nin(['Beijing', 'Shenzhen']) })).toEqual(['p1', 'p3']);
      expect(await where({ city: _.neq('Shanghai') })).toEqual(['p2', 'p4', 'p5']);
    });

    test('_.exists: a field set to null exists', async () => {
      const _ = t.db.command;
      expect(await where({ nick: _.exists(true) })).toEqual(['p1', 'p3', 'p5']);
      expect(await where({ nick: _.exists(false) })).toEqual(['p2', 'p4']);
    });

    test('_.and and _.or across fields', async () => {
      const _ = t.db.command;
      expect(await where(_.and([{ age: _.gte(25) }, { city: 'Beijing' }]))).toEqual(['p2', 'p5']);
      expect(await where(_.or([{ age: _.lt(20) }, { score: _.gte(90) }, { name: 'Bob' }]))).toEqual(['p2', 'p4']);
      expect(await where({ city: 'Shanghai', score: _.or(_.gt(80), _.lt(70)) })).toEqual(['p1']);
    });

    test('.and() and .or() chained on one field', async () => {
      const _ = t.db.command;
      expect(await where({ age: _.gt(20).and(_.lt(35)) })).toEqual(['p1', 'p2', 'p5']);
      expect(await where({ age: _.lt(20).or(_.gt(35)) })).toEqual(['p3', 'p4']);
    });

    test('nested fields by dotted path and by nested object', async () => {
      const _ = t.db.command;
      expect(await where({ 'profile.level': 3 })).toEqual(['p1', 'p4']);
      expect(await where({ 'profile.address.zip': '100000' })).toEqual(['p2']);
      expect(await where({ 'profile.address.zip': _.exists(false) })).toEqual(['p3', 'p5']);
      // The SDK flattens a nested object into dotted paths: it matches a field, not the whole sub-document.
      expect(await where({ profile: { level: _.gte(2) } })).toEqual(['p1', 'p3', 'p4']);
      expect(await where({ profile: { level: 1 } })).toEqual(['p2', 'p5']);
    });

    test('an array field matches any of its elements', async () => {
      expect(await where({ tags: 'b' })).toEqual(['p1', 'p2']);
    });

    test('db.RegExp and a JavaScript RegExp', async () => {
      expect(await where({ name: t.db.RegExp({ regexp: '^[a-c]', options: 'i' }) })).toEqual(['p1', 'p2', 'p3']);
      expect(await where({ name: t.db.RegExp({ regexp: '^[a-c]' }) })).toEqual([]);
      expect(await where({ name: /^e/ })).toEqual(['p5']);
      expect(await where({ 'profile.address.zip': /^[12]/ })).toEqual(['p1', 'p2']);
    });
  });

  describe('orderBy, skip, limit', () => {
    test('orderBy several fields, in call order, desc then asc', async () => {
      const { data } = await t.db.collection(people).orderBy('score', 'desc').orderBy('age', 'asc').get();
      expect(orderedIds(data)).toEqual(['p4', 'p1', 'p2', 'p3', 'p5']);
    });

    test('orderBy asc then desc breaks ties by the second field', async () => {
      const { data } = await t.db.collection(people).orderBy('score', 'asc').orderBy('name', 'desc').get();
      expect(orderedIds(data)).toEqual(['p5', 'p3', 'p2', 'p1', 'p4']);
    });

    test('orderBy a nested field with where', async () => {
      const _ = t.db.command;
      const { data } = await t.db
        .collection(people)
        .where({ 'profile.level': _.gte(2) })
        .orderBy('profile.level', 'asc')
        .orderBy('_id', 'desc')
        .get();
      expect(orderedIds(data)).toEqual(['p3', 'p4', 'p1']);
    });

    test('skip and limit page through a sorted result', async () => {
      const sorted = () => t.db.collection(people).orderBy('age', 'asc').orderBy('name', 'asc');
      expect(orderedIds((await sorted().get()).data)).toEqual(['p4', 'p2', 'p1', 'p5', 'p3']);
      expect(orderedIds((await sorted().skip(1).limit(2).get()).data)).toEqual(['p2', 'p1']);
      expect(orderedIds((await sorted().skip(4).get()).data)).toEqual(['p3']);
      expect(orderedIds((await sorted().limit(1).get()).data)).toEqual(['p4']);
      expect((await sorted().skip(10).get()).data).toEqual([]);
    });
  });

  describe('field (projection)', () => {
    test('include: only the named fields, nested ones by path, and _id', async () => {
      const { data } = await t.db.collection(people).where({ _id: 'p1' }).field({ name: true, 'profile.level': true }).get();
      expect(data).toEqual([{ _id: 'p1', name: 'Ann', profile: { level: 3 } }]);
    });

    test('include without _id', async () => {
      const { data } = await t.db.collection(people).where({ _id: 'p2' }).field({ _id: false, name: true }).get();
      expect(data).toEqual([{ name: 'Bob' }]);
    });

    test('exclude: everything but the named fields', async () => {
      const { data } = await t.db.collection(people).where({ _id: 'p2' }).field({ profile: false, tags: false, joined: false }).get();
      expect(data).toEqual([{ _id: 'p2', name: 'Bob', age: 25, city: 'Beijing', score: 75 }]);
    });

    test('a projection applies to every document of the page', async () => {
      const { data } = await t.db.collection(people).where({ city: 'Beijing' }).field({ city: true }).orderBy('_id', 'asc').get();
      expect(data).toEqual([
        { _id: 'p2', city: 'Beijing' },
        { _id: 'p5', city: 'Beijing' },
      ]);
    });
  });

  describe('page limits', () => {
    const TOTAL = 1200;
    let many: string;
    beforeAll(async () => {
      many = await t.fresh('many');
      const batches = Array.from({ length: TOTAL / 100 }, (_unused, b) =>
        Array.from({ length: 100 }, (_u, i) => ({ _id: `m${String(b * 100 + i).padStart(4, '0')}`, i: b * 100 + i })),
      );
      await inBatches(batches, 4, (batch) => t.db.collection(many).add(batch));
    }, 60_000);

    test('all 1200 documents are there', async () => {
      expect((await t.db.collection(many).count()).total).toBe(TOTAL);
    });

    test('without limit a page is 100 documents', async () => {
      const { data } = await t.db.collection(many).orderBy('i', 'asc').get();
      expect(data).toHaveLength(100);
      expect(data[0]).toEqual({ _id: 'm0000', i: 0 });
      expect(data[99]).toEqual({ _id: 'm0099', i: 99 });
    });

    test('without limit a where page is 100 documents too', async () => {
      const _ = t.db.command;
      const { data } = await t.db
        .collection(many)
        .where({ i: _.gte(1000) })
        .get();
      expect(data).toHaveLength(100);
    });

    test('limit(5000) is cut to 1000', async () => {
      const { data } = await t.db.collection(many).orderBy('i', 'asc').limit(5000).get();
      expect(data).toHaveLength(1000);
      expect(data[999]).toEqual({ _id: 'm0999', i: 999 });
    });

    test('limit(1000) with skip(1100) gives the last 100', async () => {
      const { data } = await t.db.collection(many).orderBy('i', 'desc').skip(1100).limit(1000).get();
      expect(data).toHaveLength(100);
      expect(data[0]).toEqual({ _id: 'm0099', i: 99 });
      expect(data[99]).toEqual({ _id: 'm0000', i: 0 });
    });
  });
});
