<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CommandLine</name>
    <message>
        <source>Administer the access keys of a Descope project.</source>
        <translation>Verwaltet die Zugriffsschlüssel eines Descope-Projekts.</translation>
    </message>
    <message>
        <source>Environment: DESCOPE_PROJECT_ID and DESCOPE_MANAGEMENT_KEY (and optionally DESCOPE_BASE_URL), as the Descope SDKs read them, connect for one session without saving anything, unless --profile or --sandbox is given.</source>
        <translation>Umgebung: DESCOPE_PROJECT_ID und DESCOPE_MANAGEMENT_KEY (optional auch DESCOPE_BASE_URL), wie sie die Descope-SDKs lesen, verbinden für eine Sitzung, ohne etwas zu speichern, sofern weder --profile noch --sandbox angegeben ist.</translation>
    </message>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>Zeigt die Hilfe zu den Befehlszeilenoptionen an.</translation>
    </message>
    <message>
        <source>Start a local sandbox with example keys and connect to it.</source>
        <translation>Startet eine lokale Sandbox mit Beispielschlüsseln und verbindet sich mit ihr.</translation>
    </message>
    <message>
        <source>Connect with the saved connection profile &lt;name&gt; (see Profiles &gt; Manage Profiles).</source>
        <translation>Verbindet sich mit dem gespeicherten Verbindungsprofil &lt;name&gt; (siehe Profile &gt; Profile verwalten).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation>Unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>--profile can be given only once.</source>
        <translation>--profile darf nur einmal angegeben werden.</translation>
    </message>
    <message>
        <source>--profile needs the name of a connection profile.</source>
        <translation>--profile braucht den Namen eines Verbindungsprofils.</translation>
    </message>
    <message>
        <source>--profile and --sandbox cannot be used together.</source>
        <translation>--profile und --sandbox können nicht zusammen verwendet werden.</translation>
    </message>
    <message>
        <source>Try &apos;%1 --help&apos; for more information.</source>
        <translation>Weitere Informationen mit „%1 --help“.</translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
</context>
<context>
    <name>KeyActionConfirmation</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiterer</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Activate Key</source>
        <translation>Schlüssel aktivieren</translation>
    </message>
    <message>
        <source>Activate “%1”?</source>
        <translation>„%1“ aktivieren?</translation>
    </message>
    <message>
        <source>Every machine that still holds this key&apos;s secret can exchange it for sessions again. Activate it only if the secret has not leaked.</source>
        <translation>Jede Maschine, die das Geheimnis dieses Schlüssels noch hat, kann es wieder gegen Sitzungen eintauschen. Aktivieren Sie ihn nur, wenn das Geheimnis nicht durchgesickert ist.</translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation>&amp;Aktivieren</translation>
    </message>
    <message>
        <source>Deactivate Key</source>
        <translation>Schlüssel deaktivieren</translation>
    </message>
    <message>
        <source>Deactivate “%1”?</source>
        <translation>„%1“ deaktivieren?</translation>
    </message>
    <message>
        <source>Machines that use this key can no longer exchange it for sessions: they fail until it is activated again.</source>
        <translation>Maschinen, die diesen Schlüssel verwenden, können ihn nicht mehr gegen Sitzungen eintauschen: Sie scheitern, bis er wieder aktiviert wird.</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <source>Delete Key</source>
        <translation>Schlüssel löschen</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>„%1“ löschen?</translation>
    </message>
    <message>
        <source>Deleting cannot be undone. Machines that use this key can no longer exchange it for sessions.</source>
        <translation>Das Löschen kann nicht rückgängig gemacht werden. Maschinen, die diesen Schlüssel verwenden, können ihn nicht mehr gegen Sitzungen eintauschen.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Activate Keys</source>
        <translation>Schlüssel aktivieren</translation>
    </message>
    <message numerus="yes">
        <source>Activate these %n keys?</source>
        <translation>
            <numerusform>Diesen %n Schlüssel aktivieren?</numerusform>
            <numerusform>Diese %n Schlüssel aktivieren?</numerusform>
        </translation>
    </message>
    <message>
        <source>Every machine that still holds one of these secrets can exchange it for sessions again, also where a key was deactivated because its secret leaked.</source>
        <translation>Jede Maschine, die noch eines dieser Geheimnisse hat, kann es wieder gegen Sitzungen eintauschen, auch wenn ein Schlüssel deaktiviert wurde, weil sein Geheimnis durchgesickert war.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Activate %n Keys</source>
        <translation>
            <numerusform>%n Schlüssel &amp;aktivieren</numerusform>
            <numerusform>%n Schlüssel &amp;aktivieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Deactivate Keys</source>
        <translation>Schlüssel deaktivieren</translation>
    </message>
    <message numerus="yes">
        <source>Deactivate these %n keys?</source>
        <translation>
            <numerusform>Diesen %n Schlüssel deaktivieren?</numerusform>
            <numerusform>Diese %n Schlüssel deaktivieren?</numerusform>
        </translation>
    </message>
    <message>
        <source>Machines that use these keys can no longer exchange them for sessions: they fail until the keys are activated again.</source>
        <translation>Maschinen, die diese Schlüssel verwenden, können sie nicht mehr gegen Sitzungen eintauschen: Sie scheitern, bis die Schlüssel wieder aktiviert werden.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Deactivate %n Keys</source>
        <translation>
            <numerusform>%n Schlüssel &amp;deaktivieren</numerusform>
            <numerusform>%n Schlüssel &amp;deaktivieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Keys</source>
        <translation>Schlüssel löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n keys?</source>
        <translation>
            <numerusform>Diesen %n Schlüssel löschen?</numerusform>
            <numerusform>Diese %n Schlüssel löschen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleting cannot be undone. Machines that use these keys can no longer exchange them for sessions.</source>
        <translation>Das Löschen kann nicht rückgängig gemacht werden. Maschinen, die diese Schlüssel verwenden, können sie nicht mehr gegen Sitzungen eintauschen.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Delete %n Keys</source>
        <translation>
            <numerusform>%n Schlüssel &amp;löschen</numerusform>
            <numerusform>%n Schlüssel &amp;löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Don&apos;t ask again for a single key</source>
        <translation>Bei einem einzelnen Schlüssel nicht mehr fragen</translation>
    </message>
    <message>
        <source>Rotate Secret</source>
        <translation>Geheimnis rotieren</translation>
    </message>
    <message>
        <source>Replace the secret of “%1”?</source>
        <translation>Das Geheimnis von „%1“ ersetzen?</translation>
    </message>
    <message>
        <source>The current secret stops working at once: every machine that uses it fails until it is given the new one, which is shown once.</source>
        <translation>Das aktuelle Geheimnis funktioniert sofort nicht mehr: Jede Maschine, die es verwendet, scheitert, bis sie das neue erhält, das einmalig angezeigt wird.</translation>
    </message>
    <message>
        <source>&amp;Rotate</source>
        <translation>&amp;Rotieren</translation>
    </message>
</context>
<context>
    <name>KeyActivity</name>
    <message>
        <source>Activating…</source>
        <extracomment>Shown as a key&apos;s status while the server activates it</extracomment>
        <translation>Wird aktiviert…</translation>
    </message>
    <message>
        <source>Deactivating…</source>
        <extracomment>Shown as a key&apos;s status while the server deactivates it</extracomment>
        <translation>Wird deaktiviert…</translation>
    </message>
    <message>
        <source>Rotating…</source>
        <extracomment>Shown as a key&apos;s status while the server replaces its secret</extracomment>
        <translation>Wird rotiert…</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <extracomment>Shown as a key&apos;s status while the server deletes it</extracomment>
        <translation>Wird gelöscht…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <extracomment>Shown as a key&apos;s status while the server saves changes to it</extracomment>
        <translation>Wird gespeichert…</translation>
    </message>
</context>
<context>
    <name>KeyStatus</name>
    <message>
        <source>Active</source>
        <comment>key status</comment>
        <extracomment>The status of an access key (in Hebrew it agrees with the masculine מפתח)</extracomment>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Inactive</source>
        <comment>key status</comment>
        <extracomment>The status of an access key: deactivated, it cannot be exchanged for sessions</extracomment>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>Expired</source>
        <comment>key status</comment>
        <extracomment>The status of an access key whose expiry time has passed</extracomment>
        <translation>Abgelaufen</translation>
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
        <translation>Die Sandbox konnte nicht starten: Es gibt kein Anwendungsdatenverzeichnis für ihre Datenbank.</translation>
    </message>
    <message>
        <source>The sandbox could not start: the directory %1 could not be created.</source>
        <translation>Die Sandbox konnte nicht starten: Das Verzeichnis %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The sandbox could not start: %1</source>
        <translation>Die Sandbox konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>The sandbox could not start with the database %1: %2</source>
        <translation>Die Sandbox konnte mit der Datenbank %1 nicht starten: %2</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
</context>
<context>
    <name>SessionSource</name>
    <message>
        <source>There is no connection profile named “%1”. The profiles are: %2.</source>
        <translation>Es gibt kein Verbindungsprofil namens „%1“. Vorhandene Profile: %2.</translation>
    </message>
    <message>
        <source>%1 is set but %2 is not, so the environment was not used.</source>
        <translation>%1 ist gesetzt, %2 aber nicht; die Umgebung wurde daher nicht verwendet.</translation>
    </message>
    <message>
        <source>%1 cannot contain &apos;:&apos;.</source>
        <translation>%1 darf kein „:“ enthalten.</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Connected with %1 and %2 from the environment, for this session only.</source>
        <translation>Mit %1 und %2 aus der Umgebung verbunden, nur für diese Sitzung.</translation>
    </message>
</context>
<context>
    <name>descope::ActivityLabel</name>
    <message numerus="yes">
        <source>%1 (and %n more)</source>
        <extracomment>The status bar while several calls run: %1 is the latest, e.g. &quot;Deactivating “ci”…&quot;</extracomment>
        <translation>
            <numerusform>%1 (und ein weiterer Vorgang)</numerusform>
            <numerusform>%1 (und %n weitere Vorgänge)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>descope::ApiError</name>
    <message>
        <source>Details: %1</source>
        <translation>Details: %1</translation>
    </message>
    <message>
        <source>Descope did not accept the access key. Check that it was copied completely and that the key is active and not expired.</source>
        <translation>Descope hat den Zugriffsschlüssel nicht angenommen. Prüfen Sie, ob er vollständig kopiert wurde und ob der Schlüssel aktiv und nicht abgelaufen ist.</translation>
    </message>
    <message>
        <source>Descope did not accept the management key, or does not know the project. Check the project ID and the management key in the connection settings.</source>
        <translation>Descope hat den Verwaltungsschlüssel nicht angenommen oder kennt das Projekt nicht. Prüfen Sie Projekt-ID und Verwaltungsschlüssel in den Verbindungseinstellungen.</translation>
    </message>
    <message>
        <source>Descope refused this action: the key in use is not allowed to perform it.</source>
        <translation>Descope hat diese Aktion abgelehnt: Der verwendete Schlüssel darf sie nicht ausführen.</translation>
    </message>
    <message>
        <source>Descope could not find what was asked for. It may have been deleted; refresh and try again.</source>
        <translation>Descope konnte das Angeforderte nicht finden. Vielleicht wurde es gelöscht; aktualisieren Sie und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Descope could not find it: %1. It may have been deleted; refresh and try again.</source>
        <translation>Descope konnte es nicht finden: %1. Vielleicht wurde es gelöscht; aktualisieren Sie und versuchen Sie es erneut.</translation>
    </message>
    <message numerus="yes">
        <source>Descope is rate-limiting requests; try again in %n seconds.</source>
        <translation>
            <numerusform>Descope drosselt die Anfragen; versuchen Sie es in %n Sekunde erneut.</numerusform>
            <numerusform>Descope drosselt die Anfragen; versuchen Sie es in %n Sekunden erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Descope is rate-limiting requests; wait a minute and try again.</source>
        <translation>Descope drosselt die Anfragen; warten Sie eine Minute und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Descope refused the request as invalid.</source>
        <translation>Descope hat die Anfrage als ungültig abgelehnt.</translation>
    </message>
    <message>
        <source>Descope refused the request: %1</source>
        <translation>Descope hat die Anfrage abgelehnt: %1</translation>
    </message>
    <message>
        <source>The Descope service is having trouble (HTTP %1). Try again in a few minutes.</source>
        <translation>Der Descope-Dienst hat Probleme (HTTP %1). Versuchen Sie es in ein paar Minuten erneut.</translation>
    </message>
    <message>
        <source>Descope refused the request (HTTP %1).</source>
        <translation>Descope hat die Anfrage abgelehnt (HTTP %1).</translation>
    </message>
    <message>
        <source>Descope answered with an error.</source>
        <translation>Descope hat mit einem Fehler geantwortet.</translation>
    </message>
    <message>
        <source>Cannot reach the Descope server. Check the network connection and the base URL.</source>
        <translation>Der Descope-Server ist nicht erreichbar. Prüfen Sie die Netzwerkverbindung und die Basis-URL.</translation>
    </message>
    <message>
        <source>The secure connection to the Descope server failed, so nothing was sent. Check the system clock, any proxy in between and the base URL.</source>
        <translation>Die sichere Verbindung zum Descope-Server ist fehlgeschlagen; es wurde nichts gesendet. Prüfen Sie die Systemuhr, einen etwaigen Proxy dazwischen und die Basis-URL.</translation>
    </message>
    <message>
        <source>Descope did not answer in time. Check the network connection and try again.</source>
        <translation>Descope hat nicht rechtzeitig geantwortet. Prüfen Sie die Netzwerkverbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Descope sent an answer this console does not understand.</source>
        <translation>Descope hat eine Antwort gesendet, die diese Konsole nicht versteht.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The request is incomplete and was not sent.</source>
        <translation>Die Anfrage ist unvollständig und wurde nicht gesendet.</translation>
    </message>
