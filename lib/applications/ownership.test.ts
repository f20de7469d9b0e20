import { describe, expect, it } from "vitest";
import { ownershipTerms, ownsApplication, type ApplicantClaim, type OwnershipFacts } from "./ownership";

/**
 * The one ownership rule (workflow.md §6: the applicant acts on their own application; §5: the
 * sub-applications of a split share the applicant). Every case that should be refused is tried.
 */
const account = (userId: string | null): ApplicantClaim => ({ role: "citizen", userId });
const proven = (applicationId: string | null): ApplicantClaim => ({ role: "citizen", userId: null, provenApplicationId: applicationId });

const filedOnline: OwnershipFacts = { id: "app-1", applicantUserId: "u-1", parentId: null };
const filedWithoutAccount: OwnershipFacts = { id: "app-2", applicantUserId: null, parentId: null };
const subOfOnline: OwnershipFacts = { id: "app-1-1", applicantUserId: "u-1", parentId: "app-1" };
const subOfAnonymous: OwnershipFacts = { id: "app-2-1", applicantUserId: null, parentId: "app-2" };
const siblingOfAnonymous: OwnershipFacts = { id: "app-2-2", applicantUserId: null, parentId: "app-2" };

describe("who owns an application", () => {
  it.each<[string, boolean, ApplicantClaim, OwnershipFacts]>([
    // The account that filed it, and the sub-applications split from it (they keep the account).
    ["the filing account", true, account("u-1"), filedOnline],
    ["the filing account, on a sub-application", true, account("u-1"), subOfOnline],
    ["another account", false, account("u-2"), filedOnline],
    ["an account, on an application filed without one", false, account("u-1"), filedWithoutAccount],
    ["an account without an id, on an application filed without one", false, account(null), filedWithoutAccount],
    ["an empty account id", false, account(""), { ...filedOnline, applicantUserId: "" }],
    // The proven tracking code: its application and the sub-applications split from it.
    ["the proven code of the application", true, proven("app-2"), filedWithoutAccount],
    ["the proven code of the parent, on a sub-application", true, proven("app-2"), subOfAnonymous],
    ["the proven code of the parent, on another sub-application", true, proven("app-2"), siblingOfAnonymous],
    ["a proven code of another application", false, proven("app-1"), filedWithoutAccount],
    ["a proven code of another application, on a sub-application", false, proven("app-1"), subOfAnonymous],
    ["a sub-application's id as proof, on its sibling", false, proven("app-2-1"), siblingOfAnonymous],
    ["a sub-application's id as proof, on its parent", false, proven("app-2-1"), filedWithoutAccount],
    ["an empty proof, on an application that is not split", false, proven(""), { ...filedWithoutAccount, parentId: "" }],
    ["no proof", false, proven(null), filedWithoutAccount],
    // Ownership belongs to applicants: staff and the worker own nothing, whatever ids they carry.
    ["a clerk whose id happens to match", false, { role: "clerk", userId: "u-1" }, filedOnline],
    ["the worker with a proof", false, { role: "system", userId: null, provenApplicationId: "app-2" }, filedWithoutAccount],
  ])("%s → owns: %s", (_case, owns, claim, facts) => {
    expect(ownsApplication(claim, facts)).toBe(owns);
  });

  it("the terms a list query is built from drop empty ids and give staff nothing", () => {
    expect(ownershipTerms(account("u-1"))).toEqual({ account: "u-1", provenApplication: null });
    expect(ownershipTerms(proven("app-2"))).toEqual({ account: null, provenApplication: "app-2" });
    expect(ownershipTerms({ role: "citizen", userId: "", provenApplicationId: "" })).toBeNull();
    expect(ownershipTerms({ role: "reviewer", userId: "u-1", provenApplicationId: "app-2" })).toBeNull();
  });
});
