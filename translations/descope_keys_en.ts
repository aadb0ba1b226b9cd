<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>KeyActionConfirmation</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Activate these %n keys?</source>
        <translation>
            <numerusform>Activate this key?</numerusform>
            <numerusform>Activate these %n keys?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Activate %n Keys</source>
        <translation>
            <numerusform>&amp;Activate %n Key</numerusform>
            <numerusform>&amp;Activate %n Keys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deactivate these %n keys?</source>
        <translation>
            <numerusform>Deactivate this key?</numerusform>
            <numerusform>Deactivate these %n keys?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Deactivate %n Keys</source>
        <translation>
            <numerusform>&amp;Deactivate %n Key</numerusform>
            <numerusform>&amp;Deactivate %n Keys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n keys?</source>
        <translation>
            <numerusform>Delete this key?</numerusform>
            <numerusform>Delete these %n keys?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Delete %n Keys</source>
        <translation>
            <numerusform>&amp;Delete %n Key</numerusform>
            <numerusform>&amp;Delete %n Keys</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>descope::ActivityLabel</name>
    <message numerus="yes">
        <source>%1 (and %n more)</source>
        <extracomment>The status bar while several calls run: %1 is the latest, e.g. &quot;Deactivating “ci”…&quot;</extracomment>
        <translation>
            <numerusform>%1 (and %n more)</numerusform>
            <numerusform>%1 (and %n more)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>descope::ApiError</name>
    <message numerus="yes">
        <source>Descope is rate-limiting requests; try again in %n seconds.</source>
        <translation>
            <numerusform>Descope is rate-limiting requests; try again in %n second.</numerusform>
            <numerusform>Descope is rate-limiting requests; try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>descope::BatchReportDialog</name>
    <message numerus="yes">
        <source>&amp;Retry %n Failed Keys</source>
        <translation>
            <numerusform>&amp;Retry %n Failed Key</numerusform>
            <numerusform>&amp;Retry %n Failed Keys</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>descope::BatchRunner</name>
    <message numerus="yes">
        <source>Activating %n keys…</source>
        <translation>
            <numerusform>Activating %n key…</numerusform>
            <numerusform>Activating %n keys…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deactivating %n keys…</source>
        <translation>
            <numerusform>Deactivating %n key…</numerusform>
            <numerusform>Deactivating %n keys…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleting %n keys…</source>
        <translation>
            <numerusform>Deleting %n key…</numerusform>
            <numerusform>Deleting %n keys…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Activated %n keys</source>
        <translation>
            <numerusform>Activated %n key</numerusform>
            <numerusform>Activated %n keys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deactivated %n keys</source>
        <translation>
            <numerusform>Deactivated %n key</numerusform>
            <numerusform>Deactivated %n keys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n keys</source>
        <translation>
            <numerusform>Deleted %n key</numerusform>
            <numerusform>Deleted %n keys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cancelled before %n others</source>
        <translation>
            <numerusform>cancelled before %n other</numerusform>
            <numerusform>cancelled before %n others</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Activate Keys: %n Failed</source>
        <extracomment>The title of the report of a batch: &quot;Activate Keys: 3 Failed&quot;</extracomment>
        <translation>
            <numerusform>Activate Keys: %n Failed</numerusform>
            <numerusform>Activate Keys: %n Failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n keys could not be activated.</source>
        <translation>
            <numerusform>%n key could not be activated.</numerusform>
            <numerusform>%n keys could not be activated.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deactivate Keys: %n Failed</source>
        <translation>
            <numerusform>Deactivate Keys: %n Failed</numerusform>
            <numerusform>Deactivate Keys: %n Failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n keys could not be deactivated.</source>
        <translation>
            <numerusform>%n key could not be deactivated.</numerusform>
            <numerusform>%n keys could not be deactivated.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete Keys: %n Failed</source>
        <translation>
            <numerusform>Delete Keys: %n Failed</numerusform>
            <numerusform>Delete Keys: %n Failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n keys could not be deleted.</source>
        <translation>
            <numerusform>%n key could not be deleted.</numerusform>
            <numerusform>%n keys could not be deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other keys were changed. The table now shows what the server holds.</source>
        <translation>
            <numerusform>%n other key was changed. The table now shows what the server holds.</numerusform>
            <numerusform>%n other keys were changed. The table now shows what the server holds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>descope::ConnectionTester</name>
    <message numerus="yes">
        <source>Connected: project %1 answered at %2 with %n tenant(s).</source>
        <translation>
            <numerusform>Connected: project %1 answered at %2 with %n tenant.</numerusform>
            <numerusform>Connected: project %1 answered at %2 with %n tenants.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>descope::JsonTreeWidget</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n field</numerusform>
            <numerusform>%n fields</numerusform>
        </translation>
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
</context>
<context>
    <name>descope::KeyDetailsPane</name>
    <message numerus="yes">
        <source>%n keys selected</source>
        <translation>
            <numerusform>%n key selected</numerusform>
            <numerusform>%n keys selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>descope::KeyEditorDialog</name>
    <message numerus="yes">
        <source>%n problem(s) to fix before saving. %1: %2</source>
        <extracomment>%1 is where the problem is (&quot;Permitted IPs, line 2&quot;), %2 what is wrong</extracomment>
        <translation>
            <numerusform>%n problem to fix before saving. %1: %2</numerusform>
            <numerusform>%n problems to fix before saving. %1: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>descope::KeyFilterBar</name>
    <message numerus="yes">
        <source>Expiring within %n day(s)</source>
        <extracomment>A choice in the status filter: keys that expire soon</extracomment>
        <translation>
            <numerusform>Expiring within %n day</numerusform>
            <numerusform>Expiring within %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>descope::KeyFormClaims</name>
    <message numerus="yes">
        <source>nested more than %n level(s) deep</source>
        <translation>
            <numerusform>nested more than %n level deep</numerusform>
            <numerusform>nested more than %n levels deep</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>descope::KeyStatusBar</name>
    <message numerus="yes">
        <source>%Ln key(s)</source>
        <translation>
            <numerusform>%Ln key</numerusform>
            <numerusform>%Ln keys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln key(s) shown</source>
        <extracomment>%L1 is the count of keys shown, %Ln the count of keys loaded</extracomment>
        <translation>
            <numerusform>%L1 of %Ln key shown</numerusform>
            <numerusform>%L1 of %Ln keys shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected</source>
        <translation>
            <numerusform>%Ln selected</numerusform>
            <numerusform>%Ln selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln expiring soon</source>
        <translation>
            <numerusform>%Ln expiring soon</numerusform>
            <numerusform>%Ln expiring soon</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keys that expire within %n day(s)</source>
        <translation>
            <numerusform>Keys that expire within %n day</numerusform>
            <numerusform>Keys that expire within %n days</numerusform>
        </translation>
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
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>descope::MainWindow</name>
    <message numerus="yes">
        <source>%n key(s) hidden by the search and filters.</source>
        <translation>
            <numerusform>%n key hidden by the search and filters.</numerusform>
            <numerusform>%n keys hidden by the search and filters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n key ID(s)</source>
        <translation>
            <numerusform>Copied %n key ID</numerusform>
            <numerusform>Copied %n key IDs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n passkey(s)</source>
        <translation>
            <numerusform>Imported %n passkey</numerusform>
            <numerusform>Imported %n passkeys</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>descope::PasskeyImportDialog</name>
    <message numerus="yes">
        <source>%n passkey(s) in Auth0&apos;s export format.</source>
        <translation>
            <numerusform>%n passkey in Auth0&apos;s export format.</numerusform>
            <numerusform>%n passkeys in Auth0&apos;s export format.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passkey(s) in Descope&apos;s device format.</source>
        <translation>
            <numerusform>%n passkey in Descope&apos;s device format.</numerusform>
            <numerusform>%n passkeys in Descope&apos;s device format.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix in the file before anything can be imported:</source>
        <translation>
            <numerusform>%n problem to fix in the file before anything can be imported:</numerusform>
            <numerusform>%n problems to fix in the file before anything can be imported:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %n passkey(s) for %1…</source>
        <extracomment>%1 is the user&apos;s login ID</extracomment>
        <translation>
            <numerusform>Importing %n passkey for %1…</numerusform>
            <numerusform>Importing %n passkeys for %1…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n passkey(s) for %1.</source>
        <extracomment>%1 is the user&apos;s login ID</extracomment>
        <translation>
            <numerusform>Imported %n passkey for %1.</numerusform>
            <numerusform>Imported %n passkeys for %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 now has %n passkey(s):</source>
        <extracomment>%1 is the user&apos;s login ID</extracomment>
        <translation>
            <numerusform>%1 now has %n passkey:</numerusform>
            <numerusform>%1 now has %n passkeys:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>descope::SecretClipboardStatus</name>
    <message numerus="yes">
        <source>Clipboard clears in %n s</source>
        <comment>countdown</comment>
        <translation>
            <numerusform>Clipboard clears in %n s</numerusform>
            <numerusform>Clipboard clears in %n s</numerusform>
        </translation>
    </message>
</context>
</TS>
