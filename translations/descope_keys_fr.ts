<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>CommandLine</name>
    <message>
        <source>Administer the access keys of a Descope project.</source>
        <translation>Administre les clés d&apos;accès d&apos;un projet Descope.</translation>
    </message>
    <message>
        <source>Environment: DESCOPE_PROJECT_ID and DESCOPE_MANAGEMENT_KEY (and optionally DESCOPE_BASE_URL), as the Descope SDKs read them, connect for one session without saving anything, unless --profile or --sandbox is given.</source>
        <translation>Environnement&#xa0;: DESCOPE_PROJECT_ID et DESCOPE_MANAGEMENT_KEY (et, en option, DESCOPE_BASE_URL), lues comme le font les SDK Descope, connectent pour une session sans rien enregistrer, sauf si --profile ou --sandbox est indiqué.</translation>
    </message>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>Affiche l&apos;aide sur les options de la ligne de commande.</translation>
    </message>
    <message>
        <source>Start a local sandbox with example keys and connect to it.</source>
        <translation>Démarre un bac à sable local avec des clés d&apos;exemple et s&apos;y connecte.</translation>
    </message>
    <message>
        <source>Connect with the saved connection profile &lt;name&gt; (see Profiles &gt; Manage Profiles).</source>
        <translation>Se connecte avec le profil de connexion enregistré &lt;nom&gt; (voir Profils &gt; Gérer les profils).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation>Argument inattendu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--profile can be given only once.</source>
        <translation>--profile ne peut être indiqué qu&apos;une fois.</translation>
    </message>
    <message>
        <source>--profile needs the name of a connection profile.</source>
        <translation>--profile demande le nom d&apos;un profil de connexion.</translation>
    </message>
    <message>
        <source>--profile and --sandbox cannot be used together.</source>
        <translation>--profile et --sandbox ne peuvent pas être utilisés ensemble.</translation>
    </message>
    <message>
        <source>Try &apos;%1 --help&apos; for more information.</source>
        <translation>Essayez «&#xa0;%1 --help&#xa0;» pour plus d&apos;informations.</translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>Sandbox</source>
        <translation>Bac à sable</translation>
    </message>
</context>
<context>
    <name>KeyActionConfirmation</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n autre</numerusform>
            <numerusform>… et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Activate Key</source>
        <translation>Activer la clé</translation>
    </message>
    <message>
        <source>Activate “%1”?</source>
        <translation>Activer «&#xa0;%1&#xa0;»&#x202f;?</translation>
    </message>
    <message>
        <source>Every machine that still holds this key&apos;s secret can exchange it for sessions again. Activate it only if the secret has not leaked.</source>
        <translation>Toute machine qui détient encore le secret de cette clé pourra de nouveau l&apos;échanger contre des sessions. Ne l&apos;activez que si le secret n&apos;a pas été divulgué.</translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation>&amp;Activer</translation>
    </message>
    <message>
        <source>Deactivate Key</source>
        <translation>Désactiver la clé</translation>
    </message>
    <message>
        <source>Deactivate “%1”?</source>
        <translation>Désactiver «&#xa0;%1&#xa0;»&#x202f;?</translation>
    </message>
    <message>
        <source>Machines that use this key can no longer exchange it for sessions: they fail until it is activated again.</source>
        <translation>Les machines qui utilisent cette clé ne pourront plus l&apos;échanger contre des sessions&#xa0;: elles échoueront jusqu&apos;à ce qu&apos;elle soit réactivée.</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <source>Delete Key</source>
        <translation>Supprimer la clé</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>Supprimer «&#xa0;%1&#xa0;»&#x202f;?</translation>
    </message>
    <message>
        <source>Deleting cannot be undone. Machines that use this key can no longer exchange it for sessions.</source>
        <translation>La suppression est définitive. Les machines qui utilisent cette clé ne pourront plus l&apos;échanger contre des sessions.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Activate Keys</source>
        <translation>Activer les clés</translation>
    </message>
    <message numerus="yes">
        <source>Activate these %n keys?</source>
        <translation>
            <numerusform>Activer %n clé&#x202f;?</numerusform>
            <numerusform>Activer ces %n clés&#x202f;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Every machine that still holds one of these secrets can exchange it for sessions again, also where a key was deactivated because its secret leaked.</source>
        <translation>Toute machine qui détient encore l&apos;un de ces secrets pourra de nouveau l&apos;échanger contre des sessions, y compris là où une clé a été désactivée parce que son secret avait été divulgué.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Activate %n Keys</source>
        <translation>
            <numerusform>&amp;Activer %n clé</numerusform>
            <numerusform>&amp;Activer %n clés</numerusform>
        </translation>
    </message>
    <message>
        <source>Deactivate Keys</source>
        <translation>Désactiver les clés</translation>
    </message>
    <message numerus="yes">
        <source>Deactivate these %n keys?</source>
        <translation>
            <numerusform>Désactiver %n clé&#x202f;?</numerusform>
            <numerusform>Désactiver ces %n clés&#x202f;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Machines that use these keys can no longer exchange them for sessions: they fail until the keys are activated again.</source>
        <translation>Les machines qui utilisent ces clés ne pourront plus les échanger contre des sessions&#xa0;: elles échoueront jusqu&apos;à ce que les clés soient réactivées.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Deactivate %n Keys</source>
        <translation>
            <numerusform>&amp;Désactiver %n clé</numerusform>
            <numerusform>&amp;Désactiver %n clés</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Keys</source>
        <translation>Supprimer les clés</translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n keys?</source>
        <translation>
            <numerusform>Supprimer %n clé&#x202f;?</numerusform>
            <numerusform>Supprimer ces %n clés&#x202f;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleting cannot be undone. Machines that use these keys can no longer exchange them for sessions.</source>
        <translation>La suppression est définitive. Les machines qui utilisent ces clés ne pourront plus les échanger contre des sessions.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Delete %n Keys</source>
        <translation>
            <numerusform>&amp;Supprimer %n clé</numerusform>
            <numerusform>&amp;Supprimer %n clés</numerusform>
        </translation>
    </message>
    <message>
        <source>Don&apos;t ask again for a single key</source>
        <translation>Ne plus demander pour une seule clé</translation>
    </message>
    <message>
        <source>Rotate Secret</source>
        <translation>Renouveler le secret</translation>
    </message>
    <message>
        <source>Replace the secret of “%1”?</source>
        <translation>Remplacer le secret de «&#xa0;%1&#xa0;»&#x202f;?</translation>
    </message>
    <message>
        <source>The current secret stops working at once: every machine that uses it fails until it is given the new one, which is shown once.</source>
        <translation>Le secret actuel cesse aussitôt de fonctionner&#xa0;: chaque machine qui l&apos;utilise échoue jusqu&apos;à ce qu&apos;elle reçoive le nouveau, qui n&apos;est affiché qu&apos;une fois.</translation>
    </message>
    <message>
        <source>&amp;Rotate</source>
        <translation>&amp;Renouveler</translation>
    </message>
</context>
<context>
    <name>KeyActivity</name>
    <message>
        <source>Activating…</source>
        <extracomment>Shown as a key&apos;s status while the server activates it</extracomment>
        <translation>Activation…</translation>
    </message>
    <message>
        <source>Deactivating…</source>
        <extracomment>Shown as a key&apos;s status while the server deactivates it</extracomment>
        <translation>Désactivation…</translation>
    </message>
    <message>
        <source>Rotating…</source>
        <extracomment>Shown as a key&apos;s status while the server replaces its secret</extracomment>
        <translation>Renouvellement…</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <extracomment>Shown as a key&apos;s status while the server deletes it</extracomment>
        <translation>Suppression…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <extracomment>Shown as a key&apos;s status while the server saves changes to it</extracomment>
        <translation>Enregistrement…</translation>
    </message>
</context>
<context>
    <name>KeyStatus</name>
    <message>
        <source>Active</source>
        <comment>key status</comment>
        <extracomment>The status of an access key (in Hebrew it agrees with the masculine מפתח)</extracomment>
        <translation>Active</translation>
    </message>
    <message>
        <source>Inactive</source>
        <comment>key status</comment>
        <extracomment>The status of an access key: deactivated, it cannot be exchanged for sessions</extracomment>
        <translation>Inactive</translation>
    </message>
    <message>
        <source>Expired</source>
        <comment>key status</comment>
        <extracomment>The status of an access key whose expiry time has passed</extracomment>
        <translation>Expirée</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <extracomment>Not shown. Translate to &quot;RTL&quot; in a right-to-left language (Hebrew, Arabic), otherwise to &quot;LTR&quot;.</extracomment>
        <translation>LTR</translation>
    </message>
</context>
<context>
    <name>SandboxLauncher</name>
    <message>
        <source>The sandbox could not start: there is no application data directory to keep its database in.</source>
        <translation>Le bac à sable n&apos;a pas pu démarrer&#xa0;: il n&apos;y a pas de dossier de données de l&apos;application pour y garder sa base de données.</translation>
    </message>
    <message>
        <source>The sandbox could not start: the directory %1 could not be created.</source>
        <translation>Le bac à sable n&apos;a pas pu démarrer&#xa0;: le dossier %1 n&apos;a pas pu être créé.</translation>
    </message>
    <message>
        <source>The sandbox could not start: %1</source>
        <translation>Le bac à sable n&apos;a pas pu démarrer&#xa0;: %1</translation>
    </message>
    <message>
        <source>The sandbox could not start with the database %1: %2</source>
        <translation>Le bac à sable n&apos;a pas pu démarrer avec la base de données %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Bac à sable</translation>
    </message>
</context>
<context>
    <name>SessionSource</name>
    <message>
        <source>There is no connection profile named “%1”. The profiles are: %2.</source>
        <translation>Il n&apos;existe aucun profil de connexion nommé «&#xa0;%1&#xa0;». Les profils sont&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 is set but %2 is not, so the environment was not used.</source>
        <translation>%1 est défini mais pas %2&#x202f;; l&apos;environnement n&apos;a donc pas été utilisé.</translation>
    </message>
    <message>
        <source>%1 cannot contain &apos;:&apos;.</source>
        <translation>%1 ne peut pas contenir «&#xa0;:&#xa0;».</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>Connected with %1 and %2 from the environment, for this session only.</source>
        <translation>Connecté avec %1 et %2 de l&apos;environnement, pour cette session seulement.</translation>
    </message>
</context>
<context>
    <name>descope::ActivityLabel</name>
    <message numerus="yes">
        <source>%1 (and %n more)</source>
        <extracomment>The status bar while several calls run: %1 is the latest, e.g. &quot;Deactivating “ci”…&quot;</extracomment>
        <translation>
            <numerusform>%1 (et %n autre)</numerusform>
            <numerusform>%1 (et %n autres)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>descope::ApiError</name>
    <message>
        <source>Details: %1</source>
        <translation>Détails&#xa0;: %1</translation>
    </message>
    <message>
        <source>Descope did not accept the access key. Check that it was copied completely and that the key is active and not expired.</source>
        <translation>Descope n&apos;a pas accepté la clé d&apos;accès. Vérifiez qu&apos;elle a été copiée en entier et que la clé est active et non expirée.</translation>
    </message>
    <message>
        <source>Descope did not accept the management key, or does not know the project. Check the project ID and the management key in the connection settings.</source>
        <translation>Descope n&apos;a pas accepté la clé de gestion, ou ne connaît pas le projet. Vérifiez l&apos;ID du projet et la clé de gestion dans les paramètres de connexion.</translation>
    </message>
    <message>
        <source>Descope refused this action: the key in use is not allowed to perform it.</source>
        <translation>Descope a refusé cette action&#xa0;: la clé utilisée n&apos;a pas le droit de l&apos;effectuer.</translation>
    </message>
    <message>
        <source>Descope could not find what was asked for. It may have been deleted; refresh and try again.</source>
        <translation>Descope n&apos;a pas trouvé ce qui était demandé. Il a peut-être été supprimé&#x202f;; actualisez et réessayez.</translation>
    </message>
    <message>
        <source>Descope could not find it: %1. It may have been deleted; refresh and try again.</source>
        <translation>Descope ne l&apos;a pas trouvé&#xa0;: %1. Il a peut-être été supprimé&#x202f;; actualisez et réessayez.</translation>
    </message>
    <message numerus="yes">
        <source>Descope is rate-limiting requests; try again in %n seconds.</source>
        <translation>
            <numerusform>Descope limite le débit des requêtes&#x202f;; réessayez dans %n seconde.</numerusform>
            <numerusform>Descope limite le débit des requêtes&#x202f;; réessayez dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Descope is rate-limiting requests; wait a minute and try again.</source>
        <translation>Descope limite le débit des requêtes&#x202f;; attendez une minute et réessayez.</translation>
    </message>
    <message>
        <source>Descope refused the request as invalid.</source>
        <translation>Descope a refusé la requête comme non valide.</translation>
    </message>
    <message>
        <source>Descope refused the request: %1</source>
        <translation>Descope a refusé la requête&#xa0;: %1</translation>
    </message>
    <message>
        <source>The Descope service is having trouble (HTTP %1). Try again in a few minutes.</source>
        <translation>Le service Descope rencontre des difficultés (HTTP %1). Réessayez dans quelques minutes.</translation>
    </message>
    <message>
        <source>Descope refused the request (HTTP %1).</source>
        <translation>Descope a refusé la requête (HTTP %1).</translation>
    </message>
    <message>
        <source>Descope answered with an error.</source>
        <translation>Descope a répondu par une erreur.</translation>
    </message>
    <message>
        <source>Cannot reach the Descope server. Check the network connection and the base URL.</source>
        <translation>Impossible de joindre le serveur Descope. Vérifiez la connexion réseau et l&apos;URL de base.</translation>
    </message>
    <message>
        <source>The secure connection to the Descope server failed, so nothing was sent. Check the system clock, any proxy in between and the base URL.</source>
        <translation>La connexion sécurisée au serveur Descope a échoué&#x202f;; rien n&apos;a été envoyé. Vérifiez l&apos;horloge du système, tout proxy intermédiaire et l&apos;URL de base.</translation>
    </message>
    <message>
        <source>Descope did not answer in time. Check the network connection and try again.</source>
        <translation>Descope n&apos;a pas répondu à temps. Vérifiez la connexion réseau et réessayez.</translation>
    </message>
    <message>
        <source>Descope sent an answer this console does not understand.</source>
        <translation>Descope a envoyé une réponse que cette console ne comprend pas.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>La requête a été annulée.</translation>
    </message>
    <message>
        <source>The request is incomplete and was not sent.</source>
        <translation>La requête est incomplète et n&apos;a pas été envoyée.</translation>
    </message>
