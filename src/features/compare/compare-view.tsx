/**
 * The "Compare clouds" view, for the engineer who knows one cloud and must work on another:
 * translate the stack you use first (the question people arrive with), then your learning plan
 * on the target cloud, then the full matrix to browse.
 */
import './compare.css';
import { MatrixSection } from './matrix-section';
import { PlanOnProvider } from './plan-on-provider';
import { TranslateSection } from './translate-section';

export function CompareView() {
  return (
    <div className="compare">
      <header className="compare-header">
        <h2 className="compare-title">Compare clouds</h2>
        <p className="compare-intro">
          What is the counterpart of each service you use on AWS, Azure or Google Cloud, how close is it, and where is
          there none? Choose a service to see its details on the right.
        </p>
      </header>
      <TranslateSection />
      <PlanOnProvider />
      <MatrixSection />
    </div>
  );
}