</context>
<context>
    <name>descope::BaseUrl</name>
    <message>
        <source>The base URL is not a valid URL with a host name.</source>
        <translation>Die Basis-URL ist keine gültige URL mit Hostnamen.</translation>
    </message>
    <message>
        <source>The base URL must start with https://.</source>
        <translation>Die Basis-URL muss mit https:// beginnen.</translation>
    </message>
    <message>
        <source>Plain http would send the management key to %1 unencrypted, for anyone on the network to read: use https://. Plain http is allowed only for this computer (localhost, 127.0.0.1 or ::1); reach a test server elsewhere through a tunnel to it.</source>
        <extracomment>%1 is the host name of the base URL</extracomment>
        <translation>Unverschlüsseltes http würde den Verwaltungsschlüssel im Klartext an %1 senden, für jeden im Netzwerk lesbar: Verwenden Sie https://. Unverschlüsseltes http ist nur für diesen Computer erlaubt (localhost, 127.0.0.1 oder ::1); einen Testserver anderswo erreichen Sie über einen Tunnel dorthin.</translation>
    </message>
</context>
<context>
    <name>descope::BatchReportDialog</name>
    <message>
        <source>Key</source>
        <extracomment>Column of the table of keys a batch failed for: the key&apos;s name</extracomment>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Key ID</source>
        <extracomment>Column of the table of keys a batch failed for</extracomment>
        <translation>Schlüssel-ID</translation>
    </message>
    <message>
        <source>Reason</source>
        <extracomment>Column of the table of keys a batch failed for: why the key failed</extracomment>
        <translation>Grund</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Retry %n Failed Keys</source>
        <translation>
            <numerusform>%n fehlgeschlagenen Schlüssel erneut &amp;versuchen</numerusform>
            <numerusform>%n fehlgeschlagene Schlüssel erneut &amp;versuchen</numerusform>
        </translation>
    </message>
    <message>
        <source>The server no longer has these keys; retrying cannot help.</source>
        <translation>Der Server hat diese Schlüssel nicht mehr; ein erneuter Versuch kann nicht helfen.</translation>
    </message>
    <message>
        <source>&amp;Copy List</source>
        <translation>Liste &amp;kopieren</translation>
    </message>
</context>
<context>
    <name>descope::BatchRunner</name>
    <message numerus="yes">
        <source>Activating %n keys…</source>
        <translation>
            <numerusform>%n Schlüssel wird aktiviert…</numerusform>
            <numerusform>%n Schlüssel werden aktiviert…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deactivating %n keys…</source>
        <translation>
            <numerusform>%n Schlüssel wird deaktiviert…</numerusform>
            <numerusform>%n Schlüssel werden deaktiviert…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleting %n keys…</source>
        <translation>
            <numerusform>%n Schlüssel wird gelöscht…</numerusform>
            <numerusform>%n Schlüssel werden gelöscht…</numerusform>
        </translation>
    </message>
    <message>
        <source>Another batch is still running; wait for it to finish.</source>
        <translation>Ein anderer Stapelvorgang läuft noch; warten Sie, bis er abgeschlossen ist.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Schlüssel</translation>
    </message>
    <message numerus="yes">
        <source>Activated %n keys</source>
        <translation>
            <numerusform>%n Schlüssel aktiviert</numerusform>
            <numerusform>%n Schlüssel aktiviert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deactivated %n keys</source>
        <translation>
            <numerusform>%n Schlüssel deaktiviert</numerusform>
            <numerusform>%n Schlüssel deaktiviert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n keys</source>
        <translation>
            <numerusform>%n Schlüssel gelöscht</numerusform>
            <numerusform>%n Schlüssel gelöscht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cancelled before %n others</source>
        <translation>
            <numerusform>vor %n weiterem abgebrochen</numerusform>
            <numerusform>vor %n weiteren abgebrochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>; </source>
        <extracomment>Joins the parts of a summary in the status bar: &quot;Deleted 8 keys; 2 failed&quot;</extracomment>
        <translation>; </translation>
    </message>
    <message numerus="yes">
        <source>Activate Keys: %n Failed</source>
        <extracomment>The title of the report of a batch: &quot;Activate Keys: 3 Failed&quot;</extracomment>
        <translation>
            <numerusform>Schlüssel aktivieren: %n fehlgeschlagen</numerusform>
            <numerusform>Schlüssel aktivieren: %n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n keys could not be activated.</source>
        <translation>
            <numerusform>%n Schlüssel konnte nicht aktiviert werden.</numerusform>
            <numerusform>%n Schlüssel konnten nicht aktiviert werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deactivate Keys: %n Failed</source>
        <translation>
            <numerusform>Schlüssel deaktivieren: %n fehlgeschlagen</numerusform>
            <numerusform>Schlüssel deaktivieren: %n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n keys could not be deactivated.</source>
        <translation>
            <numerusform>%n Schlüssel konnte nicht deaktiviert werden.</numerusform>
            <numerusform>%n Schlüssel konnten nicht deaktiviert werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete Keys: %n Failed</source>
        <translation>
            <numerusform>Schlüssel löschen: %n fehlgeschlagen</numerusform>
            <numerusform>Schlüssel löschen: %n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n keys could not be deleted.</source>
        <translation>
            <numerusform>%n Schlüssel konnte nicht gelöscht werden.</numerusform>
            <numerusform>%n Schlüssel konnten nicht gelöscht werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other keys were changed. The table now shows what the server holds.</source>
        <translation>
            <numerusform>%n anderer Schlüssel wurde geändert. Die Tabelle zeigt jetzt den Stand des Servers.</numerusform>
            <numerusform>%n andere Schlüssel wurden geändert. Die Tabelle zeigt jetzt den Stand des Servers.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing left to retry: the keys are already as asked.</source>
        <translation>Nichts mehr zu wiederholen: Die Schlüssel sind bereits wie gewünscht.</translation>
    </message>
</context>
<context>
    <name>descope::ClaimsEditor</name>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>A number, such as 42 or 2.5</source>
        <translation>Eine Zahl, etwa 42 oder 2.5</translation>
    </message>
    <message>
        <source>A JSON value, such as {&quot;tier&quot;: 2} or [&quot;eu&quot;, &quot;us&quot;]</source>
        <translation>Ein JSON-Wert, etwa {&quot;tier&quot;: 2} oder [&quot;eu&quot;, &quot;us&quot;]</translation>
    </message>
    <message>
        <source>Ro&amp;ws</source>
        <translation>&amp;Zeilen</translation>
    </message>
    <message>
        <source>&amp;JSON text</source>
        <translation>&amp;JSON-Text</translation>
    </message>
    <message>
        <source>No custom claims.</source>
        <translation>Keine benutzerdefinierten Claims.</translation>
    </message>
    <message>
        <source>Add clai&amp;m</source>
        <translation>Claim &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Edit the claims one by one, each with its type</source>
        <translation>Die Claims einzeln bearbeiten, jeden mit seinem Typ</translation>
    </message>
    <message>
        <source>Edit the claims as one JSON object</source>
        <translation>Die Claims als ein JSON-Objekt bearbeiten</translation>
    </message>
    <message>
        <source>Add a claim that session tokens of this key carry</source>
        <translation>Einen Claim hinzufügen, den die Sitzungstokens dieses Schlüssels tragen</translation>
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
        <translation>Die Zeilen und der JSON-Text enthalten unterschiedliche Claims. Gespeichert wird nur die angezeigte Ansicht; die andere behält, was in ihr eingegeben wurde.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Claim name</source>
        <translation>Claim-Name</translation>
    </message>
    <message>
        <source>Claim type</source>
        <translation>Claim-Typ</translation>
    </message>
    <message>
        <source>String</source>
        <translation>Zeichenkette</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>Boolean</source>
        <translation>Wahrheitswert</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Claim value</source>
        <translation>Claim-Wert</translation>
    </message>
    <message>
        <source>Remove this claim</source>
        <translation>Diesen Claim entfernen</translation>
    </message>
    <message>
        <source>Remove claim</source>
        <translation>Claim entfernen</translation>
    </message>
</context>
<context>
    <name>descope::CleartextDialog</name>
    <message>
        <source>Unnamed key</source>
        <translation>Unbenannter Schlüssel</translation>
    </message>
    <message>
        <source>E&amp;xchange for a Session…</source>
        <translation>Gegen Sitzung &amp;eintauschen…</translation>
    </message>
    <message>
        <source>Access Key Rotated</source>
        <translation>Zugriffsschlüssel rotiert</translation>
    </message>
    <message>
        <source>Access Key Created</source>
        <translation>Zugriffsschlüssel erstellt</translation>
    </message>
    <message>
        <source>The access key “%1” was rotated.</source>
        <extracomment>%1 is the key&apos;s name</extracomment>
        <translation>Das Geheimnis des Zugriffsschlüssels „%1“ wurde rotiert.</translation>
    </message>
    <message>
        <source>The access key “%1” was created.</source>
        <translation>Der Zugriffsschlüssel „%1“ wurde erstellt.</translation>
    </message>
    <message>
        <source>Below is the key&apos;s new secret. The old secret has stopped working: update everything that used it. The new secret cannot be shown again, so copy it now and keep it somewhere safe.</source>
        <translation>Unten steht das neue Geheimnis des Schlüssels. Das alte Geheimnis funktioniert nicht mehr: Aktualisieren Sie alles, was es verwendet hat. Das neue Geheimnis kann nicht noch einmal angezeigt werden; kopieren Sie es jetzt und bewahren Sie es sicher auf.</translation>
    </message>
    <message>
        <source>Below is the key&apos;s secret. It cannot be shown again, so copy it now and keep it somewhere safe.</source>
        <translation>Unten steht das Geheimnis des Schlüssels. Es kann nicht noch einmal angezeigt werden; kopieren Sie es jetzt und bewahren Sie es sicher auf.</translation>
    </message>
    <message>
        <source>Key ID:</source>
        <translation>Schlüssel-ID:</translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation>&amp;Geheimnis:</translation>
    </message>
    <message>
        <source>Try the key: exchange it for a session token</source>
        <translation>Den Schlüssel ausprobieren: gegen ein Sitzungstoken eintauschen</translation>
    </message>
    <message>
        <source>Close Without Copying?</source>
        <translation>Ohne Kopieren schließen?</translation>
    </message>
    <message>
        <source>The secret of “%1” was not copied.</source>
        <extracomment>%1 is the key&apos;s name</extracomment>
        <translation>Das Geheimnis von „%1“ wurde nicht kopiert.</translation>
    </message>
    <message>
        <source>It cannot be shown again. Without it the key cannot be used until it is rotated. Close anyway?</source>
        <translation>Es kann nicht noch einmal angezeigt werden. Ohne es ist der Schlüssel unbrauchbar, bis sein Geheimnis rotiert wird. Trotzdem schließen?</translation>
    </message>
