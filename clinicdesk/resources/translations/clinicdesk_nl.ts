<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en">
<context>
    <name>AccessTesterPage</name>
    <message>
        <source>Staff member to test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client files reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practitioners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practitioners whose clients they share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients reached and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test your practitioner groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a staff member and press Test to see which client files they can open, and why. Run a test after every change to your groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n client file(s) reachable.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Access tester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What can this person reach, and why — the same rules the application enforces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {mode}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practitioners whose accounts they manage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot test this person</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionsPanel</name>
    <message>
        <source>Write a &amp;letter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One personalised letter per member, to print or save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retract…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show retracted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group actions so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing shared with this group yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share a document, assign a program or add a note once, and it is written into every current member&apos;s file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Retracted from %n member(s)&apos; files.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActorsPanel</name>
    <message>
        <source>Actors co-manage this group: they can change its members and do group actions. Being an actor does not open any member&apos;s file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff member to add as actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a&amp;ctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove actor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No actors: add the staff who run this group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is now an actor of {group}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop {name} co-managing {group}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} no longer co-manages {group}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddMembersDialog</name>
    <message>
        <source>Add clients to {group}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a client to {group}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put clients on the waitlist of {group}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name or record number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joins on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They are enrolled in the group&apos;s upcoming sessions from this date on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Joins on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put on the &amp;waitlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold Ctrl or Shift to choose several clients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the client&apos;s name, then press Enter to add them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Add %n client(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n put on the waitlist of {group}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The client can wait for a place: a place is offered when one frees up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} selected of {total} matching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{total} matching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added {name} to {group}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddToGroupDialog</name>
    <message numerus="yes">
        <source>Add %n client(s) to a group</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Find a group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished">Groepen</translation>
    </message>
    <message>
        <source>Add to group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joins on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Joins on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding clients…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddendumDialog</name>
    <message>
        <source>Add a signed addendum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addendum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign addendum…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed note is never changed; the addendum is added after it, with your name and the time, once you confirm your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssignScheduleDialog</name>
    <message>
        <source>Assign “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A whole &amp;group (members who join later too)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— choose a group —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrol the members in the schedule&apos;s &amp;sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a &amp;new series of sessions for this group (its own sessions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating sessions and enrolling clients…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions that gain clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview the changes first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{name} (%n member(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>1 session, on {first}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n session(s), from {first} to {last}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) gain clients</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n enrolment(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody new joins any session: everyone is already enrolled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new session(s) will be created.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ These are sessions of another group: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n session(s) would go past capacity, so this cannot be confirmed. Choose fewer clients, raise the capacity, or start a new series for the group.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to confirm as it stands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double bookings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enrol anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This schedule has no weekly sessions yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule assigned: {sessions} sessions, {enrolled} enrolments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double bookings kept: {n}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double bookings: {n}. These clients are already in another session at that time. Nothing was assigned. Change the start date or the clients, or enrol them anyway.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssignmentPreviewModel</name>
    <message>
        <source>(no group)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} — another group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} (no limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} of {cap}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ {over} over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} (new)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendanceDelegate</name>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AutoLock</name>
    <message>
        <source>{name} ({role}) is logged in. Type your password to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClinicDesk — Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong while checking the password. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BusyOverlay</name>
    <message>
        <source>Loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CareTeamDialog</name>
    <message>
        <source>Care team — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save care team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary therapist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other members of the care team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The care team opens the client&apos;s file to its members when the clinic restricts access. Changes are kept in the care team&apos;s history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Primary therapist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Case manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— nobody —</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CareTeamModel</name>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CareTeamPanel</name>
    <message>
        <source>&amp;Edit care team…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care team history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change is kept: who was on the team, in which role, and when.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No care team recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only managers and administrators can change a care team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care team saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeChart</name>
    <message>
        <source>Mean change with 95% confidence interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← worse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worse →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>better →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean change in {measure} total (latest − baseline) with its 95% confidence interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hidden: fewer than {n} clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no client with a baseline and a later score</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeDateDialog</name>
    <message>
        <source>Change the session date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date the session took place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this when documenting late: the note and the clients&apos; files show the date you choose; the scheduled time stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date it took place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <source>Edit client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferred name (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date of birth (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record number (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload current version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save anyway, this is a different person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client {name} created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client {name} saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the current version. Make your changes again and save.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientFile</name>
    <message>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary therapist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No care team recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished">Groepen</translation>
    </message>
    <message>
        <source>since {joined}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{joined} – {left}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in any group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance by group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present</source>
        <translation type="unfinished">Aanwezig</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation type="unfinished">Afwezig</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation type="unfinished">Afgemeld</translation>
    </message>
    <message>
        <source>Late</source>
        <translation type="unfinished">Te laat</translation>
    </message>
    <message>
        <source>Left early</source>
        <translation type="unfinished">Eerder vertrokken</translation>
    </message>
    <message>
        <source>(no group)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group action in {group}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group action in a removed group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retracted by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retracted on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity warning: this session&apos;s signed content no longer matches what was signed. It was changed outside ClinicDesk after signing. Do not rely on it; report it to a records administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documented late because</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individual note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addendum by {name}, {when}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientFileDialog</name>
    <message>
        <source>Client file — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print &amp;handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client&apos;s own groups and upcoming sessions, to take home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a&amp;ttendance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in this file yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents, programs, activities, objectives and notes shared with this client&apos;s groups appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed group sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected session (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No completed group sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions appear here, read-only, once they are signed and completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have no access to this client&apos;s file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clinic restricts who can open client files. Ask a manager if you need access to this client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Why not?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred name: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record no. {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File entries ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group sessions ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your routes to this file:
{routes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have no route to this file: no care team place, no practitioner group shared with their care team, and no access granted through one of their groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handout — {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientOutcomeChart</name>
    <message>
        <source>Outcome chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scores to chart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{measure}: {n} scores, from {first}{b1} on {d1} to {last}{b2} on {d2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scores yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cut-off {sign}{value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{measure} total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member of the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance not recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientOutcomesPanel</name>
    <message>
        <source>Measure shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record a score…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;tract…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected score as wrong, with a reason (it is kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No outcome scores yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a PHQ-9, GAD-7, K10 or one of the clinic&apos;s own measures to follow this client&apos;s progress over time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a score…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading scores…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n retracted</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{measure} score recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retract a score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retract the {measure} score of {total} taken on {day}? It stays in the file, marked as retracted, and no longer counts in charts or comparisons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retract score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score retracted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientPicker</name>
    <message>
        <source>Find clients by name or record number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the selected clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← &amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the first {n}; type more of the name to narrow it down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) chosen</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClinicSettingsPage</name>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These apply to every workstation of the clinic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can read the clinic settings but not change them: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished">Cliënten</translation>
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
        <source>Practitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current members (and capacity, when limited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named to others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the member agreed to be named to the other members (groups whose members see each other)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No (declined)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item answers, in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients with a baseline and a later score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean change (95% CI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest − baseline, with its 95% confidence interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reliably improved (reliable change index)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reliable change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reliably deteriorated (reliable change index)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reliably improved and out of the clinical range, among those in it at baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity bands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinical cut-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reliable change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or press F2 to record attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes attended, for a client marked late or left early (F2 to edit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individual note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished">Bijeenkomsten</translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addendum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished">Gebruikersnaam</translation>
    </message>
    <message>
        <source>Features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licensed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practitioners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic admins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why (routes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Via</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <source>hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} of {of} ({share}%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fewer than {n} clients: nothing is shown about this group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden: it describes fewer than {n} clients, or would let a hidden count be worked out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the latest score: {bands}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentControls</name>
    <message>
        <source>C&amp;onsent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record whether the selected member agrees to be named to the others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the current members with their consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent to be named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May the other members of {group} see {name}&apos;s name (on letters and handouts)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members exported to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentPrompt</name>
    <message>
        <source>Members not asked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members who have not agreed are never named to the others. Keep them as “not asked” and ask them later (Members ▸ Consent…), or record that they declined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep “not asked”, ask later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record them as declined</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <source>%n member(s) not asked yet whether the others may see their name.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n put on the waitlist (the group is full)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n already waiting</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n client(s) to {group}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n already member(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatabasePage</name>
    <message>
        <source>Local file</source>
        <translation type="unfinished">Lokaal bestand</translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished">Server</translation>
    </message>
    <message>
        <source>Database location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backup now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ver&amp;ify audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the data lives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A database server is backed up by its administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished">Database</translation>
    </message>
    <message>
        <source>Backups, restores and the tamper-evident audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClinicDesk backups (*.sqlite3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClinicDesk backups (*.sqlite3);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything recorded since this backup was made will be replaced by the backup. A safety copy of the current data is kept. Restore now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored. The previous data was kept as {name}. Quit and start ClinicDesk again before doing anything else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart ClinicDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was restored. Please quit ClinicDesk and start it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact: %n entry(ies) checked.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n signed session(s) match their seals.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n signed session(s) no longer match what was signed:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log has been tampered with at entry {seq}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <source>Edit de&amp;tails…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print attendance re&amp;port…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What members see</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No limit · %n current member(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{cap} places · {n} taken · {room} free</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>Illustration</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EndMembershipDialog</name>
    <message>
        <source>Remove {name} from {group}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaves on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From this date on they are no longer in the group&apos;s sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined on {date}. From the leaving date on they leave the group&apos;s upcoming sessions; attendance already recorded stays. A date in the past is fine (they stopped coming), and so is a planned one. Their file stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Leaves on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileEntriesModel</name>
    <message>
        <source>Group: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A removed group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retracted by {name} on {when}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstPasswordDialog</name>
    <message>
        <source>Choose your password — ClinicDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome, {name}. Your account was created with a one-time password. Choose your own password now; nobody else will know it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set password and log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;peat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Set up ClinicDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished">Gebruikersnaam</translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished">Wachtwoord</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set-up error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished">Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Clinic name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation type="unfinished">&amp;Gebruikersnaam</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished">&amp;Wachtwoord</translation>
    </message>
    <message>
        <source>Password &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to ClinicDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name your clinic and create the first administrator account. You can add the rest of the staff afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password needs at least {n} characters. This account can do everything, so keep it to yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please fill in “{field}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GrantsPanel</name>
    <message>
        <source>Practitioners listed here can open the files of every client currently in this group — also clients who join later; a client who leaves is no longer reached this way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practitioners with access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practitioner to give access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Grant access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;voke access…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No practitioner has access through this group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} can now open the files of {group}&apos;s members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke {name}&apos;s access to the files of {group}&apos;s members?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They keep any other access they have (care team, practitioner groups).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}&apos;s access through {group} was revoked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupActionDialog</name>
    <message numerus="yes">
        <source>Shared with %n member(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Program assigned to %n member(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Activity added for %n member(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Objective set for %n member(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Note added to %n member(s)&apos; file(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Group action — {group}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking who will receive it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who will receive it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do it once for the whole group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is written into the file of every current member of {group}. Past members and later members do not receive it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished">&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Title (optional: the file name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Message to members (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the document to share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is {size}; the limit is {limit} MB. Choose a smaller file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{group} has no current members, so there is no one to send it to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Will be added to the file(s) of %n current member(s): {names}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>You cannot open the files of {n} of them, so you cannot share with this group. Ask a manager to grant you access to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Share with %n member(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The file could not be read. Check that it still exists and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupActionsModel</name>
    <message>
        <source>Retracted by {name} on {when}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupChecklistModel</name>
    <message>
        <source>{name} (archived)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <source>Edit group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The most current members the group may have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What members see</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group {name} created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group {name} saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this window and open the group again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupPage</name>
    <message>
        <source>Archived: no new members or group actions until it is unarchived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished">Cliënten</translation>
    </message>
    <message>
        <source>Waitlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n current member(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GroupsModel</name>
    <message>
        <source>{name} (archived)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupsTab</name>
    <message>
        <source>Filter groups by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What members see</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any visibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished">Groepen</translation>
    </message>
    <message>
        <source>+ &amp;New group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a group (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare &amp;outcomes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare groups on an outcome measure (PHQ-9, GAD-7 …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sho&amp;w archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No groups yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create your first group, then add clients to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create your first group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a group on the left to see its members, staff and actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading groups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No group matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No group matches &apos;{text}&apos; with these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No group matches these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its %n current member(s) leave the group today and it disappears from the lists. The client(s), their file(s) and all their history stay; nothing is deleted.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Group {name} removed; %n client(s) left it and keep their files.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Un&amp;archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group {name} archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group {name} is back in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the group {name}?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import clients from CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose CSV file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the imported clients to a group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows that need fixing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns: first_name, last_name (required), preferred_name, date_of_birth (YYYY-MM-DD), record_number, and the care team&apos;s primary_therapist, case_manager (staff logins). Save from Excel as “CSV UTF-8”. If any row has a problem, nothing is imported and every problem is listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also add them to &amp;group (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n client(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added to {group}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported. {n} line(s) need fixing; correct the file and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read. Check that it still exists and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageCard</name>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this computer; the settings above apply everywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClinicDesk will be in {language} from the next start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <source>Letter to {group}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A neutral title, e.g. “About your appointments”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. “Summer break”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text every member receives. Each copy adds the greeting, the clinic&apos;s letterhead and the member&apos;s own next sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview &amp;for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Produce &amp;letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This group is hidden from its members: the letters never name the group, its sessions (they read “Appointment”) or its staff, and are signed by the clinic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members see the group: the letters name the group, its sessions and its staff, but no other member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members see each other: the letters also list the other members — only those who agreed to be named.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Produce anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) produced; each copy is kept in the member&apos;s file.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Letters to {group}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>Not available</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockCurtain</name>
    <message>
        <source>ClinicDesk is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClinicDesk is locked.
Unlock it in the main window.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockPanel</name>
    <message>
        <source>ClinicDesk is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished">Wachtwoord</translation>
    </message>
    <message>
        <source>Unlock error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log out instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your password to unlock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click again to log out (unsaved changes are lost)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log in — ClinicDesk</source>
        <translation>Aanmelden — ClinicDesk</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>Login error</source>
        <translation>Aanmeldfout</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Aanmelden</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <source>Welcome back</source>
        <translation>Welkom terug</translation>
    </message>
    <message>
        <source>Log in to continue.</source>
        <translation>Meld u aan om verder te gaan.</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>&amp;Gebruikersnaam</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Wachtwoord</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo clinic&lt;/b&gt; — every password is &lt;code&gt;{0}&lt;/code&gt;</source>
        <translation>&lt;b&gt;Demokliniek&lt;/b&gt; — elk wachtwoord is &lt;code&gt;{0}&lt;/code&gt;</translation>
    </message>
    <message>
        <source>Demo accounts</source>
        <translation>Demo-accounts</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>Bezig met aanmelden…</translation>
    </message>
    <message>
        <source>Type your username.</source>
        <translation>Vul uw gebruikersnaam in.</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>Vul uw wachtwoord in.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Main sections</source>
        <translation>Hoofdonderdelen</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Bezig</translation>
    </message>
    <message>
        <source>{name} · {role}</source>
        <translation>{name} · {role}</translation>
    </message>
    <message>
        <source>Logged in as {user}</source>
        <translation>Aangemeld als {user}</translation>
    </message>
    <message>
        <source>Logged in user</source>
        <translation>Aangemelde gebruiker</translation>
    </message>
    <message>
        <source>Local file</source>
        <translation>Lokaal bestand</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>{kind}: {where}</source>
        <translation>{kind}: {where}</translation>
    </message>
    <message>
        <source>Database: {where}</source>
        <translation>Database: {where}</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>Nu &amp;vergrendelen</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>Af&amp;melden</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>&amp;Logmap openen</translation>
    </message>
    <message>
        <source>&amp;About ClinicDesk</source>
        <translation>&amp;Over ClinicDesk</translation>
    </message>
    <message>
        <source>This tab has no search field.</source>
        <translation>Dit tabblad heeft geen zoekveld.</translation>
    </message>
    <message>
        <source>Next / previous tab</source>
        <translation>Volgend / vorig tabblad</translation>
    </message>
    <message>
        <source>Clear a search field</source>
        <translation>Zoekveld leegmaken</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <source>About ClinicDesk</source>
        <translation>Over ClinicDesk</translation>
    </message>
    <message>
        <source>ClinicDesk {version}
Client groups and group therapy sessions.</source>
        <translation>ClinicDesk {version}
Cliëntgroepen en groepstherapiebijeenkomsten.</translation>
    </message>
</context>
<context>
    <name>MeasureDialog</name>
    <message>
        <source>New clinic measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest possible score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highest possible score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which way is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity bands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinical &amp;cut-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinical cut-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reliable change from published &amp;reliability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reliability (test-retest r)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normative standard deviation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full &amp;title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Better is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reliability r</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normative SD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity bands (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic measures are entered as a total. Without reliability figures comparisons show no reliable-change or recovery counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Band {n}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeasuresModel</name>
    <message>
        <source>{n} items, {low}–{high} each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MembersPanel</name>
    <message>
        <source>&amp;Add member…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a client&apos;s name to add them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;several…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose several clients from the directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove from group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;past members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No members yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add clients one at a time by name, or choose several at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add member…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n current member(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n past stay(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{name} left {group}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MembersTab</name>
    <message>
        <source>Search by name, preferred name or record number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ &amp;New client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a client (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to &amp;group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading clients…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clients match &apos;{text}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the spelling, search by record number, or create the client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clients yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create your first client, or import a list from a CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shown} of {total} clients loaded — scroll for more</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{total} client(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{n} selected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MinutesDelegate</name>
    <message>
        <source>Minutes attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>–</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MyWorkModel</name>
    <message>
        <source>To document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addendum requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attendee(s) without attendance</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Group note not written yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MyWorkPage</name>
    <message>
        <source>My work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much is waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing waiting for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions you lead that still need documenting or your signature, sessions to review and requested addenda appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is waiting for you, oldest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n to document</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to sign</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to review</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n addendum(s) requested</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not available</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenDatabase</name>
    <message>
        <source>The database {location} holds no ClinicDesk clinic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no clinic database at {location}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clinic here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new, empty clinic there? If your clinic should be there, quit and check the location (an unplugged drive, a renamed folder) instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished">Afsluiten</translation>
    </message>
    <message>
        <source>This clinic database is encrypted. Enter its key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the key again:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutcomeComparisonDialog</name>
    <message>
        <source>Outcomes — groups compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished">Groepen</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;table…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This table as CSV, hidden cells marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;scores…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every score behind this comparison as CSV, one row each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading groups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) chosen</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n score(s) exported.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a measure and groups, then Compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from {start}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all recorded scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{measure} by group · {period}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline is each client&apos;s first score in the period, latest their last; change = latest − baseline ({direction}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No figure describes fewer than {n} clients: such groups show “&lt; {n}”, such counts “hidden”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reliable change: {n} points or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only clients whose files you can open are counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome report — {measure}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the scores</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutcomeItems</name>
    <message>
        <source>Little interest or pleasure in doing things</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feeling down, depressed, or hopeless</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trouble falling or staying asleep, or sleeping too much</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feeling tired or having little energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poor appetite or overeating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feeling bad about yourself, or that you are a failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trouble concentrating on things</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving or speaking slowly, or being fidgety or restless</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thoughts of being better off dead or of hurting yourself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feeling nervous, anxious, or on edge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not being able to stop or control worrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worrying too much about different things</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trouble relaxing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Being so restless that it is hard to sit still</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Becoming easily annoyed or irritable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feeling afraid, as if something awful might happen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tired out for no good reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nervous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>So nervous that nothing could calm you down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hopeless</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restless or fidgety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>So restless you could not sit still</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That everything was an effort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>So sad that nothing could cheer you up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worthless</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over the last 2 weeks: 0 not at all · 1 several days · 2 more than half the days · 3 nearly every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the past 4 weeks: 1 none of the time · 2 a little · 3 some · 4 most · 5 all of the time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item {n}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutcomeMeasuresPage</name>
    <message>
        <source>Outcome measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New measure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;rchive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sho&amp;w archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard measures are entered item by item and cannot be changed. Clinic measures are entered as a total; archiving keeps their scores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The questionnaires and ratings scores are recorded on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Confirm with your password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished">Wachtwoord</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>Print preview — {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the document as a PDF file (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+−)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The document could not be prepared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed to a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be saved there. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PractitionerGroupDialog</name>
    <message>
        <source>Edit practitioner group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add practitioner group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practitioners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic admins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their access follows the group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They manage only these practitioners.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PractitionerGroupsPage</name>
    <message>
        <source>Practitioner groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test your practitioner groups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No practitioner groups: open access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every clinician can open every client file. Add a group to restrict access to care teams, shared groups and explicit grants.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Divide practitioners into named groups to control which client files each person can open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restricted access: clinicians reach a client&apos;s file through the care team, a shared practitioner group, or a client-group grant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practitioner groups are not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete practitioner group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “{name}”? The access restrictions it enforced for its members are removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PriorityDialog</name>
    <message>
        <source>Waitlist priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this client should be offered a place sooner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Higher priorities are offered a place first; clients with the same priority wait in the order they were added. A reason is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivacyPromptDialog</name>
    <message>
        <source>Other members are named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These texts name other group members. An individual note lands in one client&apos;s chart; the group note and a letter reach every member. Edit the text, or go ahead and give the reason (it is recorded).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Texts with the names found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason to go ahead anyway:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. the member asked to be mentioned; consent is on file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group note — copied into every attendee&apos;s chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter — every member receives it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individual note — in {name}&apos;s chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names: {names}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordScoreDialog</name>
    <message>
        <source>Record a score — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From {low} to {high}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No measure to record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} of {n} items answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No total yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item {n} is above {low}: follow the clinic&apos;s risk procedure before the client leaves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: {total}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportPeriodDialog</name>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance report — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance — {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>Reset password for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;peat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetractDialog</name>
    <message>
        <source>Retract group action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retract</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{kind} “{title}”, shared by {name} on {when} with %n member(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>For example: shared with the wrong group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every entry it wrote is marked retracted in each member&apos;s file — shown struck through with your name, the date and this reason. Nothing is deleted, and the action stays in the group&apos;s history. A retracted document can no longer be opened or printed on a handout.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewQueue</name>
    <message>
        <source>Sessions to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open and review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions signed by staff who require review appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions pending review that you can sign as reviewer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RosterModel</name>
    <message>
        <source>{n} min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleTemplateDialog</name>
    <message>
        <source>Edit schedule template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New schedule template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;escription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({minutes} min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a session template first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{per_week} a week × {weeks} weeks = {total} sessions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchedulesPage</name>
    <message>
        <source>Schedule templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New schedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arc&amp;hive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show archi&amp;ved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No schedules yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A schedule repeats weekly sessions for a number of weeks; assign it to clients or a group to enrol them in every session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New schedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates the schedule creates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly sessions repeated for some weeks; assigning one enrols clients in every session from a start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest&amp;ore</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) in all.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Schedule “{name}” saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoreDelegate</name>
    <message>
        <source>Answer, {low} to {high}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoreGridDialog</name>
    <message>
        <source>Outcome scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores by attendee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the roster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome scores — {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n attendee(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) ready</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n score(s) recorded.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>finish or clear: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows left empty are skipped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoreGridModel</name>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not record scores for this client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record no. {n}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoresModel</name>
    <message>
        <source>Retracted: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceFormDialog</name>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServicePasswordDialog</name>
    <message>
        <source>Password problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That password is not right. Nothing was signed; try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionBoard</name>
    <message>
        <source>Previous day (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next day (Alt+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to today (Alt+Home)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;oday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print day&apos;s &amp;sheets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the day…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions on this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign a schedule on the Schedules page, or pick another day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions are not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in sheets, {day}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionCardDelegate</name>
    <message>
        <source>No leader yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n enrolled</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Needs your signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs your review</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionChartDialog</name>
    <message>
        <source>Chart view — {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each attendee&apos;s entry, as it shows in their chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendees&apos; chart entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the entries…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have no access to this client&apos;s file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionDocumentation</name>
    <message>
        <source>← Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the day (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign as &amp;reviewer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a&amp;ddendum…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;co-leader…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove co-leader…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;attendee…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print session &amp;note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each attendee&apos;s entry as it appears in their file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcome scores…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a measure (PHQ-9, GAD-7 …) for every attendee in one grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity warning: this session&apos;s signed content no longer matches what was signed. It was changed outside ClinicDesk after signing. Do not rely on it; report it to a records administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roster and attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individual note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;group note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes are shown to clinical staff with access to these clients only (their care team, practitioner group, a grant on their group, or the session&apos;s leaders).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatures and addenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As&amp;k for an addendum…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the session&apos;s leaders to add an addendum (it appears in their My work)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reassign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print sign-in sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart vie&amp;w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys: P present · A absent · E excused · L late · D left early · Delete clears — then the next attendee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance still to record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mar&amp;k all present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marks everyone without a status as present; others keep theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatures and addenda ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>documented for {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No leader yet — whoever starts the session leads it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leader: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-leaders: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the session to record attendance and notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can read this session; only its leaders document it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can record attendance; only the session&apos;s leaders write its notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A leader has signed; the remaining leaders can sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n attendee(s) outside your access not shown.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attendee(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n attendee(s) marked.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of {total} still unmarked — needed before signing.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an attendee on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individual note — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this attendee did and said in the session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Marked %n attendee(s) present.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already had a status and kept it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Signing locks your documentation of “{title}”. Enter your password to sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign “{title}” as its reviewer. The session is then completed and appears in each attendee&apos;s file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign as reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your password to sign the addendum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign addendum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for an addendum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session&apos;s leaders see the request in My work until one of them adds an addendum. What should it add or correct?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addendum requested from the session&apos;s leaders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a co-leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reassign the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add co-leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a co-leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who no longer co-leads this session?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an attendee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session stays on the board as cancelled; nothing is deleted. Why is it cancelled?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in sheet — {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session note — {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some notes in this session are not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and go back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some notes in this session are not saved yet. Close anyway and lose them?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionTemplateDialog</name>
    <message>
        <source>Edit session template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New session template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;escription</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionsInFileModel</name>
    <message>
        <source>{n} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status} ⚠ integrity warning</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionsTab</name>
    <message>
        <source>Day &amp;board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review &amp;queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session &amp;templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedu&amp;les</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;My work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group sessions are turned off for this clinic (Settings ▸ Clinic). Documented sessions can still be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsTab</name>
    <message>
        <source>&amp;Clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Users and roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Practitioner groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Access tester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome &amp;measures</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>Edit account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished">Gebruikersnaam</translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licensed clinician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation type="unfinished">&amp;Gebruikersnaam</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished">Wachtwoord</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished">&amp;Wachtwoord</translation>
    </message>
    <message>
        <source>Re&amp;peat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;One-time password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password above works once: they choose their own at first log-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They choose their own password at first log-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practitioner groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practitioner &amp;groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <source>Staff accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users and roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who can sign in, in which role, and with which group-session features.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff accounts are not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un&amp;lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deac&amp;tivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reac&amp;tivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account {name} created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} will no longer be able to sign in. Their records and signatures stay. Deactivate?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffPickerDialog</name>
    <message>
        <source>Search by name or role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>ClinicDesk is already open on this database, but it does not respond. Wait a moment and try again, or close the other window first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncConflictsDialog</name>
    <message>
        <source>Sync conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine (done offline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theirs (on the clinic server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conflicts are waiting. Everything done offline reached the clinic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the edited text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your password: the clinic server applies your choice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Offline copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sync with the clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync &amp;conflicts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy age {age}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) need you</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Offline copy of {user}, last synced with {server} {age} ago.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} — offline copy, age {age}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This offline copy was last synced {age} ago (the clinic allows {days} days). Sync with the clinic before clinical data is shown again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your password to sync this laptop with the clinic server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing with the clinic…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced: {applied} sent, {conflicts} conflicts need you.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tabs</name>
    <message>
        <source>Groups</source>
        <translation>Groepen</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Cliënten</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Bijeenkomsten</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
</context>
<context>
    <name>TemplatesPage</name>
    <message>
        <source>Session templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sho&amp;w archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No session templates yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A template names a session and sets its length and place; schedules are built from templates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a session is: its name, length, place and number of places.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template “{name}” saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrajectoryChart</name>
    <message>
        <source>Mean score over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{group}: from {first} to {last} after {weeks} weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{group}: too few clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cut-off {sign}{value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weeks since baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean {measure} total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{group} (too few clients)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points with fewer than {n} clients are not shown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WaitlistModel</name>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{n} weeks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WaitlistPanel</name>
    <message>
        <source>Mark as &amp;offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note that the client was told about the place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirm place…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Put on waitlist…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;priority…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managers set a priority, with a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take off waitlist…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print &amp;members and waitlist…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waitlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the group is full, clients you add are offered a place on its waitlist; the first in line is offered the next free place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) waiting</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> · {free} of {cap} places free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting {waited}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A place is free. It was offered to {name} (first in line, {waited}): confirm when they accept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A place is free: offer it to {name}, first in line ({waited}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take off waitlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take {name} off the waitlist of {group}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They lose their place in line; the record of their wait stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add {name} to {group} now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They join today, leave the waitlist and are enrolled in the group&apos;s upcoming scheduled sessions, as any new member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} joined {group} from the waitlist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members and waitlist — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export members and waitlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_Chart</name>
    <message>
        <source>Choose a measure and groups, then Compare.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_PageLabel</name>
    <message>
        <source>Page {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Please check the details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can no longer be changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot do that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong, and ClinicDesk could not finish that action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work you saved earlier is safe. If it happens again, please tell your administrator and send them the log file:
{path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>formatting</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Therapy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Psychoeducation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden from members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members see the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members see each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients are not told they are in this group and see nothing about it. Recommended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each client knows they are in the group and sees its name and staff, but not who the other members are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients see the group, its staff and the names of the other members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactief</translation>
    </message>
    <message>
        <source>Discharged</source>
        <translation>Uit zorg</translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share a document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign a program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Bezig</translation>
    </message>
    <message>
        <source>Pending review</source>
        <translation>Wacht op beoordeling</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Afgerond</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Aanwezig</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Afwezig</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Afgemeld</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Te laat</translation>
    </message>
    <message>
        <source>Left early</source>
        <translation>Eerder vertrokken</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Niet geregistreerd</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Groepsleider</translation>
    </message>
    <message>
        <source>Co-signer</source>
        <translation>Medeondertekenaar</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Beoordelaar</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ad hoc</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>No one new was added to {group}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>signatures</name>
    <message>
        <source>Addendum</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>staff_model</name>
    <message>
        <source>Deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished">Actief</translation>
    </message>
</context>
<context>
    <name>view</name>
    <message>
        <source>&amp;Sign anyway</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
