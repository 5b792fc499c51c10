<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>AccessTesterPage</name>
    <message>
        <source>Staff member to test</source>
        <translation>Membre du personnel à tester</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>Te&amp;ster</translation>
    </message>
    <message>
        <source>Client files reached</source>
        <translation>Dossiers clients accessibles</translation>
    </message>
    <message>
        <source>Practitioners</source>
        <translation>Praticiens</translation>
    </message>
    <message>
        <source>Practitioners whose clients they share</source>
        <translation>Praticiens dont ils partagent les clients</translation>
    </message>
    <message>
        <source>Clients reached and why</source>
        <translation>Clients accessibles et pourquoi</translation>
    </message>
    <message>
        <source>Test your practitioner groups</source>
        <translation>Testez vos groupes de praticiens</translation>
    </message>
    <message>
        <source>Choose a staff member and press Test to see which client files they can open, and why. Run a test after every change to your groups.</source>
        <translation>Choisissez un membre du personnel et cliquez sur Tester pour voir quels dossiers clients il peut ouvrir, et pourquoi. Refaites un test après chaque modification de vos groupes.</translation>
    </message>
    <message>
        <source>&amp;Staff member</source>
        <translation>Membre du &amp;personnel</translation>
    </message>
    <message numerus="yes">
        <source>%n client file(s) reachable.</source>
        <translation>
            <numerusform>%n dossier client accessible.</numerusform>
            <numerusform>%n dossiers clients accessibles.</numerusform>
        </translation>
    </message>
    <message>
        <source>Access tester</source>
        <translation>Test des accès</translation>
    </message>
    <message>
        <source>What can this person reach, and why — the same rules the application enforces.</source>
        <translation>Ce que cette personne peut consulter, et pourquoi — selon les règles mêmes qu’applique le logiciel.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Test en cours…</translation>
    </message>
    <message>
        <source>{name}: {mode}</source>
        <translation>{name}&#xa0;: {mode}</translation>
    </message>
    <message>
        <source>Practitioners whose accounts they manage</source>
        <translation>Praticiens dont ils gèrent les comptes</translation>
    </message>
    <message>
        <source>Cannot test this person</source>
        <translation>Impossible de tester cette personne</translation>
    </message>
</context>
<context>
    <name>ActionsPanel</name>
    <message>
        <source>Write a &amp;letter…</source>
        <translation>Rédiger un &amp;courrier…</translation>
    </message>
    <message>
        <source>One personalised letter per member, to print or save.</source>
        <translation>Un courrier personnalisé par membre, à imprimer ou à enregistrer.</translation>
    </message>
    <message>
        <source>&amp;Retract…</source>
        <translation>&amp;Retirer…</translation>
    </message>
    <message>
        <source>Show retracted</source>
        <translation>Afficher les éléments retirés</translation>
    </message>
    <message>
        <source>Group actions so far</source>
        <translation>Actions de groupe à ce jour</translation>
    </message>
    <message>
        <source>Nothing shared with this group yet</source>
        <translation>Rien n’a encore été partagé avec ce groupe</translation>
    </message>
    <message>
        <source>Share a document, assign a program or add a note once, and it is written into every current member&apos;s file.</source>
        <translation>Partagez un document, attribuez un programme ou ajoutez une note une seule fois&#xa0;: ils sont inscrits dans le dossier de chaque membre actuel.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message numerus="yes">
        <source>Retracted from %n member(s)&apos; files.</source>
        <translation>
            <numerusform>Retiré du dossier de %n membre.</numerusform>
            <numerusform>Retiré des dossiers de %n membres.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActorsPanel</name>
    <message>
        <source>Actors co-manage this group: they can change its members and do group actions. Being an actor does not open any member&apos;s file.</source>
        <translation>Les co-gestionnaires gèrent ce groupe avec vous&#xa0;: ils peuvent en modifier les membres et effectuer des actions de groupe. Être co-gestionnaire ne donne accès au dossier d’aucun membre.</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Co-gestionnaires</translation>
    </message>
    <message>
        <source>Staff member to add as actor</source>
        <translation>Membre du personnel à ajouter comme co-gestionnaire</translation>
    </message>
    <message>
        <source>Add a&amp;ctor</source>
        <translation>Ajouter un &amp;co-gestionnaire</translation>
    </message>
    <message>
        <source>Remove actor…</source>
        <translation>Retirer le co-gestionnaire…</translation>
    </message>
    <message>
        <source>No actors: add the staff who run this group.</source>
        <translation>Aucun co-gestionnaire&#xa0;: ajoutez les membres du personnel qui animent ce groupe.</translation>
    </message>
    <message>
        <source>{name} is now an actor of {group}.</source>
        <translation>{name} est désormais co-gestionnaire de {group}.</translation>
    </message>
    <message>
        <source>Remove actor</source>
        <translation>Retirer le co-gestionnaire</translation>
    </message>
    <message>
        <source>Stop {name} co-managing {group}?</source>
        <translation>Retirer à {name} la co-gestion de {group}&#xa0;?</translation>
    </message>
    <message>
        <source>{name} no longer co-manages {group}.</source>
        <translation>{name} ne co-gère plus {group}.</translation>
    </message>
</context>
<context>
    <name>AddMembersDialog</name>
    <message>
        <source>Add clients to {group}</source>
        <translation>Ajouter des clients à {group}</translation>
    </message>
    <message>
        <source>Add a client to {group}</source>
        <translation>Ajouter un client à {group}</translation>
    </message>
    <message>
        <source>Put clients on the waitlist of {group}</source>
        <translation>Inscrire des clients sur la liste d’attente de {group}</translation>
    </message>
    <message>
        <source>Type a name or record number</source>
        <translation>Saisissez un nom ou un numéro de dossier</translation>
    </message>
    <message>
        <source>Matching clients</source>
        <translation>Clients correspondants</translation>
    </message>
    <message>
        <source>Joins on</source>
        <translation>Entrée le</translation>
    </message>
    <message>
        <source>They are enrolled in the group&apos;s upcoming sessions from this date on.</source>
        <translation>Ils sont inscrits aux prochaines séances du groupe à partir de cette date.</translation>
    </message>
    <message>
        <source>&amp;Joins on</source>
        <translation>&amp;Entrée le</translation>
    </message>
    <message>
        <source>Put on the &amp;waitlist</source>
        <translation>Inscrire sur la liste d’&amp;attente</translation>
    </message>
    <message>
        <source>Hold Ctrl or Shift to choose several clients.</source>
        <translation>Maintenez Ctrl ou Maj enfoncée pour choisir plusieurs clients.</translation>
    </message>
    <message>
        <source>Type the client&apos;s name, then press Enter to add them.</source>
        <translation>Saisissez le nom du client, puis appuyez sur Entrée pour l’ajouter.</translation>
    </message>
    <message numerus="yes">
        <source>Add %n client(s)</source>
        <translation>
            <numerusform>Ajouter %n client</numerusform>
            <numerusform>Ajouter %n clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n put on the waitlist of {group}</source>
        <translation>
            <numerusform>%n inscrit sur la liste d’attente de {group}</numerusform>
            <numerusform>%n inscrits sur la liste d’attente de {group}</numerusform>
        </translation>
    </message>
    <message>
        <source>The client can wait for a place: a place is offered when one frees up.</source>
        <translation>Le client peut attendre une place&#xa0;: une place lui est proposée dès qu’elle se libère.</translation>
    </message>
    <message>
        <source>Add to group</source>
        <translation>Ajouter au groupe</translation>
    </message>
    <message>
        <source>{n} selected of {total} matching</source>
        <translation>{n} sélectionné(s) sur {total} correspondant(s)</translation>
    </message>
    <message>
        <source>{total} matching</source>
        <translation>{total} correspondant(s)</translation>
    </message>
    <message>
        <source>Added {name} to {group}</source>
        <translation>{name} ajouté(e) à {group}</translation>
    </message>
</context>
<context>
    <name>AddToGroupDialog</name>
    <message numerus="yes">
        <source>Add %n client(s) to a group</source>
        <translation>
            <numerusform>Ajouter %n client à un groupe</numerusform>
            <numerusform>Ajouter %n clients à un groupe</numerusform>
        </translation>
    </message>
    <message>
        <source>Find a group</source>
        <translation>Rechercher un groupe</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <source>Add to group</source>
        <translation>Ajouter au groupe</translation>
    </message>
    <message>
        <source>Joins on</source>
        <translation>Entrée le</translation>
    </message>
    <message>
        <source>&amp;Joins on</source>
        <translation>&amp;Entrée le</translation>
    </message>
    <message>
        <source>Adding clients…</source>
        <translation>Ajout des clients…</translation>
    </message>
</context>
<context>
    <name>AddendumDialog</name>
    <message>
        <source>Add a signed addendum</source>
        <translation>Ajouter un addendum signé</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>The whole session</source>
        <translation>L’ensemble de la séance</translation>
    </message>
    <message>
        <source>Addendum</source>
        <translation>Addendum</translation>
    </message>
    <message>
        <source>Sign addendum…</source>
        <translation>Signer l’addendum…</translation>
    </message>
    <message>
        <source>The signed note is never changed; the addendum is added after it, with your name and the time, once you confirm your password.</source>
        <translation>La note signée n’est jamais modifiée&#xa0;; l’addendum est ajouté à sa suite, avec votre nom et l’heure, une fois votre mot de passe confirmé.</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Objet</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>&amp;Texte</translation>
    </message>
</context>
<context>
    <name>AssignScheduleDialog</name>
    <message>
        <source>Assign “{name}”</source>
        <translation>Attribuer «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>&amp;Clients</source>
        <translation>&amp;Clients</translation>
    </message>
    <message>
        <source>A whole &amp;group (members who join later too)</source>
        <translation>Un &amp;groupe entier (y compris les futurs membres)</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>— choose a group —</source>
        <translation>— choisissez un groupe —</translation>
    </message>
    <message>
        <source>Enrol the members in the schedule&apos;s &amp;sessions</source>
        <translation>Inscrire les membres aux &amp;séances du planning</translation>
    </message>
    <message>
        <source>Start a &amp;new series of sessions for this group (its own sessions)</source>
        <translation>Commencer une &amp;nouvelle série de séances pour ce groupe (ses propres séances)</translation>
    </message>
    <message>
        <source>Assigning</source>
        <translation>Attribution</translation>
    </message>
    <message>
        <source>Creating sessions and enrolling clients…</source>
        <translation>Création des séances et inscription des clients…</translation>
    </message>
    <message>
        <source>Sessions that gain clients</source>
        <translation>Séances qui reçoivent des clients</translation>
    </message>
    <message>
        <source>&amp;Preview changes</source>
        <translation>&amp;Aperçu des modifications</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>C&amp;onfirmer</translation>
    </message>
    <message>
        <source>Preview the changes first.</source>
        <translation>Affichez d’abord l’aperçu des modifications.</translation>
    </message>
    <message numerus="yes">
        <source>{name} (%n member(s))</source>
        <translation>
            <numerusform>{name} (%n membre)</numerusform>
            <numerusform>{name} (%n membres)</numerusform>
        </translation>
    </message>
    <message>
        <source>1 session, on {first}.</source>
        <translation>1 séance, le {first}.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s), from {first} to {last}.</source>
        <translation>
            <numerusform>%n séance, du {first} au {last}.</numerusform>
            <numerusform>%n séances, du {first} au {last}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) gain clients</source>
        <translation>
            <numerusform>%n séance reçoit des clients</numerusform>
            <numerusform>%n séances reçoivent des clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n enrolment(s)</source>
        <translation>
            <numerusform>%n inscription</numerusform>
            <numerusform>%n inscriptions</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody new joins any session: everyone is already enrolled.</source>
        <translation>Personne ne rejoint de nouvelle séance&#xa0;: tous sont déjà inscrits.</translation>
    </message>
    <message numerus="yes">
        <source>%n new session(s) will be created.</source>
        <translation>
            <numerusform>%n nouvelle séance sera créée.</numerusform>
            <numerusform>%n nouvelles séances seront créées.</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ These are sessions of another group: {names}.</source>
        <translation>⚠ Ce sont des séances d’un autre groupe&#xa0;: {names}.</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n session(s) would go past capacity, so this cannot be confirmed. Choose fewer clients, raise the capacity, or start a new series for the group.</source>
        <translation>
            <numerusform>⚠ %n séance dépasserait sa capacité&#xa0;: impossible de confirmer. Choisissez moins de clients, augmentez la capacité ou commencez une nouvelle série pour le groupe.</numerusform>
            <numerusform>⚠ %n séances dépasseraient leur capacité&#xa0;: impossible de confirmer. Choisissez moins de clients, augmentez la capacité ou commencez une nouvelle série pour le groupe.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to confirm as it stands.</source>
        <translation>Rien à confirmer en l’état.</translation>
    </message>
    <message>
        <source>&amp;Start on</source>
        <translation>&amp;Début le</translation>
    </message>
    <message>
        <source>Assign to</source>
        <translation>Attribuer à</translation>
    </message>
    <message>
        <source>Double bookings</source>
        <translation>Doubles réservations</translation>
    </message>
    <message>
        <source>&amp;Enrol anyway</source>
        <translation>&amp;Inscrire quand même</translation>
    </message>
    <message>
        <source>This schedule has no weekly sessions yet.</source>
        <translation>Ce planning ne comporte encore aucune séance hebdomadaire.</translation>
    </message>
    <message>
        <source>Schedule assigned: {sessions} sessions, {enrolled} enrolments.</source>
        <translation>Planning attribué&#xa0;: séances&#xa0;: {sessions}, inscriptions&#xa0;: {enrolled}.</translation>
    </message>
    <message>
        <source>Double bookings kept: {n}.</source>
        <translation>Doubles réservations maintenues&#xa0;: {n}.</translation>
    </message>
    <message>
        <source>Double bookings: {n}. These clients are already in another session at that time. Nothing was assigned. Change the start date or the clients, or enrol them anyway.</source>
        <translation>Doubles réservations&#xa0;: {n}. Ces clients participent déjà à une autre séance à ce moment-là. Rien n’a été attribué. Modifiez la date de début ou les clients, ou inscrivez-les quand même.</translation>
    </message>
</context>
<context>
    <name>AssignmentPreviewModel</name>
    <message>
        <source>(no group)</source>
        <translation>(aucun groupe)</translation>
    </message>
    <message>
        <source>{name} — another group</source>
        <translation>{name} — un autre groupe</translation>
    </message>
    <message>
        <source>{n} (no limit)</source>
        <translation>{n} (sans limite)</translation>
    </message>
    <message>
        <source>{n} of {cap}</source>
        <translation>{n} sur {cap}</translation>
    </message>
    <message>
        <source>⚠ {over} over</source>
        <translation>⚠ {over} en trop</translation>
    </message>
    <message>
        <source>{title} (new)</source>
        <translation>{title} (nouvelle)</translation>
    </message>
</context>
<context>
    <name>AttendanceDelegate</name>
    <message>
        <source>Attendance</source>
        <translation>Présence</translation>
    </message>
</context>
<context>
    <name>AutoLock</name>
    <message>
        <source>{name} ({role}) is logged in. Type your password to continue.</source>
        <translation>{name} ({role}) est connecté(e). Saisissez votre mot de passe pour continuer.</translation>
    </message>
    <message>
        <source>ClinicDesk — Locked</source>
        <translation>ClinicDesk — Verrouillé</translation>
    </message>
    <message>
        <source>Something went wrong while checking the password. Please try again.</source>
        <translation>Un problème est survenu lors de la vérification du mot de passe. Veuillez réessayer.</translation>
    </message>
</context>
<context>
    <name>BusyOverlay</name>
    <message>
        <source>Loading</source>
        <translation>Chargement</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
</context>
<context>
    <name>CareTeamDialog</name>
    <message>
        <source>Care team — {name}</source>
        <translation>Équipe de soins — {name}</translation>
    </message>
    <message>
        <source>Save care team</source>
        <translation>Enregistrer l’équipe de soins</translation>
    </message>
    <message>
        <source>Primary therapist</source>
        <translation>Thérapeute principal</translation>
    </message>
    <message>
        <source>Case manager</source>
        <translation>Gestionnaire de cas</translation>
    </message>
    <message>
        <source>Other members of the care team</source>
        <translation>Autres membres de l’équipe de soins</translation>
    </message>
    <message>
        <source>The care team opens the client&apos;s file to its members when the clinic restricts access. Changes are kept in the care team&apos;s history.</source>
        <translation>L’équipe de soins donne à ses membres l’accès au dossier du client lorsque la clinique restreint les accès. Les modifications sont conservées dans l’historique de l’équipe de soins.</translation>
    </message>
    <message>
        <source>&amp;Primary therapist</source>
        <translation>&amp;Thérapeute principal</translation>
    </message>
    <message>
        <source>&amp;Case manager</source>
        <translation>&amp;Gestionnaire de cas</translation>
    </message>
    <message>
        <source>&amp;Others</source>
        <translation>&amp;Autres</translation>
    </message>
    <message>
        <source>— nobody —</source>
        <translation>— personne —</translation>
    </message>
</context>
<context>
    <name>CareTeamModel</name>
    <message>
        <source>now</source>
        <translation>en cours</translation>
    </message>
</context>
<context>
    <name>CareTeamPanel</name>
    <message>
        <source>&amp;Edit care team…</source>
        <translation>&amp;Modifier l’équipe de soins…</translation>
    </message>
    <message>
        <source>Care team history</source>
        <translation>Historique de l’équipe de soins</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Every change is kept: who was on the team, in which role, and when.</source>
        <translation>Chaque modification est conservée&#xa0;: qui faisait partie de l’équipe, dans quel rôle et quand.</translation>
    </message>
    <message>
        <source>No care team recorded yet.</source>
        <translation>Aucune équipe de soins enregistrée pour l’instant.</translation>
    </message>
    <message>
        <source>Only managers and administrators can change a care team.</source>
        <translation>Seuls les responsables et les administrateurs peuvent modifier une équipe de soins.</translation>
    </message>
    <message>
        <source>Care team saved.</source>
        <translation>Équipe de soins enregistrée.</translation>
    </message>
