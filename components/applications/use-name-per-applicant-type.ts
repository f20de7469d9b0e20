"use client";

import { useEffect, useRef } from "react";
import type { ApplicationFormValues } from "@/lib/applications/schema";

type ApplicantType = NonNullable<ApplicationFormValues["applicantType"]>;

/**
 * `applicant.name` is the person's 姓名 or the organisation's 名称 (one column, application-form.md).
 * Switching the type must not carry one into the other — a signed-in citizen choosing 法人或其他组织
 * would otherwise find their own name as the organisation's. Each type keeps what was typed for it;
 * the organisation's 名称 starts empty (its 联系人 stays prefilled from the profile).
 */
export function useNamePerApplicantType(applicantType: ApplicantType | undefined, getName: () => string, setName: (name: string) => void) {
  const names = useRef<Record<ApplicantType, string>>({ person: "", organization: "" });
  const previous = useRef(applicantType);
  useEffect(() => {
    const before = previous.current;
    if (!applicantType || before === applicantType) return;
    if (before) names.current[before] = getName();
    setName(names.current[applicantType] ?? "");
    previous.current = applicantType;
  }, [applicantType, getName, setName]);
}
