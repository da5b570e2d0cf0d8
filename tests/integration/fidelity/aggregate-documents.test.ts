import { realCloudBaseConfigured } from '../../support/sdk-target';
import { useSdkTarget } from './target';

/** `database.aggregateDocuments`: `aggregate()....end()`, stages sent one by one as EJSON. */
const kind = realCloudBaseConfigured() ? 'cloudbase' : 'local';
const t = useSdkTarget(kind);

const ORDERS = [
  { _id: 'o1', user: 'u1', city: 'Shanghai', amount: 30, items: ['tea', 'cake'], at: new Date('2026-01-05T00:00:00Z') },
  { _id: 'o2', user: 'u2', city: 'Beijing', amount: 20, items: ['tea'], at: new Date('2026-01-06T00:00:00Z') },
  { _id: 'o3', user: 'u1', city: 'Shanghai', amount: 50, items: ['coffee'], at: new Date('2026-02-01T00:00:00Z') },
  { _id: 'o4', user: 'u3', city: 'Shenzhen', amount: 10, items: [], at: new Date('2026-02-02T00:00:00Z') },
  { _id: 'o5', user: 'u2', city: 'Beijing', amount: 40, items: ['cake', 'cake'], at: new Date('2026-03-01T00:00:00Z') },
];
const USERS = [
  { _id: 'u1', name: 'Ann' },
  { _id: 'u2', name: 'Bob' },
  { _id: 'u3', name: 'Cai' },
];

describe(`aggregateDocuments (${kind})`, () => {
  let orders: string;
  let users: string;
  beforeAll(async () => {
    orders = await t.fresh('orders');
    users = await t.fresh('users');
    await Promise.all([t.db.collection(orders).add(ORDERS), t.db.collection(users).add(USERS)]);
  });

  test('match, group with $.sum / $.avg / $.max / $.push, sort', async () => {
    const _ = t.db.command;
    const $ = _.aggregate;
    const { data } = await t.db
      .collection(orders)
      .aggregate()
      .match({ amount: _.gte(20) })
      .group({ _id: '$city', total: $.sum('$amount'), avg: $.avg('$amount'), top: $.max('$amount'), ids: $.push('$_id'), n: $.sum(1) })
      .sort({ total: -1 })
      .end();
    expect(data).toEqual([
      { _id: 'Shanghai', total: 80, avg: 40, top: 50, ids: ['o1', 'o3'], n: 2 },
      { _id: 'Beijing', total: 60, avg: 30, top: 40, ids: ['o2', 'o5'], n: 2 },
    ]);
  });

  test('group everything with _id null', async () => {
    const $ = t.db.command.aggregate;
    const { data } = await t.db
      .collection(orders)
      .aggregate()
      .group({ _id: null, total: $.sum('$amount'), low: $.min('$amount') })
      .end();
    expect(data).toEqual([{ _id: null, total: 150, low: 10 }]);
  });

  test('$project with inclusion, computed fields and aggregate operators', async () => {
    const $ = t.db.command.aggregate;
    const { data } = await t.db
      .collection(orders)
      .aggregate()
      .match({ user: 'u1' })
      .project({
        _id: 0,
        amount: 1,
        doubled: $.multiply(['$amount', 2]),
        itemCount: $.size('$items'),
        label: $.concat(['$city', '-', '$user']),
      })
      .sort({ amount: 1 })
      .end();
    expect(data).toEqual([
      { amount: 30, doubled: 60, itemCount: 2, label: 'Shanghai-u1' },
      { amount: 50, doubled: 100, itemCount: 1, label: 'Shanghai-u1' },
    ]);
  });

  test('$count names the count field', async () => {
    const _ = t.db.command;
    const { data } = await t.db
      .collection(orders)
      .aggregate()
      .match({ city: _.in(['Beijing', 'Shenzhen']) })
      .count('howMany')
      .end();
    expect(data).toEqual([{ howMany: 3 }]);
  });

  test('$count of nothing is an empty list', async () => {
    const { data } = await t.db.collection(orders).aggregate().match({ city: 'Nowhere' }).count('howMany').end();
    expect(data).toEqual([]);
  });

  test('$lookup joins another collection', async () => {
    const { data } = await t.db
      .collection(orders)
      .aggregate()
      .match({ amount: t.db.command.gte(40) })
      .lookup({ from: users, localField: 'user', foreignField: '_id', as: 'buyer' })
      .project({ _id: 1, buyer: 1 })
      .sort({ _id: 1 })
      .end();
    expect(data).toEqual([
      { _id: 'o3', buyer: [{ _id: 'u1', name: 'Ann' }] },
      { _id: 'o5', buyer: [{ _id: 'u2', name: 'Bob' }] },
    ]);
  });

  test('$unwind, $skip, $limit, and dates survive the pipeline', async () => {
    const _ = t.db.command;
    const { data } = await t.db
      .collection(orders)
      .aggregate()
      .match({ at: _.lt(new Date('2026-02-15T00:00:00Z')) })
      .unwind('$items')
      .sort({ at: 1, items: 1 })
      .skip(1)
      .limit(2)
      .project({ _id: 1, items: 1, at: 1 })
      .end();
    expect(data).toEqual([
      { _id: 'o1', items: 'tea', at: new Date('2026-01-05T00:00:00Z') },
      { _id: 'o2', items: 'tea', at: new Date('2026-01-06T00:00:00Z') },
    ]);
    expect(data[0].at).toBeInstanceOf(Date);
  });

  // Reported of CloudBase's cloud-function side, where its docs are silent: run against CloudBase to confirm.
  test('without a $limit stage at most 20 records are answered; with one, as many as it says', async () => {
    const many = await t.fresh('many');
    await t.db.collection(many).add(Array.from({ length: 25 }, (_, n) => ({ _id: `m${String(n).padStart(2, '0')}`, n })));
    const all = () =>
      t.db
        .collection(many)
        .aggregate()
        .match({ n: t.db.command.gte(0) })
        .sort({ n: 1 });
    expect((await all().end()).data).toHaveLength(20);
    expect((await all().limit(1000).end()).data).toHaveLength(25);
    const grouped = await t.db.collection(many).aggregate().group({ _id: '$n' }).end();
    expect(grouped.data).toHaveLength(20);
  });

  test('an aggregation over a missing collection is DATABASE_COLLECTION_NOT_EXIST', async () => {
    await expect(t.db.collection(`${orders}_missing`).aggregate().match({}).end()).rejects.toMatchObject({
      code: 'DATABASE_COLLECTION_NOT_EXIST',
    });
  });
});