</context>
<context>
    <name>ChangeChart</name>
    <message>
        <source>Mean change with 95% confidence interval</source>
        <translation>Évolution moyenne avec intervalle de confiance à 95&#xa0;%</translation>
    </message>
    <message>
        <source>← better</source>
        <translation>← meilleur</translation>
    </message>
    <message>
        <source>← worse</source>
        <translation>← moins bon</translation>
    </message>
    <message>
        <source>worse →</source>
        <translation>moins bon →</translation>
    </message>
    <message>
        <source>better →</source>
        <translation>meilleur →</translation>
    </message>
    <message>
        <source>Mean change in {measure} total (latest − baseline) with its 95% confidence interval</source>
        <translation>Évolution moyenne du total {measure} (dernier − initial) avec son intervalle de confiance à 95&#xa0;%</translation>
    </message>
    <message>
        <source>hidden: fewer than {n} clients</source>
        <translation>masqué&#xa0;: moins de {n} clients</translation>
    </message>
    <message>
        <source>no client with a baseline and a later score</source>
        <translation>aucun client avec un score initial et un score ultérieur</translation>
    </message>
</context>
<context>
    <name>ChangeDateDialog</name>
    <message>
        <source>Change the session date</source>
        <translation>Modifier la date de la séance</translation>
    </message>
    <message>
        <source>Change date</source>
        <translation>Modifier la date</translation>
    </message>
    <message>
        <source>Date the session took place</source>
        <translation>Date à laquelle la séance a eu lieu</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Use this when documenting late: the note and the clients&apos; files show the date you choose; the scheduled time stays.</source>
        <translation>À utiliser pour une documentation tardive&#xa0;: la note et les dossiers des clients indiquent la date choisie&#xa0;; l’heure prévue est conservée.</translation>
    </message>
    <message>
        <source>&amp;Date it took place</source>
        <translation>&amp;Date effective</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motif</translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <source>Edit client</source>
        <translation>Modifier le client</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Nouveau client</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>Prénom usuel</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Record number</source>
        <translation>Numéro de dossier</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Prénom</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Preferred name (optional)</source>
        <translation>Prénom &amp;usuel (facultatif)</translation>
    </message>
    <message>
        <source>&amp;Date of birth (optional)</source>
        <translation>&amp;Date de naissance (facultative)</translation>
    </message>
    <message>
        <source>&amp;Record number (optional)</source>
        <translation>Numéro de do&amp;ssier (facultatif)</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>S&amp;tatut</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Reload current version</source>
        <translation>&amp;Recharger la version actuelle</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Doublon possible</translation>
    </message>
    <message>
        <source>Save &amp;anyway</source>
        <translation>Enregistrer &amp;quand même</translation>
    </message>
    <message>
        <source>Save anyway, this is a different person</source>
        <translation>Enregistrer quand même, il s’agit d’une autre personne</translation>
    </message>
    <message>
        <source>Client {name} created.</source>
        <translation>Client {name} créé.</translation>
    </message>
    <message>
        <source>Client {name} saved.</source>
        <translation>Client {name} enregistré.</translation>
    </message>
    <message>
        <source>This is the current version. Make your changes again and save.</source>
        <translation>Voici la version actuelle. Refaites vos modifications et enregistrez.</translation>
    </message>
</context>
<context>
    <name>ClientFile</name>
    <message>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Nom officiel</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>Prénom usuel</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Record number</source>
        <translation>Numéro de dossier</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Care team</source>
        <translation>Équipe de soins</translation>
    </message>
    <message>
        <source>Primary therapist</source>
        <translation>Thérapeute principal</translation>
    </message>
    <message>
        <source>Case manager</source>
        <translation>Gestionnaire de cas</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>Autres</translation>
    </message>
    <message>
        <source>No care team recorded yet.</source>
        <translation>Aucune équipe de soins enregistrée pour l’instant.</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <source>since {joined}</source>
        <translation>depuis le {joined}</translation>
    </message>
    <message>
        <source>{joined} – {left}</source>
        <translation>{joined} – {left}</translation>
    </message>
    <message>
        <source>Not in any group.</source>
        <translation>Membre d’aucun groupe.</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Présence</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Séances suivies</translation>
    </message>
    <message>
        <source>Attendance by group</source>
        <translation>Présences par groupe</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Présent</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Excusé</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Left early</source>
        <translation>Parti plus tôt</translation>
    </message>
    <message>
        <source>(no group)</source>
        <translation>(aucun groupe)</translation>
    </message>
    <message>
        <source>Group action in {group}</source>
        <translation>Action de groupe dans {group}</translation>
    </message>
    <message>
        <source>Group action in a removed group</source>
        <translation>Action de groupe dans un groupe supprimé</translation>
    </message>
    <message>
        <source>Added to this file</source>
        <translation>Ajouté à ce dossier</translation>
    </message>
    <message>
        <source>Retracted by</source>
        <translation>Retiré par</translation>
    </message>
    <message>
        <source>Retracted on</source>
        <translation>Retiré le</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Integrity warning: this session&apos;s signed content no longer matches what was signed. It was changed outside ClinicDesk after signing. Do not rely on it; report it to a records administrator.</source>
        <translation>Alerte d’intégrité&#xa0;: le contenu signé de cette séance ne correspond plus à ce qui a été signé. Il a été modifié en dehors de ClinicDesk après la signature. Ne vous y fiez pas&#xa0;; signalez-le à un administrateur des dossiers.</translation>
    </message>
    <message>
        <source>Scheduled for</source>
        <translation>Prévue le</translation>
    </message>
    <message>
        <source>Documented late because</source>
        <translation>Documentée tardivement car</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Leaders</source>
        <translation>Animateurs</translation>
    </message>
    <message>
        <source>Time attended</source>
        <translation>Temps de présence</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Individual note</source>
        <translation>Note individuelle</translation>
    </message>
    <message>
        <source>Group note</source>
        <translation>Note de groupe</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <source>Addendum by {name}, {when}</source>
        <translation>Addendum de {name}, {when}</translation>
    </message>
</context>
<context>
    <name>ClientFileDialog</name>
    <message>
        <source>Client file — {name}</source>
        <translation>Dossier du client — {name}</translation>
    </message>
    <message>
        <source>Print &amp;handout</source>
        <translation>Imprimer la &amp;fiche client</translation>
    </message>
    <message>
        <source>The client&apos;s own groups and upcoming sessions, to take home</source>
        <translation>Les groupes et prochaines séances du client, à emporter</translation>
    </message>
    <message>
        <source>Print a&amp;ttendance…</source>
        <translation>Imprimer les pré&amp;sences…</translation>
    </message>
    <message>
        <source>Opening the file…</source>
        <translation>Ouverture du dossier…</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d’ensemble</translation>
    </message>
    <message>
        <source>File entries</source>
        <translation>Éléments du dossier</translation>
    </message>
    <message>
        <source>Selected entry</source>
        <translation>Élément sélectionné</translation>
    </message>
    <message>
        <source>&amp;Save document…</source>
        <translation>&amp;Enregistrer le document…</translation>
    </message>
    <message>
        <source>Nothing in this file yet</source>
        <translation>Ce dossier est encore vide</translation>
    </message>
    <message>
        <source>Documents, programs, activities, objectives and notes shared with this client&apos;s groups appear here.</source>
        <translation>Les documents, programmes, activités, objectifs et notes partagés avec les groupes de ce client apparaissent ici.</translation>
    </message>
    <message>
        <source>Completed group sessions</source>
        <translation>Séances de groupe terminées</translation>
    </message>
    <message>
        <source>Selected session (read-only)</source>
        <translation>Séance sélectionnée (lecture seule)</translation>
    </message>
    <message>
        <source>No completed group sessions</source>
        <translation>Aucune séance de groupe terminée</translation>
    </message>
    <message>
        <source>Sessions appear here, read-only, once they are signed and completed.</source>
        <translation>Les séances apparaissent ici, en lecture seule, une fois signées et terminées.</translation>
    </message>
    <message>
        <source>Group sessions</source>
        <translation>Séances de groupe</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Care team</source>
        <translation>Équipe de soins</translation>
    </message>
    <message>
        <source>You have no access to this client&apos;s file</source>
        <translation>Vous n’avez pas accès au dossier de ce client</translation>
    </message>
    <message>
        <source>The clinic restricts who can open client files. Ask a manager if you need access to this client.</source>
        <translation>La clinique restreint l’accès aux dossiers clients. Adressez-vous à un responsable si vous avez besoin d’accéder à ce client.</translation>
    </message>
    <message>
        <source>&amp;Why not?</source>
        <translation>&amp;Pourquoi&#xa0;?</translation>
    </message>
    <message>
        <source>Preferred name: {name}</source>
        <translation>Prénom usuel&#xa0;: {name}</translation>
    </message>
    <message>
        <source>Record no. {n}</source>
        <translation>Dossier n° {n}</translation>
    </message>
    <message>
        <source>Born {date}</source>
        <translation>Né(e) le {date}</translation>
    </message>
    <message>
        <source>File entries ({n})</source>
        <translation>Éléments du dossier ({n})</translation>
    </message>
    <message>
        <source>Group sessions ({n})</source>
        <translation>Séances de groupe ({n})</translation>
    </message>
    <message>
        <source>Your routes to this file:
{routes}</source>
        <translation>Vos accès à ce dossier&#xa0;:
{routes}</translation>
    </message>
    <message>
        <source>You have no route to this file: no care team place, no practitioner group shared with their care team, and no access granted through one of their groups.</source>
        <translation>Vous n’avez aucun accès à ce dossier&#xa0;: vous ne faites pas partie de l’équipe de soins, ne partagez aucun groupe de praticiens avec elle et n’avez reçu aucun accès par l’un de ses groupes.</translation>
    </message>
    <message>
        <source>Save document</source>
        <translation>Enregistrer le document</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>{name} enregistré.</translation>
    </message>
    <message>
        <source>Handout — {name}</source>
        <translation>Fiche client — {name}</translation>
    </message>
</context>
<context>
    <name>ClientOutcomeChart</name>
    <message>
        <source>Outcome chart</source>
        <translation>Graphique des résultats</translation>
    </message>
    <message>
        <source>No scores to chart.</source>
        <translation>Aucun score à représenter.</translation>
    </message>
    <message>
        <source>{measure}: {n} scores, from {first}{b1} on {d1} to {last}{b2} on {d2}.</source>
        <translation>{measure}&#xa0;: {n} scores, de {first}{b1} le {d1} à {last}{b2} le {d2}.</translation>
    </message>
    <message>
        <source>No scores yet.</source>
        <translation>Aucun score pour l’instant.</translation>
    </message>
    <message>
        <source>cut-off {sign}{value}</source>
        <translation>seuil {sign}{value}</translation>
    </message>
    <message>
        <source>{measure} total</source>
        <translation>Total {measure}</translation>
    </message>
    <message>
        <source>Member of the group</source>
        <translation>Membre du groupe</translation>
    </message>
    <message>
        <source>Session attended</source>
        <translation>Séance suivie</translation>
    </message>
    <message>
        <source>Session missed</source>
        <translation>Séance manquée</translation>
    </message>
    <message>
        <source>Attendance not recorded</source>
        <translation>Présence non enregistrée</translation>
    </message>
</context>
<context>
    <name>ClientOutcomesPanel</name>
    <message>
        <source>Measure shown</source>
        <translation>Mesure affichée</translation>
    </message>
    <message>
        <source>&amp;Record a score…</source>
        <translation>&amp;Enregistrer un score…</translation>
    </message>
    <message>
        <source>Re&amp;tract…</source>
        <translation>Re&amp;tirer…</translation>
    </message>
    <message>
        <source>Mark the selected score as wrong, with a reason (it is kept)</source>
        <translation>Marquer le score sélectionné comme erroné, avec un motif (il est conservé)</translation>
    </message>
    <message>
        <source>Measure:</source>
        <translation>Mesure&#xa0;:</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Scores</translation>
    </message>
    <message>
        <source>No outcome scores yet</source>
        <translation>Aucun score de résultat pour l’instant</translation>
    </message>
    <message>
        <source>Record a PHQ-9, GAD-7, K10 or one of the clinic&apos;s own measures to follow this client&apos;s progress over time.</source>
        <translation>Enregistrez un PHQ-9, un GAD-7, un K10 ou une mesure propre à la clinique pour suivre l’évolution de ce client dans le temps.</translation>
    </message>
    <message>
        <source>Record a score…</source>
        <translation>Enregistrer un score…</translation>
    </message>
    <message>
        <source>Loading scores…</source>
        <translation>Chargement des scores…</translation>
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
            <numerusform>%n retiré</numerusform>
            <numerusform>%n retirés</numerusform>
        </translation>
    </message>
    <message>
        <source>{measure} score recorded.</source>
        <translation>Score {measure} enregistré.</translation>
    </message>
    <message>
        <source>Retract a score</source>
        <translation>Retirer un score</translation>
    </message>
    <message>
        <source>Retract the {measure} score of {total} taken on {day}? It stays in the file, marked as retracted, and no longer counts in charts or comparisons.</source>
        <translation>Retirer le score {measure} de {total} relevé le {day}&#xa0;? Il reste dans le dossier, marqué comme retiré, et n’est plus pris en compte dans les graphiques ni les comparaisons.</translation>
    </message>
    <message>
        <source>Retract score</source>
        <translation>Retirer le score</translation>
    </message>
    <message>
        <source>Score retracted.</source>
        <translation>Score retiré.</translation>
    </message>