</context>
<context>
    <name>descope::ConnectDialog</name>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Incomplete settings</source>
        <translation>Unvollständige Einstellungen</translation>
    </message>
    <message>
        <source>Management key refused</source>
        <translation>Verwaltungsschlüssel abgelehnt</translation>
    </message>
    <message>
        <source>Unknown project</source>
        <translation>Unbekanntes Projekt</translation>
    </message>
    <message>
        <source>Server unreachable</source>
        <translation>Server nicht erreichbar</translation>
    </message>
    <message>
        <source>Secure connection failed</source>
        <translation>Sichere Verbindung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Not a Descope server</source>
        <translation>Kein Descope-Server</translation>
    </message>
    <message>
        <source>Connection failed</source>
        <translation>Verbindung fehlgeschlagen</translation>
    </message>
    <message>
        <source>C&amp;ustom domain</source>
        <translation>&amp;Eigene Domain</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Try the &amp;Sandbox</source>
        <translation>&amp;Sandbox ausprobieren</translation>
    </message>
    <message>
        <source>Connect to a Descope Project</source>
        <translation>Mit einem Descope-Projekt verbinden</translation>
    </message>
    <message>
        <source>Enter the project ID and a management key from the Descope console (Company settings, Management keys). Or try the sandbox: a local stand-in for Descope with example keys.</source>
        <translation>Geben Sie die Projekt-ID und einen Verwaltungsschlüssel aus der Descope-Konsole ein (Company settings, Management keys). Oder probieren Sie die Sandbox aus: einen lokalen Ersatz für Descope mit Beispielschlüsseln.</translation>
    </message>
    <message>
        <source>New Connection Profile</source>
        <translation>Neues Verbindungsprofil</translation>
    </message>
    <message>
        <source>Edit Connection Profile</source>
        <translation>Verbindungsprofil bearbeiten</translation>
    </message>
    <message>
        <source>Management Key Needed</source>
        <translation>Verwaltungsschlüssel benötigt</translation>
    </message>
    <message>
        <source>e.g. Production</source>
        <translation>z. B. Produktion</translation>
    </message>
    <message>
        <source>e.g. P2abc… (Project settings in the Descope console)</source>
        <translation>z. B. P2abc… (Project settings in der Descope-Konsole)</translation>
    </message>
    <message>
        <source>Paste the management key</source>
        <translation>Verwaltungsschlüssel einfügen</translation>
    </message>
    <message>
        <source>Use your own domain (a Descope custom domain) instead of the address derived from the project ID&apos;s region</source>
        <translation>Eigene Domain (eine Descope Custom Domain) statt der aus der Region der Projekt-ID abgeleiteten Adresse verwenden</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Project ID:</source>
        <translation>&amp;Projekt-ID:</translation>
    </message>
    <message>
        <source>&amp;Management key:</source>
        <translation>Ver&amp;waltungsschlüssel:</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>&amp;Basis-URL:</translation>
    </message>
    <message>
        <source>Reading the keychain…</source>
        <translation>Schlüsselbund wird gelesen…</translation>
    </message>
    <message>
        <source>No key is stored: paste the management key</source>
        <translation>Kein Schlüssel gespeichert: Fügen Sie den Verwaltungsschlüssel ein</translation>
    </message>
    <message>
        <source>The keychain could not be read: %1</source>
        <translation>Der Schlüsselbund konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Testing the connection to %1…</source>
        <translation>Verbindung zu %1 wird getestet…</translation>
    </message>
    <message>
        <source>Key Not Stored</source>
        <translation>Schlüssel nicht gespeichert</translation>
    </message>
    <message>
        <source>The profile “%1” was saved, but its management key could not be stored in the keychain.</source>
        <extracomment>%1 is the profile&apos;s name</extracomment>
        <translation>Das Profil „%1“ wurde gespeichert, sein Verwaltungsschlüssel konnte aber nicht im Schlüsselbund abgelegt werden.</translation>
    </message>
    <message>
        <source>%1 The key is used for this session only.</source>
        <translation>%1 Der Schlüssel wird nur für diese Sitzung verwendet.</translation>
    </message>
    <message>
        <source>Derived from the project ID&apos;s region, as Descope&apos;s SDKs do. Tick Custom domain to use your own.</source>
        <translation>Aus der Region der Projekt-ID abgeleitet, wie es die Descope-SDKs tun. Kreuzen Sie „Eigene Domain“ an, um Ihre eigene zu verwenden.</translation>
    </message>
    <message>
        <source>Your custom domain, e.g. https://auth.example.com</source>
        <translation>Ihre eigene Domain, z. B. https://auth.example.com</translation>
    </message>
    <message>
        <source>The key is kept in the system keychain, never in the settings file.</source>
        <translation>Der Schlüssel wird im Schlüsselbund des Systems aufbewahrt, nie in der Einstellungsdatei.</translation>
    </message>
    <message>
        <source>No keychain is available, so the key is kept in memory for this session only.</source>
        <translation>Es ist kein Schlüsselbund verfügbar; der Schlüssel wird daher nur für diese Sitzung im Speicher gehalten.</translation>
    </message>
    <message>
        <source>Saves the profile; with a management key, the window also connects to its project</source>
        <translation>Speichert das Profil; mit einem Verwaltungsschlüssel verbindet sich das Fenster auch mit seinem Projekt</translation>
    </message>
    <message>
        <source>Save and &amp;Connect</source>
        <translation>Speichern und &amp;verbinden</translation>
    </message>
</context>
<context>
    <name>descope::ConnectionPanel</name>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>Project ID:</source>
        <translation>Projekt-ID:</translation>
    </message>
    <message>
        <source>Base URL:</source>
        <translation>Basis-URL:</translation>
    </message>
    <message>
        <source>A local sandbox with example keys, not a real Descope project</source>
        <translation>Eine lokale Sandbox mit Beispielschlüsseln, kein echtes Descope-Projekt</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Verbunden mit %1</translation>
    </message>
    <message>
        <source>A local sandbox with example keys: nothing you do here touches a real Descope project.</source>
        <translation>Eine lokale Sandbox mit Beispielschlüsseln: Nichts, was Sie hier tun, berührt ein echtes Descope-Projekt.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Connection profiles are not available yet. Start the console with --sandbox to try it against a local sandbox with example keys.</source>
        <translation>Verbindungsprofile sind noch nicht verfügbar. Starten Sie die Konsole mit --sandbox, um sie mit einer lokalen Sandbox mit Beispielschlüsseln auszuprobieren.</translation>
    </message>
</context>
<context>
    <name>descope::ConnectionTester</name>
    <message numerus="yes">
        <source>Connected: project %1 answered at %2 with %n tenant(s).</source>
        <translation>
            <numerusform>Verbunden: Projekt %1 hat unter %2 mit %n Mandanten geantwortet.</numerusform>
            <numerusform>Verbunden: Projekt %1 hat unter %2 mit %n Mandanten geantwortet.</numerusform>
        </translation>
    </message>
    <message>
        <source>The management key is valid but not allowed to read this project&apos;s access keys and tenants. Use a management key with those permissions.</source>
        <translation>Der Verwaltungsschlüssel ist gültig, darf aber die Zugriffsschlüssel und Mandanten dieses Projekts nicht lesen. Verwenden Sie einen Verwaltungsschlüssel mit diesen Berechtigungen.</translation>
    </message>
    <message>
        <source>Descope refused the management key. Project %1 exists, so check that the key was copied completely and has not been deleted or expired.</source>
        <translation>Descope hat den Verwaltungsschlüssel abgelehnt. Das Projekt %1 existiert; prüfen Sie also, ob der Schlüssel vollständig kopiert wurde und weder gelöscht noch abgelaufen ist.</translation>
    </message>
    <message>
        <source>Descope does not know the project ID %1 at %2. Check the ID (Descope console, Project settings) and, for a regional project, the base URL.</source>
        <translation>Descope kennt die Projekt-ID %1 unter %2 nicht. Prüfen Sie die ID (Descope-Konsole, Project settings) und bei einem regionalen Projekt die Basis-URL.</translation>
    </message>
    <message>
        <source>Cannot reach %1 (%2). Check the network connection, the base URL, and any proxy or firewall in between.</source>
        <translation>%1 ist nicht erreichbar (%2). Prüfen Sie die Netzwerkverbindung, die Basis-URL und etwaige Proxys oder Firewalls dazwischen.</translation>
    </message>
    <message>
        <source>%1 did not answer in time. Check the network connection and the base URL, then try again.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet. Prüfen Sie die Netzwerkverbindung und die Basis-URL und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed, so nothing was sent (%2). Check the system clock, any proxy that inspects TLS, and the base URL.</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen; es wurde nichts gesendet (%2). Prüfen Sie die Systemuhr, etwaige Proxys, die TLS untersuchen, und die Basis-URL.</translation>
    </message>
    <message>
        <source>%1 answered, but not the way Descope does. Check the base URL.</source>
        <translation>%1 hat geantwortet, aber nicht so, wie Descope es tut. Prüfen Sie die Basis-URL.</translation>
    </message>
    <message>
        <source>%1 answered with HTTP %2, but not the way Descope does. Check the base URL.</source>
        <translation>%1 hat mit HTTP %2 geantwortet, aber nicht so, wie Descope es tut. Prüfen Sie die Basis-URL.</translation>
    </message>
</context>
<context>
    <name>descope::ExchangeDialog</name>
    <message>
        <source>&amp;Exchange</source>
        <translation>&amp;Eintauschen</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Exchange Access Key for a Session</source>
        <translation>Zugriffsschlüssel gegen eine Sitzung eintauschen</translation>
    </message>
    <message>
        <source>Paste an access key</source>
        <translation>Zugriffsschlüssel einfügen</translation>
    </message>
    <message>
        <source>Optional, e.g. {&quot;team&quot;: &quot;qa&quot;}</source>
        <translation>Optional, z. B. {&quot;team&quot;: &quot;qa&quot;}</translation>
    </message>
    <message>
        <source>No tenant</source>
        <translation>Kein Mandant</translation>
    </message>
    <message>
        <source>&amp;Access key:</source>
        <translation>&amp;Zugriffsschlüssel:</translation>
    </message>
    <message>
        <source>Custom c&amp;laims:</source>
        <translation>Benutzerdefinierte &amp;Claims:</translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation>&amp;Mandant:</translation>
    </message>
    <message>
        <source>Exchanging…</source>
        <translation>Wird eingetauscht…</translation>
    </message>
    <message>
        <source>C&amp;opy Token</source>
        <translation>Token &amp;kopieren</translation>
    </message>
    <message>
        <source>Session &amp;token:</source>
        <translation>Sitzungs&amp;token:</translation>
    </message>
    <message>
        <source>Expiry:</source>
        <translation>Ablauf:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>tenant</comment>
        <extracomment>%1 is a tenant&apos;s name, %2 its ID</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The exchange was cancelled.</source>
        <translation>Der Austausch wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The exchange failed. %1</source>
        <translation>Der Austausch ist fehlgeschlagen. %1</translation>
    </message>
    <message>
        <source>Correct the custom claims first: they must be JSON.</source>
        <translation>Korrigieren Sie zuerst die benutzerdefinierten Claims: Sie müssen JSON sein.</translation>
    </message>
</context>
<context>
    <name>descope::ExpirationPicker</name>
    <message>
        <source>30 days</source>
        <translation>30 Tage</translation>
    </message>
    <message>
        <source>60 days</source>
        <translation>60 Tage</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 Tage</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 Jahr</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Custom date and time</source>
        <translation>Eigenes Datum und Uhrzeit</translation>
    </message>
    <message>
        <source>How long the key works. A key that never expires works until it is deactivated or deleted.</source>
        <translation>Wie lange der Schlüssel funktioniert. Ein Schlüssel, der nie abläuft, funktioniert, bis er deaktiviert oder gelöscht wird.</translation>
    </message>
    <message>
        <source>The date and time the key stops working, in your time zone</source>
        <translation>Datum und Uhrzeit, zu denen der Schlüssel aufhört zu funktionieren, in Ihrer Zeitzone</translation>
    </message>
    <message>
        <source>The key works until it is deactivated or deleted.</source>
        <translation>Der Schlüssel funktioniert, bis er deaktiviert oder gelöscht wird.</translation>
    </message>
    <message>
        <source>Expired %1</source>
        <translation>Abgelaufen %1</translation>
    </message>
    <message>
        <source>Expires %1</source>
        <translation>Läuft %1 ab</translation>
    </message>
    <message>
        <source>Expires %1, %2</source>
        <extracomment>%1 is a date and time, %2 a relative time such as &quot;in 3 months&quot;</extracomment>
        <translation>Läuft am %1 ab, %2</translation>
    </message>