</context>
<context>
    <name>descope::BaseUrl</name>
    <message>
        <source>The base URL is not a valid URL with a host name.</source>
        <translation>L&apos;URL de base n&apos;est pas une URL valide avec un nom d&apos;hôte.</translation>
    </message>
    <message>
        <source>The base URL must start with https://.</source>
        <translation>L&apos;URL de base doit commencer par https://.</translation>
    </message>
    <message>
        <source>Plain http would send the management key to %1 unencrypted, for anyone on the network to read: use https://. Plain http is allowed only for this computer (localhost, 127.0.0.1 or ::1); reach a test server elsewhere through a tunnel to it.</source>
        <extracomment>%1 is the host name of the base URL</extracomment>
        <translation>Le http non chiffré enverrait la clé de gestion en clair à %1, lisible par quiconque sur le réseau&#xa0;: utilisez https://. Le http non chiffré n&apos;est permis que pour cet ordinateur (localhost, 127.0.0.1 ou ::1)&#x202f;; pour joindre un serveur de test situé ailleurs, passez par un tunnel vers celui-ci.</translation>
    </message>
</context>
<context>
    <name>descope::BatchReportDialog</name>
    <message>
        <source>Key</source>
        <extracomment>Column of the table of keys a batch failed for: the key&apos;s name</extracomment>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Key ID</source>
        <extracomment>Column of the table of keys a batch failed for</extracomment>
        <translation>ID de la clé</translation>
    </message>
    <message>
        <source>Reason</source>
        <extracomment>Column of the table of keys a batch failed for: why the key failed</extracomment>
        <translation>Raison</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Retry %n Failed Keys</source>
        <translation>
            <numerusform>&amp;Réessayer %n clé en échec</numerusform>
            <numerusform>&amp;Réessayer les %n clés en échec</numerusform>
        </translation>
    </message>
    <message>
        <source>The server no longer has these keys; retrying cannot help.</source>
        <translation>Le serveur n&apos;a plus ces clés&#x202f;; réessayer ne servirait à rien.</translation>
    </message>
    <message>
        <source>&amp;Copy List</source>
        <translation>&amp;Copier la liste</translation>
    </message>
</context>
<context>
    <name>descope::BatchRunner</name>
    <message numerus="yes">
        <source>Activating %n keys…</source>
        <translation>
            <numerusform>Activation de %n clé…</numerusform>
            <numerusform>Activation de %n clés…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deactivating %n keys…</source>
        <translation>
            <numerusform>Désactivation de %n clé…</numerusform>
            <numerusform>Désactivation de %n clés…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleting %n keys…</source>
        <translation>
            <numerusform>Suppression de %n clé…</numerusform>
            <numerusform>Suppression de %n clés…</numerusform>
        </translation>
    </message>
    <message>
        <source>Another batch is still running; wait for it to finish.</source>
        <translation>Un autre traitement par lot est encore en cours&#x202f;; attendez qu&apos;il se termine.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Clés</translation>
    </message>
    <message numerus="yes">
        <source>Activated %n keys</source>
        <translation>
            <numerusform>%n clé activée</numerusform>
            <numerusform>%n clés activées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deactivated %n keys</source>
        <translation>
            <numerusform>%n clé désactivée</numerusform>
            <numerusform>%n clés désactivées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n keys</source>
        <translation>
            <numerusform>%n clé supprimée</numerusform>
            <numerusform>%n clés supprimées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cancelled before %n others</source>
        <translation>
            <numerusform>annulé avant %n autre</numerusform>
            <numerusform>annulé avant %n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n en échec</numerusform>
            <numerusform>%n en échec</numerusform>
        </translation>
    </message>
    <message>
        <source>; </source>
        <extracomment>Joins the parts of a summary in the status bar: &quot;Deleted 8 keys; 2 failed&quot;</extracomment>
        <translation>&#x202f;; </translation>
    </message>
    <message numerus="yes">
        <source>Activate Keys: %n Failed</source>
        <extracomment>The title of the report of a batch: &quot;Activate Keys: 3 Failed&quot;</extracomment>
        <translation>
            <numerusform>Activer les clés&#xa0;: %n en échec</numerusform>
            <numerusform>Activer les clés&#xa0;: %n en échec</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n keys could not be activated.</source>
        <translation>
            <numerusform>%n clé n&apos;a pas pu être activée.</numerusform>
            <numerusform>%n clés n&apos;ont pas pu être activées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deactivate Keys: %n Failed</source>
        <translation>
            <numerusform>Désactiver les clés&#xa0;: %n en échec</numerusform>
            <numerusform>Désactiver les clés&#xa0;: %n en échec</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n keys could not be deactivated.</source>
        <translation>
            <numerusform>%n clé n&apos;a pas pu être désactivée.</numerusform>
            <numerusform>%n clés n&apos;ont pas pu être désactivées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete Keys: %n Failed</source>
        <translation>
            <numerusform>Supprimer les clés&#xa0;: %n en échec</numerusform>
            <numerusform>Supprimer les clés&#xa0;: %n en échec</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n keys could not be deleted.</source>
        <translation>
            <numerusform>%n clé n&apos;a pas pu être supprimée.</numerusform>
            <numerusform>%n clés n&apos;ont pas pu être supprimées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other keys were changed. The table now shows what the server holds.</source>
        <translation>
            <numerusform>%n autre clé a été modifiée. Le tableau montre maintenant l&apos;état du serveur.</numerusform>
            <numerusform>%n autres clés ont été modifiées. Le tableau montre maintenant l&apos;état du serveur.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing left to retry: the keys are already as asked.</source>
        <translation>Plus rien à réessayer&#xa0;: les clés sont déjà dans l&apos;état demandé.</translation>
    </message>
</context>
<context>
    <name>descope::ClaimsEditor</name>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>A number, such as 42 or 2.5</source>
        <translation>Un nombre, par exemple 42 ou 2.5</translation>
    </message>
    <message>
        <source>A JSON value, such as {&quot;tier&quot;: 2} or [&quot;eu&quot;, &quot;us&quot;]</source>
        <translation>Une valeur JSON, par exemple {&quot;tier&quot;: 2} ou [&quot;eu&quot;, &quot;us&quot;]</translation>
    </message>
    <message>
        <source>Ro&amp;ws</source>
        <translation>Li&amp;gnes</translation>
    </message>
    <message>
        <source>&amp;JSON text</source>
        <translation>Texte &amp;JSON</translation>
    </message>
    <message>
        <source>No custom claims.</source>
        <translation>Aucune revendication personnalisée.</translation>
    </message>
    <message>
        <source>Add clai&amp;m</source>
        <translation>Ajou&amp;ter une revendication</translation>
    </message>
    <message>
        <source>Edit the claims one by one, each with its type</source>
        <translation>Modifier les revendications une par une, chacune avec son type</translation>
    </message>
    <message>
        <source>Edit the claims as one JSON object</source>
        <translation>Modifier les revendications comme un seul objet JSON</translation>
    </message>
    <message>
        <source>Add a claim that session tokens of this key carry</source>
        <translation>Ajouter une revendication que portent les jetons de session de cette clé</translation>
    </message>
    <message>
        <source>{
    &quot;plan&quot;: &quot;gold&quot;,
    &quot;seats&quot;: 5
}</source>
        <translation>{
    &quot;plan&quot;: &quot;gold&quot;,
    &quot;seats&quot;: 5
}</translation>
    </message>
    <message>
        <source>The rows and the JSON text hold different claims. Only the view shown is saved; the other keeps what was typed in it.</source>
        <translation>Les lignes et le texte JSON contiennent des revendications différentes. Seule la vue affichée est enregistrée&#x202f;; l&apos;autre garde ce qui y a été saisi.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Claim name</source>
        <translation>Nom de la revendication</translation>
    </message>
    <message>
        <source>Claim type</source>
        <translation>Type de la revendication</translation>
    </message>
    <message>
        <source>String</source>
        <translation>Chaîne</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Boolean</source>
        <translation>Booléen</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Claim value</source>
        <translation>Valeur de la revendication</translation>
    </message>
    <message>
        <source>Remove this claim</source>
        <translation>Retirer cette revendication</translation>
    </message>
    <message>
        <source>Remove claim</source>
        <translation>Retirer la revendication</translation>
    </message>
</context>
<context>
    <name>descope::CleartextDialog</name>
    <message>
        <source>Unnamed key</source>
        <translation>Clé sans nom</translation>
    </message>
    <message>
        <source>E&amp;xchange for a Session…</source>
        <translation>É&amp;changer contre une session…</translation>
    </message>
    <message>
        <source>Access Key Rotated</source>
        <translation>Secret de la clé d&apos;accès renouvelé</translation>
    </message>
    <message>
        <source>Access Key Created</source>
        <translation>Clé d&apos;accès créée</translation>
    </message>
    <message>
        <source>The access key “%1” was rotated.</source>
        <extracomment>%1 is the key&apos;s name</extracomment>
        <translation>Le secret de la clé d&apos;accès «&#xa0;%1&#xa0;» a été renouvelé.</translation>
    </message>
    <message>
        <source>The access key “%1” was created.</source>
        <translation>La clé d&apos;accès «&#xa0;%1&#xa0;» a été créée.</translation>
    </message>
    <message>
        <source>Below is the key&apos;s new secret. The old secret has stopped working: update everything that used it. The new secret cannot be shown again, so copy it now and keep it somewhere safe.</source>
        <translation>Voici le nouveau secret de la clé. L&apos;ancien secret ne fonctionne plus&#xa0;: mettez à jour tout ce qui l&apos;utilisait. Le nouveau secret ne pourra plus être affiché&#x202f;; copiez-le maintenant et conservez-le en lieu sûr.</translation>
    </message>
    <message>
        <source>Below is the key&apos;s secret. It cannot be shown again, so copy it now and keep it somewhere safe.</source>
        <translation>Voici le secret de la clé. Il ne pourra plus être affiché&#x202f;; copiez-le maintenant et conservez-le en lieu sûr.</translation>
    </message>
    <message>
        <source>Key ID:</source>
        <translation>ID de la clé&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation>&amp;Secret&#xa0;:</translation>
    </message>
    <message>
        <source>Try the key: exchange it for a session token</source>
        <translation>Essayer la clé&#xa0;: l&apos;échanger contre un jeton de session</translation>
    </message>
    <message>
        <source>Close Without Copying?</source>
        <translation>Fermer sans copier&#x202f;?</translation>
    </message>
    <message>
        <source>The secret of “%1” was not copied.</source>
        <extracomment>%1 is the key&apos;s name</extracomment>
        <translation>Le secret de «&#xa0;%1&#xa0;» n&apos;a pas été copié.</translation>
    </message>
    <message>
        <source>It cannot be shown again. Without it the key cannot be used until it is rotated. Close anyway?</source>
        <translation>Il ne pourra plus être affiché. Sans lui, la clé est inutilisable jusqu&apos;au renouvellement de son secret. Fermer quand même&#x202f;?</translation>
    </message>