</context>
<context>
    <name>ClientPicker</name>
    <message>
        <source>Find clients by name or record number</source>
        <translation>Rechercher des clients par nom ou numéro de dossier</translation>
    </message>
    <message>
        <source>Clients found</source>
        <translation>Clients trouvés</translation>
    </message>
    <message>
        <source>Chosen clients</source>
        <translation>Clients choisis</translation>
    </message>
    <message>
        <source>&amp;Add →</source>
        <translation>&amp;Ajouter →</translation>
    </message>
    <message>
        <source>Add the selected clients</source>
        <translation>Ajouter les clients sélectionnés</translation>
    </message>
    <message>
        <source>← &amp;Remove</source>
        <translation>← &amp;Retirer</translation>
    </message>
    <message>
        <source>Showing the first {n}; type more of the name to narrow it down.</source>
        <translation>Affichage des {n} premiers&#xa0;; saisissez davantage du nom pour affiner.</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) chosen</source>
        <translation>
            <numerusform>%n client choisi</numerusform>
            <numerusform>%n clients choisis</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClinicSettingsPage</name>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source> clients</source>
        <translation> clients</translation>
    </message>
    <message>
        <source>Group sessions</source>
        <translation>Séances de groupe</translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation>Clinique</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>Enregi&amp;strer les modifications</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Enregistrer (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>Annuler les m&amp;odifications</translation>
    </message>
    <message>
        <source>Clinic settings</source>
        <translation>Paramètres de la clinique</translation>
    </message>
    <message>
        <source>These apply to every workstation of the clinic.</source>
        <translation>Ils s’appliquent à tous les postes de la clinique.</translation>
    </message>
    <message>
        <source>You can read the clinic settings but not change them: {reason}</source>
        <translation>Vous pouvez consulter les paramètres de la clinique, mais pas les modifier&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Clinic settings saved.</source>
        <translation>Paramètres de la clinique enregistrés.</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Joining</source>
        <translation>Entrants</translation>
    </message>
    <message>
        <source>Places after</source>
        <translation>Places après</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Présence</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>Prénom usuel</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Naissance</translation>
    </message>
    <message>
        <source>Record no.</source>
        <translation>N° de dossier</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Praticien</translation>
    </message>
    <message>
        <source>Granted by</source>
        <translation>Accordé par</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>Current members (and capacity, when limited)</source>
        <translation>Membres actuels (et capacité, si elle est limitée)</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>Named to others</source>
        <translation>Nom visible des autres</translation>
    </message>
    <message>
        <source>Whether the member agreed to be named to the other members (groups whose members see each other)</source>
        <translation>Si le membre a accepté que son nom soit montré aux autres membres (groupes dont les membres se voient)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No (declined)</source>
        <translation>Non (refusé)</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>Non demandé</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Sévérité</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>Item answers, in order</source>
        <translation>Réponses aux items, dans l’ordre</translation>
    </message>
    <message>
        <source>Entered in</source>
        <translation>Saisi dans</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Clients with a baseline and a later score</source>
        <translation>Clients avec un score initial et un score ultérieur</translation>
    </message>
    <message>
        <source>Mean baseline</source>
        <translation>Moyenne initiale</translation>
    </message>
    <message>
        <source>Mean latest</source>
        <translation>Moyenne finale</translation>
    </message>
    <message>
        <source>Mean change (95% CI)</source>
        <translation>Évolution moyenne (IC 95&#xa0;%)</translation>
    </message>
    <message>
        <source>Latest − baseline, with its 95% confidence interval</source>
        <translation>Dernier − initial, avec son intervalle de confiance à 95&#xa0;%</translation>
    </message>
    <message>
        <source>Improved</source>
        <translation>Amélioré</translation>
    </message>
    <message>
        <source>Reliably improved (reliable change index)</source>
        <translation>Amélioration fiable (indice de changement fiable)</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>Sans changement</translation>
    </message>
    <message>
        <source>No reliable change</source>
        <translation>Pas de changement fiable</translation>
    </message>
    <message>
        <source>Worse</source>
        <translation>Aggravé</translation>
    </message>
    <message>
        <source>Reliably deteriorated (reliable change index)</source>
        <translation>Détérioration fiable (indice de changement fiable)</translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation>Rétabli</translation>
    </message>
    <message>
        <source>Reliably improved and out of the clinical range, among those in it at baseline</source>
        <translation>Amélioration fiable et sortie de la zone clinique, parmi ceux qui s’y trouvaient au départ</translation>
    </message>
    <message>
        <source>Entered as</source>
        <translation>Saisi comme</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Étendue</translation>
    </message>
    <message>
        <source>Better</source>
        <translation>Meilleur</translation>
    </message>
    <message>
        <source>Severity bands</source>
        <translation>Sévérité</translation>
    </message>
    <message>
        <source>Clinical cut-off</source>
        <translation>Seuil clinique</translation>
    </message>
    <message>
        <source>Reliable change</source>
        <translation>Changement fiable</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Scores</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Naissance</translation>
    </message>
    <message>
        <source>Attendee</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Double-click or press F2 to record attendance</source>
        <translation>Double-cliquez ou appuyez sur F2 pour enregistrer la présence</translation>
    </message>
    <message>
        <source>Minutes attended, for a client marked late or left early (F2 to edit)</source>
        <translation>Minutes de présence, pour un client en retard ou parti plus tôt (F2 pour modifier)</translation>
    </message>
    <message>
        <source>Individual note</source>
        <translation>Note individuelle</translation>
    </message>
    <message>
        <source>Enrolled by</source>
        <translation>Inscrit par</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Leaders</source>
        <translation>Animateurs</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Inscrits</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Semaines</translation>
    </message>
    <message>
        <source>Per week</source>
        <translation>Par semaine</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Session template</source>
        <translation>Modèle de séance</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Already in</source>
        <translation>Déjà dans</translation>
    </message>
    <message>
        <source>Signed as</source>
        <translation>Signé en tant que</translation>
    </message>
    <message>
        <source>Addendum</source>
        <translation>Addendum</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Fonctions</translation>
    </message>
    <message>
        <source>Licensed</source>
        <translation>Agréé</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>Dernière connexion</translation>
    </message>
    <message>
        <source>Practitioners</source>
        <translation>Praticiens</translation>
    </message>
    <message>
        <source>Clinic admins</source>
        <translation>Administrateurs de la clinique</translation>
    </message>
    <message>
        <source>Why (routes)</source>
        <translation>Pourquoi (accès)</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Accès</translation>
    </message>
    <message>
        <source>Via</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Waiting for</source>
        <translation>En attente de</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Ancienneté</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>Ce qui manque</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Waiting since</source>
        <translation>En attente depuis</translation>
    </message>
    <message>
        <source>Waited</source>
        <translation>Attente</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Priority reason</source>
        <translation>Motif de priorité</translation>
    </message>
    <message>
        <source>Care role</source>
        <translation>Rôle dans les soins</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Membre du personnel</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Jusqu’au</translation>
    </message>
    <message>
        <source>Set by</source>
        <translation>Défini par</translation>
    </message>
    <message>
        <source>Ended by</source>
        <translation>Clôturé par</translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <source>hidden</source>
        <translation>masqué</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n.d.</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>{n} of {of} ({share}%)</source>
        <translation>{n} sur {of} ({share}&#xa0;%)</translation>
    </message>
    <message>
        <source>Fewer than {n} clients: nothing is shown about this group.</source>
        <translation>Moins de {n} clients&#xa0;: rien n’est affiché pour ce groupe.</translation>
    </message>
    <message>
        <source>Hidden: it describes fewer than {n} clients, or would let a hidden count be worked out.</source>
        <translation>Masqué&#xa0;: concerne moins de {n} clients, ou permettrait de déduire un nombre masqué.</translation>
    </message>
    <message>
        <source>At the latest score: {bands}</source>
        <translation>Au dernier score&#xa0;: {bands}</translation>
    </message>
</context>
<context>
    <name>ConsentControls</name>
    <message>
        <source>C&amp;onsent…</source>
        <translation>C&amp;onsentement…</translation>
    </message>
    <message>
        <source>Record whether the selected member agrees to be named to the others</source>
        <translation>Indiquer si le membre sélectionné accepte que son nom soit montré aux autres</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xporter en CSV…</translation>
    </message>
    <message>
        <source>Save the current members with their consent</source>
        <translation>Enregistrer les membres actuels avec leur consentement</translation>
    </message>
    <message>
        <source>Consent to be named</source>
        <translation>Consentement à être nommé</translation>
    </message>
    <message>
        <source>May the other members of {group} see {name}&apos;s name (on letters and handouts)?</source>
        <translation>Les autres membres de {group} peuvent-ils voir le nom de {name} (sur les courriers et les fiches)&#xa0;?</translation>
    </message>
    <message>
        <source>Export the members</source>
        <translation>Exporter les membres</translation>
    </message>
    <message>
        <source>Members exported to {path}.</source>
        <translation>Membres exportés vers {path}.</translation>
    </message>
</context>
<context>
    <name>ConsentPrompt</name>
    <message>
        <source>Members not asked yet</source>
        <translation>Membres pas encore consultés</translation>
    </message>
    <message>
        <source>Members who have not agreed are never named to the others. Keep them as “not asked” and ask them later (Members ▸ Consent…), or record that they declined.</source>
        <translation>Les membres qui n’ont pas donné leur accord ne sont jamais nommés aux autres. Laissez-les «&#xa0;non demandé&#xa0;» et posez-leur la question plus tard (Membres ▸ Consentement…), ou enregistrez leur refus.</translation>
    </message>
    <message>
        <source>Keep “not asked”, ask later</source>
        <translation>Laisser «&#xa0;non demandé&#xa0;», demander plus tard</translation>
    </message>
    <message>
        <source>Record them as declined</source>
        <translation>Enregistrer un refus</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <source>%n member(s) not asked yet whether the others may see their name.</source>
        <translation>
            <numerusform>%n membre n’a pas encore été consulté sur la visibilité de son nom pour les autres.</numerusform>
            <numerusform>%n membres n’ont pas encore été consultés sur la visibilité de leur nom pour les autres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n put on the waitlist (the group is full)</source>
        <translation>
            <numerusform>; %n inscrit sur la liste d’attente (le groupe est complet)</numerusform>
            <numerusform>; %n inscrits sur la liste d’attente (le groupe est complet)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n already waiting</source>
        <translation>
            <numerusform>; %n déjà en attente</numerusform>
            <numerusform>; %n déjà en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n client(s) to {group}</source>
        <translation>
            <numerusform>%n client ajouté à {group}</numerusform>
            <numerusform>%n clients ajoutés à {group}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n already member(s))</source>
        <translation>
            <numerusform> (%n était déjà membre)</numerusform>
            <numerusform> (%n étaient déjà membres)</numerusform>
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
    <message>
        <source>Local file</source>
        <translation>Fichier local</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Database location</source>
        <translation>Emplacement de la base de données</translation>
    </message>
    <message>
        <source>&amp;Backup now…</source>
        <translation>&amp;Sauvegarder maintenant…</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>Ver&amp;ify audit log</source>
        <translation>&amp;Vérifier le journal d’audit</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Where the data lives</source>
        <translation>Emplacement des données</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>A database server is backed up by its administrator.</source>
        <translation>Un serveur de base de données est sauvegardé par son administrateur.</translation>
    </message>
    <message>
        <source>Care</source>
        <translation>Entretien</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>Backups, restores and the tamper-evident audit log.</source>
        <translation>Sauvegardes, restaurations et journal d’audit infalsifiable.</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>En cours…</translation>
    </message>
    <message>
        <source>Save a backup</source>
        <translation>Enregistrer une sauvegarde</translation>
    </message>
    <message>
        <source>ClinicDesk backups (*.sqlite3)</source>
        <translation>Sauvegardes ClinicDesk (*.sqlite3)</translation>
    </message>
    <message>
        <source>Backup written to {path}.</source>
        <translation>Sauvegarde enregistrée dans {path}.</translation>
    </message>
    <message>
        <source>Backup written.</source>
        <translation>Sauvegarde enregistrée.</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Choisir une sauvegarde</translation>
    </message>
    <message>
        <source>ClinicDesk backups (*.sqlite3);;All files (*)</source>
        <translation>Sauvegardes ClinicDesk (*.sqlite3);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Everything recorded since this backup was made will be replaced by the backup. A safety copy of the current data is kept. Restore now?</source>
        <translation>Tout ce qui a été enregistré depuis cette sauvegarde sera remplacé par la sauvegarde. Une copie de sécurité des données actuelles est conservée. Restaurer maintenant&#xa0;?</translation>
    </message>
    <message>
        <source>Restored. The previous data was kept as {name}. Quit and start ClinicDesk again before doing anything else.</source>
        <translation>Restauration effectuée. Les données précédentes ont été conservées sous {name}. Quittez et relancez ClinicDesk avant toute autre opération.</translation>
    </message>
    <message>
        <source>Restart ClinicDesk</source>
        <translation>Relancer ClinicDesk</translation>
    </message>
    <message>
        <source>The backup was restored. Please quit ClinicDesk and start it again.</source>
        <translation>La sauvegarde a été restaurée. Veuillez quitter ClinicDesk et le relancer.</translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact: %n entry(ies) checked.</source>
        <translation>
            <numerusform>Le journal d’audit est intact&#xa0;: %n entrée vérifiée.</numerusform>
            <numerusform>Le journal d’audit est intact&#xa0;: %n entrées vérifiées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n signed session(s) match their seals.</source>
        <translation>
            <numerusform>%n séance signée correspond à son sceau.</numerusform>
            <numerusform>Les %n séances signées correspondent à leur sceau.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n signed session(s) no longer match what was signed:</source>
        <translation>
            <numerusform>%n séance signée ne correspond plus à ce qui a été signé&#xa0;:</numerusform>
            <numerusform>%n séances signées ne correspondent plus à ce qui a été signé&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log has been tampered with at entry {seq}: {problem}</source>
        <translation>Le journal d’audit a été altéré à l’entrée {seq}&#xa0;: {problem}</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>dd</source>
        <comment>the day in a typed date&apos;s hint</comment>
        <translation>jj</translation>
    </message>
    <message>
        <source>mm</source>
        <comment>the month in a typed date&apos;s hint</comment>
        <translation>mm</translation>
    </message>
    <message>
        <source>yyyy</source>
        <comment>the year in a typed date&apos;s hint</comment>
        <translation>aaaa</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Pick from a calendar</source>
        <translation>Choisir dans le calendrier</translation>
    </message>
    <message>
        <source>Type the date as {form}, or pick it from the calendar.</source>
        <translation>Saisissez la date au format {form}, ou choisissez-la dans le calendrier.</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <source>Edit de&amp;tails…</source>
        <translation>Modifier les &amp;détails…</translation>
    </message>
    <message>
        <source>Print attendance re&amp;port…</source>
        <translation>Imprimer le &amp;rapport de présences…</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>What members see</source>
        <translation>Ce que voient les membres</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <source>No description.</source>
        <translation>Aucune description.</translation>
    </message>
    <message numerus="yes">
        <source>No limit · %n current member(s)</source>
        <translation>
            <numerusform>Sans limite · %n membre actuel</numerusform>
            <numerusform>Sans limite · %n membres actuels</numerusform>
        </translation>
    </message>
    <message>
        <source>{cap} places · {n} taken · {room} free</source>
        <translation>{cap} places · occupées&#xa0;: {n} · libres&#xa0;: {room}</translation>
    </message>
</context>
<context>
    <name>Dialog</name>
    <message>
        <source>Discard what you typed?</source>
        <translation>Abandonner votre saisie&#xa0;?</translation>
    </message>
    <message>
        <source>What you typed in this window has not been saved.</source>
        <translation>Ce que vous avez saisi dans cette fenêtre n’a pas été enregistré.</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Abandonner</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>Illustration</source>
        <translation>Illustration</translation>
    </message>
</context>
<context>
    <name>EndMembershipDialog</name>
    <message>
        <source>Remove {name} from {group}</source>
        <translation>Retirer {name} de {group}</translation>
    </message>
    <message>
        <source>End membership</source>
        <translation>Mettre fin à l’adhésion</translation>
    </message>
    <message>
        <source>Leaves on</source>
        <translation>Sortie le</translation>
    </message>
    <message>
        <source>From this date on they are no longer in the group&apos;s sessions.</source>
        <translation>À partir de cette date, la personne ne participe plus aux séances du groupe.</translation>
    </message>
    <message>
        <source>Joined on {date}. From the leaving date on they leave the group&apos;s upcoming sessions; attendance already recorded stays. A date in the past is fine (they stopped coming), and so is a planned one. Their file stays.</source>
        <translation>Entrée le {date}. À partir de la date de sortie, la personne est retirée des prochaines séances du groupe&#xa0;; les présences déjà enregistrées sont conservées. Une date passée (la personne ne venait plus) ou future (sortie prévue) convient. Son dossier est conservé.</translation>
    </message>
    <message>
        <source>&amp;Leaves on</source>
        <translation>&amp;Sortie le</translation>
    </message>
</context>
<context>
    <name>FileEntriesModel</name>
    <message>
        <source>Group: {name}</source>
        <translation>Groupe&#xa0;: {name}</translation>
    </message>
    <message>
        <source>A removed group</source>
        <translation>Un groupe supprimé</translation>
    </message>
    <message>
        <source>Added to this file</source>
        <translation>Ajouté à ce dossier</translation>
    </message>
    <message>
        <source>Retracted by {name} on {when}: {reason}</source>
        <translation>Retiré par {name} le {when}&#xa0;: {reason}</translation>
    </message>
</context>
<context>
    <name>FirstPasswordDialog</name>
    <message>
        <source>Choose your password — ClinicDesk</source>
        <translation>Choisissez votre mot de passe — ClinicDesk</translation>
    </message>
    <message>
        <source>Welcome, {name}. Your account was created with a one-time password. Choose your own password now; nobody else will know it.</source>
        <translation>Bienvenue, {name}. Votre compte a été créé avec un mot de passe à usage unique. Choisissez maintenant votre propre mot de passe&#xa0;; personne d’autre ne le connaîtra.</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <source>Repeat new password</source>
        <translation>Répéter le nouveau mot de passe</translation>
    </message>
    <message>
        <source>Set password and log in</source>
        <translation>Définir le mot de passe et se connecter</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>&amp;Nouveau mot de passe</translation>
    </message>
    <message>
        <source>Re&amp;peat</source>
        <translation>Ré&amp;péter</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Les deux mots de passe ne sont pas identiques.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Set up ClinicDesk</source>
        <translation>Configurer ClinicDesk</translation>
    </message>
    <message>
        <source>Clinic name</source>
        <translation>Nom de la clinique</translation>
    </message>
    <message>
        <source>Your full name</source>
        <translation>Vos nom et prénom</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Confirmer le mot de passe</translation>
    </message>
    <message>
        <source>Set-up error</source>
        <translation>Erreur de configuration</translation>
    </message>
    <message>
        <source>Create clinic</source>
        <translation>Créer la clinique</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>&amp;Clinic name</source>
        <translation>Nom de la &amp;clinique</translation>
    </message>
    <message>
        <source>Your &amp;full name</source>
        <translation>Vos nom et &amp;prénom</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>&amp;Nom d’utilisateur</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Mot de passe</translation>
    </message>
    <message>
        <source>Password &amp;again</source>
        <translation>C&amp;onfirmer le mot de passe</translation>
    </message>
    <message>
        <source>Welcome to ClinicDesk</source>
        <translation>Bienvenue dans ClinicDesk</translation>
    </message>
    <message>
        <source>Name your clinic and create the first administrator account. You can add the rest of the staff afterwards.</source>
        <translation>Donnez un nom à votre clinique et créez le premier compte administrateur. Vous pourrez ajouter le reste du personnel ensuite.</translation>
    </message>
    <message>
        <source>The password needs at least {n} characters. This account can do everything, so keep it to yourself.</source>
        <translation>Le mot de passe doit comporter au moins {n} caractères. Ce compte a tous les droits&#xa0;: gardez-le pour vous.</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Création…</translation>
    </message>
    <message>
        <source>Please fill in “{field}”.</source>
        <translation>Veuillez remplir «&#xa0;{field}&#xa0;».</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Les deux mots de passe ne sont pas identiques.</translation>
    </message>
</context>
<context>
    <name>GrantsPanel</name>
    <message>
        <source>Practitioners listed here can open the files of every client currently in this group — also clients who join later; a client who leaves is no longer reached this way.</source>
        <translation>Les praticiens listés ici peuvent ouvrir les dossiers de tous les clients actuellement dans ce groupe — y compris ceux qui le rejoindront&#xa0;; un client qui le quitte n’est plus accessible par ce biais.</translation>
    </message>
    <message>
        <source>Practitioners with access</source>
        <translation>Praticiens ayant accès</translation>
    </message>
    <message>
        <source>Practitioner to give access</source>
        <translation>Praticien à qui donner accès</translation>
    </message>
    <message>
        <source>&amp;Grant access</source>
        <translation>&amp;Donner accès</translation>
    </message>
    <message>
        <source>Re&amp;voke access…</source>
        <translation>&amp;Retirer l’accès…</translation>
    </message>
    <message>
        <source>No practitioner has access through this group.</source>
        <translation>Aucun praticien n’a accès par ce groupe.</translation>
    </message>
    <message>
        <source>{name} can now open the files of {group}&apos;s members.</source>
        <translation>{name} peut désormais ouvrir les dossiers des membres de {group}.</translation>
    </message>
    <message>
        <source>Revoke access</source>
        <translation>Retirer l’accès</translation>
    </message>
    <message>
        <source>Revoke {name}&apos;s access to the files of {group}&apos;s members?</source>
        <translation>Retirer à {name} l’accès aux dossiers des membres de {group}&#xa0;?</translation>
    </message>
    <message>
        <source>They keep any other access they have (care team, practitioner groups).</source>
        <translation>Ses autres accès (équipe de soins, groupes de praticiens) sont conservés.</translation>
    </message>
    <message>
        <source>{name}&apos;s access through {group} was revoked.</source>
        <translation>L’accès de {name} par {group} a été retiré.</translation>
    </message>
</context>
<context>
    <name>GroupActionDialog</name>
    <message numerus="yes">
        <source>Shared with %n member(s)</source>
        <translation>
            <numerusform>Partagé avec %n membre</numerusform>
            <numerusform>Partagé avec %n membres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Program assigned to %n member(s)</source>
        <translation>
            <numerusform>Programme attribué à %n membre</numerusform>
            <numerusform>Programme attribué à %n membres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Activity added for %n member(s)</source>
        <translation>
            <numerusform>Activité ajoutée pour %n membre</numerusform>
            <numerusform>Activité ajoutée pour %n membres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Objective set for %n member(s)</source>
        <translation>
            <numerusform>Objectif fixé pour %n membre</numerusform>
            <numerusform>Objectif fixé pour %n membres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Note added to %n member(s)&apos; file(s)</source>
        <translation>
            <numerusform>Note ajoutée au dossier de %n membre</numerusform>
            <numerusform>Note ajoutée aux dossiers de %n membres</numerusform>
        </translation>
    </message>
    <message>
        <source>Group action — {group}</source>
        <translation>Action de groupe — {group}</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>C&amp;hoose file…</source>
        <translation>C&amp;hoisir un fichier…</translation>
    </message>
    <message>
        <source>Choose the file to share</source>
        <translation>Choisir le fichier à partager</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Aucun fichier choisi</translation>
    </message>
    <message>
        <source>Checking who will receive it…</source>
        <translation>Vérification des destinataires…</translation>
    </message>
    <message>
        <source>Who will receive it</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <source>Do it once for the whole group</source>
        <translation>Une seule fois pour tout le groupe</translation>
    </message>
    <message>
        <source>It is written into the file of every current member of {group}. Past members and later members do not receive it.</source>
        <translation>L’élément est inscrit dans le dossier de chaque membre actuel de {group}. Les anciens et futurs membres ne le reçoivent pas.</translation>
    </message>
    <message>
        <source>&amp;What to do</source>
        <translation>&amp;Action</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Title (optional: the file name)</source>
        <translation>&amp;Titre (facultatif&#xa0;: le nom du fichier)</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>&amp;Message to members (optional)</source>
        <translation>&amp;Message aux membres (facultatif)</translation>
    </message>
    <message>
        <source>&amp;Description (optional)</source>
        <translation>&amp;Description (facultative)</translation>
    </message>
    <message>
        <source>Choose the document to share</source>
        <translation>Choisir le document à partager</translation>
    </message>
    <message>
        <source>{name} is {size}; the limit is {limit} MB. Choose a smaller file.</source>
        <translation>{name} fait {size}&#xa0;; la limite est de {limit} Mo. Choisissez un fichier plus petit.</translation>
    </message>
    <message>
        <source>{group} has no current members, so there is no one to send it to.</source>
        <translation>{group} n’a aucun membre actuel&#xa0;: il n’y a personne à qui l’envoyer.</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> et %n autre</numerusform>
            <numerusform> et %n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Will be added to the file(s) of %n current member(s): {names}</source>
        <translation>
            <numerusform>Sera ajouté au dossier de %n membre actuel&#xa0;: {names}</numerusform>
            <numerusform>Sera ajouté aux dossiers de %n membres actuels&#xa0;: {names}</numerusform>
        </translation>
    </message>
    <message>
        <source>You cannot open the files of {n} of them, so you cannot share with this group. Ask a manager to grant you access to it.</source>
        <translation>Vous ne pouvez pas ouvrir le dossier de {n} d’entre eux&#xa0;: vous ne pouvez donc pas partager avec ce groupe. Demandez à un responsable de vous y donner accès.</translation>
    </message>
    <message numerus="yes">
        <source>Share with %n member(s)</source>
        <translation>
            <numerusform>Partager avec %n membre</numerusform>
            <numerusform>Partager avec %n membres</numerusform>
        </translation>
    </message>
    <message>
        <source>The file could not be read. Check that it still exists and try again.</source>
        <translation>Le fichier n’a pas pu être lu. Vérifiez qu’il existe toujours et réessayez.</translation>
    </message>
</context>
<context>
    <name>GroupActionsModel</name>
    <message>
        <source>Retracted by {name} on {when}: {reason}</source>
        <translation>Retiré par {name} le {when}&#xa0;: {reason}</translation>
    </message>
</context>
<context>
    <name>GroupChecklistModel</name>
    <message>
        <source>{name} (archived)</source>
        <translation>{name} (archivé)</translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <source>Edit group</source>
        <translation>Modifier le groupe</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>Nouveau groupe</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>Nom du groupe</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sans limite</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <source>The most current members the group may have</source>
        <translation>Le nombre maximal de membres actuels du groupe</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Create group</source>
        <translation>Créer le groupe</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>&amp;Capacity</source>
        <translation>&amp;Capacité</translation>
    </message>
    <message>
        <source>&amp;What members see</source>
        <translation>Ce que &amp;voient les membres</translation>
    </message>
    <message>
        <source>Group {name} created.</source>
        <translation>Groupe {name} créé.</translation>
    </message>
    <message>
        <source>Group {name} saved.</source>
        <translation>Groupe {name} enregistré.</translation>
    </message>
    <message>
        <source>Close this window and open the group again.</source>
        <translation>Fermez cette fenêtre et rouvrez le groupe.</translation>
    </message>
</context>
<context>
    <name>GroupPage</name>
    <message>
        <source>Archived: no new members or group actions until it is unarchived.</source>
        <translation>Archivé&#xa0;: aucun nouveau membre ni action de groupe tant qu’il n’est pas désarchivé.</translation>
    </message>
    <message>
        <source>Group sections</source>
        <translation>Sections du groupe</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Waitlist</source>
        <translation>Liste d’attente</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Co-gestionnaires</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Accès</translation>
    </message>
    <message>
        <source>Group actions</source>
        <translation>Actions de groupe</translation>
    </message>
    <message numerus="yes">
        <source>%n current member(s)</source>
        <translation>
            <numerusform>%n membre actuel</numerusform>
            <numerusform>%n membres actuels</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GroupsModel</name>
    <message>
        <source>{name} (archived)</source>
        <translation>{name} (archivé)</translation>
    </message>
</context>
<context>
    <name>GroupsTab</name>
    <message>
        <source>Filter groups by name</source>
        <translation>Filtrer les groupes par nom</translation>
    </message>
    <message>
        <source>Kind of group</source>
        <translation>Type de groupe</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>What members see</source>
        <translation>Ce que voient les membres</translation>
    </message>
    <message>
        <source>Any visibility</source>
        <translation>Toute visibilité</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <source>+ &amp;New group</source>
        <translation>+ &amp;Nouveau groupe</translation>
    </message>
    <message>
        <source>Create a group (Ctrl+N)</source>
        <translation>Créer un groupe (Ctrl+N)</translation>
    </message>
    <message>
        <source>Compare &amp;outcomes…</source>
        <translation>C&amp;omparer les résultats…</translation>
    </message>
    <message>
        <source>Compare groups on an outcome measure (PHQ-9, GAD-7 …)</source>
        <translation>Comparer des groupes sur une mesure de résultat (PHQ-9, GAD-7…)</translation>
    </message>
    <message>
        <source>Sho&amp;w archived</source>
        <translation>Affic&amp;her les archivés</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>Reno&amp;mmer…</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>Ar&amp;chiver</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>No groups yet</source>
        <translation>Aucun groupe pour l’instant</translation>
    </message>
    <message>
        <source>Create your first group, then add clients to it.</source>
        <translation>Créez votre premier groupe, puis ajoutez-y des clients.</translation>
    </message>
    <message>
        <source>Create your first group</source>
        <translation>Créer votre premier groupe</translation>
    </message>
    <message>
        <source>Choose a group</source>
        <translation>Choisissez un groupe</translation>
    </message>
    <message>
        <source>Pick a group on the left to see its members, staff and actions.</source>
        <translation>Choisissez un groupe à gauche pour voir ses membres, son personnel et ses actions.</translation>
    </message>
    <message>
        <source>Loading groups…</source>
        <translation>Chargement des groupes…</translation>
    </message>
    <message>
        <source>No group matches</source>
        <translation>Aucun groupe ne correspond</translation>
    </message>
    <message>
        <source>No group matches &apos;{text}&apos; with these filters.</source>
        <translation>Aucun groupe ne correspond à «&#xa0;{text}&#xa0;» avec ces filtres.</translation>
    </message>
    <message>
        <source>No group matches these filters.</source>
        <translation>Aucun groupe ne correspond à ces filtres.</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n groupe</numerusform>
            <numerusform>%n groupes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its %n current member(s) leave the group today and it disappears from the lists. The client(s), their file(s) and all their history stay; nothing is deleted.</source>
        <translation>
            <numerusform>Son membre actuel (%n) quitte le groupe aujourd’hui et le groupe disparaît des listes. Le client, son dossier et tout son historique sont conservés&#xa0;; rien n’est effacé.</numerusform>
            <numerusform>Ses %n membres actuels quittent le groupe aujourd’hui et le groupe disparaît des listes. Les clients, leurs dossiers et tout leur historique sont conservés&#xa0;; rien n’est effacé.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Group {name} removed; %n client(s) left it and keep their files.</source>
        <translation>
            <numerusform>Groupe {name} supprimé&#xa0;; %n client l’a quitté et conserve son dossier.</numerusform>
            <numerusform>Groupe {name} supprimé&#xa0;; %n clients l’ont quitté et conservent leur dossier.</numerusform>
        </translation>
    </message>
    <message>
        <source>Un&amp;archive</source>
        <translation>Dés&amp;archiver</translation>
    </message>
    <message>
        <source>Group {name} archived.</source>
        <translation>Groupe {name} archivé.</translation>
    </message>
    <message>
        <source>Group {name} is back in use.</source>
        <translation>Le groupe {name} est de nouveau actif.</translation>
    </message>
    <message>
        <source>Remove group</source>
        <translation>Supprimer le groupe</translation>
    </message>
    <message>
        <source>Remove the group {name}?</source>
        <translation>Supprimer le groupe {name}&#xa0;?</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import clients from CSV</source>
        <translation>Importer des clients depuis un CSV</translation>
    </message>
    <message>
        <source>C&amp;hoose CSV file…</source>
        <translation>C&amp;hoisir le fichier CSV…</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Aucun fichier choisi</translation>
    </message>
    <message>
        <source>Add the imported clients to a group</source>
        <translation>Ajouter les clients importés à un groupe</translation>
    </message>
    <message>
        <source>No group</source>
        <translation>Aucun groupe</translation>
    </message>
    <message>
        <source>Rows that need fixing</source>
        <translation>Lignes à corriger</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Columns: first_name, last_name (required), preferred_name, date_of_birth (YYYY-MM-DD), record_number, and the care team&apos;s primary_therapist, case_manager (staff logins). Save from Excel as “CSV UTF-8”. If any row has a problem, nothing is imported and every problem is listed.</source>
        <translation>Colonnes&#xa0;: first_name, last_name (obligatoires), preferred_name, date_of_birth (AAAA-MM-JJ), record_number, et pour l’équipe de soins primary_therapist, case_manager (identifiants du personnel). Dans Excel, enregistrez au format «&#xa0;CSV UTF-8&#xa0;». Si une ligne pose problème, rien n’est importé et chaque problème est listé.</translation>
    </message>
    <message>
        <source>Also add them to &amp;group (optional)</source>
        <translation>Les ajouter aussi au &amp;groupe (facultatif)</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Vérification de chaque ligne…</translation>
    </message>
    <message>
        <source>Choose the CSV file</source>
        <translation>Choisir le fichier CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n client(s).</source>
        <translation>
            <numerusform>%n client importé.</numerusform>
            <numerusform>%n clients importés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added to {group}.</source>
        <translation>
            <numerusform>%n ajouté à {group}.</numerusform>
            <numerusform>%n ajoutés à {group}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported. {n} line(s) need fixing; correct the file and import it again.</source>
        <translation>Rien n’a été importé. Lignes à corriger&#xa0;: {n}&#xa0;; corrigez le fichier et importez-le à nouveau.</translation>
    </message>
    <message>
        <source>The file could not be read. Check that it still exists and try again.</source>
        <translation>Le fichier n’a pas pu être lu. Vérifiez qu’il existe toujours et réessayez.</translation>
    </message>
</context>
<context>
    <name>LanguageCard</name>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>La langue du système</translation>
    </message>
    <message>
        <source>This workstation</source>
        <translation>Ce poste de travail</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Only this computer; the settings above apply everywhere.</source>
        <translation>Uniquement cet ordinateur&#xa0;; les paramètres ci-dessus s’appliquent partout.</translation>
    </message>
    <message>
        <source>ClinicDesk will be in {language} from the next start.</source>
        <translation>ClinicDesk sera en {language} au prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <source>Letter to {group}</source>
        <translation>Courrier à {group}</translation>
    </message>
    <message>
        <source>A neutral title, e.g. “About your appointments”</source>
        <translation>Un titre neutre, p. ex. «&#xa0;Au sujet de vos rendez-vous&#xa0;»</translation>
    </message>
    <message>
        <source>e.g. “Summer break”</source>
        <translation>p. ex. «&#xa0;Pause estivale&#xa0;»</translation>
    </message>
    <message>
        <source>The text every member receives. Each copy adds the greeting, the clinic&apos;s letterhead and the member&apos;s own next sessions.</source>
        <translation>Le texte que reçoit chaque membre. Chaque exemplaire ajoute la formule d’appel, l’en-tête de la clinique et les prochaines séances du membre.</translation>
    </message>
    <message>
        <source>Preview for</source>
        <translation>Aperçu pour</translation>
    </message>
    <message>
        <source>Language of the letters</source>
        <translation>Langue des courriers</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation>&amp;Aperçu…</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xte&#xa0;:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Lan&amp;gue&#xa0;:</translation>
    </message>
    <message>
        <source>Preview &amp;for:</source>
        <translation>Aperçu po&amp;ur&#xa0;:</translation>
    </message>
    <message>
        <source>Produce &amp;letters</source>
        <translation>Produire les &amp;courriers</translation>
    </message>
    <message>
        <source>This group is hidden from its members: the letters never name the group, its sessions (they read “Appointment”) or its staff, and are signed by the clinic.</source>
        <translation>Ce groupe est masqué à ses membres&#xa0;: les courriers ne nomment jamais le groupe, ses séances (elles s’intitulent «&#xa0;Rendez-vous&#xa0;») ni son personnel, et sont signés par la clinique.</translation>
    </message>
    <message>
        <source>Members see the group: the letters name the group, its sessions and its staff, but no other member.</source>
        <translation>Les membres voient le groupe&#xa0;: les courriers nomment le groupe, ses séances et son personnel, mais aucun autre membre.</translation>
    </message>
    <message>
        <source>Members see each other: the letters also list the other members — only those who agreed to be named.</source>
        <translation>Les membres se voient entre eux&#xa0;: les courriers listent aussi les autres membres — uniquement ceux qui ont accepté d’être nommés.</translation>
    </message>
    <message>
        <source>Letter for {name}</source>
        <translation>Courrier pour {name}</translation>
    </message>
    <message>
        <source>&amp;Produce anyway</source>
        <translation>&amp;Produire quand même</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) produced; each copy is kept in the member&apos;s file.</source>
        <translation>
            <numerusform>%n courrier produit&#xa0;; l’exemplaire est conservé dans le dossier du membre.</numerusform>
            <numerusform>%n courriers produits&#xa0;; chaque exemplaire est conservé dans le dossier du membre.</numerusform>
        </translation>
    </message>
    <message>
        <source>Letters to {group}</source>
        <translation>Courriers à {group}</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>Not available</source>
        <translation>Non disponible</translation>
    </message>
</context>
<context>
    <name>LockCurtain</name>
    <message>
        <source>ClinicDesk is locked</source>
        <translation>ClinicDesk est verrouillé</translation>
    </message>
    <message>
        <source>ClinicDesk is locked.
Unlock it in the main window.</source>
        <translation>ClinicDesk est verrouillé.
Déverrouillez-le dans la fenêtre principale.</translation>
    </message>
</context>
<context>
    <name>LockPanel</name>
    <message>
        <source>ClinicDesk is locked</source>
        <translation>ClinicDesk est verrouillé</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Unlock error</source>
        <translation>Erreur de déverrouillage</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <source>Log out instead</source>
        <translation>Me déconnecter plutôt</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Type your password to unlock.</source>
        <translation>Saisissez votre mot de passe pour déverrouiller.</translation>
    </message>
    <message>
        <source>Click again to log out (unsaved changes are lost)</source>
        <translation>Cliquez à nouveau pour vous déconnecter (les modifications non enregistrées seront perdues)</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log in — ClinicDesk</source>
        <translation>Connexion — ClinicDesk</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Login error</source>
        <translation>Erreur de connexion</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Welcome back</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <source>Log in to continue.</source>
        <translation>Connectez-vous pour continuer.</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>&amp;Nom d’utilisateur</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Mot de passe</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo clinic&lt;/b&gt; — every password is &lt;code&gt;{0}&lt;/code&gt;</source>
        <translation>&lt;b&gt;Démonstration&lt;/b&gt; — mot de passe&#xa0;: &lt;code&gt;{0}&lt;/code&gt;</translation>
    </message>
    <message>
        <source>Demo accounts</source>
        <translation>Comptes de démonstration</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Type your username.</source>
        <translation>Saisissez votre nom d’utilisateur.</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>Saisissez votre mot de passe.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Main sections</source>
        <translation>Sections principales</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Traitement en cours</translation>
    </message>
    <message>
        <source>{name} · {role}</source>
        <translation>{name} · {role}</translation>
    </message>
    <message>
        <source>Logged in as {user}</source>
        <translation>Connecté en tant que {user}</translation>
    </message>
    <message>
        <source>Logged in user</source>
        <translation>Utilisateur connecté</translation>
    </message>
    <message>
        <source>Local file</source>
        <translation>Fichier local</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>{kind}: {where}</source>
        <translation>{kind}&#xa0;: {where}</translation>
    </message>
    <message>
        <source>Database: {where}</source>
        <translation>Base de données&#xa0;: {where}</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>&amp;Verrouiller maintenant</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ctualiser</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Ouvrir le dossier des &amp;journaux</translation>
    </message>
    <message>
        <source>&amp;About ClinicDesk</source>
        <translation>À &amp;propos de ClinicDesk</translation>
    </message>
    <message>
        <source>This tab has no search field.</source>
        <translation>Cet onglet n’a pas de champ de recherche.</translation>
    </message>
    <message>
        <source>Next / previous tab</source>
        <translation>Onglet suivant / précédent</translation>
    </message>
    <message>
        <source>Clear a search field</source>
        <translation>Effacer un champ de recherche</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>About ClinicDesk</source>
        <translation>À propos de ClinicDesk</translation>
    </message>
    <message>
        <source>ClinicDesk {version}
Client groups and group therapy sessions.</source>
        <translation>ClinicDesk {version}
Groupes de clients et séances de thérapie de groupe.</translation>
    </message>
</context>
<context>
    <name>MeasureDialog</name>
    <message>
        <source>New clinic measure</source>
        <translation>Nouvelle mesure de la clinique</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>Modifier {name}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Full title</source>
        <translation>Titre complet</translation>
    </message>
    <message>
        <source>Lowest possible score</source>
        <translation>Score minimal possible</translation>
    </message>
    <message>
        <source>Highest possible score</source>
        <translation>Score maximal possible</translation>
    </message>
    <message>
        <source>Which way is better</source>
        <translation>Sens de l’amélioration</translation>
    </message>
    <message>
        <source>Severity bands</source>
        <translation>Niveaux de sévérité</translation>
    </message>
    <message>
        <source>Add &amp;band</source>
        <translation>Ajouter un ni&amp;veau</translation>
    </message>
    <message>
        <source>Remove band</source>
        <translation>Retirer le niveau</translation>
    </message>
    <message>
        <source>Clinical &amp;cut-off</source>
        <translation>&amp;Seuil clinique</translation>
    </message>
    <message>
        <source>Clinical cut-off</source>
        <translation>Seuil clinique</translation>
    </message>
    <message>
        <source>Reliable change from published &amp;reliability</source>
        <translation>Changement fiable d’après la &amp;fidélité publiée</translation>
    </message>
    <message>
        <source>Reliability (test-retest r)</source>
        <translation>Fidélité (r test-retest)</translation>
    </message>
    <message>
        <source>Normative standard deviation</source>
        <translation>Écart type normatif</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>Full &amp;title</source>
        <translation>&amp;Titre complet</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>Scores from</source>
        <translation>Scores de</translation>
    </message>
    <message>
        <source>&amp;Better is</source>
        <translation>&amp;Meilleur si</translation>
    </message>
    <message>
        <source>Reliability r</source>
        <translation>Fidélité r</translation>
    </message>
    <message>
        <source>Normative SD</source>
        <translation>ET normatif</translation>
    </message>
    <message>
        <source>Severity bands (optional)</source>
        <translation>Niveaux de sévérité (facultatif)</translation>
    </message>
    <message>
        <source>Clinic measures are entered as a total. Without reliability figures comparisons show no reliable-change or recovery counts.</source>
        <translation>Les mesures de la clinique sont saisies sous forme de total. Sans données de fidélité, les comparaisons n’indiquent ni changement fiable ni rétablissement.</translation>
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
        <translation>{n} items, {low}–{high} chacun</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n point</numerusform>
            <numerusform>%n points</numerusform>
        </translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation>Clinique</translation>
    </message>
</context>
<context>
    <name>MembersPanel</name>
    <message>
        <source>&amp;Add member…</source>
        <translation>&amp;Ajouter un membre…</translation>
    </message>
    <message>
        <source>Type a client&apos;s name to add them</source>
        <translation>Saisissez le nom d’un client pour l’ajouter</translation>
    </message>
    <message>
        <source>Add &amp;several…</source>
        <translation>Ajouter &amp;plusieurs…</translation>
    </message>
    <message>
        <source>Choose several clients from the directory</source>
        <translation>Choisir plusieurs clients dans le répertoire</translation>
    </message>
    <message>
        <source>&amp;Remove from group…</source>
        <translation>&amp;Retirer du groupe…</translation>
    </message>
    <message>
        <source>Open &amp;file</source>
        <translation>Ouvrir le &amp;dossier</translation>
    </message>
    <message>
        <source>Show &amp;past members</source>
        <translation>Afficher les anciens m&amp;embres</translation>
    </message>
    <message>
        <source>Group members</source>
        <translation>Membres du groupe</translation>
    </message>
    <message>
        <source>No members yet</source>
        <translation>Aucun membre pour l’instant</translation>
    </message>
    <message>
        <source>Add clients one at a time by name, or choose several at once.</source>
        <translation>Ajoutez les clients un par un par leur nom, ou choisissez-en plusieurs à la fois.</translation>
    </message>
    <message>
        <source>Add member…</source>
        <translation>Ajouter un membre…</translation>
    </message>
    <message numerus="yes">
        <source>%n current member(s)</source>
        <translation>
            <numerusform>%n membre actuel</numerusform>
            <numerusform>%n membres actuels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n past stay(s)</source>
        <translation>
            <numerusform> · %n séjour passé</numerusform>
            <numerusform> · %n séjours passés</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} left {group}.</source>
        <translation>{name} a quitté {group}.</translation>
    </message>
</context>
<context>
    <name>MembersTab</name>
    <message>
        <source>Search by name, preferred name or record number</source>
        <translation>Rechercher par nom, prénom usuel ou numéro de dossier</translation>
    </message>
    <message>
        <source>+ &amp;New client</source>
        <translation>+ &amp;Nouveau client</translation>
    </message>
    <message>
        <source>Create a client (Ctrl+N)</source>
        <translation>Créer un client (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importer un CSV…</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Open file</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Add to &amp;group…</source>
        <translation>Ajouter au &amp;groupe…</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Loading clients…</source>
        <translation>Chargement des clients…</translation>
    </message>
    <message>
        <source>No clients match &apos;{text}&apos;</source>
        <translation>Aucun client ne correspond à «&#xa0;{text}&#xa0;»</translation>
    </message>
    <message>
        <source>Check the spelling, search by record number, or create the client.</source>
        <translation>Vérifiez l’orthographe, recherchez par numéro de dossier ou créez le client.</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Nouveau client</translation>
    </message>
    <message>
        <source>No clients yet</source>
        <translation>Aucun client pour l’instant</translation>
    </message>
    <message>
        <source>Create your first client, or import a list from a CSV file.</source>
        <translation>Créez votre premier client ou importez une liste depuis un fichier CSV.</translation>
    </message>
    <message>
        <source>{shown} of {total} clients loaded — scroll for more</source>
        <translation>{shown} clients chargés sur {total} — faites défiler pour en voir plus</translation>
    </message>
    <message numerus="yes">
        <source>{total} client(s)</source>
        <translation>
            <numerusform>{total} client</numerusform>
            <numerusform>{total} clients</numerusform>
        </translation>
    </message>
    <message>
        <source>{n} selected</source>
        <translation>{n} sélectionnés</translation>
    </message>
</context>
<context>
    <name>MinutesDelegate</name>
    <message>
        <source>Minutes attended</source>
        <translation>Minutes de présence</translation>
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
        <translation>À documenter</translation>
    </message>
    <message>
        <source>To sign</source>
        <translation>À signer</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>À relire</translation>
    </message>
    <message>
        <source>Addendum requested</source>
        <translation>Addendum demandé</translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd’hui</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attendee(s) without attendance</source>
        <translation>
            <numerusform>%n participant sans présence enregistrée</numerusform>
            <numerusform>%n participants sans présence enregistrée</numerusform>
        </translation>
    </message>
    <message>
        <source>Not started: start it to document it, or cancel it</source>
        <translation>Pas commencée&#xa0;: commencez-la pour la documenter, ou annulez-la</translation>
    </message>
    <message>
        <source>Group note not written yet</source>
        <translation>Note de groupe pas encore rédigée</translation>
    </message>
</context>
<context>
    <name>MyWorkPage</name>
    <message>
        <source>My work</source>
        <translation>Mon travail</translation>
    </message>
    <message>
        <source>How much is waiting</source>
        <translation>Ce qui est en attente</translation>
    </message>
    <message>
        <source>&amp;Open session</source>
        <translation>&amp;Ouvrir la séance</translation>
    </message>
    <message>
        <source>Nothing waiting for you</source>
        <translation>Rien ne vous attend</translation>
    </message>
    <message>
        <source>Sessions you lead that still need documenting or your signature, sessions to review and requested addenda appear here.</source>
        <translation>Les séances que vous animez qui restent à documenter ou à signer, les séances à relire et les addenda demandés apparaissent ici.</translation>
    </message>
    <message>
        <source>What is waiting for you, oldest first.</source>
        <translation>Ce qui vous attend, du plus ancien au plus récent.</translation>
    </message>
    <message numerus="yes">
        <source>%n to document</source>
        <translation>
            <numerusform>%n à documenter</numerusform>
            <numerusform>%n à documenter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to sign</source>
        <translation>
            <numerusform>%n à signer</numerusform>
            <numerusform>%n à signer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to review</source>
        <translation>
            <numerusform>%n à relire</numerusform>
            <numerusform>%n à relire</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n addendum(s) requested</source>
        <translation>
            <numerusform>%n addendum demandé</numerusform>
            <numerusform>%n addenda demandés</numerusform>
        </translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>Non disponible</translation>
    </message>
</context>
<context>
    <name>OpenDatabase</name>
    <message>
        <source>The database {location} holds no ClinicDesk clinic.</source>
        <translation>La base de données {location} ne contient aucune clinique ClinicDesk.</translation>
    </message>
    <message>
        <source>There is no clinic database at {location}.</source>
        <translation>Il n’y a pas de base de données de clinique à l’emplacement {location}.</translation>
    </message>
    <message>
        <source>No clinic here</source>
        <translation>Aucune clinique ici</translation>
    </message>
    <message>
        <source>Create a new, empty clinic there? If your clinic should be there, quit and check the location (an unplugged drive, a renamed folder) instead.</source>
        <translation>Créer une nouvelle clinique vide à cet endroit&#xa0;? Si votre clinique devrait s’y trouver, quittez plutôt et vérifiez l’emplacement (disque débranché, dossier renommé).</translation>
    </message>
    <message>
        <source>Create a new clinic</source>
        <translation>Créer une nouvelle clinique</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>This clinic database is encrypted. Enter its key:</source>
        <translation>Cette base de données de clinique est chiffrée. Saisissez sa clé&#xa0;:</translation>
    </message>
    <message>
        <source>Encrypted database</source>
        <translation>Base de données chiffrée</translation>
    </message>
    <message>
        <source>Enter the key again:</source>
        <translation>Saisissez à nouveau la clé&#xa0;:</translation>
    </message>
</context>
<context>
    <name>OutcomeComparisonDialog</name>
    <message>
        <source>Outcomes — groups compared</source>
        <translation>Résultats — comparaison de groupes</translation>
    </message>
    <message>
        <source>Filter groups</source>
        <translation>Filtrer les groupes</translation>
    </message>
    <message>
        <source>Groups to compare</source>
        <translation>Groupes à comparer</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Comparer</translation>
    </message>
    <message>
        <source>&amp;Measure</source>
        <translation>&amp;Mesure</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Au</translation>
    </message>
    <message>
        <source>Groups compared</source>
        <translation>Groupes comparés</translation>
    </message>
    <message>
        <source>Mean change</source>
        <translation>Évolution moyenne</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>Dans le temps</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Im&amp;primer…</translation>
    </message>
    <message>
        <source>Export &amp;table…</source>
        <translation>Exporter le &amp;tableau…</translation>
    </message>
    <message>
        <source>This table as CSV, hidden cells marked</source>
        <translation>Ce tableau en CSV, cellules masquées signalées</translation>
    </message>
    <message>
        <source>Export &amp;scores…</source>
        <translation>Exporter les &amp;scores…</translation>
    </message>
    <message>
        <source>Every score behind this comparison as CSV, one row each</source>
        <translation>Tous les scores de cette comparaison en CSV, un par ligne</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Comparaison…</translation>
    </message>
    <message>
        <source>Loading groups…</source>
        <translation>Chargement des groupes…</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>Toute date</translation>
    </message>
    <message>
        <source>{name} (archived)</source>
        <translation>{name} (archivé)</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) chosen</source>
        <translation>
            <numerusform>%n groupe choisi</numerusform>
            <numerusform>%n groupes choisis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n score(s) exported.</source>
        <translation>
            <numerusform>%n score exporté.</numerusform>
            <numerusform>%n scores exportés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a measure and groups, then Compare.</source>
        <translation>Choisissez une mesure et des groupes, puis cliquez sur Comparer.</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>du {start} au {end}</translation>
    </message>
    <message>
        <source>from {start}</source>
        <translation>à partir du {start}</translation>
    </message>
    <message>
        <source>up to {end}</source>
        <translation>jusqu’au {end}</translation>
    </message>
    <message>
        <source>all recorded scores</source>
        <translation>tous les scores enregistrés</translation>
    </message>
    <message>
        <source>{measure} by group · {period}</source>
        <translation>{measure} par groupe · {period}</translation>
    </message>
    <message>
        <source>Baseline is each client&apos;s first score in the period, latest their last; change = latest − baseline ({direction}).</source>
        <translation>Le score initial est le premier score de chaque client sur la période, le dernier son score final&#xa0;; évolution = dernier − initial ({direction}).</translation>
    </message>
    <message>
        <source>No figure describes fewer than {n} clients: such groups show “&lt; {n}”, such counts “hidden”.</source>
        <translation>Aucun chiffre ne porte sur moins de {n} clients&#xa0;: ces groupes affichent «&#xa0;&lt; {n}&#xa0;», ces nombres «&#xa0;masqué&#xa0;».</translation>
    </message>
    <message>
        <source>Reliable change: {n} points or more.</source>
        <translation>Changement fiable&#xa0;: {n} points ou plus.</translation>
    </message>
    <message>
        <source>Only clients whose files you can open are counted.</source>
        <translation>Seuls les clients dont vous pouvez ouvrir le dossier sont comptés.</translation>
    </message>
    <message>
        <source>Outcome report — {measure}</source>
        <translation>Rapport de résultats — {measure}</translation>
    </message>
    <message>
        <source>Export the table</source>
        <translation>Exporter le tableau</translation>
    </message>
    <message>
        <source>Table exported.</source>
        <translation>Tableau exporté.</translation>
    </message>
    <message>
        <source>Export the scores</source>
        <translation>Exporter les scores</translation>
    </message>
</context>
<context>
    <name>OutcomeItems</name>
    <message>
        <source>Little interest or pleasure in doing things</source>
        <translation>Peu d’intérêt ou de plaisir à faire les choses</translation>
    </message>
    <message>
        <source>Feeling down, depressed, or hopeless</source>
        <translation>Être triste, déprimé(e) ou désespéré(e)</translation>
    </message>
    <message>
        <source>Trouble falling or staying asleep, or sleeping too much</source>
        <translation>Difficultés à s’endormir ou à rester endormi(e), ou dormir trop</translation>
    </message>
    <message>
        <source>Feeling tired or having little energy</source>
        <translation>Se sentir fatigué(e) ou manquer d’énergie</translation>
    </message>
    <message>
        <source>Poor appetite or overeating</source>
        <translation>Avoir peu d’appétit ou manger trop</translation>
    </message>
    <message>
        <source>Feeling bad about yourself, or that you are a failure</source>
        <translation>Avoir une mauvaise opinion de soi-même, ou le sentiment d’être un(e) raté(e)</translation>
    </message>
    <message>
        <source>Trouble concentrating on things</source>
        <translation>Avoir du mal à se concentrer</translation>
    </message>
    <message>
        <source>Moving or speaking slowly, or being fidgety or restless</source>
        <translation>Bouger ou parler lentement, ou au contraire être agité(e)</translation>
    </message>
    <message>
        <source>Thoughts of being better off dead or of hurting yourself</source>
        <translation>Penser qu’il vaudrait mieux mourir ou envisager de se faire du mal</translation>
    </message>
    <message>
        <source>Feeling nervous, anxious, or on edge</source>
        <translation>Sentiment de nervosité, d’anxiété ou de tension</translation>
    </message>
    <message>
        <source>Not being able to stop or control worrying</source>
        <translation>Incapacité à arrêter de s’inquiéter ou à contrôler ses inquiétudes</translation>
    </message>
    <message>
        <source>Worrying too much about different things</source>
        <translation>Inquiétudes excessives à propos de différentes choses</translation>
    </message>
    <message>
        <source>Trouble relaxing</source>
        <translation>Difficulté à se détendre</translation>
    </message>
    <message>
        <source>Being so restless that it is hard to sit still</source>
        <translation>Agitation telle qu’il est difficile de rester tranquille</translation>
    </message>
    <message>
        <source>Becoming easily annoyed or irritable</source>
        <translation>Devenir facilement contrarié(e) ou irritable</translation>
    </message>
    <message>
        <source>Feeling afraid, as if something awful might happen</source>
        <translation>Avoir peur que quelque chose d’épouvantable puisse arriver</translation>
    </message>
    <message>
        <source>Tired out for no good reason</source>
        <translation>Fatigué(e) sans raison valable</translation>
    </message>
    <message>
        <source>Nervous</source>
        <translation>Nerveux/nerveuse</translation>
    </message>
    <message>
        <source>So nervous that nothing could calm you down</source>
        <translation>Si nerveux/nerveuse que rien ne pouvait vous calmer</translation>
    </message>
    <message>
        <source>Hopeless</source>
        <translation>Désespéré(e)</translation>
    </message>
    <message>
        <source>Restless or fidgety</source>
        <translation>Agité(e) ou ne tenant pas en place</translation>
    </message>
    <message>
        <source>So restless you could not sit still</source>
        <translation>Si agité(e) que vous ne pouviez pas rester assis(e)</translation>
    </message>
    <message>
        <source>Depressed</source>
        <translation>Déprimé(e)</translation>
    </message>
    <message>
        <source>That everything was an effort</source>
        <translation>Que tout était un effort</translation>
    </message>
    <message>
        <source>So sad that nothing could cheer you up</source>
        <translation>Si triste que rien ne pouvait vous remonter le moral</translation>
    </message>
    <message>
        <source>Worthless</source>
        <translation>Bon(ne) à rien</translation>
    </message>
    <message>
        <source>Over the last 2 weeks: 0 not at all · 1 several days · 2 more than half the days · 3 nearly every day</source>
        <translation>Au cours des 2 dernières semaines&#xa0;: 0 jamais · 1 plusieurs jours · 2 plus de la moitié des jours · 3 presque tous les jours</translation>
    </message>
    <message>
        <source>In the past 4 weeks: 1 none of the time · 2 a little · 3 some · 4 most · 5 all of the time</source>
        <translation>Au cours des 4 dernières semaines&#xa0;: 1 jamais · 2 rarement · 3 parfois · 4 la plupart du temps · 5 tout le temps</translation>
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
        <translation>Mesures de résultats</translation>
    </message>
    <message>
        <source>&amp;New measure…</source>
        <translation>&amp;Nouvelle mesure…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Mod&amp;ifier…</translation>
    </message>
    <message>
        <source>A&amp;rchive</source>
        <translation>A&amp;rchiver</translation>
    </message>
    <message>
        <source>Sho&amp;w archived</source>
        <translation>Affic&amp;her les archivés</translation>
    </message>
    <message>
        <source>Standard measures are entered item by item and cannot be changed. Clinic measures are entered as a total; archiving keeps their scores.</source>
        <translation>Les mesures standard sont saisies item par item et ne peuvent pas être modifiées. Les mesures de la clinique sont saisies sous forme de total&#xa0;; l’archivage conserve leurs scores.</translation>
    </message>
    <message>
        <source>The questionnaires and ratings scores are recorded on.</source>
        <translation>Les questionnaires et échelles sur lesquels les scores sont enregistrés.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Confirm with your password</source>
        <translation>Confirmez avec votre mot de passe</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>Votre mot de passe</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirmer</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>Print preview — {title}</source>
        <translation>Aperçu avant impression — {title}</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Im&amp;primer…</translation>
    </message>
    <message>
        <source>Print (Ctrl+P)</source>
        <translation>Imprimer (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Save the document as a PDF file (Ctrl+S)</source>
        <translation>Enregistrer le document en fichier PDF (Ctrl+S)</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+−)</source>
        <translation>Zoom arrière (Ctrl+−)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>Zoom avant (Ctrl++)</translation>
    </message>
    <message>
        <source>Language of the document</source>
        <translation>Langue du document</translation>
    </message>
    <message>
        <source>Print in another language, e.g. the client&apos;s; the screen stays as it is</source>
        <translation>Imprimer dans une autre langue, p. ex. celle du client&#xa0;; l’écran reste tel quel</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Préparation…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Preparing the document…</source>
        <translation>Préparation du document…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>The document could not be prepared.</source>
        <translation>Le document n’a pas pu être préparé.</translation>
    </message>
    <message>
        <source>The printer could not be opened.</source>
        <translation>L’imprimante n’a pas pu être ouverte.</translation>
    </message>
    <message>
        <source>Printed to a file.</source>
        <translation>Imprimé dans un fichier.</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Envoyé à l’imprimante.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The file could not be saved there. Choose another folder.</source>
        <translation>Le fichier n’a pas pu être enregistré à cet endroit. Choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>{name} enregistré.</translation>
    </message>
</context>
<context>
    <name>PractitionerGroupDialog</name>
    <message>
        <source>Edit practitioner group</source>
        <translation>Modifier le groupe de praticiens</translation>
    </message>
    <message>
        <source>Add practitioner group</source>
        <translation>Ajouter un groupe de praticiens</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Add group</source>
        <translation>Ajouter le groupe</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>Nom du groupe</translation>
    </message>
    <message>
        <source>Group &amp;name</source>
        <translation>&amp;Nom du groupe</translation>
    </message>
    <message>
        <source>Practitioners</source>
        <translation>Praticiens</translation>
    </message>
    <message>
        <source>Clinic admins</source>
        <translation>Administrateurs de la clinique</translation>
    </message>
    <message>
        <source>Their access follows the group.</source>
        <translation>Leur accès suit le groupe.</translation>
    </message>
    <message>
        <source>They manage only these practitioners.</source>
        <translation>Ils ne gèrent que ces praticiens.</translation>
    </message>
</context>
<context>
    <name>PractitionerGroupsPage</name>
    <message>
        <source>Practitioner groups</source>
        <translation>Groupes de praticiens</translation>
    </message>
    <message>
        <source>Add &amp;group…</source>
        <translation>Ajouter un gr&amp;oupe…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Mod&amp;ifier…</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>&amp;Test your practitioner groups…</source>
        <translation>Tester &amp;vos groupes de praticiens…</translation>
    </message>
    <message>
        <source>No practitioner groups: open access</source>
        <translation>Aucun groupe de praticiens&#xa0;: accès ouvert</translation>
    </message>
    <message>
        <source>Every clinician can open every client file. Add a group to restrict access to care teams, shared groups and explicit grants.</source>
        <translation>Chaque clinicien peut ouvrir tous les dossiers clients. Ajoutez un groupe pour restreindre l’accès aux équipes de soins, aux groupes partagés et aux accès accordés explicitement.</translation>
    </message>
    <message>
        <source>Add group…</source>
        <translation>Ajouter un groupe…</translation>
    </message>
    <message>
        <source>Divide practitioners into named groups to control which client files each person can open.</source>
        <translation>Répartissez les praticiens en groupes nommés pour contrôler quels dossiers clients chacun peut ouvrir.</translation>
    </message>
    <message>
        <source>Restricted access: clinicians reach a client&apos;s file through the care team, a shared practitioner group, or a client-group grant.</source>
        <translation>Accès restreint&#xa0;: les cliniciens accèdent au dossier d’un client par l’équipe de soins, un groupe de praticiens partagé ou un accès accordé par un groupe de clients.</translation>
    </message>
    <message>
        <source>Practitioner groups are not available</source>
        <translation>Les groupes de praticiens ne sont pas disponibles</translation>
    </message>
    <message>
        <source>Delete practitioner group</source>
        <translation>Supprimer le groupe de praticiens</translation>
    </message>
    <message>
        <source>Delete “{name}”? The access restrictions it enforced for its members are removed.</source>
        <translation>Supprimer «&#xa0;{name}&#xa0;»&#xa0;? Les restrictions d’accès qu’il imposait à ses membres sont levées.</translation>
    </message>
</context>
<context>
    <name>PriorityDialog</name>
    <message>
        <source>Waitlist priority</source>
        <translation>Priorité sur la liste d’attente</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Why this client should be offered a place sooner</source>
        <translation>Pourquoi une place devrait être proposée plus tôt à ce client</translation>
    </message>
    <message>
        <source>Higher priorities are offered a place first; clients with the same priority wait in the order they were added. A reason is required.</source>
        <translation>Les priorités les plus élevées se voient proposer une place en premier&#xa0;; à priorité égale, les clients attendent dans l’ordre de leur inscription. Un motif est obligatoire.</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>&amp;Priority</source>
        <translation>&amp;Priorité</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motif</translation>
    </message>
</context>
<context>
    <name>PrivacyPromptDialog</name>
    <message>
        <source>Other members are named</source>
        <translation>D’autres membres sont nommés</translation>
    </message>
    <message>
        <source>These texts name other group members. An individual note lands in one client&apos;s chart; the group note and a letter reach every member. Edit the text, or go ahead and give the reason (it is recorded).</source>
        <translation>Ces textes nomment d’autres membres du groupe. Une note individuelle va dans le dossier d’un seul client&#xa0;; la note de groupe et un courrier parviennent à chaque membre. Modifiez le texte, ou poursuivez en indiquant le motif (il est enregistré).</translation>
    </message>
    <message>
        <source>Texts with the names found</source>
        <translation>Textes et noms trouvés</translation>
    </message>
    <message>
        <source>&amp;Reason to go ahead anyway:</source>
        <translation>&amp;Motif pour poursuivre quand même&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. the member asked to be mentioned; consent is on file</source>
        <translation>p. ex. le membre a demandé à être mentionné&#xa0;; le consentement figure au dossier</translation>
    </message>
    <message>
        <source>&amp;Edit the text</source>
        <translation>Modifier le &amp;texte</translation>
    </message>
    <message>
        <source>Group note — copied into every attendee&apos;s chart</source>
        <translation>Note de groupe — copiée dans le dossier de chaque participant</translation>
    </message>
    <message>
        <source>The letter — every member receives it</source>
        <translation>Le courrier — chaque membre le reçoit</translation>
    </message>
    <message>
        <source>Individual note — in {name}&apos;s chart</source>
        <translation>Note individuelle — dans le dossier de {name}</translation>
    </message>
    <message>
        <source>a client</source>
        <translation>un client</translation>
    </message>
    <message>
        <source>Names: {names}</source>
        <translation>Noms&#xa0;: {names}</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motif</translation>
    </message>
</context>
<context>
    <name>RecordScoreDialog</name>
    <message>
        <source>Record a score — {name}</source>
        <translation>Enregistrer un score — {name}</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Date taken</source>
        <translation>Date de passation</translation>
    </message>
    <message>
        <source>&amp;Save score</source>
        <translation>&amp;Enregistrer le score</translation>
    </message>
    <message>
        <source>&amp;Measure</source>
        <translation>&amp;Mesure</translation>
    </message>
    <message>
        <source>&amp;Date taken</source>
        <translation>&amp;Date de passation</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>&amp;Total</source>
        <translation>&amp;Total</translation>
    </message>
    <message>
        <source>From {low} to {high}</source>
        <translation>De {low} à {high}</translation>
    </message>
    <message>
        <source>No measure to record.</source>
        <translation>Aucune mesure à enregistrer.</translation>
    </message>
    <message>
        <source>{done} of {n} items answered</source>
        <translation>{done} items remplis sur {n}</translation>
    </message>
    <message>
        <source>No total yet</source>
        <translation>Pas encore de total</translation>
    </message>
    <message>
        <source>Item {n} is above {low}: follow the clinic&apos;s risk procedure before the client leaves.</source>
        <translation>L’item {n} est supérieur à {low}&#xa0;: suivez la procédure de gestion du risque de la clinique avant le départ du client.</translation>
    </message>
    <message>
        <source>Total: {total}</source>
        <translation>Total&#xa0;: {total}</translation>
    </message>
</context>
<context>
    <name>ReportPeriodDialog</name>
    <message>
        <source>From</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Preview report</source>
        <translation>Aperçu du rapport</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Au</translation>
    </message>
    <message>
        <source>Attendance report — {name}</source>
        <translation>Rapport de présences — {name}</translation>
    </message>
    <message>
        <source>Attendance — {name}</source>
        <translation>Présences — {name}</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>Reset password for {name}</source>
        <translation>Réinitialiser le mot de passe de {name}</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>Définir le mot de passe</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <source>Repeat new password</source>
        <translation>Répéter le nouveau mot de passe</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>&amp;Nouveau mot de passe</translation>
    </message>
    <message>
        <source>Re&amp;peat</source>
        <translation>Ré&amp;péter</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Les deux mots de passe ne sont pas identiques.</translation>
    </message>
</context>
<context>
    <name>RetractDialog</name>
    <message>
        <source>Retract group action</source>
        <translation>Retirer l’action de groupe</translation>
    </message>
    <message>
        <source>Retract</source>
        <translation>Retirer</translation>
    </message>
    <message numerus="yes">
        <source>{kind} “{title}”, shared by {name} on {when} with %n member(s).</source>
        <translation>
            <numerusform>{kind} «&#xa0;{title}&#xa0;», partagé par {name} le {when} avec %n membre.</numerusform>
            <numerusform>{kind} «&#xa0;{title}&#xa0;», partagé par {name} le {when} avec %n membres.</numerusform>
        </translation>
    </message>
    <message>
        <source>For example: shared with the wrong group.</source>
        <translation>Par exemple&#xa0;: partagé avec le mauvais groupe.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>&amp;Reason (required)</source>
        <translation>&amp;Motif (obligatoire)</translation>
    </message>
    <message>
        <source>Every entry it wrote is marked retracted in each member&apos;s file — shown struck through with your name, the date and this reason. Nothing is deleted, and the action stays in the group&apos;s history. A retracted document can no longer be opened or printed on a handout.</source>
        <translation>Chaque élément inscrit est marqué comme retiré dans le dossier de chaque membre — barré, avec votre nom, la date et ce motif. Rien n’est effacé et l’action reste dans l’historique du groupe. Un document retiré ne peut plus être ouvert ni imprimé sur une fiche client.</translation>
    </message>
</context>
<context>
    <name>ReviewQueue</name>
    <message>
        <source>Sessions to review</source>
        <translation>Séances à relire</translation>
    </message>
    <message>
        <source>&amp;Open and review</source>
        <translation>&amp;Ouvrir et relire</translation>
    </message>
    <message>
        <source>Nothing to review</source>
        <translation>Rien à relire</translation>
    </message>
    <message>
        <source>Sessions signed by staff who require review appear here.</source>
        <translation>Les séances signées par des membres du personnel soumis à relecture apparaissent ici.</translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation>Séances à relire</translation>
    </message>
    <message>
        <source>Sessions pending review that you can sign as reviewer.</source>
        <translation>Séances en attente de relecture que vous pouvez signer en tant que relecteur.</translation>
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
        <translation>Modifier le modèle de planning</translation>
    </message>
    <message>
        <source>New schedule template</source>
        <translation>Nouveau modèle de planning</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> semaines</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Semaines</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Weekly sessions</source>
        <translation>Séances hebdomadaires</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Heure de début</translation>
    </message>
    <message>
        <source>Session template</source>
        <translation>Modèle de séance</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Repeat for</source>
        <translation>Ré&amp;péter pendant</translation>
    </message>
    <message>
        <source>D&amp;escription</source>
        <translation>D&amp;escription</translation>
    </message>
    <message>
        <source>{name} ({minutes} min)</source>
        <translation>{name} ({minutes} min)</translation>
    </message>
    <message>
        <source>Create a session template first</source>
        <translation>Créez d’abord un modèle de séance</translation>
    </message>
    <message>
        <source>{per_week} a week × {weeks} weeks = {total} sessions</source>
        <translation>{per_week} par semaine × {weeks} semaines = {total} séances</translation>
    </message>
</context>
<context>
    <name>SchedulesPage</name>
    <message>
        <source>Schedule templates</source>
        <translation>Modèles de planning</translation>
    </message>
    <message>
        <source>&amp;New schedule…</source>
        <translation>&amp;Nouveau planning…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Mod&amp;ifier…</translation>
    </message>
    <message>
        <source>Arc&amp;hive</source>
        <translation>Ar&amp;chiver</translation>
    </message>
    <message>
        <source>&amp;Assign…</source>
        <translation>A&amp;ttribuer…</translation>
    </message>
    <message>
        <source>Show archi&amp;ved</source>
        <translation>Affic&amp;her les archivés</translation>
    </message>
    <message>
        <source>No schedules yet</source>
        <translation>Aucun planning pour l’instant</translation>
    </message>
    <message>
        <source>A schedule repeats weekly sessions for a number of weeks; assign it to clients or a group to enrol them in every session.</source>
        <translation>Un planning répète des séances hebdomadaires pendant un certain nombre de semaines&#xa0;; attribuez-le à des clients ou à un groupe pour les inscrire à chaque séance.</translation>
    </message>
    <message>
        <source>New schedule…</source>
        <translation>Nouveau planning…</translation>
    </message>
    <message>
        <source>Weekly sessions</source>
        <translation>Séances hebdomadaires</translation>
    </message>
    <message>
        <source>Preview from</source>
        <translation>Aperçu à partir du</translation>
    </message>
    <message>
        <source>Dates the schedule creates</source>
        <translation>Dates créées par le planning</translation>
    </message>
    <message>
        <source>Dates from</source>
        <translation>Dates à partir du</translation>
    </message>
    <message>
        <source>Schedules</source>
        <translation>Plannings</translation>
    </message>
    <message>
        <source>Weekly sessions repeated for some weeks; assigning one enrols clients in every session from a start date.</source>
        <translation>Des séances hebdomadaires répétées pendant plusieurs semaines&#xa0;; en attribuer un inscrit les clients à chaque séance à partir d’une date de début.</translation>
    </message>
    <message>
        <source>Rest&amp;ore</source>
        <translation>Re&amp;staurer</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) in all.</source>
        <translation>
            <numerusform>%n séance au total.</numerusform>
            <numerusform>%n séances au total.</numerusform>
        </translation>
    </message>
    <message>
        <source>Schedule “{name}” saved.</source>
        <translation>Planning «&#xa0;{name}&#xa0;» enregistré.</translation>
    </message>
