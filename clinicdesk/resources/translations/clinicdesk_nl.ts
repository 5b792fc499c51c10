<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en">
<context>
    <name>AccessTesterPage</name>
    <message>
        <source>Staff member to test</source>
        <translation>Te testen medewerker</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <source>Client files reached</source>
        <translation>Bereikbare dossiers</translation>
    </message>
    <message>
        <source>Practitioners</source>
        <translation>Behandelaars</translation>
    </message>
    <message>
        <source>Practitioners whose clients they share</source>
        <translation>Behandelaars met wie cliënten gedeeld worden</translation>
    </message>
    <message>
        <source>Clients reached and why</source>
        <translation>Bereikbare cliënten en waarom</translation>
    </message>
    <message>
        <source>Test your practitioner groups</source>
        <translation>Uw behandelaarsgroepen testen</translation>
    </message>
    <message>
        <source>Choose a staff member and press Test to see which client files they can open, and why. Run a test after every change to your groups.</source>
        <translation>Kies een medewerker en druk op Testen om te zien welke dossiers die persoon kan openen, en waarom. Voer na elke wijziging van uw groepen een test uit.</translation>
    </message>
    <message>
        <source>&amp;Staff member</source>
        <translation>Medewe&amp;rker</translation>
    </message>
    <message numerus="yes">
        <source>%n client file(s) reachable.</source>
        <translation>
            <numerusform>%n dossier bereikbaar.</numerusform>
            <numerusform>%n dossiers bereikbaar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Access tester</source>
        <translation>Toegangstest</translation>
    </message>
    <message>
        <source>What can this person reach, and why — the same rules the application enforces.</source>
        <translation>Wat kan deze persoon bereiken, en waarom — volgens dezelfde regels die de applicatie toepast.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Testen…</translation>
    </message>
    <message>
        <source>{name}: {mode}</source>
        <translation>{name}: {mode}</translation>
    </message>
    <message>
        <source>Practitioners whose accounts they manage</source>
        <translation>Behandelaars van wie deze persoon de accounts beheert</translation>
    </message>
    <message>
        <source>Cannot test this person</source>
        <translation>Deze persoon kan niet getest worden</translation>
    </message>
</context>
<context>
    <name>ActionsPanel</name>
    <message>
        <source>Write a &amp;letter…</source>
        <translation>&amp;Brief schrijven…</translation>
    </message>
    <message>
        <source>One personalised letter per member, to print or save.</source>
        <translation>Eén persoonlijke brief per lid, om af te drukken of op te slaan.</translation>
    </message>
    <message>
        <source>&amp;Retract…</source>
        <translation>&amp;Intrekken…</translation>
    </message>
    <message>
        <source>Show retracted</source>
        <translation>Ingetrokken tonen</translation>
    </message>
    <message>
        <source>Group actions so far</source>
        <translation>Groepsacties tot nu toe</translation>
    </message>
    <message>
        <source>Nothing shared with this group yet</source>
        <translation>Nog niets gedeeld met deze groep</translation>
    </message>
    <message>
        <source>Share a document, assign a program or add a note once, and it is written into every current member&apos;s file.</source>
        <translation>Deel een document, wijs een programma toe of voeg een notitie toe, en het wordt vastgelegd in het dossier van elk huidig lid.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message numerus="yes">
        <source>Retracted from %n member(s)&apos; files.</source>
        <translation>
            <numerusform>Ingetrokken uit het dossier van %n lid.</numerusform>
            <numerusform>Ingetrokken uit de dossiers van %n leden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActorsPanel</name>
    <message>
        <source>Actors co-manage this group: they can change its members and do group actions. Being an actor does not open any member&apos;s file.</source>
        <translation>Medebeheerders beheren deze groep mee: zij kunnen de leden wijzigen en groepsacties uitvoeren. Medebeheerder zijn geeft geen toegang tot het dossier van een lid.</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Medebeheerders</translation>
    </message>
    <message>
        <source>Staff member to add as actor</source>
        <translation>Medewerker om als medebeheerder toe te voegen</translation>
    </message>
    <message>
        <source>Add a&amp;ctor</source>
        <translation>Mede&amp;beheerder toevoegen</translation>
    </message>
    <message>
        <source>Remove actor…</source>
        <translation>Medebeheerder verwijderen…</translation>
    </message>
    <message>
        <source>No actors: add the staff who run this group.</source>
        <translation>Geen medebeheerders: voeg de medewerkers toe die deze groep begeleiden.</translation>
    </message>
    <message>
        <source>{name} is now an actor of {group}.</source>
        <translation>{name} is nu medebeheerder van {group}.</translation>
    </message>
    <message>
        <source>Remove actor</source>
        <translation>Medebeheerder verwijderen</translation>
    </message>
    <message>
        <source>Stop {name} co-managing {group}?</source>
        <translation>{name} verwijderen als medebeheerder van {group}?</translation>
    </message>
    <message>
        <source>{name} no longer co-manages {group}.</source>
        <translation>{name} is niet langer medebeheerder van {group}.</translation>
    </message>
</context>
<context>
    <name>AddMembersDialog</name>
    <message>
        <source>Add clients to {group}</source>
        <translation>Cliënten toevoegen aan {group}</translation>
    </message>
    <message>
        <source>Add a client to {group}</source>
        <translation>Een cliënt toevoegen aan {group}</translation>
    </message>
    <message>
        <source>Put clients on the waitlist of {group}</source>
        <translation>Cliënten op de wachtlijst van {group} zetten</translation>
    </message>
    <message>
        <source>Type a name or record number</source>
        <translation>Typ een naam of dossiernummer</translation>
    </message>
    <message>
        <source>Matching clients</source>
        <translation>Gevonden cliënten</translation>
    </message>
    <message>
        <source>Joins on</source>
        <translation>Lid vanaf</translation>
    </message>
    <message>
        <source>They are enrolled in the group&apos;s upcoming sessions from this date on.</source>
        <translation>Vanaf deze datum worden ze ingeschreven voor de komende bijeenkomsten van de groep.</translation>
    </message>
    <message>
        <source>&amp;Joins on</source>
        <translation>&amp;Lid vanaf</translation>
    </message>
    <message>
        <source>Put on the &amp;waitlist</source>
        <translation>Op de &amp;wachtlijst zetten</translation>
    </message>
    <message>
        <source>Hold Ctrl or Shift to choose several clients.</source>
        <translation>Houd Ctrl of Shift ingedrukt om meerdere cliënten te kiezen.</translation>
    </message>
    <message>
        <source>Type the client&apos;s name, then press Enter to add them.</source>
        <translation>Typ de naam van de cliënt en druk op Enter om deze toe te voegen.</translation>
    </message>
    <message numerus="yes">
        <source>Add %n client(s)</source>
        <translation>
            <numerusform>%n cliënt toevoegen</numerusform>
            <numerusform>%n cliënten toevoegen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n put on the waitlist of {group}</source>
        <translation>
            <numerusform>%n op de wachtlijst van {group} gezet</numerusform>
            <numerusform>%n op de wachtlijst van {group} gezet</numerusform>
        </translation>
    </message>
    <message>
        <source>The client can wait for a place: a place is offered when one frees up.</source>
        <translation>De cliënt kan op een plaats wachten: er wordt een plaats aangeboden zodra er een vrijkomt.</translation>
    </message>
    <message>
        <source>Add to group</source>
        <translation>Aan groep toevoegen</translation>
    </message>
    <message>
        <source>{n} selected of {total} matching</source>
        <translation>{n} geselecteerd van {total} gevonden</translation>
    </message>
    <message>
        <source>{total} matching</source>
        <translation>{total} gevonden</translation>
    </message>
    <message>
        <source>Added {name} to {group}</source>
        <translation>{name} toegevoegd aan {group}</translation>
    </message>
</context>
<context>
    <name>AddToGroupDialog</name>
    <message numerus="yes">
        <source>Add %n client(s) to a group</source>
        <translation>
            <numerusform>%n cliënt aan een groep toevoegen</numerusform>
            <numerusform>%n cliënten aan een groep toevoegen</numerusform>
        </translation>
    </message>
    <message>
        <source>Find a group</source>
        <translation>Groep zoeken</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groepen</translation>
    </message>
    <message>
        <source>Add to group</source>
        <translation>Aan groep toevoegen</translation>
    </message>
    <message>
        <source>Joins on</source>
        <translation>Lid vanaf</translation>
    </message>
    <message>
        <source>&amp;Joins on</source>
        <translation>&amp;Lid vanaf</translation>
    </message>
    <message>
        <source>Adding clients…</source>
        <translation>Cliënten toevoegen…</translation>
    </message>
</context>
<context>
    <name>AddendumDialog</name>
    <message>
        <source>Add a signed addendum</source>
        <translation>Ondertekend addendum toevoegen</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Betreft</translation>
    </message>
    <message>
        <source>The whole session</source>
        <translation>De hele bijeenkomst</translation>
    </message>
    <message>
        <source>Addendum</source>
        <translation>Addendum</translation>
    </message>
    <message>
        <source>Sign addendum…</source>
        <translation>Addendum ondertekenen…</translation>
    </message>
    <message>
        <source>The signed note is never changed; the addendum is added after it, with your name and the time, once you confirm your password.</source>
        <translation>De ondertekende notitie wordt nooit gewijzigd; het addendum wordt erna toegevoegd, met uw naam en het tijdstip, zodra u met uw wachtwoord bevestigt.</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Betreft</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>&amp;Tekst</translation>
    </message>
</context>
<context>
    <name>AssignScheduleDialog</name>
    <message>
        <source>Assign “{name}”</source>
        <translation>“{name}” toewijzen</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <source>&amp;Clients</source>
        <translation>&amp;Cliënten</translation>
    </message>
    <message>
        <source>A whole &amp;group (members who join later too)</source>
        <translation>Een hele &amp;groep (ook leden die later instromen)</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <source>— choose a group —</source>
        <translation>— kies een groep —</translation>
    </message>
    <message>
        <source>Enrol the members in the schedule&apos;s &amp;sessions</source>
        <translation>De leden inschrijven voor de bijeenkomsten van het &amp;rooster</translation>
    </message>
    <message>
        <source>Start a &amp;new series of sessions for this group (its own sessions)</source>
        <translation>Een &amp;nieuwe reeks bijeenkomsten starten voor deze groep (eigen bijeenkomsten)</translation>
    </message>
    <message>
        <source>Assigning</source>
        <translation>Toewijzen</translation>
    </message>
    <message>
        <source>Creating sessions and enrolling clients…</source>
        <translation>Bijeenkomsten aanmaken en cliënten inschrijven…</translation>
    </message>
    <message>
        <source>Sessions that gain clients</source>
        <translation>Bijeenkomsten die cliënten erbij krijgen</translation>
    </message>
    <message>
        <source>&amp;Preview changes</source>
        <translation>&amp;Voorbeeld bekijken</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>B&amp;evestigen</translation>
    </message>
    <message>
        <source>Preview the changes first.</source>
        <translation>Bekijk eerst een voorbeeld van de wijzigingen.</translation>
    </message>
    <message numerus="yes">
        <source>{name} (%n member(s))</source>
        <translation>
            <numerusform>{name} (%n lid)</numerusform>
            <numerusform>{name} (%n leden)</numerusform>
        </translation>
    </message>
    <message>
        <source>1 session, on {first}.</source>
        <translation>1 bijeenkomst, op {first}.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s), from {first} to {last}.</source>
        <translation>
            <numerusform>%n bijeenkomst, van {first} tot {last}.</numerusform>
            <numerusform>%n bijeenkomsten, van {first} tot {last}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) gain clients</source>
        <translation>
            <numerusform>%n bijeenkomst krijgt cliënten erbij</numerusform>
            <numerusform>%n bijeenkomsten krijgen cliënten erbij</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n enrolment(s)</source>
        <translation>
            <numerusform>%n inschrijving</numerusform>
            <numerusform>%n inschrijvingen</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody new joins any session: everyone is already enrolled.</source>
        <translation>Er komt niemand nieuw bij in een bijeenkomst: iedereen is al ingeschreven.</translation>
    </message>
    <message numerus="yes">
        <source>%n new session(s) will be created.</source>
        <translation>
            <numerusform>%n nieuwe bijeenkomst wordt aangemaakt.</numerusform>
            <numerusform>%n nieuwe bijeenkomsten worden aangemaakt.</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ These are sessions of another group: {names}.</source>
        <translation>⚠ Dit zijn bijeenkomsten van een andere groep: {names}.</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n session(s) would go past capacity, so this cannot be confirmed. Choose fewer clients, raise the capacity, or start a new series for the group.</source>
        <translation>
            <numerusform>⚠ %n bijeenkomst zou de capaciteit overschrijden, dus dit kan niet worden bevestigd. Kies minder cliënten, verhoog de capaciteit of start een nieuwe reeks voor de groep.</numerusform>
            <numerusform>⚠ %n bijeenkomsten zouden de capaciteit overschrijden, dus dit kan niet worden bevestigd. Kies minder cliënten, verhoog de capaciteit of start een nieuwe reeks voor de groep.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to confirm as it stands.</source>
        <translation>Zoals het nu staat, valt er niets te bevestigen.</translation>
    </message>
    <message>
        <source>&amp;Start on</source>
        <translation>&amp;Beginnen op</translation>
    </message>
    <message>
        <source>Assign to</source>
        <translation>Toewijzen aan</translation>
    </message>
    <message>
        <source>Double bookings</source>
        <translation>Dubbele boekingen</translation>
    </message>
    <message>
        <source>&amp;Enrol anyway</source>
        <translation>Toch &amp;inschrijven</translation>
    </message>
    <message>
        <source>This schedule has no weekly sessions yet.</source>
        <translation>Dit rooster heeft nog geen wekelijkse bijeenkomsten.</translation>
    </message>
    <message>
        <source>Schedule assigned: {sessions} sessions, {enrolled} enrolments.</source>
        <translation>Rooster toegewezen: {sessions} bijeenkomsten, {enrolled} inschrijvingen.</translation>
    </message>
    <message>
        <source>Double bookings kept: {n}.</source>
        <translation>Dubbele boekingen behouden: {n}.</translation>
    </message>
    <message>
        <source>Double bookings: {n}. These clients are already in another session at that time. Nothing was assigned. Change the start date or the clients, or enrol them anyway.</source>
        <translation>Dubbele boekingen: {n}. Deze cliënten zitten op dat tijdstip al in een andere bijeenkomst. Er is niets toegewezen. Wijzig de startdatum of de cliënten, of schrijf ze toch in.</translation>
    </message>
</context>
<context>
    <name>AssignmentPreviewModel</name>
    <message>
        <source>(no group)</source>
        <translation>(geen groep)</translation>
    </message>
    <message>
        <source>{name} — another group</source>
        <translation>{name} — een andere groep</translation>
    </message>
    <message>
        <source>{n} (no limit)</source>
        <translation>{n} (geen limiet)</translation>
    </message>
    <message>
        <source>{n} of {cap}</source>
        <translation>{n} van {cap}</translation>
    </message>
    <message>
        <source>⚠ {over} over</source>
        <translation>⚠ {over} te veel</translation>
    </message>
    <message>
        <source>{title} (new)</source>
        <translation>{title} (nieuw)</translation>
    </message>
</context>
<context>
    <name>AttendanceDelegate</name>
    <message>
        <source>Attendance</source>
        <translation>Aanwezigheid</translation>
    </message>
</context>
<context>
    <name>AutoLock</name>
    <message>
        <source>{name} ({role}) is logged in. Type your password to continue.</source>
        <translation>{name} ({role}) is aangemeld. Typ uw wachtwoord om verder te gaan.</translation>
    </message>
    <message>
        <source>ClinicDesk — Locked</source>
        <translation>ClinicDesk — Vergrendeld</translation>
    </message>
    <message>
        <source>Something went wrong while checking the password. Please try again.</source>
        <translation>Er ging iets mis bij het controleren van het wachtwoord. Probeer het opnieuw.</translation>
    </message>
</context>
<context>
    <name>BusyOverlay</name>
    <message>
        <source>Loading</source>
        <translation>Laden</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
</context>
<context>
    <name>CareTeamDialog</name>
    <message>
        <source>Care team — {name}</source>
        <translation>Behandelteam — {name}</translation>
    </message>
    <message>
        <source>Save care team</source>
        <translation>Behandelteam opslaan</translation>
    </message>
    <message>
        <source>Primary therapist</source>
        <translation>Hoofdbehandelaar</translation>
    </message>
    <message>
        <source>Case manager</source>
        <translation>Casemanager</translation>
    </message>
    <message>
        <source>Other members of the care team</source>
        <translation>Overige leden van het behandelteam</translation>
    </message>
    <message>
        <source>The care team opens the client&apos;s file to its members when the clinic restricts access. Changes are kept in the care team&apos;s history.</source>
        <translation>Het behandelteam geeft zijn leden toegang tot het dossier van de cliënt wanneer de kliniek de toegang beperkt. Wijzigingen worden bewaard in de geschiedenis van het behandelteam.</translation>
    </message>
    <message>
        <source>&amp;Primary therapist</source>
        <translation>&amp;Hoofdbehandelaar</translation>
    </message>
    <message>
        <source>&amp;Case manager</source>
        <translation>&amp;Casemanager</translation>
    </message>
    <message>
        <source>&amp;Others</source>
        <translation>&amp;Overigen</translation>
    </message>
    <message>
        <source>— nobody —</source>
        <translation>— niemand —</translation>
    </message>
</context>
<context>
    <name>CareTeamModel</name>
    <message>
        <source>now</source>
        <translation>nu</translation>
    </message>
</context>
<context>
    <name>CareTeamPanel</name>
    <message>
        <source>&amp;Edit care team…</source>
        <translation>Behandelteam &amp;bewerken…</translation>
    </message>
    <message>
        <source>Care team history</source>
        <translation>Geschiedenis van het behandelteam</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <source>Every change is kept: who was on the team, in which role, and when.</source>
        <translation>Elke wijziging wordt bewaard: wie in het team zat, in welke rol en wanneer.</translation>
    </message>
    <message>
        <source>No care team recorded yet.</source>
        <translation>Nog geen behandelteam vastgelegd.</translation>
    </message>
    <message>
        <source>Only managers and administrators can change a care team.</source>
        <translation>Alleen managers en beheerders kunnen een behandelteam wijzigen.</translation>
    </message>
    <message>
        <source>Care team saved.</source>
        <translation>Behandelteam opgeslagen.</translation>
    </message>