</context>
<context>
    <name>descope::ConnectDialog</name>
    <message>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Incomplete settings</source>
        <translation>Paramètres incomplets</translation>
    </message>
    <message>
        <source>Management key refused</source>
        <translation>Clé de gestion refusée</translation>
    </message>
    <message>
        <source>Unknown project</source>
        <translation>Projet inconnu</translation>
    </message>
    <message>
        <source>Server unreachable</source>
        <translation>Serveur injoignable</translation>
    </message>
    <message>
        <source>Secure connection failed</source>
        <translation>Échec de la connexion sécurisée</translation>
    </message>
    <message>
        <source>Not a Descope server</source>
        <translation>Pas un serveur Descope</translation>
    </message>
    <message>
        <source>Connection failed</source>
        <translation>Échec de la connexion</translation>
    </message>
    <message>
        <source>C&amp;ustom domain</source>
        <translation>&amp;Domaine personnalisé</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Try the &amp;Sandbox</source>
        <translation>Essayer le &amp;bac à sable</translation>
    </message>
    <message>
        <source>Connect to a Descope Project</source>
        <translation>Se connecter à un projet Descope</translation>
    </message>
    <message>
        <source>Enter the project ID and a management key from the Descope console (Company settings, Management keys). Or try the sandbox: a local stand-in for Descope with example keys.</source>
        <translation>Saisissez l&apos;ID du projet et une clé de gestion de la console Descope (Company settings, Management keys). Ou essayez le bac à sable&#xa0;: une imitation locale de Descope avec des clés d&apos;exemple.</translation>
    </message>
    <message>
        <source>New Connection Profile</source>
        <translation>Nouveau profil de connexion</translation>
    </message>
    <message>
        <source>Edit Connection Profile</source>
        <translation>Modifier le profil de connexion</translation>
    </message>
    <message>
        <source>Management Key Needed</source>
        <translation>Clé de gestion requise</translation>
    </message>
    <message>
        <source>e.g. Production</source>
        <translation>p. ex. Production</translation>
    </message>
    <message>
        <source>e.g. P2abc… (Project settings in the Descope console)</source>
        <translation>p. ex. P2abc… (Project settings dans la console Descope)</translation>
    </message>
    <message>
        <source>Paste the management key</source>
        <translation>Collez la clé de gestion</translation>
    </message>
    <message>
        <source>Use your own domain (a Descope custom domain) instead of the address derived from the project ID&apos;s region</source>
        <translation>Utiliser votre propre domaine (un domaine personnalisé Descope) au lieu de l&apos;adresse déduite de la région de l&apos;ID du projet</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Project ID:</source>
        <translation>ID du &amp;projet&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Management key:</source>
        <translation>Clé de &amp;gestion&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>&amp;URL de base&#xa0;:</translation>
    </message>
    <message>
        <source>Reading the keychain…</source>
        <translation>Lecture du trousseau…</translation>
    </message>
    <message>
        <source>No key is stored: paste the management key</source>
        <translation>Aucune clé n&apos;est enregistrée&#xa0;: collez la clé de gestion</translation>
    </message>
    <message>
        <source>The keychain could not be read: %1</source>
        <translation>Le trousseau n&apos;a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Testing the connection to %1…</source>
        <translation>Test de la connexion à %1…</translation>
    </message>
    <message>
        <source>Key Not Stored</source>
        <translation>Clé non enregistrée</translation>
    </message>
    <message>
        <source>The profile “%1” was saved, but its management key could not be stored in the keychain.</source>
        <extracomment>%1 is the profile&apos;s name</extracomment>
        <translation>Le profil «&#xa0;%1&#xa0;» a été enregistré, mais sa clé de gestion n&apos;a pas pu être rangée dans le trousseau.</translation>
    </message>
    <message>
        <source>%1 The key is used for this session only.</source>
        <translation>%1 La clé n&apos;est utilisée que pour cette session.</translation>
    </message>
    <message>
        <source>Derived from the project ID&apos;s region, as Descope&apos;s SDKs do. Tick Custom domain to use your own.</source>
        <translation>Déduite de la région de l&apos;ID du projet, comme le font les SDK Descope. Cochez «&#xa0;Domaine personnalisé&#xa0;» pour utiliser le vôtre.</translation>
    </message>
    <message>
        <source>Your custom domain, e.g. https://auth.example.com</source>
        <translation>Votre domaine personnalisé, p. ex. https://auth.example.com</translation>
    </message>
    <message>
        <source>The key is kept in the system keychain, never in the settings file.</source>
        <translation>La clé est conservée dans le trousseau du système, jamais dans le fichier de paramètres.</translation>
    </message>
    <message>
        <source>No keychain is available, so the key is kept in memory for this session only.</source>
        <translation>Aucun trousseau n&apos;est disponible&#x202f;; la clé est donc gardée en mémoire pour cette session seulement.</translation>
    </message>
    <message>
        <source>Saves the profile; with a management key, the window also connects to its project</source>
        <translation>Enregistre le profil&#x202f;; avec une clé de gestion, la fenêtre se connecte aussi à son projet</translation>
    </message>
    <message>
        <source>Save and &amp;Connect</source>
        <translation>Enregistrer et se &amp;connecter</translation>
    </message>
</context>
<context>
    <name>descope::ConnectionPanel</name>
    <message>
        <source>Sandbox</source>
        <translation>Bac à sable</translation>
    </message>
    <message>
        <source>Project ID:</source>
        <translation>ID du projet&#xa0;:</translation>
    </message>
    <message>
        <source>Base URL:</source>
        <translation>URL de base&#xa0;:</translation>
    </message>
    <message>
        <source>A local sandbox with example keys, not a real Descope project</source>
        <translation>Un bac à sable local avec des clés d&apos;exemple, pas un vrai projet Descope</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Connecté à %1</translation>
    </message>
    <message>
        <source>A local sandbox with example keys: nothing you do here touches a real Descope project.</source>
        <translation>Un bac à sable local avec des clés d&apos;exemple&#xa0;: rien de ce que vous faites ici ne touche un vrai projet Descope.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Connection profiles are not available yet. Start the console with --sandbox to try it against a local sandbox with example keys.</source>
        <translation>Les profils de connexion ne sont pas encore disponibles. Lancez la console avec --sandbox pour l&apos;essayer sur un bac à sable local avec des clés d&apos;exemple.</translation>
    </message>
</context>
<context>
    <name>descope::ConnectionTester</name>
    <message numerus="yes">
        <source>Connected: project %1 answered at %2 with %n tenant(s).</source>
        <translation>
            <numerusform>Connecté&#xa0;: le projet %1 a répondu à %2 avec %n locataire.</numerusform>
            <numerusform>Connecté&#xa0;: le projet %1 a répondu à %2 avec %n locataires.</numerusform>
        </translation>
    </message>
    <message>
        <source>The management key is valid but not allowed to read this project&apos;s access keys and tenants. Use a management key with those permissions.</source>
        <translation>La clé de gestion est valide mais n&apos;a pas le droit de lire les clés d&apos;accès et les locataires de ce projet. Utilisez une clé de gestion qui a ces autorisations.</translation>
    </message>
    <message>
        <source>Descope refused the management key. Project %1 exists, so check that the key was copied completely and has not been deleted or expired.</source>
        <translation>Descope a refusé la clé de gestion. Le projet %1 existe&#x202f;; vérifiez donc que la clé a été copiée en entier et qu&apos;elle n&apos;a été ni supprimée ni n&apos;a expiré.</translation>
    </message>
    <message>
        <source>Descope does not know the project ID %1 at %2. Check the ID (Descope console, Project settings) and, for a regional project, the base URL.</source>
        <translation>Descope ne connaît pas l&apos;ID de projet %1 à %2. Vérifiez l&apos;ID (console Descope, Project settings) et, pour un projet régional, l&apos;URL de base.</translation>
    </message>
    <message>
        <source>Cannot reach %1 (%2). Check the network connection, the base URL, and any proxy or firewall in between.</source>
        <translation>Impossible de joindre %1 (%2). Vérifiez la connexion réseau, l&apos;URL de base et tout proxy ou pare-feu intermédiaire.</translation>
    </message>
    <message>
        <source>%1 did not answer in time. Check the network connection and the base URL, then try again.</source>
        <translation>%1 n&apos;a pas répondu à temps. Vérifiez la connexion réseau et l&apos;URL de base, puis réessayez.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed, so nothing was sent (%2). Check the system clock, any proxy that inspects TLS, and the base URL.</source>
        <translation>La connexion sécurisée à %1 a échoué&#x202f;; rien n&apos;a été envoyé (%2). Vérifiez l&apos;horloge du système, tout proxy qui inspecte le TLS et l&apos;URL de base.</translation>
    </message>
    <message>
        <source>%1 answered, but not the way Descope does. Check the base URL.</source>
        <translation>%1 a répondu, mais pas comme le fait Descope. Vérifiez l&apos;URL de base.</translation>
    </message>
    <message>
        <source>%1 answered with HTTP %2, but not the way Descope does. Check the base URL.</source>
        <translation>%1 a répondu par HTTP %2, mais pas comme le fait Descope. Vérifiez l&apos;URL de base.</translation>
    </message>
</context>
<context>
    <name>descope::ExchangeDialog</name>
    <message>
        <source>&amp;Exchange</source>
        <translation>&amp;Échanger</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Exchange Access Key for a Session</source>
        <translation>Échanger une clé d&apos;accès contre une session</translation>
    </message>
    <message>
        <source>Paste an access key</source>
        <translation>Collez une clé d&apos;accès</translation>
    </message>
    <message>
        <source>Optional, e.g. {&quot;team&quot;: &quot;qa&quot;}</source>
        <translation>Facultatif, p. ex. {&quot;team&quot;: &quot;qa&quot;}</translation>
    </message>
    <message>
        <source>No tenant</source>
        <translation>Aucun locataire</translation>
    </message>
    <message>
        <source>&amp;Access key:</source>
        <translation>Clé d&apos;a&amp;ccès&#xa0;:</translation>
    </message>
    <message>
        <source>Custom c&amp;laims:</source>
        <translation>Re&amp;vendications personnalisées&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation>&amp;Locataire&#xa0;:</translation>
    </message>
    <message>
        <source>Exchanging…</source>
        <translation>Échange en cours…</translation>
    </message>
    <message>
        <source>C&amp;opy Token</source>
        <translation>C&amp;opier le jeton</translation>
    </message>
    <message>
        <source>Session &amp;token:</source>
        <translation>&amp;Jeton de session&#xa0;:</translation>
    </message>
    <message>
        <source>Expiry:</source>
        <translation>Expiration&#xa0;:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>tenant</comment>
        <extracomment>%1 is a tenant&apos;s name, %2 its ID</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The exchange was cancelled.</source>
        <translation>L&apos;échange a été annulé.</translation>
    </message>
    <message>
        <source>The exchange failed. %1</source>
        <translation>L&apos;échange a échoué. %1</translation>
    </message>
    <message>
        <source>Correct the custom claims first: they must be JSON.</source>
        <translation>Corrigez d&apos;abord les revendications personnalisées&#xa0;: elles doivent être en JSON.</translation>
    </message>
</context>
<context>
    <name>descope::ExpirationPicker</name>
    <message>
        <source>30 days</source>
        <translation>30 jours</translation>
    </message>
    <message>
        <source>60 days</source>
        <translation>60 jours</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 jours</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 an</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Custom date and time</source>
        <translation>Date et heure personnalisées</translation>
    </message>
    <message>
        <source>How long the key works. A key that never expires works until it is deactivated or deleted.</source>
        <translation>Combien de temps la clé fonctionne. Une clé qui n&apos;expire jamais fonctionne jusqu&apos;à ce qu&apos;elle soit désactivée ou supprimée.</translation>
    </message>
    <message>
        <source>The date and time the key stops working, in your time zone</source>
        <translation>La date et l&apos;heure où la clé cesse de fonctionner, dans votre fuseau horaire</translation>
    </message>
    <message>
        <source>The key works until it is deactivated or deleted.</source>
        <translation>La clé fonctionne jusqu&apos;à ce qu&apos;elle soit désactivée ou supprimée.</translation>
    </message>
    <message>
        <source>Expired %1</source>
        <translation>Expirée %1</translation>
    </message>
    <message>
        <source>Expires %1</source>
        <translation>Expire %1</translation>
    </message>
    <message>
        <source>Expires %1, %2</source>
        <extracomment>%1 is a date and time, %2 a relative time such as &quot;in 3 months&quot;</extracomment>
        <translation>Expire le %1, %2</translation>
    </message>