</context>
<context>
    <name>ScoreDelegate</name>
    <message>
        <source>Answer, {low} to {high}</source>
        <translation>Réponse, de {low} à {high}</translation>
    </message>
</context>
<context>
    <name>ScoreGridDialog</name>
    <message>
        <source>Outcome scores</source>
        <translation>Scores de résultats</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Date taken</source>
        <translation>Date de passation</translation>
    </message>
    <message>
        <source>Scores by attendee</source>
        <translation>Scores par participant</translation>
    </message>
    <message>
        <source>&amp;Save scores</source>
        <translation>&amp;Enregistrer les scores</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>&amp;Measure</source>
        <translation>&amp;Mesure</translation>
    </message>
    <message>
        <source>&amp;Date taken</source>
        <translation>&amp;Date de passation</translation>
    </message>
    <message>
        <source>Loading the roster…</source>
        <translation>Chargement de la liste des participants…</translation>
    </message>
    <message>
        <source>Outcome scores — {title}</source>
        <translation>Scores de résultats — {title}</translation>
    </message>
    <message numerus="yes">
        <source>%n attendee(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) ready</source>
        <translation>
            <numerusform>%n ligne prête</numerusform>
            <numerusform>%n lignes prêtes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n score(s) recorded.</source>
        <translation>
            <numerusform>%n score enregistré.</numerusform>
            <numerusform>%n scores enregistrés.</numerusform>
        </translation>
    </message>
    <message>
        <source>finish or clear: {names}</source>
        <translation>à compléter ou à effacer&#xa0;: {names}</translation>
    </message>
    <message>
        <source>rows left empty are skipped</source>
        <translation>les lignes vides sont ignorées</translation>
    </message>
