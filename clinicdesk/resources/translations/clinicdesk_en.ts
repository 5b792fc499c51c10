<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>AccessTesterPage</name>
    <message numerus="yes">
        <source>%n client file(s) reachable.</source>
        <translation>
            <numerusform>%n client file reachable.</numerusform>
            <numerusform>%n client files reachable.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActionsPanel</name>
    <message numerus="yes">
        <source>Retracted from %n member(s)&apos; files.</source>
        <translation>
            <numerusform>Retracted from %n member&apos;s file.</numerusform>
            <numerusform>Retracted from %n members&apos; files.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AddMembersDialog</name>
    <message numerus="yes">
        <source>Add %n client(s)</source>
        <translation>
            <numerusform>Add %n client</numerusform>
            <numerusform>Add %n clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n put on the waitlist of {group}</source>
        <translation>
            <numerusform>%n put on the waitlist of {group}</numerusform>
            <numerusform>%n put on the waitlist of {group}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AddToGroupDialog</name>
    <message numerus="yes">
        <source>Add %n client(s) to a group</source>
        <translation>
            <numerusform>Add %n client to a group</numerusform>
            <numerusform>Add %n clients to a group</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssignScheduleDialog</name>
    <message numerus="yes">
        <source>{name} (%n member(s))</source>
        <translation>
            <numerusform>{name} (%n member)</numerusform>
            <numerusform>{name} (%n members)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s), from {first} to {last}.</source>
        <translation>
            <numerusform>%n session, from {first} to {last}.</numerusform>
            <numerusform>%n sessions, from {first} to {last}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) gain clients</source>
        <translation>
            <numerusform>%n session gains clients</numerusform>
            <numerusform>%n sessions gain clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n enrolment(s)</source>
        <translation>
            <numerusform>%n enrolment</numerusform>
            <numerusform>%n enrolments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new session(s) will be created.</source>
        <translation>
            <numerusform>%n new session will be created.</numerusform>
            <numerusform>%n new sessions will be created.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n session(s) would go past capacity, so this cannot be confirmed. Choose fewer clients, raise the capacity, or start a new series for the group.</source>
        <translation>
            <numerusform>⚠ %n session would go past its capacity, so this cannot be confirmed. Choose fewer clients, raise the capacity, or start a new series for the group.</numerusform>
            <numerusform>⚠ %n sessions would go past their capacity, so this cannot be confirmed. Choose fewer clients, raise the capacity, or start a new series for the group.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientOutcomesPanel</name>
    <message numerus="yes">
        <source>%n retracted</source>
        <translation>
            <numerusform>%n retracted</numerusform>
            <numerusform>%n retracted</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientPicker</name>
    <message numerus="yes">
        <source>%n client(s) chosen</source>
        <translation>
            <numerusform>%n client chosen</numerusform>
            <numerusform>%n clients chosen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <source>%n member(s) not asked yet whether the others may see their name.</source>
        <translation>
            <numerusform>%n member has not been asked whether the others may see their name.</numerusform>
            <numerusform>%n members have not been asked whether the others may see their name.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n put on the waitlist (the group is full)</source>
        <translation>
            <numerusform>; %n put on the waitlist (the group is full)</numerusform>
            <numerusform>; %n put on the waitlist (the group is full)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n already waiting</source>
        <translation>
            <numerusform>; %n already waiting</numerusform>
            <numerusform>; %n already waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n client(s) to {group}</source>
        <translation>
            <numerusform>Added %n client to {group}</numerusform>
            <numerusform>Added %n clients to {group}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n already member(s))</source>
        <translation>
            <numerusform> (%n was already a member)</numerusform>
            <numerusform> (%n were already members)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatabasePage</name>
    <message numerus="yes">
        <source>The audit log is intact: %n entry(ies) checked.</source>
        <translation>
            <numerusform>The audit log is intact: %n entry checked.</numerusform>
            <numerusform>The audit log is intact: %n entries checked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n signed session(s) match their seals.</source>
        <translation>
            <numerusform>%n signed session matches its seal.</numerusform>
            <numerusform>All %n signed sessions match their seals.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n signed session(s) no longer match what was signed:</source>
        <translation>
            <numerusform>%n signed session no longer matches what was signed:</numerusform>
            <numerusform>%n signed sessions no longer match what was signed:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message numerus="yes">
        <source>No limit · %n current member(s)</source>
        <translation>
            <numerusform>No limit · %n current member</numerusform>
            <numerusform>No limit · %n current members</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GroupActionDialog</name>
    <message numerus="yes">
        <source>Shared with %n member(s)</source>
        <translation>
            <numerusform>Shared with %n member</numerusform>
            <numerusform>Shared with %n members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Program assigned to %n member(s)</source>
        <translation>
            <numerusform>Program assigned to %n member</numerusform>
            <numerusform>Program assigned to %n members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Activity added for %n member(s)</source>
        <translation>
            <numerusform>Activity added for %n member</numerusform>
            <numerusform>Activity added for %n members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Objective set for %n member(s)</source>
        <translation>
            <numerusform>Objective set for %n member</numerusform>
            <numerusform>Objective set for %n members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Note added to %n member(s)&apos; file(s)</source>
        <translation>
            <numerusform>Note added to %n member&apos;s file</numerusform>
            <numerusform>Note added to %n members&apos; files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> and %n more</numerusform>
            <numerusform> and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Will be added to the file(s) of %n current member(s): {names}</source>
        <translation>
            <numerusform>Will be added to the file of %n current member: {names}</numerusform>
            <numerusform>Will be added to the files of %n current members: {names}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Share with %n member(s)</source>
        <translation>
            <numerusform>Share with %n member</numerusform>
            <numerusform>Share with %n members</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GroupPage</name>
    <message numerus="yes">
        <source>%n current member(s)</source>
        <translation>
            <numerusform>%n current member</numerusform>
            <numerusform>%n current members</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GroupsTab</name>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n group</numerusform>
            <numerusform>%n groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its %n current member(s) leave the group today and it disappears from the lists. The client(s), their file(s) and all their history stay; nothing is deleted.</source>
        <translation>
            <numerusform>Its %n current member leaves the group today and it disappears from the lists. The client, their file and all their history stay; nothing is deleted.</numerusform>
            <numerusform>Its %n current members leave the group today and it disappears from the lists. The clients, their files and all their history stay; nothing is deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Group {name} removed; %n client(s) left it and keep their files.</source>
        <translation>
            <numerusform>Group {name} removed; %n client left it and keeps their file.</numerusform>
            <numerusform>Group {name} removed; %n clients left it and keep their files.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>Imported %n client(s).</source>
        <translation>
            <numerusform>Imported %n client.</numerusform>
            <numerusform>Imported %n clients.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added to {group}.</source>
        <translation>
            <numerusform>%n was added to {group}.</numerusform>
            <numerusform>%n were added to {group}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message numerus="yes">
        <source>%n letter(s) produced; each copy is kept in the member&apos;s file.</source>
        <translation>
            <numerusform>%n letter produced; it is kept in the member&apos;s file.</numerusform>
            <numerusform>%n letters produced; each copy is kept in the member&apos;s file.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeasuresModel</name>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n point</numerusform>
            <numerusform>%n points</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MembersPanel</name>
    <message numerus="yes">
        <source>%n current member(s)</source>
        <translation>
            <numerusform>%n current member</numerusform>
            <numerusform>%n current members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n past stay(s)</source>
        <translation>
            <numerusform> · %n past stay</numerusform>
            <numerusform> · %n past stays</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MembersTab</name>
    <message numerus="yes">
        <source>{total} client(s)</source>
        <translation>
            <numerusform>{total} client</numerusform>
            <numerusform>{total} clients</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MyWorkModel</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attendee(s) without attendance</source>
        <translation>
            <numerusform>%n attendee without attendance</numerusform>
            <numerusform>%n attendees without attendance</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MyWorkPage</name>
    <message numerus="yes">
        <source>%n to document</source>
        <translation>
            <numerusform>%n to document</numerusform>
            <numerusform>%n to document</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to sign</source>
        <translation>
            <numerusform>%n to sign</numerusform>
            <numerusform>%n to sign</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to review</source>
        <translation>
            <numerusform>%n to review</numerusform>
            <numerusform>%n to review</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n addendum(s) requested</source>
        <translation>
            <numerusform>%n addendum requested</numerusform>
            <numerusform>%n addenda requested</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutcomeComparisonDialog</name>
    <message numerus="yes">
        <source>%n group(s) chosen</source>
        <translation>
            <numerusform>%n group chosen</numerusform>
            <numerusform>%n groups chosen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n score(s) exported.</source>
        <translation>
            <numerusform>%n score exported.</numerusform>
            <numerusform>%n scores exported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetractDialog</name>
    <message numerus="yes">
        <source>{kind} “{title}”, shared by {name} on {when} with %n member(s).</source>
        <translation>
            <numerusform>{kind} “{title}”, shared by {name} on {when} with %n member.</numerusform>
            <numerusform>{kind} “{title}”, shared by {name} on {when} with %n members.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SchedulesPage</name>
    <message numerus="yes">
        <source>%n session(s) in all.</source>
        <translation>
            <numerusform>%n session in all.</numerusform>
            <numerusform>%n sessions in all.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScoreGridDialog</name>
    <message numerus="yes">
        <source>%n attendee(s)</source>
        <translation>
            <numerusform>%n attendee</numerusform>
            <numerusform>%n attendees</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) ready</source>
        <translation>
            <numerusform>%n row ready</numerusform>
            <numerusform>%n rows ready</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n score(s) recorded.</source>
        <translation>
            <numerusform>%n score recorded.</numerusform>
            <numerusform>%n scores recorded.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionCardDelegate</name>
    <message numerus="yes">
        <source>%n enrolled</source>
        <translation>
            <numerusform>%n enrolled</numerusform>
            <numerusform>%n enrolled</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionDocumentation</name>
    <message numerus="yes">
        <source>%n attendee(s) outside your access not shown.</source>
        <translation>
            <numerusform>%n attendee outside your access is not shown.</numerusform>
            <numerusform>%n attendees outside your access are not shown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attendee(s)</source>
        <translation>
            <numerusform>%n attendee</numerusform>
            <numerusform>%n attendees</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n attendee(s) marked.</source>
        <translation>
            <numerusform>The %n attendee is marked.</numerusform>
            <numerusform>All %n attendees are marked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of {total} still unmarked — needed before signing.</source>
        <translation>
            <numerusform>%n of {total} still unmarked — needed before signing.</numerusform>
            <numerusform>%n of {total} still unmarked — needed before signing.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marked %n attendee(s) present.</source>
        <translation>
            <numerusform>Marked %n attendee present.</numerusform>
            <numerusform>Marked %n attendees present.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already had a status and kept it.</source>
        <translation>
            <numerusform>%n already had a status and kept it.</numerusform>
            <numerusform>%n already had a status and kept it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n change waiting</numerusform>
            <numerusform>%n changes waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) need you</source>
        <translation>
            <numerusform>%n conflict needs you</numerusform>
            <numerusform>%n conflicts need you</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WaitlistModel</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WaitlistPanel</name>
    <message numerus="yes">
        <source>%n client(s) waiting</source>
        <translation>
            <numerusform>%n client waiting</numerusform>
            <numerusform>%n clients waiting</numerusform>
        </translation>
    </message>
</context>
</TS>