</context>
<context>
    <name>descope::IpRange</name>
    <message>
        <source>The address before the / is missing</source>
        <translation>L&apos;adresse avant le / manque</translation>
    </message>
    <message>
        <source>%1 is not an IP address or CIDR range</source>
        <translation>%1 n&apos;est ni une adresse IP ni une plage CIDR</translation>
    </message>
    <message>
        <source>%1 is not an IPv4 address: it needs four numbers separated by dots</source>
        <translation>%1 n&apos;est pas une adresse IPv4&#xa0;: il faut quatre nombres séparés par des points</translation>
    </message>
    <message>
        <source>%1 is not an IPv4 address: a number is missing between dots</source>
        <translation>%1 n&apos;est pas une adresse IPv4&#xa0;: un nombre manque entre deux points</translation>
    </message>
    <message>
        <source>%1 is not an IPv4 address: %2 has a leading zero, which some systems read as octal</source>
        <translation>%1 n&apos;est pas une adresse IPv4&#xa0;: %2 commence par un zéro, que certains systèmes lisent en octal</translation>
    </message>
    <message>
        <source>%1 is not an IPv4 address: %2 is more than 255</source>
        <translation>%1 n&apos;est pas une adresse IPv4&#xa0;: %2 dépasse 255</translation>
    </message>
    <message>
        <source>%1: zone IDs such as %2 name a local interface and are not allowed in permitted IPs</source>
        <translation>%1&#xa0;: les identifiants de zone comme %2 désignent une interface locale et ne sont pas permis dans les IP autorisées</translation>
    </message>
    <message>
        <source>%1: write the address without brackets</source>
        <translation>%1&#xa0;: écrivez l&apos;adresse sans crochets</translation>
    </message>
    <message>
        <source>%1 is not an IPv6 address: &apos;%2&apos; is not a hex digit</source>
        <translation>%1 n&apos;est pas une adresse IPv6&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas un chiffre hexadécimal</translation>
    </message>
    <message>
        <source>%1 is not an IPv6 address: &apos;::&apos; may appear only once</source>
        <translation>%1 n&apos;est pas une adresse IPv6&#xa0;: «&#xa0;::&#xa0;» ne peut apparaître qu&apos;une fois</translation>
    </message>
    <message>
        <source>%1 is not an IPv6 address: a group is missing between colons</source>
        <translation>%1 n&apos;est pas une adresse IPv6&#xa0;: un groupe manque entre deux deux-points</translation>
    </message>
    <message>
        <source>%1 is not an IPv6 address: an IPv4 part may only come last</source>
        <translation>%1 n&apos;est pas une adresse IPv6&#xa0;: une partie IPv4 ne peut venir qu&apos;en dernier</translation>
    </message>
    <message>
        <source>%1 is not an IPv6 address: %2</source>
        <translation>%1 n&apos;est pas une adresse IPv6&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not an IPv6 address: %2 has more than four hex digits</source>
        <translation>%1 n&apos;est pas une adresse IPv6&#xa0;: %2 a plus de quatre chiffres hexadécimaux</translation>
    </message>
    <message>
        <source>%1 is not an IPv6 address: it has too many groups</source>
        <translation>%1 n&apos;est pas une adresse IPv6&#xa0;: elle a trop de groupes</translation>
    </message>
    <message>
        <source>%1 is not an IPv6 address: it has %2 groups, not 8</source>
        <translation>%1 n&apos;est pas une adresse IPv6&#xa0;: elle a %2 groupes au lieu de 8</translation>
    </message>
    <message>
        <source>%1 is not an IPv6 address: it has %2 groups; it needs 8, or &apos;::&apos; for a run of zeros</source>
        <translation>%1 n&apos;est pas une adresse IPv6&#xa0;: elle a %2 groupes&#x202f;; il en faut 8, ou «&#xa0;::&#xa0;» pour une suite de zéros</translation>
    </message>
    <message>
        <source>%1 has no prefix length after the /</source>
        <translation>%1 n&apos;a pas de longueur de préfixe après le /</translation>
    </message>
    <message>
        <source>%1 has more than one /</source>
        <translation>%1 a plus d&apos;un /</translation>
    </message>
    <message>
        <source>/%1 is not a prefix length: use a number from 0 to %2</source>
        <translation>/%1 n&apos;est pas une longueur de préfixe&#xa0;: utilisez un nombre de 0 à %2</translation>
    </message>
    <message>
        <source>/%1 has a leading zero: write /%2</source>
        <translation>/%1 commence par un zéro&#xa0;: écrivez /%2</translation>
    </message>
    <message>
        <source>/%1 is too long for IPv6</source>
        <translation>/%1 est trop long pour IPv6</translation>
    </message>
    <message>
        <source>/%1 is too long for IPv4</source>
        <translation>/%1 est trop long pour IPv4</translation>
    </message>
    <message>
        <source>An address is required</source>
        <translation>Une adresse est requise</translation>
    </message>
    <message>
        <source>%1 contains a space: put one address on each line</source>
        <translation>%1 contient une espace&#xa0;: mettez une adresse par ligne</translation>
    </message>
    <message>
        <source>Remove the spaces around %1</source>
        <translation>Retirez les espaces autour de %1</translation>
    </message>
    <message>
        <source>%1 covers the whole network %2: write %2 if that is meant, or %3 for that one address</source>
        <extracomment>%1 is a CIDR range as typed, such as 10.1.2.3/8, %2 the network it stands for, such as 10.0.0.0/8, and %3 the address alone</extracomment>
        <translation>%1 couvre tout le réseau %2&#xa0;: écrivez %2 si c&apos;est voulu, ou %3 pour cette seule adresse</translation>
    </message>
</context>
<context>
    <name>descope::JsonTreeWidget</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n élément</numerusform>
            <numerusform>%n éléments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n champ</numerusform>
            <numerusform>%n champs</numerusform>
        </translation>
    </message>
    <message>
        <source>string</source>
        <comment>JSON type</comment>
        <translation>chaîne</translation>
    </message>
    <message>
        <source>number</source>
        <comment>JSON type</comment>
        <translation>nombre</translation>
    </message>
    <message>
        <source>boolean</source>
        <comment>JSON type</comment>
        <translation>booléen</translation>
    </message>
    <message>
        <source>null</source>
        <comment>JSON type</comment>
        <translation>null</translation>
    </message>
    <message>
        <source>array</source>
        <comment>JSON type</comment>
        <translation>tableau</translation>
    </message>
    <message>
        <source>object</source>
        <comment>JSON type</comment>
        <translation>objet</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Copy Value</source>
        <translation>Copier la valeur</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>A time claim of a token: %1 is its value in Unix seconds, %2 that time in UTC</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 seconds since 1970 (UTC)
Your time: %2</source>
        <extracomment>%1 is the value in Unix seconds, %2 that time in the user&apos;s time zone</extracomment>
        <translation>%1 secondes depuis 1970 (UTC)&#x2028;Votre heure locale&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>descope::Jwt</name>
    <message>
        <source>The project&apos;s signing key has no valid RSA modulus or exponent.</source>
        <translation>La clé de signature du projet n&apos;a pas de module ou d&apos;exposant RSA valide.</translation>
    </message>
    <message>
        <source>The project&apos;s signing key could not be read.</source>
        <translation>La clé de signature du projet n&apos;a pas pu être lue.</translation>
    </message>
    <message>
        <source>The token does not have three dot-separated parts.</source>
        <translation>Le jeton n&apos;a pas trois parties séparées par des points.</translation>
    </message>
    <message>
        <source>The token&apos;s header is not base64url-encoded JSON.</source>
        <translation>L&apos;en-tête du jeton n&apos;est pas du JSON encodé en base64url.</translation>
    </message>
    <message>
        <source>The token&apos;s payload is not base64url-encoded JSON.</source>
        <translation>La charge utile du jeton n&apos;est pas du JSON encodé en base64url.</translation>
    </message>
    <message>
        <source>The token&apos;s signature is not base64url.</source>
        <translation>La signature du jeton n&apos;est pas encodée en base64url.</translation>
    </message>
    <message>
        <source>The token is signed with &apos;%1&apos;, not RS256.</source>
        <extracomment>%1 is the signing algorithm the token names, such as HS256</extracomment>
        <translation>Le jeton est signé avec «&#xa0;%1&#xa0;», pas avec RS256.</translation>
    </message>
    <message>
        <source>The token&apos;s signing key &apos;%1&apos; is not among the project&apos;s keys.</source>
        <extracomment>%1 is the key ID (kid) in the token&apos;s header</extracomment>
        <translation>La clé de signature «&#xa0;%1&#xa0;» du jeton ne fait pas partie des clés du projet.</translation>
    </message>
    <message>
        <source>The project&apos;s signing key is not an RSA key.</source>
        <translation>La clé de signature du projet n&apos;est pas une clé RSA.</translation>
    </message>
    <message>
        <source>The token&apos;s signature does not match the project&apos;s key.</source>
        <translation>La signature du jeton ne correspond pas à la clé du projet.</translation>
    </message>
</context>
<context>
    <name>descope::JwtClaimsView</name>
    <message>
        <source>None requested</source>
        <translation>Aucune demandée</translation>
    </message>
    <message>
        <source>Chosen by the caller at exchange time, not by the key&apos;s configuration: services should not trust them.</source>
        <translation>Choisies par l&apos;appelant au moment de l&apos;échange, et non par la configuration de la clé&#xa0;: les services ne devraient pas s&apos;y fier.</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>En-tête</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Revendications</translation>
    </message>
    <message>
        <source>Exchange-time claims (nsec)</source>
        <translation>Revendications de l&apos;échange (nsec)</translation>
    </message>
    <message>
        <source>Signature verified with the project&apos;s public key %1.</source>
        <extracomment>%1 is the ID (kid) of the project&apos;s public key</extracomment>
        <translation>Signature vérifiée avec la clé publique %1 du projet.</translation>
    </message>
    <message>
        <source>no reason was given</source>
        <translation>aucune raison n&apos;a été donnée</translation>
    </message>
    <message>
        <source>The signature could not be verified against the project&apos;s keys: %1</source>
        <extracomment>%1 says why, e.g. &quot;the token&apos;s key ID is not among the project&apos;s keys&quot;</extracomment>
        <translation>La signature n&apos;a pas pu être vérifiée avec les clés du projet&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>descope::JwtExpiryLabel</name>
    <message numerus="yes">
        <source>%n h</source>
        <comment>hours, abbreviated</comment>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <comment>minutes, abbreviated</comment>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <comment>seconds, abbreviated</comment>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message>
        <source>The token does not say when it expires</source>
        <translation>Le jeton n&apos;indique pas quand il expire</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <source>Expires in %1</source>
        <extracomment>%1 is a time span such as &quot;9 min 58 s&quot;</extracomment>
        <translation>Expire dans %1</translation>
    </message>
</context>
<context>
    <name>descope::KeyActionController</name>
    <message>
        <source>Created “%1”</source>
        <translation>«&#xa0;%1&#xa0;» créée</translation>
    </message>
    <message>
        <source>Saved “%1”</source>
        <translation>«&#xa0;%1&#xa0;» enregistrée</translation>
    </message>
    <message>
        <source>A batch is still running; wait for it to finish.</source>
        <translation>Un traitement par lot est encore en cours&#x202f;; attendez qu&apos;il se termine.</translation>
    </message>
</context>
<context>
    <name>descope::KeyActionRunner</name>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A key in a list: its name, then its ID</extracomment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>descope::KeyActions</name>
    <message>
        <source>&amp;New Key…</source>
        <translation>&amp;Nouvelle clé…</translation>
    </message>
    <message>
        <source>&amp;Edit Key…</source>
        <translation>&amp;Modifier la clé…</translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <extracomment>A verb: let the selected keys work again</extracomment>
        <translation>&amp;Activer</translation>
    </message>
    <message>
        <source>D&amp;eactivate</source>
        <extracomment>A verb: stop the selected keys from working</extracomment>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <source>R&amp;otate Secret…</source>
        <translation>Renouveler le &amp;secret…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>Su&amp;pprimer…</translation>
    </message>
    <message>
        <source>E&amp;xchange for a Session…</source>
        <translation>É&amp;changer contre une session…</translation>
    </message>
    <message>
        <source>Import &amp;Passkeys…</source>
        <translation>&amp;Importer des passkeys…</translation>
    </message>
    <message>
        <source>&amp;Copy Key ID</source>
        <translation>&amp;Copier l&apos;ID de la clé</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualiser</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>Create an access key and copy its secret</source>
        <translation>Créer une clé d&apos;accès et copier son secret</translation>
    </message>
    <message>
        <source>Change the selected key&apos;s name, roles, description and more</source>
        <translation>Modifier le nom, les rôles, la description et plus encore de la clé sélectionnée</translation>
    </message>
    <message>
        <source>Let the selected keys be exchanged for sessions again</source>
        <translation>Permettre à nouveau d&apos;échanger les clés sélectionnées contre des sessions</translation>
    </message>
    <message>
        <source>Stop the selected keys from being exchanged for sessions</source>
        <translation>Empêcher d&apos;échanger les clés sélectionnées contre des sessions</translation>
    </message>
    <message>
        <source>Replace the selected key&apos;s secret; the old one stops working</source>
        <translation>Remplacer le secret de la clé sélectionnée&#x202f;; l&apos;ancien cesse de fonctionner</translation>
    </message>
    <message>
        <source>Delete the selected keys for good</source>
        <translation>Supprimer définitivement les clés sélectionnées</translation>
    </message>
    <message>
        <source>Exchange a key for a session token to check that it works</source>
        <translation>Échanger une clé contre un jeton de session pour vérifier qu&apos;elle fonctionne</translation>
    </message>
    <message>
        <source>Copy the IDs of the selected keys</source>
        <translation>Copier les ID des clés sélectionnées</translation>
    </message>
    <message>
        <source>Import a user&apos;s passkeys from another identity provider</source>
        <translation>Importer les passkeys d&apos;un utilisateur depuis un autre fournisseur d&apos;identité</translation>
    </message>
    <message>
        <source>Load the keys from the server again</source>
        <translation>Recharger les clés depuis le serveur</translation>
    </message>
    <message>
        <source>Search the keys</source>
        <translation>Rechercher dans les clés</translation>
    </message>
