/** The right sidebar: everything about the selected item, or a short welcome when nothing is. */
import { useEffect, useMemo, useRef } from 'react';
import { chainInWords } from '../../components/count-words';
import { useAppStore } from '../../store/store-context';
import { selectIndex, selectLearned, selectPlanSettings, selectSelectedNode } from '../../store/selectors';
import { CapabilityList, ProviderGroups } from './counterparts';
import { DetailsEmpty } from './details-empty';
import { DetailsHeader } from './details-header';
import { detailsModel } from './details-model';
import { ItemList, PrerequisiteList } from './item-list';
import { ObjectivesServed } from './objectives-served';
import './details.css';

export function DetailsPanel() {
  const index = useAppStore(selectIndex);
  const node = useAppStore(selectSelectedNode);
  const focusId = useAppStore((s) => s.focus?.id ?? null);
  const select = useAppStore((s) => s.select);
  const focusOn = useAppStore((s) => s.focusOn);
  const clearFocus = useAppStore((s) => s.clearFocus);
  const learned = useAppStore(selectLearned);
  const { includeRecommended, choices } = useAppStore(selectPlanSettings);
  // The learner's progress and plan settings, so the counts are the Plan tab's and the trace's.
  const model = useMemo(
    () => (node ? detailsModel(index, node.id, { known: learned, includeRecommended, choices }) : undefined),
    [index, node, learned, includeRecommended, choices],
  );

  const headingRef = useRef<HTMLHeadingElement>(null);
  const chosenHere = useRef(false);
  // A button in this panel replaces the content it sits in; moving focus to the new heading keeps
  // keyboard users in place. A selection made elsewhere (canvas, search) must not steal focus.
  const choose = (id: string) => {
    chosenHere.current = true;
    select(id);
  };
  useEffect(() => {
    const heading = headingRef.current;
    if (!heading) return;
    if (chosenHere.current) heading.focus();
    else heading.scrollIntoView?.({ block: 'nearest' });
    chosenHere.current = false;
  }, [model]);

  return (
    <section className="details" aria-label="Details">
      {!model ? (
        <DetailsEmpty onSelect={choose} />
      ) : (
        <>
          <DetailsHeader
            model={model}
            headingRef={headingRef}
            focused={focusId === model.id}
            onFocus={() => focusOn(model.id)}
            onClearFocus={clearFocus}
          />
          <PrerequisiteList entries={model.prerequisites} onSelect={choose} />
          <PrerequisiteList title="Achieved by" entries={model.achievedBy} onSelect={choose} />
          <ItemList title="Part of the objective" items={model.partOf} onSelect={choose} />
          <ObjectivesServed serves={model.serves} onSelect={choose} />
          <ItemList
            title="Unlocks directly"
            items={model.unlocksDirectly}
            onSelect={choose}
            footer={<p className="details-fine">Leads to {chainInWords(model.counts.unlocks)} in all</p>}
          />
          <ProviderGroups
            title="Equivalents on other clouds"
            groups={model.equivalents}
            onSelect={choose}
            none="No equivalent"
            showVia={model.capabilities.length > 1}
          />
          <ProviderGroups title="Offered by" groups={model.offeredBy} onSelect={choose} none="None listed" />
          <CapabilityList entries={model.capabilities} onSelect={choose} />
          <ItemList title="Services" items={model.services} onSelect={choose} />
          {model.relations.map((list) => (
            <ItemList key={list.key} title={list.title} items={list.items} onSelect={choose} />
          ))}
        </>
      )}
    </section>
  );
}
