/** What to do with the plan: see it on the canvas, keep it as a file, or print it. */
import { useAppStore } from '../../store/store-context';
import { CSV_TYPE, downloadText, MARKDOWN_TYPE } from '../../components/download';
import { exportFileName, planToCsv, planToMarkdown } from './plan-export';
import type { PlanView } from './plan-model';

export function PlanActions({ view }: { view: PlanView }) {
  const traceFrom = useAppStore((s) => s.traceFrom);
  const notify = useAppStore((s) => s.notify);
  const save = (extension: 'md' | 'csv') => {
    const ok =
      extension === 'md'
        ? downloadText(exportFileName(view, 'md'), planToMarkdown(view, new Date()), MARKDOWN_TYPE)
        : // The byte-order mark tells spreadsheet apps the file is UTF-8 (labels hold "—" and accents).
          downloadText(exportFileName(view, 'csv'), `\uFEFF${planToCsv(view)}`, CSV_TYPE);
    if (!ok) notify('This browser cannot save files from the page.');
  };
  const only = view.targets.length === 1 ? view.targets[0] : undefined;
  return (
    <div className="plan-actions" role="group" aria-label="Plan actions">
      {only && (
        <button type="button" onClick={() => traceFrom(only.id, 'prerequisites')}>
          Trace on canvas
        </button>
      )}
      <button type="button" onClick={() => save('md')}>
        Export Markdown
      </button>
      <button type="button" onClick={() => save('csv')}>
        Export CSV
      </button>
      <button type="button" onClick={() => window.print()}>
        Print
      </button>
    </div>
  );
}
