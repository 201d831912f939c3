// Type-checked use of the generated client types (client/*.ts, from docs/api/*.json): if a
// document stops generating usable types (a missing schema, an untyped error), tsc fails here.
import type { components as Matching, paths as MatchingPaths } from "./client/matching";
import type { components as Notification } from "./client/notification";
import type { components as Profile, paths as ProfilePaths } from "./client/profile";
import type { components as Session } from "./client/session";

type Problem = Matching["schemas"]["Problem"];

/** Every error answer of every service is the same Problem, field errors included. */
export function fieldsAtFault(problem: Problem): string[] {
  return (problem.errors ?? []).map((error) => `${error.field}: ${error.message}`);
}

type ListMatches = MatchingPaths["/api/v1/matches"]["get"];
type MatchList = ListMatches["responses"]["200"]["content"]["application/json"];
type MatchNotFound = ListMatches["responses"]["404"]["content"]["application/problem+json"];

export function firstMatchId(matches: MatchList): string | undefined {
  return matches[0]?.id;
}

export function sameProblem(a: MatchNotFound, b: Notification["schemas"]["Problem"],
    c: Session["schemas"]["Problem"], d: Profile["schemas"]["Problem"]): boolean {
  return a.type === b.type && b.type === c.type && c.type === d.type;
}

type PersonPatch = ProfilePaths["/api/v1/people/{id}"]["patch"];
export const patchPath: PersonPatch["parameters"]["path"] = { id: "person-1" };
