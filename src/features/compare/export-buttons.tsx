/** Two download buttons; the text is built only when clicked. */
import { useAppStoreApi } from '../../store/store-context';
import { CSV_TYPE, downloadText, MARKDOWN_TYPE } from '../../components/download';

interface Props {
  basename: string;
  /** Shown before short "CSV" / "Markdown" buttons; the labels stay the buttons' full names. */
  caption?: string;
  csvLabel: string;
  markdownLabel: string;
  disabled?: boolean;
  csv: () => string;
  markdown: () => string;
}

export function ExportButtons({ basename, caption, csvLabel, markdownLabel, disabled, csv, markdown }: Props) {
  const store = useAppStoreApi();
  const save = (filename: string, build: () => string, type: string) => {
    if (!downloadText(filename, build(), type))
      store.getState().notify('This browser cannot save files from the page.');
  };
  const short = caption !== undefined;
  return (
    <div className="compare-exports" role={short ? 'group' : undefined} aria-label={caption}>
      {short && <span className="compare-count">{caption}:</span>}
      <button
        type="button"
        disabled={disabled}
        aria-label={short ? csvLabel : undefined}
        onClick={() => save(`${basename}.csv`, csv, CSV_TYPE)}
      >
        {short ? 'CSV' : csvLabel}
      </button>
      <button
        type="button"
        disabled={disabled}
        aria-label={short ? markdownLabel : undefined}
        onClick={() => save(`${basename}.md`, markdown, MARKDOWN_TYPE)}
      >
        {short ? 'Markdown' : markdownLabel}
      </button>
    </div>
  );
}