</context>
<context>
    <name>ScoreGridModel</name>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Présence</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Already recorded</source>
        <translation>Déjà enregistré</translation>
    </message>
    <message>
        <source>You may not record scores for this client.</source>
        <translation>Vous ne pouvez pas enregistrer de scores pour ce client.</translation>
    </message>
    <message>
        <source>Record no. {n}</source>
        <translation>Dossier n° {n}</translation>
    </message>
</context>
<context>
    <name>ScoresModel</name>
    <message>
        <source>Retracted: {reason}</source>
        <translation>Retiré&#xa0;: {reason}</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
</context>
<context>
    <name>ServiceFormDialog</name>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
</context>
<context>
    <name>ServicePasswordDialog</name>
    <message>
        <source>Password problem</source>
        <translation>Problème de mot de passe</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>That password is not right. Nothing was signed; try again.</source>
        <translation>Ce mot de passe est incorrect. Rien n’a été signé&#xa0;; réessayez.</translation>
    </message>
</context>
<context>
    <name>SessionBoard</name>
    <message>
        <source>Previous day (Alt+Left)</source>
        <translation>Jour précédent (Alt+Gauche)</translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation>Jour précédent</translation>
    </message>
    <message>
        <source>Next day (Alt+Right)</source>
        <translation>Jour suivant (Alt+Droite)</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>Jour suivant</translation>
    </message>
    <message>
        <source>Go to today (Alt+Home)</source>
        <translation>Aller à aujourd’hui (Alt+Début)</translation>
    </message>
    <message>
        <source>T&amp;oday</source>
        <translation>Au&amp;jourd’hui</translation>
    </message>
    <message>
        <source>Day shown</source>
        <translation>Jour affiché</translation>
    </message>
    <message>
        <source>Show &amp;cancelled</source>
        <translation>Afficher les a&amp;nnulées</translation>
    </message>
    <message>
        <source>Print day&apos;s &amp;sheets…</source>
        <translation>&amp;Imprimer les feuilles du jour…</translation>
    </message>
    <message>
        <source>Loading the day…</source>
        <translation>Chargement de la journée…</translation>
    </message>
    <message>
        <source>No sessions on this day</source>
        <translation>Aucune séance ce jour-là</translation>
    </message>
    <message>
        <source>Assign a schedule on the Schedules page, or pick another day.</source>
        <translation>Attribuez un planning dans la page Plannings, ou choisissez un autre jour.</translation>
    </message>
    <message>
        <source>Sessions are not available</source>
        <translation>Les séances ne sont pas disponibles</translation>
    </message>
    <message>
        <source>Sign-in sheets, {day}</source>
        <translation>Feuilles de présence, {day}</translation>
    </message>
