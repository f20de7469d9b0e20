/** Where a signed-in user lands: the applicant's account, the admin pages, the 督办 page, or the workbench. */
export function homeFor(role: string | undefined): string {
  if (role === "citizen") return "/account";
  if (role === "admin") return "/admin";
  if (role === "supervisor") return "/staff/supervision";
  return "/staff";
}