</context>
<context>
    <name>descope::IpRange</name>
    <message>
        <source>The address before the / is missing</source>
        <translation>Die Adresse vor dem / fehlt</translation>
    </message>
    <message>
        <source>%1 is not an IP address or CIDR range</source>
        <translation>%1 ist keine IP-Adresse und kein CIDR-Bereich</translation>
    </message>
    <message>
        <source>%1 is not an IPv4 address: it needs four numbers separated by dots</source>
        <translation>%1 ist keine IPv4-Adresse: Sie braucht vier durch Punkte getrennte Zahlen</translation>
    </message>
    <message>
        <source>%1 is not an IPv4 address: a number is missing between dots</source>
        <translation>%1 ist keine IPv4-Adresse: Zwischen zwei Punkten fehlt eine Zahl</translation>
    </message>
    <message>
        <source>%1 is not an IPv4 address: %2 has a leading zero, which some systems read as octal</source>
        <translation>%1 ist keine IPv4-Adresse: %2 hat eine führende Null, die manche Systeme als oktal lesen</translation>
    </message>
    <message>
        <source>%1 is not an IPv4 address: %2 is more than 255</source>
        <translation>%1 ist keine IPv4-Adresse: %2 ist größer als 255</translation>
    </message>
    <message>
        <source>%1: zone IDs such as %2 name a local interface and are not allowed in permitted IPs</source>
        <translation>%1: Zonen-IDs wie %2 bezeichnen eine lokale Schnittstelle und sind in zulässigen IP-Adressen nicht erlaubt</translation>
    </message>
    <message>
        <source>%1: write the address without brackets</source>
        <translation>%1: Schreiben Sie die Adresse ohne Klammern</translation>
    </message>
    <message>
        <source>%1 is not an IPv6 address: &apos;%2&apos; is not a hex digit</source>
        <translation>%1 ist keine IPv6-Adresse: „%2“ ist keine Hexadezimalziffer</translation>
    </message>
    <message>
        <source>%1 is not an IPv6 address: &apos;::&apos; may appear only once</source>
        <translation>%1 ist keine IPv6-Adresse: „::“ darf nur einmal vorkommen</translation>
    </message>
    <message>
        <source>%1 is not an IPv6 address: a group is missing between colons</source>
        <translation>%1 ist keine IPv6-Adresse: Zwischen zwei Doppelpunkten fehlt eine Gruppe</translation>
    </message>
    <message>
        <source>%1 is not an IPv6 address: an IPv4 part may only come last</source>
        <translation>%1 ist keine IPv6-Adresse: Ein IPv4-Teil darf nur am Ende stehen</translation>
    </message>
    <message>
        <source>%1 is not an IPv6 address: %2</source>
        <translation>%1 ist keine IPv6-Adresse: %2</translation>
    </message>
    <message>
        <source>%1 is not an IPv6 address: %2 has more than four hex digits</source>
        <translation>%1 ist keine IPv6-Adresse: %2 hat mehr als vier Hexadezimalziffern</translation>
    </message>
    <message>
        <source>%1 is not an IPv6 address: it has too many groups</source>
        <translation>%1 ist keine IPv6-Adresse: Sie hat zu viele Gruppen</translation>
    </message>
    <message>
        <source>%1 is not an IPv6 address: it has %2 groups, not 8</source>
        <translation>%1 ist keine IPv6-Adresse: Sie hat %2 Gruppen statt 8</translation>
    </message>
    <message>
        <source>%1 is not an IPv6 address: it has %2 groups; it needs 8, or &apos;::&apos; for a run of zeros</source>
        <translation>%1 ist keine IPv6-Adresse: Sie hat %2 Gruppen; nötig sind 8 oder „::“ für eine Folge von Nullen</translation>
    </message>
    <message>
        <source>%1 has no prefix length after the /</source>
        <translation>%1 hat keine Präfixlänge nach dem /</translation>
    </message>
    <message>
        <source>%1 has more than one /</source>
        <translation>%1 hat mehr als ein /</translation>
    </message>
    <message>
        <source>/%1 is not a prefix length: use a number from 0 to %2</source>
        <translation>/%1 ist keine Präfixlänge: Verwenden Sie eine Zahl von 0 bis %2</translation>
    </message>
    <message>
        <source>/%1 has a leading zero: write /%2</source>
        <translation>/%1 hat eine führende Null: Schreiben Sie /%2</translation>
    </message>
    <message>
        <source>/%1 is too long for IPv6</source>
        <translation>/%1 ist zu lang für IPv6</translation>
    </message>
    <message>
        <source>/%1 is too long for IPv4</source>
        <translation>/%1 ist zu lang für IPv4</translation>
    </message>
    <message>
        <source>An address is required</source>
        <translation>Eine Adresse ist erforderlich</translation>
    </message>
    <message>
        <source>%1 contains a space: put one address on each line</source>
        <translation>%1 enthält ein Leerzeichen: Schreiben Sie eine Adresse pro Zeile</translation>
    </message>
    <message>
        <source>Remove the spaces around %1</source>
        <translation>Entfernen Sie die Leerzeichen um %1</translation>
    </message>
    <message>
        <source>%1 covers the whole network %2: write %2 if that is meant, or %3 for that one address</source>
        <extracomment>%1 is a CIDR range as typed, such as 10.1.2.3/8, %2 the network it stands for, such as 10.0.0.0/8, and %3 the address alone</extracomment>
        <translation>%1 umfasst das ganze Netz %2: Schreiben Sie %2, wenn das gemeint ist, oder %3 für diese eine Adresse</translation>
    </message>
</context>
<context>
    <name>descope::JsonTreeWidget</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n Feld</numerusform>
            <numerusform>%n Felder</numerusform>
        </translation>
    </message>
    <message>
        <source>string</source>
        <comment>JSON type</comment>
        <translation>Zeichenkette</translation>
    </message>
    <message>
        <source>number</source>
        <comment>JSON type</comment>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>boolean</source>
        <comment>JSON type</comment>
        <translation>Wahrheitswert</translation>
    </message>
    <message>
        <source>null</source>
        <comment>JSON type</comment>
        <translation>null</translation>
    </message>
    <message>
        <source>array</source>
        <comment>JSON type</comment>
        <translation>Array</translation>
    </message>
    <message>
        <source>object</source>
        <comment>JSON type</comment>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Copy Value</source>
        <translation>Wert kopieren</translation>
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
        <translation>%1 Sekunden seit 1970 (UTC)&#x2028;Ihre Ortszeit: %2</translation>
    </message>
</context>
<context>
    <name>descope::Jwt</name>
    <message>
        <source>The project&apos;s signing key has no valid RSA modulus or exponent.</source>
        <translation>Der Signaturschlüssel des Projekts hat keinen gültigen RSA-Modulus oder -Exponenten.</translation>
    </message>
    <message>
        <source>The project&apos;s signing key could not be read.</source>
        <translation>Der Signaturschlüssel des Projekts konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The token does not have three dot-separated parts.</source>
        <translation>Das Token besteht nicht aus drei durch Punkte getrennten Teilen.</translation>
    </message>
    <message>
        <source>The token&apos;s header is not base64url-encoded JSON.</source>
        <translation>Der Header des Tokens ist kein base64url-kodiertes JSON.</translation>
    </message>
    <message>
        <source>The token&apos;s payload is not base64url-encoded JSON.</source>
        <translation>Die Nutzdaten des Tokens sind kein base64url-kodiertes JSON.</translation>
    </message>
    <message>
        <source>The token&apos;s signature is not base64url.</source>
        <translation>Die Signatur des Tokens ist nicht base64url-kodiert.</translation>
    </message>
    <message>
        <source>The token is signed with &apos;%1&apos;, not RS256.</source>
        <extracomment>%1 is the signing algorithm the token names, such as HS256</extracomment>
        <translation>Das Token ist mit „%1“ signiert, nicht mit RS256.</translation>
    </message>
    <message>
        <source>The token&apos;s signing key &apos;%1&apos; is not among the project&apos;s keys.</source>
        <extracomment>%1 is the key ID (kid) in the token&apos;s header</extracomment>
        <translation>Der Signaturschlüssel „%1“ des Tokens gehört nicht zu den Schlüsseln des Projekts.</translation>
    </message>
    <message>
        <source>The project&apos;s signing key is not an RSA key.</source>
        <translation>Der Signaturschlüssel des Projekts ist kein RSA-Schlüssel.</translation>
    </message>
    <message>
        <source>The token&apos;s signature does not match the project&apos;s key.</source>
        <translation>Die Signatur des Tokens passt nicht zum Schlüssel des Projekts.</translation>
    </message>
</context>
<context>
    <name>descope::JwtClaimsView</name>
    <message>
        <source>None requested</source>
        <translation>Keine angefordert</translation>
    </message>
    <message>
        <source>Chosen by the caller at exchange time, not by the key&apos;s configuration: services should not trust them.</source>
        <translation>Beim Austausch vom Aufrufer gewählt, nicht durch die Konfiguration des Schlüssels: Dienste sollten ihnen nicht vertrauen.</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Claims</translation>
    </message>
    <message>
        <source>Exchange-time claims (nsec)</source>
        <translation>Claims beim Austausch (nsec)</translation>
    </message>
    <message>
        <source>Signature verified with the project&apos;s public key %1.</source>
        <extracomment>%1 is the ID (kid) of the project&apos;s public key</extracomment>
        <translation>Signatur mit dem öffentlichen Schlüssel %1 des Projekts geprüft.</translation>
    </message>
    <message>
        <source>no reason was given</source>
        <translation>Es wurde kein Grund angegeben</translation>
    </message>
    <message>
        <source>The signature could not be verified against the project&apos;s keys: %1</source>
        <extracomment>%1 says why, e.g. &quot;the token&apos;s key ID is not among the project&apos;s keys&quot;</extracomment>
        <translation>Die Signatur konnte nicht mit den Schlüsseln des Projekts geprüft werden: %1</translation>
    </message>
</context>
<context>
    <name>descope::JwtExpiryLabel</name>
    <message numerus="yes">
        <source>%n h</source>
        <comment>hours, abbreviated</comment>
        <translation>
            <numerusform>%n Std.</numerusform>
            <numerusform>%n Std.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <comment>minutes, abbreviated</comment>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
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
        <translation>Das Token gibt nicht an, wann es abläuft</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Expires in %1</source>
        <extracomment>%1 is a time span such as &quot;9 min 58 s&quot;</extracomment>
        <translation>Läuft in %1 ab</translation>
    </message>
</context>
<context>
    <name>descope::KeyActionController</name>
    <message>
        <source>Created “%1”</source>
        <translation>„%1“ erstellt</translation>
    </message>
    <message>
        <source>Saved “%1”</source>
        <translation>„%1“ gespeichert</translation>
    </message>
    <message>
        <source>A batch is still running; wait for it to finish.</source>
        <translation>Ein Stapelvorgang läuft noch; warten Sie, bis er abgeschlossen ist.</translation>
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
        <translation>&amp;Neuer Schlüssel…</translation>
    </message>
    <message>
        <source>&amp;Edit Key…</source>
        <translation>Schlüssel &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <extracomment>A verb: let the selected keys work again</extracomment>
        <translation>&amp;Aktivieren</translation>
    </message>
    <message>
        <source>D&amp;eactivate</source>
        <extracomment>A verb: stop the selected keys from working</extracomment>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <source>R&amp;otate Secret…</source>
        <translation>Geheimnis &amp;rotieren…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>E&amp;xchange for a Session…</source>
        <translation>Gegen Sitzung &amp;eintauschen…</translation>
    </message>
    <message>
        <source>Import &amp;Passkeys…</source>
        <translation>&amp;Passkeys importieren…</translation>
    </message>
    <message>
        <source>&amp;Copy Key ID</source>
        <translation>Schlüssel-ID &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Create an access key and copy its secret</source>
        <translation>Einen Zugriffsschlüssel erstellen und sein Geheimnis kopieren</translation>
    </message>
    <message>
        <source>Change the selected key&apos;s name, roles, description and more</source>
        <translation>Name, Rollen, Beschreibung und mehr des ausgewählten Schlüssels ändern</translation>
    </message>
    <message>
        <source>Let the selected keys be exchanged for sessions again</source>
        <translation>Die ausgewählten Schlüssel wieder gegen Sitzungen eintauschen lassen</translation>
    </message>
    <message>
        <source>Stop the selected keys from being exchanged for sessions</source>
        <translation>Verhindern, dass die ausgewählten Schlüssel gegen Sitzungen eingetauscht werden</translation>
    </message>
    <message>
        <source>Replace the selected key&apos;s secret; the old one stops working</source>
        <translation>Das Geheimnis des ausgewählten Schlüssels ersetzen; das alte funktioniert dann nicht mehr</translation>
    </message>
    <message>
        <source>Delete the selected keys for good</source>
        <translation>Die ausgewählten Schlüssel endgültig löschen</translation>
    </message>
    <message>
        <source>Exchange a key for a session token to check that it works</source>
        <translation>Einen Schlüssel gegen ein Sitzungstoken eintauschen, um zu prüfen, ob er funktioniert</translation>
    </message>
    <message>
        <source>Copy the IDs of the selected keys</source>
        <translation>Die IDs der ausgewählten Schlüssel kopieren</translation>
    </message>
    <message>
        <source>Import a user&apos;s passkeys from another identity provider</source>
        <translation>Die Passkeys eines Benutzers von einem anderen Identitätsanbieter importieren</translation>
    </message>
    <message>
        <source>Load the keys from the server again</source>
        <translation>Die Schlüssel erneut vom Server laden</translation>
    </message>
    <message>
        <source>Search the keys</source>
        <translation>Die Schlüssel durchsuchen</translation>
    </message>
</context>
<context>
    <name>descope::KeyDetailsPane</name>
    <message>
        <source>Read-only: this key cannot be edited.</source>
        <translation>Schreibgeschützt: Dieser Schlüssel kann nicht bearbeitet werden.</translation>
    </message>
    <message>
        <source>No custom claims</source>
        <translation>Keine benutzerdefinierten Claims</translation>
    </message>
    <message>
        <source>No custom attributes</source>
        <translation>Keine benutzerdefinierten Attribute</translation>
    </message>
    <message>
        <source>Key ID:</source>
        <translation>Schlüssel-ID:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Erstellt:</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>Läuft ab:</translation>
    </message>
    <message>
        <source>Created by:</source>
        <translation>Erstellt von:</translation>
    </message>
    <message>
        <source>Bound user:</source>
        <translation>Gebundener Benutzer:</translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation>Client-ID:</translation>
    </message>
    <message>
        <source>Project roles:</source>
        <translation>Projektrollen:</translation>
    </message>
    <message>
        <source>Tenants:</source>
        <translation>Mandanten:</translation>
    </message>
    <message>
        <source>Permitted IPs:</source>
        <translation>Zulässige IP-Adressen:</translation>
    </message>
    <message>
        <source>Custom claims</source>
        <translation>Benutzerdefinierte Claims</translation>
    </message>
    <message>
        <source>Custom attributes</source>
        <translation>Benutzerdefinierte Attribute</translation>
    </message>
    <message>
        <source>Unnamed key</source>
        <translation>Unbenannter Schlüssel</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>time</comment>
        <extracomment>%1 is a local date and time, %2 how long ago or ahead it is, e.g. &quot;in 3 days&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Expired on %1 (%2)</source>
        <extracomment>%1 is a local date and time, %2 how long ago it is, e.g. &quot;3 days ago&quot;</extracomment>
        <translation>Abgelaufen am %1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>tenant</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>no roles</source>
        <translation>keine Rollen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is a tenant, %2 the key&apos;s roles in it</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Any address</source>
        <translation>Jede Adresse</translation>
    </message>
    <message numerus="yes">
        <source>%n keys selected</source>
        <translation>
            <numerusform>%n Schlüssel ausgewählt</numerusform>
            <numerusform>%n Schlüssel ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a key to see its details</source>
        <translation>Wählen Sie einen Schlüssel aus, um seine Details zu sehen</translation>
    </message>
