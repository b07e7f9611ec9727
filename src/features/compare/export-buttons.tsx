/** Two download buttons; the text is built only when clicked. */
import { useAppStoreApi } from '../../store/store-context';
import { CSV_TYPE, downloadText, MARKDOWN_TYPE } from './download';

interface Props {
  basename: string;
  csvLabel: string;
  markdownLabel: string;
  disabled?: boolean;
  csv: () => string;
  markdown: () => string;
}

export function ExportButtons({ basename, csvLabel, markdownLabel, disabled, csv, markdown }: Props) {
  const store = useAppStoreApi();
  const save = (filename: string, build: () => string, type: string) => {
    if (!downloadText(filename, build(), type)) store.getState().notify('This browser cannot save files from the page.');
  };
  return (
    <div className="compare-exports">
      <button type="button" disabled={disabled} onClick={() => save(`${basename}.csv`, csv, CSV_TYPE)}>
        {csvLabel}
      </button>
      <button type="button" disabled={disabled} onClick={() => save(`${basename}.md`, markdown, MARKDOWN_TYPE)}>
        {markdownLabel}
      </button>
    </div>
  );
}
