-- The annual-report cache of applications finished before it existed (annual-report.md § Table 三):
-- the date of the last finishing event of the ledger (approved reply or closing; workflow.md §5
-- Policy default: the last reply counts) and the row of the decision (lib/workflow/decisions.ts as of
-- this migration; queryMatter follows the agency's policy queryMatterReportRow, default （三）8).
update applications a
set finished_on = f.finished_on,
    report_row = case a.decision
      when 'queryMatter' then coalesce(ag.policy->>'queryMatterReportRow', '3.8')
      when 'alreadyPublished' then '1'
      when 'disclosed' then '1'
      when 'partlyDisclosed' then '2'
      when 'notDisclosedStateSecret' then '3.1'
      when 'notDisclosedLawForbids' then '3.2'
      when 'notDisclosedSecurityStability' then '3.3'
      when 'notDisclosedThirdPartyRights' then '3.4'
      when 'notDisclosedInternalAffairs' then '3.5'
      when 'notDisclosedProcessInformation' then '3.6'
      when 'notDisclosedEnforcementFile' then '3.7'
      when 'notHeld' then '4.1'
      when 'notThisAgency' then '4.1'
      when 'needsNewProcessing' then '4.2'
      when 'unclearAfterCorrection' then '4.3'
      when 'petition' then '5.1'
      when 'repeat' then '5.2'
      when 'publication' then '5.3'
      when 'unreasonableVolume' then '5.4'
      when 'confirmOrReissue' then '5.5'
      when 'abandonedNoCorrection' then '6.1'
      when 'abandonedFeeUnpaid' then '6.2'
      when 'withdrawn' then '6.3'
    end
from (
  select application_id, (array_agg(occurred_on order by seq desc))[1] as finished_on
  from application_events
  where type in ('replyApproved', 'abandonmentConfirmed', 'feeDeclined', 'feeUnpaidClosed', 'withdrawn')
  group by application_id
) f, agencies ag
where f.application_id = a.id
  and ag.id = a.agency_id
  and a.status in ('replied', 'closed')
  and a.decision is not null
  and a.finished_on is null
  and f.finished_on is not null;
