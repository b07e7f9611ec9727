/** Any-of prerequisites met along the way: "Data Science Fundamentals needs one of: Python / R". */
import { useId } from 'react';
import { useAppStore } from '../../store/store-context';
import type { ChoiceView } from './plan-model';

export function PlanChoices({ choices }: { choices: readonly ChoiceView[] }) {
  const choosePlanOption = useAppStore((s) => s.choosePlanOption);
  const headingId = useId();
  if (choices.length === 0) return null;
  return (
    <section className="plan-choices" aria-labelledby={headingId}>
      <h3 className="section-heading" id={headingId}>
        Choices
      </h3>
      <ul className="plan-choice-list">
        {choices.map((choice) => {
          const chosen = choice.options.find((o) => o.id === choice.chosen)?.label ?? choice.chosen;
          return (
            <li key={choice.group} className="plan-choice">
              <span className="plan-choice-text">
                {choice.by.label} needs one of: {choice.options.map((o) => o.label).join(' / ')}
              </span>
              <select
                aria-label={choice.controlLabel}
                value={choice.chosen}
                onChange={(e) => choosePlanOption(choice.group, e.target.value)}
              >
                {choice.options.map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.label}
                  </option>
                ))}
              </select>
              {/* On paper a select shows little; say the pick in words. */}
              <span className="plan-print-only">— the plan takes {chosen}.</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