</context>
<context>
    <name>descope::KeyEditorDialog</name>
    <message>
        <source>New Access Key</source>
        <translation>Neuer Zugriffsschlüssel</translation>
    </message>
    <message>
        <source>Edit Access Key: %1</source>
        <translation>Zugriffsschlüssel bearbeiten: %1</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Set when the key was created; Descope cannot change it.</source>
        <translation>Beim Erstellen des Schlüssels festgelegt; Descope kann es nicht ändern.</translation>
    </message>
    <message>
        <source>Key ID:</source>
        <translation>Schlüssel-ID:</translation>
    </message>
    <message>
        <source>Required, such as ci-deployer-prod</source>
        <translation>Erforderlich, etwa ci-deployer-prod</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>What the key is for and who owns it</source>
        <translation>Wofür der Schlüssel dient und wem er gehört</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>E&amp;xpires:</source>
        <translation>&amp;Läuft ab:</translation>
    </message>
    <message>
        <source>Optional: the ID of a user the key acts for</source>
        <translation>Optional: die ID eines Benutzers, für den der Schlüssel handelt</translation>
    </message>
    <message>
        <source>A key bound to a user acts with that user&apos;s roles and tenants; the roles below are then ignored.</source>
        <translation>Ein an einen Benutzer gebundener Schlüssel handelt mit dessen Rollen und Mandanten; die Rollen unten werden dann ignoriert.</translation>
    </message>
    <message>
        <source>&amp;Bound user ID:</source>
        <translation>&amp;Gebundene Benutzer-ID:</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Rollen:</translation>
    </message>
    <message>
        <source>Permitted &amp;IPs:</source>
        <translation>Zulässige &amp;IP-Adressen:</translation>
    </message>
    <message>
        <source>Custom c&amp;laims:</source>
        <translation>Benutzerdefinierte &amp;Claims:</translation>
    </message>
    <message>
        <source>&amp;Project roles</source>
        <translation>&amp;Projektrollen</translation>
    </message>
    <message>
        <source>Roles that apply to the whole project</source>
        <translation>Rollen, die für das ganze Projekt gelten</translation>
    </message>
    <message>
        <source>Roles per &amp;tenant</source>
        <translation>Rollen je &amp;Mandant</translation>
    </message>
    <message>
        <source>Roles that apply in the chosen tenants only</source>
        <translation>Rollen, die nur in den gewählten Mandanten gelten</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>Erneut &amp;versuchen</translation>
    </message>
    <message>
        <source>Ask Descope for the project&apos;s tenants and roles again</source>
        <translation>Descope erneut nach den Mandanten und Rollen des Projekts fragen</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before saving. %1: %2</source>
        <extracomment>%1 is where the problem is (&quot;Permitted IPs, line 2&quot;), %2 what is wrong</extracomment>
        <translation>
            <numerusform>%n Problem muss vor dem Speichern behoben werden. %1: %2</numerusform>
            <numerusform>%n Probleme müssen vor dem Speichern behoben werden. %1: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>Bound user ID</source>
        <translation>Gebundene Benutzer-ID</translation>
    </message>
    <message>
        <source>Project roles</source>
        <translation>Projektrollen</translation>
    </message>
    <message>
        <source>Tenant roles, row %1</source>
        <translation>Mandantenrollen, Zeile %1</translation>
    </message>
    <message>
        <source>Permitted IPs, line %1</source>
        <translation>Zulässige IP-Adressen, Zeile %1</translation>
    </message>
    <message>
        <source>Custom claims</source>
        <translation>Benutzerdefinierte Claims</translation>
    </message>
    <message>
        <source>Custom claims, row %1</source>
        <translation>Benutzerdefinierte Claims, Zeile %1</translation>
    </message>
    <message>
        <source>The connection to the project was closed. Copy what you need and connect again.</source>
        <translation>Die Verbindung zum Projekt wurde geschlossen. Kopieren Sie, was Sie brauchen, und verbinden Sie sich erneut.</translation>
    </message>
    <message>
        <source>Creating the key…</source>
        <translation>Schlüssel wird erstellt…</translation>
    </message>
    <message>
        <source>Saving the changes…</source>
        <translation>Änderungen werden gespeichert…</translation>
    </message>
    <message>
        <source>The key was not created. %1</source>
        <translation>Der Schlüssel wurde nicht erstellt. %1</translation>
    </message>
    <message>
        <source>The changes were not saved. %1</source>
        <translation>Die Änderungen wurden nicht gespeichert. %1</translation>
    </message>
    <message>
        <source>Discard the new key?</source>
        <translation>Den neuen Schlüssel verwerfen?</translation>
    </message>
    <message>
        <source>Discard the changes to %1?</source>
        <translation>Die Änderungen an %1 verwerfen?</translation>
    </message>
    <message>
        <source>What you entered will be lost. Choose Cancel to keep editing.</source>
        <translation>Ihre Eingaben gehen verloren. Wählen Sie „Abbrechen“, um weiter zu bearbeiten.</translation>
    </message>
    <message>
        <source>Loading the project&apos;s tenants and roles…</source>
        <translation>Mandanten und Rollen des Projekts werden geladen…</translation>
    </message>
    <message>
        <source>The tenants and roles could not be loaded. %1</source>
        <translation>Die Mandanten und Rollen konnten nicht geladen werden. %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Not loaded</source>
        <translation>Nicht geladen</translation>
    </message>
</context>
<context>
    <name>descope::KeyExchange</name>
    <message>
        <source>The session token is malformed: %1</source>
        <translation>Das Sitzungstoken ist fehlerhaft: %1</translation>
    </message>
    <message>
        <source>The project&apos;s public keys could not be fetched: %1</source>
        <translation>Die öffentlichen Schlüssel des Projekts konnten nicht abgerufen werden: %1</translation>
    </message>
</context>
<context>
    <name>descope::KeyFilterBar</name>
    <message>
        <source>Search names, IDs, descriptions, roles, tenants, creators</source>
        <translation>Namen, IDs, Beschreibungen, Rollen, Mandanten, Ersteller durchsuchen</translation>
    </message>
    <message>
        <source>Every word must appear somewhere in the key (Ctrl+F)</source>
        <translation>Jedes Wort muss irgendwo im Schlüssel vorkommen (Ctrl+F)</translation>
    </message>
    <message>
        <source>Show keys by status</source>
        <translation>Schlüssel nach Status anzeigen</translation>
    </message>
    <message>
        <source>All statuses</source>
        <extracomment>A choice in the status filter: show every key</extracomment>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>key status filter</comment>
        <extracomment>A choice in the status filter: show the active keys</extracomment>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Inactive</source>
        <comment>key status filter</comment>
        <extracomment>A choice in the status filter: show the deactivated keys</extracomment>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>Expired</source>
        <comment>key status filter</comment>
        <extracomment>A choice in the status filter: show the keys whose expiry time has passed</extracomment>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Show the keys that have roles in one tenant</source>
        <translation>Die Schlüssel anzeigen, die Rollen in einem Mandanten haben</translation>
    </message>
    <message>
        <source>All tenants</source>
        <translation>Alle Mandanten</translation>
    </message>
    <message numerus="yes">
        <source>Expiring within %n day(s)</source>
        <extracomment>A choice in the status filter: keys that expire soon</extracomment>
        <translation>
            <numerusform>Läuft innerhalb von %n Tag ab</numerusform>
            <numerusform>Läuft innerhalb von %n Tagen ab</numerusform>
        </translation>
    </message>
    <message>
        <source>The tenants could not be loaded: %1</source>
        <translation>Die Mandanten konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>the search “%1”</source>
        <extracomment>A part of the list of filters in use; %1 is the search text</extracomment>
        <translation>die Suche „%1“</translation>
    </message>
    <message>
        <source>the status “%1”</source>
        <extracomment>A part of the list of filters in use; %1 is a status filter&apos;s choice</extracomment>
        <translation>den Status „%1“</translation>
    </message>
    <message>
        <source>the tenant “%1”</source>
        <extracomment>A part of the list of filters in use; %1 is a tenant&apos;s name</extracomment>
        <translation>den Mandanten „%1“</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Separates the filters in use, e.g. &quot;the search “ci”, the status “Active”&quot;</extracomment>
        <translation>, </translation>
    </message>
    <message>
        <source>Every word must appear somewhere in the key (Ctrl+F; Esc clears)</source>
        <translation>Jedes Wort muss irgendwo im Schlüssel vorkommen (Ctrl+F; Esc leert das Feld)</translation>
    </message>
</context>
<context>
    <name>descope::KeyForm</name>
    <message>
        <source>Choose a date and time</source>
        <translation>Wählen Sie Datum und Uhrzeit</translation>
    </message>
    <message>
        <source>The expiry is in the past</source>
        <translation>Der Ablauf liegt in der Vergangenheit</translation>
    </message>
    <message>
        <source>Descope cannot store expiry times after 19 January 2038, 03:14 UTC; choose an earlier date</source>
        <translation>Descope kann keine Ablaufzeiten nach dem 19. Januar 2038, 03:14 UTC speichern; wählen Sie ein früheres Datum</translation>
    </message>
    <message>
        <source>Choose a tenant</source>
        <translation>Wählen Sie einen Mandanten</translation>
    </message>
    <message>
        <source>Tenant repeated: %1 is in an earlier row</source>
        <translation>Mandant wiederholt: %1 steht schon in einer früheren Zeile</translation>
    </message>
    <message>
        <source>%1 is listed twice</source>
        <translation>%1 ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>A name is required</source>
        <translation>Ein Name ist erforderlich</translation>
    </message>
    <message>
        <source>A user ID has no spaces in it</source>
        <translation>Eine Benutzer-ID enthält keine Leerzeichen</translation>
    </message>
</context>
<context>
    <name>descope::KeyFormClaims</name>
    <message>
        <source>JSON: %1 at line %2, column %3</source>
        <translation>JSON: %1 in Zeile %2, Spalte %3</translation>
    </message>
    <message>
        <source>unexpected end of text</source>
        <translation>unerwartetes Textende</translation>
    </message>
    <message>
        <source>unexpected line break</source>
        <translation>unerwarteter Zeilenumbruch</translation>
    </message>
    <message>
        <source>unexpected control character</source>
        <translation>unerwartetes Steuerzeichen</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos;</source>
        <translation>unerwartetes „%1“</translation>
    </message>
    <message numerus="yes">
        <source>nested more than %n level(s) deep</source>
        <translation>
            <numerusform>mehr als %n Ebene tief verschachtelt</numerusform>
            <numerusform>mehr als %n Ebenen tief verschachtelt</numerusform>
        </translation>
    </message>
    <message>
        <source>claim name &apos;%1&apos; repeated</source>
        <translation>Claim-Name „%1“ wiederholt</translation>
    </message>
    <message>
        <source>name &apos;%1&apos; repeated</source>
        <translation>Name „%1“ wiederholt</translation>
    </message>
    <message>
        <source>a string that never ends</source>
        <translation>eine Zeichenkette ohne Ende</translation>
    </message>
    <message>
        <source>unexpected line break in a string (write \n)</source>
        <translation>unerwarteter Zeilenumbruch in einer Zeichenkette (schreiben Sie \n)</translation>
    </message>
    <message>
        <source>unexpected control character in a string</source>
        <translation>unerwartetes Steuerzeichen in einer Zeichenkette</translation>
    </message>
    <message>
        <source>invalid escape &apos;\%1&apos;</source>
        <translation>ungültige Escape-Sequenz „\%1“</translation>
    </message>
    <message>
        <source>invalid escape: \u needs four hex digits</source>
        <translation>ungültige Escape-Sequenz: \u braucht vier Hexadezimalziffern</translation>
    </message>
    <message>
        <source>invalid number &apos;%1&apos;</source>
        <translation>ungültige Zahl „%1“</translation>
    </message>
    <message>
        <source>the number %1 is too large to keep exactly (write it as a string)</source>
        <translation>die Zahl %1 ist zu groß, um sie exakt zu speichern (schreiben Sie sie als Zeichenkette)</translation>
    </message>
    <message>
        <source>A number is required</source>
        <translation>Eine Zahl ist erforderlich</translation>
    </message>
    <message>
        <source>Not a number: %1</source>
        <translation>Keine Zahl: %1</translation>
    </message>
    <message>
        <source>%1 is too large to keep exactly; make the claim a string</source>
        <translation>%1 ist zu groß, um exakt gespeichert zu werden; machen Sie den Claim zu einer Zeichenkette</translation>
    </message>
    <message>
        <source>%1 is a registered JWT claim: Descope sets it in every session token</source>
        <translation>%1 ist ein registrierter JWT-Claim: Descope setzt ihn in jedem Sitzungstoken</translation>
    </message>
    <message>
        <source>%1 is reserved: Descope puts its own %1 claim in session tokens</source>
        <translation>%1 ist reserviert: Descope schreibt einen eigenen %1-Claim in Sitzungstokens</translation>
    </message>
    <message>
        <source>A claim name is required</source>
        <translation>Ein Claim-Name ist erforderlich</translation>
    </message>
    <message>
        <source>Claim name repeated: %1 is in an earlier row</source>
        <translation>Claim-Name wiederholt: %1 steht schon in einer früheren Zeile</translation>
    </message>
    <message>
        <source>Not true or false: %1</source>
        <translation>Weder true noch false: %1</translation>
    </message>
    <message>
        <source>A JSON value is required</source>
        <translation>Ein JSON-Wert ist erforderlich</translation>
    </message>
    <message>
        <source>JSON: the claims must be one object, such as {&quot;plan&quot;: &quot;gold&quot;}</source>
        <translation>JSON: Die Claims müssen ein einzelnes Objekt sein, etwa {&quot;plan&quot;: &quot;gold&quot;}</translation>
    </message>
    <message>
        <source>A claim name is required: &quot;&quot; is not one</source>
        <translation>Ein Claim-Name ist erforderlich: &quot;&quot; ist keiner</translation>
    </message>