</context>
<context>
    <name>SessionCardDelegate</name>
    <message>
        <source>No leader yet</source>
        <translation>Pas encore d’animateur</translation>
    </message>
    <message numerus="yes">
        <source>%n enrolled</source>
        <translation>
            <numerusform>%n inscrit</numerusform>
            <numerusform>%n inscrits</numerusform>
        </translation>
    </message>
    <message>
        <source>Needs your signature</source>
        <translation>Attend votre signature</translation>
    </message>
    <message>
        <source>Needs your review</source>
        <translation>Attend votre relecture</translation>
    </message>
</context>
<context>
    <name>SessionChartDialog</name>
    <message>
        <source>Chart view — {title}</source>
        <translation>Vue dossier — {title}</translation>
    </message>
    <message>
        <source>Each attendee&apos;s entry, as it shows in their chart</source>
        <translation>L’inscription de chaque participant, telle qu’elle apparaît dans son dossier</translation>
    </message>
    <message>
        <source>Attendees&apos; chart entries</source>
        <translation>Inscriptions aux dossiers des participants</translation>
    </message>
    <message>
        <source>Opening the entries…</source>
        <translation>Ouverture des inscriptions…</translation>
    </message>
    <message>
        <source>You have no access to this client&apos;s file.</source>
        <translation>Vous n’avez pas accès au dossier de ce client.</translation>
    </message>