</context>
<context>
    <name>ChangeChart</name>
    <message>
        <source>Mean change with 95% confidence interval</source>
        <translation>Gemiddelde verandering met 95%-betrouwbaarheidsinterval</translation>
    </message>
    <message>
        <source>← better</source>
        <translation>← beter</translation>
    </message>
    <message>
        <source>← worse</source>
        <translation>← slechter</translation>
    </message>
    <message>
        <source>worse →</source>
        <translation>slechter →</translation>
    </message>
    <message>
        <source>better →</source>
        <translation>beter →</translation>
    </message>
    <message>
        <source>Mean change in {measure} total (latest − baseline) with its 95% confidence interval</source>
        <translation>Gemiddelde verandering in de totaalscore {measure} (laatste − beginmeting) met 95%-betrouwbaarheidsinterval</translation>
    </message>
    <message>
        <source>hidden: fewer than {n} clients</source>
        <translation>verborgen: minder dan {n} cliënten</translation>
    </message>
    <message>
        <source>no client with a baseline and a later score</source>
        <translation>geen cliënt met een beginmeting en een latere score</translation>
    </message>
</context>
<context>
    <name>ChangeDateDialog</name>
    <message>
        <source>Change the session date</source>
        <translation>Datum van de bijeenkomst wijzigen</translation>
    </message>
    <message>
        <source>Change date</source>
        <translation>Datum wijzigen</translation>
    </message>
    <message>
        <source>Date the session took place</source>
        <translation>Datum waarop de bijeenkomst plaatsvond</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Use this when documenting late: the note and the clients&apos; files show the date you choose; the scheduled time stays.</source>
        <translation>Gebruik dit bij late verslaglegging: de notitie en de dossiers van de cliënten tonen de gekozen datum; het geplande tijdstip blijft staan.</translation>
    </message>
    <message>
        <source>&amp;Date it took place</source>
        <translation>&amp;Datum waarop het plaatsvond</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Reden</translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <source>Edit client</source>
        <translation>Cliënt bewerken</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Nieuwe cliënt</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>Roepnaam</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <source>Record number</source>
        <translation>Dossiernummer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Voornaam</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Achternaam</translation>
    </message>
    <message>
        <source>&amp;Preferred name (optional)</source>
        <translation>&amp;Roepnaam (optioneel)</translation>
    </message>
    <message>
        <source>&amp;Date of birth (optional)</source>
        <translation>&amp;Geboortedatum (optioneel)</translation>
    </message>
    <message>
        <source>&amp;Record number (optional)</source>
        <translation>&amp;Dossiernummer (optioneel)</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>&amp;Reload current version</source>
        <translation>Huidige versie &amp;herladen</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Mogelijk dubbele registratie</translation>
    </message>
    <message>
        <source>Save &amp;anyway</source>
        <translation>Toch &amp;opslaan</translation>
    </message>
    <message>
        <source>Save anyway, this is a different person</source>
        <translation>Toch opslaan, dit is een andere persoon</translation>
    </message>
    <message>
        <source>Client {name} created.</source>
        <translation>Cliënt {name} aangemaakt.</translation>
    </message>
    <message>
        <source>Client {name} saved.</source>
        <translation>Cliënt {name} opgeslagen.</translation>
    </message>
    <message>
        <source>This is the current version. Make your changes again and save.</source>
        <translation>Dit is de huidige versie. Breng uw wijzigingen opnieuw aan en sla op.</translation>
    </message>
</context>
<context>
    <name>ClientFile</name>
    <message>
        <source>Identity</source>
        <translation>Identiteit</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Officiële naam</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>Roepnaam</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <source>Record number</source>
        <translation>Dossiernummer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Care team</source>
        <translation>Behandelteam</translation>
    </message>
    <message>
        <source>Primary therapist</source>
        <translation>Hoofdbehandelaar</translation>
    </message>
    <message>
        <source>Case manager</source>
        <translation>Casemanager</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>Overigen</translation>
    </message>
    <message>
        <source>No care team recorded yet.</source>
        <translation>Nog geen behandelteam vastgelegd.</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groepen</translation>
    </message>
    <message>
        <source>since {joined}</source>
        <translation>sinds {joined}</translation>
    </message>
    <message>
        <source>{joined} – {left}</source>
        <translation>{joined} – {left}</translation>
    </message>
    <message>
        <source>Not in any group.</source>
        <translation>In geen enkele groep.</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Aanwezigheid</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Bijgewoond</translation>
    </message>
    <message>
        <source>Attendance by group</source>
        <translation>Aanwezigheid per groep</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groep</translation>
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
        <source>(no group)</source>
        <translation>(geen groep)</translation>
    </message>
    <message>
        <source>Group action in {group}</source>
        <translation>Groepsactie in {group}</translation>
    </message>
    <message>
        <source>Group action in a removed group</source>
        <translation>Groepsactie in een verwijderde groep</translation>
    </message>
    <message>
        <source>Added to this file</source>
        <translation>Toegevoegd aan dit dossier</translation>
    </message>
    <message>
        <source>Retracted by</source>
        <translation>Ingetrokken door</translation>
    </message>
    <message>
        <source>Retracted on</source>
        <translation>Ingetrokken op</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Integrity warning: this session&apos;s signed content no longer matches what was signed. It was changed outside ClinicDesk after signing. Do not rely on it; report it to a records administrator.</source>
        <translation>Integriteitswaarschuwing: de ondertekende inhoud van deze bijeenkomst komt niet meer overeen met wat ondertekend is. Die is na ondertekening buiten ClinicDesk gewijzigd. Vertrouw er niet op en meld het bij een dossierbeheerder.</translation>
    </message>
    <message>
        <source>Scheduled for</source>
        <translation>Gepland op</translation>
    </message>
    <message>
        <source>Documented late because</source>
        <translation>Te laat vastgelegd omdat</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duur</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>Leaders</source>
        <translation>Groepsleiders</translation>
    </message>
    <message>
        <source>Time attended</source>
        <translation>Bijgewoonde tijd</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <source>Individual note</source>
        <translation>Individuele notitie</translation>
    </message>
    <message>
        <source>Group note</source>
        <translation>Groepsnotitie</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Handtekeningen</translation>
    </message>
    <message>
        <source>Addendum by {name}, {when}</source>
        <translation>Addendum van {name}, {when}</translation>
    </message>
</context>
<context>
    <name>ClientFileDialog</name>
    <message>
        <source>Client file — {name}</source>
        <translation>Dossier — {name}</translation>
    </message>
    <message>
        <source>Print &amp;handout</source>
        <translation>&amp;Hand-out afdrukken</translation>
    </message>
    <message>
        <source>The client&apos;s own groups and upcoming sessions, to take home</source>
        <translation>De eigen groepen en komende bijeenkomsten van de cliënt, om mee naar huis te nemen</translation>
    </message>
    <message>
        <source>Print a&amp;ttendance…</source>
        <translation>&amp;Aanwezigheid afdrukken…</translation>
    </message>
    <message>
        <source>Opening the file…</source>
        <translation>Dossier openen…</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <source>File entries</source>
        <translation>Dossieritems</translation>
    </message>
    <message>
        <source>Selected entry</source>
        <translation>Geselecteerd item</translation>
    </message>
    <message>
        <source>&amp;Save document…</source>
        <translation>Document &amp;opslaan…</translation>
    </message>
    <message>
        <source>Nothing in this file yet</source>
        <translation>Nog niets in dit dossier</translation>
    </message>
    <message>
        <source>Documents, programs, activities, objectives and notes shared with this client&apos;s groups appear here.</source>
        <translation>Documenten, programma&apos;s, activiteiten, doelen en notities die met de groepen van deze cliënt gedeeld zijn, verschijnen hier.</translation>
    </message>
    <message>
        <source>Completed group sessions</source>
        <translation>Afgeronde groepsbijeenkomsten</translation>
    </message>
    <message>
        <source>Selected session (read-only)</source>
        <translation>Geselecteerde bijeenkomst (alleen-lezen)</translation>
    </message>
    <message>
        <source>No completed group sessions</source>
        <translation>Geen afgeronde groepsbijeenkomsten</translation>
    </message>
    <message>
        <source>Sessions appear here, read-only, once they are signed and completed.</source>
        <translation>Bijeenkomsten verschijnen hier, alleen-lezen, zodra ze ondertekend en afgerond zijn.</translation>
    </message>
    <message>
        <source>Group sessions</source>
        <translation>Groepsbijeenkomsten</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Uitkomsten</translation>
    </message>
    <message>
        <source>Care team</source>
        <translation>Behandelteam</translation>
    </message>
    <message>
        <source>You have no access to this client&apos;s file</source>
        <translation>U hebt geen toegang tot het dossier van deze cliënt</translation>
    </message>
    <message>
        <source>The clinic restricts who can open client files. Ask a manager if you need access to this client.</source>
        <translation>De kliniek beperkt wie dossiers mag openen. Vraag een manager als u toegang tot deze cliënt nodig hebt.</translation>
    </message>
    <message>
        <source>&amp;Why not?</source>
        <translation>&amp;Waarom niet?</translation>
    </message>
    <message>
        <source>Preferred name: {name}</source>
        <translation>Roepnaam: {name}</translation>
    </message>
    <message>
        <source>Record no. {n}</source>
        <translation>Dossiernr. {n}</translation>
    </message>
    <message>
        <source>Born {date}</source>
        <translation>Geboren {date}</translation>
    </message>
    <message>
        <source>File entries ({n})</source>
        <translation>Dossieritems ({n})</translation>
    </message>
    <message>
        <source>Group sessions ({n})</source>
        <translation>Groepsbijeenkomsten ({n})</translation>
    </message>
    <message>
        <source>Your routes to this file:
{routes}</source>
        <translation>Uw routes naar dit dossier:
{routes}</translation>
    </message>
    <message>
        <source>You have no route to this file: no care team place, no practitioner group shared with their care team, and no access granted through one of their groups.</source>
        <translation>U hebt geen route naar dit dossier: geen plaats in het behandelteam, geen behandelaarsgroep gedeeld met het behandelteam en geen toegang verleend via een van de groepen van de cliënt.</translation>
    </message>
    <message>
        <source>Save document</source>
        <translation>Document opslaan</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>{name} opgeslagen.</translation>
    </message>
    <message>
        <source>Handout — {name}</source>
        <translation>Hand-out — {name}</translation>
    </message>
</context>
<context>
    <name>ClientOutcomeChart</name>
    <message>
        <source>Outcome chart</source>
        <translation>Uitkomstgrafiek</translation>
    </message>
    <message>
        <source>No scores to chart.</source>
        <translation>Geen scores om weer te geven.</translation>
    </message>
    <message>
        <source>{measure}: {n} scores, from {first}{b1} on {d1} to {last}{b2} on {d2}.</source>
        <translation>{measure}: {n} scores, van {first}{b1} op {d1} tot {last}{b2} op {d2}.</translation>
    </message>
    <message>
        <source>No scores yet.</source>
        <translation>Nog geen scores.</translation>
    </message>
    <message>
        <source>cut-off {sign}{value}</source>
        <translation>afkappunt {sign}{value}</translation>
    </message>
    <message>
        <source>{measure} total</source>
        <translation>Totaalscore {measure}</translation>
    </message>
    <message>
        <source>Member of the group</source>
        <translation>Lid van de groep</translation>
    </message>
    <message>
        <source>Session attended</source>
        <translation>Bijeenkomst bijgewoond</translation>
    </message>
    <message>
        <source>Session missed</source>
        <translation>Bijeenkomst gemist</translation>
    </message>
    <message>
        <source>Attendance not recorded</source>
        <translation>Aanwezigheid niet ingevuld</translation>
    </message>
</context>
<context>
    <name>ClientOutcomesPanel</name>
    <message>
        <source>Measure shown</source>
        <translation>Getoond meetinstrument</translation>
    </message>
    <message>
        <source>&amp;Record a score…</source>
        <translation>&amp;Score registreren…</translation>
    </message>
    <message>
        <source>Re&amp;tract…</source>
        <translation>In&amp;trekken…</translation>
    </message>
    <message>
        <source>Mark the selected score as wrong, with a reason (it is kept)</source>
        <translation>De geselecteerde score als onjuist markeren, met een reden (de score blijft bewaard)</translation>
    </message>
    <message>
        <source>Measure:</source>
        <translation>Meetinstrument:</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Scores</translation>
    </message>
    <message>
        <source>No outcome scores yet</source>
        <translation>Nog geen uitkomstscores</translation>
    </message>
    <message>
        <source>Record a PHQ-9, GAD-7, K10 or one of the clinic&apos;s own measures to follow this client&apos;s progress over time.</source>
        <translation>Registreer een PHQ-9, GAD-7, K10 of een eigen meetinstrument van de kliniek om de voortgang van deze cliënt te volgen.</translation>
    </message>
    <message>
        <source>Record a score…</source>
        <translation>Score registreren…</translation>
    </message>
    <message>
        <source>Loading scores…</source>
        <translation>Scores laden…</translation>
    </message>
    <message>
        <source>{name} ({n})</source>
        <translation>{name} ({n})</translation>
    </message>
    <message>
        <source>{title}</source>
        <translation>{title}</translation>
    </message>
    <message numerus="yes">
        <source>%n retracted</source>
        <translation>
            <numerusform>%n ingetrokken</numerusform>
            <numerusform>%n ingetrokken</numerusform>
        </translation>
    </message>
    <message>
        <source>{measure} score recorded.</source>
        <translation>Score {measure} geregistreerd.</translation>
    </message>
    <message>
        <source>Retract a score</source>
        <translation>Een score intrekken</translation>
    </message>
    <message>
        <source>Retract the {measure} score of {total} taken on {day}? It stays in the file, marked as retracted, and no longer counts in charts or comparisons.</source>
        <translation>De {measure}-score van {total}, afgenomen op {day}, intrekken? De score blijft in het dossier, gemarkeerd als ingetrokken, en telt niet meer mee in grafieken en vergelijkingen.</translation>
    </message>
    <message>
        <source>Retract score</source>
        <translation>Score intrekken</translation>
    </message>
    <message>
        <source>Score retracted.</source>
        <translation>Score ingetrokken.</translation>
    </message>