</context>
<context>
    <name>descope::KeyListBanner</name>
    <message>
        <source>Refreshing the keys…</source>
        <translation>Die Schlüssel werden aktualisiert…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>Stops the refresh; the keys shown stay (also Esc)</extracomment>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop refreshing; the keys shown stay (Esc)</source>
        <translation>Aktualisieren abbrechen; die angezeigten Schlüssel bleiben (Esc)</translation>
    </message>
    <message>
        <source>Showing the keys loaded at %1. The refresh failed: %2</source>
        <extracomment>%1 is when the keys shown were loaded (&quot;18:02&quot;), %2 why the refresh failed</extracomment>
        <translation>Angezeigt werden die Schlüssel mit Stand %1. Das Aktualisieren ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation>Erneut &amp;versuchen</translation>
    </message>
    <message>
        <source>Load the keys from the server again</source>
        <translation>Die Schlüssel erneut vom Server laden</translation>
    </message>
</context>
<context>
    <name>descope::KeyListMessage</name>
    <message>
        <source>Loading keys…</source>
        <translation>Schlüssel werden geladen…</translation>
    </message>
    <message>
        <source>The keys could not be loaded</source>
        <translation>Die Schlüssel konnten nicht geladen werden</translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation>Erneut &amp;versuchen</translation>
    </message>
    <message>
        <source>This project has no access keys yet</source>
        <translation>Dieses Projekt hat noch keine Zugriffsschlüssel</translation>
    </message>
    <message>
        <source>Create a key to let a machine sign in.</source>
        <translation>Erstellen Sie einen Schlüssel, damit sich eine Maschine anmelden kann.</translation>
    </message>
    <message>
        <source>&amp;New Key…</source>
        <translation>&amp;Neuer Schlüssel…</translation>
    </message>
    <message>
        <source>No keys match the filters</source>
        <translation>Keine Schlüssel entsprechen den Filtern</translation>
    </message>
    <message>
        <source>&amp;Clear Filters</source>
        <translation>Filter &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>Stops loading the keys (also Esc)</extracomment>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop loading the keys (Esc)</source>
        <translation>Das Laden der Schlüssel abbrechen (Esc)</translation>
    </message>
    <message>
        <source>The keys were not loaded</source>
        <translation>Die Schlüssel wurden nicht geladen</translation>
    </message>
    <message>
        <source>Loading was cancelled.</source>
        <translation>Das Laden wurde abgebrochen.</translation>
    </message>
    <message>
        <source>&amp;Load Keys</source>
        <translation>Schlüssel &amp;laden</translation>
    </message>
</context>
<context>
    <name>descope::KeyStatusBar</name>
    <message>
        <source>Loading keys…</source>
        <translation>Schlüssel werden geladen…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln key(s)</source>
        <translation>
            <numerusform>%Ln Schlüssel</numerusform>
            <numerusform>%Ln Schlüssel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln key(s) shown</source>
        <extracomment>%L1 is the count of keys shown, %Ln the count of keys loaded</extracomment>
        <translation>
            <numerusform>%L1 von %Ln Schlüssel angezeigt</numerusform>
            <numerusform>%L1 von %Ln Schlüsseln angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>Filtered: %1</source>
        <extracomment>Marks a count narrowed by a search or filter, e.g. &quot;Filtered: 5 of 36 keys shown&quot;</extracomment>
        <translation>Gefiltert: %1</translation>
    </message>
    <message>
        <source>Narrowed by: %1</source>
        <translation>Eingeschränkt durch: %1</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <extracomment>A button beside the key count: shows every key again</extracomment>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Clear the search and the filters and show every key</source>
        <translation>Suche und Filter zurücksetzen und alle Schlüssel anzeigen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected</source>
        <translation>
            <numerusform>%Ln ausgewählt</numerusform>
            <numerusform>%Ln ausgewählt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln expiring soon</source>
        <translation>
            <numerusform>%Ln läuft bald ab</numerusform>
            <numerusform>%Ln laufen bald ab</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keys that expire within %n day(s)</source>
        <translation>
            <numerusform>Schlüssel, die innerhalb von %n Tag ablaufen</numerusform>
            <numerusform>Schlüssel, die innerhalb von %n Tagen ablaufen</numerusform>
        </translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>A local sandbox with example keys, not a real Descope project</source>
        <translation>Eine lokale Sandbox mit Beispielschlüsseln, kein echtes Descope-Projekt</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Project %1 on the local sandbox at %2</source>
        <translation>Projekt %1 in der lokalen Sandbox unter %2</translation>
    </message>
    <message>
        <source>Project %1 at %2</source>
        <translation>Projekt %1 unter %2</translation>
    </message>
</context>
<context>
    <name>descope::KeyTableModel</name>
    <message>
        <source>This key never expires</source>
        <translation>Dieser Schlüssel läuft nie ab</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is a tenant, %2 the roles the key has in it</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>column header</comment>
        <extracomment>Column header: whether the key is active, inactive or expired</extracomment>
        <translation>Status</translation>
    </message>
    <message>
        <source>Expires</source>
        <comment>column header</comment>
        <extracomment>Column header: when the key expires (a relative time such as &quot;in 3 days&quot;)</extracomment>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Created</source>
        <comment>column header</comment>
        <extracomment>Column header: when the key was created</extracomment>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Created by</source>
        <comment>column header</comment>
        <extracomment>Column header: who created the key</extracomment>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation>Mandanten</translation>
    </message>
    <message>
        <source>Bound user</source>
        <extracomment>Column header: the user a key acts for</extracomment>
        <translation>Gebundener Benutzer</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Permitted IPs</source>
        <translation>Zulässige IP-Adressen</translation>
    </message>
    <message>
        <source>Key ID</source>
        <translation>Schlüssel-ID</translation>
    </message>
    <message>
        <source>Waiting for the server&apos;s answer. Status until then: %1</source>
        <extracomment>The tooltip of a key&apos;s status while a call about it runs; %1 is its status until then</extracomment>
        <translation>Warten auf die Antwort des Servers. Status bis dahin: %1</translation>
    </message>
</context>
<context>
    <name>descope::KeyTableView</name>
    <message>
        <source>&amp;Reset Columns</source>
        <translation>Spalten &amp;zurücksetzen</translation>
    </message>
</context>
<context>
    <name>descope::KeyTimeFormat</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n Monat</numerusform>
            <numerusform>%n Monaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n Jahr</numerusform>
            <numerusform>%n Jahren</numerusform>
        </translation>
    </message>
    <message>
        <source>in less than a minute</source>
        <translation>in weniger als einer Minute</translation>
    </message>
    <message>
        <source>in %1</source>
        <extracomment>A time ahead; %1 is a span such as &quot;3 days&quot;</extracomment>
        <translation>in %1</translation>
    </message>
    <message>
        <source>less than a minute ago</source>
        <translation>vor weniger als einer Minute</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <extracomment>A time past; %1 is a span such as &quot;3 days&quot;</extracomment>
        <translation>vor %1</translation>
    </message>
    <message>
        <source>Never</source>
        <comment>expiry</comment>
        <extracomment>When a key expires: it does not</extracomment>
        <translation>Nie</translation>
    </message>
</context>
<context>
    <name>descope::KeychainSecretStore</name>
    <message>
        <source>Access to the keychain was denied (%1).</source>
        <translation>Der Zugriff auf den Schlüsselbund wurde verweigert (%1).</translation>
    </message>
    <message>
        <source>The key could not be removed from the keychain (%1).</source>
        <translation>Der Schlüssel konnte nicht aus dem Schlüsselbund entfernt werden (%1).</translation>
    </message>
    <message>
        <source>No keychain is available (%1). Management keys are kept in memory for this session only, and must be entered again next time.</source>
        <translation>Es ist kein Schlüsselbund verfügbar (%1). Verwaltungsschlüssel werden nur für diese Sitzung im Speicher gehalten und müssen beim nächsten Mal erneut eingegeben werden.</translation>
    </message>
    <message>
        <source>no Secret Service answered</source>
        <translation>kein Secret Service hat geantwortet</translation>
    </message>
</context>
<context>
    <name>descope::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Alle auswählen</translation>
    </message>
    <message>
        <source>C&amp;lear Filters</source>
        <translation>Filter &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Keys</source>
        <translation>&amp;Schlüssel</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Spalten</translation>
    </message>
    <message>
        <source>Key &amp;Details</source>
        <translation>Schlüssel&amp;details</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Descope Keys</source>
        <translation>Ü&amp;ber Descope Keys</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>About Descope Keys</source>
        <translation>Über Descope Keys</translation>
    </message>
    <message>
        <source>Descope Keys %1</source>
        <translation>Descope Keys %1</translation>
    </message>
    <message>
        <source>A desktop console for administering the access keys of a Descope project.</source>
        <translation>Eine Desktop-Konsole zur Verwaltung der Zugriffsschlüssel eines Descope-Projekts.</translation>
    </message>
    <message>
        <source>Descope Keys</source>
        <translation>Descope Keys</translation>
    </message>
    <message>
        <source>%1 — Not connected</source>
        <translation>%1 — Nicht verbunden</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>Asking %1 for the project&apos;s keys.</source>
        <translation>Die Schlüssel des Projekts werden bei %1 abgefragt.</translation>
    </message>
    <message>
        <source>No key has roles in the chosen tenant.</source>
        <translation>Kein Schlüssel hat Rollen im gewählten Mandanten.</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) hidden by the search and filters.</source>
        <translation>
            <numerusform>%n Schlüssel durch Suche und Filter ausgeblendet.</numerusform>
            <numerusform>%n Schlüssel durch Suche und Filter ausgeblendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n key ID(s)</source>
        <translation>
            <numerusform>%n Schlüssel-ID kopiert</numerusform>
            <numerusform>%n Schlüssel-IDs kopiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n passkey(s)</source>
        <translation>
            <numerusform>%n Passkey importiert</numerusform>
            <numerusform>%n Passkeys importiert</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>System Language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>They are the keys of every tenant, not only of the tenant chosen.</source>
        <translation>Es sind die Schlüssel aller Mandanten, nicht nur des gewählten Mandanten.</translation>
    </message>
    <message>
        <source>They are the keys of another tenant than the one chosen.</source>
        <translation>Es sind die Schlüssel eines anderen als des gewählten Mandanten.</translation>
    </message>
    <message>
        <source>The refresh was cancelled; the keys shown were loaded at %1.</source>
        <extracomment>%1 is when the keys shown were loaded, e.g. &quot;18:02&quot;</extracomment>
        <translation>Das Aktualisieren wurde abgebrochen; die angezeigten Schlüssel wurden um %1 geladen.</translation>
    </message>
    <message>
        <source>&amp;Stop Loading</source>
        <extracomment>Stops loading the keys from the server (Esc)</extracomment>
        <translation>Laden &amp;abbrechen</translation>
    </message>
    <message>
        <source>Stop loading the keys; the keys shown stay</source>
        <translation>Das Laden der Schlüssel abbrechen; die angezeigten Schlüssel bleiben</translation>
    </message>
