/**
 * "Translate a stack": paste the services you use on one cloud, pick a target, and read each
 * one's counterparts there. The stack lives in the store (and the URL); the text box mirrors it.
 */
import { useId, useMemo, useState, type FormEvent } from 'react';
import { selectAtlas, selectSelectedNode } from '../../store/selectors';
import { useAppStore, useAppStoreApi } from '../../store/store-context';
import { providerName } from './compare-model';
import type { StackResolution } from '../../domain/queries/resolve-stack';
import { translationCsv, translationMarkdown } from './compare-export';
import { ExportButtons } from './export-buttons';
import { TargetChoice } from './target-choice';
import { formatStack, parseNames, resolveNames, translationRows, type Unrecognised } from './translate-model';
import { TranslationTable } from './translation-table';
import { UnknownNames } from './unknown-names';
import { useStack } from './use-stack';

const namesOf = (list: readonly Unrecognised[]) => list.map((u) => u.name);

/** Said above the result, so a short name's reading ("OpenSearch" as AWS's) is never silent. */
const readingSentence = ({ from, fromReason }: Pick<StackResolution, 'from' | 'fromReason'>) =>
  from
    ? `Names read as ${providerName(from)} services${fromReason === 'inferred' ? ', as most of the stack is' : ''}.`
    : 'No one cloud could be told from the names, so names that several clouds use are asked about below.';

export function TranslateSection() {
  const headingId = useId();
  const inputId = useId();
  const hintId = useId();
  const { index, search } = useAppStore(selectAtlas);
  const selected = useAppStore(selectSelectedNode);
  const store = useAppStoreApi();
  const stack = useStack();
  const [unknown, setUnknown] = useState<Unrecognised[]>([]);
  const [ambiguous, setAmbiguous] = useState<Unrecognised[]>([]);
  // How the last pasted names were read: the cloud they were taken to come from, and why.
  const [reading, setReading] = useState<Pick<StackResolution, 'from' | 'fromReason'> | undefined>();

  // The box shows the stack by its official names (plus what was not recognised, to fix in
  // place) and follows changes made elsewhere, unless the person has typed something not yet applied.
  const formatted = formatStack(index, stack.services, [...namesOf(ambiguous), ...namesOf(unknown)]);
  const [draft, setDraft] = useState(formatted);
  const [mirrored, setMirrored] = useState(formatted);
  if (formatted !== mirrored) {
    setMirrored(formatted);
    if (draft === mirrored) setDraft(formatted);
  }

  const rows = useMemo(() => translationRows(index, stack.services, stack.to), [index, stack.services, stack.to]);
  const target = providerName(stack.to);
  const gaps = rows.filter((r) => r.counterparts.length === 0).length;
  const canAddSelected = selected?.kind === 'service' && !stack.services.includes(selected.id);

  const apply = (event: FormEvent) => {
    event.preventDefault();
    const names = parseNames(draft);
    const result = resolveNames(index, names, search);
    stack.set(result.ids);
    setUnknown(result.unknown);
    setAmbiguous(result.ambiguous);
    setReading(names.length > 0 ? { from: result.from, fromReason: result.fromReason } : undefined);
    setDraft(formatStack(index, result.ids, [...namesOf(result.ambiguous), ...namesOf(result.unknown)]));
  };
  const applySuggestion = (name: string, id: string) => {
    setUnknown((list) => list.filter((u) => u.name !== name));
    setAmbiguous((list) => list.filter((u) => u.name !== name));
    stack.add(id);
  };
  const clear = () => {
    stack.clear();
    setUnknown([]);
    setAmbiguous([]);
    setReading(undefined);
    setDraft('');
  };
  const select = (id: string) => store.getState().select(id);

  return (
    <section className="compare-section" aria-labelledby={headingId}>
      <h3 id={headingId} className="compare-heading">
        Translate a stack
      </h3>
      <form className="compare-stack-form" onSubmit={apply}>
        <div className="field compare-stack-input">
          <label htmlFor={inputId}>Services to translate</label>
          <textarea
            id={inputId}
            rows={3}
            value={draft}
            placeholder="e.g. S3, Lambda, SageMaker, DynamoDB"
            aria-describedby={hintId}
            onChange={(e) => setDraft(e.target.value)}
            onKeyDown={(e) => {
              // Enter starts a new line in a list of names; Ctrl/Cmd+Enter applies it.
              if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
                e.preventDefault();
                e.currentTarget.form?.requestSubmit();
              }
            }}
          />
          <span id={hintId} className="compare-fine">
            Separate names with commas or new lines; full names, short names (EKS), aliases and former names all work.
            Ctrl+Enter translates.
          </span>
        </div>
        <div className="compare-stack-controls">
          <TargetChoice value={stack.to} onChange={stack.setTarget} />
          <div className="compare-buttons">
            <button type="submit" className="compare-primary">
              Translate
            </button>
            {canAddSelected && (
              <button type="button" onClick={() => stack.add(selected.id)}>
                Add selected item: {selected.label}
              </button>
            )}
          </div>
        </div>
      </form>
      <div aria-live="polite">
        {reading && <p className="compare-fine">{readingSentence(reading)}</p>}
        <UnknownNames index={index} unknown={unknown} ambiguous={ambiguous} onUse={applySuggestion} />
      </div>
      {rows.length === 0 ? (
        <p className="empty-state">
          Nothing to translate yet. Paste the services you use above, or press + next to a service in the table below.
        </p>
      ) : (
        <>
          <div className="compare-toolbar">
            <p className="compare-count">
              {rows.length} {rows.length === 1 ? 'service' : 'services'}: {rows.length - gaps} with a counterpart on{' '}
              {target}
              {gaps > 0 && <strong>, {gaps} without</strong>}
            </p>
            <ExportButtons
              basename={`translation-to-${stack.to}`}
              caption="Export translation"
              csvLabel="Export translation as CSV"
              markdownLabel="Export translation as Markdown"
              csv={() => translationCsv(index, rows, stack.to)}
              markdown={() => translationMarkdown(index, rows, stack.to)}
            />
            <button type="button" onClick={clear}>
              Clear
            </button>
          </div>
          <TranslationTable index={index} rows={rows} to={stack.to} onSelect={select} onRemove={stack.remove} />
        </>
      )}
    </section>
  );
}