</context>
<context>
    <name>ClientPicker</name>
    <message>
        <source>Find clients by name or record number</source>
        <translation>Cliënten zoeken op naam of dossiernummer</translation>
    </message>
    <message>
        <source>Clients found</source>
        <translation>Gevonden cliënten</translation>
    </message>
    <message>
        <source>Chosen clients</source>
        <translation>Gekozen cliënten</translation>
    </message>
    <message>
        <source>&amp;Add →</source>
        <translation>&amp;Toevoegen →</translation>
    </message>
    <message>
        <source>Add the selected clients</source>
        <translation>De geselecteerde cliënten toevoegen</translation>
    </message>
    <message>
        <source>← &amp;Remove</source>
        <translation>← &amp;Verwijderen</translation>
    </message>
    <message>
        <source>Showing the first {n}; type more of the name to narrow it down.</source>
        <translation>De eerste {n} worden getoond; typ meer van de naam om te verfijnen.</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) chosen</source>
        <translation>
            <numerusform>%n cliënt gekozen</numerusform>
            <numerusform>%n cliënten gekozen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClinicSettingsPage</name>
    <message>
        <source>Never</source>
        <translation>Nooit</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source> clients</source>
        <translation> cliënten</translation>
    </message>
    <message>
        <source>Group sessions</source>
        <translation>Groepsbijeenkomsten</translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation>Kliniek</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>Wijzigingen &amp;opslaan</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Opslaan (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Terugzetten</translation>
    </message>
    <message>
        <source>Clinic settings</source>
        <translation>Kliniekinstellingen</translation>
    </message>
    <message>
        <source>These apply to every workstation of the clinic.</source>
        <translation>Deze gelden voor elke werkplek van de kliniek.</translation>
    </message>
    <message>
        <source>You can read the clinic settings but not change them: {reason}</source>
        <translation>U kunt de kliniekinstellingen lezen maar niet wijzigen: {reason}</translation>
    </message>
    <message>
        <source>Clinic settings saved.</source>
        <translation>Kliniekinstellingen opgeslagen.</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Bijeenkomst</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <source>Joining</source>
        <translation>Nieuwe deelnemers</translation>
    </message>
    <message>
        <source>Places after</source>
        <translation>Plaatsen daarna</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Aanwezigheid</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duur</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>Roepnaam</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <source>Record no.</source>
        <translation>Dossiernr.</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Leden</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Behandelaar</translation>
    </message>
    <message>
        <source>Granted by</source>
        <translation>Verleend door</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Sinds</translation>
    </message>
    <message>
        <source>Current members (and capacity, when limited)</source>
        <translation>Huidige leden (en capaciteit, indien beperkt)</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Ingestroomd</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Uitgestroomd</translation>
    </message>
    <message>
        <source>Named to others</source>
        <translation>Naam zichtbaar voor anderen</translation>
    </message>
    <message>
        <source>Whether the member agreed to be named to the other members (groups whose members see each other)</source>
        <translation>Of het lid ermee instemt dat de andere leden de naam zien (groepen waarvan de leden elkaar zien)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No (declined)</source>
        <translation>Nee (geweigerd)</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>Niet gevraagd</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Meetinstrument</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Ernst</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>Item answers, in order</source>
        <translation>Antwoorden per item, op volgorde</translation>
    </message>
    <message>
        <source>Entered in</source>
        <translation>Ingevoerd in</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Clients with a baseline and a later score</source>
        <translation>Cliënten met een beginmeting en een latere score</translation>
    </message>
    <message>
        <source>Mean baseline</source>
        <translation>Gem. beginmeting</translation>
    </message>
    <message>
        <source>Mean latest</source>
        <translation>Gem. laatste</translation>
    </message>
    <message>
        <source>Mean change (95% CI)</source>
        <translation>Gem. verandering (95%-BI)</translation>
    </message>
    <message>
        <source>Latest − baseline, with its 95% confidence interval</source>
        <translation>Laatste − beginmeting, met het 95%-betrouwbaarheidsinterval</translation>
    </message>
    <message>
        <source>Improved</source>
        <translation>Verbeterd</translation>
    </message>
    <message>
        <source>Reliably improved (reliable change index)</source>
        <translation>Betrouwbaar verbeterd (index voor betrouwbare verandering)</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>Geen verandering</translation>
    </message>
    <message>
        <source>No reliable change</source>
        <translation>Geen betrouwbare verandering</translation>
    </message>
    <message>
        <source>Worse</source>
        <translation>Verslechterd</translation>
    </message>
    <message>
        <source>Reliably deteriorated (reliable change index)</source>
        <translation>Betrouwbaar verslechterd (index voor betrouwbare verandering)</translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation>Hersteld</translation>
    </message>
    <message>
        <source>Reliably improved and out of the clinical range, among those in it at baseline</source>
        <translation>Betrouwbaar verbeterd en buiten het klinische bereik, van wie er bij de beginmeting in zaten</translation>
    </message>
    <message>
        <source>Entered as</source>
        <translation>Ingevoerd als</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Bereik</translation>
    </message>
    <message>
        <source>Better</source>
        <translation>Beter</translation>
    </message>
    <message>
        <source>Severity bands</source>
        <translation>Ernstniveaus</translation>
    </message>
    <message>
        <source>Clinical cut-off</source>
        <translation>Klinisch afkappunt</translation>
    </message>
    <message>
        <source>Reliable change</source>
        <translation>Betrouwbare verandering</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Scores</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Tot</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliënt</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Geboren</translation>
    </message>
    <message>
        <source>Attendee</source>
        <translation>Deelnemer</translation>
    </message>
    <message>
        <source>Double-click or press F2 to record attendance</source>
        <translation>Dubbelklik of druk op F2 om de aanwezigheid te registreren</translation>
    </message>
    <message>
        <source>Minutes attended, for a client marked late or left early (F2 to edit)</source>
        <translation>Bijgewoonde minuten, voor een cliënt die te laat kwam of eerder vertrok (F2 om te bewerken)</translation>
    </message>
    <message>
        <source>Individual note</source>
        <translation>Individuele notitie</translation>
    </message>
    <message>
        <source>Enrolled by</source>
        <translation>Inschrijving</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Leaders</source>
        <translation>Groepsleiders</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Ingeschreven</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Plaatsen</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archief</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Weken</translation>
    </message>
    <message>
        <source>Per week</source>
        <translation>Per week</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Session template</source>
        <translation>Bijeenkomstsjabloon</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wacht al</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Already in</source>
        <translation>Al in</translation>
    </message>
    <message>
        <source>Signed as</source>
        <translation>Ondertekend als</translation>
    </message>
    <message>
        <source>Addendum</source>
        <translation>Addendum</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Functies</translation>
    </message>
    <message>
        <source>Licensed</source>
        <translation>Bevoegd</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>Laatst aangemeld</translation>
    </message>
    <message>
        <source>Practitioners</source>
        <translation>Behandelaars</translation>
    </message>
    <message>
        <source>Clinic admins</source>
        <translation>Kliniekbeheerders</translation>
    </message>
    <message>
        <source>Why (routes)</source>
        <translation>Waarom (routes)</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>Via</source>
        <translation>Via</translation>
    </message>
    <message>
        <source>Waiting for</source>
        <translation>Wacht op</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Wacht al</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>Wat ontbreekt</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Waiting since</source>
        <translation>Wacht sinds</translation>
    </message>
    <message>
        <source>Waited</source>
        <translation>Wachttijd</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioriteit</translation>
    </message>
    <message>
        <source>Priority reason</source>
        <translation>Reden voor prioriteit</translation>
    </message>
    <message>
        <source>Care role</source>
        <translation>Rol in behandelteam</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Tot</translation>
    </message>
    <message>
        <source>Set by</source>
        <translation>Ingesteld door</translation>
    </message>
    <message>
        <source>Ended by</source>
        <translation>Beëindigd door</translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <source>hidden</source>
        <translation>verborgen</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n.v.t.</translation>
    </message>
    <message>
        <source>to</source>
        <translation>tot</translation>
    </message>
    <message>
        <source>{n} of {of} ({share}%)</source>
        <translation>{n} van {of} ({share}%)</translation>
    </message>
    <message>
        <source>Fewer than {n} clients: nothing is shown about this group.</source>
        <translation>Minder dan {n} cliënten: over deze groep wordt niets getoond.</translation>
    </message>
    <message>
        <source>Hidden: it describes fewer than {n} clients, or would let a hidden count be worked out.</source>
        <translation>Verborgen: het gaat over minder dan {n} cliënten, of een verborgen aantal zou eruit af te leiden zijn.</translation>
    </message>
    <message>
        <source>At the latest score: {bands}</source>
        <translation>Bij de laatste score: {bands}</translation>
    </message>
</context>
<context>
    <name>ConsentControls</name>
    <message>
        <source>C&amp;onsent…</source>
        <translation>&amp;Toestemming…</translation>
    </message>
    <message>
        <source>Record whether the selected member agrees to be named to the others</source>
        <translation>Vastleggen of het geselecteerde lid ermee instemt dat de anderen de naam zien</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>CSV e&amp;xporteren…</translation>
    </message>
    <message>
        <source>Save the current members with their consent</source>
        <translation>De huidige leden met hun toestemming opslaan</translation>
    </message>
    <message>
        <source>Consent to be named</source>
        <translation>Toestemming om bij naam genoemd te worden</translation>
    </message>
    <message>
        <source>May the other members of {group} see {name}&apos;s name (on letters and handouts)?</source>
        <translation>Mogen de andere leden van {group} de naam van {name} zien (op brieven en hand-outs)?</translation>
    </message>
    <message>
        <source>Export the members</source>
        <translation>De leden exporteren</translation>
    </message>
    <message>
        <source>Members exported to {path}.</source>
        <translation>Leden geëxporteerd naar {path}.</translation>
    </message>
</context>
<context>
    <name>ConsentPrompt</name>
    <message>
        <source>Members not asked yet</source>
        <translation>Leden nog niet gevraagd</translation>
    </message>
    <message>
        <source>Members who have not agreed are never named to the others. Keep them as “not asked” and ask them later (Members ▸ Consent…), or record that they declined.</source>
        <translation>Leden die geen toestemming hebben gegeven, worden nooit bij naam genoemd aan de anderen. Laat ze op “niet gevraagd” staan en vraag het later (Leden ▸ Toestemming…), of leg vast dat ze geweigerd hebben.</translation>
    </message>
    <message>
        <source>Keep “not asked”, ask later</source>
        <translation>“Niet gevraagd” laten, later vragen</translation>
    </message>
    <message>
        <source>Record them as declined</source>
        <translation>Als geweigerd vastleggen</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <source>%n member(s) not asked yet whether the others may see their name.</source>
        <translation>
            <numerusform>%n lid is nog niet gevraagd of de anderen zijn of haar naam mogen zien.</numerusform>
            <numerusform>%n leden zijn nog niet gevraagd of de anderen hun naam mogen zien.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n put on the waitlist (the group is full)</source>
        <translation>
            <numerusform>; %n op de wachtlijst gezet (de groep is vol)</numerusform>
            <numerusform>; %n op de wachtlijst gezet (de groep is vol)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n already waiting</source>
        <translation>
            <numerusform>; %n wachtte al</numerusform>
            <numerusform>; %n wachtten al</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n client(s) to {group}</source>
        <translation>
            <numerusform>%n cliënt toegevoegd aan {group}</numerusform>
            <numerusform>%n cliënten toegevoegd aan {group}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n already member(s))</source>
        <translation>
            <numerusform> (%n was al lid)</numerusform>
            <numerusform> (%n waren al lid)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuut</numerusform>
            <numerusform>%n minuten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatabasePage</name>
    <message>
        <source>Local file</source>
        <translation>Lokaal bestand</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Database location</source>
        <translation>Locatie van de database</translation>
    </message>
    <message>
        <source>&amp;Backup now…</source>
        <translation>Nu back-&amp;up maken…</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Terugzetten uit een back-up…</translation>
    </message>
    <message>
        <source>Ver&amp;ify audit log</source>
        <translation>Auditlog &amp;controleren</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Where the data lives</source>
        <translation>Waar de gegevens staan</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>A database server is backed up by its administrator.</source>
        <translation>Van een databaseserver maakt de beheerder de back-ups.</translation>
    </message>
    <message>
        <source>Care</source>
        <translation>Onderhoud</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Backups, restores and the tamper-evident audit log.</source>
        <translation>Back-ups, terugzetten en het fraudebestendige auditlog.</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Bezig…</translation>
    </message>
    <message>
        <source>Save a backup</source>
        <translation>Back-up opslaan</translation>
    </message>
    <message>
        <source>ClinicDesk backups (*.sqlite3)</source>
        <translation>ClinicDesk-back-ups (*.sqlite3)</translation>
    </message>
    <message>
        <source>Backup written to {path}.</source>
        <translation>Back-up geschreven naar {path}.</translation>
    </message>
    <message>
        <source>Backup written.</source>
        <translation>Back-up geschreven.</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Kies een back-up</translation>
    </message>
    <message>
        <source>ClinicDesk backups (*.sqlite3);;All files (*)</source>
        <translation>ClinicDesk-back-ups (*.sqlite3);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Terugzetten uit een back-up</translation>
    </message>
    <message>
        <source>Everything recorded since this backup was made will be replaced by the backup. A safety copy of the current data is kept. Restore now?</source>
        <translation>Alles wat sinds deze back-up is vastgelegd, wordt vervangen door de back-up. Er wordt een veiligheidskopie van de huidige gegevens bewaard. Nu terugzetten?</translation>
    </message>
    <message>
        <source>Restored. The previous data was kept as {name}. Quit and start ClinicDesk again before doing anything else.</source>
        <translation>Teruggezet. De vorige gegevens zijn bewaard als {name}. Sluit ClinicDesk af en start het opnieuw voordat u iets anders doet.</translation>
    </message>
    <message>
        <source>Restart ClinicDesk</source>
        <translation>ClinicDesk opnieuw starten</translation>
    </message>
    <message>
        <source>The backup was restored. Please quit ClinicDesk and start it again.</source>
        <translation>De back-up is teruggezet. Sluit ClinicDesk af en start het opnieuw.</translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact: %n entry(ies) checked.</source>
        <translation>
            <numerusform>Het auditlog is intact: %n regel gecontroleerd.</numerusform>
            <numerusform>Het auditlog is intact: %n regels gecontroleerd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n signed session(s) match their seals.</source>
        <translation>
            <numerusform>%n ondertekende bijeenkomst komt overeen met haar zegel.</numerusform>
            <numerusform>%n ondertekende bijeenkomsten komen overeen met hun zegel.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n signed session(s) no longer match what was signed:</source>
        <translation>
            <numerusform>%n ondertekende bijeenkomst komt niet meer overeen met wat ondertekend is:</numerusform>
            <numerusform>%n ondertekende bijeenkomsten komen niet meer overeen met wat ondertekend is:</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log has been tampered with at entry {seq}: {problem}</source>
        <translation>Er is geknoeid met het auditlog bij regel {seq}: {problem}</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>dd</source>
        <comment>the day in a typed date&apos;s hint</comment>
        <translation>dd</translation>
    </message>
    <message>
        <source>mm</source>
        <comment>the month in a typed date&apos;s hint</comment>
        <translation>mm</translation>
    </message>
    <message>
        <source>yyyy</source>
        <comment>the year in a typed date&apos;s hint</comment>
        <translation>jjjj</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Pick from a calendar</source>
        <translation>Kiezen in de kalender</translation>
    </message>
    <message>
        <source>Type the date as {form}, or pick it from the calendar.</source>
        <translation>Typ de datum als {form}, of kies hem in de kalender.</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <source>Edit de&amp;tails…</source>
        <translation>&amp;Gegevens bewerken…</translation>
    </message>
    <message>
        <source>Print attendance re&amp;port…</source>
        <translation>Aanwezigheids&amp;rapport afdrukken…</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>What members see</source>
        <translation>Wat leden zien</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capaciteit</translation>
    </message>
    <message>
        <source>No description.</source>
        <translation>Geen beschrijving.</translation>
    </message>
    <message numerus="yes">
        <source>No limit · %n current member(s)</source>
        <translation>
            <numerusform>Geen limiet · %n huidig lid</numerusform>
            <numerusform>Geen limiet · %n huidige leden</numerusform>
        </translation>
    </message>
    <message>
        <source>{cap} places · {n} taken · {room} free</source>
        <translation>{cap} plaatsen · {n} bezet · {room} vrij</translation>
    </message>
</context>
<context>
    <name>Dialog</name>
    <message>
        <source>Discard what you typed?</source>
        <translation>Wat u hebt getypt weggooien?</translation>
    </message>
    <message>
        <source>What you typed in this window has not been saved.</source>
        <translation>Wat u in dit venster hebt getypt, is niet opgeslagen.</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Weggooien</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>Illustration</source>
        <translation>Illustratie</translation>
    </message>
</context>
<context>
    <name>EndMembershipDialog</name>
    <message>
        <source>Remove {name} from {group}</source>
        <translation>{name} uit {group} verwijderen</translation>
    </message>
    <message>
        <source>End membership</source>
        <translation>Lidmaatschap beëindigen</translation>
    </message>
    <message>
        <source>Leaves on</source>
        <translation>Vertrekt op</translation>
    </message>
    <message>
        <source>From this date on they are no longer in the group&apos;s sessions.</source>
        <translation>Vanaf deze datum doet de cliënt niet meer mee aan de bijeenkomsten van de groep.</translation>
    </message>
    <message>
        <source>Joined on {date}. From the leaving date on they leave the group&apos;s upcoming sessions; attendance already recorded stays. A date in the past is fine (they stopped coming), and so is a planned one. Their file stays.</source>
        <translation>Lid sinds {date}. Vanaf de vertrekdatum verlaat de cliënt de komende bijeenkomsten van de groep; al geregistreerde aanwezigheid blijft staan. Een datum in het verleden mag (de cliënt kwam niet meer), een geplande datum ook. Het dossier blijft bewaard.</translation>
    </message>
    <message>
        <source>&amp;Leaves on</source>
        <translation>&amp;Vertrekt op</translation>
    </message>
</context>
<context>
    <name>FileEntriesModel</name>
    <message>
        <source>Group: {name}</source>
        <translation>Groep: {name}</translation>
    </message>
    <message>
        <source>A removed group</source>
        <translation>Een verwijderde groep</translation>
    </message>
    <message>
        <source>Added to this file</source>
        <translation>Toegevoegd aan dit dossier</translation>
    </message>
    <message>
        <source>Retracted by {name} on {when}: {reason}</source>
        <translation>Ingetrokken door {name} op {when}: {reason}</translation>
    </message>
</context>
<context>
    <name>FirstPasswordDialog</name>
    <message>
        <source>Choose your password — ClinicDesk</source>
        <translation>Kies uw wachtwoord — ClinicDesk</translation>
    </message>
    <message>
        <source>Welcome, {name}. Your account was created with a one-time password. Choose your own password now; nobody else will know it.</source>
        <translation>Welkom, {name}. Uw account is aangemaakt met een eenmalig wachtwoord. Kies nu uw eigen wachtwoord; niemand anders zal het kennen.</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nieuw wachtwoord</translation>
    </message>
    <message>
        <source>Repeat new password</source>
        <translation>Nieuw wachtwoord herhalen</translation>
    </message>
    <message>
        <source>Set password and log in</source>
        <translation>Wachtwoord instellen en aanmelden</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>&amp;Nieuw wachtwoord</translation>
    </message>
    <message>
        <source>Re&amp;peat</source>
        <translation>&amp;Herhalen</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>De twee wachtwoorden zijn niet gelijk.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Set up ClinicDesk</source>
        <translation>ClinicDesk instellen</translation>
    </message>
    <message>
        <source>Clinic name</source>
        <translation>Naam van de kliniek</translation>
    </message>
    <message>
        <source>Your full name</source>
        <translation>Uw volledige naam</translation>
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
        <source>Password again</source>
        <translation>Wachtwoord herhalen</translation>
    </message>
    <message>
        <source>Set-up error</source>
        <translation>Fout bij instellen</translation>
    </message>
    <message>
        <source>Create clinic</source>
        <translation>Kliniek aanmaken</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Clinic name</source>
        <translation>&amp;Naam van de kliniek</translation>
    </message>
    <message>
        <source>Your &amp;full name</source>
        <translation>Uw &amp;volledige naam</translation>
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
        <source>Password &amp;again</source>
        <translation>Wachtwoord &amp;herhalen</translation>
    </message>
    <message>
        <source>Welcome to ClinicDesk</source>
        <translation>Welkom bij ClinicDesk</translation>
    </message>
    <message>
        <source>Name your clinic and create the first administrator account. You can add the rest of the staff afterwards.</source>
        <translation>Geef uw kliniek een naam en maak het eerste beheerdersaccount aan. De overige medewerkers kunt u daarna toevoegen.</translation>
    </message>
    <message>
        <source>The password needs at least {n} characters. This account can do everything, so keep it to yourself.</source>
        <translation>Het wachtwoord moet minstens {n} tekens hebben. Met dit account kan alles, dus houd het voor uzelf.</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Aanmaken…</translation>
    </message>
    <message>
        <source>Please fill in “{field}”.</source>
        <translation>Vul “{field}” in.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>De twee wachtwoorden zijn niet gelijk.</translation>
    </message>
</context>
<context>
    <name>GrantsPanel</name>
    <message>
        <source>Practitioners listed here can open the files of every client currently in this group — also clients who join later; a client who leaves is no longer reached this way.</source>
        <translation>De behandelaars in deze lijst kunnen de dossiers openen van elke cliënt die nu in deze groep zit — ook van cliënten die later instromen; een cliënt die uitstroomt, is via deze weg niet meer bereikbaar.</translation>
    </message>
    <message>
        <source>Practitioners with access</source>
        <translation>Behandelaars met toegang</translation>
    </message>
    <message>
        <source>Practitioner to give access</source>
        <translation>Behandelaar die toegang krijgt</translation>
    </message>
    <message>
        <source>&amp;Grant access</source>
        <translation>Toegang &amp;verlenen</translation>
    </message>
    <message>
        <source>Re&amp;voke access…</source>
        <translation>Toegang &amp;intrekken…</translation>
    </message>
    <message>
        <source>No practitioner has access through this group.</source>
        <translation>Geen enkele behandelaar heeft toegang via deze groep.</translation>
    </message>
    <message>
        <source>{name} can now open the files of {group}&apos;s members.</source>
        <translation>{name} kan nu de dossiers van de leden van {group} openen.</translation>
    </message>
    <message>
        <source>Revoke access</source>
        <translation>Toegang intrekken</translation>
    </message>
    <message>
        <source>Revoke {name}&apos;s access to the files of {group}&apos;s members?</source>
        <translation>De toegang van {name} tot de dossiers van de leden van {group} intrekken?</translation>
    </message>
    <message>
        <source>They keep any other access they have (care team, practitioner groups).</source>
        <translation>Andere toegang die deze persoon heeft, blijft behouden (behandelteam, behandelaarsgroepen).</translation>
    </message>
    <message>
        <source>{name}&apos;s access through {group} was revoked.</source>
        <translation>De toegang van {name} via {group} is ingetrokken.</translation>
    </message>