</context>
<context>
    <name>descope::ManagementClient</name>
    <message>
        <source>The key ID is empty.</source>
        <translation>Die Schlüssel-ID ist leer.</translation>
    </message>
    <message>
        <source>The project ID is missing.</source>
        <translation>Die Projekt-ID fehlt.</translation>
    </message>
    <message>
        <source>The project ID cannot contain &apos;:&apos;.</source>
        <translation>Die Projekt-ID darf kein „:“ enthalten.</translation>
    </message>
    <message>
        <source>The management key is missing.</source>
        <translation>Der Verwaltungsschlüssel fehlt.</translation>
    </message>
    <message>
        <source>The key needs a name.</source>
        <translation>Der Schlüssel braucht einen Namen.</translation>
    </message>
    <message>
        <source>No keys were given.</source>
        <translation>Es wurden keine Schlüssel angegeben.</translation>
    </message>
    <message>
        <source>The user&apos;s login ID is empty.</source>
        <translation>Die Login-ID des Benutzers ist leer.</translation>
    </message>
    <message>
        <source>There are no passkeys to import.</source>
        <translation>Es gibt keine Passkeys zum Importieren.</translation>
    </message>
    <message>
        <source>The access key is empty.</source>
        <translation>Der Zugriffsschlüssel ist leer.</translation>
    </message>
    <message>
        <source>An access key cannot contain &apos;:&apos;.</source>
        <translation>Ein Zugriffsschlüssel darf kein „:“ enthalten.</translation>
    </message>
</context>
<context>
    <name>descope::PasskeyFile</name>
    <message>
        <source>unknown field %1</source>
        <translation>unbekanntes Feld %1</translation>
    </message>
    <message>
        <source>unknown field %1 (did you mean %2?)</source>
        <translation>unbekanntes Feld %1 (meinten Sie %2?)</translation>
    </message>
    <message>
        <source>%1 is not a field of %2</source>
        <translation>%1 ist kein Feld von %2</translation>
    </message>
    <message>
        <source>passkey %1 has no %2</source>
        <translation>Passkey %1 hat kein %2</translation>
    </message>
    <message>
        <source>%1 must be a string, not %2</source>
        <translation>%1 muss eine Zeichenkette sein, nicht %2</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 ist leer</translation>
    </message>
    <message>
        <source>%1 must be true or false, not %2</source>
        <translation>%1 muss true oder false sein, nicht %2</translation>
    </message>
    <message>
        <source>%1 must be a list of strings, not %2</source>
        <translation>%1 muss eine Liste von Zeichenketten sein, nicht %2</translation>
    </message>
    <message>
        <source>transport %1 must be a string, not %2</source>
        <translation>Transport %1 muss eine Zeichenkette sein, nicht %2</translation>
    </message>
    <message>
        <source>%1 is not a transport (expected usb, nfc, ble, smart-card, hybrid or internal)</source>
        <translation>%1 ist kein Transport (erwartet: usb, nfc, ble, smart-card, hybrid oder internal)</translation>
    </message>
    <message>
        <source>%1 has spaces in it</source>
        <translation>%1 enthält Leerzeichen</translation>
    </message>
    <message>
        <source>publicKey is not valid base64</source>
        <translation>publicKey ist kein gültiges Base64</translation>
    </message>
    <message>
        <source>publicKey is empty</source>
        <translation>publicKey ist leer</translation>
    </message>
    <message>
        <source>aaguid must be a UUID such as adce0002-35bc-c60a-648b-0b25f1f05503</source>
        <translation>aaguid muss eine UUID sein, etwa adce0002-35bc-c60a-648b-0b25f1f05503</translation>
    </message>
    <message>
        <source>backupState is true but backupEligible is not; only a backup-eligible passkey can be backed up</source>
        <translation>backupState ist true, backupEligible aber nicht; nur ein sicherbarer Passkey kann gesichert sein</translation>
    </message>
    <message>
        <source>credentialDeviceType must be singleDevice or multiDevice</source>
        <translation>credentialDeviceType muss singleDevice oder multiDevice sein</translation>
    </message>
    <message>
        <source>credentialBackedUp is true, but a single-device credential cannot be backed up</source>
        <translation>credentialBackedUp ist true, aber ein Credential für ein einzelnes Gerät kann nicht gesichert sein</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Die Datei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>The file is %1; passkey files over %2 are refused.</source>
        <translation>Die Datei ist %1 groß; Passkey-Dateien über %2 werden abgelehnt.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>JSON: %1 (column %2)</source>
        <translation>JSON: %1 (Spalte %2)</translation>
    </message>
    <message>
        <source>%1 is given more than once here</source>
        <translation>%1 ist hier mehrfach angegeben</translation>
    </message>
    <message>
        <source>expected a list of passkeys, or an object with a &quot;devices&quot; list</source>
        <translation>erwartet wird eine Liste von Passkeys oder ein Objekt mit einer Liste „devices“</translation>
    </message>
    <message>
        <source>%1; the file holds %2</source>
        <translation>%1; die Datei enthält %2</translation>
    </message>
    <message>
        <source>%1; this is a single passkey: put it in a list, [ ... ]</source>
        <translation>%1; dies ist ein einzelner Passkey: Setzen Sie ihn in eine Liste, [ ... ]</translation>
    </message>
    <message>
        <source>unknown field %1 (expected loginId and devices)</source>
        <translation>unbekanntes Feld %1 (erwartet: loginId und devices)</translation>
    </message>
    <message>
        <source>loginId must be a string, not %1</source>
        <translation>loginId muss eine Zeichenkette sein, nicht %1</translation>
    </message>
    <message>
        <source>%1; this object has no &quot;devices&quot;</source>
        <translation>%1; dieses Objekt hat kein „devices“</translation>
    </message>
    <message>
        <source>devices must be a list, not %1</source>
        <translation>devices muss eine Liste sein, nicht %1</translation>
    </message>
    <message>
        <source>the list of passkeys is empty</source>
        <translation>die Liste der Passkeys ist leer</translation>
    </message>
    <message>
        <source>passkey %1 must be an object, not %2</source>
        <translation>Passkey %1 muss ein Objekt sein, nicht %2</translation>
    </message>
    <message>
        <source>passkey %1 has both &quot;descope&quot; and &quot;auth0&quot;; give only one</source>
        <translation>Passkey %1 hat sowohl „descope“ als auch „auth0“; geben Sie nur eines an</translation>
    </message>
    <message>
        <source>passkey %1 is in %2, but passkey %3 (line %4) is in %5; a file holds one format</source>
        <translation>Passkey %1 ist in %2, Passkey %3 (Zeile %4) aber in %5; eine Datei enthält nur ein Format</translation>
    </message>
    <message>
        <source>passkey %1 has neither credentialId (Descope) nor keyId (Auth0)</source>
        <translation>Passkey %1 hat weder credentialId (Descope) noch keyId (Auth0)</translation>
    </message>
    <message>
        <source>unknown field %1 next to %2</source>
        <translation>unbekanntes Feld %1 neben %2</translation>
    </message>
    <message>
        <source>%1 must be an object, not %2</source>
        <translation>%1 muss ein Objekt sein, nicht %2</translation>
    </message>
    <message>
        <source>passkey %1 has the same %2 as passkey %3 (line %4)</source>
        <translation>Passkey %1 hat dasselbe %2 wie Passkey %3 (Zeile %4)</translation>
    </message>
    <message>
        <source>rpId must be a domain such as example.com, not a URL</source>
        <translation>rpId muss eine Domain wie example.com sein, keine URL</translation>
    </message>
    <message>
        <source>rpId must be a domain such as example.com, without a port or path</source>
        <translation>rpId muss eine Domain wie example.com sein, ohne Port oder Pfad</translation>
    </message>
    <message>
        <source>rpId must be a domain such as example.com</source>
        <translation>rpId muss eine Domain wie example.com sein</translation>
    </message>
    <message>
        <source>rpId must be a domain such as example.com, not an IP address</source>
        <translation>rpId muss eine Domain wie example.com sein, keine IP-Adresse</translation>
    </message>
    <message>
        <source>Descope&apos;s format</source>
        <translation>Descopes Format</translation>
    </message>
    <message>
        <source>Auth0&apos;s format</source>
        <translation>Auth0s Format</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
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
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>something else</source>
        <translation>etwas anderes</translation>
    </message>
</context>
<context>
    <name>descope::PasskeyImportDialog</name>
    <message>
        <source>Choose &amp;File…</source>
        <translation>&amp;Datei auswählen…</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Import Passkeys</source>
        <translation>Passkeys importieren</translation>
    </message>
    <message>
        <source>Required: the user&apos;s login ID, e.g. ada@example.com</source>
        <translation>Erforderlich: die Login-ID des Benutzers, z. B. ada@example.com</translation>
    </message>
    <message>
        <source>A JSON file in Descope&apos;s device format or an Auth0 export</source>
        <translation>Eine JSON-Datei im Geräteformat von Descope oder ein Auth0-Export</translation>
    </message>
    <message>
        <source>Read the file again, after fixing it</source>
        <translation>Die Datei nach dem Korrigieren erneut lesen</translation>
    </message>
    <message>
        <source>&amp;Login ID:</source>
        <translation>&amp;Login-ID:</translation>
    </message>
    <message>
        <source>Passkeys:</source>
        <translation>Passkeys:</translation>
    </message>
    <message>
        <source>Credential ID</source>
        <translation>Credential-ID</translation>
    </message>
    <message>
        <source>Relying Party</source>
        <translation>Relying Party</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Choose Passkeys to Import</source>
        <translation>Zu importierende Passkeys auswählen</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Datei wird gelesen…</translation>
    </message>
    <message>
        <source>Choose a file to see its passkeys before importing them.</source>
        <translation>Wählen Sie eine Datei, um ihre Passkeys vor dem Import zu sehen.</translation>
    </message>
    <message>
        <source>No passkeys could be read from this file.</source>
        <translation>Aus dieser Datei konnten keine Passkeys gelesen werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n passkey(s) in Auth0&apos;s export format.</source>
        <translation>
            <numerusform>%n Passkey im Exportformat von Auth0.</numerusform>
            <numerusform>%n Passkeys im Exportformat von Auth0.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passkey(s) in Descope&apos;s device format.</source>
        <translation>
            <numerusform>%n Passkey im Geräteformat von Descope.</numerusform>
            <numerusform>%n Passkeys im Geräteformat von Descope.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix in the file before anything can be imported:</source>
        <translation>
            <numerusform>%n Problem muss in der Datei behoben werden, bevor etwas importiert werden kann:</numerusform>
            <numerusform>%n Probleme müssen in der Datei behoben werden, bevor etwas importiert werden kann:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… und %n weiteres.</numerusform>
            <numerusform>… und %n weitere.</numerusform>
        </translation>
    </message>
    <message>
        <source>The import is under way.</source>
        <translation>Der Import läuft.</translation>
    </message>
    <message>
        <source>The file is being read.</source>
        <translation>Die Datei wird gelesen.</translation>
    </message>
    <message>
        <source>There is no connection to a project.</source>
        <translation>Es besteht keine Verbindung zu einem Projekt.</translation>
    </message>
    <message>
        <source>Enter the user&apos;s login ID.</source>
        <translation>Geben Sie die Login-ID des Benutzers ein.</translation>
    </message>
    <message>
        <source>Choose a file of passkeys.</source>
        <translation>Wählen Sie eine Datei mit Passkeys.</translation>
    </message>
    <message>
        <source>Fix the problems in the file, then reload it.</source>
        <translation>Beheben Sie die Probleme in der Datei und laden Sie sie dann neu.</translation>
    </message>
    <message>
        <source>The file holds no passkeys.</source>
        <translation>Die Datei enthält keine Passkeys.</translation>
    </message>
    <message>
        <source>The file is for another user.</source>
        <translation>Die Datei ist für einen anderen Benutzer.</translation>
    </message>
    <message>
        <source>These passkeys have been imported for this user.</source>
        <translation>Diese Passkeys wurden für diesen Benutzer importiert.</translation>
    </message>
    <message>
        <source>The file is for %1, not for %2. Change the login ID or choose another file.</source>
        <extracomment>%1 is the login ID the file names, %2 the one typed in the dialog</extracomment>
        <translation>Die Datei ist für %1, nicht für %2. Ändern Sie die Login-ID oder wählen Sie eine andere Datei.</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n passkey(s) for %1…</source>
        <extracomment>%1 is the user&apos;s login ID</extracomment>
        <translation>
            <numerusform>%n Passkey wird für %1 importiert…</numerusform>
            <numerusform>%n Passkeys werden für %1 importiert…</numerusform>
        </translation>
    </message>
    <message>
        <source>The passkeys were not imported. %1</source>
        <extracomment>%1 says what went wrong and what to do</extracomment>
        <translation>Die Passkeys wurden nicht importiert. %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n passkey(s) for %1.</source>
        <extracomment>%1 is the user&apos;s login ID</extracomment>
        <translation>
            <numerusform>%n Passkey für %1 importiert.</numerusform>
            <numerusform>%n Passkeys für %1 importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported. Listing the passkeys %1 now has…</source>
        <translation>Importiert. Die Passkeys, die %1 jetzt hat, werden aufgelistet…</translation>
    </message>
    <message>
        <source>The passkeys the user now has could not be listed: %1</source>
        <extracomment>%1 says what went wrong</extracomment>
        <translation>Die Passkeys, die der Benutzer jetzt hat, konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 now has %n passkey(s):</source>
        <extracomment>%1 is the user&apos;s login ID</extracomment>
        <translation>
            <numerusform>%1 hat jetzt %n Passkey:</numerusform>
            <numerusform>%1 hat jetzt %n Passkeys:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>descope::PasskeyPreviewModel</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
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
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>The file does not give credentialDeviceType.</source>
        <translation>Die Datei gibt kein credentialDeviceType an.</translation>
    </message>
    <message>
        <source>From credentialDeviceType: %1</source>
        <translation>Aus credentialDeviceType: %1</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Credential ID</source>
        <translation>Credential-ID</translation>
    </message>
    <message>
        <source>Relying Party</source>
        <translation>Relying Party</translation>
    </message>
    <message>
        <source>Transports</source>
        <translation>Transportwege</translation>
    </message>
    <message>
        <source>Backup Eligible</source>
        <translation>Sicherbar</translation>
    </message>
    <message>
        <source>Backed Up</source>
        <translation>Gesichert</translation>
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
        <translation>Eine Adresse oder ein Bereich pro Zeile, etwa 203.0.113.7, 10.0.0.0/8 oder 2001:db8::/32. Leer: jede Adresse.</translation>
    </message>
    <message>
        <source>Requests with this key are refused from any other address</source>
        <translation>Anfragen mit diesem Schlüssel werden von jeder anderen Adresse abgelehnt</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <extracomment>%1 is a line number, %2 the reason that line is not an address</extracomment>
        <translation>Zeile %1: %2</translation>
    </message>
