/**
 * The graph-data file format, as zod schemas. Every type of the domain is inferred from here,
 * so the files, the validator and the code cannot drift apart.
 */
import { z } from 'zod';
import { AREAS, EDGE_KINDS, ID_MAX, MATCHES, NODE_KINDS, PRIORITIES, PROVIDERS, STRENGTHS } from './vocabulary.ts';

export * from './vocabulary.ts';

export const NodeKind = z.enum(NODE_KINDS);
export type NodeKind = z.infer<typeof NodeKind>;

export const Tier = z.union([z.literal(1), z.literal(2), z.literal(3)]);
export type Tier = z.infer<typeof Tier>;

export const Priority = z.enum(PRIORITIES);
export type Priority = z.infer<typeof Priority>;

export const ProviderId = z.enum(PROVIDERS);
export type ProviderId = z.infer<typeof ProviderId>;

export const Area = z.enum(AREAS);
export type Area = z.infer<typeof Area>;

export const Strength = z.enum(STRENGTHS);
export type Strength = z.infer<typeof Strength>;

export const Match = z.enum(MATCHES);
export type Match = z.infer<typeof Match>;

export const Id = z
  .string()
  .max(ID_MAX, `an id is at most ${ID_MAX} characters`)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case: lowercase letters, digits and single hyphens');

/** Only https links reach the page; `javascript:`, `data:` and plain http are refused here. */
export const HttpsUrl = z.url({
  protocol: /^https$/,
  hostname: z.regexes.domain,
  error: 'must be an https:// URL with a domain name',
});

const Text = z.string().trim().min(1, 'must not be empty');

/** `- python`, `- { id: docker, strength: recommended }` or `- { anyOf: [langchain, llamaindex] }`. */
export const RequireEntry = z.union([
  Id,
  z.strictObject({ id: Id, strength: Strength.default('hard') }),
  z.strictObject({
    anyOf: z.array(Id).min(2, 'an any-of group needs at least two ids'),
    strength: Strength.default('hard'),
  }),
]);
export type RequireEntry = z.infer<typeof RequireEntry>;

export const Implements = z
  .strictObject({
    capability: Id,
    match: Match,
    caveat: Text.max(200).optional(),
    source: HttpsUrl,
    checked: z.iso.date('must be a date written YYYY-MM-DD'),
  })
  .refine((i) => i.match === 'full' || i.caveat !== undefined, {
    message: 'a partial match needs a one-line caveat saying what differs',
    path: ['caveat'],
  });
export type Implements = z.infer<typeof Implements>;

const IdList = z.array(Id).optional();

export const NodeDoc = z.strictObject({
  id: Id,
  label: Text.max(80),
  kind: NodeKind,
  description: Text.max(400),
  aliases: z.array(Text).optional(),
  formerNames: z.array(Text).optional(),
  links: z.array(HttpsUrl).optional(),
  tags: z.array(Id).optional(),
  tier: Tier.optional(),
  category: Id.optional(),
  priority: Priority.optional(),
  checklist: Text.optional(),
  provider: ProviderId.optional(),
  area: Area.optional(),
  /** Tier nodes: the tier's entry prerequisites. Curriculum items: what to learn first. */
  requires: z.array(RequireEntry).optional(),
  /**
   * Objectives: their sub-objectives. Sub-objectives: the items that achieve them, in the shape of
   * `requires` (an any-of group when one of several items is enough).
   */
  achievedBy: z.array(RequireEntry).optional(),
  /**
   * Tier nodes: the months the curriculum gives the level this tier completes ("Tier 2: combined
   * with Tier 1 in 12 months for the Intermediate level"). A number, so every format carries it.
   */
  durationMonths: z.int().positive().max(120).optional(),
  alternativeTo: IdList,
  buildsOn: IdList,
  uses: IdList,
  integratesWith: IdList,
  implements: z.array(Implements).optional(),
});
export type NodeDoc = z.infer<typeof NodeDoc>;

export const GraphFile = z.strictObject({ nodes: z.array(NodeDoc) });
export type GraphFile = z.infer<typeof GraphFile>;

export const EdgeKind = z.enum(EDGE_KINDS);
export type EdgeKind = z.infer<typeof EdgeKind>;
