<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>ChildAge</name>
    <message>
        <source>age not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc</name>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty: there is no header row and no data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an Excel workbook (.xlsx files are zip archives). If it is a CSV or an old .xls file, save it as .xlsx or CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in a setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home educated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting not known: record the child&apos;s setting, then send the letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apologies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>medium risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>risk not graded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>witnessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resident, not present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>presence unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PPN %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child %1. Received %2. %3. Source: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-crime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crime or non-crime not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at the meeting of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken while the meeting was not quorate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner %1, due %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proforma sent to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due back %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proforma returned by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice of the child: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent: %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields shared: %1. By %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation triggered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By PPNs %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting discussion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liaison with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings and attendance are about the partners, not children, and are never suppressed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PPNs (incidents in the period)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children with a PPN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children with 2 or more PPNs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalations triggered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triage decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings quorate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings quorate (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children&apos;s PPNs by area (top %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children&apos;s PPNs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children per 1,000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each child of a PPN counts: a PPN about two siblings counts twice. The rate, children with a PPN per 1,000 children, is given where the area&apos;s child population is entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children&apos;s PPNs by setting (top %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By the child&apos;s current setting: each child&apos;s PPN is a notification due to the setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children without a known setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These children need following up to find who can support them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children by number of PPNs in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat PPNs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PPNs in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triage outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions recorded in the period, by outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proformas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proformas sent to settings in the period; days from sending to return.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return rate (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean days to return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median days to return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification timeliness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeliness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the incident date to the first notification logged for the child: the setting should hear by the next working day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next working day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings held and quorate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quorate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police attend monthly: expected counts the meetings they were due at.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance by agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attended: present in person or by a deputy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reference %1 is timed %2 on an earlier row but %3 here: the PPN keeps %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a missing child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>domestic abuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than %2, the most the import reads (a police daily file is far smaller): check it is the right file, or split it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large to read as a workbook. Check it is the right file, or split it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, sheet &quot;%2&quot;, is empty: there is no header row and no data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a cell is longer than %2 characters, far beyond any police field. Check it is the right file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a row has more than %2 columns, far beyond a police export. Check it is the right file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has more than %2 rows, the most the import reads from one sheet. Check it is the right file, or split it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has more than %2 cells, the most the import reads from one workbook. Check it is the right file, or split it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read as an Excel workbook (sheet &quot;%2&quot;, line %3: %4). Open it in Excel and save it again as .xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deputies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triage and tracking review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ad-hoc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (id %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (id %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same name and address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same surname and address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same forename and address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (age %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has more than %2 cells, the most the import reads from one file. Check it is the right file, or split it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 characters is too long: keep it to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liaised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed at the head of every letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed under the office&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office telephone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For settings to call the office about a letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply address of e-mail drafts and letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weekdays the meeting is held (a daily triage: Monday to Friday).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time the meeting starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time the meeting ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking review day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting day that also reviews proformas and the tracker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Youngest age (years)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children from this age are tracked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oldest age (years)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children up to this age are tracked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PPNs that escalate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This many PPNs within the window escalate a child.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation window (months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The months within which the PPNs are counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count PPNs per household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count a household&apos;s PPNs together rather than each child&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quorum (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The share of expected members present for the meeting to be quorate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proforma due back (working days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working days after the request by which a proforma is due; later, it is overdue and chased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The police&apos;s risk words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The force&apos;s own risk words and the grade each means, e.g. &quot;Amber=medium; Red=high&quot; (Standard/Medium/High, S/M/H and Level 1/2/3 are known).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes name children in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Otherwise the minutes give initials and the tracker&apos;s number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after idle (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes with no input before the window hides every record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters show the age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters show the home address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters show the incident address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only if the office&apos;s information sharing agreement allows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; the police wrote &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The police named the setting &quot;%1&quot;, which is not in the settings directory: find or add it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chases: %1, the last on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proforma reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telephone %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a setting out of area that is not recorded: record the child&apos;s setting, then send the letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New PPN not yet heard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 new PPNs not yet heard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New PPN received on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 new PPNs, the first received on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting since %1, 1 meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting since %1, %2 meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PPN not yet heard: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 PPNs not yet heard: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes on agenda items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the agenda for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other hours on a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A meeting day with other hours than the above, e.g. &quot;Fri 10:00-12:00&quot; (several: &quot;Mon 09:30-10:00; Fri 10:00-12:00&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing-child notifications count towards escalation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Otherwise only domestic abuse notifications are counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PPN %1: missing child (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent (MISDIRECTED): %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Misdirected: on %1 the setting said the child no longer attends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer attends %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Told by %1; setting cleared (recorded by %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PPNs: domestic abuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PPNs: missing child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the table %1 is not in the new file (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (table %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the table %1 has %2 rows on the server and %3 in the copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the copy does not pass its check (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the copy refers to rows it does not hold (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is encrypted: give its passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed while it was read: close the tracker on every desk that uses it, then try again. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no table %1 as this version writes it (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds a tracker&apos;s records (%2). server import-from only fills an empty database: ask for a new one (createdb) and give that. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Run server import-from as the login that owns the tracker&apos;s tables (the one that ran init).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table %1 has %2 rows in the file and %3 on the server: nothing was kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::Access</name>
    <message>
        <source>administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>business support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role (%1) does not allow %2. Ask an administrator if you need to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a child&apos;s record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a PPN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an escalation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an import profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the import review queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an education setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a meeting member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a triage outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the office&apos;s settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a meeting&apos;s agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a letter template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a proforma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>users&apos; roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archiving %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>greening off a child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reopening a child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>importing PPNs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anonymising a child&apos;s record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleting a child&apos;s record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changing a legal hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the user&apos;s sign-in name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changing users&apos; roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the only administrator: make someone else an administrator first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a batch of letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a partner&apos;s information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>that a child no longer attends a setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 owns the tracker&apos;s tables on the server (or is a superuser) and is always an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::AgeCandidates</name>
    <message>
        <source>age %1 given, no date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no child on the tracker of about that age shares two of forename, surname and home address. Add the child with their date of birth and link this row to them, or close it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, born %2 (child %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: link it to the child it is, or close it. Could be %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::Agenda</name>
    <message>
        <source>New PPNs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalations awaiting discussion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions due or overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking review: proformas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carried over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added by the chair</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::AgendaBuilder</name>
    <message>
        <source>Meeting date is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no meeting with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feedback given on %1: to close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>liaised with %1: feedback to the group</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::AgendaItem</name>
    <message>
        <source>Escalation triggered on %1 by %2 PPNs: liaison with the social worker or MASH to agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action overdue since %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action due %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(and %1 more open actions due)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proforma returned on %1, to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proforma overdue: due back on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deferred at the meeting on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reached at the meeting on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting on %1 was cancelled: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation triggered on %1 by %2 PPNs: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing child: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 of them missing child)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::AgendaStore</name>
    <message>
        <source>There is no child with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting of %1 is closed: its agenda is the record of what was heard, and is not changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::Audit</name>
    <message>
        <source>The audit trail is busy (another desk is saving). Try again. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::AuditChain</name>
    <message>
        <source>entry %1 has no hash: it was added outside Encompass Tracker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 was removed from the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entries %1 to %2 were removed from the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 does not match its hash: it was changed after it was written (or entry %2 before it was).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 does not match its hash: it was changed after it was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::AuditText</name>
    <message>
        <source>Forename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open to social care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DSL name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DSL email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deputy DSL name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deputy DSL email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts verified on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DASH risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in a setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home educated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting changed from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brought back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 written to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened the child&apos;s record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PPN %1 recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PPN %1 recorded for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PPN %1 undone: no longer on the tracker, and the reference can be entered again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PPN %1 entered again (redo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PPN %1 withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PPN %1 brought back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PPN %1 changed%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child %1 added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child&apos;s record archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child&apos;s record brought back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision withdrawn: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision brought back: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action added: %1 (due %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action completed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action reopened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action withdrawn: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated: %1 PPNs within the escalation window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation withdrawn (fewer PPNs in the window now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import of %1 undone: %2 PPNs withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File %1 imported: %2 new PPNs, %3 new children, %4 for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 brought back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation: liaison with %1 recorded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation: liaison with %1 removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation: feedback to the group recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation closed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer attends %1 (told on %2 by %3): setting cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer attends: taken back, the setting is the child&apos;s again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter to %1 marked misdirected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What %1 knows added: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What %1 knows removed (undone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What %1 knows archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What %1 knows changed%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::Backup</name>
    <message>
        <source>Cannot back up: the database is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the backup %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database stayed busy (another desk is saving); try again in a moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the copy does not pass its check (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot back up %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the backup folder as a full path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup folder is set. Choose one in File &gt; Backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be reached (is the network drive connected?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup folder %1 is not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be written to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a backup file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the database itself, not a backup of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is encrypted: give its passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot copy %1 beside the database: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be prepared for restoring: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was not prepared for restoring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restoring a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be restored (%1). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be opened after restoring (%1). The data as it was is kept at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be opened after restoring (%1); the database is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was restored, but the restore could not be logged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an Encompass Tracker backup. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read as a database (%2). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read (%2). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Encompass Tracker (schema %2; this version reads up to schema %3). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged (%2) and cannot be restored. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup is not restored onto a server database (%1): the other desks are using it, and the server&apos;s own backups (pg_dump) are its administrator&apos;s. To move a backup&apos;s data onto a server, make an empty database there and run: encompass-cli --db ADDRESS server import-from BACKUP (with --passphrase-file for an encrypted one). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot back up while a change is being saved; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot back up %1: its schema is version %2, this program&apos;s is %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::BankHolidays</name>
    <message>
        <source>New Year&apos;s Day (substitute day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Year&apos;s Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Christmas Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Christmas Day (substitute day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boxing Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boxing Day (substitute day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Easter Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Early May bank holiday (VE Day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Early May bank holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Royal wedding bank holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank holiday for the coronation of King Charles III</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spring bank holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Golden Jubilee bank holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diamond Jubilee bank holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platinum Jubilee bank holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summer bank holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank holiday for the State Funeral of Queen Elizabeth II</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Millennium Day bank holiday</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::Builder</name>
    <message>
        <source>Not in a setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home educated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency not recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::CellParser</name>
    <message>
        <source>&quot;%1&quot; is not a 24-hour time: use hh:mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: use dd/mm/yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: month %2 does not exist (dates are day first, dd/mm/yyyy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is ambiguous: the two-digit year could be %2 or %3. Write the year in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a date but the time %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a word = standard, medium or high</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::ChildMatcher</name>
    <message>
        <source>%1 %2 (id %3), born %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forename and surname swapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one letter different</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one half of a double-barrelled surname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a middle name on one side only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day and month of the date of birth swapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, same date of birth and home address as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: close to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; the home address does not confirm it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; another child is close too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2, born %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::ChildQuery</name>
    <message>
        <source>Not in a setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home educated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (out of area)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::Children</name>
    <message>
        <source>There is no child with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forename is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surname is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth %1 is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the child&apos;s setting, or say why there is none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 years old, outside the age band %3-%4: recorded, but check this child belongs on this tracker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no household with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::ColumnMapping</name>
    <message>
        <source>Police reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (one column)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School or setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DASH risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crime or non-crime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns %1 &quot;%2&quot; and %3 &quot;%4&quot; both hold %5: %1 is read, %3 is not. Check which is right, and map the columns in the import wizard if need be.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::CsvReader</name>
    <message>
        <source>%1 is not a text file (it holds binary data). Save the spreadsheet as CSV or .xlsx and import that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the quote opened on line %2 is never closed. Check the file was saved as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty: there is no header row and no data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 looks like UTF-16 text but is not valid UTF-16. Save the spreadsheet as CSV UTF-8 and import that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: a cell is longer than %3 characters, far beyond any police field. Check it is the right file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: the row has more than %3 columns, far beyond a police export. Check it is the right file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has more than %2 rows, the most the import reads from one file. Check it is the right file, or split it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has more than %2 cells, the most the import reads from one file. Check it is the right file, or split it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::Database</name>
    <message>
        <source>No database file was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: the folder %2 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged (%2). Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot use %1: the database would not accept &quot;%2&quot; (it answered &quot;%3&quot;). Is the file on a read-only or network drive?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Encompass Tracker (schema %2; this version reads up to schema %3). Install the newer version to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot upgrade %1: the copy kept before an upgrade could not be written (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot upgrade %1 to schema %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is busy (another desk is saving). Try again in a moment. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broken link in %1 row %2 (to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: its schema is version %2, this program&apos;s is %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 pages were copied into the file; another connection was reading, so the rest follows later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only: it was opened read-only, so the tracker cannot save to it. Copy it somewhere you can write to, or ask for write access to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can only be read, and its schema (version %2) is not this version&apos;s (%3): copy it somewhere you can write to and open it there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: Qt&apos;s PostgreSQL driver (QPSQL) is not installed on this computer (on Debian, the package libqt6sql6-psql).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to the database server (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a tracker database: it holds other tables (%2) and no %3 table. Name the database made for the tracker, or an empty one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an empty database: give it the tracker&apos;s tables with encompass-cli --db &quot;%1&quot; init</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can only be read, and its schema (version %2) is not this version&apos;s (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has been upgraded by a newer version of Encompass Tracker, at another desk (schema %2; this version reads up to schema %3). Install the newer version on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot give %1 the tracker&apos;s tables: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database server (%1) cannot be reached: %2. Nothing was saved; try again once it is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be saved: a step of it failed, so none of it was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the database server was lost as this change was being saved: it may or may not have been saved. The tracker connects again by itself: look at the record again before repeating the change.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::DatabaseFile</name>
    <message>
        <source>Cannot open %1: it is a folder, not a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes), so it is not an Encompass Tracker database; it has been left as it was. To start a new tracker, give the name of a file that does not exist yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program is using %1 (%2); try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only (the file or its folder cannot be written to: %2). Copy it somewhere you can write to, or ask for write access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an Encompass Tracker database (it is not an SQLite file): choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read (%2). Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an Encompass Tracker database (it belongs to another program): choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an Encompass Tracker database (it holds other tables): choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an empty SQLite database, not an Encompass Tracker database; it has been left as it was. To start a new tracker, give the name of a file that does not exist yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::Decisions</name>
    <message>
        <source>Outcome label is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an outcome from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is for conflict below the threshold of abuse, but this child&apos;s latest PPN is graded %2 risk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the child the decision is about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision date is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no decision with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no action with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who owns the action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion date is required.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::DemoGenerator</name>
    <message>
        <source>The number of demo children must be between 1 and %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo needs a valid date for today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database already holds children. Demo data is only added to an empty tracker: create a new database for the demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chair: Assistant Team Manager, Early Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Early Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deputy Chair: Early Help Service Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation Encompass Coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business Support Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health Visitor Team Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health Visiting Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specialist Community Public Health Nurse (Health Visitor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Early Years Adviser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Early Years and Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family Hubs Worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family Hubs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reducing Parental Conflict Coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area Coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action for Children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sergeant, Public Protection Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Independent Domestic Violence Adviser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domestic Abuse Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School Nurse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School Nursing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultant Social Worker, MASH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children&apos;s Social Care (MASH)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo data could not be finished: the database would not go back to write-ahead logging. Open it again to retry.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::Dialect</name>
    <message>
        <source>out of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a PostgreSQL address (%2). Write postgresql://user@host/database or host=... dbname=...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::Directory</name>
    <message>
        <source>Area name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child population cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no setting with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DSL email &quot;%1&quot; is not an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deputy email &quot;%1&quot; is not an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URN %1 already belongs to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no member with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email &quot;%1&quot; is not an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::EmlDraft</name>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::EncryptedBackup</name>
    <message>
        <source>The passphrase must be at least %1 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encryption library could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough memory to derive the key from the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be restored: the encrypted backup is damaged or has been changed (%2). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be restored: the encrypted backup is incomplete (the file ends too soon; was the copy interrupted?). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an encrypted Encompass Tracker backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was encrypted by a newer version of Encompass Tracker (format %2). Install the newer version to restore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown header flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key settings out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be restored: the passphrase is wrong (or the file&apos;s header has been changed). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stream header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chunk %1 has an impossible length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chunk %1 fails its check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chunk %1 has an unknown tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the decrypted copy of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data after the end</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::EscalationFollowUp</name>
    <message>
        <source>There is no escalation with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no child with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child %1 has never been escalated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child %1 has no open escalation: the last was closed on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This escalation was closed on %1: nothing more can be recorded on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is before the escalation was triggered (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who the chair liaised with (the social worker or MASH).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what was agreed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That liaison has already been removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the feedback given to the group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason for closing it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::ExportFile</name>
    <message>
        <source>the workbook could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::HeadingGuess</name>
    <message>
        <source>%1: could be %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read from column %2 &quot;%3&quot;, but column %4 &quot;%5&quot; could be it too. Check the review, or choose with --map or in the import wizard.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::HouseholdCards</name>
    <message>
        <source>There is no child with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::ImportBatches</name>
    <message>
        <source>%1 decisions have been recorded since for children of this batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 actions have been added since for children of this batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of its review items have been resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 (%2) cannot be undone: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 (%2) cannot be undone: child %3, created by it, has since been linked to other PPNs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no import batch %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 (%2) was already undone on %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::ImportCommitter</name>
    <message>
        <source>Import cancelled: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::ImportFile</name>
    <message>
        <source>%1 is empty: there is no header row and no data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is named as a CSV file but is a zip archive (perhaps an Excel workbook): rename it to .xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an old Excel .xls file: open it in Excel and save it as .xlsx or CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a header row but no data rows: there is nothing to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no text on row %2 to use as the headings (they were found on row %3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::ImportPlanner</name>
    <message>
        <source>same reference and child as row %1: skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PPN was withdrawn (archived) on the tracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incident date %1 on the tracker, %2 in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incident time %1 on the tracker, %2 in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DASH risk %1 on the tracker, %2 in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not linked to this PPN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reference %1 is already recorded with these details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reference %1 is already recorded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reference %1 is dated %2 on row %3 but %4 here: one reference is one incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was greened off and will be reopened by this PPN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same new child as row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no school or setting given: the child goes on the no known setting list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>school or setting &quot;%1&quot; is not in the directory: the child goes on the no known setting list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high risk: imported and flagged. Operation Encompass is not the route for high risk: make sure the MASH / Marac referral is made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 years old, outside the age band %3-%4: imported and flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on the tracker, %2 in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reference %1 is %2 on row %3 but %4 here: one reference is one incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>age %1 is outside the age band %2-%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>written differently: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the tracker: linked to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::ImportProfiles</name>
    <message>
        <source>There is no import profile called &quot;%1&quot;. The profiles are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::ImportSource</name>
    <message>
        <source>%1 cannot be found: check the name and folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a file: choose the spreadsheet in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an ordinary file (it is a device or a pipe): save the spreadsheet as a file and import that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the workbook is password-protected: remove the password in Excel, then import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an old Excel .xls workbook, which the import cannot read: open it in Excel, save it as .xlsx (Excel Workbook), then import that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an Office document but not an Excel workbook: save the police spreadsheet as .xlsx or CSV and import that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is refused: its part %2 declares a size beyond what a workbook holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is refused: its part %2 would inflate from %3 to %4, more than %5 times (a zip bomb, not a police workbook).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is refused: its parts would inflate to more than %2, the most the import reads from a workbook.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::Importer</name>
    <message>
        <source>%1, sheet &quot;%2&quot;,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was already imported on %2 by %3 (batch %4): nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every reference in %1 is already on the tracker with the same details: nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in %1 could be imported: nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>importing PPNs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--map %1: say FIELD=COLUMN, FIELD one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--map %1: %2 has no column &quot;%3&quot; (by heading or letter). Its headings are: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no column for %2. Its headings (found on row %3) are: %4.%5 Choose the columns with --map FIELD=COLUMN, in the import wizard, or with a saved profile (--profile).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::LetterContent</name>
    <message>
        <source>Missing child episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domestic abuse incident</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::LetterDocument</name>
    <message>
        <source>OFFICIAL-SENSITIVE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter could not be written as OpenDocument.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OFFICIAL-SENSITIVE. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::LetterExporter</name>
    <message>
        <source>Operation Encompass: %1 for %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dear Designated Safeguarding Lead,

Please find attached a confidential Operation Encompass document for %1. It is for the Designated Safeguarding Lead and deputy only, and is not to be discussed with the parents. It does not replace your setting&apos;s safeguarding procedures.

If a child named in it no longer attends your setting, please delete it and tell us.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
The attachment is password protected: we will send you the password separately.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters cannot be laid out in this program: it has no QGuiApplication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; does not exist: choose a folder for the letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password protection applies to PDF letters and e-mail drafts, not to .odt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no e-mail address for its Designated Safeguarding Lead: add it to the setting, or write the letter as PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter template was changed at another desk while these letters were being written: nothing was logged. Write them again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::LetterFiles</name>
    <message>
        <source>The disk is full: %1 letters were not written; nothing was logged. Make room on the drive of %2 and write them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2. None of the %3 letters was written; nothing was logged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::LetterFilters</name>
    <message>
        <source>High-risk PPN %1: Operation Encompass is not the route for high risk; make sure the MASH/Marac referral is made. No letter unless high-risk letters are chosen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::LetterHistory</name>
    <message>
        <source>The disclosure log shows a letter of this kind already sent to this setting about these children.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disclosure log shows %1 letters of this kind already sent to these settings about these children.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 %2 to %3: %4
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  and %1 more
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::LetterKinds</name>
    <message>
        <source>Notification letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record of referral form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proforma request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proforma reminder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::LetterSelection</name>
    <message>
        <source>The child is archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child&apos;s setting (%1) is archived: record the child&apos;s current setting.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::LetterTemplates</name>
    <message>
        <source>The default template for %1 is missing from the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no letter template with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A letter template needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::MeetingDetails</name>
    <message>
        <source>The meeting of %1 is closed: its record is kept as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting of %1 was cancelled: its record is kept as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting date is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no meeting on %1: it is not a meeting day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no meeting with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chair and the deputy chair are one member: choose another deputy chair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer a member: choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chair of the meeting of %1 was changed on another desk: nothing was changed. Choose again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes of the meeting of %1 were changed on another desk: yours were not saved. Copy them, then reopen the meeting to see the other desk&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date of the ad-hoc meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a meeting on %1 (%2 to %3): open it instead of adding another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a meeting day (%2 to %3): open the scheduled meeting instead of adding another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date of the meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting of %1 has passed: record attendance on the meeting&apos;s screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer a member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no agenda item with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item&apos;s notes were changed on another desk: yours were not saved. Copy them, then choose the item again to see the other desk&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::MeetingSchedule</name>
    <message>
        <source>Bank holiday: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::Meetings</name>
    <message>
        <source>There is no meeting with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting date is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting must end after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting was cancelled: it cannot be closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason the meeting is cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting of %1 was held and closed: it cannot be cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::Migrations</name>
    <message>
        <source>%1 (in: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No upgrade step to schema %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::MinutesWriter</name>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children heard and decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quorate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No: confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No child was heard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No actions were agreed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes are written as .pdf or .odt: choose a file name ending in one of them (not &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minutes could not be written as OpenDocument text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2. Check the folder exists and you may write to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation Encompass meeting: minutes and action log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quorum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: %1. Its items went to the next meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy mode: children are named by initials and tracker id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, by role (no chair was recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a deputy (name not recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No attendance was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes of the meeting of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deputy chair</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::MissedChildren</name>
    <message>
        <source>lives at %1, not named on PPN %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::NetworkDrive</name>
    <message>
        <source>The database %1 is on a network drive (%2).

SQLite cannot rely on file locking over a network file system: two desks saving at once, or a dropped connection, can corrupt the database. Keep the database on a local disk of the machine that runs the tracker, and choose the network drive as the backup folder instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::NoLongerAttends</name>
    <message>
        <source>There is no child with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child %1 has no setting recorded: there is no setting to clear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who at %1 said the child no longer attends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who said so is too long: keep it to %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date the setting said so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That record has already been taken back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child&apos;s setting has been set since: it is left as it is now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::NoSettingList</name>
    <message>
        <source>Child id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting (name or URN, or: not in setting, home educated, out of area)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children&apos;s services (no known setting list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a filled no known setting list: it needs the columns &quot;Child id&quot; and &quot;Setting&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no child with id &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a setting in the directory (name or URN)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::OpenDatabases</name>
    <message>
        <source>%1 is the tracker&apos;s own database (or one of its working files), which is open: it cannot be used here. Choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::OptionCatalog</name>
    <message>
        <source>give a whole number from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give at most 500 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give a time as HH:MM, e.g. 11:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give a weekday, e.g. Friday.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a weekday.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose at least one day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting must end after it starts (%1 to %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tracking review day (%1) must be one of the meeting days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The youngest age is above the oldest age.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a day and its hours, e.g. Fri 10:00-12:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give times as HH:MM in &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on %1 the meeting must end after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is given twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other hours on a day (schedule.day_times): %1 is not a meeting day.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::Options</name>
    <message>
        <source>The escalation count must be between 2 and 20.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The escalation window must be between 1 and 24 months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one meeting day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting must end after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The age band must run from a lower to a higher age, 0 to 25.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quorum must be between 1% and 100%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Early Help Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changing the office&apos;s settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The idle lock must be between 1 and 120 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no option &quot;%1&quot; (&quot;encompass-cli options list&quot; lists them).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::PartnerInfos</name>
    <message>
        <source>There is no partner&apos;s information with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which agency knows this (police, health visiting, social care, housing...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agency&apos;s name is too long: keep it to %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person&apos;s name is too long: keep it to %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write what the agency knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 characters is too long: keep it to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date the agency knew it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no child with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That partner&apos;s information has already been removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::PdfProtector</name>
    <message>
        <source>The password is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be password-protected: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::Placeholders</name>
    <message>
        <source>%1 is not a field a letter may show. Allowed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may be used only between {children} and {/children}, which repeat for each child.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a field a letter may show: the office has not switched it on (setting %2). Switch it on, or put it inside {if %3}...{/if}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the list of children cannot be nested or take a field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: {if} needs a field a letter may show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may be used only between {children} and {/children}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not close an open {children} block.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not close an open {if} block.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a field a letter may show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{children} is not closed with {/children}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{if %1} is not closed with {/if}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a condition: use it as {if %2}...{/if}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::Ppns</name>
    <message>
        <source>There is no PPN with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police reference is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident date is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident date %1 is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date received %1 is before the incident date %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link at least one child to the PPN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A child is linked to the PPN twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police reference %1 is already recorded (incident of %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High risk: Operation Encompass is not the route for high risk. Make sure the referral to MASH / Marac has been made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was greened off and has been reopened by this PPN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police reference %1 has been recorded again since (incident of %2), so this entry cannot be brought back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::PrivateFile</name>
    <message>
        <source>Cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot rename %1 to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::Proformas</name>
    <message>
        <source>Date sent is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proforma cannot be due before it is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date returned is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no proforma with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the day the proforma was requested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (id %2) is archived: no proforma can be requested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (id %2) has no known setting: record the child&apos;s setting first, then request the proforma.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A proforma for %1 was requested on %2 and is still awaited (due back %3): record its return, or chase it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a summary of what the setting said.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This proforma request was withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proforma cannot come back (%1) before it was sent (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the day of the review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write what the review decided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proforma has not come back from the setting: record its return first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review (%1) cannot be before the proforma came back (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the day the setting was chased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proforma came back on %1: there is nothing to chase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proforma is not due back until %1: chase it after that.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::QuickCheck</name>
    <message>
        <source>The check of %1 was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot check %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::ReportBuilder</name>
    <message>
        <source>Give both the first and the last day of the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period starts after it ends: choose a first day on or before the last.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::ReportCsv</name>
    <message>
        <source>Encompass Tracker report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::ReportPdf</name>
    <message>
        <source>Encompass Tracker report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Produced %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the PDF file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF needs the graphical libraries; use the Reports page, or export to Excel or CSV.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::ReportTables</name>
    <message>
        <source>PPNs per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PPNs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalations per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts of 1 to 4 are shown as %1; figures that could reveal them as %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::ReportXlsx</name>
    <message>
        <source>Encompass Tracker report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::Retention</name>
    <message>
        <source>Years after birth must be between 0 (rule off) and 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years after last activity must be between 0 (rule off) and 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changing the retention rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 years after birth (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 years after the last activity on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changing a legal hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no child with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no child with id %1 (or the record is already anonymised).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child %1 is on legal hold: lift the hold before anonymising or deleting the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child %1 is not due for review under the retention rules: nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anonymising a child&apos;s record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleting a child&apos;s record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::ReviewQueue</name>
    <message>
        <source>There is no review item %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review item %1 is already resolved (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review item %1 is a conflict with a recorded PPN: check the details and dismiss it; an import never overwrites the tracker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child %1 is archived: unarchive it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review item %1 is a conflict with a recorded PPN: there is no child to make.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review item %1 asks whether child %2 was present: confirm that child or dismiss it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review item %1 gives an age (%2), not a date of birth: a child is never made without one. Add the child with their date of birth, then link the row to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review item %1 is a child already on the tracker at the PPN&apos;s home address: confirm them present or dismiss it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::RowInsert</name>
    <message>
        <source>No new id could be had for %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::RowMapper</name>
    <message>
        <source>the police reference is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the incident date is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the incident date %1 is in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the incident date %1 is after the date received %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the child&apos;s forename is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the child&apos;s surname is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date of birth is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date of birth %1 is in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date of birth %1 is after the incident date %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 says %2 but the date of birth gives %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not crime or non-crime: recorded as unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not present, witnessed or resident not present: recorded as unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (control characters were removed from it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 characters long, more than the %3 a %4 can have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date of birth %1 is before 1990: check it is the child&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the incident date %1 is more than a year before the date received %2: check it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the notification type &quot;%1&quot; is not domestic abuse or a missing child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not standard, medium or high (or level 1, 2 or 3): recorded as unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 held control characters (such as a terminal escape sequence), which were removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no date of birth and %1 &quot;%2&quot; is not a child&apos;s age in years</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::ServerConnection</name>
    <message>
        <source>The connection to the database server (%1) was lost. Nothing of an unfinished change was saved: the server undoes it. The tracker connects again by itself: try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the database server (%1) was lost (%2). Nothing of an unfinished change was saved: the server undoes it. The tracker connects again by itself: try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another desk was saving the same records at the same moment, so the server stopped this change: nothing of it was saved. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your login&apos;s role on the server does not allow this change, so nothing of it was saved. Ask the tracker&apos;s administrator if you need to make it. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is busy (another desk is saving). Nothing of this change was saved: try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::ServerImport</name>
    <message>
        <source>server import-from moves a tracker onto a server: give the server&apos;s database with --db postgresql://... (not %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot make a folder for the copy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::ServerRoles</name>
    <message>
        <source>The server has no login called %1: ask the IT department to create it (CREATE ROLE &quot;%1&quot; LOGIN), then give it a role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s group roles for the tracker are not set up: ask the IT department to run encompass-cli server roles (or the SQL it prints with --sql).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::ServerSchema</name>
    <message>
        <source>Cannot set up %1&apos;s server objects: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may not set up the tracker&apos;s roles: that needs a login that owns the tracker&apos;s tables and may create roles (a superuser). Give the IT department the SQL of encompass-cli server roles --sql to run with psql.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group role %1: the %2 role&apos;s rights on the tracker&apos;s tables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail: insert-only for every role (no UPDATE, DELETE or TRUNCATE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes are announced to the other desks (LISTEN/NOTIFY).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no role on the tracker at %2: ask the tracker&apos;s administrator to give you one (encompass-cli role set %1 read-only, or another role).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::SettingsImport</name>
    <message>
        <source>%1, row %2, %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the setting&apos;s name is blank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 is already the directory&apos;s %2: the file holds this setting twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URN %1 is on row %2 too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is on row %2 too (with no URN to tell them apart).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 error(s); nothing was imported. The first: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, row %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::SettingsPlan</name>
    <message>
        <source>%1 new, %2 changed, %3 unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 closed in the register and not in the directory (left out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::SettingsSheet</name>
    <message>
        <source>URN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DSL name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DSL first name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DSL surname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DSL email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deputy name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deputy first name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deputy surname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deputy email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no column for the setting&apos;s name or URN (a heading such as &quot;Setting name&quot;, &quot;EstablishmentName&quot; or &quot;URN&quot;): the headings found were %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 looks like a police file (its headings are those of PPNs, not of a settings directory): import it on the Import page or with &quot;encompass-cli import&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has headings on row %2 but no settings under them: there is nothing to import.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::Sql</name>
    <message>
        <source>The database refused a query: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not save or read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::StagedFiles</name>
    <message>
        <source>Cannot create the folder %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record of this batch of letters has gone from the database: nothing was logged. Write the letters again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the letters were logged but could not be moved from %2 into %3 (the first: %4). They will be moved the next time the database is opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters written into %1 were stopped before they were finished, and that folder cannot be reached now: they will be finished when it can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 letters logged in the disclosure log before a stop could not be moved into %2 (the first: %3). They will be moved the next time the database is opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 letters logged before a stop were moved into %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 letters written into %2 before a stop were never logged: they were deleted, and nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::StaleEdit</name>
    <message>
        <source>This record was changed by %1 at %2 while you were editing it. Reload it and make your change again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record was changed or removed elsewhere while you were editing it. Reload it and make your change again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::SubjectAccess</name>
    <message>
        <source>There is no child with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other children (brothers, sisters, children named on the same police notifications) are counted but not named, and their names are removed from notes. Individual staff and meeting members are shown as [staff member]. Organisations and the child&apos;s own addresses are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[withheld: a third party&apos;s address]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject access: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracker id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open to social care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the tracker since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household: %1 %2; %3 other children (not named).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proformas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice of the child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triggered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF cannot be laid out in this program: it has no QGuiApplication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; does not exist: choose a folder for the export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation liaison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation triggered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liaison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What partner agencies know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings the child no longer attends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Told on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Told by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Misdirected (no longer attends)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::TableCopy</name>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::XlsxReader</name>
    <message>
        <source>%1 has no sheets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no sheet called &quot;%2&quot;. Its sheets are: %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::XlsxWorkbook</name>
    <message>
        <source>%1 is a zip archive but not an Excel workbook (it has no workbook part). Save the police spreadsheet as .xlsx or CSV.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::ZipParts</name>
    <message>
        <source>%1 is a damaged workbook (its zip directory cannot be read). Open it in Excel and save it again as .xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a complete workbook: it has no part %2. Open it in Excel and save it again as .xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a damaged workbook (its part %2 cannot be read). Open it in Excel and save it again as .xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::cli</name>
    <message>
        <source>Create or upgrade the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill an empty database with invented records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the database&apos;s integrity and count its records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List children on the tracker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List children whose PPNs trigger escalation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the meetings due, bank holidays skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write letters to settings, logged as disclosures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print or export the planning report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the police daily spreadsheet (CSV or .xlsx).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List or resolve the import review queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List, export or read back the children with no known setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build the agenda of a meeting from the data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a meeting&apos;s minutes (PDF or .odt).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: encompass-cli [--db PATH] COMMAND [options]
Encompass Tracker from the command line.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tracker database file (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 See &quot;encompass-cli --help&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no command given. See &quot;encompass-cli --help&quot; for the commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;. The commands are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the options of this command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 See &quot;encompass-cli %1 --help&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unexpected argument &quot;%2&quot;. See &quot;encompass-cli %1 --help&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: encompass-cli %1 [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 &quot;%2&quot; is not a whole number from %3 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no database at %1. Create one with &quot;encompass-cli init&quot;, or name another with --db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build the agenda of the meeting on a date from the tracker: new PPNs not yet heard (by household, oldest incident first), escalations awaiting discussion, actions due or overdue, on the review day the proformas returned and overdue, and items carried over. Children are named by id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting date, yyyy-mm-dd or dd/mm/yyyy (default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police references</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a meeting&apos;s minutes and action log as PDF or OpenDocument text (by the file&apos;s extension) and record it in the disclosure log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write (.pdf or .odt).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the meeting with --meeting ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the file to write with --out FILE (.pdf or .odt).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes of meeting %1 written to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greened off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the children on the tracker, by surname.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only children whose names start with these words (accents and case ignored), or with this postcode or police reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only children with this status: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show at most N children (default 50; 0 shows all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--status &quot;%1&quot; is not a status: use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PPNs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing %1 of %2 children: use --limit to see more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 child.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 children.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating demo data: %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill an empty tracker with invented children, PPNs, meetings and decisions (nothing real). Refused when the database already holds children. The same seed and date give the same data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many children to invent (default 300).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed of the random choices (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the data is generated as of, yyyy-mm-dd or dd/mm/yyyy (default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds %2 children: demo data goes only into an empty database. Use &quot;--db&quot; with a new file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proformas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Near miss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the children whose PPNs reached the escalation count within the window (the office&apos;s settings, normally 3 in 3 months), with the PPNs that triggered it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluate as of this date, yyyy-mm-dd or dd/mm/yyyy (default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also list near misses: one PPN short of escalation in the current window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triggered on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PPNs (police reference, incident date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of %1: %2 PPNs within %3 months escalate; %4 listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run of %1: nothing was written.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 as batch %2.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New PPNs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matched children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagged: %1 high risk, %2 outside the age band, %3 with no known setting.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo an import batch as a whole: its PPNs and the children it created are archived. Refused once anything depends on them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import undo: give one batch id, e.g. &quot;encompass-cli import undo 3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 undone: %2 PPNs and %3 children archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the police daily spreadsheet (CSV or .xlsx). Exit status: 0 every row taken, 1 some rows rejected, 2 the file could not be read (nothing written). &quot;import undo BATCH&quot; undoes a batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV or .xlsx file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this saved column mapping (default: the one saved for the file&apos;s header row, else a guess).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the column mapping used under this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date the file was received (default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook sheet to read (default the first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what would be imported; write nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: give one file to import. See &quot;encompass-cli import --help&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accept or dismiss (none to list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link the row to this child on the tracker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>child id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new child from the row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List resolved items too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child in file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review queue is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review: give an action and an item id, e.g. &quot;review accept 4 --new&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review item %1 dismissed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review: &quot;%1&quot; is not an action: use accept or dismiss.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review accept: give either --link CHILD_ID or --new.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review accept: --link needs a child id (a number).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review item %1: linked to child %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review item %1: new child %2 made and linked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the tracker database, or upgrade it to this version&apos;s schema (a copy is kept before an upgrade).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy before upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the database: integrity (every page and index), schema version and the number of rows in each table. Exit status 1 when problems are found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 problems found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has integrity problems: restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 file written and logged.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 files written and logged.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
No letter for %1 children:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  child %1: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--password-file: cannot read &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--password-file: &quot;%1&quot; is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every child on a PPN received on this date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every child heard at this meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One child.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every child whose proforma is overdue (for --kind proforma-chase).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder the files are written into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document: %1 (default notification).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pdf, odt or eml (an e-mail draft with the PDF attached); default pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One letter per child instead of one per setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protect the PDFs with the password in this file (AES-256). It is not stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date the letters carry (default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>letters: give one of --received DATE, --meeting ID, --child ID or --overdue-proformas. See &quot;encompass-cli letters --help&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>letters: --out FOLDER is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>letters: --out &quot;%1&quot; is not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>letters: --kind &quot;%1&quot; is not a kind: use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>letters: --format &quot;%1&quot; is not a format: use pdf, odt or eml.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>letters: --password-file applies to pdf and eml, not odt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the children with no known setting; &quot;no-setting export FILE&quot; writes the list (.csv or .xlsx) to be filled in, &quot;no-setting import FILE&quot; reads the filled list back and sets each child&apos;s setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only children in this area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every child has a known setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no-setting: use &quot;no-setting export FILE&quot; or &quot;no-setting import FILE&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 children written to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 children&apos;s settings set; %2 rows left blank.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1, %2: %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encompass Tracker report: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The planning report for a period: PPNs per month, by area and setting, repeat PPNs, escalations, triage outcomes, proformas, notification timeliness, meetings and attendance. Prints the tables, and exports them to Excel, PDF or CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day of the period, yyyy-mm-dd or dd/mm/yyyy (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day of the period, yyyy-mm-dd or dd/mm/yyyy (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also write the report to this Excel file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also write the report to this PDF file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also write the report to this CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Areas and settings listed (default 20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show counts of 1 to 4 as &quot;&lt;5&quot; (and hide figures that could reveal them), for sharing outside the office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report: give --%1. See &quot;encompass-cli report --help&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the regular meetings from a date, with the bank holidays (England and Wales) that cancel them. The meeting days and times are the office&apos;s settings in the database; when the database file does not exist the default schedule is shown (Monday, Wednesday and Friday 11:00-12:00, tracking review on Friday).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day, yyyy-mm-dd or dd/mm/yyyy (default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many weeks to show (default 2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>triage + tracking review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>triage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meetings from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(No database at %1: the default schedule is shown.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up the database (to a file, encrypted, or rotated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the database from a checked backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the audit trail (verify) or list its entries (list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List users&apos; roles or give a user a role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review records due under the retention rules; hold, anonymise or delete them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export one child&apos;s record (JSON and PDF), others redacted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the audit trail&apos;s hash chain from the first entry to the last. Exit status 1 names the first entry that was changed or removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The audit trail is intact: %n entries checked.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the audit trail is broken at entry %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List audit entries, newest first, filtered by child, user and date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only entries about this child.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only entries by this user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only entries on or after this date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only entries on or before this date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show at most N entries (default 100; 0 shows all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to (%1) is before --from (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>List the users given a role. Anyone not listed is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone not listed is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give USER a role: %1. Administrators only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role set needs a user name and a role, e.g. &quot;role set jsmith chair&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a role: use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give --child ID (the number from &quot;children&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the children&apos;s records due for review under the retention rules (date of birth + N years; last activity + N years).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day to review on (default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n records due for review (rules: %1 years after birth, %2 years after the last activity).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Put a child&apos;s record on legal hold (or lift it with --off): a held record cannot be anonymised or deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymise a record due for review: names, day and month of birth, addresses and free text go; the counts stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete a record due for review, with its decisions, actions and the PPNs that name no other child. Needs --confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift the hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, delete the record for good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retention delete removes the record for good: add --confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child %1 is on legal hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The legal hold on child %1 is lifted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child %1 is anonymised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child %1 is deleted, with %2 decisions, %3 actions and %4 PPNs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: encompass-cli %1 %2 [options]; see &quot;encompass-cli %1 %3 --help&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown %1 command &quot;%2&quot;: use %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export one child&apos;s whole record (JSON and PDF) for a subject access request, other people&apos;s details redacted. Audited as an export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder to write into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subject-access: give --out FOLDER.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the passphrase file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase file %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A passphrase is needed: give --passphrase-file FILE, or run on a terminal to type it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase again: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the passphrase from the first line of this file (else it is asked for on the terminal). The passphrase is never stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the backup to this file (it must not exist).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt the backup with a passphrase (argon2id, XChaCha20-Poly1305).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write today&apos;s backup into the backup folder (unless there is one of today) and delete those the rotation no longer keeps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the backup folder used by the tracker and --rotate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup: --encrypt goes with --out FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup: %1 already exists; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase must be at least %1 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups will be written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup: no backup folder is set. Set one with &quot;encompass-cli backup --set-folder FOLDER&quot; or give --folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s backup is already in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted by the rotation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the backup %1: the folder does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was written to %1 but could not be logged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted backup written to %1 (%2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written to %1 (%2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the database with a backup (plain or encrypted) after checking it: it must be an Encompass Tracker database, pass integrity_check and not come from a newer version. The current file is kept beside it as &lt;file&gt;.before-restore-&lt;time&gt;. Close the tracker on every desk first. Exit status: 0 restored, 2 bad usage or a backup that cannot be restored (nothing changed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore: give one backup file. See &quot;encompass-cli restore --help&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot restore to %1: the folder does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was restored but the restore could not be logged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1 from %2 (%3 children).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The previous file is kept at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>letters: the folder &quot;%1&quot; does not exist: create it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import is saved; copying it into the database file will be retried later (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark a meeting cancelled; its items go to the next one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Run &quot;encompass-cli COMMAND --help&quot; for the options of one command.
Exit status: 0 done, 1 the command found problems, 2 bad usage or a database that cannot be used, 3 the database is busy (another program is using it).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only: it was opened for reading only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: encompass-cli --db NEW-FILE.sqlite init</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the meeting of %1 was cancelled (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (a %2) is not a meeting day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a meeting day (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the next meeting is on %2 %3. Give --ad-hoc for an ad-hoc meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Give --ad-hoc for an ad-hoc meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build the agenda even when the date is not a meeting day (an ad-hoc meeting).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda for %1 (previous meeting %2; PPNs not yet heard are listed whenever they came in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the meeting on a date cancelled, with the reason. Nothing on its agenda is lost: the PPNs not yet heard, and the items deferred or added to it, are on the next meeting&apos;s agenda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting date, yyyy-mm-dd or dd/mm/yyyy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it is cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the meeting&apos;s date with --date DATE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason the meeting is cancelled with --reason TEXT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting %1 of %2 cancelled (%3). Its items go to the next meeting%4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the rationales as recorded even where they name a child in full (by default such names are written as initials, with a warning).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: the rationale of the decision for child %1 names %2 in full; %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>written as recorded (--keep-names)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the minutes give the initials %1 instead (the stored rationale is unchanged; --keep-names writes it as recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a consistent copy of the database, even while the tracker is open. --out FILE writes one copy (with --encrypt, sealed with a passphrase for storage off the machine); --rotate writes today&apos;s backup into the backup folder and keeps every backup of the last 7 days, then one a week for 4 weeks and one a month for 12 months; --now writes one there at once, as Back Up Now does (named with the time: several in a day are all kept). Exit status: 0 written, 1 the backup could not be written, 2 bad usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a backup into the backup folder now, even when there is one of today (named with the time, so none is replaced), then rotate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --rotate or --now: use this folder instead of the one set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup: give one of --out FILE, --rotate, --now or --set-folder FOLDER. See &quot;encompass-cli backup --help&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read sheet &quot;%1&quot;, chosen by its contents (it holds the police data).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read sheet &quot;%1&quot;.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headings found on row %1 (the rows above were skipped).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could also be</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your --map choices over </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a guess from the headings and contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the saved profile &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%2: headings on row %3; mapping from %4%5.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, sheet &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsure: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required but not found: %1. Choose with --map FIELD=COLUMN.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read FIELD from COLUMN (its heading or letter, e.g. incident_date=&quot;Date/Time of Incident&quot; or dob=F); repeat for more fields. &quot;FIELD=&quot; leaves it unread. Fields: see --show-mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FIELD=COLUMN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row that holds the headings, as the spreadsheet numbers it (default: found, past titles and banners).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print which column each field would be read from, and the columns that could be the ones not found; import nothing. Exit 1 when a required field has no column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: --header-row takes a row number from 1, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write letters to settings (one per setting, or per child) from the office&apos;s templates, showing only the proportionate fields, and log each file in the disclosure log. Exit status: 0 done; 1 some children got no letter, the letters could not be written (then nothing is written or logged), or letters of this kind were already sent to these settings about these children (give --again to send them a second time); 2 bad usage; 3 another program is using the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write and log the letters even when the disclosure log shows they were already sent (since the PPN was received, or today for a child without one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>letters: refused: %1 Nothing was written. Give --again to write and log them a second time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proformas: list, request, return, review, chase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record liaison, feedback or closing of an escalation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the office&apos;s options or change them (administrators).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the chair&apos;s liaison with the social worker or MASH about a child&apos;s open escalation: when, with whom and what was agreed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the feedback given to the group at the meeting on a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close a child&apos;s open escalation with the reason: the child leaves the agenda until the rule triggers again on a new PPN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date, yyyy-mm-dd or dd/mm/yyyy (default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who the chair liaised with (the social worker or MASH).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was agreed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feedback given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liaison of %1 recorded on the escalation of child %2 (triggered on %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback of %1 recorded on the escalation of child %2 (triggered on %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation of child %2 (triggered on %3) closed on %1: off the next agenda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the escalations not closed (those on the agenda).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To confirm, on the tracker at a new PPN&apos;s home address but not named on it: %1 (&quot;review accept ID&quot; links one to its PPN as present).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (child %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the import review queue, or resolve an item: &quot;review accept ID --link CHILD_ID&quot;, &quot;review accept ID --new&quot;, &quot;review dismiss ID&quot;; a child missed off a PPN at its address: &quot;review accept ID&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>age %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review item %1: child %2 linked to PPN %3 as present.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
No letter for 1 child:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the office&apos;s options: key, value, default and what each means.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change one with &quot;encompass-cli options set KEY VALUE&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>options set needs a key and a value, e.g. &quot;options set quorum.percent 75&quot; (&quot;options list&quot; lists the keys).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no option &quot;%1&quot;: &quot;options list&quot; lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed: the options already had those values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is now %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>awaited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the proformas asked of settings: awaited, overdue, returned to review, reviewed. One is overdue when not back within the office&apos;s working days of the request (option proforma.due_working_days, default 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only those overdue, to chase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day to judge overdue on (default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proformas: %1; overdue on %2: %3 (due back %4 working days after the request).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child (the number from &quot;children&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day (yyyy-mm-dd or dd/mm/yyyy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day (default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give --on DATE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that a proforma was asked of the child&apos;s setting; it is due back the office&apos;s working days later. Then write the request letter with &quot;letters --child ID --kind proforma-request&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask this setting instead of the child&apos;s own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proforma %1 requested for %2 on %3, due back %4. Write the request letter: encompass-cli letters --child %5 --kind proforma-request --out FOLDER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (id %2) has no proforma awaited: request one first (&quot;proforma request&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the child&apos;s proforma as returned by the setting, with a summary and the voice of the child.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the setting said (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The voice of the child: what the child said or showed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proforma %1 for %2 returned on %3: on the next tracking review&apos;s agenda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the tracking review&apos;s decision on the child&apos;s returned proforma (the chair, at the Friday meeting).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the meeting decided (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (id %2) has no returned proforma waiting for review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proforma %1 for %2 reviewed on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that the setting was chased for the child&apos;s overdue proforma (a reminder letter written with &quot;letters --overdue-proformas --kind proforma-chase&quot; is recorded by itself).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proforma %1 for %2 chased on %3 (chases so far: %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that a child no longer attends their setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add or list what partner agencies know of a child.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ad-hoc meetings, apologies in advance, chair and notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the settings directory or import it from a spreadsheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that the child&apos;s setting said the child no longer attends (the notification went to the wrong setting): the child&apos;s setting is cleared, the child is back on the no-known-setting list (&quot;no-setting&quot;) and the latest letter to that setting is marked misdirected in the disclosure log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the setting said so (yyyy-mm-dd or dd/mm/yyyy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who at the setting said so (e.g. the DSL&apos;s name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give --%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (child %2) no longer attends %3 (told on %4 by %5): setting cleared, on the no-known-setting list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter of %1 to %2 is marked misdirected in the disclosure log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No letter about the child had gone to %1: nothing to mark misdirected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of %1: %2 PPNs within %3 months escalate (missing-child notifications not counted); %4 listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 child left out by --risk, --type or --presence.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 children left out by --risk, --type or --presence.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>letters: --%1 &quot;%2&quot; is not one of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>letters: --risk high writes letters about high-risk PPNs: give --include-high-risk as well (Operation Encompass is not the route for high risk: make sure the MASH/Marac referral is made).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only PPNs of these DASH risks, comma-separated: %1 (default any).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only PPNs of these types, comma-separated: %1 (default any).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only children with this presence at the incident, comma-separated: %1 (resident: lives there, not present; default any).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>presences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write notification (and record of referral) letters about high-risk PPNs too. Without it they are skipped and listed: Operation Encompass is not the route for high risk, the MASH/Marac referral is. Proforma letters go whatever the risk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting&apos;s date, yyyy-mm-dd or dd/mm/yyyy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the meeting&apos;s date with --on DATE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an ad-hoc meeting on a date (refused when a meeting is held or due that day: use that one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start time, HH:mm (default the office&apos;s start).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End time, HH:mm (default the office&apos;s end).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a time: write it as HH:mm, e.g. 14:30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ad-hoc meeting %1 on %2, %3 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a member&apos;s apologies for a meeting before the day: the meeting&apos;s attendance starts from them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the member with --member ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apologies of %1 recorded for the meeting of %2 (meeting %3). Apologies so far from %4 of the %5 members expected; the quorum needs %6 of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record who chairs a meeting and who is deputy chair (0: none). An option left out keeps what is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chair&apos;s member id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deputy chair&apos;s member id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the chair with --chair ID, the deputy chair with --deputy ID, or both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting of %1 (meeting %2): chair %3, deputy chair %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the notes of a meeting (written in its minutes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the notes with --text TEXT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes of the meeting of %1 (meeting %2) saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a recorded meeting: chair, deputy chair, attendance, quorum and notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meeting is recorded on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting %1 on %2, %3 to %4%5
Chair: %6
Deputy chair: %7
%8
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (closed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (id %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deputy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:
%1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add what a partner agency (police, health visiting, social care, housing...) knows of a child, for the meeting: shown on the operator&apos;s screen, never on the projector in privacy mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who at the agency (optional).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When they knew it (default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner&apos;s information %1 added for child %2 (%3, %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List what partner agencies know of a child, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners&apos; information for child %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headings on row %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not read: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  new      row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  new      row %1: %2 (URN %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; -&gt; &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  changed  row %1: %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the settings directory: name, type, URN, area, DSL and deputy contacts, phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include archived settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DSL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DSL email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deputy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deputy email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the settings directory from a CSV or .xlsx file: the office&apos;s own list or the national register&apos;s export (URN, EstablishmentName, ...). Each row is matched to a setting by URN, else by name (case, spaces and punctuation ignored); blank cells leave what the directory holds. A file with any bad row changes nothing. Exit status: 0 imported (or would be, with --dry-run), 1 the file has errors, 2 it could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what would be new and changed; write nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>settings import: give one file to import. See &quot;encompass-cli settings import --help&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: correct the file and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change options: KEY VALUE, and more pairs after. Administrators only; all change or none, each audited. Days as names (mon,wed,fri), yes/no, times as HH:MM, a day&apos;s own hours as &quot;Fri 10:00-12:30&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ad-hoc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 (child %2): %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking every page of %1 (%2 MB): this can take some minutes...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked here: the server keeps its own pages (its administrator checks them with pg_amcheck)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the library of its commands cannot be loaded (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PostgreSQL server: move a tracker&apos;s file onto it (import-from), set up its roles (roles).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logins not listed have no role and cannot open the tracker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move an office&apos;s tracker (its .sqlite file, or a backup of it) onto the server database given with --db, which must be empty (as the IT department made it, or given the tables by init and nothing recorded since). Every record keeps its number and the audit trail its chain; the rows of each table are counted in the file and on the server. The file itself is only read (a copy of it), never changed. Close the tracker on every desk first. Exit status: 0 moved, 1 the move failed (the server keeps nothing of it), 2 bad usage, a file or a server database that cannot take part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server import-from: give one tracker file. See &quot;encompass-cli server import-from --help&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server import-from: give the server&apos;s database with --db postgresql://user@host/database (or host=... dbname=...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying rows: %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved %1 onto %2 in %3 s; every table&apos;s rows counted on both sides:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail: %1 entries, the chain verifies on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail: the chain does not verify (entry %1: %2), as in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles in the file: %1. On a server a person&apos;s role is their PostgreSQL login&apos;s group role: the IT department gives each login its role there (see docs/IT-SETUP.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up the tracker&apos;s roles on a PostgreSQL server: a group role for each (encompass_administrator, encompass_business_support, encompass_chair, encompass_coordinator, encompass_read_only) with its rights on the tracker&apos;s tables, an insert-only audit trail, and the announcement of changes to the other desks. Needs a login that owns the tracker&apos;s tables and may create roles (a superuser). With --sql, prints the same as SQL for the IT department to run with psql.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the SQL (for psql, run by a superuser in the tracker&apos;s database after init) instead of running it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --sql: the schema holding the tracker&apos;s tables (public when not given).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server roles: %1 is a file; roles on a file are given with role set.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::demo</name>
    <message>
        <source>Notification %1 for this child. The setting reports the child is settled and well supported; information shared, no further action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification %1. Partners hold no further concerns; record for information only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification %1. Needs can be met by universal services; parent signposted to local support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification %1. Setting asked to complete a proforma so the group hears how the child presents day to day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification %1. Proforma to setting to gather the child&apos;s voice and any changes noticed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification %1. Emerging needs across the family; an Early Help Assessment will be offered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification %1. Parental conflict below the threshold of abuse; Reducing Parental Conflict offer agreed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification %1. Family would benefit from parenting support at the Family Hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification %1. Adult victim to be offered specialist domestic abuse support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification %1. Young child; health visitor to follow up at the next contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification %1. Child already open to children&apos;s social care; allocated worker to be informed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification %1. Concerns are rising; chair to refer to MASH after discussion with partners.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification %1. High risk incident: Marac referral; Operation Encompass is not the route for high risk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share notification with the setting&apos;s DSL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signpost parent to universal services and local support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send proforma to setting and track its return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer Early Help Assessment to parent and record the response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send Reducing Parental Conflict offer to parents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refer family to the Family Hub for parenting support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refer adult victim to the specialist domestic abuse service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health visitor to make a targeted contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inform the allocated social worker of the notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit a referral to MASH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete the Marac referral and inform MASH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check health records and update the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child is settled and attends regularly; no changes noticed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child has seemed tired and withdrawn on some mornings; key person keeping a closer eye.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance has dropped this month; setting has spoken with the parent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child is happy and playing well with friends; parent shared the incident with staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some unsettled behaviour at drop-off; setting is using a calm transition routine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;I like playing in the sand with my friends.&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child drew a picture of their family and talked about the dog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;Mummy was sad.&quot; Child then went back to play.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child too young to share views; key person observed a warm bond with parent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;I don&apos;t like it when it&apos;s loud at home.&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outcome list has no &quot;%1&quot; entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flat %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Day Nursery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Nursery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (childminder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Primary School Nursery Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Pre-school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Health Visiting Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold for statutory intervention not met; Early Help support continues.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The allocated social worker will consider the notifications in the child&apos;s plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strategy discussion held; family offered an Early Help Assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MASH reviewed the notifications and took no further action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chair fed back the liaison: the group will keep the family under review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chair fed back: the setting will report any new concerns to the group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chair fed back: the parent accepted the Early Help Assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liaison complete; no further escalation needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family supported through the Early Help Assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open to social care; the allocated worker leads.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::demo::BulkWrite</name>
    <message>
        <source>The demo data could not be prepared: %1 (in: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo data could not be written: %1 (in: %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::demo::Statement</name>
    <message>
        <source>The demo data could not be prepared: %1 (in: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo data could not be written: %1 (in: %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::ui</name>
    <message>
        <source>Reload shows the record as it is now; what you typed here is not kept. Keep editing leaves your typing on screen so that you can copy it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed on another desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full: free some space or choose another drive.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::ui::ActionDialog</name>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::ui::ActionsModel</name>
    <message>
        <source>Completed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue by 1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue by %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::ui::ActionsPage</name>
    <message>
        <source>Show actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due in the next 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed in the last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Complete selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot complete the action</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::ui::AdHocMeetingDialog</name>
    <message>
        <source>Ad-hoc meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A meeting outside the schedule, on any date. A day that already has a meeting keeps that one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting must end after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::ui::AddChildDialog</name>
    <message>
        <source>Add a child to the agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surname and forename, in either order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to the agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find the child:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of the surname, the forename or both (&quot;smi jo&quot; or &quot;jo smi&quot;); a postcode or police reference also finds the child.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No child matches &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first %1 matches: type more of the name to narrow them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches: %1. Enter adds the highlighted child.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::ui::AgendaFilterBar</name>
    <message>
        <source>Show one section of the agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the children of one area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a name, child id or police reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items shown of the whole agenda</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::ui::AgendaItemDelegate</name>
    <message>
        <source>ESCALATION</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::ui::AgendaListModel</name>
    <message>
        <source>[heard] </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[deferred] </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, continued (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> – all done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> – %1 still to hear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(id %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>household %1 (%2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>household %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · outside the filter: the item in hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · ESCALATION</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::ui::ApologiesDialog</name>
    <message>
        <source>Apologies in advance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record apologies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apologies recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a member&apos;s apologies for the meeting of %1, sent before the day. The meeting&apos;s attendance will start from them (its quorum counts them as not attending).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::ui::AttendancePanel</name>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deputy&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[not expected]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apologies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deputy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the deputy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No police member has attended a meeting in the last calendar month: invite the police representative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys in the list: P present, A apologies, X absent (each goes on to the next member), D deputy (type the name, then Enter). Up and Down move. Ctrl+Z: undo.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::ui::AuditModel</name>
    <message>
        <source>Before: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::ui::AuditPage</name>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check the chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recompute every entry&apos;s hash to show whether any entry was changed or removed after it was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Child:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain intact: %1 entries checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain broken at entry %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any child: type a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the entries of every child whose name matches, as you type (either order, accents and case ignored).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no child matches &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for the first %1 children matching &quot;%2&quot;: type more of the name to narrow it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for the %1 children matching &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::ui::BackupController</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from Backup...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back&amp;ups...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup folder is set: choose one in File &gt; Backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup not made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s backup was written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database on a network drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back Up Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder for the backups first (a network drive is a good place; the database itself should stay on this computer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up the database...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Encrypted Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted backups (*.encbackup)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a passphrase for this backup. It is needed to restore it and is not stored anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted backup written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups (*.sqlite *.encbackup);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is encrypted. Type its passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown number of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the tracker&apos;s data with the backup %1 (%2 children, written %3)?

Everything entered since that backup will no longer be shown; the current file is kept beside the database. Close the tracker on every other desk first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored from %1; the previous file is kept at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export E&amp;ncrypted Backup...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypting the backup...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::ui::BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup &amp;folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last backup:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none in this folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder can be written to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tracker writes a backup into this folder the first time it is opened each day. It keeps every backup of the last 7 days (Back Up Now adds one each time, named with the time), then one a week for 4 weeks and one a month for 12 months. A network drive is a good place for them; keep the database itself on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::ui::ChairPicker</name>
    <message>
        <source>Who chairs this meeting: written in the minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deputy chair at this meeting: written in the minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chair:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deputy chair:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::ui::ChildDialog</name>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open to children&apos;s social care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local case reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. EHM or Mosaic id (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocated social worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in a setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home educated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Surname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of &amp;birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home &amp;address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;rea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;tting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Case reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social &amp;worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reloaded: this is the record as it is now. Make your change again and save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The setting is &amp;out of area</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::ui::ChildRecordPage</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;PPN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New PPN for this child (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Complete action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Green off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit household...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add sibling...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household and siblings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Story (newest first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born %1 (age %2)%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  |  ARCHIVED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greened off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in a setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home educated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open (worker: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, born %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No siblings recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved, with a warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in a household yet: add a sibling to start one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add a sibling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PPN saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot complete the action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot green off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive this child?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive %1? The child leaves the tracker; the record is kept and can be restored with Undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;udit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who opened, changed or exported this child&apos;s record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subject access...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export this child&apos;s whole record (PDF and JSON), other people&apos;s details redacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the subject access export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written:
%1
%2

Check the notes before sending: other children are named nowhere, but free text may mention other people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the police named &quot;%1&quot;: not in the settings directory)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Misdirected: no longer attends...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The setting says the child no longer attends: clear the setting, list the child as having no known setting and mark the letter to the setting misdirected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (out of area)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no longer attends %1, said on %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::ui::ChildTableModel</name>
    <message>
        <source>Escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside age band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greened off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open: 1 action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open: %1 actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PPNs with an incident in the last %1 months (the escalation window)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PPNs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PPNs, %1 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next action due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PPNs with an incident in the last %1 months (the escalation window; missing-child notifications not counted)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::ui::ConnectionWatch</name>
    <message>
        <source>The connection to the database server was lost: reconnecting... Nothing can be saved until it is back; what you typed is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database server cannot be reached: reconnecting by itself. Nothing can be saved until it is back; what you typed is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to the database server again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::ui::DateField</name>
    <message>
        <source>dd/mm/yyyy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::ui::DecisionDialog</name>
    <message>
        <source>Decision date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a triage decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this decision (record decisions not to act, too)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rationale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided &amp;by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::ui::DirectoryPage</name>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::ui::Editor</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add PPN %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add action &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Green off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add setting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit setting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add member %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit member %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reorder the agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defer an agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change an agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a child to the agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liaison with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback on an escalation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close an escalation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request proforma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proforma returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review proforma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chase proforma</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Import %n setting(s) from %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Change the chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the meeting&apos;s notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit an agenda item&apos;s notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer attends the setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner&apos;s information from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change partner&apos;s information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive partner&apos;s information</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::ui::EscalationDialog</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a liaison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chair&apos;s liaison about the escalation triggered on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liaised with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MASH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social worker %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;With</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback to the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the chair told the meeting about the escalation triggered on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the escalation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing the escalation triggered on %1 takes the child off the agenda until the rule triggers again on a new PPN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::ui::EscalationSection</name>
    <message>
        <source>Escalation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;liaison...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed&amp;back...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close escalat&amp;ion...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chair&apos;s liaison with the social worker or MASH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the chair fed back to the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close it: the child leaves the agenda until the rule triggers again on a new PPN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: triggered on %2 by %3 PPNs (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liaison %1 with %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 escalations in all; the child&apos;s story lists each.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::ui::HouseholdDialog</name>
    <message>
        <source>Edit household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;rea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reloaded: this is the household as it is now. Make your change again and save.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::ui::IdleLock</name>
    <message>
        <source>Encompass Tracker is locked because it was left idle.
The records are hidden until you unlock it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encompass Tracker (locked)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::ui::ImportBatchesModel</name>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New PPNs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::ui::ImportPage</name>
    <message>
        <source>&amp;Import a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No &amp;known setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review queue (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::ui::ImportRowsModel</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::ui::ImportWizard</name>
    <message>
        <source>New PPNs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matched children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already on the tracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High risk (flagged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside the age band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No known setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop, or leave this import with nothing written (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose a file...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the police daily spreadsheet (CSV or Excel .xlsx): choose the file, or drop it on the window. Nothing is written until you have seen what the import will do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past imports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo import...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw the selected import as a whole, while nothing recorded since depends on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first rows of the file, with the field of each column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: a name, e.g. the force&apos;s daily sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;heck the rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date &amp;received:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the mapping &amp;as profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what each column holds (the first row of the table); the rows under it are the start of the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each row of the file and what the import does with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ommit the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back to the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the police spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the rows...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the import...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tracker changed since the rows were checked (another desk saved): nothing was written. Check the rows again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import of %1 cancelled: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 imported (batch %2): %3 new PPNs, %4 new children, %5 matched, %6 for review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved profile matches this heading row: the columns were recognised from their headings. Check them, and save the mapping as a profile to have it chosen next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved profile &quot;%1&quot; was chosen for this heading row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field of column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the column for: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is written yet. Commit writes it all in one go; Cancel leaves the tracker as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the import to undo in the list of past imports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import of %1 was already undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the import of %1 (batch %2)? Its PPNs and the children it made are withdrawn from the tracker (kept in the history).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import of %1 undone: %2 PPNs and %3 children withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: 1 row under the headings on row %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 rows under the headings on row %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import of %1 cannot be undone: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the address, not named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the tracker at a PPN&apos;s home address but not named on it: %1 (confirm them in the Review queue).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::ui::IntegrityWatch</name>
    <message>
        <source>Database damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from Backup...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database&apos;s background check did not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup folder is set in this tracker: look for the last backup (encompass-&lt;date&gt;.sqlite) where your office keeps them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no backup in %1 yet: ask your IT support about the computer&apos;s own backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One backup in %1, from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 backups in %2; the newest is from %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database (%1) is damaged. SQLite&apos;s check found: %2
Stop entering records and restore it from a backup (File &gt; Restore from Backup).
%3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::ui::LetterFilterControls</name>
    <message>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include &amp;high-risk PPNs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation Encompass is not the route for high risk: the MASH/Marac referral is. Tick only when a letter to the setting is wanted too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domestic abuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Witnessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident, not present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Risk:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;sence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child&apos;s presence at the incident, as the PPN gives it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one risk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one type of PPN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one presence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A proforma&apos;s letters follow the meeting&apos;s decision: they go whatever the risk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A high-risk PPN&apos;s letter is written only when ticked: Operation Encompass is not the route for high risk (MASH/Marac). Those held back are listed when the letters are written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No high-risk PPN among these children. A high-risk PPN&apos;s letter is written only when ticked: Operation Encompass is not the route for high risk (MASH/Marac).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PPN %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 PPNs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High risk: %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High risk, %1 children: %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation Encompass is not the route for high risk: make sure the MASH/Marac referral is made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticked: their letters will be written too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their letters are written only when &quot;Include high-risk PPNs&quot; is ticked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::ui::LettersPage</name>
    <message>
        <source>Date received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children on PPNs received on a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children heard at a meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children whose proforma is overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due before today, not returned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenDocument text (.odt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail draft to the DSL with the PDF (.eml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: protects the PDFs; it is not kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Children:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No children to write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing letters...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 (%2; children: %3)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
No letter for %1 children:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>child %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped before the end: no letter was written and nothing was logged.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters already sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Write these letters again, and log them as sent a second time?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written: these letters were sent already.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;ne letter per child (instead of one per setting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
No letter for 1 child:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No letter to write: the risk, type and presence ticks leave out every child chosen (%n children).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>1 file written and logged in the disclosure log.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 files written and logged in the disclosure log.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n children left out by the risk, type and presence ticks.
</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>
Files:
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::ui::MainWindow</name>
    <message>
        <source>Encompass Tracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is coming in a later release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (coming)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;PPN...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;child...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export list to CSV...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the tracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not undo or redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was upgraded; the file as it was is kept at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An empty tracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This tracker has no children yet.

Add demo data (300 synthetic children, invented names) to try the application? Choose No to start with an empty tracker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating demo data...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PPN saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 children  |  %2 PPNs  |  %3 escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retention review...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Idle lock...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide every record after this many minutes with no keyboard or mouse use (1 to 120), for everyone using this tracker:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup was made before the upgrade: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters stopped before they were finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Office options...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;settings...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Database...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 - Encompass Tracker</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::ui::MeetingsPage</name>
    <message>
        <source>&amp;Close meeting and write minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Presenter screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Defer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carries the item over to the next meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision (operator&apos;s screen only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triage and tracking review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held: minutes written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ad-hoc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting of %1, %2 to %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (closed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added by the chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the meeting of %1 and write the minutes and action log?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes and action log written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent and coming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far back the list goes: past meetings keep their minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the minutes and action log of the chosen held meeting again, as PDF and .odt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show names on the projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes and action log written: %1, in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>... and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the next meeting, on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the next meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 item was not reached; it goes to %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 items were not reached; they go to %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (in the decision for child id %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names in the rationale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rationale names a child in full:
%1

Write initials instead in the minutes? The rationale as recorded is not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write initials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write as recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write minutes a&amp;gain...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open meet&amp;ing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mar&amp;k meeting cancelled...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marks the chosen meeting cancelled, with a reason: its items go to the next meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move dow&amp;n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add chi&amp;ld...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows or hides the list of meetings beside the open meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is the meeting of %1 cancelled?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (cancelled: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (id %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was recorded: no agenda item is chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was recorded: the form is for %1 but the agenda shows %2. Choose the item again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was recorded: the projector shows another household than %1. Choose the item again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This meeting is closed: add the child to the next meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already on this agenda (%2): the agenda shows them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the children&apos;s full names, dates of birth, addresses and what partner agencies know on the projector, to everyone in the room?

This is asked once per meeting and written to the audit trail. The minutes are not affected: they name children as the office has chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes typed were not saved (see the message under them): the meeting stays open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes on the item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your notes on the previous item were not saved (another desk changed them). Copy them from here:

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item notes (never projected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the partners said, typed as they speak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything for the record of the whole meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apologies in advance...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ad-hoc meeting on a da&amp;y...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A meeting outside the schedule, on a date you choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records a member&apos;s apologies for the chosen meeting before the day: its attendance starts from them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes on the agenda item chosen: on this screen and in the minutes, never on the projector. Saved as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes on the whole meeting, in its minutes. Saved as you type.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::ui::MemberDialog</name>
    <message>
        <source>A&amp;ctive member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Early Help coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose or type a new agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;gency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ttends:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit member: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency is &amp;police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency is police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick when the agency above is a police force: the meeting warns when no police member has attended for a month</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::ui::MembersModel</name>
    <message>
        <source>Monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (police)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No (inactive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive: not expected at meetings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::ui::MembersPage</name>
    <message>
        <source>Show &amp;inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name, role or agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show inactive members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a member (Ins)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected member (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the members: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactivate member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the selected member active again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate the selected member (Delete); it can be undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate %1?

They will no longer be expected at meetings. Past meetings keep their attendance. You can undo this with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 member shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 members shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reloaded: this is the member as it is now. Make your change again and save.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::ui::NameOnlyIconProvider</name>
    <message>
        <source>Drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::ui::NoLongerAttendsDialog</name>
    <message>
        <source>Date told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer attends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer attends %2, the setting says: the notification went to the wrong setting.

Saving clears the child&apos;s setting, puts the child on the no-known-setting list and marks the latest letter to %2 misdirected in the disclosure log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Told by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who at the setting said so (e.g. the DSL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Told on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Told &amp;by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::ui::NoSettingPanel</name>
    <message>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;CSV...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Excel (.xlsx)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import the filled sheet...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children whose school or setting is not known. Export the list for children&apos;s services to fill in the Setting column (a name, a URN, &quot;not in setting&quot;, &quot;home educated&quot; or &quot;out of area&quot;), then import the filled sheet back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no-known-setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no-known-setting-%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the no known setting list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written to %1. Children listed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the filled no known setting list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings set: %1. Rows left blank: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::ui::NotesBox</name>
    <message>
        <source>Not saved: %1 Your text is still here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::ui::OfficeOptionsDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator can change the office&apos;s options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None; e.g. Fri 10:00-12:30</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::ui::OpenDatabaseDialog</name>
    <message>
        <source>A &amp;file on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office&apos;s database on a &amp;server (PostgreSQL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>postgresql://user@host/database  or  host=... dbname=...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only if the server asks for one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IT department gives the address. The password is used to connect and is never stored; with Windows sign-in (Kerberos) leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a tracker file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracker databases (*.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the tracker&apos;s file, or a server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the server&apos;s address as postgresql://user@host/database or as host=... dbname=... (the IT department gives it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is a server&apos;s address: choose &quot;The office&apos;s database on a server&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::ui::PartnerBox</name>
    <message>
        <source>What partners know (not on the projector in privacy mode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and %1 more: see the child&apos;s record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::ui::PartnerDialog</name>
    <message>
        <source>Date known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change partner&apos;s information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner&apos;s information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: what a partner agency knows, for the meeting. The operator&apos;s screen shows it; the projector never does in privacy mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an agency or type one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health visiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children&apos;s social care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Housing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who at the agency (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the agency knows of the child and family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;gency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Known on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Information</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::ui::PartnerSection</name>
    <message>
        <source>What partners know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add what a partner kno&amp;ws...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change entr&amp;y...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;rchive entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a partner agency (police, health visiting, social care, housing...) knows, before the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the selected entry off the record and the meeting (Undo brings it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot archive the partner&apos;s information</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::ui::PassphraseDialog</name>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use at least %1 characters; a few words are easier to remember.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the same passphrase twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the passphrase safe: without it the backup cannot be restored. It is not stored anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::ui::PpnDialog</name>
    <message>
        <source>Incident date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New PPN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. NICHE occurrence number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hh:mm (24-hour)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domestic abuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DASH risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crime or non-crime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-crime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children linked to this PPN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find another child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add another child: type a name and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police &amp;reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Incident date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident &amp;time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ype</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DASH ris&amp;k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Crime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident &amp;address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Home address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children (the household is ticked; untick any not involved):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presence of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Witnessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident, not present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2, born %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident time %1 is not a time: use hh:mm, 24-hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date recei&amp;ved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No child on the tracker matches &quot;%1&quot;. Check the spelling, or add the child first (Ctrl+Shift+N).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::ui::PresenterWindow</name>
    <message>
        <source>Encompass meeting: presenter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, born %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ESCALATION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 PPN in the last 3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 PPNs in the last 3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 PPN in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 PPNs in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open action: %1 (%2, due %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No household to present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agenda is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy mode: initials and ages only. Press P to show names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On this item %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 minute left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 minutes left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, continued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2: Right or Page Down for the rest of this household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2: Right for the next household, Left to go back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::ui::ProformaBox</name>
    <message>
        <source>Record this decision as the proforma&apos;s re&amp;view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;quest the proforma from the setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proforma returned %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice of the child: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proforma requested on %1, due back %2: not returned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chases: %1, the last on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not chased yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A proforma requested on %1 is still awaited: no new request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proforma&apos;s review was not recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proforma reviewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No proforma was requested: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proforma requested, due back %1: write the request letter on the Letters page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::ui::ProformaDialog</name>
    <message>
        <source>Date returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the setting said about the child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the tracking review decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proforma returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: proforma requested on %2, due back %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice of the child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the child said, showed or would want us to know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Returned on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;mmary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Voice of the child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review proforma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: proforma returned on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice of the child: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reviewed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decision</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::ui::ProformaSection</name>
    <message>
        <source>Proformas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;quest proforma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proforma retur&amp;ned...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;view proforma...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hase proforma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that the child&apos;s setting was asked for a proforma today; write the request letter on the Letters page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The setting sent the proforma back: its summary and the voice of the child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the tracking review decided on the returned proforma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that the setting was chased today for the overdue proforma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, chases: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No proforma has been requested for this child.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last chased %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice of the child: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No request letter written yet (Letters page: Proforma request).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proforma requested, due back %1. Write the request letter on the Letters page (Ctrl+Z undoes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proforma returned: on the next tracking review&apos;s agenda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proforma reviewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chase recorded for today (Ctrl+Z undoes).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::ui::RecordingPanel</name>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why: record decisions not to act, too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action agreed (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A member, or type an agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting not quorate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting is not quorate. Record this decision anyway? It will be marked as taken while not quorate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also mark this child&apos;s other items &amp;heard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record deci&amp;sion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision marks the item it is recorded on heard; ticked, the child&apos;s other open items on this agenda too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rationale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heard at this meeting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who owns the action &quot;%1&quot; (Owner), or clear the action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded for %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::ui::ReportChartView</name>
    <message>
        <source>Cannot write the picture %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::ui::ReportsPage</name>
    <message>
        <source>Show counts under 5 as &quot;&lt;5&quot; (for sharing outside the office)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a tracker database to see its reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no report to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG pictures (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::ui::RetentionDialog</name>
    <message>
        <source>Retention review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review a record this long after the child&apos;s &amp;birth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>...or this long after the last &amp;activity on it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records due for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal &amp;hold on/off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;nonymise...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrators only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 record due for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 records due for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymise %1&apos;s record? Names, day and month of birth, addresses and free text are removed for good; the counts in reports stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1&apos;s record for good, with its decisions, actions and the PPNs that name no other child? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::ui::ReviewQueueModel</name>
    <message>
        <source>Close match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (row %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2, born %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the PPN on the tracker)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, born %2 (child %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age, no date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not named, same address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not named on the PPN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2, age %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no child of about that age found)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::ui::ReviewQueuePage</name>
    <message>
        <source>&amp;Accept proposed child (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New child (N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details checked, close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 of %2 linked to %3 (child %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 of %2 is a change to a recorded PPN, not a child to make: check the details on the tracker, then close it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 of %2: new child %3 %4 made (child %5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 of %2 closed; the tracker is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows of an import that need a person: a close match to a child already on the tracker, a row giving an age and no date of birth, a known reference whose details changed, or a child living at a new PPN&apos;s home address who is not named on it (they may have been present). Enter accepts the proposed child or confirms them present; N makes a new child.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept: confirm present (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dismiss: not present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 of %2 gives an age and no child of about that age matches: add the child with their date of birth and link the row to them, or close it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (child %2) linked to PPN %3 as present.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 of %2 gives age %3, not a date of birth: the tracker never makes a child without one. Link it to the child it is, or close it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already on the tracker: confirm them present on PPN %2 (Enter), or dismiss.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left off PPN %2; the tracker is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::ui::SettingDialog</name>
    <message>
        <source>Setting name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type of setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DSL name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DSL email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deputy DSL name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deputy DSL email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nursery, childminder, school, ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ofsted URN, e.g. EY123456</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose or type a new area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secure email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts verified today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the contacts verified date to today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nursery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pre-school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>childminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>health visitor team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;DSL name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DSL &amp;email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dep&amp;uty name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deputy e&amp;mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts &amp;verified:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit setting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U&amp;RN:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::ui::SettingsImportDialog</name>
    <message>
        <source>&lt;b&gt;Nothing will be imported&lt;/b&gt;: the file has a problem (below). Correct the file and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing will be imported&lt;/b&gt;: the file has %1 problems (below). Correct the file and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to import: the directory already holds every setting as the file has it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been written yet. Blank cells leave what the directory holds. Import writes the new and changed settings in one step (Edit &gt; Undo takes it back).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import settings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headings on row %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not read: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows in error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed (same URN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed (same name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out (closed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong (see above)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; → &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::ui::SettingsModel</name>
    <message>
        <source>%1 (archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never: check contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: over 12 months ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DSL contacts have not been verified in the last 12 months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived: no longer offered for new children.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DSL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DSL email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deputy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deputy email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts verified</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::ui::SettingsPage</name>
    <message>
        <source>Show &amp;archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ar&amp;chive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name, URN or area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show archived settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a setting (Ins)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected setting (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive the selected setting (Delete); it can be undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the settings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nursery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pre-school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>childminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>health visitor team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive %1?

It will no longer be offered for children; children already at this setting keep it. You can undo this with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 setting shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 settings shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reloaded: this is the setting as it is now. Make your change again and save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import settings...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add and update settings from a spreadsheet (CSV or .xlsx): your own list or the schools register&apos;s export. You see what changes first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.xlsm *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing settings from %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 new and %3 changed settings imported. Edit &gt; Undo takes the import back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::ui::TemplateEditor</name>
    <message>
        <source>&amp;Save as new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1, %2 by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Italic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Underline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each child: {children} ... {/children}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{%1} (only if the office shares it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing child episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domestic abuse incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domestic abuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview &amp;as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placeholders: %1; between {children} and {/children}: %2. Optional fields go inside {if field}...{/if}. Wording for one type of notification goes inside {if %3}...{/if} (the last: a letter about both).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for a missing child: {if %1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for a letter about both: {if %1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for domestic abuse: {if %1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::ui::TrackerExport</name>
    <message>
        <source>The export was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enc::ui::TrackerPage</name>
    <message>
        <source>Overdue actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No known setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search names, police references or postcodes (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greened off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children on the tracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 child shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 children shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the list to CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting children…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names, police references, postcodes, or a date of birth typed as 12/06/2026, 12/6/26 or 2026-06-12. Esc clears the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No child matches “%1”.
Press Esc in the search box to clear it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No child matches these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the list to %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export list to CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled: %1 was not written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list was not exported to %1.

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported 1 child to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 children to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No children on the tracker yet.
Import the police file (Alt+6) or add a child (Ctrl+Shift+N).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Operation Encompass tracker for Early Help offices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the database at PATH.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