</context>
<context>
    <name>descope::KeyDetailsPane</name>
    <message>
        <source>Read-only: this key cannot be edited.</source>
        <translation>Lecture seule&#xa0;: cette clé ne peut pas être modifiée.</translation>
    </message>
    <message>
        <source>No custom claims</source>
        <translation>Aucune revendication personnalisée</translation>
    </message>
    <message>
        <source>No custom attributes</source>
        <translation>Aucun attribut personnalisé</translation>
    </message>
    <message>
        <source>Key ID:</source>
        <translation>ID de la clé&#xa0;:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>État&#xa0;:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Description&#xa0;:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Créée&#xa0;:</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>Expire&#xa0;:</translation>
    </message>
    <message>
        <source>Created by:</source>
        <translation>Créée par&#xa0;:</translation>
    </message>
    <message>
        <source>Bound user:</source>
        <translation>Utilisateur lié&#xa0;:</translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation>ID client&#xa0;:</translation>
    </message>
    <message>
        <source>Project roles:</source>
        <translation>Rôles du projet&#xa0;:</translation>
    </message>
    <message>
        <source>Tenants:</source>
        <translation>Locataires&#xa0;:</translation>
    </message>
    <message>
        <source>Permitted IPs:</source>
        <translation>IP autorisées&#xa0;:</translation>
    </message>
    <message>
        <source>Custom claims</source>
        <translation>Revendications personnalisées</translation>
    </message>
    <message>
        <source>Custom attributes</source>
        <translation>Attributs personnalisés</translation>
    </message>
    <message>
        <source>Unnamed key</source>
        <translation>Clé sans nom</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>time</comment>
        <extracomment>%1 is a local date and time, %2 how long ago or ahead it is, e.g. &quot;in 3 days&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Expired on %1 (%2)</source>
        <extracomment>%1 is a local date and time, %2 how long ago it is, e.g. &quot;3 days ago&quot;</extracomment>
        <translation>Expirée le %1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>tenant</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>no roles</source>
        <translation>aucun rôle</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is a tenant, %2 the key&apos;s roles in it</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Any address</source>
        <translation>Toute adresse</translation>
    </message>
    <message numerus="yes">
        <source>%n keys selected</source>
        <translation>
            <numerusform>%n clé sélectionnée</numerusform>
            <numerusform>%n clés sélectionnées</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a key to see its details</source>
        <translation>Sélectionnez une clé pour voir ses détails</translation>
    </message>
</context>
<context>
    <name>descope::KeyEditorDialog</name>
    <message>
        <source>New Access Key</source>
        <translation>Nouvelle clé d&apos;accès</translation>
    </message>
    <message>
        <source>Edit Access Key: %1</source>
        <translation>Modifier la clé d&apos;accès&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Créer</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Set when the key was created; Descope cannot change it.</source>
        <translation>Fixé à la création de la clé&#x202f;; Descope ne peut pas le modifier.</translation>
    </message>
    <message>
        <source>Key ID:</source>
        <translation>ID de la clé&#xa0;:</translation>
    </message>
    <message>
        <source>Required, such as ci-deployer-prod</source>
        <translation>Obligatoire, par exemple ci-deployer-prod</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>What the key is for and who owns it</source>
        <translation>À quoi sert la clé et à qui elle appartient</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <source>E&amp;xpires:</source>
        <translation>E&amp;xpire&#xa0;:</translation>
    </message>
    <message>
        <source>Optional: the ID of a user the key acts for</source>
        <translation>Facultatif&#xa0;: l&apos;ID d&apos;un utilisateur pour lequel la clé agit</translation>
    </message>
    <message>
        <source>A key bound to a user acts with that user&apos;s roles and tenants; the roles below are then ignored.</source>
        <translation>Une clé liée à un utilisateur agit avec les rôles et les locataires de cet utilisateur&#x202f;; les rôles ci-dessous sont alors ignorés.</translation>
    </message>
    <message>
        <source>&amp;Bound user ID:</source>
        <translation>ID de l&apos;&amp;utilisateur lié&#xa0;:</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Rôles&#xa0;:</translation>
    </message>
    <message>
        <source>Permitted &amp;IPs:</source>
        <translation>&amp;IP autorisées&#xa0;:</translation>
    </message>
    <message>
        <source>Custom c&amp;laims:</source>
        <translation>Re&amp;vendications personnalisées&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Project roles</source>
        <translation>Rôles du &amp;projet</translation>
    </message>
    <message>
        <source>Roles that apply to the whole project</source>
        <translation>Rôles qui s&apos;appliquent à tout le projet</translation>
    </message>
    <message>
        <source>Roles per &amp;tenant</source>
        <translation>Rôles par &amp;locataire</translation>
    </message>
    <message>
        <source>Roles that apply in the chosen tenants only</source>
        <translation>Rôles qui s&apos;appliquent seulement dans les locataires choisis</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Ask Descope for the project&apos;s tenants and roles again</source>
        <translation>Redemander à Descope les locataires et les rôles du projet</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before saving. %1: %2</source>
        <extracomment>%1 is where the problem is (&quot;Permitted IPs, line 2&quot;), %2 what is wrong</extracomment>
        <translation>
            <numerusform>%n problème à corriger avant d&apos;enregistrer. %1&#xa0;: %2</numerusform>
            <numerusform>%n problèmes à corriger avant d&apos;enregistrer. %1&#xa0;: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <source>Bound user ID</source>
        <translation>ID de l&apos;utilisateur lié</translation>
    </message>
    <message>
        <source>Project roles</source>
        <translation>Rôles du projet</translation>
    </message>
    <message>
        <source>Tenant roles, row %1</source>
        <translation>Rôles par locataire, ligne %1</translation>
    </message>
    <message>
        <source>Permitted IPs, line %1</source>
        <translation>IP autorisées, ligne %1</translation>
    </message>
    <message>
        <source>Custom claims</source>
        <translation>Revendications personnalisées</translation>
    </message>
    <message>
        <source>Custom claims, row %1</source>
        <translation>Revendications personnalisées, ligne %1</translation>
    </message>
    <message>
        <source>The connection to the project was closed. Copy what you need and connect again.</source>
        <translation>La connexion au projet a été fermée. Copiez ce dont vous avez besoin et reconnectez-vous.</translation>
    </message>
    <message>
        <source>Creating the key…</source>
        <translation>Création de la clé…</translation>
    </message>
    <message>
        <source>Saving the changes…</source>
        <translation>Enregistrement des modifications…</translation>
    </message>
    <message>
        <source>The key was not created. %1</source>
        <translation>La clé n&apos;a pas été créée. %1</translation>
    </message>
    <message>
        <source>The changes were not saved. %1</source>
        <translation>Les modifications n&apos;ont pas été enregistrées. %1</translation>
    </message>
    <message>
        <source>Discard the new key?</source>
        <translation>Abandonner la nouvelle clé&#x202f;?</translation>
    </message>
    <message>
        <source>Discard the changes to %1?</source>
        <translation>Abandonner les modifications de %1&#x202f;?</translation>
    </message>
    <message>
        <source>What you entered will be lost. Choose Cancel to keep editing.</source>
        <translation>Ce que vous avez saisi sera perdu. Choisissez «&#xa0;Annuler&#xa0;» pour continuer la modification.</translation>
    </message>
    <message>
        <source>Loading the project&apos;s tenants and roles…</source>
        <translation>Chargement des locataires et des rôles du projet…</translation>
    </message>
    <message>
        <source>The tenants and roles could not be loaded. %1</source>
        <translation>Les locataires et les rôles n&apos;ont pas pu être chargés. %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Not loaded</source>
        <translation>Non chargé</translation>
    </message>
