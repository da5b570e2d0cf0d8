import { Button, Input, Text, Textarea, View } from '@tarojs/components';
import { useState } from 'react';
import { getLocale, useLocale } from '@/i18n';
import { describeError } from '@/services/errors';
import { disabledWhen } from '@/components/button-state';
import { Empty, Failed, Loading, useLoad, type Loaded } from '../../components/async';
import { RoleGate } from '../../components/role-gate';
import { useAdminTitle } from '../../hooks/use-admin-title';
import { ta } from '../../i18n';
import { liaisonsApi, type ImportReply, type PairPage } from '../../services/liaisons-api';
import '../../components/admin.css';
import '../liaison-talent/index.css';

/** 双结对 for the district admin: the pairs in force, one pair assigned or moved, and a CSV import (all or nothing). */
export default function LiaisonPairsPage() {
  useAdminTitle('liaison.pairs.title');
  return (
    <View className='admin-page liaison-pairs'>
      <Text className='admin-page__title'>{ta('liaison.pairs.title')}</Text>
      <RoleGate roles={['admin']}>{() => <Pairs />}</RoleGate>
    </View>
  );
}

export function Pairs() {
  useLocale();
  const [liaisonId, setLiaisonId] = useState('');
  const [page, setPage] = useState(0);
  const list = useLoad(() => liaisonsApi.pairs({ ...(liaisonId ? { liaisonId } : {}), page, pageSize: 50 }), [liaisonId, page]);
  return (
    <View className='liaison-pairs__body'>
      <AssignForm onChanged={list.refresh} />
      <ImportForm onChanged={list.refresh} />
      <PairList
        list={list}
        page={page}
        onPage={setPage}
        onFilter={(id) => {
          setPage(0);
          setLiaisonId(id);
        }}
      />
    </View>
  );
}

function PairList({
  list,
  page,
  onPage,
  onFilter,
}: {
  list: Loaded<PairPage> & { reload: () => void };
  page: number;
  onPage: (page: number) => void;
  onFilter: (liaisonId: string) => void;
}) {
  const [filterDraft, setFilterDraft] = useState('');
  return (
    <View className='admin-panel liaison-pairs__list'>
      <Text className='liaison-talent__heading'>{ta('liaison.pairs.list')}</Text>
      <View className='admin-chips'>
        <Input
          className='admin-field liaison-pairs__filter'
          value={filterDraft}
          placeholder={ta('liaison.pairs.filter')}
          onInput={(e) => setFilterDraft(e.detail.value)}
        />
        <Button size='mini' className='liaison-pairs__filter-apply' onClick={() => onFilter(filterDraft.trim())}>
          {ta('liaison.pairs.filterApply')}
        </Button>
      </View>
      {list.state === 'loading' ? <Loading /> : null}
      {list.state === 'error' ? <Failed message={list.message} onRetry={list.reload} /> : null}
      {list.state === 'ready' && list.data.items.length === 0 ? <Empty text={ta('liaison.pairs.empty')} /> : null}
      {list.state === 'ready'
        ? list.data.items.map((p) => (
            <View key={p.talentId} className={`admin-row liaison-pair liaison-pair--${p.talentId}`}>
              <Text>
                {ta('liaison.pairs.row', {
                  talent: `${p.displayName ?? ta('liaison.talents.unnamed')} (${p.talentId})`,
                  liaison: `${p.liaisonName ?? ta('liaison.talents.unnamed')} (${p.liaisonId})`,
                })}
              </Text>
              <Text className='admin-row__meta'>
                {`${ta('liaison.talents.paired', { date: p.pairedOn })} · ${ta('liaison.talents.due', { date: p.contactDueOn })}`}
              </Text>
              {p.overdue ? <Text className='admin-badge admin-badge--overdue'>{ta('liaison.talents.overdue')}</Text> : null}
            </View>
          ))
        : null}
      <View className='admin-chips'>
        {page > 0 ? (
          <Button size='mini' className='liaison-pairs__previous' onClick={() => onPage(page - 1)}>
            {ta('liaison.pairs.previous')}
          </Button>
        ) : null}
        {list.state === 'ready' && list.data.hasMore ? (
          <Button size='mini' className='liaison-pairs__next' onClick={() => onPage(page + 1)}>
            {ta('liaison.pairs.more')}
          </Button>
        ) : null}
      </View>
    </View>
  );
}

