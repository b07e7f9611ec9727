/** "Update available — reload": shown once a new build is deployed and its worker is ready. */
import { offerUpdate, useUpdateOffer } from './update-offer';

export function UpdateNotice() {
  const reload = useUpdateOffer();
  if (!reload) return null;
  return (
    <p className="notice">
      <span>A new version of Stack Atlas is available.</span>
      <span className="notice-actions">
        <button type="button" onClick={reload}>
          Reload
        </button>
        <button type="button" className="icon-button" onClick={() => offerUpdate(null)} aria-label="Not now">
          ×
        </button>
      </span>
    </p>
  );
}