</context>
<context>
    <name>GroupActionDialog</name>
    <message numerus="yes">
        <source>Shared with %n member(s)</source>
        <translation>
            <numerusform>Gedeeld met %n lid</numerusform>
            <numerusform>Gedeeld met %n leden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Program assigned to %n member(s)</source>
        <translation>
            <numerusform>Programma toegewezen aan %n lid</numerusform>
            <numerusform>Programma toegewezen aan %n leden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Activity added for %n member(s)</source>
        <translation>
            <numerusform>Activiteit toegevoegd voor %n lid</numerusform>
            <numerusform>Activiteit toegevoegd voor %n leden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Objective set for %n member(s)</source>
        <translation>
            <numerusform>Doel opgesteld voor %n lid</numerusform>
            <numerusform>Doel opgesteld voor %n leden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Note added to %n member(s)&apos; file(s)</source>
        <translation>
            <numerusform>Notitie toegevoegd aan het dossier van %n lid</numerusform>
            <numerusform>Notitie toegevoegd aan de dossiers van %n leden</numerusform>
        </translation>
    </message>
    <message>
        <source>Group action — {group}</source>
        <translation>Groepsactie — {group}</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>C&amp;hoose file…</source>
        <translation>Bestand &amp;kiezen…</translation>
    </message>
    <message>
        <source>Choose the file to share</source>
        <translation>Kies het te delen bestand</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Geen bestand gekozen</translation>
    </message>
    <message>
        <source>Checking who will receive it…</source>
        <translation>Nagaan wie het ontvangt…</translation>
    </message>
    <message>
        <source>Who will receive it</source>
        <translation>Wie het ontvangt</translation>
    </message>
    <message>
        <source>Do it once for the whole group</source>
        <translation>Eén keer uitvoeren voor de hele groep</translation>
    </message>
    <message>
        <source>It is written into the file of every current member of {group}. Past members and later members do not receive it.</source>
        <translation>Het wordt vastgelegd in het dossier van elk huidig lid van {group}. Oud-leden en latere leden ontvangen het niet.</translation>
    </message>
    <message>
        <source>&amp;What to do</source>
        <translation>&amp;Actie</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Title (optional: the file name)</source>
        <translation>&amp;Titel (optioneel: de bestandsnaam)</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Notitie</translation>
    </message>
    <message>
        <source>&amp;Message to members (optional)</source>
        <translation>Be&amp;richt aan leden (optioneel)</translation>
    </message>
    <message>
        <source>&amp;Description (optional)</source>
        <translation>B&amp;eschrijving (optioneel)</translation>
    </message>
    <message>
        <source>Choose the document to share</source>
        <translation>Kies het te delen document</translation>
    </message>
    <message>
        <source>{name} is {size}; the limit is {limit} MB. Choose a smaller file.</source>
        <translation>{name} is {size}; de limiet is {limit} MB. Kies een kleiner bestand.</translation>
    </message>
    <message>
        <source>{group} has no current members, so there is no one to send it to.</source>
        <translation>{group} heeft geen huidige leden, dus er is niemand om het naar te sturen.</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> en nog %n</numerusform>
            <numerusform> en nog %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Will be added to the file(s) of %n current member(s): {names}</source>
        <translation>
            <numerusform>Wordt toegevoegd aan het dossier van %n huidig lid: {names}</numerusform>
            <numerusform>Wordt toegevoegd aan de dossiers van %n huidige leden: {names}</numerusform>
        </translation>
    </message>
    <message>
        <source>You cannot open the files of {n} of them, so you cannot share with this group. Ask a manager to grant you access to it.</source>
        <translation>U kunt de dossiers van {n} van hen niet openen, dus u kunt niet met deze groep delen. Vraag een manager om u toegang te verlenen.</translation>
    </message>
    <message numerus="yes">
        <source>Share with %n member(s)</source>
        <translation>
            <numerusform>Delen met %n lid</numerusform>
            <numerusform>Delen met %n leden</numerusform>
        </translation>
    </message>
    <message>
        <source>The file could not be read. Check that it still exists and try again.</source>
        <translation>Het bestand kon niet worden gelezen. Controleer of het nog bestaat en probeer het opnieuw.</translation>
    </message>
</context>
<context>
    <name>GroupActionsModel</name>
    <message>
        <source>Retracted by {name} on {when}: {reason}</source>
        <translation>Ingetrokken door {name} op {when}: {reason}</translation>
    </message>
</context>
<context>
    <name>GroupChecklistModel</name>
    <message>
        <source>{name} (archived)</source>
        <translation>{name} (gearchiveerd)</translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <source>Edit group</source>
        <translation>Groep bewerken</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>Nieuwe groep</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>Groepsnaam</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Geen limiet</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capaciteit</translation>
    </message>
    <message>
        <source>The most current members the group may have</source>
        <translation>Het maximale aantal huidige leden van de groep</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Create group</source>
        <translation>Groep aanmaken</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Beschrijving</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Soort</translation>
    </message>
    <message>
        <source>&amp;Capacity</source>
        <translation>&amp;Capaciteit</translation>
    </message>
    <message>
        <source>&amp;What members see</source>
        <translation>&amp;Wat leden zien</translation>
    </message>
    <message>
        <source>Group {name} created.</source>
        <translation>Groep {name} aangemaakt.</translation>
    </message>
    <message>
        <source>Group {name} saved.</source>
        <translation>Groep {name} opgeslagen.</translation>
    </message>
    <message>
        <source>Close this window and open the group again.</source>
        <translation>Sluit dit venster en open de groep opnieuw.</translation>
    </message>
</context>
<context>
    <name>GroupPage</name>
    <message>
        <source>Archived: no new members or group actions until it is unarchived.</source>
        <translation>Gearchiveerd: geen nieuwe leden of groepsacties totdat de groep uit het archief is gehaald.</translation>
    </message>
    <message>
        <source>Group sections</source>
        <translation>Groepsonderdelen</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Gegevens</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Leden</translation>
    </message>
    <message>
        <source>Waitlist</source>
        <translation>Wachtlijst</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Medebeheerders</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Toegang</translation>
    </message>
    <message>
        <source>Group actions</source>
        <translation>Groepsacties</translation>
    </message>
    <message numerus="yes">
        <source>%n current member(s)</source>
        <translation>
            <numerusform>%n huidig lid</numerusform>
            <numerusform>%n huidige leden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GroupsModel</name>
    <message>
        <source>{name} (archived)</source>
        <translation>{name} (gearchiveerd)</translation>
    </message>
</context>
<context>
    <name>GroupsTab</name>
    <message>
        <source>Filter groups by name</source>
        <translation>Groepen filteren op naam</translation>
    </message>
    <message>
        <source>Kind of group</source>
        <translation>Soort groep</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle soorten</translation>
    </message>
    <message>
        <source>What members see</source>
        <translation>Wat leden zien</translation>
    </message>
    <message>
        <source>Any visibility</source>
        <translation>Elke zichtbaarheid</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groepen</translation>
    </message>
    <message>
        <source>+ &amp;New group</source>
        <translation>+ &amp;Nieuwe groep</translation>
    </message>
    <message>
        <source>Create a group (Ctrl+N)</source>
        <translation>Een groep aanmaken (Ctrl+N)</translation>
    </message>
    <message>
        <source>Compare &amp;outcomes…</source>
        <translation>&amp;Uitkomsten vergelijken…</translation>
    </message>
    <message>
        <source>Compare groups on an outcome measure (PHQ-9, GAD-7 …)</source>
        <translation>Groepen vergelijken op een meetinstrument (PHQ-9, GAD-7 …)</translation>
    </message>
    <message>
        <source>Sho&amp;w archived</source>
        <translation>Gearchiveerde &amp;tonen</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>Hernoe&amp;men…</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archiveren</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Verwijderen…</translation>
    </message>
    <message>
        <source>No groups yet</source>
        <translation>Nog geen groepen</translation>
    </message>
    <message>
        <source>Create your first group, then add clients to it.</source>
        <translation>Maak uw eerste groep aan en voeg er cliënten aan toe.</translation>
    </message>
    <message>
        <source>Create your first group</source>
        <translation>Uw eerste groep aanmaken</translation>
    </message>
    <message>
        <source>Choose a group</source>
        <translation>Kies een groep</translation>
    </message>
    <message>
        <source>Pick a group on the left to see its members, staff and actions.</source>
        <translation>Kies links een groep om de leden, medewerkers en acties te zien.</translation>
    </message>
    <message>
        <source>Loading groups…</source>
        <translation>Groepen laden…</translation>
    </message>
    <message>
        <source>No group matches</source>
        <translation>Geen groep gevonden</translation>
    </message>
    <message>
        <source>No group matches &apos;{text}&apos; with these filters.</source>
        <translation>Geen groep gevonden voor &apos;{text}&apos; met deze filters.</translation>
    </message>
    <message>
        <source>No group matches these filters.</source>
        <translation>Geen groep voldoet aan deze filters.</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n groep</numerusform>
            <numerusform>%n groepen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its %n current member(s) leave the group today and it disappears from the lists. The client(s), their file(s) and all their history stay; nothing is deleted.</source>
        <translation>
            <numerusform>Het huidige lid (%n) verlaat vandaag de groep en de groep verdwijnt uit de lijsten. De cliënt, het dossier en de hele geschiedenis blijven bewaard; er wordt niets gewist.</numerusform>
            <numerusform>De %n huidige leden verlaten vandaag de groep en de groep verdwijnt uit de lijsten. De cliënten, hun dossiers en hun hele geschiedenis blijven bewaard; er wordt niets gewist.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Group {name} removed; %n client(s) left it and keep their files.</source>
        <translation>
            <numerusform>Groep {name} verwijderd; %n cliënt heeft de groep verlaten en behoudt het dossier.</numerusform>
            <numerusform>Groep {name} verwijderd; %n cliënten hebben de groep verlaten en behouden hun dossiers.</numerusform>
        </translation>
    </message>
    <message>
        <source>Un&amp;archive</source>
        <translation>Uit archie&amp;f halen</translation>
    </message>
    <message>
        <source>Group {name} archived.</source>
        <translation>Groep {name} gearchiveerd.</translation>
    </message>
    <message>
        <source>Group {name} is back in use.</source>
        <translation>Groep {name} is weer in gebruik.</translation>
    </message>
    <message>
        <source>Remove group</source>
        <translation>Groep verwijderen</translation>
    </message>
    <message>
        <source>Remove the group {name}?</source>
        <translation>De groep {name} verwijderen?</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import clients from CSV</source>
        <translation>Cliënten importeren uit CSV</translation>
    </message>
    <message>
        <source>C&amp;hoose CSV file…</source>
        <translation>CSV-bestand &amp;kiezen…</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Geen bestand gekozen</translation>
    </message>
    <message>
        <source>Add the imported clients to a group</source>
        <translation>De geïmporteerde cliënten aan een groep toevoegen</translation>
    </message>
    <message>
        <source>No group</source>
        <translation>Geen groep</translation>
    </message>
    <message>
        <source>Rows that need fixing</source>
        <translation>Regels die aangepast moeten worden</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message>
        <source>Columns: first_name, last_name (required), preferred_name, date_of_birth (YYYY-MM-DD), record_number, and the care team&apos;s primary_therapist, case_manager (staff logins). Save from Excel as “CSV UTF-8”. If any row has a problem, nothing is imported and every problem is listed.</source>
        <translation>Kolommen: first_name, last_name (verplicht), preferred_name, date_of_birth (JJJJ-MM-DD), record_number, en voor het behandelteam primary_therapist, case_manager (gebruikersnamen van medewerkers). Sla in Excel op als “CSV UTF-8”. Heeft een regel een probleem, dan wordt er niets geïmporteerd en wordt elk probleem vermeld.</translation>
    </message>
    <message>
        <source>Also add them to &amp;group (optional)</source>
        <translation>Ook aan een &amp;groep toevoegen (optioneel)</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Elke regel controleren…</translation>
    </message>
    <message>
        <source>Choose the CSV file</source>
        <translation>Kies het CSV-bestand</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-bestanden (*.csv);;Alle bestanden (*)</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n client(s).</source>
        <translation>
            <numerusform>%n cliënt geïmporteerd.</numerusform>
            <numerusform>%n cliënten geïmporteerd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added to {group}.</source>
        <translation>
            <numerusform>%n toegevoegd aan {group}.</numerusform>
            <numerusform>%n toegevoegd aan {group}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported. {n} line(s) need fixing; correct the file and import it again.</source>
        <translation>Er is niets geïmporteerd. {n} regel(s) moeten worden aangepast; corrigeer het bestand en importeer het opnieuw.</translation>
    </message>
    <message>
        <source>The file could not be read. Check that it still exists and try again.</source>
        <translation>Het bestand kon niet worden gelezen. Controleer of het nog bestaat en probeer het opnieuw.</translation>
    </message>
</context>
<context>
    <name>LanguageCard</name>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Taal van het systeem</translation>
    </message>
    <message>
        <source>This workstation</source>
        <translation>Deze werkplek</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>T&amp;aal</translation>
    </message>
    <message>
        <source>Only this computer; the settings above apply everywhere.</source>
        <translation>Alleen deze computer; de instellingen hierboven gelden overal.</translation>
    </message>
    <message>
        <source>ClinicDesk will be in {language} from the next start.</source>
        <translation>Taal vanaf de volgende start: {language}.</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <source>Letter to {group}</source>
        <translation>Brief aan {group}</translation>
    </message>
    <message>
        <source>A neutral title, e.g. “About your appointments”</source>
        <translation>Een neutrale titel, bijv. “Over uw afspraken”</translation>
    </message>
    <message>
        <source>e.g. “Summer break”</source>
        <translation>bijv. “Zomerstop”</translation>
    </message>
    <message>
        <source>The text every member receives. Each copy adds the greeting, the clinic&apos;s letterhead and the member&apos;s own next sessions.</source>
        <translation>De tekst die elk lid ontvangt. Elk exemplaar krijgt de aanhef, het briefhoofd van de kliniek en de eigen komende bijeenkomsten van het lid.</translation>
    </message>
    <message>
        <source>Preview for</source>
        <translation>Voorbeeld voor</translation>
    </message>
    <message>
        <source>Language of the letters</source>
        <translation>Taal van de brieven</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation>&amp;Voorbeeld…</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;kst:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>T&amp;aal:</translation>
    </message>
    <message>
        <source>Preview &amp;for:</source>
        <translation>Voorbeeld v&amp;oor:</translation>
    </message>
    <message>
        <source>Produce &amp;letters</source>
        <translation>&amp;Brieven maken</translation>
    </message>
    <message>
        <source>This group is hidden from its members: the letters never name the group, its sessions (they read “Appointment”) or its staff, and are signed by the clinic.</source>
        <translation>Deze groep is verborgen voor haar leden: de brieven noemen nooit de groep, de bijeenkomsten (daar staat “Afspraak”) of de medewerkers, en zijn ondertekend door de kliniek.</translation>
    </message>
    <message>
        <source>Members see the group: the letters name the group, its sessions and its staff, but no other member.</source>
        <translation>Leden zien de groep: de brieven noemen de groep, de bijeenkomsten en de medewerkers, maar geen ander lid.</translation>
    </message>
    <message>
        <source>Members see each other: the letters also list the other members — only those who agreed to be named.</source>
        <translation>Leden zien elkaar: de brieven vermelden ook de andere leden — alleen wie ermee heeft ingestemd bij naam genoemd te worden.</translation>
    </message>
    <message>
        <source>Letter for {name}</source>
        <translation>Brief voor {name}</translation>
    </message>
    <message>
        <source>&amp;Produce anyway</source>
        <translation>Toch &amp;maken</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) produced; each copy is kept in the member&apos;s file.</source>
        <translation>
            <numerusform>%n brief gemaakt; het exemplaar wordt bewaard in het dossier van het lid.</numerusform>
            <numerusform>%n brieven gemaakt; elk exemplaar wordt bewaard in het dossier van het lid.</numerusform>
        </translation>
    </message>
    <message>
        <source>Letters to {group}</source>
        <translation>Brieven aan {group}</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>Not available</source>
        <translation>Niet beschikbaar</translation>
    </message>
</context>
<context>
    <name>LockCurtain</name>
    <message>
        <source>ClinicDesk is locked</source>
        <translation>ClinicDesk is vergrendeld</translation>
    </message>
    <message>
        <source>ClinicDesk is locked.
Unlock it in the main window.</source>
        <translation>ClinicDesk is vergrendeld.
Ontgrendel het in het hoofdvenster.</translation>
    </message>
</context>
<context>
    <name>LockPanel</name>
    <message>
        <source>ClinicDesk is locked</source>
        <translation>ClinicDesk is vergrendeld</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>Unlock error</source>
        <translation>Fout bij ontgrendelen</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Ontgrendelen</translation>
    </message>
    <message>
        <source>Log out instead</source>
        <translation>In plaats daarvan afmelden</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Controleren…</translation>
    </message>
    <message>
        <source>Type your password to unlock.</source>
        <translation>Typ uw wachtwoord om te ontgrendelen.</translation>
    </message>
    <message>
        <source>Click again to log out (unsaved changes are lost)</source>
        <translation>Klik nogmaals om af te melden (niet-opgeslagen wijzigingen gaan verloren)</translation>
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
        <translation>Nieuw eigen meetinstrument</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>{name} bewerken</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Full title</source>
        <translation>Volledige titel</translation>
    </message>
    <message>
        <source>Lowest possible score</source>
        <translation>Laagst mogelijke score</translation>
    </message>
    <message>
        <source>Highest possible score</source>
        <translation>Hoogst mogelijke score</translation>
    </message>
    <message>
        <source>Which way is better</source>
        <translation>Welke kant is beter</translation>
    </message>
    <message>
        <source>Severity bands</source>
        <translation>Ernstniveaus</translation>
    </message>
    <message>
        <source>Add &amp;band</source>
        <translation>Ni&amp;veau toevoegen</translation>
    </message>
    <message>
        <source>Remove band</source>
        <translation>Niveau verwijderen</translation>
    </message>
    <message>
        <source>Clinical &amp;cut-off</source>
        <translation>Klinisch &amp;afkappunt</translation>
    </message>
    <message>
        <source>Clinical cut-off</source>
        <translation>Klinisch afkappunt</translation>
    </message>
    <message>
        <source>Reliable change from published &amp;reliability</source>
        <translation>Betrouwbare verandering uit &amp;gepubliceerde betrouwbaarheid</translation>
    </message>
    <message>
        <source>Reliability (test-retest r)</source>
        <translation>Betrouwbaarheid (test-hertest r)</translation>
    </message>
    <message>
        <source>Normative standard deviation</source>
        <translation>Normatieve standaarddeviatie</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <source>Full &amp;title</source>
        <translation>Volledige &amp;titel</translation>
    </message>
    <message>
        <source>to</source>
        <translation>tot</translation>
    </message>
    <message>
        <source>Scores from</source>
        <translation>Scores van</translation>
    </message>
    <message>
        <source>&amp;Better is</source>
        <translation>&amp;Beter is</translation>
    </message>
    <message>
        <source>Reliability r</source>
        <translation>Betrouwbaarheid r</translation>
    </message>
    <message>
        <source>Normative SD</source>
        <translation>Normatieve SD</translation>
    </message>
    <message>
        <source>Severity bands (optional)</source>
        <translation>Ernstniveaus (optioneel)</translation>
    </message>
    <message>
        <source>Clinic measures are entered as a total. Without reliability figures comparisons show no reliable-change or recovery counts.</source>
        <translation>Eigen meetinstrumenten van de kliniek worden als totaal ingevoerd. Zonder betrouwbaarheidsgegevens tonen vergelijkingen geen aantallen voor betrouwbare verandering of herstel.</translation>
    </message>
    <message>
        <source>Band {n}</source>
        <translation>Niveau {n}</translation>
    </message>