/** What an import or an assignment did or would do: the plan, or every wrong line (then nothing was written). */
function Outcome({ reply, className }: { reply: ImportReply; className: string }) {
  const locale = getLocale();
  if (reply.errors.length > 0) {
    return (
      <View className={`${className} ${className}--errors`}>
        <Text className='admin-message'>{ta('liaison.pairs.errors', { count: reply.errors.length })}</Text>
        {reply.errors.map((e) => (
          <Text key={`${e.line}-${e.reason.rule}`} className={`admin-message liaison-pairs__error liaison-pairs__error--${e.line}`}>
            {ta('liaison.pairs.errorLine', { line: e.line, message: e.reason.message[locale] })}
          </Text>
        ))}
      </View>
    );
  }
  const counts = { added: reply.added, moved: reply.moved, unchanged: reply.unchanged };
  return (
    <Text className={`admin-message admin-message--ok ${className} ${className}--${reply.applied ? 'applied' : 'plan'}`}>
      {ta(reply.applied ? 'liaison.pairs.applied' : 'liaison.pairs.plan', counts)}
    </Text>
  );
}

function AssignForm({ onChanged }: { onChanged: () => void }) {
  const [liaisonId, setLiaisonId] = useState('');
  const [talentId, setTalentId] = useState('');
  const [reply, setReply] = useState<ImportReply | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    if (busy || !liaisonId.trim() || !talentId.trim()) return;
    setBusy(true);
    const result = await liaisonsApi.assign({ liaisonId: liaisonId.trim(), talentId: talentId.trim() });
    setBusy(false);
    setReply(result.ok ? result.data : null);
    setFailure(result.ok ? null : describeError(result.error));
    if (result.ok && result.data.applied) onChanged();
  };
  return (
    <View className='admin-panel liaison-pairs__assign'>
      <Text className='liaison-talent__heading'>{ta('liaison.pairs.assign')}</Text>
      <Input
        className='admin-field liaison-pairs__liaison-id'
        value={liaisonId}
        placeholder={ta('liaison.pairs.liaisonId')}
        onInput={(e) => setLiaisonId(e.detail.value)}
      />
      <Input
        className='admin-field liaison-pairs__talent-id'
        value={talentId}
        placeholder={ta('liaison.pairs.talentId')}
        onInput={(e) => setTalentId(e.detail.value)}
      />
      <Button
        size='mini'
        type='primary'
        className='liaison-pairs__assign-submit'
        disabled={disabledWhen(busy)}
        onClick={() => void submit()}
      >
        {ta('liaison.pairs.assignSubmit')}
      </Button>
      {reply ? <Outcome reply={reply} className='liaison-pairs__assigned' /> : null}
      {failure ? <Text className='admin-message'>{failure}</Text> : null}
    </View>
  );
}

/** CSV import: a check first (`dryRun`) shows the plan or the wrong lines; the import writes all rows or none. */
function ImportForm({ onChanged }: { onChanged: () => void }) {
  const [csv, setCsv] = useState('liaisonId,talentId\n');
  const [reply, setReply] = useState<ImportReply | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async (dryRun: boolean) => {
    // A checked CSV with wrong lines is not imported until it is edited (which clears the check).
    if (busy || (!dryRun && reply !== null && reply.errors.length > 0)) return;
    setBusy(true);
    const result = await liaisonsApi.importPairs({ csv, dryRun });
    setBusy(false);
    setReply(result.ok ? result.data : null);
    setFailure(result.ok ? null : describeError(result.error));
    if (result.ok && result.data.applied) onChanged();
  };
  return (
    <View className='admin-panel liaison-pairs__import'>
      <Text className='liaison-talent__heading'>{ta('liaison.pairs.import')}</Text>
      <Text className='admin-row__meta'>{ta('liaison.pairs.importExplain')}</Text>
      <Textarea
        className='admin-field liaison-pairs__csv'
        value={csv}
        maxlength={200_000}
        onInput={(e) => {
          setCsv(e.detail.value);
          setReply(null);
        }}
      />
      <View className='admin-chips'>
        <Button size='mini' className='liaison-pairs__preview' disabled={disabledWhen(busy)} onClick={() => void run(true)}>
          {ta('liaison.pairs.preview')}
        </Button>
        <Button
          size='mini'
          type='primary'
          className='liaison-pairs__import-submit'
          disabled={disabledWhen(busy || (reply !== null && reply.errors.length > 0))}
          onClick={() => void run(false)}
        >
          {ta('liaison.pairs.importSubmit')}
        </Button>
      </View>
      {reply ? <Outcome reply={reply} className='liaison-pairs__outcome' /> : null}
      {failure ? <Text className='admin-message'>{failure}</Text> : null}
    </View>
  );
}