</context>
<context>
    <name>SessionDocumentation</name>
    <message>
        <source>← Board</source>
        <translation>← Tableau</translation>
    </message>
    <message>
        <source>Back to the day (Esc)</source>
        <translation>Retour à la journée (Échap)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Leaders</source>
        <translation>Animateurs</translation>
    </message>
    <message>
        <source>&amp;Start session</source>
        <translation>&amp;Commencer la séance</translation>
    </message>
    <message>
        <source>S&amp;ign…</source>
        <translation>S&amp;igner…</translation>
    </message>
    <message>
        <source>Sign as &amp;reviewer…</source>
        <translation>Signer en tant &amp;que relecteur…</translation>
    </message>
    <message>
        <source>Add a&amp;ddendum…</source>
        <translation>Ajouter un a&amp;ddendum…</translation>
    </message>
    <message>
        <source>Add &amp;co-leader…</source>
        <translation>A&amp;jouter un co-animateur…</translation>
    </message>
    <message>
        <source>Remove co-leader…</source>
        <translation>Retirer un co-animateur…</translation>
    </message>
    <message>
        <source>Add &amp;attendee…</source>
        <translation>Ajo&amp;uter un participant…</translation>
    </message>
    <message>
        <source>Change &amp;date…</source>
        <translation>C&amp;hanger la date…</translation>
    </message>
    <message>
        <source>Cancel session…</source>
        <translation>Annuler la séance…</translation>
    </message>
    <message>
        <source>Print session &amp;note</source>
        <translation>&amp;Note de séance</translation>
    </message>
    <message>
        <source>Each attendee&apos;s entry as it appears in their file</source>
        <translation>L’inscription de chaque participant telle qu’elle apparaît dans son dossier</translation>
    </message>
    <message>
        <source>&amp;Outcome scores…</source>
        <translation>&amp;Scores…</translation>
    </message>
    <message>
        <source>Enter a measure (PHQ-9, GAD-7 …) for every attendee in one grid</source>
        <translation>Saisir une mesure (PHQ-9, GAD-7…) pour tous les participants dans une seule grille</translation>
    </message>
    <message>
        <source>Integrity warning</source>
        <translation>Alerte d’intégrité</translation>
    </message>
    <message>
        <source>Integrity warning: this session&apos;s signed content no longer matches what was signed. It was changed outside ClinicDesk after signing. Do not rely on it; report it to a records administrator.</source>
        <translation>Alerte d’intégrité&#xa0;: le contenu signé de cette séance ne correspond plus à ce qui a été signé. Il a été modifié en dehors de ClinicDesk après la signature. Ne vous y fiez pas&#xa0;; signalez-le à un administrateur des dossiers.</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Roster and attendance</source>
        <translation>Participants et présences</translation>
    </message>
    <message>
        <source>Individual note</source>
        <translation>Note individuelle</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Enregistrer (Ctrl+S)</translation>
    </message>
    <message>
        <source>Group note</source>
        <translation>Note de groupe</translation>
    </message>
    <message>
        <source>Save &amp;group note</source>
        <translation>Enregistrer la note de &amp;groupe</translation>
    </message>
    <message>
        <source>Notes are shown to clinical staff with access to these clients only (their care team, practitioner group, a grant on their group, or the session&apos;s leaders).</source>
        <translation>Les notes ne sont montrées qu’au personnel clinique ayant accès à ces clients (leur équipe de soins, leur groupe de praticiens, un accès accordé par leur groupe ou les animateurs de la séance).</translation>
    </message>
    <message>
        <source>Signatures and addenda</source>
        <translation>Signatures et addenda</translation>
    </message>
    <message>
        <source>As&amp;k for an addendum…</source>
        <translation>Demander &amp;un addendum…</translation>
    </message>
    <message>
        <source>Ask the session&apos;s leaders to add an addendum (it appears in their My work)</source>
        <translation>Demander aux animateurs de la séance d’ajouter un addendum (la demande apparaît dans leur page Mon travail)</translation>
    </message>
    <message>
        <source>&amp;Reassign…</source>
        <translation>Réattri&amp;buer…</translation>
    </message>
    <message>
        <source>&amp;Print sign-in sheet</source>
        <translation>Feui&amp;lle de présence</translation>
    </message>
    <message>
        <source>Chart vie&amp;w</source>
        <translation>&amp;Vue dossier</translation>
    </message>
    <message>
        <source>Keys: P present · A absent · E excused · L late · D left early · Delete clears — then the next attendee</source>
        <translation>Touches&#xa0;: P présent · A absent · E excusé · L en retard · D parti plus tôt · Suppr efface — puis participant suivant</translation>
    </message>
    <message>
        <source>Attendance still to record</source>
        <translation>Présences restant à enregistrer</translation>
    </message>
    <message>
        <source>Mar&amp;k all present</source>
        <translation>Mar&amp;quer tous présents</translation>
    </message>
    <message>
        <source>Marks everyone without a status as present; others keep theirs</source>
        <translation>Marque comme présents tous ceux qui n’ont pas de statut&#xa0;; les autres conservent le leur</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>Enregistrer la note</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Opening the session…</source>
        <translation>Ouverture de la séance…</translation>
    </message>
    <message>
        <source>Signatures and addenda ({n})</source>
        <translation>Signatures et addenda ({n})</translation>
    </message>
    <message>
        <source>{what}: {name}</source>
        <translation>{what}&#xa0;: {name}</translation>
    </message>
    <message>
        <source>Group: {name}</source>
        <translation>Groupe&#xa0;: {name}</translation>
    </message>
    <message>
        <source>documented for {day}</source>
        <translation>documentée pour le {day}</translation>
    </message>
    <message>
        <source>reason: {reason}</source>
        <translation>motif&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Cancelled: {reason}</source>
        <translation>Annulée&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>No leader yet — whoever starts the session leads it.</source>
        <translation>Pas encore d’animateur — la personne qui commence la séance l’anime.</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>signé</translation>
    </message>
    <message>
        <source>Leader: {names}</source>
        <translation>Animateur&#xa0;: {names}</translation>
    </message>
    <message>
        <source>Co-leaders: {names}</source>
        <translation>Co-animateurs&#xa0;: {names}</translation>
    </message>
    <message>
        <source>Start the session to record attendance and notes.</source>
        <translation>Commencez la séance pour enregistrer les présences et les notes.</translation>
    </message>
    <message>
        <source>You can read this session; only its leaders document it.</source>
        <translation>Vous pouvez consulter cette séance&#xa0;; seuls ses animateurs la documentent.</translation>
    </message>
    <message>
        <source>You can record attendance; only the session&apos;s leaders write its notes.</source>
        <translation>Vous pouvez enregistrer les présences&#xa0;; seuls les animateurs de la séance en rédigent les notes.</translation>
    </message>
    <message>
        <source>A leader has signed; the remaining leaders can sign.</source>
        <translation>Un animateur a signé&#xa0;; les autres animateurs peuvent signer.</translation>
    </message>
    <message numerus="yes">
        <source>%n attendee(s) outside your access not shown.</source>
        <translation>
            <numerusform>%n participant hors de vos accès n’est pas affiché.</numerusform>
            <numerusform>%n participants hors de vos accès ne sont pas affichés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attendee(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n attendee(s) marked.</source>
        <translation>
            <numerusform>Le participant (%n) est marqué.</numerusform>
            <numerusform>Les %n participants sont marqués.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of {total} still unmarked — needed before signing.</source>
        <translation>
            <numerusform>%n sur {total} pas encore marqué — nécessaire avant de signer.</numerusform>
            <numerusform>%n sur {total} pas encore marqués — nécessaire avant de signer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an attendee on the left.</source>
        <translation>Choisissez un participant à gauche.</translation>
    </message>
    <message>
        <source>Individual note — {name}</source>
        <translation>Note individuelle — {name}</translation>
    </message>
    <message>
        <source>What this attendee did and said in the session.</source>
        <translation>Ce que ce participant a fait et dit pendant la séance.</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Pas encore enregistrée</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistrée</translation>
    </message>
    <message numerus="yes">
        <source>Marked %n attendee(s) present.</source>
        <translation>
            <numerusform>%n participant marqué présent.</numerusform>
            <numerusform>%n participants marqués présents.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already had a status and kept it.</source>
        <translation>
            <numerusform>%n avait déjà un statut et l’a conservé.</numerusform>
            <numerusform>%n avaient déjà un statut et l’ont conservé.</numerusform>
        </translation>
    </message>
    <message>
        <source>Signing locks your documentation of “{title}”. Enter your password to sign.</source>
        <translation>La signature verrouille votre documentation de «&#xa0;{title}&#xa0;». Saisissez votre mot de passe pour signer.</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Signer</translation>
    </message>
    <message>
        <source>Sign “{title}” as its reviewer. The session is then completed and appears in each attendee&apos;s file.</source>
        <translation>Signer «&#xa0;{title}&#xa0;» en tant que relecteur. La séance est alors terminée et apparaît dans le dossier de chaque participant.</translation>
    </message>
    <message>
        <source>Sign as reviewer</source>
        <translation>Signer en tant que relecteur</translation>
    </message>
    <message>
        <source>Enter your password to sign the addendum.</source>
        <translation>Saisissez votre mot de passe pour signer l’addendum.</translation>
    </message>
    <message>
        <source>Sign addendum</source>
        <translation>Signer l’addendum</translation>
    </message>
    <message>
        <source>Ask for an addendum</source>
        <translation>Demander un addendum</translation>
    </message>
    <message>
        <source>The session&apos;s leaders see the request in My work until one of them adds an addendum. What should it add or correct?</source>
        <translation>Les animateurs de la séance voient la demande dans Mon travail jusqu’à ce que l’un d’eux ajoute un addendum. Que doit-il ajouter ou corriger&#xa0;?</translation>
    </message>
    <message>
        <source>Send request</source>
        <translation>Envoyer la demande</translation>
    </message>
    <message>
        <source>Addendum requested from the session&apos;s leaders.</source>
        <translation>Addendum demandé aux animateurs de la séance.</translation>
    </message>
    <message>
        <source>Add a co-leader</source>
        <translation>Ajouter un co-animateur</translation>
    </message>
    <message>
        <source>Reassign the session</source>
        <translation>Réattribuer la séance</translation>
    </message>
    <message>
        <source>Add co-leader</source>
        <translation>Ajouter le co-animateur</translation>
    </message>
    <message>
        <source>Make leader</source>
        <translation>Désigner comme animateur</translation>
    </message>
    <message>
        <source>Remove a co-leader</source>
        <translation>Retirer un co-animateur</translation>
    </message>
    <message>
        <source>Who no longer co-leads this session?</source>
        <translation>Qui ne co-anime plus cette séance&#xa0;?</translation>
    </message>
    <message>
        <source>Add an attendee</source>
        <translation>Ajouter un participant</translation>
    </message>
    <message>
        <source>Add to session</source>
        <translation>Ajouter à la séance</translation>
    </message>
    <message>
        <source>Double booking</source>
        <translation>Double réservation</translation>
    </message>
    <message>
        <source>Cancel this session</source>
        <translation>Annuler cette séance</translation>
    </message>
    <message>
        <source>The session stays on the board as cancelled; nothing is deleted. Why is it cancelled?</source>
        <translation>La séance reste sur le tableau comme annulée&#xa0;; rien n’est effacé. Pourquoi est-elle annulée&#xa0;?</translation>
    </message>
    <message>
        <source>Cancel session</source>
        <translation>Annuler la séance</translation>
    </message>
    <message>
        <source>Sign-in sheet — {title}</source>
        <translation>Feuille de présence — {title}</translation>
    </message>
    <message>
        <source>Session note — {title}</source>
        <translation>Note de séance — {title}</translation>
    </message>
    <message>
        <source>Unsaved notes</source>
        <translation>Notes non enregistrées</translation>
    </message>
    <message>
        <source>Some notes in this session are not saved yet.</source>
        <translation>Certaines notes de cette séance ne sont pas encore enregistrées.</translation>
    </message>
    <message>
        <source>Save and go back</source>
        <translation>Enregistrer et revenir</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Continuer la saisie</translation>
    </message>
    <message>
        <source>Notes saved.</source>
        <translation>Notes enregistrées.</translation>
    </message>
    <message>
        <source>Some notes in this session are not saved yet. Close anyway and lose them?</source>
        <translation>Certaines notes de cette séance ne sont pas encore enregistrées. Fermer quand même et les perdre&#xa0;?</translation>
    </message>
</context>
<context>
    <name>SessionTemplateDialog</name>
    <message>
        <source>Edit session template</source>
        <translation>Modifier le modèle de séance</translation>
    </message>
    <message>
        <source>New session template</source>
        <translation>Nouveau modèle de séance</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Durée en minutes</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sans limite</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>No group</source>
        <translation>Aucun groupe</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Duration</source>
        <translation>&amp;Durée</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>&amp;Lieu</translation>
    </message>
    <message>
        <source>&amp;Places</source>
        <translation>&amp;Places</translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation>&amp;Groupe</translation>
    </message>
    <message>
        <source>D&amp;escription</source>
        <translation>D&amp;escription</translation>
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
        <translation>{status} ⚠ alerte d’intégrité</translation>
    </message>
</context>
<context>
    <name>SessionsTab</name>
    <message>
        <source>Day &amp;board</source>
        <translation>&amp;Tableau</translation>
    </message>
    <message>
        <source>Review &amp;queue</source>
        <translation>&amp;Relectures</translation>
    </message>
    <message>
        <source>Session &amp;templates</source>
        <translation>&amp;Modèles de séance</translation>
    </message>
    <message>
        <source>Schedu&amp;les</source>
        <translation>&amp;Plannings</translation>
    </message>
    <message>
        <source>&amp;My work</source>
        <translation>Mon tra&amp;vail</translation>
    </message>
    <message>
        <source>Group sessions are turned off for this clinic (Settings ▸ Clinic). Documented sessions can still be read.</source>
        <translation>Les séances de groupe sont désactivées pour cette clinique (Paramètres ▸ Clinique). Les séances documentées restent consultables.</translation>
    </message>
</context>
<context>
    <name>SettingsTab</name>
    <message>
        <source>&amp;Clinic</source>
        <translation>&amp;Clinique</translation>
    </message>
    <message>
        <source>&amp;Users and roles</source>
        <translation>&amp;Utilisateurs et rôles</translation>
    </message>
    <message>
        <source>&amp;Practitioner groups</source>
        <translation>&amp;Groupes de praticiens</translation>
    </message>
    <message>
        <source>&amp;Access tester</source>
        <translation>&amp;Test des accès</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>&amp;Base de données</translation>
    </message>
    <message>
        <source>Outcome &amp;measures</source>
        <translation>&amp;Mesures de résultats</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>Edit account</source>
        <translation>Modifier le compte</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Nouveau compte</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>Créer le compte</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Licensed clinician</source>
        <translation>Clinicien agréé</translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation>Nom &amp;complet</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>&amp;Nom d’utilisateur</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rôle</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Fonctions</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Répéter le mot de passe</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Mot de passe</translation>
    </message>
    <message>
        <source>Re&amp;peat</source>
        <translation>Ré&amp;péter</translation>
    </message>
    <message>
        <source>&amp;One-time password</source>
        <translation>Mot de passe à usage &amp;unique</translation>
    </message>
    <message>
        <source>The password above works once: they choose their own at first log-in.</source>
        <translation>Usage unique&#xa0;: la personne choisit le sien ensuite.</translation>
    </message>
    <message>
        <source>They choose their own password at first log-in.</source>
        <translation>La personne le choisit à sa première connexion.</translation>
    </message>
    <message>
        <source>Practitioner groups</source>
        <translation>Groupes de praticiens</translation>
    </message>
    <message>
        <source>Practitioner &amp;groups</source>
        <translation>&amp;Groupes de praticiens</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Les deux mots de passe ne sont pas identiques.</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <source>Staff accounts</source>
        <translation>Comptes du personnel</translation>
    </message>
    <message>
        <source>&amp;New account…</source>
        <translation>&amp;Nouveau compte…</translation>
    </message>
    <message>
        <source>Users and roles</source>
        <translation>Utilisateurs et rôles</translation>
    </message>
    <message>
        <source>Who can sign in, in which role, and with which group-session features.</source>
        <translation>Qui peut se connecter, avec quel rôle et quelles fonctions de séances de groupe.</translation>
    </message>
    <message>
        <source>Staff accounts are not available</source>
        <translation>Les comptes du personnel ne sont pas disponibles</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Mod&amp;ifier…</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>&amp;Réinitialiser le mot de passe…</translation>
    </message>
    <message>
        <source>Un&amp;lock</source>
        <translation>Déverrouil&amp;ler</translation>
    </message>
    <message>
        <source>Deac&amp;tivate</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <source>&amp;Show deactivated</source>
        <translation>Affic&amp;her les désactivés</translation>
    </message>
    <message>
        <source>Reac&amp;tivate</source>
        <translation>Réacti&amp;ver</translation>
    </message>
    <message>
        <source>Account {name} created.</source>
        <translation>Compte {name} créé.</translation>
    </message>
    <message>
        <source>Password changed.</source>
        <translation>Mot de passe modifié.</translation>
    </message>
    <message>
        <source>Deactivate account</source>
        <translation>Désactiver le compte</translation>
    </message>
    <message>
        <source>{name} will no longer be able to sign in. Their records and signatures stay. Deactivate?</source>
        <translation>{name} ne pourra plus se connecter. Ses enregistrements et signatures sont conservés. Désactiver&#xa0;?</translation>
    </message>
</context>
<context>
    <name>StaffPickerDialog</name>
    <message>
        <source>Search by name or role</source>
        <translation>Rechercher par nom ou rôle</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personnel</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>ClinicDesk is already open on this database, but it does not respond. Wait a moment and try again, or close the other window first.</source>
        <translation>ClinicDesk est déjà ouvert sur cette base de données, mais ne répond pas. Patientez un instant et réessayez, ou fermez d’abord l’autre fenêtre.</translation>
    </message>
</context>
<context>
    <name>SyncConflictsDialog</name>
    <message>
        <source>Sync conflicts</source>
        <translation>Conflits de synchronisation</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Mine (done offline)</source>
        <translation>Ma version (hors ligne)</translation>
    </message>
    <message>
        <source>Theirs (on the clinic server)</source>
        <translation>L’autre version (sur le serveur de la clinique)</translation>
    </message>
    <message>
        <source>No conflicts are waiting. Everything done offline reached the clinic.</source>
        <translation>Aucun conflit en attente. Tout ce qui a été fait hors ligne est parvenu à la clinique.</translation>
    </message>
    <message>
        <source>Apply the edited text</source>
        <translation>Appliquer le texte modifié</translation>
    </message>
    <message>
        <source>Enter your password: the clinic server applies your choice.</source>
        <translation>Saisissez votre mot de passe&#xa0;: le serveur de la clinique applique votre choix.</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Offline copy</source>
        <translation>Copie hors ligne</translation>
    </message>
    <message>
        <source>&amp;Sync with the clinic</source>
        <translation>&amp;Synchroniser avec la clinique</translation>
    </message>
    <message>
        <source>Sync &amp;conflicts…</source>
        <translation>&amp;Conflits de synchronisation…</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>copy age {age}</source>
        <translation>âge de la copie&#xa0;: {age}</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n modification en attente</numerusform>
            <numerusform>%n modifications en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) need you</source>
        <translation>
            <numerusform>%n conflit à traiter</numerusform>
            <numerusform>%n conflits à traiter</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline copy of {user}, last synced with {server} {age} ago.</source>
        <translation>Copie hors ligne de {user}, dernière synchronisation avec {server} il y a {age}.</translation>
    </message>
    <message>
        <source>{title} — offline copy, age {age}</source>
        <translation>{title} — copie hors ligne, âge&#xa0;: {age}</translation>
    </message>
    <message>
        <source>This offline copy was last synced {age} ago (the clinic allows {days} days). Sync with the clinic before clinical data is shown again.</source>
        <translation>Cette copie hors ligne a été synchronisée pour la dernière fois il y a {age} (la clinique autorise {days} jours). Synchronisez avec la clinique avant que les données cliniques ne soient à nouveau affichées.</translation>
    </message>
    <message>
        <source>Enter your password to sync this laptop with the clinic server.</source>
        <translation>Saisissez votre mot de passe pour synchroniser cet ordinateur portable avec le serveur de la clinique.</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchroniser</translation>
    </message>
    <message>
        <source>Syncing with the clinic…</source>
        <translation>Synchronisation avec la clinique…</translation>
    </message>
    <message>
        <source>Synced: {applied} sent, {conflicts} conflicts need you.</source>
        <translation>Synchronisé&#xa0;: envoyés&#xa0;: {applied}, conflits à traiter&#xa0;: {conflicts}.</translation>
    </message>