</context>
<context>
    <name>MeasuresModel</name>
    <message>
        <source>{n} items, {low}–{high} each</source>
        <translation>{n} items, elk {low}–{high}</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n punt</numerusform>
            <numerusform>%n punten</numerusform>
        </translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standaard</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Gearchiveerd</translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation>Kliniek</translation>
    </message>
</context>
<context>
    <name>MembersPanel</name>
    <message>
        <source>&amp;Add member…</source>
        <translation>&amp;Lid toevoegen…</translation>
    </message>
    <message>
        <source>Type a client&apos;s name to add them</source>
        <translation>Typ de naam van een cliënt om deze toe te voegen</translation>
    </message>
    <message>
        <source>Add &amp;several…</source>
        <translation>&amp;Meerdere toevoegen…</translation>
    </message>
    <message>
        <source>Choose several clients from the directory</source>
        <translation>Meerdere cliënten uit het overzicht kiezen</translation>
    </message>
    <message>
        <source>&amp;Remove from group…</source>
        <translation>Uit groep &amp;verwijderen…</translation>
    </message>
    <message>
        <source>Open &amp;file</source>
        <translation>&amp;Dossier openen</translation>
    </message>
    <message>
        <source>Show &amp;past members</source>
        <translation>&amp;Oud-leden tonen</translation>
    </message>
    <message>
        <source>Group members</source>
        <translation>Groepsleden</translation>
    </message>
    <message>
        <source>No members yet</source>
        <translation>Nog geen leden</translation>
    </message>
    <message>
        <source>Add clients one at a time by name, or choose several at once.</source>
        <translation>Voeg cliënten één voor één toe op naam, of kies er meerdere tegelijk.</translation>
    </message>
    <message>
        <source>Add member…</source>
        <translation>Lid toevoegen…</translation>
    </message>
    <message numerus="yes">
        <source>%n current member(s)</source>
        <translation>
            <numerusform>%n huidig lid</numerusform>
            <numerusform>%n huidige leden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n past stay(s)</source>
        <translation>
            <numerusform> · %n eerdere deelname</numerusform>
            <numerusform> · %n eerdere deelnames</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} left {group}.</source>
        <translation>{name} heeft {group} verlaten.</translation>
    </message>
</context>
<context>
    <name>MembersTab</name>
    <message>
        <source>Search by name, preferred name or record number</source>
        <translation>Zoeken op naam, roepnaam of dossiernummer</translation>
    </message>
    <message>
        <source>+ &amp;New client</source>
        <translation>+ &amp;Nieuwe cliënt</translation>
    </message>
    <message>
        <source>Create a client (Ctrl+N)</source>
        <translation>Een cliënt aanmaken (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>CSV &amp;importeren…</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>Bewe&amp;rken…</translation>
    </message>
    <message>
        <source>&amp;Open file</source>
        <translation>Dossier &amp;openen</translation>
    </message>
    <message>
        <source>Add to &amp;group…</source>
        <translation>Aan &amp;groep toevoegen…</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Cliënten</translation>
    </message>
    <message>
        <source>Loading clients…</source>
        <translation>Cliënten laden…</translation>
    </message>
    <message>
        <source>No clients match &apos;{text}&apos;</source>
        <translation>Geen cliënten gevonden voor &apos;{text}&apos;</translation>
    </message>
    <message>
        <source>Check the spelling, search by record number, or create the client.</source>
        <translation>Controleer de spelling, zoek op dossiernummer of maak de cliënt aan.</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Nieuwe cliënt</translation>
    </message>
    <message>
        <source>No clients yet</source>
        <translation>Nog geen cliënten</translation>
    </message>
    <message>
        <source>Create your first client, or import a list from a CSV file.</source>
        <translation>Maak uw eerste cliënt aan, of importeer een lijst uit een CSV-bestand.</translation>
    </message>
    <message>
        <source>{shown} of {total} clients loaded — scroll for more</source>
        <translation>{shown} van {total} cliënten geladen — scroll voor meer</translation>
    </message>
    <message numerus="yes">
        <source>{total} client(s)</source>
        <translation>
            <numerusform>{total} cliënt</numerusform>
            <numerusform>{total} cliënten</numerusform>
        </translation>
    </message>
    <message>
        <source>{n} selected</source>
        <translation>{n} geselecteerd</translation>
    </message>
</context>
<context>
    <name>MinutesDelegate</name>
    <message>
        <source>Minutes attended</source>
        <translation>Bijgewoonde minuten</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
</context>
<context>
    <name>MyWorkModel</name>
    <message>
        <source>To document</source>
        <translation>Vast te leggen</translation>
    </message>
    <message>
        <source>To sign</source>
        <translation>Te ondertekenen</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>Te beoordelen</translation>
    </message>
    <message>
        <source>Addendum requested</source>
        <translation>Addendum gevraagd</translation>
    </message>
    <message>
        <source>today</source>
        <translation>vandaag</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attendee(s) without attendance</source>
        <translation>
            <numerusform>%n deelnemer zonder aanwezigheid</numerusform>
            <numerusform>%n deelnemers zonder aanwezigheid</numerusform>
        </translation>
    </message>
    <message>
        <source>Not started: start it to document it, or cancel it</source>
        <translation>Niet gestart: start de bijeenkomst om haar vast te leggen, of annuleer haar</translation>
    </message>
    <message>
        <source>Group note not written yet</source>
        <translation>Groepsnotitie nog niet geschreven</translation>
    </message>
</context>
<context>
    <name>MyWorkPage</name>
    <message>
        <source>My work</source>
        <translation>Mijn werk</translation>
    </message>
    <message>
        <source>How much is waiting</source>
        <translation>Hoeveel er wacht</translation>
    </message>
    <message>
        <source>&amp;Open session</source>
        <translation>Bijeenkomst &amp;openen</translation>
    </message>
    <message>
        <source>Nothing waiting for you</source>
        <translation>Er wacht niets op u</translation>
    </message>
    <message>
        <source>Sessions you lead that still need documenting or your signature, sessions to review and requested addenda appear here.</source>
        <translation>Bijeenkomsten die u leidt en die nog vastgelegd of door u ondertekend moeten worden, te beoordelen bijeenkomsten en gevraagde addenda verschijnen hier.</translation>
    </message>
    <message>
        <source>What is waiting for you, oldest first.</source>
        <translation>Wat op u wacht, oudste eerst.</translation>
    </message>
    <message numerus="yes">
        <source>%n to document</source>
        <translation>
            <numerusform>%n vast te leggen</numerusform>
            <numerusform>%n vast te leggen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to sign</source>
        <translation>
            <numerusform>%n te ondertekenen</numerusform>
            <numerusform>%n te ondertekenen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to review</source>
        <translation>
            <numerusform>%n te beoordelen</numerusform>
            <numerusform>%n te beoordelen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n addendum(s) requested</source>
        <translation>
            <numerusform>%n addendum gevraagd</numerusform>
            <numerusform>%n addenda gevraagd</numerusform>
        </translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>Niet beschikbaar</translation>
    </message>
</context>
<context>
    <name>OpenDatabase</name>
    <message>
        <source>The database {location} holds no ClinicDesk clinic.</source>
        <translation>De database {location} bevat geen ClinicDesk-kliniek.</translation>
    </message>
    <message>
        <source>There is no clinic database at {location}.</source>
        <translation>Er is geen kliniekdatabase op {location}.</translation>
    </message>
    <message>
        <source>No clinic here</source>
        <translation>Hier is geen kliniek</translation>
    </message>
    <message>
        <source>Create a new, empty clinic there? If your clinic should be there, quit and check the location (an unplugged drive, a renamed folder) instead.</source>
        <translation>Daar een nieuwe, lege kliniek aanmaken? Hoort uw kliniek daar te staan, sluit dan af en controleer de locatie (een losgekoppelde schijf, een hernoemde map).</translation>
    </message>
    <message>
        <source>Create a new clinic</source>
        <translation>Een nieuwe kliniek aanmaken</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <source>This clinic database is encrypted. Enter its key:</source>
        <translation>Deze kliniekdatabase is versleuteld. Voer de sleutel in:</translation>
    </message>
    <message>
        <source>Encrypted database</source>
        <translation>Versleutelde database</translation>
    </message>
    <message>
        <source>Enter the key again:</source>
        <translation>Voer de sleutel nogmaals in:</translation>
    </message>
</context>
<context>
    <name>OutcomeComparisonDialog</name>
    <message>
        <source>Outcomes — groups compared</source>
        <translation>Uitkomsten — groepen vergeleken</translation>
    </message>
    <message>
        <source>Filter groups</source>
        <translation>Groepen filteren</translation>
    </message>
    <message>
        <source>Groups to compare</source>
        <translation>Te vergelijken groepen</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groepen</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Meetinstrument</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Tot</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>Ver&amp;gelijken</translation>
    </message>
    <message>
        <source>&amp;Measure</source>
        <translation>&amp;Meetinstrument</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Van</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Tot</translation>
    </message>
    <message>
        <source>Groups compared</source>
        <translation>Vergeleken groepen</translation>
    </message>
    <message>
        <source>Mean change</source>
        <translation>Gemiddelde verandering</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>Verloop in de tijd</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <source>Export &amp;table…</source>
        <translation>Tabel e&amp;xporteren…</translation>
    </message>
    <message>
        <source>This table as CSV, hidden cells marked</source>
        <translation>Deze tabel als CSV, verborgen cellen gemarkeerd</translation>
    </message>
    <message>
        <source>Export &amp;scores…</source>
        <translation>&amp;Scores exporteren…</translation>
    </message>
    <message>
        <source>Every score behind this comparison as CSV, one row each</source>
        <translation>Elke score achter deze vergelijking als CSV, één regel per score</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Vergelijken…</translation>
    </message>
    <message>
        <source>Loading groups…</source>
        <translation>Groepen laden…</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>Elke datum</translation>
    </message>
    <message>
        <source>{name} (archived)</source>
        <translation>{name} (gearchiveerd)</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) chosen</source>
        <translation>
            <numerusform>%n groep gekozen</numerusform>
            <numerusform>%n groepen gekozen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n score(s) exported.</source>
        <translation>
            <numerusform>%n score geëxporteerd.</numerusform>
            <numerusform>%n scores geëxporteerd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a measure and groups, then Compare.</source>
        <translation>Kies een meetinstrument en groepen en klik op Vergelijken.</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} tot {end}</translation>
    </message>
    <message>
        <source>from {start}</source>
        <translation>vanaf {start}</translation>
    </message>
    <message>
        <source>up to {end}</source>
        <translation>tot {end}</translation>
    </message>
    <message>
        <source>all recorded scores</source>
        <translation>alle geregistreerde scores</translation>
    </message>
    <message>
        <source>{measure} by group · {period}</source>
        <translation>{measure} per groep · {period}</translation>
    </message>
    <message>
        <source>Baseline is each client&apos;s first score in the period, latest their last; change = latest − baseline ({direction}).</source>
        <translation>De beginmeting is de eerste score van elke cliënt in de periode, de laatste meting de laatste; verandering = laatste − beginmeting ({direction}).</translation>
    </message>
    <message>
        <source>No figure describes fewer than {n} clients: such groups show “&lt; {n}”, such counts “hidden”.</source>
        <translation>Geen enkel cijfer beschrijft minder dan {n} cliënten: zulke groepen tonen “&lt; {n}”, zulke aantallen “verborgen”.</translation>
    </message>
    <message>
        <source>Reliable change: {n} points or more.</source>
        <translation>Betrouwbare verandering: {n} punten of meer.</translation>
    </message>
    <message>
        <source>Only clients whose files you can open are counted.</source>
        <translation>Alleen cliënten van wie u het dossier kunt openen, worden meegeteld.</translation>
    </message>
    <message>
        <source>Outcome report — {measure}</source>
        <translation>Uitkomstrapport — {measure}</translation>
    </message>
    <message>
        <source>Export the table</source>
        <translation>De tabel exporteren</translation>
    </message>
    <message>
        <source>Table exported.</source>
        <translation>Tabel geëxporteerd.</translation>
    </message>
    <message>
        <source>Export the scores</source>
        <translation>De scores exporteren</translation>
    </message>
</context>
<context>
    <name>OutcomeItems</name>
    <message>
        <source>Little interest or pleasure in doing things</source>
        <translation>Weinig interesse of plezier in het doen van dingen</translation>
    </message>
    <message>
        <source>Feeling down, depressed, or hopeless</source>
        <translation>Zich neerslachtig, depressief of hopeloos voelen</translation>
    </message>
    <message>
        <source>Trouble falling or staying asleep, or sleeping too much</source>
        <translation>Moeite met in slaap vallen of doorslapen, of te veel slapen</translation>
    </message>
    <message>
        <source>Feeling tired or having little energy</source>
        <translation>Zich moe voelen of weinig energie hebben</translation>
    </message>
    <message>
        <source>Poor appetite or overeating</source>
        <translation>Weinig eetlust of te veel eten</translation>
    </message>
    <message>
        <source>Feeling bad about yourself, or that you are a failure</source>
        <translation>Een slecht gevoel over uzelf hebben, of het gevoel dat u een mislukkeling bent</translation>
    </message>
    <message>
        <source>Trouble concentrating on things</source>
        <translation>Moeite om u te concentreren op dingen</translation>
    </message>
    <message>
        <source>Moving or speaking slowly, or being fidgety or restless</source>
        <translation>Traag bewegen of praten, of juist zenuwachtig of rusteloos zijn</translation>
    </message>
    <message>
        <source>Thoughts of being better off dead or of hurting yourself</source>
        <translation>Gedachten dat u beter dood zou kunnen zijn of uzelf iets aan te doen</translation>
    </message>
    <message>
        <source>Feeling nervous, anxious, or on edge</source>
        <translation>Zich nerveus, angstig of gespannen voelen</translation>
    </message>
    <message>
        <source>Not being able to stop or control worrying</source>
        <translation>Niet kunnen stoppen met piekeren of het piekeren niet onder controle hebben</translation>
    </message>
    <message>
        <source>Worrying too much about different things</source>
        <translation>Zich te veel zorgen maken over verschillende dingen</translation>
    </message>
    <message>
        <source>Trouble relaxing</source>
        <translation>Moeite om te ontspannen</translation>
    </message>
    <message>
        <source>Being so restless that it is hard to sit still</source>
        <translation>Zo rusteloos zijn dat het moeilijk is om stil te zitten</translation>
    </message>
    <message>
        <source>Becoming easily annoyed or irritable</source>
        <translation>Snel geërgerd of prikkelbaar zijn</translation>
    </message>
    <message>
        <source>Feeling afraid, as if something awful might happen</source>
        <translation>Zich angstig voelen alsof er iets vreselijks zou kunnen gebeuren</translation>
    </message>
    <message>
        <source>Tired out for no good reason</source>
        <translation>Moe zonder duidelijke reden</translation>
    </message>
    <message>
        <source>Nervous</source>
        <translation>Zenuwachtig</translation>
    </message>
    <message>
        <source>So nervous that nothing could calm you down</source>
        <translation>Zo zenuwachtig dat niets u kon kalmeren</translation>
    </message>
    <message>
        <source>Hopeless</source>
        <translation>Hopeloos</translation>
    </message>
    <message>
        <source>Restless or fidgety</source>
        <translation>Rusteloos of onrustig</translation>
    </message>
    <message>
        <source>So restless you could not sit still</source>
        <translation>Zo rusteloos dat u niet stil kon zitten</translation>
    </message>
    <message>
        <source>Depressed</source>
        <translation>Neerslachtig</translation>
    </message>
    <message>
        <source>That everything was an effort</source>
        <translation>Dat alles veel moeite kostte</translation>
    </message>
    <message>
        <source>So sad that nothing could cheer you up</source>
        <translation>Zo somber dat niets u kon opvrolijken</translation>
    </message>
    <message>
        <source>Worthless</source>
        <translation>Waardeloos</translation>
    </message>
    <message>
        <source>Over the last 2 weeks: 0 not at all · 1 several days · 2 more than half the days · 3 nearly every day</source>
        <translation>In de afgelopen 2 weken: 0 helemaal niet · 1 meerdere dagen · 2 meer dan de helft van de dagen · 3 bijna elke dag</translation>
    </message>
    <message>
        <source>In the past 4 weeks: 1 none of the time · 2 a little · 3 some · 4 most · 5 all of the time</source>
        <translation>In de afgelopen 4 weken: 1 nooit · 2 af en toe · 3 soms · 4 meestal · 5 altijd</translation>
    </message>
    <message>
        <source>Item {n}</source>
        <translation>Item {n}</translation>
    </message>