</context>
<context>
    <name>descope::KeyExchange</name>
    <message>
        <source>The session token is malformed: %1</source>
        <translation>Le jeton de session est mal formé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The project&apos;s public keys could not be fetched: %1</source>
        <translation>Les clés publiques du projet n&apos;ont pas pu être récupérées&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>descope::KeyFilterBar</name>
    <message>
        <source>Search names, IDs, descriptions, roles, tenants, creators</source>
        <translation>Rechercher noms, ID, descriptions, rôles, locataires, créateurs</translation>
    </message>
    <message>
        <source>Every word must appear somewhere in the key (Ctrl+F)</source>
        <translation>Chaque mot doit figurer quelque part dans la clé (Ctrl+F)</translation>
    </message>
    <message>
        <source>Show keys by status</source>
        <translation>Afficher les clés selon leur état</translation>
    </message>
    <message>
        <source>All statuses</source>
        <extracomment>A choice in the status filter: show every key</extracomment>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>key status filter</comment>
        <extracomment>A choice in the status filter: show the active keys</extracomment>
        <translation>Actives</translation>
    </message>
    <message>
        <source>Inactive</source>
        <comment>key status filter</comment>
        <extracomment>A choice in the status filter: show the deactivated keys</extracomment>
        <translation>Inactives</translation>
    </message>
    <message>
        <source>Expired</source>
        <comment>key status filter</comment>
        <extracomment>A choice in the status filter: show the keys whose expiry time has passed</extracomment>
        <translation>Expirées</translation>
    </message>
    <message>
        <source>Show the keys that have roles in one tenant</source>
        <translation>Afficher les clés qui ont des rôles dans un locataire</translation>
    </message>
    <message>
        <source>All tenants</source>
        <translation>Tous les locataires</translation>
    </message>
    <message numerus="yes">
        <source>Expiring within %n day(s)</source>
        <extracomment>A choice in the status filter: keys that expire soon</extracomment>
        <translation>
            <numerusform>Expirant d&apos;ici %n jour</numerusform>
            <numerusform>Expirant d&apos;ici %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>The tenants could not be loaded: %1</source>
        <translation>Les locataires n&apos;ont pas pu être chargés&#xa0;: %1</translation>
    </message>
    <message>
        <source>the search “%1”</source>
        <extracomment>A part of the list of filters in use; %1 is the search text</extracomment>
        <translation>la recherche «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the status “%1”</source>
        <extracomment>A part of the list of filters in use; %1 is a status filter&apos;s choice</extracomment>
        <translation>l&apos;état «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the tenant “%1”</source>
        <extracomment>A part of the list of filters in use; %1 is a tenant&apos;s name</extracomment>
        <translation>le locataire «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Separates the filters in use, e.g. &quot;the search “ci”, the status “Active”&quot;</extracomment>
        <translation>, </translation>
    </message>
    <message>
        <source>Every word must appear somewhere in the key (Ctrl+F; Esc clears)</source>
        <translation>Chaque mot doit figurer quelque part dans la clé (Ctrl+F&#x202f;; Esc pour effacer)</translation>
    </message>
</context>
<context>
    <name>descope::KeyForm</name>
    <message>
        <source>Choose a date and time</source>
        <translation>Choisissez une date et une heure</translation>
    </message>
    <message>
        <source>The expiry is in the past</source>
        <translation>L&apos;expiration est dans le passé</translation>
    </message>
    <message>
        <source>Descope cannot store expiry times after 19 January 2038, 03:14 UTC; choose an earlier date</source>
        <translation>Descope ne peut pas enregistrer d&apos;expiration après le 19 janvier 2038, 03:14 UTC&#x202f;; choisissez une date antérieure</translation>
    </message>
    <message>
        <source>Choose a tenant</source>
        <translation>Choisissez un locataire</translation>
    </message>
    <message>
        <source>Tenant repeated: %1 is in an earlier row</source>
        <translation>Locataire répété&#xa0;: %1 figure dans une ligne précédente</translation>
    </message>
    <message>
        <source>%1 is listed twice</source>
        <translation>%1 figure deux fois</translation>
    </message>
    <message>
        <source>A name is required</source>
        <translation>Un nom est requis</translation>
    </message>
    <message>
        <source>A user ID has no spaces in it</source>
        <translation>Un ID d&apos;utilisateur ne contient pas d&apos;espace</translation>
    </message>
</context>
<context>
    <name>descope::KeyFormClaims</name>
    <message>
        <source>JSON: %1 at line %2, column %3</source>
        <translation>JSON&#xa0;: %1 à la ligne %2, colonne %3</translation>
    </message>
    <message>
        <source>unexpected end of text</source>
        <translation>fin de texte inattendue</translation>
    </message>
    <message>
        <source>unexpected line break</source>
        <translation>saut de ligne inattendu</translation>
    </message>
    <message>
        <source>unexpected control character</source>
        <translation>caractère de contrôle inattendu</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos;</source>
        <translation>«&#xa0;%1&#xa0;» inattendu</translation>
    </message>
    <message numerus="yes">
        <source>nested more than %n level(s) deep</source>
        <translation>
            <numerusform>imbriqué sur plus de %n niveau</numerusform>
            <numerusform>imbriqué sur plus de %n niveaux</numerusform>
        </translation>
    </message>
    <message>
        <source>claim name &apos;%1&apos; repeated</source>
        <translation>nom de revendication «&#xa0;%1&#xa0;» répété</translation>
    </message>
    <message>
        <source>name &apos;%1&apos; repeated</source>
        <translation>nom «&#xa0;%1&#xa0;» répété</translation>
    </message>
    <message>
        <source>a string that never ends</source>
        <translation>une chaîne qui ne se termine jamais</translation>
    </message>
    <message>
        <source>unexpected line break in a string (write \n)</source>
        <translation>saut de ligne inattendu dans une chaîne (écrivez \n)</translation>
    </message>
    <message>
        <source>unexpected control character in a string</source>
        <translation>caractère de contrôle inattendu dans une chaîne</translation>
    </message>
    <message>
        <source>invalid escape &apos;\%1&apos;</source>
        <translation>échappement non valide «&#xa0;\%1&#xa0;»</translation>
    </message>
    <message>
        <source>invalid escape: \u needs four hex digits</source>
        <translation>échappement non valide&#xa0;: \u demande quatre chiffres hexadécimaux</translation>
    </message>
    <message>
        <source>invalid number &apos;%1&apos;</source>
        <translation>nombre non valide «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the number %1 is too large to keep exactly (write it as a string)</source>
        <translation>le nombre %1 est trop grand pour être conservé exactement (écrivez-le comme une chaîne)</translation>
    </message>
    <message>
        <source>A number is required</source>
        <translation>Un nombre est requis</translation>
    </message>
    <message>
        <source>Not a number: %1</source>
        <translation>Pas un nombre&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 is too large to keep exactly; make the claim a string</source>
        <translation>%1 est trop grand pour être conservé exactement&#x202f;; faites de la revendication une chaîne</translation>
    </message>
    <message>
        <source>%1 is a registered JWT claim: Descope sets it in every session token</source>
        <translation>%1 est une revendication JWT enregistrée&#xa0;: Descope la fixe dans chaque jeton de session</translation>
    </message>
    <message>
        <source>%1 is reserved: Descope puts its own %1 claim in session tokens</source>
        <translation>%1 est réservé&#xa0;: Descope met sa propre revendication %1 dans les jetons de session</translation>
    </message>
    <message>
        <source>A claim name is required</source>
        <translation>Un nom de revendication est requis</translation>
    </message>
    <message>
        <source>Claim name repeated: %1 is in an earlier row</source>
        <translation>Nom de revendication répété&#xa0;: %1 figure dans une ligne précédente</translation>
    </message>
    <message>
        <source>Not true or false: %1</source>
        <translation>Ni true ni false&#xa0;: %1</translation>
    </message>
    <message>
        <source>A JSON value is required</source>
        <translation>Une valeur JSON est requise</translation>
    </message>
    <message>
        <source>JSON: the claims must be one object, such as {&quot;plan&quot;: &quot;gold&quot;}</source>
        <translation>JSON&#xa0;: les revendications doivent former un seul objet, par exemple {&quot;plan&quot;: &quot;gold&quot;}</translation>
    </message>
    <message>
        <source>A claim name is required: &quot;&quot; is not one</source>
        <translation>Un nom de revendication est requis&#xa0;: &quot;&quot; n&apos;en est pas un</translation>
    </message>
</context>
<context>
    <name>descope::KeyListBanner</name>
    <message>
        <source>Refreshing the keys…</source>
        <translation>Actualisation des clés…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>Stops the refresh; the keys shown stay (also Esc)</extracomment>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop refreshing; the keys shown stay (Esc)</source>
        <translation>Arrêter l&apos;actualisation&#x202f;; les clés affichées restent (Esc)</translation>
    </message>
    <message>
        <source>Showing the keys loaded at %1. The refresh failed: %2</source>
        <extracomment>%1 is when the keys shown were loaded (&quot;18:02&quot;), %2 why the refresh failed</extracomment>
        <translation>Affichage des clés chargées à %1. L&apos;actualisation a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Load the keys from the server again</source>
        <translation>Recharger les clés depuis le serveur</translation>
    </message>
</context>
<context>
    <name>descope::KeyListMessage</name>
    <message>
        <source>Loading keys…</source>
        <translation>Chargement des clés…</translation>
    </message>
    <message>
        <source>The keys could not be loaded</source>
        <translation>Les clés n&apos;ont pas pu être chargées</translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>This project has no access keys yet</source>
        <translation>Ce projet n&apos;a encore aucune clé d&apos;accès</translation>
    </message>
    <message>
        <source>Create a key to let a machine sign in.</source>
        <translation>Créez une clé pour permettre à une machine de se connecter.</translation>
    </message>
    <message>
        <source>&amp;New Key…</source>
        <translation>&amp;Nouvelle clé…</translation>
    </message>
    <message>
        <source>No keys match the filters</source>
        <translation>Aucune clé ne correspond aux filtres</translation>
    </message>
    <message>
        <source>&amp;Clear Filters</source>
        <translation>&amp;Effacer les filtres</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>Stops loading the keys (also Esc)</extracomment>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop loading the keys (Esc)</source>
        <translation>Arrêter le chargement des clés (Esc)</translation>
    </message>
    <message>
        <source>The keys were not loaded</source>
        <translation>Les clés n&apos;ont pas été chargées</translation>
    </message>
    <message>
        <source>Loading was cancelled.</source>
        <translation>Le chargement a été annulé.</translation>
    </message>
    <message>
        <source>&amp;Load Keys</source>
        <translation>&amp;Charger les clés</translation>
    </message>
</context>
<context>
    <name>descope::KeyStatusBar</name>
    <message>
        <source>Loading keys…</source>
        <translation>Chargement des clés…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln key(s)</source>
        <translation>
            <numerusform>%Ln clé</numerusform>
            <numerusform>%Ln clés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln key(s) shown</source>
        <extracomment>%L1 is the count of keys shown, %Ln the count of keys loaded</extracomment>
        <translation>
            <numerusform>%L1 sur %Ln clé affichée</numerusform>
            <numerusform>%L1 sur %Ln clés affichées</numerusform>
        </translation>
    </message>
    <message>
        <source>Filtered: %1</source>
        <extracomment>Marks a count narrowed by a search or filter, e.g. &quot;Filtered: 5 of 36 keys shown&quot;</extracomment>
        <translation>Filtré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Narrowed by: %1</source>
        <translation>Restreint par&#xa0;: %1</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <extracomment>A button beside the key count: shows every key again</extracomment>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>Clear the search and the filters and show every key</source>
        <translation>Effacer la recherche et les filtres et afficher toutes les clés</translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected</source>
        <translation>
            <numerusform>%Ln sélectionnée</numerusform>
            <numerusform>%Ln sélectionnées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln expiring soon</source>
        <translation>
            <numerusform>%Ln expire bientôt</numerusform>
            <numerusform>%Ln expirent bientôt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keys that expire within %n day(s)</source>
        <translation>
            <numerusform>Clés qui expirent dans %n jour</numerusform>
            <numerusform>Clés qui expirent dans les %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Bac à sable</translation>
    </message>
    <message>
        <source>A local sandbox with example keys, not a real Descope project</source>
        <translation>Un bac à sable local avec des clés d&apos;exemple, pas un vrai projet Descope</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Project %1 on the local sandbox at %2</source>
        <translation>Projet %1 sur le bac à sable local à %2</translation>
    </message>
    <message>
        <source>Project %1 at %2</source>
        <translation>Projet %1 à %2</translation>
    </message>
</context>
<context>
    <name>descope::KeyTableModel</name>
    <message>
        <source>This key never expires</source>
        <translation>Cette clé n&apos;expire jamais</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is a tenant, %2 the roles the key has in it</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>column header</comment>
        <extracomment>Column header: whether the key is active, inactive or expired</extracomment>
        <translation>État</translation>
    </message>
    <message>
        <source>Expires</source>
        <comment>column header</comment>
        <extracomment>Column header: when the key expires (a relative time such as &quot;in 3 days&quot;)</extracomment>
        <translation>Expiration</translation>
    </message>
    <message>
        <source>Created</source>
        <comment>column header</comment>
        <extracomment>Column header: when the key was created</extracomment>
        <translation>Création</translation>
    </message>
    <message>
        <source>Created by</source>
        <comment>column header</comment>
        <extracomment>Column header: who created the key</extracomment>
        <translation>Créée par</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation>Locataires</translation>
    </message>
    <message>
        <source>Bound user</source>
        <extracomment>Column header: the user a key acts for</extracomment>
        <translation>Utilisateur lié</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Permitted IPs</source>
        <translation>IP autorisées</translation>
    </message>
    <message>
        <source>Key ID</source>
        <translation>ID de la clé</translation>
    </message>
    <message>
        <source>Waiting for the server&apos;s answer. Status until then: %1</source>
        <extracomment>The tooltip of a key&apos;s status while a call about it runs; %1 is its status until then</extracomment>
        <translation>En attente de la réponse du serveur. État jusque-là&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>descope::KeyTableView</name>
    <message>
        <source>&amp;Reset Columns</source>
        <translation>&amp;Rétablir les colonnes</translation>
    </message>
</context>
<context>
    <name>descope::KeyTimeFormat</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mois</numerusform>
            <numerusform>%n mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n an</numerusform>
            <numerusform>%n ans</numerusform>
        </translation>
    </message>
    <message>
        <source>in less than a minute</source>
        <translation>dans moins d&apos;une minute</translation>
    </message>
    <message>
        <source>in %1</source>
        <extracomment>A time ahead; %1 is a span such as &quot;3 days&quot;</extracomment>
        <translation>dans %1</translation>
    </message>
    <message>
        <source>less than a minute ago</source>
        <translation>il y a moins d&apos;une minute</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <extracomment>A time past; %1 is a span such as &quot;3 days&quot;</extracomment>
        <translation>il y a %1</translation>
    </message>
    <message>
        <source>Never</source>
        <comment>expiry</comment>
        <extracomment>When a key expires: it does not</extracomment>
        <translation>Jamais</translation>
    </message>
</context>
<context>
    <name>descope::KeychainSecretStore</name>
    <message>
        <source>Access to the keychain was denied (%1).</source>
        <translation>L&apos;accès au trousseau a été refusé (%1).</translation>
    </message>
    <message>
        <source>The key could not be removed from the keychain (%1).</source>
        <translation>La clé n&apos;a pas pu être retirée du trousseau (%1).</translation>
    </message>
    <message>
        <source>No keychain is available (%1). Management keys are kept in memory for this session only, and must be entered again next time.</source>
        <translation>Aucun trousseau n&apos;est disponible (%1). Les clés de gestion sont gardées en mémoire pour cette session seulement et devront être saisies à nouveau la prochaine fois.</translation>
    </message>
    <message>
        <source>no Secret Service answered</source>
        <translation>aucun Secret Service n&apos;a répondu</translation>
    </message>
</context>
<context>
    <name>descope::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
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
        <source>Select &amp;All</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <source>C&amp;lear Filters</source>
        <translation>&amp;Effacer les filtres</translation>
    </message>
    <message>
        <source>&amp;Keys</source>
        <translation>&amp;Clés</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Colonnes</translation>
    </message>
    <message>
        <source>Key &amp;Details</source>
        <translation>&amp;Détails de la clé</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Descope Keys</source>
        <translation>À &amp;propos de Descope Keys</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Clés</translation>
    </message>
    <message>
        <source>About Descope Keys</source>
        <translation>À propos de Descope Keys</translation>
    </message>
    <message>
        <source>Descope Keys %1</source>
        <translation>Descope Keys %1</translation>
    </message>
    <message>
        <source>A desktop console for administering the access keys of a Descope project.</source>
        <translation>Une console de bureau pour administrer les clés d&apos;accès d&apos;un projet Descope.</translation>
    </message>
    <message>
        <source>Descope Keys</source>
        <translation>Descope Keys</translation>
    </message>
    <message>
        <source>%1 — Not connected</source>
        <translation>%1 — Non connecté</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>Asking %1 for the project&apos;s keys.</source>
        <translation>Demande des clés du projet à %1.</translation>
    </message>
    <message>
        <source>No key has roles in the chosen tenant.</source>
        <translation>Aucune clé n&apos;a de rôle dans le locataire choisi.</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) hidden by the search and filters.</source>
        <translation>
            <numerusform>%n clé masquée par la recherche et les filtres.</numerusform>
            <numerusform>%n clés masquées par la recherche et les filtres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n key ID(s)</source>
        <translation>
            <numerusform>%n ID de clé copié</numerusform>
            <numerusform>%n ID de clés copiés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n passkey(s)</source>
        <translation>
            <numerusform>%n passkey importée</numerusform>
            <numerusform>%n passkeys importées</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>System Language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>They are the keys of every tenant, not only of the tenant chosen.</source>
        <translation>Ce sont les clés de tous les locataires, pas seulement du locataire choisi.</translation>
    </message>
    <message>
        <source>They are the keys of another tenant than the one chosen.</source>
        <translation>Ce sont les clés d&apos;un autre locataire que celui choisi.</translation>
    </message>
    <message>
        <source>The refresh was cancelled; the keys shown were loaded at %1.</source>
        <extracomment>%1 is when the keys shown were loaded, e.g. &quot;18:02&quot;</extracomment>
        <translation>L&apos;actualisation a été annulée&#x202f;; les clés affichées ont été chargées à %1.</translation>
    </message>
    <message>
        <source>&amp;Stop Loading</source>
        <extracomment>Stops loading the keys from the server (Esc)</extracomment>
        <translation>&amp;Arrêter le chargement</translation>
    </message>
    <message>
        <source>Stop loading the keys; the keys shown stay</source>
        <translation>Arrêter le chargement des clés&#x202f;; les clés affichées restent</translation>
    </message>