</context>
<context>
    <name>Tabs</name>
    <message>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
</context>
<context>
    <name>TemplatesPage</name>
    <message>
        <source>Session templates</source>
        <translation>Modèles de séance</translation>
    </message>
    <message>
        <source>&amp;New template…</source>
        <translation>&amp;Nouveau modèle…</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>Ar&amp;chiver</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Mod&amp;ifier…</translation>
    </message>
    <message>
        <source>Sho&amp;w archived</source>
        <translation>Affic&amp;her les archivés</translation>
    </message>
    <message>
        <source>No session templates yet</source>
        <translation>Aucun modèle de séance pour l’instant</translation>
    </message>
    <message>
        <source>A template names a session and sets its length and place; schedules are built from templates.</source>
        <translation>Un modèle donne un nom à une séance et en fixe la durée et le lieu&#xa0;; les plannings sont construits à partir des modèles.</translation>
    </message>
    <message>
        <source>New template…</source>
        <translation>Nouveau modèle…</translation>
    </message>
    <message>
        <source>What a session is: its name, length, place and number of places.</source>
        <translation>Ce qu’est une séance&#xa0;: son nom, sa durée, son lieu et son nombre de places.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>Template “{name}” saved.</source>
        <translation>Modèle «&#xa0;{name}&#xa0;» enregistré.</translation>
    </message>
</context>
<context>
    <name>TrajectoryChart</name>
    <message>
        <source>Mean score over time</source>
        <translation>Score moyen dans le temps</translation>
    </message>
    <message>
        <source>{group}: from {first} to {last} after {weeks} weeks</source>
        <translation>{group}&#xa0;: de {first} à {last} après {weeks} semaines</translation>
    </message>
    <message>
        <source>{group}: too few clients</source>
        <translation>{group}&#xa0;: trop peu de clients</translation>
    </message>
    <message>
        <source>cut-off {sign}{value}</source>
        <translation>seuil {sign}{value}</translation>
    </message>
    <message>
        <source>Weeks since baseline</source>
        <translation>Semaines depuis le score initial</translation>
    </message>
    <message>
        <source>Mean {measure} total</source>
        <translation>Total {measure} moyen</translation>
    </message>
    <message>
        <source>{group} (too few clients)</source>
        <translation>{group} (trop peu de clients)</translation>
    </message>
    <message>
        <source>Points with fewer than {n} clients are not shown.</source>
        <translation>Les points portant sur moins de {n} clients ne sont pas affichés.</translation>
    </message>
</context>
<context>
    <name>WaitlistModel</name>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>{n} weeks</source>
        <translation>{n} semaines</translation>
    </message>
</context>
<context>
    <name>WaitlistPanel</name>
    <message>
        <source>Mark as &amp;offered</source>
        <translation>Marquer comme pr&amp;oposée</translation>
    </message>
    <message>
        <source>Note that the client was told about the place</source>
        <translation>Noter que le client a été informé de la place</translation>
    </message>
    <message>
        <source>&amp;Confirm place…</source>
        <translation>&amp;Confirmer la place…</translation>
    </message>
    <message>
        <source>&amp;Put on waitlist…</source>
        <translation>&amp;Inscrire sur la liste d’attente…</translation>
    </message>
    <message>
        <source>Set &amp;priority…</source>
        <translation>Définir la &amp;priorité…</translation>
    </message>
    <message>
        <source>Managers set a priority, with a reason</source>
        <translation>Les responsables définissent une priorité, avec un motif</translation>
    </message>
    <message>
        <source>&amp;Take off waitlist…</source>
        <translation>&amp;Retirer de la liste d’attente…</translation>
    </message>
    <message>
        <source>Print &amp;members and waitlist…</source>
        <translation>Imprimer les &amp;membres et la liste d’attente…</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xporter en CSV…</translation>
    </message>
    <message>
        <source>Waitlist</source>
        <translation>Liste d’attente</translation>
    </message>
    <message>
        <source>Nobody is waiting</source>
        <translation>Personne n’est en attente</translation>
    </message>
    <message>
        <source>When the group is full, clients you add are offered a place on its waitlist; the first in line is offered the next free place.</source>
        <translation>Lorsque le groupe est complet, les clients que vous ajoutez se voient proposer une place sur sa liste d’attente&#xa0;; la prochaine place libre est proposée au premier de la liste.</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) waiting</source>
        <translation>
            <numerusform>%n client en attente</numerusform>
            <numerusform>%n clients en attente</numerusform>
        </translation>
    </message>
    <message>
        <source> · {free} of {cap} places free</source>
        <translation> · places libres&#xa0;: {free} sur {cap}</translation>
    </message>
    <message>
        <source>added today</source>
        <translation>inscrit aujourd’hui</translation>
    </message>
    <message>
        <source>waiting {waited}</source>
        <translation>en attente depuis {waited}</translation>
    </message>
    <message>
        <source>A place is free. It was offered to {name} (first in line, {waited}): confirm when they accept.</source>
        <translation>Une place est libre. Elle a été proposée à {name} (premier de la liste, {waited})&#xa0;: confirmez dès que la personne accepte.</translation>
    </message>
    <message>
        <source>A place is free: offer it to {name}, first in line ({waited}).</source>
        <translation>Une place est libre&#xa0;: proposez-la à {name}, premier de la liste ({waited}).</translation>
    </message>
    <message>
        <source>Take off waitlist</source>
        <translation>Retirer de la liste d’attente</translation>
    </message>
    <message>
        <source>Take {name} off the waitlist of {group}?</source>
        <translation>Retirer {name} de la liste d’attente de {group}&#xa0;?</translation>
    </message>
    <message>
        <source>They lose their place in line; the record of their wait stays.</source>
        <translation>La personne perd sa place dans la file&#xa0;; la trace de son attente est conservée.</translation>
    </message>
    <message>
        <source>Take off</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Confirm place</source>
        <translation>Confirmer la place</translation>
    </message>
    <message>
        <source>Add {name} to {group} now?</source>
        <translation>Ajouter {name} à {group} maintenant&#xa0;?</translation>
    </message>
    <message>
        <source>They join today, leave the waitlist and are enrolled in the group&apos;s upcoming scheduled sessions, as any new member.</source>
        <translation>La personne entre aujourd’hui, quitte la liste d’attente et est inscrite aux prochaines séances prévues du groupe, comme tout nouveau membre.</translation>
    </message>
    <message>
        <source>Add to group</source>
        <translation>Ajouter au groupe</translation>
    </message>
    <message>
        <source>{name} joined {group} from the waitlist.</source>
        <translation>{name} a rejoint {group} depuis la liste d’attente.</translation>
    </message>
    <message>
        <source>Members and waitlist — {name}</source>
        <translation>Membres et liste d’attente — {name}</translation>
    </message>
    <message>
        <source>Export members and waitlist</source>
        <translation>Exporter les membres et la liste d’attente</translation>
    </message>
    <message>
        <source>Saved {path}.</source>
        <translation>{path} enregistré.</translation>
    </message>
</context>
<context>
    <name>_Chart</name>
    <message>
        <source>Choose a measure and groups, then Compare.</source>
        <translation>Choisissez une mesure et des groupes, puis cliquez sur Comparer.</translation>
    </message>
</context>
<context>
    <name>_PageLabel</name>
    <message>
        <source>Page {n} of {total}</source>
        <translation>Page {n} sur {total}</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Please check the details</source>
        <translation>Veuillez vérifier les informations</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Non autorisé</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Modifié par quelqu’un d’autre</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>Can no longer be changed</source>
        <translation>Ne peut plus être modifié</translation>
    </message>
    <message>
        <source>Cannot do that</source>
        <translation>Action impossible</translation>
    </message>
    <message>
        <source>Please log in</source>
        <translation>Veuillez vous connecter</translation>
    </message>
    <message>
        <source>Database problem</source>
        <translation>Problème de base de données</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <source>Something went wrong, and ClinicDesk could not finish that action.</source>
        <translation>Un problème est survenu et ClinicDesk n’a pas pu terminer cette action.</translation>
    </message>
    <message>
        <source>Work you saved earlier is safe. If it happens again, please tell your administrator and send them the log file:
{path}</source>
        <translation>Le travail que vous avez enregistré auparavant est en sécurité. Si cela se reproduit, prévenez votre administrateur et envoyez-lui le fichier journal&#xa0;:
{path}</translation>
    </message>
</context>
<context>
    <name>formatting</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Therapy</source>
        <translation>Thérapie</translation>
    </message>
    <message>
        <source>Psychoeducation</source>
        <translation>Psychoéducation</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Soutien</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Hidden from members</source>
        <translation>Masqué aux membres</translation>
    </message>
    <message>
        <source>Members see the group</source>
        <translation>Les membres voient le groupe</translation>
    </message>
    <message>
        <source>Members see each other</source>
        <translation>Les membres se voient entre eux</translation>
    </message>
    <message>
        <source>Clients are not told they are in this group and see nothing about it. Recommended.</source>
        <translation>Les clients ne sont pas informés qu’ils font partie de ce groupe et n’en voient rien. Recommandé.</translation>
    </message>
    <message>
        <source>Each client knows they are in the group and sees its name and staff, but not who the other members are.</source>
        <translation>Chaque client sait qu’il fait partie du groupe et en voit le nom et le personnel, mais pas les autres membres.</translation>
    </message>
    <message>
        <source>Clients see the group, its staff and the names of the other members.</source>
        <translation>Les clients voient le groupe, son personnel et le nom des autres membres.</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactif</translation>
    </message>
    <message>
        <source>Discharged</source>
        <translation>Sortie de prise en charge</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Share a document</source>
        <translation>Partager un document</translation>
    </message>
    <message>
        <source>Assign a program</source>
        <translation>Attribuer un programme</translation>
    </message>
    <message>
        <source>Add an activity</source>
        <translation>Ajouter une activité</translation>
    </message>
    <message>
        <source>Create an objective</source>
        <translation>Créer un objectif</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>Ajouter une note</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>À venir</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Pending review</source>
        <translation>En attente de révision</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Présent</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Excusé</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Left early</source>
        <translation>Parti plus tôt</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Animateur</translation>
    </message>
    <message>
        <source>Co-signer</source>
        <translation>Cosignataire</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Réviseur</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Planning</translation>
    </message>
    <message>
        <source>Group schedule</source>
        <translation>Planning de groupe</translation>
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
        <translation>Personne de nouveau n’a été ajouté à {group}</translation>
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
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Verrouillé</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
</context>
<context>
    <name>view</name>
    <message>
        <source>&amp;Sign anyway</source>
        <translation>&amp;Signer quand même</translation>
    </message>
</context>
</TS>