</context>
<context>
    <name>OutcomeMeasuresPage</name>
    <message>
        <source>Outcome measures</source>
        <translation>Meetinstrumenten</translation>
    </message>
    <message>
        <source>&amp;New measure…</source>
        <translation>&amp;Nieuw meetinstrument…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Bewe&amp;rken…</translation>
    </message>
    <message>
        <source>A&amp;rchive</source>
        <translation>&amp;Archiveren</translation>
    </message>
    <message>
        <source>Sho&amp;w archived</source>
        <translation>Gearchiveerde &amp;tonen</translation>
    </message>
    <message>
        <source>Standard measures are entered item by item and cannot be changed. Clinic measures are entered as a total; archiving keeps their scores.</source>
        <translation>Standaard meetinstrumenten worden per item ingevoerd en kunnen niet worden gewijzigd. Eigen meetinstrumenten van de kliniek worden als totaal ingevoerd; bij archiveren blijven hun scores bewaard.</translation>
    </message>
    <message>
        <source>The questionnaires and ratings scores are recorded on.</source>
        <translation>De vragenlijsten en beoordelingsschalen waarop scores worden geregistreerd.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Herstellen</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Confirm with your password</source>
        <translation>Bevestigen met uw wachtwoord</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>Uw wachtwoord</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Bevestigen</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>Print preview — {title}</source>
        <translation>Afdrukvoorbeeld — {title}</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <source>Print (Ctrl+P)</source>
        <translation>Afdrukken (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>Op&amp;slaan als pdf…</translation>
    </message>
    <message>
        <source>Save the document as a PDF file (Ctrl+S)</source>
        <translation>Het document opslaan als pdf-bestand (Ctrl+S)</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoomen</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Uitzoomen</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+−)</source>
        <translation>Uitzoomen (Ctrl+−)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Inzoomen</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>Inzoomen (Ctrl++)</translation>
    </message>
    <message>
        <source>Language of the document</source>
        <translation>Taal van het document</translation>
    </message>
    <message>
        <source>Print in another language, e.g. the client&apos;s; the screen stays as it is</source>
        <translation>Afdrukken in een andere taal, bijv. die van de cliënt; het scherm blijft zoals het is</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Voorbereiden…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pagina&apos;s</translation>
    </message>
    <message>
        <source>Preparing the document…</source>
        <translation>Document voorbereiden…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n pagina</numerusform>
            <numerusform>%n pagina&apos;s</numerusform>
        </translation>
    </message>
    <message>
        <source>The document could not be prepared.</source>
        <translation>Het document kon niet worden voorbereid.</translation>
    </message>
    <message>
        <source>The printer could not be opened.</source>
        <translation>De printer kon niet worden geopend.</translation>
    </message>
    <message>
        <source>Printed to a file.</source>
        <translation>Afgedrukt naar een bestand.</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Naar de printer gestuurd.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Opslaan als pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Pdf-documenten (*.pdf)</translation>
    </message>
    <message>
        <source>The file could not be saved there. Choose another folder.</source>
        <translation>Het bestand kon daar niet worden opgeslagen. Kies een andere map.</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>{name} opgeslagen.</translation>
    </message>
</context>
<context>
    <name>PractitionerGroupDialog</name>
    <message>
        <source>Edit practitioner group</source>
        <translation>Behandelaarsgroep bewerken</translation>
    </message>
    <message>
        <source>Add practitioner group</source>
        <translation>Behandelaarsgroep toevoegen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Add group</source>
        <translation>Groep toevoegen</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>Groepsnaam</translation>
    </message>
    <message>
        <source>Group &amp;name</source>
        <translation>Groeps&amp;naam</translation>
    </message>
    <message>
        <source>Practitioners</source>
        <translation>Behandelaars</translation>
    </message>
    <message>
        <source>Clinic admins</source>
        <translation>Kliniekbeheerders</translation>
    </message>
    <message>
        <source>Their access follows the group.</source>
        <translation>Hun toegang volgt de groep.</translation>
    </message>
    <message>
        <source>They manage only these practitioners.</source>
        <translation>Zij beheren alleen deze behandelaars.</translation>
    </message>
</context>
<context>
    <name>PractitionerGroupsPage</name>
    <message>
        <source>Practitioner groups</source>
        <translation>Behandelaarsgroepen</translation>
    </message>
    <message>
        <source>Add &amp;group…</source>
        <translation>Groep &amp;toevoegen…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Bewe&amp;rken…</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Verwijderen…</translation>
    </message>
    <message>
        <source>&amp;Test your practitioner groups…</source>
        <translation>&amp;Uw behandelaarsgroepen testen…</translation>
    </message>
    <message>
        <source>No practitioner groups: open access</source>
        <translation>Geen behandelaarsgroepen: open toegang</translation>
    </message>
    <message>
        <source>Every clinician can open every client file. Add a group to restrict access to care teams, shared groups and explicit grants.</source>
        <translation>Elke behandelaar kan elk dossier openen. Voeg een groep toe om de toegang te beperken tot behandelteams, gedeelde groepen en expliciet verleende toegang.</translation>
    </message>
    <message>
        <source>Add group…</source>
        <translation>Groep toevoegen…</translation>
    </message>
    <message>
        <source>Divide practitioners into named groups to control which client files each person can open.</source>
        <translation>Verdeel behandelaars over benoemde groepen om te bepalen welke dossiers elke persoon kan openen.</translation>
    </message>
    <message>
        <source>Restricted access: clinicians reach a client&apos;s file through the care team, a shared practitioner group, or a client-group grant.</source>
        <translation>Beperkte toegang: behandelaars bereiken een dossier via het behandelteam, een gedeelde behandelaarsgroep of toegang verleend via een cliëntgroep.</translation>
    </message>
    <message>
        <source>Practitioner groups are not available</source>
        <translation>Behandelaarsgroepen zijn niet beschikbaar</translation>
    </message>
    <message>
        <source>Delete practitioner group</source>
        <translation>Behandelaarsgroep verwijderen</translation>
    </message>
    <message>
        <source>Delete “{name}”? The access restrictions it enforced for its members are removed.</source>
        <translation>“{name}” verwijderen? De toegangsbeperkingen die deze groep voor haar leden oplegde, vervallen.</translation>
    </message>
</context>
<context>
    <name>PriorityDialog</name>
    <message>
        <source>Waitlist priority</source>
        <translation>Prioriteit op de wachtlijst</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <source>Why this client should be offered a place sooner</source>
        <translation>Waarom deze cliënt eerder een plaats aangeboden moet krijgen</translation>
    </message>
    <message>
        <source>Higher priorities are offered a place first; clients with the same priority wait in the order they were added. A reason is required.</source>
        <translation>Cliënten met een hogere prioriteit krijgen eerst een plaats aangeboden; cliënten met dezelfde prioriteit wachten in de volgorde waarin ze zijn toegevoegd. Een reden is verplicht.</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliënt</translation>
    </message>
    <message>
        <source>&amp;Priority</source>
        <translation>&amp;Prioriteit</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Reden</translation>
    </message>
</context>
<context>
    <name>PrivacyPromptDialog</name>
    <message>
        <source>Other members are named</source>
        <translation>Andere leden worden bij naam genoemd</translation>
    </message>
    <message>
        <source>These texts name other group members. An individual note lands in one client&apos;s chart; the group note and a letter reach every member. Edit the text, or go ahead and give the reason (it is recorded).</source>
        <translation>Deze teksten noemen andere groepsleden bij naam. Een individuele notitie komt in het dossier van één cliënt; de groepsnotitie en een brief bereiken elk lid. Pas de tekst aan, of ga door en geef de reden op (die wordt vastgelegd).</translation>
    </message>
    <message>
        <source>Texts with the names found</source>
        <translation>Teksten met de gevonden namen</translation>
    </message>
    <message>
        <source>&amp;Reason to go ahead anyway:</source>
        <translation>&amp;Reden om toch door te gaan:</translation>
    </message>
    <message>
        <source>e.g. the member asked to be mentioned; consent is on file</source>
        <translation>bijv. het lid vroeg om genoemd te worden; toestemming staat in het dossier</translation>
    </message>
    <message>
        <source>&amp;Edit the text</source>
        <translation>De tekst &amp;aanpassen</translation>
    </message>
    <message>
        <source>Group note — copied into every attendee&apos;s chart</source>
        <translation>Groepsnotitie — gekopieerd naar het dossier van elke deelnemer</translation>
    </message>
    <message>
        <source>The letter — every member receives it</source>
        <translation>De brief — elk lid ontvangt hem</translation>
    </message>
    <message>
        <source>Individual note — in {name}&apos;s chart</source>
        <translation>Individuele notitie — in het dossier van {name}</translation>
    </message>
    <message>
        <source>a client</source>
        <translation>een cliënt</translation>
    </message>
    <message>
        <source>Names: {names}</source>
        <translation>Namen: {names}</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Reden</translation>
    </message>
</context>
<context>
    <name>RecordScoreDialog</name>
    <message>
        <source>Record a score — {name}</source>
        <translation>Score registreren — {name}</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Meetinstrument</translation>
    </message>
    <message>
        <source>Date taken</source>
        <translation>Afnamedatum</translation>
    </message>
    <message>
        <source>&amp;Save score</source>
        <translation>Score &amp;opslaan</translation>
    </message>
    <message>
        <source>&amp;Measure</source>
        <translation>&amp;Meetinstrument</translation>
    </message>
    <message>
        <source>&amp;Date taken</source>
        <translation>&amp;Afnamedatum</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>&amp;Total</source>
        <translation>&amp;Totaal</translation>
    </message>
    <message>
        <source>From {low} to {high}</source>
        <translation>Van {low} tot {high}</translation>
    </message>
    <message>
        <source>No measure to record.</source>
        <translation>Geen meetinstrument om te registreren.</translation>
    </message>
    <message>
        <source>{done} of {n} items answered</source>
        <translation>{done} van {n} items beantwoord</translation>
    </message>
    <message>
        <source>No total yet</source>
        <translation>Nog geen totaal</translation>
    </message>
    <message>
        <source>Item {n} is above {low}: follow the clinic&apos;s risk procedure before the client leaves.</source>
        <translation>Item {n} is hoger dan {low}: volg de risicoprocedure van de kliniek voordat de cliënt vertrekt.</translation>
    </message>
    <message>
        <source>Total: {total}</source>
        <translation>Totaal: {total}</translation>
    </message>
</context>
<context>
    <name>ReportPeriodDialog</name>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Tot</translation>
    </message>
    <message>
        <source>Preview report</source>
        <translation>Voorbeeld van rapport</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Van</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Tot</translation>
    </message>
    <message>
        <source>Attendance report — {name}</source>
        <translation>Aanwezigheidsrapport — {name}</translation>
    </message>
    <message>
        <source>Attendance — {name}</source>
        <translation>Aanwezigheid — {name}</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>Reset password for {name}</source>
        <translation>Wachtwoord opnieuw instellen voor {name}</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>Wachtwoord instellen</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nieuw wachtwoord</translation>
    </message>
    <message>
        <source>Repeat new password</source>
        <translation>Nieuw wachtwoord herhalen</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>&amp;Nieuw wachtwoord</translation>
    </message>
    <message>
        <source>Re&amp;peat</source>
        <translation>&amp;Herhalen</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>De twee wachtwoorden zijn niet gelijk.</translation>
    </message>
</context>
<context>
    <name>RetractDialog</name>
    <message>
        <source>Retract group action</source>
        <translation>Groepsactie intrekken</translation>
    </message>
    <message>
        <source>Retract</source>
        <translation>Intrekken</translation>
    </message>
    <message numerus="yes">
        <source>{kind} “{title}”, shared by {name} on {when} with %n member(s).</source>
        <translation>
            <numerusform>{kind} “{title}”, gedeeld door {name} op {when} met %n lid.</numerusform>
            <numerusform>{kind} “{title}”, gedeeld door {name} op {when} met %n leden.</numerusform>
        </translation>
    </message>
    <message>
        <source>For example: shared with the wrong group.</source>
        <translation>Bijvoorbeeld: gedeeld met de verkeerde groep.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>&amp;Reason (required)</source>
        <translation>&amp;Reden (verplicht)</translation>
    </message>
    <message>
        <source>Every entry it wrote is marked retracted in each member&apos;s file — shown struck through with your name, the date and this reason. Nothing is deleted, and the action stays in the group&apos;s history. A retracted document can no longer be opened or printed on a handout.</source>
        <translation>Elk item dat de actie heeft geschreven, wordt in het dossier van elk lid gemarkeerd als ingetrokken — doorgestreept, met uw naam, de datum en deze reden. Er wordt niets gewist en de actie blijft in de geschiedenis van de groep. Een ingetrokken document kan niet meer worden geopend of op een hand-out worden afgedrukt.</translation>
    </message>
</context>
<context>
    <name>ReviewQueue</name>
    <message>
        <source>Sessions to review</source>
        <translation>Te beoordelen bijeenkomsten</translation>
    </message>
    <message>
        <source>&amp;Open and review</source>
        <translation>&amp;Openen en beoordelen</translation>
    </message>
    <message>
        <source>Nothing to review</source>
        <translation>Niets te beoordelen</translation>
    </message>
    <message>
        <source>Sessions signed by staff who require review appear here.</source>
        <translation>Bijeenkomsten die zijn ondertekend door medewerkers bij wie beoordeling vereist is, verschijnen hier.</translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation>Te beoordelen</translation>
    </message>
    <message>
        <source>Sessions pending review that you can sign as reviewer.</source>
        <translation>Bijeenkomsten die wachten op beoordeling en die u als beoordelaar kunt ondertekenen.</translation>
    </message>
</context>
<context>
    <name>RosterModel</name>
    <message>
        <source>{n} min</source>
        <translation>{n} min</translation>
    </message>
</context>
<context>
    <name>ScheduleTemplateDialog</name>
    <message>
        <source>Edit schedule template</source>
        <translation>Roostersjabloon bewerken</translation>
    </message>
    <message>
        <source>New schedule template</source>
        <translation>Nieuw roostersjabloon</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> weken</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Weken</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <source>Weekly sessions</source>
        <translation>Wekelijkse bijeenkomsten</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Begintijd</translation>
    </message>
    <message>
        <source>Session template</source>
        <translation>Bijeenkomstsjabloon</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Toevoegen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <source>&amp;Repeat for</source>
        <translation>&amp;Herhalen gedurende</translation>
    </message>
    <message>
        <source>D&amp;escription</source>
        <translation>B&amp;eschrijving</translation>
    </message>
    <message>
        <source>{name} ({minutes} min)</source>
        <translation>{name} ({minutes} min)</translation>
    </message>
    <message>
        <source>Create a session template first</source>
        <translation>Maak eerst een bijeenkomstsjabloon aan</translation>
    </message>
    <message>
        <source>{per_week} a week × {weeks} weeks = {total} sessions</source>
        <translation>{per_week} per week × {weeks} weken = {total} bijeenkomsten</translation>
    </message>
</context>
<context>
    <name>SchedulesPage</name>
    <message>
        <source>Schedule templates</source>
        <translation>Roostersjablonen</translation>
    </message>
    <message>
        <source>&amp;New schedule…</source>
        <translation>&amp;Nieuw rooster…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Bewe&amp;rken…</translation>
    </message>
    <message>
        <source>Arc&amp;hive</source>
        <translation>Arc&amp;hiveren</translation>
    </message>
    <message>
        <source>&amp;Assign…</source>
        <translation>&amp;Toewijzen…</translation>
    </message>
    <message>
        <source>Show archi&amp;ved</source>
        <translation>Gearchi&amp;veerde tonen</translation>
    </message>
    <message>
        <source>No schedules yet</source>
        <translation>Nog geen roosters</translation>
    </message>
    <message>
        <source>A schedule repeats weekly sessions for a number of weeks; assign it to clients or a group to enrol them in every session.</source>
        <translation>Een rooster herhaalt wekelijkse bijeenkomsten gedurende een aantal weken; wijs het toe aan cliënten of een groep om hen voor elke bijeenkomst in te schrijven.</translation>
    </message>
    <message>
        <source>New schedule…</source>
        <translation>Nieuw rooster…</translation>
    </message>
    <message>
        <source>Weekly sessions</source>
        <translation>Wekelijkse bijeenkomsten</translation>
    </message>
    <message>
        <source>Preview from</source>
        <translation>Voorbeeld vanaf</translation>
    </message>
    <message>
        <source>Dates the schedule creates</source>
        <translation>Data die het rooster aanmaakt</translation>
    </message>
    <message>
        <source>Dates from</source>
        <translation>Data vanaf</translation>
    </message>
    <message>
        <source>Schedules</source>
        <translation>Roosters</translation>
    </message>
    <message>
        <source>Weekly sessions repeated for some weeks; assigning one enrols clients in every session from a start date.</source>
        <translation>Wekelijkse bijeenkomsten, een aantal weken herhaald; bij toewijzen worden cliënten vanaf een startdatum voor elke bijeenkomst ingeschreven.</translation>
    </message>
    <message>
        <source>Rest&amp;ore</source>
        <translation>Herst&amp;ellen</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) in all.</source>
        <translation>
            <numerusform>%n bijeenkomst in totaal.</numerusform>
            <numerusform>%n bijeenkomsten in totaal.</numerusform>
        </translation>
    </message>
    <message>
        <source>Schedule “{name}” saved.</source>
        <translation>Rooster “{name}” opgeslagen.</translation>
    </message>
</context>
<context>
    <name>ScoreDelegate</name>
    <message>
        <source>Answer, {low} to {high}</source>
        <translation>Antwoord, {low} tot {high}</translation>
    </message>
</context>
<context>
    <name>ScoreGridDialog</name>
    <message>
        <source>Outcome scores</source>
        <translation>Uitkomstscores</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Meetinstrument</translation>
    </message>
    <message>
        <source>Date taken</source>
        <translation>Afnamedatum</translation>
    </message>
    <message>
        <source>Scores by attendee</source>
        <translation>Scores per deelnemer</translation>
    </message>
    <message>
        <source>&amp;Save scores</source>
        <translation>Scores &amp;opslaan</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <source>&amp;Measure</source>
        <translation>&amp;Meetinstrument</translation>
    </message>
    <message>
        <source>&amp;Date taken</source>
        <translation>&amp;Afnamedatum</translation>
    </message>
    <message>
        <source>Loading the roster…</source>
        <translation>Deelnemerslijst laden…</translation>
    </message>
    <message>
        <source>Outcome scores — {title}</source>
        <translation>Uitkomstscores — {title}</translation>
    </message>
    <message numerus="yes">
        <source>%n attendee(s)</source>
        <translation>
            <numerusform>%n deelnemer</numerusform>
            <numerusform>%n deelnemers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) ready</source>
        <translation>
            <numerusform>%n regel klaar</numerusform>
            <numerusform>%n regels klaar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n score(s) recorded.</source>
        <translation>
            <numerusform>%n score vastgelegd.</numerusform>
            <numerusform>%n scores vastgelegd.</numerusform>
        </translation>
    </message>
    <message>
        <source>finish or clear: {names}</source>
        <translation>afmaken of leegmaken: {names}</translation>
    </message>
    <message>
        <source>rows left empty are skipped</source>
        <translation>lege regels worden overgeslagen</translation>
    </message>