</context>
<context>
    <name>descope::ManagementClient</name>
    <message>
        <source>The key ID is empty.</source>
        <translation>L&apos;ID de la clé est vide.</translation>
    </message>
    <message>
        <source>The project ID is missing.</source>
        <translation>L&apos;ID du projet manque.</translation>
    </message>
    <message>
        <source>The project ID cannot contain &apos;:&apos;.</source>
        <translation>L&apos;ID du projet ne peut pas contenir «&#xa0;:&#xa0;».</translation>
    </message>
    <message>
        <source>The management key is missing.</source>
        <translation>La clé de gestion manque.</translation>
    </message>
    <message>
        <source>The key needs a name.</source>
        <translation>La clé doit avoir un nom.</translation>
    </message>
    <message>
        <source>No keys were given.</source>
        <translation>Aucune clé n&apos;a été indiquée.</translation>
    </message>
    <message>
        <source>The user&apos;s login ID is empty.</source>
        <translation>L&apos;identifiant de connexion de l&apos;utilisateur est vide.</translation>
    </message>
    <message>
        <source>There are no passkeys to import.</source>
        <translation>Il n&apos;y a aucune passkey à importer.</translation>
    </message>
    <message>
        <source>The access key is empty.</source>
        <translation>La clé d&apos;accès est vide.</translation>
    </message>
    <message>
        <source>An access key cannot contain &apos;:&apos;.</source>
        <translation>Une clé d&apos;accès ne peut pas contenir «&#xa0;:&#xa0;».</translation>
    </message>
