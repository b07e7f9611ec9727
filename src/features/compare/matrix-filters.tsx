/** Narrowing the matrix: words, an area, curriculum services only; and how many rows are left. */
import { useId } from 'react';
import { AREAS, type Area } from '../../domain/vocabulary';
import { AREA_LABELS, type MatrixFilter } from './compare-model';

interface Props {
  filter: MatrixFilter;
  onChange: (filter: MatrixFilter) => void;
  shown: number;
  total: number;
}

export function MatrixFilters({ filter, onChange, shown, total }: Props) {
  const textId = useId();
  const areaId = useId();
  return (
    <div className="compare-filters">
      <div className="field compare-filter-text">
        <label htmlFor={textId}>Filter capabilities and services</label>
        <input
          id={textId}
          type="search"
          value={filter.text}
          placeholder="e.g. kafka, SageMaker, Cloud Functions"
          onChange={(e) => onChange({ ...filter, text: e.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor={areaId}>Area</label>
        <select
          id={areaId}
          value={filter.area}
          onChange={(e) => onChange({ ...filter, area: e.target.value as Area | 'all' })}
        >
          <option value="all">All areas</option>
          {AREAS.map((area) => (
            <option key={area} value={area}>
              {AREA_LABELS[area]}
            </option>
          ))}
        </select>
      </div>
      <label className="compare-check">
        <input
          type="checkbox"
          checked={filter.curriculumOnly}
          onChange={(e) => onChange({ ...filter, curriculumOnly: e.target.checked })}
        />
        Only rows with a curriculum service
      </label>
      <p className="compare-count" role="status">
        {shown} of {total} capabilities
      </p>
    </div>
  );
}