</context>
<context>
    <name>ScoreGridModel</name>
    <message>
        <source>Client</source>
        <translation>Cliënt</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Aanwezigheid</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>Already recorded</source>
        <translation>Al geregistreerd</translation>
    </message>
    <message>
        <source>You may not record scores for this client.</source>
        <translation>U mag voor deze cliënt geen scores registreren.</translation>
    </message>
    <message>
        <source>Record no. {n}</source>
        <translation>Dossiernr. {n}</translation>
    </message>
</context>
<context>
    <name>ScoresModel</name>
    <message>
        <source>Retracted: {reason}</source>
        <translation>Ingetrokken: {reason}</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
</context>
<context>
    <name>ServiceFormDialog</name>
    <message>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
</context>
<context>
    <name>ServicePasswordDialog</name>
    <message>
        <source>Password problem</source>
        <translation>Wachtwoordprobleem</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Controleren…</translation>
    </message>
    <message>
        <source>That password is not right. Nothing was signed; try again.</source>
        <translation>Dat wachtwoord klopt niet. Er is niets ondertekend; probeer het opnieuw.</translation>
    </message>
</context>
<context>
    <name>SessionBoard</name>
    <message>
        <source>Previous day (Alt+Left)</source>
        <translation>Vorige dag (Alt+Links)</translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation>Vorige dag</translation>
    </message>
    <message>
        <source>Next day (Alt+Right)</source>
        <translation>Volgende dag (Alt+Rechts)</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>Volgende dag</translation>
    </message>
    <message>
        <source>Go to today (Alt+Home)</source>
        <translation>Naar vandaag (Alt+Home)</translation>
    </message>
    <message>
        <source>T&amp;oday</source>
        <translation>&amp;Vandaag</translation>
    </message>
    <message>
        <source>Day shown</source>
        <translation>Getoonde dag</translation>
    </message>
    <message>
        <source>Show &amp;cancelled</source>
        <translation>&amp;Geannuleerde tonen</translation>
    </message>
    <message>
        <source>Print day&apos;s &amp;sheets…</source>
        <translation>&amp;Presentielijsten van de dag afdrukken…</translation>
    </message>
    <message>
        <source>Loading the day…</source>
        <translation>Dag laden…</translation>
    </message>
    <message>
        <source>No sessions on this day</source>
        <translation>Geen bijeenkomsten op deze dag</translation>
    </message>
    <message>
        <source>Assign a schedule on the Schedules page, or pick another day.</source>
        <translation>Wijs een rooster toe op de pagina Roosters, of kies een andere dag.</translation>
    </message>
    <message>
        <source>Sessions are not available</source>
        <translation>Bijeenkomsten zijn niet beschikbaar</translation>
    </message>
    <message>
        <source>Sign-in sheets, {day}</source>
        <translation>Presentielijsten, {day}</translation>
    </message>
</context>
<context>
    <name>SessionCardDelegate</name>
    <message>
        <source>No leader yet</source>
        <translation>Nog geen groepsleider</translation>
    </message>
    <message numerus="yes">
        <source>%n enrolled</source>
        <translation>
            <numerusform>%n ingeschreven</numerusform>
            <numerusform>%n ingeschreven</numerusform>
        </translation>
    </message>
    <message>
        <source>Needs your signature</source>
        <translation>Wacht op uw handtekening</translation>
    </message>
    <message>
        <source>Needs your review</source>
        <translation>Wacht op uw beoordeling</translation>
    </message>
</context>
<context>
    <name>SessionChartDialog</name>
    <message>
        <source>Chart view — {title}</source>
        <translation>Dossierweergave — {title}</translation>
    </message>
    <message>
        <source>Each attendee&apos;s entry, as it shows in their chart</source>
        <translation>De notitie van elke deelnemer, zoals die in het dossier verschijnt</translation>
    </message>
    <message>
        <source>Attendees&apos; chart entries</source>
        <translation>Dossiernotities van de deelnemers</translation>
    </message>
    <message>
        <source>Opening the entries…</source>
        <translation>Notities openen…</translation>
    </message>
    <message>
        <source>You have no access to this client&apos;s file.</source>
        <translation>U hebt geen toegang tot het dossier van deze cliënt.</translation>
    </message>
</context>
<context>
    <name>SessionDocumentation</name>
    <message>
        <source>← Board</source>
        <translation>← Dagoverzicht</translation>
    </message>
    <message>
        <source>Back to the day (Esc)</source>
        <translation>Terug naar de dag (Esc)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Leaders</source>
        <translation>Groepsleiders</translation>
    </message>
    <message>
        <source>&amp;Start session</source>
        <translation>Bijeenkomst s&amp;tarten</translation>
    </message>
    <message>
        <source>S&amp;ign…</source>
        <translation>&amp;Ondertekenen…</translation>
    </message>
    <message>
        <source>Sign as &amp;reviewer…</source>
        <translation>Ondertekenen als beoo&amp;rdelaar…</translation>
    </message>
    <message>
        <source>Add a&amp;ddendum…</source>
        <translation>&amp;Addendum…</translation>
    </message>
    <message>
        <source>Add &amp;co-leader…</source>
        <translation>&amp;Co-leider toevoegen…</translation>
    </message>
    <message>
        <source>Remove co-leader…</source>
        <translation>Co-leider verwijderen…</translation>
    </message>
    <message>
        <source>Add &amp;attendee…</source>
        <translation>Deelnemer toe&amp;voegen…</translation>
    </message>
    <message>
        <source>Change &amp;date…</source>
        <translation>D&amp;atum wijzigen…</translation>
    </message>
    <message>
        <source>Cancel session…</source>
        <translation>Bijeenkomst annuleren…</translation>
    </message>
    <message>
        <source>Print session &amp;note</source>
        <translation>&amp;Notitie afdrukken</translation>
    </message>
    <message>
        <source>Each attendee&apos;s entry as it appears in their file</source>
        <translation>De notitie van elke deelnemer zoals die in het dossier verschijnt</translation>
    </message>
    <message>
        <source>&amp;Outcome scores…</source>
        <translation>&amp;Uitkomstscores…</translation>
    </message>
    <message>
        <source>Enter a measure (PHQ-9, GAD-7 …) for every attendee in one grid</source>
        <translation>Een meetinstrument (PHQ-9, GAD-7 …) voor alle deelnemers in één tabel invoeren</translation>
    </message>
    <message>
        <source>Integrity warning</source>
        <translation>Integriteitswaarschuwing</translation>
    </message>
    <message>
        <source>Integrity warning: this session&apos;s signed content no longer matches what was signed. It was changed outside ClinicDesk after signing. Do not rely on it; report it to a records administrator.</source>
        <translation>Integriteitswaarschuwing: de ondertekende inhoud van deze bijeenkomst komt niet meer overeen met wat ondertekend is. Die is na ondertekening buiten ClinicDesk gewijzigd. Vertrouw er niet op en meld het bij een dossierbeheerder.</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Deelnemerslijst</translation>
    </message>
    <message>
        <source>Roster and attendance</source>
        <translation>Deelnemers en aanwezigheid</translation>
    </message>
    <message>
        <source>Individual note</source>
        <translation>Individuele notitie</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Opslaan (Ctrl+S)</translation>
    </message>
    <message>
        <source>Group note</source>
        <translation>Groepsnotitie</translation>
    </message>
    <message>
        <source>Save &amp;group note</source>
        <translation>&amp;Groepsnotitie opslaan</translation>
    </message>
    <message>
        <source>Notes are shown to clinical staff with access to these clients only (their care team, practitioner group, a grant on their group, or the session&apos;s leaders).</source>
        <translation>Notities zijn alleen zichtbaar voor klinische medewerkers met toegang tot deze cliënten (hun behandelteam, behandelaarsgroep, toegang via hun groep, of de groepsleiders van de bijeenkomst).</translation>
    </message>
    <message>
        <source>Signatures and addenda</source>
        <translation>Handtekeningen en addenda</translation>
    </message>
    <message>
        <source>As&amp;k for an addendum…</source>
        <translation>Addendum &amp;vragen…</translation>
    </message>
    <message>
        <source>Ask the session&apos;s leaders to add an addendum (it appears in their My work)</source>
        <translation>De groepsleiders van de bijeenkomst vragen een addendum toe te voegen (het verschijnt in hun Mijn werk)</translation>
    </message>
    <message>
        <source>&amp;Reassign…</source>
        <translation>Ove&amp;rdragen…</translation>
    </message>
    <message>
        <source>&amp;Print sign-in sheet</source>
        <translation>&amp;Presentielijst</translation>
    </message>
    <message>
        <source>Chart vie&amp;w</source>
        <translation>Dossier&amp;weergave</translation>
    </message>
    <message>
        <source>Keys: P present · A absent · E excused · L late · D left early · Delete clears — then the next attendee</source>
        <translation>Toetsen: P aanwezig · A afwezig · E afgemeld · L te laat · D eerder weg · Delete wist — daarna de volgende deelnemer</translation>
    </message>
    <message>
        <source>Attendance still to record</source>
        <translation>Aanwezigheid nog te registreren</translation>
    </message>
    <message>
        <source>Mar&amp;k all present</source>
        <translation>Iedereen aanwezig mar&amp;keren</translation>
    </message>
    <message>
        <source>Marks everyone without a status as present; others keep theirs</source>
        <translation>Markeert iedereen zonder status als aanwezig; de anderen houden hun status</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>Notitie opslaan</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Opening the session…</source>
        <translation>Bijeenkomst openen…</translation>
    </message>
    <message>
        <source>Signatures and addenda ({n})</source>
        <translation>Handtekeningen en addenda ({n})</translation>
    </message>
    <message>
        <source>{what}: {name}</source>
        <translation>{what}: {name}</translation>
    </message>
    <message>
        <source>Group: {name}</source>
        <translation>Groep: {name}</translation>
    </message>
    <message>
        <source>documented for {day}</source>
        <translation>vastgelegd voor {day}</translation>
    </message>
    <message>
        <source>reason: {reason}</source>
        <translation>reden: {reason}</translation>
    </message>
    <message>
        <source>Cancelled: {reason}</source>
        <translation>Geannuleerd: {reason}</translation>
    </message>
    <message>
        <source>No leader yet — whoever starts the session leads it.</source>
        <translation>Nog geen groepsleider — wie de bijeenkomst start, is de groepsleider.</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>ondertekend</translation>
    </message>
    <message>
        <source>Leader: {names}</source>
        <translation>Groepsleider: {names}</translation>
    </message>
    <message>
        <source>Co-leaders: {names}</source>
        <translation>Co-leiders: {names}</translation>
    </message>
    <message>
        <source>Start the session to record attendance and notes.</source>
        <translation>Start de bijeenkomst om aanwezigheid en notities vast te leggen.</translation>
    </message>
    <message>
        <source>You can read this session; only its leaders document it.</source>
        <translation>U kunt deze bijeenkomst lezen; alleen de groepsleiders leggen haar vast.</translation>
    </message>
    <message>
        <source>You can record attendance; only the session&apos;s leaders write its notes.</source>
        <translation>U kunt de aanwezigheid registreren; alleen de groepsleiders van de bijeenkomst schrijven de notities.</translation>
    </message>
    <message>
        <source>A leader has signed; the remaining leaders can sign.</source>
        <translation>Een groepsleider heeft ondertekend; de overige groepsleiders kunnen ondertekenen.</translation>
    </message>
    <message numerus="yes">
        <source>%n attendee(s) outside your access not shown.</source>
        <translation>
            <numerusform>%n deelnemer buiten uw toegang wordt niet getoond.</numerusform>
            <numerusform>%n deelnemers buiten uw toegang worden niet getoond.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attendee(s)</source>
        <translation>
            <numerusform>%n deelnemer</numerusform>
            <numerusform>%n deelnemers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n attendee(s) marked.</source>
        <translation>
            <numerusform>De deelnemer (%n) is gemarkeerd.</numerusform>
            <numerusform>Alle %n deelnemers zijn gemarkeerd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of {total} still unmarked — needed before signing.</source>
        <translation>
            <numerusform>%n van {total} nog niet gemarkeerd — nodig vóór het ondertekenen.</numerusform>
            <numerusform>%n van {total} nog niet gemarkeerd — nodig vóór het ondertekenen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an attendee on the left.</source>
        <translation>Kies links een deelnemer.</translation>
    </message>
    <message>
        <source>Individual note — {name}</source>
        <translation>Notitie — {name}</translation>
    </message>
    <message>
        <source>What this attendee did and said in the session.</source>
        <translation>Wat deze deelnemer deed en zei in de bijeenkomst.</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Nog niet opgeslagen</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Opslaan…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Opgeslagen</translation>
    </message>
    <message numerus="yes">
        <source>Marked %n attendee(s) present.</source>
        <translation>
            <numerusform>%n deelnemer als aanwezig gemarkeerd.</numerusform>
            <numerusform>%n deelnemers als aanwezig gemarkeerd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already had a status and kept it.</source>
        <translation>
            <numerusform>%n had al een status en heeft die behouden.</numerusform>
            <numerusform>%n hadden al een status en hebben die behouden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Signing locks your documentation of “{title}”. Enter your password to sign.</source>
        <translation>Met ondertekenen vergrendelt u uw verslaglegging van “{title}”. Voer uw wachtwoord in om te ondertekenen.</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Ondertekenen</translation>
    </message>
    <message>
        <source>Sign “{title}” as its reviewer. The session is then completed and appears in each attendee&apos;s file.</source>
        <translation>“{title}” ondertekenen als beoordelaar. De bijeenkomst is daarna afgerond en verschijnt in het dossier van elke deelnemer.</translation>
    </message>
    <message>
        <source>Sign as reviewer</source>
        <translation>Ondertekenen als beoordelaar</translation>
    </message>
    <message>
        <source>Enter your password to sign the addendum.</source>
        <translation>Voer uw wachtwoord in om het addendum te ondertekenen.</translation>
    </message>
    <message>
        <source>Sign addendum</source>
        <translation>Addendum ondertekenen</translation>
    </message>
    <message>
        <source>Ask for an addendum</source>
        <translation>Een addendum vragen</translation>
    </message>
    <message>
        <source>The session&apos;s leaders see the request in My work until one of them adds an addendum. What should it add or correct?</source>
        <translation>De groepsleiders van de bijeenkomst zien het verzoek in Mijn werk totdat een van hen een addendum toevoegt. Wat moet het aanvullen of corrigeren?</translation>
    </message>
    <message>
        <source>Send request</source>
        <translation>Verzoek versturen</translation>
    </message>
    <message>
        <source>Addendum requested from the session&apos;s leaders.</source>
        <translation>Addendum gevraagd aan de groepsleiders van de bijeenkomst.</translation>
    </message>
    <message>
        <source>Add a co-leader</source>
        <translation>Een co-leider toevoegen</translation>
    </message>
    <message>
        <source>Reassign the session</source>
        <translation>De bijeenkomst overdragen</translation>
    </message>
    <message>
        <source>Add co-leader</source>
        <translation>Co-leider toevoegen</translation>
    </message>
    <message>
        <source>Make leader</source>
        <translation>Groepsleider maken</translation>
    </message>
    <message>
        <source>Remove a co-leader</source>
        <translation>Een co-leider verwijderen</translation>
    </message>
    <message>
        <source>Who no longer co-leads this session?</source>
        <translation>Wie begeleidt deze bijeenkomst niet langer mee?</translation>
    </message>
    <message>
        <source>Add an attendee</source>
        <translation>Een deelnemer toevoegen</translation>
    </message>
    <message>
        <source>Add to session</source>
        <translation>Aan bijeenkomst toevoegen</translation>
    </message>
    <message>
        <source>Double booking</source>
        <translation>Dubbele boeking</translation>
    </message>
    <message>
        <source>Cancel this session</source>
        <translation>Deze bijeenkomst annuleren</translation>
    </message>
    <message>
        <source>The session stays on the board as cancelled; nothing is deleted. Why is it cancelled?</source>
        <translation>De bijeenkomst blijft als geannuleerd op het dagoverzicht staan; er wordt niets gewist. Waarom wordt ze geannuleerd?</translation>
    </message>
    <message>
        <source>Cancel session</source>
        <translation>Bijeenkomst annuleren</translation>
    </message>
    <message>
        <source>Sign-in sheet — {title}</source>
        <translation>Presentielijst — {title}</translation>
    </message>
    <message>
        <source>Session note — {title}</source>
        <translation>Bijeenkomstnotitie — {title}</translation>
    </message>
    <message>
        <source>Unsaved notes</source>
        <translation>Niet-opgeslagen notities</translation>
    </message>
    <message>
        <source>Some notes in this session are not saved yet.</source>
        <translation>Sommige notities in deze bijeenkomst zijn nog niet opgeslagen.</translation>
    </message>
    <message>
        <source>Save and go back</source>
        <translation>Opslaan en teruggaan</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Verder bewerken</translation>
    </message>
    <message>
        <source>Notes saved.</source>
        <translation>Notities opgeslagen.</translation>
    </message>
    <message>
        <source>Some notes in this session are not saved yet. Close anyway and lose them?</source>
        <translation>Sommige notities in deze bijeenkomst zijn nog niet opgeslagen. Toch sluiten en ze verliezen?</translation>
    </message>
</context>
<context>
    <name>SessionTemplateDialog</name>
    <message>
        <source>Edit session template</source>
        <translation>Bijeenkomstsjabloon bewerken</translation>
    </message>
    <message>
        <source>New session template</source>
        <translation>Nieuw bijeenkomstsjabloon</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Duur in minuten</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Geen limiet</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Plaatsen</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <source>No group</source>
        <translation>Geen groep</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <source>&amp;Duration</source>
        <translation>&amp;Duur</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>&amp;Locatie</translation>
    </message>
    <message>
        <source>&amp;Places</source>
        <translation>&amp;Plaatsen</translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation>&amp;Groep</translation>
    </message>
    <message>
        <source>D&amp;escription</source>
        <translation>B&amp;eschrijving</translation>
    </message>
</context>
<context>
    <name>SessionsInFileModel</name>
    <message>
        <source>{n} min</source>
        <translation>{n} min</translation>
    </message>
    <message>
        <source>{status} ⚠ integrity warning</source>
        <translation>{status} ⚠ integriteitswaarschuwing</translation>
    </message>