</context>
<context>
    <name>descope::PasskeyFile</name>
    <message>
        <source>unknown field %1</source>
        <translation>champ inconnu %1</translation>
    </message>
    <message>
        <source>unknown field %1 (did you mean %2?)</source>
        <translation>champ inconnu %1 (vouliez-vous dire %2&#x202f;?)</translation>
    </message>
    <message>
        <source>%1 is not a field of %2</source>
        <translation>%1 n&apos;est pas un champ de %2</translation>
    </message>
    <message>
        <source>passkey %1 has no %2</source>
        <translation>la passkey %1 n&apos;a pas de %2</translation>
    </message>
    <message>
        <source>%1 must be a string, not %2</source>
        <translation>%1 doit être une chaîne, pas %2</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 est vide</translation>
    </message>
    <message>
        <source>%1 must be true or false, not %2</source>
        <translation>%1 doit valoir true ou false, pas %2</translation>
    </message>
    <message>
        <source>%1 must be a list of strings, not %2</source>
        <translation>%1 doit être une liste de chaînes, pas %2</translation>
    </message>
    <message>
        <source>transport %1 must be a string, not %2</source>
        <translation>le transport %1 doit être une chaîne, pas %2</translation>
    </message>
    <message>
        <source>%1 is not a transport (expected usb, nfc, ble, smart-card, hybrid or internal)</source>
        <translation>%1 n&apos;est pas un transport (attendu&#xa0;: usb, nfc, ble, smart-card, hybrid ou internal)</translation>
    </message>
    <message>
        <source>%1 has spaces in it</source>
        <translation>%1 contient des espaces</translation>
    </message>
    <message>
        <source>publicKey is not valid base64</source>
        <translation>publicKey n&apos;est pas du base64 valide</translation>
    </message>
    <message>
        <source>publicKey is empty</source>
        <translation>publicKey est vide</translation>
    </message>
    <message>
        <source>aaguid must be a UUID such as adce0002-35bc-c60a-648b-0b25f1f05503</source>
        <translation>aaguid doit être un UUID, par exemple adce0002-35bc-c60a-648b-0b25f1f05503</translation>
    </message>
    <message>
        <source>backupState is true but backupEligible is not; only a backup-eligible passkey can be backed up</source>
        <translation>backupState vaut true mais pas backupEligible&#x202f;; seule une passkey éligible à la sauvegarde peut être sauvegardée</translation>
    </message>
    <message>
        <source>credentialDeviceType must be singleDevice or multiDevice</source>
        <translation>credentialDeviceType doit valoir singleDevice ou multiDevice</translation>
    </message>
    <message>
        <source>credentialBackedUp is true, but a single-device credential cannot be backed up</source>
        <translation>credentialBackedUp vaut true, mais un identifiant lié à un seul appareil ne peut pas être sauvegardé</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Le fichier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <source>The file is %1; passkey files over %2 are refused.</source>
        <translation>Le fichier fait %1&#x202f;; les fichiers de passkeys de plus de %2 sont refusés.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Le fichier ne peut pas être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>JSON: %1 (column %2)</source>
        <translation>JSON&#xa0;: %1 (colonne %2)</translation>
    </message>
    <message>
        <source>%1 is given more than once here</source>
        <translation>%1 est indiqué plusieurs fois ici</translation>
    </message>
    <message>
        <source>expected a list of passkeys, or an object with a &quot;devices&quot; list</source>
        <translation>une liste de passkeys était attendue, ou un objet avec une liste «&#xa0;devices&#xa0;»</translation>
    </message>
    <message>
        <source>%1; the file holds %2</source>
        <translation>%1&#x202f;; le fichier contient %2</translation>
    </message>
    <message>
        <source>%1; this is a single passkey: put it in a list, [ ... ]</source>
        <translation>%1&#x202f;; ceci est une passkey isolée&#xa0;: mettez-la dans une liste, [ ... ]</translation>
    </message>
    <message>
        <source>unknown field %1 (expected loginId and devices)</source>
        <translation>champ inconnu %1 (attendus&#xa0;: loginId et devices)</translation>
    </message>
    <message>
        <source>loginId must be a string, not %1</source>
        <translation>loginId doit être une chaîne, pas %1</translation>
    </message>
    <message>
        <source>%1; this object has no &quot;devices&quot;</source>
        <translation>%1&#x202f;; cet objet n&apos;a pas de «&#xa0;devices&#xa0;»</translation>
    </message>
    <message>
        <source>devices must be a list, not %1</source>
        <translation>devices doit être une liste, pas %1</translation>
    </message>
    <message>
        <source>the list of passkeys is empty</source>
        <translation>la liste des passkeys est vide</translation>
    </message>
    <message>
        <source>passkey %1 must be an object, not %2</source>
        <translation>la passkey %1 doit être un objet, pas %2</translation>
    </message>
    <message>
        <source>passkey %1 has both &quot;descope&quot; and &quot;auth0&quot;; give only one</source>
        <translation>la passkey %1 a à la fois «&#xa0;descope&#xa0;» et «&#xa0;auth0&#xa0;»&#x202f;; n&apos;en indiquez qu&apos;un</translation>
    </message>
    <message>
        <source>passkey %1 is in %2, but passkey %3 (line %4) is in %5; a file holds one format</source>
        <translation>la passkey %1 est au %2, mais la passkey %3 (ligne %4) est au %5&#x202f;; un fichier ne contient qu&apos;un format</translation>
    </message>
    <message>
        <source>passkey %1 has neither credentialId (Descope) nor keyId (Auth0)</source>
        <translation>la passkey %1 n&apos;a ni credentialId (Descope) ni keyId (Auth0)</translation>
    </message>
    <message>
        <source>unknown field %1 next to %2</source>
        <translation>champ inconnu %1 à côté de %2</translation>
    </message>
    <message>
        <source>%1 must be an object, not %2</source>
        <translation>%1 doit être un objet, pas %2</translation>
    </message>
    <message>
        <source>passkey %1 has the same %2 as passkey %3 (line %4)</source>
        <translation>la passkey %1 a le même %2 que la passkey %3 (ligne %4)</translation>
    </message>
    <message>
        <source>rpId must be a domain such as example.com, not a URL</source>
        <translation>rpId doit être un domaine comme example.com, pas une URL</translation>
    </message>
    <message>
        <source>rpId must be a domain such as example.com, without a port or path</source>
        <translation>rpId doit être un domaine comme example.com, sans port ni chemin</translation>
    </message>
    <message>
        <source>rpId must be a domain such as example.com</source>
        <translation>rpId doit être un domaine comme example.com</translation>
    </message>
    <message>
        <source>rpId must be a domain such as example.com, not an IP address</source>
        <translation>rpId doit être un domaine comme example.com, pas une adresse IP</translation>
    </message>
    <message>
        <source>Descope&apos;s format</source>
        <translation>format de Descope</translation>
    </message>
    <message>
        <source>Auth0&apos;s format</source>
        <translation>format d&apos;Auth0</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>true</source>
        <translation>true</translation>
    </message>
    <message>
        <source>false</source>
        <translation>false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>something else</source>
        <translation>autre chose</translation>
    </message>
</context>
<context>
    <name>descope::PasskeyImportDialog</name>
    <message>
        <source>Choose &amp;File…</source>
        <translation>Choisir un &amp;fichier…</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Import Passkeys</source>
        <translation>Importer des passkeys</translation>
    </message>
    <message>
        <source>Required: the user&apos;s login ID, e.g. ada@example.com</source>
        <translation>Obligatoire&#xa0;: l&apos;identifiant de connexion de l&apos;utilisateur, p. ex. ada@example.com</translation>
    </message>
    <message>
        <source>A JSON file in Descope&apos;s device format or an Auth0 export</source>
        <translation>Un fichier JSON au format d&apos;appareils de Descope ou un export Auth0</translation>
    </message>
    <message>
        <source>Read the file again, after fixing it</source>
        <translation>Relire le fichier, après l&apos;avoir corrigé</translation>
    </message>
    <message>
        <source>&amp;Login ID:</source>
        <translation>Identifiant de &amp;connexion&#xa0;:</translation>
    </message>
    <message>
        <source>Passkeys:</source>
        <translation>Passkeys&#xa0;:</translation>
    </message>
    <message>
        <source>Credential ID</source>
        <translation>ID d&apos;identifiant</translation>
    </message>
    <message>
        <source>Relying Party</source>
        <translation>Partie de confiance</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>Choose Passkeys to Import</source>
        <translation>Choisir les passkeys à importer</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Fichiers JSON (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Lecture du fichier…</translation>
    </message>
    <message>
        <source>Choose a file to see its passkeys before importing them.</source>
        <translation>Choisissez un fichier pour voir ses passkeys avant de les importer.</translation>
    </message>
    <message>
        <source>No passkeys could be read from this file.</source>
        <translation>Aucune passkey n&apos;a pu être lue dans ce fichier.</translation>
    </message>
    <message numerus="yes">
        <source>%n passkey(s) in Auth0&apos;s export format.</source>
        <translation>
            <numerusform>%n passkey au format d&apos;export d&apos;Auth0.</numerusform>
            <numerusform>%n passkeys au format d&apos;export d&apos;Auth0.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passkey(s) in Descope&apos;s device format.</source>
        <translation>
            <numerusform>%n passkey au format d&apos;appareils de Descope.</numerusform>
            <numerusform>%n passkeys au format d&apos;appareils de Descope.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix in the file before anything can be imported:</source>
        <translation>
            <numerusform>%n problème à corriger dans le fichier avant de pouvoir importer quoi que ce soit&#xa0;:</numerusform>
            <numerusform>%n problèmes à corriger dans le fichier avant de pouvoir importer quoi que ce soit&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… et %n autre.</numerusform>
            <numerusform>… et %n autres.</numerusform>
        </translation>
    </message>
    <message>
        <source>The import is under way.</source>
        <translation>L&apos;importation est en cours.</translation>
    </message>
    <message>
        <source>The file is being read.</source>
        <translation>Le fichier est en cours de lecture.</translation>
    </message>
    <message>
        <source>There is no connection to a project.</source>
        <translation>Il n&apos;y a aucune connexion à un projet.</translation>
    </message>
    <message>
        <source>Enter the user&apos;s login ID.</source>
        <translation>Saisissez l&apos;identifiant de connexion de l&apos;utilisateur.</translation>
    </message>
    <message>
        <source>Choose a file of passkeys.</source>
        <translation>Choisissez un fichier de passkeys.</translation>
    </message>
    <message>
        <source>Fix the problems in the file, then reload it.</source>
        <translation>Corrigez les problèmes du fichier, puis rechargez-le.</translation>
    </message>
    <message>
        <source>The file holds no passkeys.</source>
        <translation>Le fichier ne contient aucune passkey.</translation>
    </message>
    <message>
        <source>The file is for another user.</source>
        <translation>Le fichier concerne un autre utilisateur.</translation>
    </message>
    <message>
        <source>These passkeys have been imported for this user.</source>
        <translation>Ces passkeys ont été importées pour cet utilisateur.</translation>
    </message>
    <message>
        <source>The file is for %1, not for %2. Change the login ID or choose another file.</source>
        <extracomment>%1 is the login ID the file names, %2 the one typed in the dialog</extracomment>
        <translation>Le fichier concerne %1, pas %2. Changez l&apos;identifiant de connexion ou choisissez un autre fichier.</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n passkey(s) for %1…</source>
        <extracomment>%1 is the user&apos;s login ID</extracomment>
        <translation>
            <numerusform>Importation de %n passkey pour %1…</numerusform>
            <numerusform>Importation de %n passkeys pour %1…</numerusform>
        </translation>
    </message>
    <message>
        <source>The passkeys were not imported. %1</source>
        <extracomment>%1 says what went wrong and what to do</extracomment>
        <translation>Les passkeys n&apos;ont pas été importées. %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n passkey(s) for %1.</source>
        <extracomment>%1 is the user&apos;s login ID</extracomment>
        <translation>
            <numerusform>%n passkey importée pour %1.</numerusform>
            <numerusform>%n passkeys importées pour %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported. Listing the passkeys %1 now has…</source>
        <translation>Importé. Liste des passkeys que %1 possède maintenant…</translation>
    </message>
    <message>
        <source>The passkeys the user now has could not be listed: %1</source>
        <extracomment>%1 says what went wrong</extracomment>
        <translation>Les passkeys que possède maintenant l&apos;utilisateur n&apos;ont pas pu être listées&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 now has %n passkey(s):</source>
        <extracomment>%1 is the user&apos;s login ID</extracomment>
        <translation>
            <numerusform>%1 possède maintenant %n passkey&#xa0;:</numerusform>
            <numerusform>%1 possède maintenant %n passkeys&#xa0;:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>descope::PasskeyPreviewModel</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Descope</source>
        <translation>Descope</translation>
    </message>
    <message>
        <source>Auth0</source>
        <translation>Auth0</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>The file does not give credentialDeviceType.</source>
        <translation>Le fichier n&apos;indique pas credentialDeviceType.</translation>
    </message>
    <message>
        <source>From credentialDeviceType: %1</source>
        <translation>D&apos;après credentialDeviceType&#xa0;: %1</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Credential ID</source>
        <translation>ID d&apos;identifiant</translation>
    </message>
    <message>
        <source>Relying Party</source>
        <translation>Partie de confiance</translation>
    </message>
    <message>
        <source>Transports</source>
        <translation>Transports</translation>
    </message>
    <message>
        <source>Backup Eligible</source>
        <translation>Sauvegarde possible</translation>
    </message>
    <message>
        <source>Backed Up</source>
        <translation>Sauvegardée</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
</context>
<context>
    <name>descope::PermittedIpsEditor</name>
    <message>
        <source>One address or range per line, such as 203.0.113.7, 10.0.0.0/8 or 2001:db8::/32. Empty: any address.</source>
        <translation>Une adresse ou une plage par ligne, par exemple 203.0.113.7, 10.0.0.0/8 ou 2001:db8::/32. Vide&#xa0;: toute adresse.</translation>
    </message>
    <message>
        <source>Requests with this key are refused from any other address</source>
        <translation>Les requêtes avec cette clé sont refusées depuis toute autre adresse</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <extracomment>%1 is a line number, %2 the reason that line is not an address</extracomment>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>descope::ProfileManagerDialog</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>&amp;Forget Key</source>
        <translation>&amp;Oublier la clé</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>Connection Profiles</source>
        <translation>Profils de connexion</translation>
    </message>
    <message>
        <source>Remove this profile&apos;s management key from the keychain; the profile stays</source>
        <translation>Retirer du trousseau la clé de gestion de ce profil&#x202f;; le profil est conservé</translation>
    </message>
    <message>
        <source>%1 (built in)</source>
        <translation>%1 (intégré)</translation>
    </message>
    <message>
        <source>%1 — connected</source>
        <translation>%1 — connecté</translation>
    </message>
    <message>
        <source>A local stand-in for Descope with example keys</source>
        <translation>Une imitation locale de Descope avec des clés d&apos;exemple</translation>
    </message>
    <message>
        <source>Runs a sandbox in this process, on a free local port, with its data in the application&apos;s data directory.</source>
        <translation>Exécute un bac à sable dans ce processus, sur un port local libre, avec ses données dans le dossier de données de l&apos;application.</translation>
    </message>
    <message>
        <source>Management key: none needed</source>
        <translation>Clé de gestion&#xa0;: aucune n&apos;est nécessaire</translation>
    </message>
    <message>
        <source>Management key: looking in the keychain…</source>
        <translation>Clé de gestion&#xa0;: recherche dans le trousseau…</translation>
    </message>
    <message>
        <source>Management key: stored in the keychain</source>
        <translation>Clé de gestion&#xa0;: rangée dans le trousseau</translation>
    </message>
    <message>
        <source>Management key: kept for this session only</source>
        <translation>Clé de gestion&#xa0;: gardée pour cette session seulement</translation>
    </message>
    <message>
        <source>Management key: not stored; it is asked for on connecting</source>
        <translation>Clé de gestion&#xa0;: non enregistrée&#x202f;; elle est demandée à la connexion</translation>
    </message>
    <message>
        <source>Management key: the keychain could not be read (%1)</source>
        <translation>Clé de gestion&#xa0;: le trousseau n&apos;a pas pu être lu (%1)</translation>
    </message>
    <message>
        <source>Remove Profile?</source>
        <translation>Retirer le profil&#x202f;?</translation>
    </message>
    <message>
        <source>Remove the profile “%1”?</source>
        <extracomment>%1 is the profile&apos;s name</extracomment>
        <translation>Retirer le profil «&#xa0;%1&#xa0;»&#x202f;?</translation>
    </message>
    <message>
        <source>Its management key is removed from the keychain too. The project itself and its access keys are not affected.</source>
        <translation>Sa clé de gestion est aussi retirée du trousseau. Le projet lui-même et ses clés d&apos;accès ne sont pas touchés.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Key Not Removed</source>
        <translation>Clé non retirée</translation>
    </message>
    <message>
        <source>The management key could not be removed from the keychain, so the profile was kept.</source>
        <translation>La clé de gestion n&apos;a pas pu être retirée du trousseau&#x202f;; le profil a donc été conservé.</translation>
    </message>
    <message>
        <source>Forget Management Key?</source>
        <translation>Oublier la clé de gestion&#x202f;?</translation>
    </message>
    <message>
        <source>Remove the management key of “%1” from the keychain?</source>
        <extracomment>%1 is the profile&apos;s name</extracomment>
        <translation>Retirer du trousseau la clé de gestion de «&#xa0;%1&#xa0;»&#x202f;?</translation>
    </message>
    <message>
        <source>The profile stays; the key is asked for the next time it connects. A session connected now keeps working.</source>
        <translation>Le profil est conservé&#x202f;; la clé sera demandée à la prochaine connexion. Une session connectée en ce moment continue de fonctionner.</translation>
    </message>
    <message>
        <source>Forget Key</source>
        <translation>Oublier la clé</translation>
    </message>
    <message>
        <source>The management key could not be removed from the keychain.</source>
        <translation>La clé de gestion n&apos;a pas pu être retirée du trousseau.</translation>
    </message>
    <message>
        <source>Project %1 at %2 (derived from the project ID)</source>
        <translation>Projet %1 à l’adresse %2 (déduite de l’ID du projet)</translation>
    </message>
    <message>
        <source>Project %1 at %2 (custom domain)</source>
        <translation>Projet %1 à l’adresse %2 (domaine personnalisé)</translation>
    </message>
</context>
<context>
    <name>descope::ProfileStore</name>
    <message>
        <source>The built-in Sandbox profile cannot be changed.</source>
        <translation>Le profil intégré Bac à sable ne peut pas être modifié.</translation>
    </message>
    <message>
        <source>The profile needs a name.</source>
        <translation>Le profil doit avoir un nom.</translation>
    </message>
    <message>
        <source>There is already a profile named “%1”.</source>
        <translation>Il existe déjà un profil nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The project ID is missing.</source>
        <translation>L&apos;ID du projet manque.</translation>
    </message>
    <message>
        <source>The project ID cannot contain &apos;:&apos;, &apos;/&apos; or spaces.</source>
        <translation>L&apos;ID du projet ne peut contenir ni «&#xa0;:&#xa0;», ni «&#xa0;/&#xa0;», ni espaces.</translation>
    </message>
</context>
<context>
    <name>descope::ProfileSwitcher</name>
    <message>
        <source>&amp;Profiles</source>
        <translation>&amp;Profils</translation>
    </message>
    <message>
        <source>Connect to a local sandbox</source>
        <translation>Se connecter à un bac à sable local</translation>
    </message>
    <message>
        <source>Connect to project %1</source>
        <translation>Se connecter au projet %1</translation>
    </message>
    <message>
        <source>Environment (this session only)</source>
        <translation>Environnement (cette session seulement)</translation>
    </message>
    <message>
        <source>Connected with DESCOPE_PROJECT_ID and DESCOPE_MANAGEMENT_KEY</source>
        <translation>Connecté avec DESCOPE_PROJECT_ID et DESCOPE_MANAGEMENT_KEY</translation>
    </message>
    <message>
        <source>&amp;New Profile…</source>
        <translation>&amp;Nouveau profil…</translation>
    </message>
    <message>
        <source>&amp;Manage Profiles…</source>
        <translation>&amp;Gérer les profils…</translation>
    </message>
    <message>
        <source>The keychain could not be read (%1). Enter the management key of “%2” to connect.</source>
        <translation>Le trousseau n&apos;a pas pu être lu (%1). Saisissez la clé de gestion de «&#xa0;%2&#xa0;» pour vous connecter.</translation>
    </message>
    <message>
        <source>No management key is stored for “%1”. Enter it to connect.</source>
        <translation>Aucune clé de gestion n&apos;est enregistrée pour «&#xa0;%1&#xa0;». Saisissez-la pour vous connecter.</translation>
    </message>
</context>
<context>
    <name>descope::RolePicker</name>
    <message>
        <source>No roles to choose from</source>
        <translation>Aucun rôle à choisir</translation>
    </message>
    <message>
        <source>%1 (not in this project)</source>
        <translation>%1 (absent de ce projet)</translation>
    </message>
    <message>
        <source>No roles</source>
        <translation>Aucun rôle</translation>
    </message>
    <message>
        <source>Choose roles</source>
        <translation>Choisir des rôles</translation>
    </message>
</context>
<context>
    <name>descope::SecretClipboardStatus</name>
    <message>
        <source>Clipboard cleared</source>
        <translation>Presse-papiers vidé</translation>
    </message>
    <message numerus="yes">
        <source>Clipboard clears in %n s</source>
        <comment>countdown</comment>
        <translation>
            <numerusform>Presse-papiers vidé dans %n s</numerusform>
            <numerusform>Presse-papiers vidé dans %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>descope::SecretField</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Coller</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Hide the secret (Ctrl+H)</source>
        <translation>Masquer le secret (Ctrl+H)</translation>
    </message>
    <message>
        <source>Show the secret (Ctrl+H)</source>
        <translation>Afficher le secret (Ctrl+H)</translation>
    </message>
</context>
<context>
    <name>descope::SingleKeyRunner</name>
    <message>
        <source>Activating “%1”…</source>
        <translation>Activation de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>Deactivating “%1”…</source>
        <translation>Désactivation de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>Activate Key</source>
        <translation>Activer la clé</translation>
    </message>
    <message>
        <source>Deactivate Key</source>
        <translation>Désactiver la clé</translation>
    </message>
    <message>
        <source>“%1” was not changed.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas été modifiée.</translation>
    </message>
    <message>
        <source>Activated “%1”</source>
        <translation>«&#xa0;%1&#xa0;» activée</translation>
    </message>
    <message>
        <source>Deactivated “%1”</source>
        <translation>«&#xa0;%1&#xa0;» désactivée</translation>
    </message>
    <message>
        <source>Rotating the secret of “%1”…</source>
        <translation>Renouvellement du secret de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>Rotate Secret</source>
        <translation>Renouveler le secret</translation>
    </message>
    <message>
        <source>The secret of “%1” was not replaced.</source>
        <translation>Le secret de «&#xa0;%1&#xa0;» n&apos;a pas été remplacé.</translation>
    </message>
    <message>
        <source>Rotated the secret of “%1”</source>
        <translation>Secret de «&#xa0;%1&#xa0;» renouvelé</translation>
    </message>
    <message>
        <source>Deleting “%1”…</source>
        <translation>Suppression de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>Delete Key</source>
        <translation>Supprimer la clé</translation>
    </message>
    <message>
        <source>“%1” was not deleted.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas été supprimée.</translation>
    </message>
    <message>
        <source>Deleted “%1”</source>
        <translation>«&#xa0;%1&#xa0;» supprimée</translation>
    </message>
    <message>
        <source>Saving “%1”…</source>
        <translation>Enregistrement de «&#xa0;%1&#xa0;»…</translation>
    </message>
</context>
<context>
    <name>descope::TenantRolesEditor</name>
    <message>
        <source>No tenants yet. Add one to give the key roles in it.</source>
        <translation>Aucun locataire pour l&apos;instant. Ajoutez-en un pour donner à la clé des rôles dans celui-ci.</translation>
    </message>
    <message>
        <source>&amp;Add tenant</source>
        <translation>&amp;Ajouter un locataire</translation>
    </message>
    <message>
        <source>No tenants to choose from</source>
        <translation>Aucun locataire à choisir</translation>
    </message>
    <message>
        <source>Give the key roles in one more tenant</source>
        <translation>Donner à la clé des rôles dans un locataire de plus</translation>
    </message>
    <message>
        <source>Remove this tenant and the key&apos;s roles in it</source>
        <translation>Retirer ce locataire et les rôles de la clé dans celui-ci</translation>
    </message>
    <message>
        <source>Remove tenant</source>
        <translation>Retirer le locataire</translation>
    </message>
    <message>
        <source>Choose a tenant</source>
        <translation>Choisissez un locataire</translation>
    </message>
    <message>
        <source>%1 (not in this project)</source>
        <translation>%1 (absent de ce projet)</translation>
    </message>
</context>
<context>
    <name>descope::TypedConfirmationDialog</name>
    <message>
        <source>To confirm, type %1:</source>
        <extracomment>Above the field where the administrator types the count of keys to confirm</extracomment>
        <translation>Pour confirmer, saisissez %1&#xa0;:</translation>
    </message>
</context>
</TS>