</context>
<context>
    <name>descope::ProfileManagerDialog</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Forget Key</source>
        <translation>Schlüssel &amp;vergessen</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Connection Profiles</source>
        <translation>Verbindungsprofile</translation>
    </message>
    <message>
        <source>Remove this profile&apos;s management key from the keychain; the profile stays</source>
        <translation>Den Verwaltungsschlüssel dieses Profils aus dem Schlüsselbund entfernen; das Profil bleibt erhalten</translation>
    </message>
    <message>
        <source>%1 (built in)</source>
        <translation>%1 (integriert)</translation>
    </message>
    <message>
        <source>%1 — connected</source>
        <translation>%1 — verbunden</translation>
    </message>
    <message>
        <source>A local stand-in for Descope with example keys</source>
        <translation>Ein lokaler Ersatz für Descope mit Beispielschlüsseln</translation>
    </message>
    <message>
        <source>Runs a sandbox in this process, on a free local port, with its data in the application&apos;s data directory.</source>
        <translation>Startet eine Sandbox in diesem Prozess, auf einem freien lokalen Port, mit ihren Daten im Datenverzeichnis der Anwendung.</translation>
    </message>
    <message>
        <source>Management key: none needed</source>
        <translation>Verwaltungsschlüssel: nicht nötig</translation>
    </message>
    <message>
        <source>Management key: looking in the keychain…</source>
        <translation>Verwaltungsschlüssel: Suche im Schlüsselbund…</translation>
    </message>
    <message>
        <source>Management key: stored in the keychain</source>
        <translation>Verwaltungsschlüssel: im Schlüsselbund gespeichert</translation>
    </message>
    <message>
        <source>Management key: kept for this session only</source>
        <translation>Verwaltungsschlüssel: nur für diese Sitzung aufbewahrt</translation>
    </message>
    <message>
        <source>Management key: not stored; it is asked for on connecting</source>
        <translation>Verwaltungsschlüssel: nicht gespeichert; er wird beim Verbinden abgefragt</translation>
    </message>
    <message>
        <source>Management key: the keychain could not be read (%1)</source>
        <translation>Verwaltungsschlüssel: Der Schlüsselbund konnte nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <source>Remove Profile?</source>
        <translation>Profil entfernen?</translation>
    </message>
    <message>
        <source>Remove the profile “%1”?</source>
        <extracomment>%1 is the profile&apos;s name</extracomment>
        <translation>Das Profil „%1“ entfernen?</translation>
    </message>
    <message>
        <source>Its management key is removed from the keychain too. The project itself and its access keys are not affected.</source>
        <translation>Sein Verwaltungsschlüssel wird ebenfalls aus dem Schlüsselbund entfernt. Das Projekt selbst und seine Zugriffsschlüssel sind nicht betroffen.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Key Not Removed</source>
        <translation>Schlüssel nicht entfernt</translation>
    </message>
    <message>
        <source>The management key could not be removed from the keychain, so the profile was kept.</source>
        <translation>Der Verwaltungsschlüssel konnte nicht aus dem Schlüsselbund entfernt werden; das Profil wurde daher behalten.</translation>
    </message>
    <message>
        <source>Forget Management Key?</source>
        <translation>Verwaltungsschlüssel vergessen?</translation>
    </message>
    <message>
        <source>Remove the management key of “%1” from the keychain?</source>
        <extracomment>%1 is the profile&apos;s name</extracomment>
        <translation>Den Verwaltungsschlüssel von „%1“ aus dem Schlüsselbund entfernen?</translation>
    </message>
    <message>
        <source>The profile stays; the key is asked for the next time it connects. A session connected now keeps working.</source>
        <translation>Das Profil bleibt erhalten; der Schlüssel wird beim nächsten Verbinden abgefragt. Eine jetzt verbundene Sitzung funktioniert weiter.</translation>
    </message>
    <message>
        <source>Forget Key</source>
        <translation>Schlüssel vergessen</translation>
    </message>
    <message>
        <source>The management key could not be removed from the keychain.</source>
        <translation>Der Verwaltungsschlüssel konnte nicht aus dem Schlüsselbund entfernt werden.</translation>
    </message>
    <message>
        <source>Project %1 at %2 (derived from the project ID)</source>
        <translation>Projekt %1 unter %2 (aus der Projekt-ID abgeleitet)</translation>
    </message>
    <message>
        <source>Project %1 at %2 (custom domain)</source>
        <translation>Projekt %1 unter %2 (eigene Domain)</translation>
    </message>
</context>
<context>
    <name>descope::ProfileStore</name>
    <message>
        <source>The built-in Sandbox profile cannot be changed.</source>
        <translation>Das integrierte Sandbox-Profil kann nicht geändert werden.</translation>
    </message>
    <message>
        <source>The profile needs a name.</source>
        <translation>Das Profil braucht einen Namen.</translation>
    </message>
    <message>
        <source>There is already a profile named “%1”.</source>
        <translation>Es gibt bereits ein Profil namens „%1“.</translation>
    </message>
    <message>
        <source>The project ID is missing.</source>
        <translation>Die Projekt-ID fehlt.</translation>
    </message>
    <message>
        <source>The project ID cannot contain &apos;:&apos;, &apos;/&apos; or spaces.</source>
        <translation>Die Projekt-ID darf weder „:“ noch „/“ noch Leerzeichen enthalten.</translation>
    </message>
</context>
<context>
    <name>descope::ProfileSwitcher</name>
    <message>
        <source>&amp;Profiles</source>
        <translation>&amp;Profile</translation>
    </message>
    <message>
        <source>Connect to a local sandbox</source>
        <translation>Mit einer lokalen Sandbox verbinden</translation>
    </message>
    <message>
        <source>Connect to project %1</source>
        <translation>Mit Projekt %1 verbinden</translation>
    </message>
    <message>
        <source>Environment (this session only)</source>
        <translation>Umgebung (nur diese Sitzung)</translation>
    </message>
    <message>
        <source>Connected with DESCOPE_PROJECT_ID and DESCOPE_MANAGEMENT_KEY</source>
        <translation>Verbunden mit DESCOPE_PROJECT_ID und DESCOPE_MANAGEMENT_KEY</translation>
    </message>
    <message>
        <source>&amp;New Profile…</source>
        <translation>&amp;Neues Profil…</translation>
    </message>
    <message>
        <source>&amp;Manage Profiles…</source>
        <translation>Profile &amp;verwalten…</translation>
    </message>
    <message>
        <source>The keychain could not be read (%1). Enter the management key of “%2” to connect.</source>
        <translation>Der Schlüsselbund konnte nicht gelesen werden (%1). Geben Sie den Verwaltungsschlüssel von „%2“ ein, um sich zu verbinden.</translation>
    </message>
    <message>
        <source>No management key is stored for “%1”. Enter it to connect.</source>
        <translation>Für „%1“ ist kein Verwaltungsschlüssel gespeichert. Geben Sie ihn ein, um sich zu verbinden.</translation>
    </message>
</context>
<context>
    <name>descope::RolePicker</name>
    <message>
        <source>No roles to choose from</source>
        <translation>Keine Rollen zur Auswahl</translation>
    </message>
    <message>
        <source>%1 (not in this project)</source>
        <translation>%1 (nicht in diesem Projekt)</translation>
    </message>
    <message>
        <source>No roles</source>
        <translation>Keine Rollen</translation>
    </message>
    <message>
        <source>Choose roles</source>
        <translation>Rollen auswählen</translation>
    </message>
</context>
<context>
    <name>descope::SecretClipboardStatus</name>
    <message>
        <source>Clipboard cleared</source>
        <translation>Zwischenablage geleert</translation>
    </message>
    <message numerus="yes">
        <source>Clipboard clears in %n s</source>
        <comment>countdown</comment>
        <translation>
            <numerusform>Zwischenablage wird in %n s geleert</numerusform>
            <numerusform>Zwischenablage wird in %n s geleert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>descope::SecretField</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Hide the secret (Ctrl+H)</source>
        <translation>Das Geheimnis verbergen (Ctrl+H)</translation>
    </message>
    <message>
        <source>Show the secret (Ctrl+H)</source>
        <translation>Das Geheimnis anzeigen (Ctrl+H)</translation>
    </message>
</context>
<context>
    <name>descope::SingleKeyRunner</name>
    <message>
        <source>Activating “%1”…</source>
        <translation>„%1“ wird aktiviert…</translation>
    </message>
    <message>
        <source>Deactivating “%1”…</source>
        <translation>„%1“ wird deaktiviert…</translation>
    </message>
    <message>
        <source>Activate Key</source>
        <translation>Schlüssel aktivieren</translation>
    </message>
    <message>
        <source>Deactivate Key</source>
        <translation>Schlüssel deaktivieren</translation>
    </message>
    <message>
        <source>“%1” was not changed.</source>
        <translation>„%1“ wurde nicht geändert.</translation>
    </message>
    <message>
        <source>Activated “%1”</source>
        <translation>„%1“ aktiviert</translation>
    </message>
    <message>
        <source>Deactivated “%1”</source>
        <translation>„%1“ deaktiviert</translation>
    </message>
    <message>
        <source>Rotating the secret of “%1”…</source>
        <translation>Das Geheimnis von „%1“ wird rotiert…</translation>
    </message>
    <message>
        <source>Rotate Secret</source>
        <translation>Geheimnis rotieren</translation>
    </message>
    <message>
        <source>The secret of “%1” was not replaced.</source>
        <translation>Das Geheimnis von „%1“ wurde nicht ersetzt.</translation>
    </message>
    <message>
        <source>Rotated the secret of “%1”</source>
        <translation>Geheimnis von „%1“ rotiert</translation>
    </message>
    <message>
        <source>Deleting “%1”…</source>
        <translation>„%1“ wird gelöscht…</translation>
    </message>
    <message>
        <source>Delete Key</source>
        <translation>Schlüssel löschen</translation>
    </message>
    <message>
        <source>“%1” was not deleted.</source>
        <translation>„%1“ wurde nicht gelöscht.</translation>
    </message>
    <message>
        <source>Deleted “%1”</source>
        <translation>„%1“ gelöscht</translation>
    </message>
    <message>
        <source>Saving “%1”…</source>
        <translation>„%1“ wird gespeichert…</translation>
    </message>
</context>
<context>
    <name>descope::TenantRolesEditor</name>
    <message>
        <source>No tenants yet. Add one to give the key roles in it.</source>
        <translation>Noch keine Mandanten. Fügen Sie einen hinzu, um dem Schlüssel Rollen darin zu geben.</translation>
    </message>
    <message>
        <source>&amp;Add tenant</source>
        <translation>Mandant hinzu&amp;fügen</translation>
    </message>
    <message>
        <source>No tenants to choose from</source>
        <translation>Keine Mandanten zur Auswahl</translation>
    </message>
    <message>
        <source>Give the key roles in one more tenant</source>
        <translation>Dem Schlüssel Rollen in einem weiteren Mandanten geben</translation>
    </message>
    <message>
        <source>Remove this tenant and the key&apos;s roles in it</source>
        <translation>Diesen Mandanten und die Rollen des Schlüssels darin entfernen</translation>
    </message>
    <message>
        <source>Remove tenant</source>
        <translation>Mandant entfernen</translation>
    </message>
    <message>
        <source>Choose a tenant</source>
        <translation>Mandanten auswählen</translation>
    </message>
    <message>
        <source>%1 (not in this project)</source>
        <translation>%1 (nicht in diesem Projekt)</translation>
    </message>
</context>
<context>
    <name>descope::TypedConfirmationDialog</name>
    <message>
        <source>To confirm, type %1:</source>
        <extracomment>Above the field where the administrator types the count of keys to confirm</extracomment>
        <translation>Geben Sie zur Bestätigung %1 ein:</translation>
    </message>
</context>
</TS>