</context>
<context>
    <name>SessionsTab</name>
    <message>
        <source>Day &amp;board</source>
        <translation>Dagov&amp;erzicht</translation>
    </message>
    <message>
        <source>Review &amp;queue</source>
        <translation>Te beoorde&amp;len</translation>
    </message>
    <message>
        <source>Session &amp;templates</source>
        <translation>S&amp;jablonen</translation>
    </message>
    <message>
        <source>Schedu&amp;les</source>
        <translation>Roo&amp;sters</translation>
    </message>
    <message>
        <source>&amp;My work</source>
        <translation>&amp;Mijn werk</translation>
    </message>
    <message>
        <source>Group sessions are turned off for this clinic (Settings ▸ Clinic). Documented sessions can still be read.</source>
        <translation>Groepsbijeenkomsten staan uit voor deze kliniek (Instellingen ▸ Kliniek). Vastgelegde bijeenkomsten kunnen nog worden gelezen.</translation>
    </message>
</context>
<context>
    <name>SettingsTab</name>
    <message>
        <source>&amp;Clinic</source>
        <translation>&amp;Kliniek</translation>
    </message>
    <message>
        <source>&amp;Users and roles</source>
        <translation>&amp;Gebruikers en rollen</translation>
    </message>
    <message>
        <source>&amp;Practitioner groups</source>
        <translation>Behande&amp;laarsgroepen</translation>
    </message>
    <message>
        <source>&amp;Access tester</source>
        <translation>To&amp;egangstest</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>Databa&amp;se</translation>
    </message>
    <message>
        <source>Outcome &amp;measures</source>
        <translation>&amp;Meetinstrumenten</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>Edit account</source>
        <translation>Account bewerken</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Nieuw account</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>Account aanmaken</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Volledige naam</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Licensed clinician</source>
        <translation>Bevoegd behandelaar</translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation>&amp;Volledige naam</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>&amp;Gebruikersnaam</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rol</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Functies</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Wachtwoord herhalen</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Wachtwoord</translation>
    </message>
    <message>
        <source>Re&amp;peat</source>
        <translation>&amp;Herhalen</translation>
    </message>
    <message>
        <source>&amp;One-time password</source>
        <translation>&amp;Eenmalig wachtwoord</translation>
    </message>
    <message>
        <source>The password above works once: they choose their own at first log-in.</source>
        <translation>Het wachtwoord hierboven werkt één keer: daarna kiezen ze een eigen.</translation>
    </message>
    <message>
        <source>They choose their own password at first log-in.</source>
        <translation>Eigen wachtwoord kiezen bij de eerste aanmelding.</translation>
    </message>
    <message>
        <source>Practitioner groups</source>
        <translation>Behandelaarsgroepen</translation>
    </message>
    <message>
        <source>Practitioner &amp;groups</source>
        <translation>&amp;Behandelaarsgroepen</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>De twee wachtwoorden zijn niet gelijk.</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <source>Staff accounts</source>
        <translation>Medewerkersaccounts</translation>
    </message>
    <message>
        <source>&amp;New account…</source>
        <translation>&amp;Nieuw account…</translation>
    </message>
    <message>
        <source>Users and roles</source>
        <translation>Gebruikers en rollen</translation>
    </message>
    <message>
        <source>Who can sign in, in which role, and with which group-session features.</source>
        <translation>Wie zich kan aanmelden, in welke rol en met welke functies voor groepsbijeenkomsten.</translation>
    </message>
    <message>
        <source>Staff accounts are not available</source>
        <translation>Medewerkersaccounts zijn niet beschikbaar</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Bewe&amp;rken…</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>Nieuw wa&amp;chtwoord…</translation>
    </message>
    <message>
        <source>Un&amp;lock</source>
        <translation>&amp;Ontgrendelen</translation>
    </message>
    <message>
        <source>Deac&amp;tivate</source>
        <translation>De&amp;activeren</translation>
    </message>
    <message>
        <source>&amp;Show deactivated</source>
        <translation>Gedeactiveerde &amp;tonen</translation>
    </message>
    <message>
        <source>Reac&amp;tivate</source>
        <translation>&amp;Heractiveren</translation>
    </message>
    <message>
        <source>Account {name} created.</source>
        <translation>Account {name} aangemaakt.</translation>
    </message>
    <message>
        <source>Password changed.</source>
        <translation>Wachtwoord gewijzigd.</translation>
    </message>
    <message>
        <source>Deactivate account</source>
        <translation>Account deactiveren</translation>
    </message>
    <message>
        <source>{name} will no longer be able to sign in. Their records and signatures stay. Deactivate?</source>
        <translation>{name} kan zich niet meer aanmelden. De vastgelegde gegevens en handtekeningen blijven bewaard. Deactiveren?</translation>
    </message>
</context>
<context>
    <name>StaffPickerDialog</name>
    <message>
        <source>Search by name or role</source>
        <translation>Zoeken op naam of rol</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Medewerkers</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>ClinicDesk is already open on this database, but it does not respond. Wait a moment and try again, or close the other window first.</source>
        <translation>ClinicDesk is al geopend op deze database, maar reageert niet. Wacht even en probeer het opnieuw, of sluit eerst het andere venster.</translation>
    </message>
</context>
<context>
    <name>SyncConflictsDialog</name>
    <message>
        <source>Sync conflicts</source>
        <translation>Synchronisatieconflicten</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicten</translation>
    </message>
    <message>
        <source>Mine (done offline)</source>
        <translation>Van mij (offline gedaan)</translation>
    </message>
    <message>
        <source>Theirs (on the clinic server)</source>
        <translation>Van de ander (op de server van de kliniek)</translation>
    </message>
    <message>
        <source>No conflicts are waiting. Everything done offline reached the clinic.</source>
        <translation>Er wachten geen conflicten. Alles wat offline is gedaan, heeft de kliniek bereikt.</translation>
    </message>
    <message>
        <source>Apply the edited text</source>
        <translation>De bewerkte tekst toepassen</translation>
    </message>
    <message>
        <source>Enter your password: the clinic server applies your choice.</source>
        <translation>Voer uw wachtwoord in: de server van de kliniek past uw keuze toe.</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Offline copy</source>
        <translation>Offline kopie</translation>
    </message>
    <message>
        <source>&amp;Sync with the clinic</source>
        <translation>&amp;Synchroniseren met de kliniek</translation>
    </message>
    <message>
        <source>Sync &amp;conflicts…</source>
        <translation>Synchronisatie&amp;conflicten…</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Nu synchroniseren</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>copy age {age}</source>
        <translation>kopie is {age} oud</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n wijziging wacht</numerusform>
            <numerusform>%n wijzigingen wachten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) need you</source>
        <translation>
            <numerusform>%n conflict vraagt uw aandacht</numerusform>
            <numerusform>%n conflicten vragen uw aandacht</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline copy of {user}, last synced with {server} {age} ago.</source>
        <translation>Offline kopie van {user}, {age} geleden gesynchroniseerd met {server}.</translation>
    </message>
    <message>
        <source>{title} — offline copy, age {age}</source>
        <translation>{title} — offline kopie, {age} oud</translation>
    </message>
    <message>
        <source>This offline copy was last synced {age} ago (the clinic allows {days} days). Sync with the clinic before clinical data is shown again.</source>
        <translation>Deze offline kopie is {age} geleden voor het laatst gesynchroniseerd (de kliniek staat {days} dagen toe). Synchroniseer met de kliniek voordat er weer klinische gegevens worden getoond.</translation>
    </message>
    <message>
        <source>Enter your password to sync this laptop with the clinic server.</source>
        <translation>Voer uw wachtwoord in om deze laptop te synchroniseren met de server van de kliniek.</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchroniseren</translation>
    </message>
    <message>
        <source>Syncing with the clinic…</source>
        <translation>Synchroniseren met de kliniek…</translation>
    </message>
    <message>
        <source>Synced: {applied} sent, {conflicts} conflicts need you.</source>
        <translation>Gesynchroniseerd: {applied} verzonden, {conflicts} conflicten vragen uw aandacht.</translation>
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
        <translation>Bijeenkomstsjablonen</translation>
    </message>
    <message>
        <source>&amp;New template…</source>
        <translation>&amp;Nieuw sjabloon…</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archiveren</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Bewe&amp;rken…</translation>
    </message>
    <message>
        <source>Sho&amp;w archived</source>
        <translation>Gearchiveerde &amp;tonen</translation>
    </message>
    <message>
        <source>No session templates yet</source>
        <translation>Nog geen bijeenkomstsjablonen</translation>
    </message>
    <message>
        <source>A template names a session and sets its length and place; schedules are built from templates.</source>
        <translation>Een sjabloon geeft een bijeenkomst een naam, duur en plaats; roosters worden uit sjablonen opgebouwd.</translation>
    </message>
    <message>
        <source>New template…</source>
        <translation>Nieuw sjabloon…</translation>
    </message>
    <message>
        <source>What a session is: its name, length, place and number of places.</source>
        <translation>Wat een bijeenkomst is: naam, duur, plaats en aantal plaatsen.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Herstellen</translation>
    </message>
    <message>
        <source>Template “{name}” saved.</source>
        <translation>Sjabloon “{name}” opgeslagen.</translation>
    </message>
</context>
<context>
    <name>TrajectoryChart</name>
    <message>
        <source>Mean score over time</source>
        <translation>Gemiddelde score in de tijd</translation>
    </message>
    <message>
        <source>{group}: from {first} to {last} after {weeks} weeks</source>
        <translation>{group}: van {first} naar {last} na {weeks} weken</translation>
    </message>
    <message>
        <source>{group}: too few clients</source>
        <translation>{group}: te weinig cliënten</translation>
    </message>
    <message>
        <source>cut-off {sign}{value}</source>
        <translation>afkappunt {sign}{value}</translation>
    </message>
    <message>
        <source>Weeks since baseline</source>
        <translation>Weken sinds beginmeting</translation>
    </message>
    <message>
        <source>Mean {measure} total</source>
        <translation>Gemiddelde totaalscore {measure}</translation>
    </message>
    <message>
        <source>{group} (too few clients)</source>
        <translation>{group} (te weinig cliënten)</translation>
    </message>
    <message>
        <source>Points with fewer than {n} clients are not shown.</source>
        <translation>Punten met minder dan {n} cliënten worden niet getoond.</translation>
    </message>
</context>
<context>
    <name>WaitlistModel</name>
    <message>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagen</numerusform>
        </translation>
    </message>
    <message>
        <source>{n} weeks</source>
        <translation>{n} weken</translation>
    </message>
</context>
<context>
    <name>WaitlistPanel</name>
    <message>
        <source>Mark as &amp;offered</source>
        <translation>Als &amp;aangeboden markeren</translation>
    </message>
    <message>
        <source>Note that the client was told about the place</source>
        <translation>Vastleggen dat de cliënt over de plaats is geïnformeerd</translation>
    </message>
    <message>
        <source>&amp;Confirm place…</source>
        <translation>Plaats &amp;bevestigen…</translation>
    </message>
    <message>
        <source>&amp;Put on waitlist…</source>
        <translation>Op &amp;wachtlijst zetten…</translation>
    </message>
    <message>
        <source>Set &amp;priority…</source>
        <translation>&amp;Prioriteit instellen…</translation>
    </message>
    <message>
        <source>Managers set a priority, with a reason</source>
        <translation>Managers stellen een prioriteit in, met een reden</translation>
    </message>
    <message>
        <source>&amp;Take off waitlist…</source>
        <translation>Van wachtlijst &amp;halen…</translation>
    </message>
    <message>
        <source>Print &amp;members and waitlist…</source>
        <translation>&amp;Leden en wachtlijst afdrukken…</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>CSV e&amp;xporteren…</translation>
    </message>
    <message>
        <source>Waitlist</source>
        <translation>Wachtlijst</translation>
    </message>
    <message>
        <source>Nobody is waiting</source>
        <translation>Niemand wacht</translation>
    </message>
    <message>
        <source>When the group is full, clients you add are offered a place on its waitlist; the first in line is offered the next free place.</source>
        <translation>Als de groep vol is, krijgen cliënten die u toevoegt een plaats op de wachtlijst; wie vooraan staat, krijgt de volgende vrije plaats aangeboden.</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) waiting</source>
        <translation>
            <numerusform>%n cliënt wacht</numerusform>
            <numerusform>%n cliënten wachten</numerusform>
        </translation>
    </message>
    <message>
        <source> · {free} of {cap} places free</source>
        <translation> · {free} van {cap} plaatsen vrij</translation>
    </message>
    <message>
        <source>added today</source>
        <translation>vandaag toegevoegd</translation>
    </message>
    <message>
        <source>waiting {waited}</source>
        <translation>wacht al {waited}</translation>
    </message>
    <message>
        <source>A place is free. It was offered to {name} (first in line, {waited}): confirm when they accept.</source>
        <translation>Er is een plaats vrij. Die is aangeboden aan {name} (eerste op de lijst, {waited}): bevestig zodra de cliënt accepteert.</translation>
    </message>
    <message>
        <source>A place is free: offer it to {name}, first in line ({waited}).</source>
        <translation>Er is een plaats vrij: bied die aan aan {name}, eerste op de lijst ({waited}).</translation>
    </message>
    <message>
        <source>Take off waitlist</source>
        <translation>Van wachtlijst halen</translation>
    </message>
    <message>
        <source>Take {name} off the waitlist of {group}?</source>
        <translation>{name} van de wachtlijst van {group} halen?</translation>
    </message>
    <message>
        <source>They lose their place in line; the record of their wait stays.</source>
        <translation>De cliënt verliest de plek in de rij; de registratie van de wachttijd blijft bewaard.</translation>
    </message>
    <message>
        <source>Take off</source>
        <translation>Van lijst halen</translation>
    </message>
    <message>
        <source>Confirm place</source>
        <translation>Plaats bevestigen</translation>
    </message>
    <message>
        <source>Add {name} to {group} now?</source>
        <translation>{name} nu aan {group} toevoegen?</translation>
    </message>
    <message>
        <source>They join today, leave the waitlist and are enrolled in the group&apos;s upcoming scheduled sessions, as any new member.</source>
        <translation>De cliënt wordt vandaag lid, gaat van de wachtlijst af en wordt ingeschreven voor de komende geplande bijeenkomsten van de groep, zoals elk nieuw lid.</translation>
    </message>
    <message>
        <source>Add to group</source>
        <translation>Aan groep toevoegen</translation>
    </message>
    <message>
        <source>{name} joined {group} from the waitlist.</source>
        <translation>{name} is vanaf de wachtlijst lid geworden van {group}.</translation>
    </message>
    <message>
        <source>Members and waitlist — {name}</source>
        <translation>Leden en wachtlijst — {name}</translation>
    </message>
    <message>
        <source>Export members and waitlist</source>
        <translation>Leden en wachtlijst exporteren</translation>
    </message>
    <message>
        <source>Saved {path}.</source>
        <translation>{path} opgeslagen.</translation>
    </message>
</context>
<context>
    <name>_Chart</name>
    <message>
        <source>Choose a measure and groups, then Compare.</source>
        <translation>Kies een meetinstrument en groepen en klik op Vergelijken.</translation>
    </message>
</context>
<context>
    <name>_PageLabel</name>
    <message>
        <source>Page {n} of {total}</source>
        <translation>Pagina {n} van {total}</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Please check the details</source>
        <translation>Controleer de gegevens</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Niet toegestaan</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Gewijzigd door iemand anders</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Niet gevonden</translation>
    </message>
    <message>
        <source>Can no longer be changed</source>
        <translation>Kan niet meer worden gewijzigd</translation>
    </message>
    <message>
        <source>Cannot do that</source>
        <translation>Dat kan niet</translation>
    </message>
    <message>
        <source>Please log in</source>
        <translation>Meld u aan</translation>
    </message>
    <message>
        <source>Database problem</source>
        <translation>Databaseprobleem</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Er ging iets mis</translation>
    </message>
    <message>
        <source>Something went wrong, and ClinicDesk could not finish that action.</source>
        <translation>Er ging iets mis en ClinicDesk kon die actie niet voltooien.</translation>
    </message>
    <message>
        <source>Work you saved earlier is safe. If it happens again, please tell your administrator and send them the log file:
{path}</source>
        <translation>Werk dat u eerder hebt opgeslagen, is veilig. Gebeurt het opnieuw, meld het dan aan uw beheerder en stuur het logbestand mee:
{path}</translation>
    </message>
</context>
<context>
    <name>formatting</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Therapy</source>
        <translation>Therapie</translation>
    </message>
    <message>
        <source>Psychoeducation</source>
        <translation>Psycho-educatie</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Ondersteuning</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programma</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
    <message>
        <source>Hidden from members</source>
        <translation>Verborgen voor leden</translation>
    </message>
    <message>
        <source>Members see the group</source>
        <translation>Leden zien de groep</translation>
    </message>
    <message>
        <source>Members see each other</source>
        <translation>Leden zien elkaar</translation>
    </message>
    <message>
        <source>Clients are not told they are in this group and see nothing about it. Recommended.</source>
        <translation>Cliënten weten niet dat ze in deze groep zitten en zien er niets van. Aanbevolen.</translation>
    </message>
    <message>
        <source>Each client knows they are in the group and sees its name and staff, but not who the other members are.</source>
        <translation>Elke cliënt weet dat hij of zij in de groep zit en ziet de naam en de medewerkers, maar niet de andere leden.</translation>
    </message>
    <message>
        <source>Clients see the group, its staff and the names of the other members.</source>
        <translation>Cliënten zien de groep, de medewerkers en de namen van de andere leden.</translation>
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
        <translation>Document</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activiteit</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Share a document</source>
        <translation>Een document delen</translation>
    </message>
    <message>
        <source>Assign a program</source>
        <translation>Een programma toewijzen</translation>
    </message>
    <message>
        <source>Add an activity</source>
        <translation>Een activiteit toevoegen</translation>
    </message>
    <message>
        <source>Create an objective</source>
        <translation>Een doel opstellen</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>Een notitie toevoegen</translation>
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
        <translation>Eerder weg</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Niet ingevuld</translation>
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
        <translation>Rooster</translation>
    </message>
    <message>
        <source>Group schedule</source>
        <translation>Groepsrooster</translation>
    </message>
    <message>
        <source>Ad hoc</source>
        <translation>Ad hoc</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>No one new was added to {group}</source>
        <translation>Er is niemand nieuw toegevoegd aan {group}</translation>
    </message>
</context>
<context>
    <name>signatures</name>
    <message>
        <source>Addendum</source>
        <translation>Addendum</translation>
    </message>
</context>
<context>
    <name>staff_model</name>
    <message>
        <source>Deactivated</source>
        <translation>Gedeactiveerd</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Geblokkeerd</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
</context>
<context>
    <name>view</name>
    <message>
        <source>&amp;Sign anyway</source>
        <translation>Toch &amp;ondertekenen</translation>
    </message>
</context>
</TS>
