<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="he_IL">
<context>
    <name>CommandLine</name>
    <message>
        <source>Administer the access keys of a Descope project.</source>
        <translation>ניהול מפתחות הגישה של פרויקט Descope.</translation>
    </message>
    <message>
        <source>Environment: DESCOPE_PROJECT_ID and DESCOPE_MANAGEMENT_KEY (and optionally DESCOPE_BASE_URL), as the Descope SDKs read them, connect for one session without saving anything, unless --profile or --sandbox is given.</source>
        <translation>סביבה: ‏DESCOPE_PROJECT_ID ו-DESCOPE_MANAGEMENT_KEY (ובאופן אופציונלי גם DESCOPE_BASE_URL), כפי שערכות ה-SDK של Descope קוראות אותם, מתחברים לסשן אחד בלי לשמור דבר, אלא אם צוין ‎--profile או ‎--sandbox.</translation>
    </message>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>הצגת עזרה על האפשרויות של שורת הפקודה.</translation>
    </message>
    <message>
        <source>Start a local sandbox with example keys and connect to it.</source>
        <translation>הפעלת ארגז חול מקומי עם מפתחות לדוגמה והתחברות אליו.</translation>
    </message>
    <message>
        <source>Connect with the saved connection profile &lt;name&gt; (see Profiles &gt; Manage Profiles).</source>
        <translation>התחברות עם פרופיל החיבור השמור &lt;name&gt; (ראו פרופילים &gt; ניהול פרופילים).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation>ארגומנט לא צפוי: &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--profile can be given only once.</source>
        <translation>אפשר לציין ‎--profile פעם אחת בלבד.</translation>
    </message>
    <message>
        <source>--profile needs the name of a connection profile.</source>
        <translation>‎--profile דורש שם של פרופיל חיבור.</translation>
    </message>
    <message>
        <source>--profile and --sandbox cannot be used together.</source>
        <translation>אי אפשר להשתמש ב-‎--profile וב-‎--sandbox יחד.</translation>
    </message>
    <message>
        <source>Try &apos;%1 --help&apos; for more information.</source>
        <translation>למידע נוסף: &apos;%1 --help&apos;.</translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>Sandbox</source>
        <translation>ארגז חול</translation>
    </message>
</context>
<context>
    <name>KeyActionConfirmation</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… ועוד אחד</numerusform>
            <numerusform>… ועוד %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Activate Key</source>
        <translation>הפעלת מפתח</translation>
    </message>
    <message>
        <source>Activate “%1”?</source>
        <translation>להפעיל את &quot;%1&quot;?</translation>
    </message>
    <message>
        <source>Every machine that still holds this key&apos;s secret can exchange it for sessions again. Activate it only if the secret has not leaked.</source>
        <translation>כל מכונה שעדיין מחזיקה בסוד של מפתח זה תוכל שוב להמיר אותו לסשנים. יש להפעיל את המפתח רק אם הסוד לא דלף.</translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation>ה&amp;פעלה</translation>
    </message>
    <message>
        <source>Deactivate Key</source>
        <translation>השבתת מפתח</translation>
    </message>
    <message>
        <source>Deactivate “%1”?</source>
        <translation>להשבית את &quot;%1&quot;?</translation>
    </message>
    <message>
        <source>Machines that use this key can no longer exchange it for sessions: they fail until it is activated again.</source>
        <translation>מכונות שמשתמשות במפתח הזה לא יוכלו עוד להמיר אותו לסשנים: הן ייכשלו עד שהוא יופעל שוב.</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>ה&amp;שבתה</translation>
    </message>
    <message>
        <source>Delete Key</source>
        <translation>מחיקת מפתח</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>למחוק את &quot;%1&quot;?</translation>
    </message>
    <message>
        <source>Deleting cannot be undone. Machines that use this key can no longer exchange it for sessions.</source>
        <translation>אי אפשר לבטל את המחיקה. מכונות שמשתמשות במפתח הזה לא יוכלו עוד להמיר אותו לסשנים.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;מחיקה</translation>
    </message>
    <message>
        <source>Activate Keys</source>
        <translation>הפעלת מפתחות</translation>
    </message>
    <message numerus="yes">
        <source>Activate these %n keys?</source>
        <translation>
            <numerusform>להפעיל מפתח אחד?</numerusform>
            <numerusform>להפעיל את %n המפתחות האלה?</numerusform>
        </translation>
    </message>
    <message>
        <source>Every machine that still holds one of these secrets can exchange it for sessions again, also where a key was deactivated because its secret leaked.</source>
        <translation>כל מכונה שעדיין מחזיקה באחד מהסודות האלה תוכל שוב להמיר אותו לסשנים, גם במקרים שבהם מפתח הושבת כי הסוד שלו דלף.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Activate %n Keys</source>
        <translation>
            <numerusform>ה&amp;פעלת מפתח אחד</numerusform>
            <numerusform>ה&amp;פעלת %n מפתחות</numerusform>
        </translation>
    </message>
    <message>
        <source>Deactivate Keys</source>
        <translation>השבתת מפתחות</translation>
    </message>
    <message numerus="yes">
        <source>Deactivate these %n keys?</source>
        <translation>
            <numerusform>להשבית מפתח אחד?</numerusform>
            <numerusform>להשבית את %n המפתחות האלה?</numerusform>
        </translation>
    </message>
    <message>
        <source>Machines that use these keys can no longer exchange them for sessions: they fail until the keys are activated again.</source>
        <translation>מכונות שמשתמשות במפתחות האלה לא יוכלו עוד להמיר אותם לסשנים: הן ייכשלו עד שהמפתחות יופעלו שוב.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Deactivate %n Keys</source>
        <translation>
            <numerusform>ה&amp;שבתת מפתח אחד</numerusform>
            <numerusform>ה&amp;שבתת %n מפתחות</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Keys</source>
        <translation>מחיקת מפתחות</translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n keys?</source>
        <translation>
            <numerusform>למחוק מפתח אחד?</numerusform>
            <numerusform>למחוק את %n המפתחות האלה?</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleting cannot be undone. Machines that use these keys can no longer exchange them for sessions.</source>
        <translation>אי אפשר לבטל את המחיקה. מכונות שמשתמשות במפתחות האלה לא יוכלו עוד להמיר אותם לסשנים.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Delete %n Keys</source>
        <translation>
            <numerusform>&amp;מחיקת מפתח אחד</numerusform>
            <numerusform>&amp;מחיקת %n מפתחות</numerusform>
        </translation>
    </message>
    <message>
        <source>Don&apos;t ask again for a single key</source>
        <translation>לא לשאול שוב עבור מפתח בודד</translation>
    </message>
    <message>
        <source>Rotate Secret</source>
        <translation>החלפת סוד</translation>
    </message>
    <message>
        <source>Replace the secret of “%1”?</source>
        <translation>להחליף את הסוד של &quot;%1&quot;?</translation>
    </message>
    <message>
        <source>The current secret stops working at once: every machine that uses it fails until it is given the new one, which is shown once.</source>
        <translation>הסוד הנוכחי יפסיק לעבוד מיד: כל מכונה שמשתמשת בו תיכשל עד שתקבל את הסוד החדש, שיוצג פעם אחת בלבד.</translation>
    </message>
    <message>
        <source>&amp;Rotate</source>
        <translation>&amp;החלפה</translation>
    </message>
</context>
<context>
    <name>KeyActivity</name>
    <message>
        <source>Activating…</source>
        <extracomment>Shown as a key&apos;s status while the server activates it</extracomment>
        <translation>בהפעלה…</translation>
    </message>
    <message>
        <source>Deactivating…</source>
        <extracomment>Shown as a key&apos;s status while the server deactivates it</extracomment>
        <translation>בהשבתה…</translation>
    </message>
    <message>
        <source>Rotating…</source>
        <extracomment>Shown as a key&apos;s status while the server replaces its secret</extracomment>
        <translation>בהחלפת סוד…</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <extracomment>Shown as a key&apos;s status while the server deletes it</extracomment>
        <translation>במחיקה…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <extracomment>Shown as a key&apos;s status while the server saves changes to it</extracomment>
        <translation>בשמירה…</translation>
    </message>
</context>
<context>
    <name>KeyStatus</name>
    <message>
        <source>Active</source>
        <comment>key status</comment>
        <extracomment>The status of an access key (in Hebrew it agrees with the masculine מפתח)</extracomment>
        <translation>פעיל</translation>
    </message>
    <message>
        <source>Inactive</source>
        <comment>key status</comment>
        <extracomment>The status of an access key: deactivated, it cannot be exchanged for sessions</extracomment>
        <translation>לא פעיל</translation>
    </message>
    <message>
        <source>Expired</source>
        <comment>key status</comment>
        <extracomment>The status of an access key whose expiry time has passed</extracomment>
        <translation>פג תוקף</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <extracomment>Not shown. Translate to &quot;RTL&quot; in a right-to-left language (Hebrew, Arabic), otherwise to &quot;LTR&quot;.</extracomment>
        <translation>RTL</translation>
    </message>
</context>
<context>
    <name>SandboxLauncher</name>
    <message>
        <source>The sandbox could not start: there is no application data directory to keep its database in.</source>
        <translation>לא ניתן היה להפעיל את ארגז החול: אין תיקיית נתונים של היישום לשמירת מסד הנתונים שלו.</translation>
    </message>
    <message>
        <source>The sandbox could not start: the directory %1 could not be created.</source>
        <translation>לא ניתן היה להפעיל את ארגז החול: לא ניתן היה ליצור את התיקייה %1.</translation>
    </message>
    <message>
        <source>The sandbox could not start: %1</source>
        <translation>לא ניתן היה להפעיל את ארגז החול: %1</translation>
    </message>
    <message>
        <source>The sandbox could not start with the database %1: %2</source>
        <translation>לא ניתן היה להפעיל את ארגז החול עם מסד הנתונים %1: %2</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>ארגז חול</translation>
    </message>
</context>
<context>
    <name>SessionSource</name>
    <message>
        <source>There is no connection profile named “%1”. The profiles are: %2.</source>
        <translation>אין פרופיל חיבור בשם &quot;%1&quot;. הפרופילים הקיימים: %2.</translation>
    </message>
    <message>
        <source>%1 is set but %2 is not, so the environment was not used.</source>
        <translation>‏%1 מוגדר אך %2 לא, ולכן לא נעשה שימוש בסביבה.</translation>
    </message>
    <message>
        <source>%1 cannot contain &apos;:&apos;.</source>
        <translation>‏%1 לא יכול להכיל &apos;:&apos;.</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>סביבה</translation>
    </message>
    <message>
        <source>Connected with %1 and %2 from the environment, for this session only.</source>
        <translation>מחובר עם %1 ו-%2 מהסביבה, לסשן זה בלבד.</translation>
    </message>
</context>
<context>
    <name>descope::ActivityLabel</name>
    <message numerus="yes">
        <source>%1 (and %n more)</source>
        <extracomment>The status bar while several calls run: %1 is the latest, e.g. &quot;Deactivating “ci”…&quot;</extracomment>
        <translation>
            <numerusform>%1 (ועוד פעולה אחת)</numerusform>
            <numerusform>%1 (ועוד %n פעולות)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>descope::ApiError</name>
    <message>
        <source>Details: %1</source>
        <translation>פרטים: %1</translation>
    </message>
    <message>
        <source>Descope did not accept the access key. Check that it was copied completely and that the key is active and not expired.</source>
        <translation>‏Descope לא קיבל את מפתח הגישה. יש לוודא שהוא הועתק במלואו ושהמפתח פעיל ובתוקף.</translation>
    </message>
    <message>
        <source>Descope did not accept the management key, or does not know the project. Check the project ID and the management key in the connection settings.</source>
        <translation>‏Descope לא קיבל את מפתח הניהול, או שאינו מכיר את הפרויקט. יש לבדוק את מזהה הפרויקט ואת מפתח הניהול בהגדרות החיבור.</translation>
    </message>
    <message>
        <source>Descope refused this action: the key in use is not allowed to perform it.</source>
        <translation>‏Descope סירב לפעולה זו: למפתח שבשימוש אין הרשאה לבצע אותה.</translation>
    </message>
    <message>
        <source>Descope could not find what was asked for. It may have been deleted; refresh and try again.</source>
        <translation>‏Descope לא מצא את מה שהתבקש. ייתכן שהוא נמחק; יש לרענן ולנסות שוב.</translation>
    </message>
    <message>
        <source>Descope could not find it: %1. It may have been deleted; refresh and try again.</source>
        <translation>‏Descope לא מצא אותו: %1. ייתכן שהוא נמחק; יש לרענן ולנסות שוב.</translation>
    </message>
    <message numerus="yes">
        <source>Descope is rate-limiting requests; try again in %n seconds.</source>
        <translation>
            <numerusform>‏Descope מגביל את קצב הבקשות; יש לנסות שוב בעוד שנייה.</numerusform>
            <numerusform>‏Descope מגביל את קצב הבקשות; יש לנסות שוב בעוד %n שניות.</numerusform>
        </translation>
    </message>
    <message>
        <source>Descope is rate-limiting requests; wait a minute and try again.</source>
        <translation>‏Descope מגביל את קצב הבקשות; יש להמתין דקה ולנסות שוב.</translation>
    </message>
    <message>
        <source>Descope refused the request as invalid.</source>
        <translation>‏Descope דחה את הבקשה כלא תקינה.</translation>
    </message>
    <message>
        <source>Descope refused the request: %1</source>
        <translation>‏Descope דחה את הבקשה: %1</translation>
    </message>
    <message>
        <source>The Descope service is having trouble (HTTP %1). Try again in a few minutes.</source>
        <translation>שירות Descope נתקל בבעיות (HTTP %1). יש לנסות שוב בעוד כמה דקות.</translation>
    </message>
    <message>
        <source>Descope refused the request (HTTP %1).</source>
        <translation>‏Descope דחה את הבקשה (HTTP %1).</translation>
    </message>
    <message>
        <source>Descope answered with an error.</source>
        <translation>‏Descope השיב בשגיאה.</translation>
    </message>
    <message>
        <source>Cannot reach the Descope server. Check the network connection and the base URL.</source>
        <translation>אין גישה לשרת Descope. יש לבדוק את חיבור הרשת ואת כתובת הבסיס.</translation>
    </message>
    <message>
        <source>The secure connection to the Descope server failed, so nothing was sent. Check the system clock, any proxy in between and the base URL.</source>
        <translation>החיבור המאובטח לשרת Descope נכשל, ולכן דבר לא נשלח. יש לבדוק את שעון המערכת, כל שרת Proxy שבדרך ואת כתובת הבסיס.</translation>
    </message>
    <message>
        <source>Descope did not answer in time. Check the network connection and try again.</source>
        <translation>‏Descope לא השיב בזמן. יש לבדוק את חיבור הרשת ולנסות שוב.</translation>
    </message>
    <message>
        <source>Descope sent an answer this console does not understand.</source>
        <translation>‏Descope שלח תשובה שהמסוף הזה אינו מבין.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>הבקשה בוטלה.</translation>
    </message>
    <message>
        <source>The request is incomplete and was not sent.</source>
        <translation>הבקשה אינה שלמה ולא נשלחה.</translation>
    </message>
</context>
<context>
    <name>descope::BaseUrl</name>
    <message>
        <source>The base URL is not a valid URL with a host name.</source>
        <translation>כתובת הבסיס אינה כתובת URL תקינה עם שם מארח.</translation>
    </message>
    <message>
        <source>The base URL must start with https://.</source>
        <translation>כתובת הבסיס חייבת להתחיל ב-https://‎.</translation>
    </message>
    <message>
        <source>Plain http would send the management key to %1 unencrypted, for anyone on the network to read: use https://. Plain http is allowed only for this computer (localhost, 127.0.0.1 or ::1); reach a test server elsewhere through a tunnel to it.</source>
        <extracomment>%1 is the host name of the base URL</extracomment>
        <translation>חיבור http רגיל ישלח את מפתח הניהול אל %1 ללא הצפנה, וכל מי שברשת יוכל לקרוא אותו: יש להשתמש ב-https://‎. חיבור http רגיל מותר רק עבור המחשב הזה (localhost,‏ 127.0.0.1 או ‪::1‬); כדי להגיע לשרת בדיקה במקום אחר, יש להשתמש במנהרה אליו.</translation>
    </message>
</context>
<context>
    <name>descope::BatchReportDialog</name>
    <message>
        <source>Key</source>
        <extracomment>Column of the table of keys a batch failed for: the key&apos;s name</extracomment>
        <translation>מפתח</translation>
    </message>
    <message>
        <source>Key ID</source>
        <extracomment>Column of the table of keys a batch failed for</extracomment>
        <translation>מזהה המפתח</translation>
    </message>
    <message>
        <source>Reason</source>
        <extracomment>Column of the table of keys a batch failed for: why the key failed</extracomment>
        <translation>סיבה</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Retry %n Failed Keys</source>
        <translation>
            <numerusform>&amp;ניסיון חוזר למפתח שנכשל</numerusform>
            <numerusform>&amp;ניסיון חוזר ל-%n המפתחות שנכשלו</numerusform>
        </translation>
    </message>
    <message>
        <source>The server no longer has these keys; retrying cannot help.</source>
        <translation>המפתחות האלה כבר אינם בשרת; ניסיון חוזר לא יעזור.</translation>
    </message>
    <message>
        <source>&amp;Copy List</source>
        <translation>ה&amp;עתקת הרשימה</translation>
    </message>
</context>
<context>
    <name>descope::BatchRunner</name>
    <message numerus="yes">
        <source>Activating %n keys…</source>
        <translation>
            <numerusform>מפעיל מפתח אחד…</numerusform>
            <numerusform>מפעיל %n מפתחות…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deactivating %n keys…</source>
        <translation>
            <numerusform>משבית מפתח אחד…</numerusform>
            <numerusform>משבית %n מפתחות…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleting %n keys…</source>
        <translation>
            <numerusform>מוחק מפתח אחד…</numerusform>
            <numerusform>מוחק %n מפתחות…</numerusform>
        </translation>
    </message>
    <message>
        <source>Another batch is still running; wait for it to finish.</source>
        <translation>פעולה קבוצתית אחרת עדיין רצה; יש להמתין לסיומה.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ביטול</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>מפתחות</translation>
    </message>
    <message numerus="yes">
        <source>Activated %n keys</source>
        <translation>
            <numerusform>מפתח אחד הופעל</numerusform>
            <numerusform>%n מפתחות הופעלו</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deactivated %n keys</source>
        <translation>
            <numerusform>מפתח אחד הושבת</numerusform>
            <numerusform>%n מפתחות הושבתו</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n keys</source>
        <translation>
            <numerusform>מפתח אחד נמחק</numerusform>
            <numerusform>%n מפתחות נמחקו</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cancelled before %n others</source>
        <translation>
            <numerusform>בוטל לפני מפתח אחד נוסף</numerusform>
            <numerusform>בוטל לפני %n מפתחות נוספים</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>אחד נכשל</numerusform>
            <numerusform>%n נכשלו</numerusform>
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
            <numerusform>הפעלת מפתחות: אחד נכשל</numerusform>
            <numerusform>הפעלת מפתחות: %n נכשלו</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n keys could not be activated.</source>
        <translation>
            <numerusform>לא ניתן היה להפעיל מפתח אחד.</numerusform>
            <numerusform>לא ניתן היה להפעיל %n מפתחות.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deactivate Keys: %n Failed</source>
        <translation>
            <numerusform>השבתת מפתחות: אחד נכשל</numerusform>
            <numerusform>השבתת מפתחות: %n נכשלו</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n keys could not be deactivated.</source>
        <translation>
            <numerusform>לא ניתן היה להשבית מפתח אחד.</numerusform>
            <numerusform>לא ניתן היה להשבית %n מפתחות.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete Keys: %n Failed</source>
        <translation>
            <numerusform>מחיקת מפתחות: אחד נכשל</numerusform>
            <numerusform>מחיקת מפתחות: %n נכשלו</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n keys could not be deleted.</source>
        <translation>
            <numerusform>לא ניתן היה למחוק מפתח אחד.</numerusform>
            <numerusform>לא ניתן היה למחוק %n מפתחות.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other keys were changed. The table now shows what the server holds.</source>
        <translation>
            <numerusform>מפתח אחר אחד שונה. הטבלה מציגה כעת את מה שיש בשרת.</numerusform>
            <numerusform>‏%n מפתחות אחרים שונו. הטבלה מציגה כעת את מה שיש בשרת.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing left to retry: the keys are already as asked.</source>
        <translation>אין מה לנסות שוב: המפתחות כבר במצב המבוקש.</translation>
    </message>
</context>
<context>
    <name>descope::ClaimsEditor</name>
    <message>
        <source>Text</source>
        <translation>טקסט</translation>
    </message>
    <message>
        <source>A number, such as 42 or 2.5</source>
        <translation>מספר, כמו 42 או 2.5</translation>
    </message>
    <message>
        <source>A JSON value, such as {&quot;tier&quot;: 2} or [&quot;eu&quot;, &quot;us&quot;]</source>
        <translation>ערך JSON, כמו {&quot;tier&quot;: 2} או [&quot;eu&quot;, &quot;us&quot;]</translation>
    </message>
    <message>
        <source>Ro&amp;ws</source>
        <translation>ש&amp;ורות</translation>
    </message>
    <message>
        <source>&amp;JSON text</source>
        <translation>טקסט &amp;JSON</translation>
    </message>
    <message>
        <source>No custom claims.</source>
        <translation>אין טענות מותאמות אישית.</translation>
    </message>
    <message>
        <source>Add clai&amp;m</source>
        <translation>&amp;הוספת טענה</translation>
    </message>
    <message>
        <source>Edit the claims one by one, each with its type</source>
        <translation>עריכת הטענות אחת אחת, כל אחת עם הסוג שלה</translation>
    </message>
    <message>
        <source>Edit the claims as one JSON object</source>
        <translation>עריכת הטענות כאובייקט JSON אחד</translation>
    </message>
    <message>
        <source>Add a claim that session tokens of this key carry</source>
        <translation>הוספת טענה שאסימוני הסשן של מפתח זה נושאים</translation>
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
        <translation>השורות וטקסט ה-JSON מכילים טענות שונות. רק התצוגה המוצגת נשמרת; האחרת שומרת את מה שהוקלד בה.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>שם</translation>
    </message>
    <message>
        <source>Claim name</source>
        <translation>שם הטענה</translation>
    </message>
    <message>
        <source>Claim type</source>
        <translation>סוג הטענה</translation>
    </message>
    <message>
        <source>String</source>
        <translation>מחרוזת</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>מספר</translation>
    </message>
    <message>
        <source>Boolean</source>
        <translation>בוליאני</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Claim value</source>
        <translation>ערך הטענה</translation>
    </message>
    <message>
        <source>Remove this claim</source>
        <translation>הסרת טענה זו</translation>
    </message>
    <message>
        <source>Remove claim</source>
        <translation>הסרת הטענה</translation>
    </message>
</context>
<context>
    <name>descope::CleartextDialog</name>
    <message>
        <source>Unnamed key</source>
        <translation>מפתח ללא שם</translation>
    </message>
    <message>
        <source>E&amp;xchange for a Session…</source>
        <translation>המ&amp;רה לסשן…</translation>
    </message>
    <message>
        <source>Access Key Rotated</source>
        <translation>הסוד של מפתח הגישה הוחלף</translation>
    </message>
    <message>
        <source>Access Key Created</source>
        <translation>מפתח הגישה נוצר</translation>
    </message>
    <message>
        <source>The access key “%1” was rotated.</source>
        <extracomment>%1 is the key&apos;s name</extracomment>
        <translation>הסוד של מפתח הגישה &quot;%1&quot; הוחלף.</translation>
    </message>
    <message>
        <source>The access key “%1” was created.</source>
        <translation>מפתח הגישה &quot;%1&quot; נוצר.</translation>
    </message>
    <message>
        <source>Below is the key&apos;s new secret. The old secret has stopped working: update everything that used it. The new secret cannot be shown again, so copy it now and keep it somewhere safe.</source>
        <translation>להלן הסוד החדש של המפתח. הסוד הישן הפסיק לעבוד: יש לעדכן את כל מה שהשתמש בו. לא ניתן יהיה להציג את הסוד החדש שוב, ולכן יש להעתיק אותו עכשיו ולשמור אותו במקום בטוח.</translation>
    </message>
    <message>
        <source>Below is the key&apos;s secret. It cannot be shown again, so copy it now and keep it somewhere safe.</source>
        <translation>להלן הסוד של המפתח. לא ניתן יהיה להציג אותו שוב, ולכן יש להעתיק אותו עכשיו ולשמור אותו במקום בטוח.</translation>
    </message>
    <message>
        <source>Key ID:</source>
        <translation>מזהה המפתח:</translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation>&amp;סוד:</translation>
    </message>
    <message>
        <source>Try the key: exchange it for a session token</source>
        <translation>ניסיון המפתח: המרתו לאסימון סשן</translation>
    </message>
    <message>
        <source>Close Without Copying?</source>
        <translation>לסגור בלי להעתיק?</translation>
    </message>
    <message>
        <source>The secret of “%1” was not copied.</source>
        <extracomment>%1 is the key&apos;s name</extracomment>
        <translation>הסוד של &quot;%1&quot; לא הועתק.</translation>
    </message>
    <message>
        <source>It cannot be shown again. Without it the key cannot be used until it is rotated. Close anyway?</source>
        <translation>לא ניתן יהיה להציג אותו שוב. בלעדיו אי אפשר להשתמש במפתח עד שהסוד שלו יוחלף. לסגור בכל זאת?</translation>
    </message>
</context>
<context>
    <name>descope::ConnectDialog</name>
    <message>
        <source>Connected</source>
        <translation>מחובר</translation>
    </message>
    <message>
        <source>Incomplete settings</source>
        <translation>הגדרות חסרות</translation>
    </message>
    <message>
        <source>Management key refused</source>
        <translation>מפתח הניהול נדחה</translation>
    </message>
    <message>
        <source>Unknown project</source>
        <translation>פרויקט לא מוכר</translation>
    </message>
    <message>
        <source>Server unreachable</source>
        <translation>השרת אינו זמין</translation>
    </message>
    <message>
        <source>Secure connection failed</source>
        <translation>החיבור המאובטח נכשל</translation>
    </message>
    <message>
        <source>Not a Descope server</source>
        <translation>זה לא שרת Descope</translation>
    </message>
    <message>
        <source>Connection failed</source>
        <translation>החיבור נכשל</translation>
    </message>
    <message>
        <source>C&amp;ustom domain</source>
        <translation>&amp;דומיין מותאם אישית</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;בדיקת החיבור</translation>
    </message>
    <message>
        <source>Try the &amp;Sandbox</source>
        <translation>ניסיון &amp;ארגז החול</translation>
    </message>
    <message>
        <source>Connect to a Descope Project</source>
        <translation>התחברות לפרויקט Descope</translation>
    </message>
    <message>
        <source>Enter the project ID and a management key from the Descope console (Company settings, Management keys). Or try the sandbox: a local stand-in for Descope with example keys.</source>
        <translation>יש להזין את מזהה הפרויקט ומפתח ניהול מקונסולת Descope ‏(Company settings, Management keys). או לנסות את ארגז החול: תחליף מקומי ל-Descope עם מפתחות לדוגמה.</translation>
    </message>
    <message>
        <source>New Connection Profile</source>
        <translation>פרופיל חיבור חדש</translation>
    </message>
    <message>
        <source>Edit Connection Profile</source>
        <translation>עריכת פרופיל חיבור</translation>
    </message>
    <message>
        <source>Management Key Needed</source>
        <translation>נדרש מפתח ניהול</translation>
    </message>
    <message>
        <source>e.g. Production</source>
        <translation>למשל, ייצור</translation>
    </message>
    <message>
        <source>e.g. P2abc… (Project settings in the Descope console)</source>
        <translation>למשל P2abc…‏ (Project settings בקונסולת Descope)</translation>
    </message>
    <message>
        <source>Paste the management key</source>
        <translation>יש להדביק את מפתח הניהול</translation>
    </message>
    <message>
        <source>Use your own domain (a Descope custom domain) instead of the address derived from the project ID&apos;s region</source>
        <translation>שימוש בדומיין משלך (דומיין מותאם אישית של Descope) במקום הכתובת הנגזרת מהאזור של מזהה הפרויקט</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;התחברות</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;שמירה</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;שם:</translation>
    </message>
    <message>
        <source>&amp;Project ID:</source>
        <translation>מזהה &amp;פרויקט:</translation>
    </message>
    <message>
        <source>&amp;Management key:</source>
        <translation>&amp;מפתח ניהול:</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>כתובת ב&amp;סיס:</translation>
    </message>
    <message>
        <source>Reading the keychain…</source>
        <translation>קורא את מחזיק המפתחות…</translation>
    </message>
    <message>
        <source>No key is stored: paste the management key</source>
        <translation>לא שמור מפתח: יש להדביק את מפתח הניהול</translation>
    </message>
    <message>
        <source>The keychain could not be read: %1</source>
        <translation>לא ניתן היה לקרוא את מחזיק המפתחות: %1</translation>
    </message>
    <message>
        <source>Testing the connection to %1…</source>
        <translation>בודק את החיבור אל %1…</translation>
    </message>
    <message>
        <source>Key Not Stored</source>
        <translation>המפתח לא נשמר</translation>
    </message>
    <message>
        <source>The profile “%1” was saved, but its management key could not be stored in the keychain.</source>
        <extracomment>%1 is the profile&apos;s name</extracomment>
        <translation>הפרופיל &quot;%1&quot; נשמר, אך לא ניתן היה לשמור את מפתח הניהול שלו במחזיק המפתחות.</translation>
    </message>
    <message>
        <source>%1 The key is used for this session only.</source>
        <translation>%1 המפתח ישמש לסשן זה בלבד.</translation>
    </message>
    <message>
        <source>Derived from the project ID&apos;s region, as Descope&apos;s SDKs do. Tick Custom domain to use your own.</source>
        <translation>נגזרת מהאזור של מזהה הפרויקט, כפי שעושות ערכות ה-SDK של Descope. יש לסמן &quot;דומיין מותאם אישית&quot; כדי להשתמש בדומיין משלך.</translation>
    </message>
    <message>
        <source>Your custom domain, e.g. https://auth.example.com</source>
        <translation>הדומיין המותאם אישית שלך, למשל https://auth.example.com</translation>
    </message>
    <message>
        <source>The key is kept in the system keychain, never in the settings file.</source>
        <translation>המפתח נשמר במחזיק המפתחות של המערכת, ולעולם לא בקובץ ההגדרות.</translation>
    </message>
    <message>
        <source>No keychain is available, so the key is kept in memory for this session only.</source>
        <translation>אין מחזיק מפתחות זמין, ולכן המפתח נשמר בזיכרון לסשן זה בלבד.</translation>
    </message>
    <message>
        <source>Saves the profile; with a management key, the window also connects to its project</source>
        <translation>שמירת הפרופיל; עם מפתח ניהול, החלון גם מתחבר לפרויקט שלו</translation>
    </message>
    <message>
        <source>Save and &amp;Connect</source>
        <translation>שמירה ו&amp;התחברות</translation>
    </message>
</context>
<context>
    <name>descope::ConnectionPanel</name>
    <message>
        <source>Sandbox</source>
        <translation>ארגז חול</translation>
    </message>
    <message>
        <source>Project ID:</source>
        <translation>מזהה פרויקט:</translation>
    </message>
    <message>
        <source>Base URL:</source>
        <translation>כתובת בסיס:</translation>
    </message>
    <message>
        <source>A local sandbox with example keys, not a real Descope project</source>
        <translation>ארגז חול מקומי עם מפתחות לדוגמה, לא פרויקט Descope אמיתי</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>מחובר אל %1</translation>
    </message>
    <message>
        <source>A local sandbox with example keys: nothing you do here touches a real Descope project.</source>
        <translation>ארגז חול מקומי עם מפתחות לדוגמה: שום דבר שנעשה כאן לא נוגע בפרויקט Descope אמיתי.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>לא מחובר</translation>
    </message>
    <message>
        <source>Connection profiles are not available yet. Start the console with --sandbox to try it against a local sandbox with example keys.</source>
        <translation>פרופילי חיבור עדיין אינם זמינים. יש להפעיל את המסוף עם ‎--sandbox כדי לנסות אותו מול ארגז חול מקומי עם מפתחות לדוגמה.</translation>
    </message>
</context>
<context>
    <name>descope::ConnectionTester</name>
    <message numerus="yes">
        <source>Connected: project %1 answered at %2 with %n tenant(s).</source>
        <translation>
            <numerusform>מחובר: הפרויקט %1 השיב בכתובת %2 עם דייר אחד.</numerusform>
            <numerusform>מחובר: הפרויקט %1 השיב בכתובת %2 עם %n דיירים.</numerusform>
        </translation>
    </message>
    <message>
        <source>The management key is valid but not allowed to read this project&apos;s access keys and tenants. Use a management key with those permissions.</source>
        <translation>מפתח הניהול תקף, אך אין לו הרשאה לקרוא את מפתחות הגישה והדיירים של פרויקט זה. יש להשתמש במפתח ניהול עם ההרשאות האלה.</translation>
    </message>
    <message>
        <source>Descope refused the management key. Project %1 exists, so check that the key was copied completely and has not been deleted or expired.</source>
        <translation>‏Descope דחה את מפתח הניהול. הפרויקט %1 קיים, ולכן יש לוודא שהמפתח הועתק במלואו ושלא נמחק או פג תוקפו.</translation>
    </message>
    <message>
        <source>Descope does not know the project ID %1 at %2. Check the ID (Descope console, Project settings) and, for a regional project, the base URL.</source>
        <translation>‏Descope אינו מכיר את מזהה הפרויקט %1 בכתובת %2. יש לבדוק את המזהה (קונסולת Descope,‏ Project settings) ובפרויקט אזורי גם את כתובת הבסיס.</translation>
    </message>
    <message>
        <source>Cannot reach %1 (%2). Check the network connection, the base URL, and any proxy or firewall in between.</source>
        <translation>אין גישה אל %1 ‏(%2). יש לבדוק את חיבור הרשת, את כתובת הבסיס ואת כל שרת Proxy או חומת אש שבדרך.</translation>
    </message>
    <message>
        <source>%1 did not answer in time. Check the network connection and the base URL, then try again.</source>
        <translation>‏%1 לא השיב בזמן. יש לבדוק את חיבור הרשת ואת כתובת הבסיס, ואז לנסות שוב.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed, so nothing was sent (%2). Check the system clock, any proxy that inspects TLS, and the base URL.</source>
        <translation>החיבור המאובטח אל %1 נכשל, ולכן דבר לא נשלח (%2). יש לבדוק את שעון המערכת, כל שרת Proxy שבודק TLS ואת כתובת הבסיס.</translation>
    </message>
    <message>
        <source>%1 answered, but not the way Descope does. Check the base URL.</source>
        <translation>‏%1 השיב, אך לא כפי ש-Descope משיב. יש לבדוק את כתובת הבסיס.</translation>
    </message>
    <message>
        <source>%1 answered with HTTP %2, but not the way Descope does. Check the base URL.</source>
        <translation>‏%1 השיב ב-HTTP %2, אך לא כפי ש-Descope משיב. יש לבדוק את כתובת הבסיס.</translation>
    </message>
</context>
<context>
    <name>descope::ExchangeDialog</name>
    <message>
        <source>&amp;Exchange</source>
        <translation>&amp;המרה</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;ביטול</translation>
    </message>
    <message>
        <source>Exchange Access Key for a Session</source>
        <translation>המרת מפתח גישה לסשן</translation>
    </message>
    <message>
        <source>Paste an access key</source>
        <translation>יש להדביק מפתח גישה</translation>
    </message>
    <message>
        <source>Optional, e.g. {&quot;team&quot;: &quot;qa&quot;}</source>
        <translation>אופציונלי, למשל {&quot;team&quot;: &quot;qa&quot;}</translation>
    </message>
    <message>
        <source>No tenant</source>
        <translation>ללא דייר</translation>
    </message>
    <message>
        <source>&amp;Access key:</source>
        <translation>&amp;מפתח גישה:</translation>
    </message>
    <message>
        <source>Custom c&amp;laims:</source>
        <translation>&amp;טענות מותאמות אישית:</translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation>&amp;דייר:</translation>
    </message>
    <message>
        <source>Exchanging…</source>
        <translation>ממיר…</translation>
    </message>
    <message>
        <source>C&amp;opy Token</source>
        <translation>ה&amp;עתקת האסימון</translation>
    </message>
    <message>
        <source>Session &amp;token:</source>
        <translation>&amp;אסימון סשן:</translation>
    </message>
    <message>
        <source>Expiry:</source>
        <translation>תפוגה:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>tenant</comment>
        <extracomment>%1 is a tenant&apos;s name, %2 its ID</extracomment>
        <translation>%1 ‏(%2)</translation>
    </message>
    <message>
        <source>The exchange was cancelled.</source>
        <translation>ההמרה בוטלה.</translation>
    </message>
    <message>
        <source>The exchange failed. %1</source>
        <translation>ההמרה נכשלה. %1</translation>
    </message>
    <message>
        <source>Correct the custom claims first: they must be JSON.</source>
        <translation>יש לתקן תחילה את הטענות המותאמות אישית: הן חייבות להיות JSON.</translation>
    </message>
</context>
<context>
    <name>descope::ExpirationPicker</name>
    <message>
        <source>30 days</source>
        <translation>30 יום</translation>
    </message>
    <message>
        <source>60 days</source>
        <translation>60 יום</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 יום</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>שנה</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>אף פעם</translation>
    </message>
    <message>
        <source>Custom date and time</source>
        <translation>תאריך ושעה מותאמים אישית</translation>
    </message>
    <message>
        <source>How long the key works. A key that never expires works until it is deactivated or deleted.</source>
        <translation>כמה זמן המפתח עובד. מפתח שתוקפו אינו פג עובד עד שהוא מושבת או נמחק.</translation>
    </message>
    <message>
        <source>The date and time the key stops working, in your time zone</source>
        <translation>התאריך והשעה שבהם המפתח מפסיק לעבוד, באזור הזמן שלך</translation>
    </message>
    <message>
        <source>The key works until it is deactivated or deleted.</source>
        <translation>המפתח עובד עד שהוא מושבת או נמחק.</translation>
    </message>
    <message>
        <source>Expired %1</source>
        <translation>פג תוקף %1</translation>
    </message>
    <message>
        <source>Expires %1</source>
        <translation>תוקפו יפוג %1</translation>
    </message>
    <message>
        <source>Expires %1, %2</source>
        <extracomment>%1 is a date and time, %2 a relative time such as &quot;in 3 months&quot;</extracomment>
        <translation>מועד התפוגה: %1, %2</translation>
    </message>
</context>
<context>
    <name>descope::IpRange</name>
    <message>
        <source>The address before the / is missing</source>
        <translation>חסרה הכתובת שלפני ה-/</translation>
    </message>
    <message>
        <source>%1 is not an IP address or CIDR range</source>
        <translation>‏‪%1‬ אינו כתובת IP או טווח CIDR</translation>
    </message>
    <message>
        <source>%1 is not an IPv4 address: it needs four numbers separated by dots</source>
        <translation>‏‪%1‬ אינו כתובת IPv4: נדרשים ארבעה מספרים המופרדים בנקודות</translation>
    </message>
    <message>
        <source>%1 is not an IPv4 address: a number is missing between dots</source>
        <translation>‏‪%1‬ אינו כתובת IPv4: חסר מספר בין שתי נקודות</translation>
    </message>
    <message>
        <source>%1 is not an IPv4 address: %2 has a leading zero, which some systems read as octal</source>
        <translation>‏‪%1‬ אינו כתובת IPv4: ב-‪%2‬ יש אפס מוביל, שמערכות מסוימות קוראות כאוקטלי</translation>
    </message>
    <message>
        <source>%1 is not an IPv4 address: %2 is more than 255</source>
        <translation>‏‪%1‬ אינו כתובת IPv4: ‪%2‬ גדול מ-255</translation>
    </message>
    <message>
        <source>%1: zone IDs such as %2 name a local interface and are not allowed in permitted IPs</source>
        <translation>‏‪%1‬: מזהי אזור כמו ‪%2‬ מציינים ממשק מקומי ואינם מותרים בכתובות IP מורשות</translation>
    </message>
    <message>
        <source>%1: write the address without brackets</source>
        <translation>‏‪%1‬: יש לכתוב את הכתובת בלי סוגריים</translation>
    </message>
    <message>
        <source>%1 is not an IPv6 address: &apos;%2&apos; is not a hex digit</source>
        <translation>‏‪%1‬ אינו כתובת IPv6: &apos;‪%2‬&apos; אינו ספרה הקסדצימלית</translation>
    </message>
    <message>
        <source>%1 is not an IPv6 address: &apos;::&apos; may appear only once</source>
        <translation>‏‪%1‬ אינו כתובת IPv6: &apos;::&apos; יכול להופיע פעם אחת בלבד</translation>
    </message>
    <message>
        <source>%1 is not an IPv6 address: a group is missing between colons</source>
        <translation>‏‪%1‬ אינו כתובת IPv6: חסרה קבוצה בין נקודתיים</translation>
    </message>
    <message>
        <source>%1 is not an IPv6 address: an IPv4 part may only come last</source>
        <translation>‏‪%1‬ אינו כתובת IPv6: חלק IPv4 יכול לבוא רק בסוף</translation>
    </message>
    <message>
        <source>%1 is not an IPv6 address: %2</source>
        <translation>‏‪%1‬ אינו כתובת IPv6: ‪%2‬</translation>
    </message>
    <message>
        <source>%1 is not an IPv6 address: %2 has more than four hex digits</source>
        <translation>‏‪%1‬ אינו כתובת IPv6: ב-‪%2‬ יש יותר מארבע ספרות הקסדצימליות</translation>
    </message>
    <message>
        <source>%1 is not an IPv6 address: it has too many groups</source>
        <translation>‏‪%1‬ אינו כתובת IPv6: יש בה יותר מדי קבוצות</translation>
    </message>
    <message>
        <source>%1 is not an IPv6 address: it has %2 groups, not 8</source>
        <translation>‏‪%1‬ אינו כתובת IPv6: יש בה ‪%2‬ קבוצות ולא 8</translation>
    </message>
    <message>
        <source>%1 is not an IPv6 address: it has %2 groups; it needs 8, or &apos;::&apos; for a run of zeros</source>
        <translation>‏‪%1‬ אינו כתובת IPv6: יש בה ‪%2‬ קבוצות; נדרשות 8, או &apos;::&apos; עבור רצף אפסים</translation>
    </message>
    <message>
        <source>%1 has no prefix length after the /</source>
        <translation>ל-‪%1‬ אין אורך קידומת אחרי ה-/</translation>
    </message>
    <message>
        <source>%1 has more than one /</source>
        <translation>ב-‪%1‬ יש יותר מ-/ אחד</translation>
    </message>
    <message>
        <source>/%1 is not a prefix length: use a number from 0 to %2</source>
        <translation>‏‪/%1‬ אינו אורך קידומת: יש להשתמש במספר בין 0 ל-‪%2‬</translation>
    </message>
    <message>
        <source>/%1 has a leading zero: write /%2</source>
        <translation>ב-‪/%1‬ יש אפס מוביל: יש לכתוב ‪/%2‬</translation>
    </message>
    <message>
        <source>/%1 is too long for IPv6</source>
        <translation>‏‪/%1‬ ארוך מדי עבור IPv6</translation>
    </message>
    <message>
        <source>/%1 is too long for IPv4</source>
        <translation>‏‪/%1‬ ארוך מדי עבור IPv4</translation>
    </message>
    <message>
        <source>An address is required</source>
        <translation>נדרשת כתובת</translation>
    </message>
    <message>
        <source>%1 contains a space: put one address on each line</source>
        <translation>ב-‪%1‬ יש רווח: יש לכתוב כתובת אחת בכל שורה</translation>
    </message>
    <message>
        <source>Remove the spaces around %1</source>
        <translation>יש להסיר את הרווחים סביב ‪%1‬</translation>
    </message>
    <message>
        <source>%1 covers the whole network %2: write %2 if that is meant, or %3 for that one address</source>
        <extracomment>%1 is a CIDR range as typed, such as 10.1.2.3/8, %2 the network it stands for, such as 10.0.0.0/8, and %3 the address alone</extracomment>
        <translation>‏‪%1‬ מכסה את כל הרשת ‪%2‬: יש לכתוב ‪%2‬ אם לכך הכוונה, או ‪%3‬ עבור הכתובת הזו בלבד</translation>
    </message>
</context>
<context>
    <name>descope::JsonTreeWidget</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>פריט אחד</numerusform>
            <numerusform>%n פריטים</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation>
            <numerusform>שדה אחד</numerusform>
            <numerusform>%n שדות</numerusform>
        </translation>
    </message>
    <message>
        <source>string</source>
        <comment>JSON type</comment>
        <translation>מחרוזת</translation>
    </message>
    <message>
        <source>number</source>
        <comment>JSON type</comment>
        <translation>מספר</translation>
    </message>
    <message>
        <source>boolean</source>
        <comment>JSON type</comment>
        <translation>בוליאני</translation>
    </message>
    <message>
        <source>null</source>
        <comment>JSON type</comment>
        <translation>null</translation>
    </message>
    <message>
        <source>array</source>
        <comment>JSON type</comment>
        <translation>מערך</translation>
    </message>
    <message>
        <source>object</source>
        <comment>JSON type</comment>
        <translation>אובייקט</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>שם</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>ערך</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>סוג</translation>
    </message>
    <message>
        <source>Copy Value</source>
        <translation>העתקת הערך</translation>
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
        <translation>%1 שניות מאז 1970 (UTC)&#x2028;השעה המקומית: %2</translation>
    </message>
</context>
<context>
    <name>descope::Jwt</name>
    <message>
        <source>The project&apos;s signing key has no valid RSA modulus or exponent.</source>
        <translation>למפתח החתימה של הפרויקט אין מודולוס או מעריך RSA תקינים.</translation>
    </message>
    <message>
        <source>The project&apos;s signing key could not be read.</source>
        <translation>לא ניתן היה לקרוא את מפתח החתימה של הפרויקט.</translation>
    </message>
    <message>
        <source>The token does not have three dot-separated parts.</source>
        <translation>לאסימון אין שלושה חלקים המופרדים בנקודות.</translation>
    </message>
    <message>
        <source>The token&apos;s header is not base64url-encoded JSON.</source>
        <translation>הכותרת של האסימון אינה JSON בקידוד base64url.</translation>
    </message>
    <message>
        <source>The token&apos;s payload is not base64url-encoded JSON.</source>
        <translation>המטען של האסימון אינו JSON בקידוד base64url.</translation>
    </message>
    <message>
        <source>The token&apos;s signature is not base64url.</source>
        <translation>החתימה של האסימון אינה בקידוד base64url.</translation>
    </message>
    <message>
        <source>The token is signed with &apos;%1&apos;, not RS256.</source>
        <extracomment>%1 is the signing algorithm the token names, such as HS256</extracomment>
        <translation>האסימון חתום ב-&apos;%1&apos; ולא ב-RS256.</translation>
    </message>
    <message>
        <source>The token&apos;s signing key &apos;%1&apos; is not among the project&apos;s keys.</source>
        <extracomment>%1 is the key ID (kid) in the token&apos;s header</extracomment>
        <translation>מפתח החתימה &apos;%1&apos; של האסימון אינו בין המפתחות של הפרויקט.</translation>
    </message>
    <message>
        <source>The project&apos;s signing key is not an RSA key.</source>
        <translation>מפתח החתימה של הפרויקט אינו מפתח RSA.</translation>
    </message>
    <message>
        <source>The token&apos;s signature does not match the project&apos;s key.</source>
        <translation>החתימה של האסימון אינה תואמת את המפתח של הפרויקט.</translation>
    </message>
</context>
<context>
    <name>descope::JwtClaimsView</name>
    <message>
        <source>None requested</source>
        <translation>לא התבקשו</translation>
    </message>
    <message>
        <source>Chosen by the caller at exchange time, not by the key&apos;s configuration: services should not trust them.</source>
        <translation>נבחרו על ידי המבקש בזמן ההמרה, ולא לפי תצורת המפתח: שירותים לא צריכים לסמוך עליהן.</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>כותרת</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>טענות</translation>
    </message>
    <message>
        <source>Exchange-time claims (nsec)</source>
        <translation>טענות מזמן ההמרה (nsec)</translation>
    </message>
    <message>
        <source>Signature verified with the project&apos;s public key %1.</source>
        <extracomment>%1 is the ID (kid) of the project&apos;s public key</extracomment>
        <translation>החתימה אומתה עם המפתח הציבורי %1 של הפרויקט.</translation>
    </message>
    <message>
        <source>no reason was given</source>
        <translation>לא ניתנה סיבה</translation>
    </message>
    <message>
        <source>The signature could not be verified against the project&apos;s keys: %1</source>
        <extracomment>%1 says why, e.g. &quot;the token&apos;s key ID is not among the project&apos;s keys&quot;</extracomment>
        <translation>לא ניתן היה לאמת את החתימה מול המפתחות של הפרויקט: %1</translation>
    </message>
</context>
<context>
    <name>descope::JwtExpiryLabel</name>
    <message numerus="yes">
        <source>%n h</source>
        <comment>hours, abbreviated</comment>
        <translation>
            <numerusform>%n ש&apos;</numerusform>
            <numerusform>%n ש&apos;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <comment>minutes, abbreviated</comment>
        <translation>
            <numerusform>%n דק&apos;</numerusform>
            <numerusform>%n דק&apos;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <comment>seconds, abbreviated</comment>
        <translation>
            <numerusform>%n שנ&apos;</numerusform>
            <numerusform>%n שנ&apos;</numerusform>
        </translation>
    </message>
    <message>
        <source>The token does not say when it expires</source>
        <translation>האסימון אינו מציין מתי יפוג תוקפו</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>פג תוקף</translation>
    </message>
    <message>
        <source>Expires in %1</source>
        <extracomment>%1 is a time span such as &quot;9 min 58 s&quot;</extracomment>
        <translation>יפוג בעוד %1</translation>
    </message>
</context>
<context>
    <name>descope::KeyActionController</name>
    <message>
        <source>Created “%1”</source>
        <translation>&quot;%1&quot; נוצר</translation>
    </message>
    <message>
        <source>Saved “%1”</source>
        <translation>&quot;%1&quot; נשמר</translation>
    </message>
    <message>
        <source>A batch is still running; wait for it to finish.</source>
        <translation>פעולה קבוצתית עדיין רצה; יש להמתין לסיומה.</translation>
    </message>
</context>
<context>
    <name>descope::KeyActionRunner</name>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A key in a list: its name, then its ID</extracomment>
        <translation>%1 ‏(%2)</translation>
    </message>
</context>
<context>
    <name>descope::KeyActions</name>
    <message>
        <source>&amp;New Key…</source>
        <translation>מפתח &amp;חדש…</translation>
    </message>
    <message>
        <source>&amp;Edit Key…</source>
        <translation>&amp;עריכת מפתח…</translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <extracomment>A verb: let the selected keys work again</extracomment>
        <translation>ה&amp;פעלה</translation>
    </message>
    <message>
        <source>D&amp;eactivate</source>
        <extracomment>A verb: stop the selected keys from working</extracomment>
        <translation>ה&amp;שבתה</translation>
    </message>
    <message>
        <source>R&amp;otate Secret…</source>
        <translation>החלפת &amp;סוד…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;מחיקה…</translation>
    </message>
    <message>
        <source>E&amp;xchange for a Session…</source>
        <translation>המ&amp;רה לסשן…</translation>
    </message>
    <message>
        <source>Import &amp;Passkeys…</source>
        <translation>&amp;ייבוא Passkeys…</translation>
    </message>
    <message>
        <source>&amp;Copy Key ID</source>
        <translation>&amp;העתקת מזהה המפתח</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;רענון</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;חיפוש…</translation>
    </message>
    <message>
        <source>Create an access key and copy its secret</source>
        <translation>יצירת מפתח גישה והעתקת הסוד שלו</translation>
    </message>
    <message>
        <source>Change the selected key&apos;s name, roles, description and more</source>
        <translation>שינוי השם, התפקידים, התיאור ועוד של המפתח הנבחר</translation>
    </message>
    <message>
        <source>Let the selected keys be exchanged for sessions again</source>
        <translation>לאפשר שוב להמיר את המפתחות הנבחרים לסשנים</translation>
    </message>
    <message>
        <source>Stop the selected keys from being exchanged for sessions</source>
        <translation>למנוע המרה של המפתחות הנבחרים לסשנים</translation>
    </message>
    <message>
        <source>Replace the selected key&apos;s secret; the old one stops working</source>
        <translation>החלפת הסוד של המפתח הנבחר; הסוד הישן יפסיק לעבוד</translation>
    </message>
    <message>
        <source>Delete the selected keys for good</source>
        <translation>מחיקת המפתחות הנבחרים לצמיתות</translation>
    </message>
    <message>
        <source>Exchange a key for a session token to check that it works</source>
        <translation>המרת מפתח לאסימון סשן כדי לבדוק שהוא עובד</translation>
    </message>
    <message>
        <source>Copy the IDs of the selected keys</source>
        <translation>העתקת המזהים של המפתחות הנבחרים</translation>
    </message>
    <message>
        <source>Import a user&apos;s passkeys from another identity provider</source>
        <translation>ייבוא ה-Passkeys של משתמש מספק זהויות אחר</translation>
    </message>
    <message>
        <source>Load the keys from the server again</source>
        <translation>טעינת המפתחות מהשרת מחדש</translation>
    </message>
    <message>
        <source>Search the keys</source>
        <translation>חיפוש במפתחות</translation>
    </message>
</context>
<context>
    <name>descope::KeyDetailsPane</name>
    <message>
        <source>Read-only: this key cannot be edited.</source>
        <translation>לקריאה בלבד: אי אפשר לערוך מפתח זה.</translation>
    </message>
    <message>
        <source>No custom claims</source>
        <translation>אין טענות מותאמות אישית</translation>
    </message>
    <message>
        <source>No custom attributes</source>
        <translation>אין מאפיינים מותאמים אישית</translation>
    </message>
    <message>
        <source>Key ID:</source>
        <translation>מזהה המפתח:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>מצב:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>תיאור:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>נוצר:</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>תפוגה:</translation>
    </message>
    <message>
        <source>Created by:</source>
        <translation>נוצר על ידי:</translation>
    </message>
    <message>
        <source>Bound user:</source>
        <translation>משתמש מקושר:</translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation>מזהה לקוח:</translation>
    </message>
    <message>
        <source>Project roles:</source>
        <translation>תפקידי פרויקט:</translation>
    </message>
    <message>
        <source>Tenants:</source>
        <translation>דיירים:</translation>
    </message>
    <message>
        <source>Permitted IPs:</source>
        <translation>כתובות IP מורשות:</translation>
    </message>
    <message>
        <source>Custom claims</source>
        <translation>טענות מותאמות אישית</translation>
    </message>
    <message>
        <source>Custom attributes</source>
        <translation>מאפיינים מותאמים אישית</translation>
    </message>
    <message>
        <source>Unnamed key</source>
        <translation>מפתח ללא שם</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>לא ידוע</translation>
    </message>
    <message>
        <source>None</source>
        <translation>אין</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>time</comment>
        <extracomment>%1 is a local date and time, %2 how long ago or ahead it is, e.g. &quot;in 3 days&quot;</extracomment>
        <translation>%1 ‏(%2)</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>אף פעם</translation>
    </message>
    <message>
        <source>Expired on %1 (%2)</source>
        <extracomment>%1 is a local date and time, %2 how long ago it is, e.g. &quot;3 days ago&quot;</extracomment>
        <translation>פג תוקף ב-%1 ‏(%2)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>tenant</comment>
        <translation>%1 ‏(%2)</translation>
    </message>
    <message>
        <source>no roles</source>
        <translation>ללא תפקידים</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is a tenant, %2 the key&apos;s roles in it</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Any address</source>
        <translation>כל כתובת</translation>
    </message>
    <message numerus="yes">
        <source>%n keys selected</source>
        <translation>
            <numerusform>נבחר מפתח אחד</numerusform>
            <numerusform>נבחרו %n מפתחות</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a key to see its details</source>
        <translation>יש לבחור מפתח כדי לראות את פרטיו</translation>
    </message>
</context>
<context>
    <name>descope::KeyEditorDialog</name>
    <message>
        <source>New Access Key</source>
        <translation>מפתח גישה חדש</translation>
    </message>
    <message>
        <source>Edit Access Key: %1</source>
        <translation>עריכת מפתח גישה: %1</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;יצירה</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>שמי&amp;רה</translation>
    </message>
    <message>
        <source>Set when the key was created; Descope cannot change it.</source>
        <translation>נקבע כשהמפתח נוצר; Descope לא יכול לשנות אותו.</translation>
    </message>
    <message>
        <source>Key ID:</source>
        <translation>מזהה המפתח:</translation>
    </message>
    <message>
        <source>Required, such as ci-deployer-prod</source>
        <translation>חובה, למשל ci-deployer-prod</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;שם:</translation>
    </message>
    <message>
        <source>What the key is for and who owns it</source>
        <translation>למה המפתח משמש ולמי הוא שייך</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;תיאור:</translation>
    </message>
    <message>
        <source>E&amp;xpires:</source>
        <translation>תוקף &amp;עד:</translation>
    </message>
    <message>
        <source>Optional: the ID of a user the key acts for</source>
        <translation>אופציונלי: המזהה של משתמש שהמפתח פועל בשמו</translation>
    </message>
    <message>
        <source>A key bound to a user acts with that user&apos;s roles and tenants; the roles below are then ignored.</source>
        <translation>מפתח המקושר למשתמש פועל עם התפקידים והדיירים של אותו משתמש; התפקידים שלמטה אז אינם נלקחים בחשבון.</translation>
    </message>
    <message>
        <source>&amp;Bound user ID:</source>
        <translation>מזהה משתמש &amp;מקושר:</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>תפקידים:</translation>
    </message>
    <message>
        <source>Permitted &amp;IPs:</source>
        <translation>כתובות &amp;IP מורשות:</translation>
    </message>
    <message>
        <source>Custom c&amp;laims:</source>
        <translation>&amp;טענות מותאמות אישית:</translation>
    </message>
    <message>
        <source>&amp;Project roles</source>
        <translation>תפקידי &amp;פרויקט</translation>
    </message>
    <message>
        <source>Roles that apply to the whole project</source>
        <translation>תפקידים שחלים על כל הפרויקט</translation>
    </message>
    <message>
        <source>Roles per &amp;tenant</source>
        <translation>תפקידים לפי &amp;דייר</translation>
    </message>
    <message>
        <source>Roles that apply in the chosen tenants only</source>
        <translation>תפקידים שחלים רק בדיירים שנבחרו</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;ניסיון חוזר</translation>
    </message>
    <message>
        <source>Ask Descope for the project&apos;s tenants and roles again</source>
        <translation>לבקש מ-Descope שוב את הדיירים והתפקידים של הפרויקט</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before saving. %1: %2</source>
        <extracomment>%1 is where the problem is (&quot;Permitted IPs, line 2&quot;), %2 what is wrong</extracomment>
        <translation>
            <numerusform>יש לתקן בעיה אחת לפני השמירה. %1: %2</numerusform>
            <numerusform>יש לתקן %n בעיות לפני השמירה. %1: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>שם</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>תיאור</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>תפוגה</translation>
    </message>
    <message>
        <source>Bound user ID</source>
        <translation>מזהה משתמש מקושר</translation>
    </message>
    <message>
        <source>Project roles</source>
        <translation>תפקידי פרויקט</translation>
    </message>
    <message>
        <source>Tenant roles, row %1</source>
        <translation>תפקידי דייר, שורה %1</translation>
    </message>
    <message>
        <source>Permitted IPs, line %1</source>
        <translation>כתובות IP מורשות, שורה %1</translation>
    </message>
    <message>
        <source>Custom claims</source>
        <translation>טענות מותאמות אישית</translation>
    </message>
    <message>
        <source>Custom claims, row %1</source>
        <translation>טענות מותאמות אישית, שורה %1</translation>
    </message>
    <message>
        <source>The connection to the project was closed. Copy what you need and connect again.</source>
        <translation>החיבור לפרויקט נסגר. יש להעתיק את מה שנחוץ ולהתחבר שוב.</translation>
    </message>
    <message>
        <source>Creating the key…</source>
        <translation>יוצר את המפתח…</translation>
    </message>
    <message>
        <source>Saving the changes…</source>
        <translation>שומר את השינויים…</translation>
    </message>
    <message>
        <source>The key was not created. %1</source>
        <translation>המפתח לא נוצר. %1</translation>
    </message>
    <message>
        <source>The changes were not saved. %1</source>
        <translation>השינויים לא נשמרו. %1</translation>
    </message>
    <message>
        <source>Discard the new key?</source>
        <translation>לבטל את המפתח החדש?</translation>
    </message>
    <message>
        <source>Discard the changes to %1?</source>
        <translation>לבטל את השינויים ב-%1?</translation>
    </message>
    <message>
        <source>What you entered will be lost. Choose Cancel to keep editing.</source>
        <translation>מה שהוזן יאבד. יש לבחור &quot;ביטול&quot; כדי להמשיך לערוך.</translation>
    </message>
    <message>
        <source>Loading the project&apos;s tenants and roles…</source>
        <translation>טוען את הדיירים והתפקידים של הפרויקט…</translation>
    </message>
    <message>
        <source>The tenants and roles could not be loaded. %1</source>
        <translation>לא ניתן היה לטעון את הדיירים והתפקידים. %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>טוען…</translation>
    </message>
    <message>
        <source>Not loaded</source>
        <translation>לא נטען</translation>
    </message>
</context>
<context>
    <name>descope::KeyExchange</name>
    <message>
        <source>The session token is malformed: %1</source>
        <translation>אסימון הסשן פגום: %1</translation>
    </message>
    <message>
        <source>The project&apos;s public keys could not be fetched: %1</source>
        <translation>לא ניתן היה להביא את המפתחות הציבוריים של הפרויקט: %1</translation>
    </message>
</context>
<context>
    <name>descope::KeyFilterBar</name>
    <message>
        <source>Search names, IDs, descriptions, roles, tenants, creators</source>
        <translation>חיפוש בשמות, מזהים, תיאורים, תפקידים, דיירים, יוצרים</translation>
    </message>
    <message>
        <source>Every word must appear somewhere in the key (Ctrl+F)</source>
        <translation>כל מילה חייבת להופיע במקום כלשהו במפתח (Ctrl+F)</translation>
    </message>
    <message>
        <source>Show keys by status</source>
        <translation>הצגת מפתחות לפי מצב</translation>
    </message>
    <message>
        <source>All statuses</source>
        <extracomment>A choice in the status filter: show every key</extracomment>
        <translation>כל המצבים</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>key status filter</comment>
        <extracomment>A choice in the status filter: show the active keys</extracomment>
        <translation>פעילים</translation>
    </message>
    <message>
        <source>Inactive</source>
        <comment>key status filter</comment>
        <extracomment>A choice in the status filter: show the deactivated keys</extracomment>
        <translation>לא פעילים</translation>
    </message>
    <message>
        <source>Expired</source>
        <comment>key status filter</comment>
        <extracomment>A choice in the status filter: show the keys whose expiry time has passed</extracomment>
        <translation>פג תוקף</translation>
    </message>
    <message>
        <source>Show the keys that have roles in one tenant</source>
        <translation>הצגת המפתחות שיש להם תפקידים בדייר אחד</translation>
    </message>
    <message>
        <source>All tenants</source>
        <translation>כל הדיירים</translation>
    </message>
    <message numerus="yes">
        <source>Expiring within %n day(s)</source>
        <extracomment>A choice in the status filter: keys that expire soon</extracomment>
        <translation>
            <numerusform>יפוג תוך יום</numerusform>
            <numerusform>יפוג תוך %n ימים</numerusform>
        </translation>
    </message>
    <message>
        <source>The tenants could not be loaded: %1</source>
        <translation>לא ניתן היה לטעון את הדיירים: %1</translation>
    </message>
    <message>
        <source>the search “%1”</source>
        <extracomment>A part of the list of filters in use; %1 is the search text</extracomment>
        <translation>החיפוש &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the status “%1”</source>
        <extracomment>A part of the list of filters in use; %1 is a status filter&apos;s choice</extracomment>
        <translation>המצב &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the tenant “%1”</source>
        <extracomment>A part of the list of filters in use; %1 is a tenant&apos;s name</extracomment>
        <translation>הדייר &quot;%1&quot;</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Separates the filters in use, e.g. &quot;the search “ci”, the status “Active”&quot;</extracomment>
        <translation>, </translation>
    </message>
    <message>
        <source>Every word must appear somewhere in the key (Ctrl+F; Esc clears)</source>
        <translation>כל מילה חייבת להופיע במקום כלשהו במפתח (Ctrl+F;‏ Esc לניקוי)</translation>
    </message>
</context>
<context>
    <name>descope::KeyForm</name>
    <message>
        <source>Choose a date and time</source>
        <translation>יש לבחור תאריך ושעה</translation>
    </message>
    <message>
        <source>The expiry is in the past</source>
        <translation>מועד התפוגה כבר עבר</translation>
    </message>
    <message>
        <source>Descope cannot store expiry times after 19 January 2038, 03:14 UTC; choose an earlier date</source>
        <translation>‏Descope אינו יכול לשמור מועדי תפוגה אחרי 19 בינואר 2038, 03:14 UTC; יש לבחור תאריך מוקדם יותר</translation>
    </message>
    <message>
        <source>Choose a tenant</source>
        <translation>יש לבחור דייר</translation>
    </message>
    <message>
        <source>Tenant repeated: %1 is in an earlier row</source>
        <translation>דייר חוזר: %1 כבר מופיע בשורה קודמת</translation>
    </message>
    <message>
        <source>%1 is listed twice</source>
        <translation>‏%1 מופיע פעמיים</translation>
    </message>
    <message>
        <source>A name is required</source>
        <translation>נדרש שם</translation>
    </message>
    <message>
        <source>A user ID has no spaces in it</source>
        <translation>מזהה משתמש אינו מכיל רווחים</translation>
    </message>
</context>
<context>
    <name>descope::KeyFormClaims</name>
    <message>
        <source>JSON: %1 at line %2, column %3</source>
        <translation>‏JSON: ‏%1 בשורה %2, עמודה %3</translation>
    </message>
    <message>
        <source>unexpected end of text</source>
        <translation>סוף טקסט לא צפוי</translation>
    </message>
    <message>
        <source>unexpected line break</source>
        <translation>מעבר שורה לא צפוי</translation>
    </message>
    <message>
        <source>unexpected control character</source>
        <translation>תו בקרה לא צפוי</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos;</source>
        <translation>&apos;%1&apos; לא צפוי</translation>
    </message>
    <message numerus="yes">
        <source>nested more than %n level(s) deep</source>
        <translation>
            <numerusform>מקונן ביותר מרמה אחת</numerusform>
            <numerusform>מקונן ביותר מ-%n רמות</numerusform>
        </translation>
    </message>
    <message>
        <source>claim name &apos;%1&apos; repeated</source>
        <translation>שם הטענה &apos;%1&apos; חוזר</translation>
    </message>
    <message>
        <source>name &apos;%1&apos; repeated</source>
        <translation>השם &apos;%1&apos; חוזר</translation>
    </message>
    <message>
        <source>a string that never ends</source>
        <translation>מחרוזת שאינה מסתיימת</translation>
    </message>
    <message>
        <source>unexpected line break in a string (write \n)</source>
        <translation>מעבר שורה לא צפוי בתוך מחרוזת (יש לכתוב \n)</translation>
    </message>
    <message>
        <source>unexpected control character in a string</source>
        <translation>תו בקרה לא צפוי בתוך מחרוזת</translation>
    </message>
    <message>
        <source>invalid escape &apos;\%1&apos;</source>
        <translation>רצף מילוט לא תקין &apos;\%1&apos;</translation>
    </message>
    <message>
        <source>invalid escape: \u needs four hex digits</source>
        <translation>רצף מילוט לא תקין: ‏\u דורש ארבע ספרות הקסדצימליות</translation>
    </message>
    <message>
        <source>invalid number &apos;%1&apos;</source>
        <translation>מספר לא תקין &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the number %1 is too large to keep exactly (write it as a string)</source>
        <translation>המספר %1 גדול מכדי לשמור אותו במדויק (יש לכתוב אותו כמחרוזת)</translation>
    </message>
    <message>
        <source>A number is required</source>
        <translation>נדרש מספר</translation>
    </message>
    <message>
        <source>Not a number: %1</source>
        <translation>לא מספר: %1</translation>
    </message>
    <message>
        <source>%1 is too large to keep exactly; make the claim a string</source>
        <translation>‏%1 גדול מכדי לשמור אותו במדויק; יש להפוך את הטענה למחרוזת</translation>
    </message>
    <message>
        <source>%1 is a registered JWT claim: Descope sets it in every session token</source>
        <translation>‏%1 היא טענת JWT רשומה: Descope קובע אותה בכל אסימון סשן</translation>
    </message>
    <message>
        <source>%1 is reserved: Descope puts its own %1 claim in session tokens</source>
        <translation>‏%1 שמור: Descope מכניס טענת %1 משלו לאסימוני סשן</translation>
    </message>
    <message>
        <source>A claim name is required</source>
        <translation>נדרש שם טענה</translation>
    </message>
    <message>
        <source>Claim name repeated: %1 is in an earlier row</source>
        <translation>שם טענה חוזר: %1 כבר מופיע בשורה קודמת</translation>
    </message>
    <message>
        <source>Not true or false: %1</source>
        <translation>לא true ולא false: ‏%1</translation>
    </message>
    <message>
        <source>A JSON value is required</source>
        <translation>נדרש ערך JSON</translation>
    </message>
    <message>
        <source>JSON: the claims must be one object, such as {&quot;plan&quot;: &quot;gold&quot;}</source>
        <translation>‏JSON: הטענות חייבות להיות אובייקט אחד, כמו {&quot;plan&quot;: &quot;gold&quot;}</translation>
    </message>
    <message>
        <source>A claim name is required: &quot;&quot; is not one</source>
        <translation>נדרש שם טענה: &quot;&quot; אינו שם</translation>
    </message>
</context>
<context>
    <name>descope::KeyListBanner</name>
    <message>
        <source>Refreshing the keys…</source>
        <translation>מרענן את המפתחות…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>Stops the refresh; the keys shown stay (also Esc)</extracomment>
        <translation>ביטול</translation>
    </message>
    <message>
        <source>Stop refreshing; the keys shown stay (Esc)</source>
        <translation>עצירת הרענון; המפתחות המוצגים נשארים (Esc)</translation>
    </message>
    <message>
        <source>Showing the keys loaded at %1. The refresh failed: %2</source>
        <extracomment>%1 is when the keys shown were loaded (&quot;18:02&quot;), %2 why the refresh failed</extracomment>
        <translation>מוצגים המפתחות שנטענו ב-%1. הרענון נכשל: %2</translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation>&amp;ניסיון חוזר</translation>
    </message>
    <message>
        <source>Load the keys from the server again</source>
        <translation>טעינת המפתחות מהשרת מחדש</translation>
    </message>
</context>
<context>
    <name>descope::KeyListMessage</name>
    <message>
        <source>Loading keys…</source>
        <translation>טוען מפתחות…</translation>
    </message>
    <message>
        <source>The keys could not be loaded</source>
        <translation>לא ניתן היה לטעון את המפתחות</translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation>&amp;ניסיון חוזר</translation>
    </message>
    <message>
        <source>This project has no access keys yet</source>
        <translation>לפרויקט זה עדיין אין מפתחות גישה</translation>
    </message>
    <message>
        <source>Create a key to let a machine sign in.</source>
        <translation>יש ליצור מפתח כדי לאפשר למכונה להתחבר.</translation>
    </message>
    <message>
        <source>&amp;New Key…</source>
        <translation>מפתח &amp;חדש…</translation>
    </message>
    <message>
        <source>No keys match the filters</source>
        <translation>אין מפתחות שתואמים למסננים</translation>
    </message>
    <message>
        <source>&amp;Clear Filters</source>
        <translation>&amp;ניקוי המסננים</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>Stops loading the keys (also Esc)</extracomment>
        <translation>ביטול</translation>
    </message>
    <message>
        <source>Stop loading the keys (Esc)</source>
        <translation>עצירת טעינת המפתחות (Esc)</translation>
    </message>
    <message>
        <source>The keys were not loaded</source>
        <translation>המפתחות לא נטענו</translation>
    </message>
    <message>
        <source>Loading was cancelled.</source>
        <translation>הטעינה בוטלה.</translation>
    </message>
    <message>
        <source>&amp;Load Keys</source>
        <translation>&amp;טעינת מפתחות</translation>
    </message>
</context>
<context>
    <name>descope::KeyStatusBar</name>
    <message>
        <source>Loading keys…</source>
        <translation>טוען מפתחות…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln key(s)</source>
        <translation>
            <numerusform>מפתח אחד</numerusform>
            <numerusform>%Ln מפתחות</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln key(s) shown</source>
        <extracomment>%L1 is the count of keys shown, %Ln the count of keys loaded</extracomment>
        <translation>
            <numerusform>מוצגים %L1 מתוך מפתח אחד</numerusform>
            <numerusform>מוצגים %L1 מתוך %Ln מפתחות</numerusform>
        </translation>
    </message>
    <message>
        <source>Filtered: %1</source>
        <extracomment>Marks a count narrowed by a search or filter, e.g. &quot;Filtered: 5 of 36 keys shown&quot;</extracomment>
        <translation>מסונן: %1</translation>
    </message>
    <message>
        <source>Narrowed by: %1</source>
        <translation>מצומצם לפי: %1</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <extracomment>A button beside the key count: shows every key again</extracomment>
        <translation>ניקוי המסננים</translation>
    </message>
    <message>
        <source>Clear the search and the filters and show every key</source>
        <translation>ניקוי החיפוש והמסננים והצגת כל המפתחות</translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected</source>
        <translation>
            <numerusform>אחד נבחר</numerusform>
            <numerusform>‏%Ln נבחרו</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln expiring soon</source>
        <translation>
            <numerusform>אחד יפוג בקרוב</numerusform>
            <numerusform>‏%Ln יפוגו בקרוב</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keys that expire within %n day(s)</source>
        <translation>
            <numerusform>מפתחות שיפוגו בתוך יום אחד</numerusform>
            <numerusform>מפתחות שיפוגו בתוך %n ימים</numerusform>
        </translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>ארגז חול</translation>
    </message>
    <message>
        <source>A local sandbox with example keys, not a real Descope project</source>
        <translation>ארגז חול מקומי עם מפתחות לדוגמה, לא פרויקט Descope אמיתי</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>לא מחובר</translation>
    </message>
    <message>
        <source>Project %1 on the local sandbox at %2</source>
        <translation>הפרויקט %1 בארגז החול המקומי בכתובת %2</translation>
    </message>
    <message>
        <source>Project %1 at %2</source>
        <translation>הפרויקט %1 בכתובת %2</translation>
    </message>
</context>
<context>
    <name>descope::KeyTableModel</name>
    <message>
        <source>This key never expires</source>
        <translation>תוקפו של מפתח זה אינו פג לעולם</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is a tenant, %2 the roles the key has in it</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>שם</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>column header</comment>
        <extracomment>Column header: whether the key is active, inactive or expired</extracomment>
        <translation>מצב</translation>
    </message>
    <message>
        <source>Expires</source>
        <comment>column header</comment>
        <extracomment>Column header: when the key expires (a relative time such as &quot;in 3 days&quot;)</extracomment>
        <translation>תפוגה</translation>
    </message>
    <message>
        <source>Created</source>
        <comment>column header</comment>
        <extracomment>Column header: when the key was created</extracomment>
        <translation>נוצר</translation>
    </message>
    <message>
        <source>Created by</source>
        <comment>column header</comment>
        <extracomment>Column header: who created the key</extracomment>
        <translation>נוצר על ידי</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>תפקידים</translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation>דיירים</translation>
    </message>
    <message>
        <source>Bound user</source>
        <extracomment>Column header: the user a key acts for</extracomment>
        <translation>משתמש מקושר</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>תיאור</translation>
    </message>
    <message>
        <source>Permitted IPs</source>
        <translation>כתובות IP מורשות</translation>
    </message>
    <message>
        <source>Key ID</source>
        <translation>מזהה המפתח</translation>
    </message>
    <message>
        <source>Waiting for the server&apos;s answer. Status until then: %1</source>
        <extracomment>The tooltip of a key&apos;s status while a call about it runs; %1 is its status until then</extracomment>
        <translation>ממתין לתשובת השרת. המצב עד אז: %1</translation>
    </message>
</context>
<context>
    <name>descope::KeyTableView</name>
    <message>
        <source>&amp;Reset Columns</source>
        <translation>&amp;איפוס העמודות</translation>
    </message>
</context>
<context>
    <name>descope::KeyTimeFormat</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>דקה</numerusform>
            <numerusform>%n דקות</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>שעה</numerusform>
            <numerusform>%n שעות</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>יום</numerusform>
            <numerusform>%n ימים</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>חודש</numerusform>
            <numerusform>%n חודשים</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>שנה</numerusform>
            <numerusform>%n שנים</numerusform>
        </translation>
    </message>
    <message>
        <source>in less than a minute</source>
        <translation>בעוד פחות מדקה</translation>
    </message>
    <message>
        <source>in %1</source>
        <extracomment>A time ahead; %1 is a span such as &quot;3 days&quot;</extracomment>
        <translation>בעוד %1</translation>
    </message>
    <message>
        <source>less than a minute ago</source>
        <translation>לפני פחות מדקה</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <extracomment>A time past; %1 is a span such as &quot;3 days&quot;</extracomment>
        <translation>לפני %1</translation>
    </message>
    <message>
        <source>Never</source>
        <comment>expiry</comment>
        <extracomment>When a key expires: it does not</extracomment>
        <translation>אף פעם</translation>
    </message>
</context>
<context>
    <name>descope::KeychainSecretStore</name>
    <message>
        <source>Access to the keychain was denied (%1).</source>
        <translation>הגישה למחזיק המפתחות נדחתה (%1).</translation>
    </message>
    <message>
        <source>The key could not be removed from the keychain (%1).</source>
        <translation>לא ניתן היה להסיר את המפתח ממחזיק המפתחות (%1).</translation>
    </message>
    <message>
        <source>No keychain is available (%1). Management keys are kept in memory for this session only, and must be entered again next time.</source>
        <translation>אין מחזיק מפתחות זמין (%1). מפתחות ניהול נשמרים בזיכרון לסשן זה בלבד, ויהיה צורך להזין אותם שוב בפעם הבאה.</translation>
    </message>
    <message>
        <source>no Secret Service answered</source>
        <translation>אף Secret Service לא השיב</translation>
    </message>
</context>
<context>
    <name>descope::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;קובץ</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;יציאה</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;עריכה</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>בחירת ה&amp;כל</translation>
    </message>
    <message>
        <source>C&amp;lear Filters</source>
        <translation>&amp;ניקוי המסננים</translation>
    </message>
    <message>
        <source>&amp;Keys</source>
        <translation>&amp;מפתחות</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;תצוגה</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;עמודות</translation>
    </message>
    <message>
        <source>Key &amp;Details</source>
        <translation>&amp;פרטי המפתח</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ע&amp;זרה</translation>
    </message>
    <message>
        <source>&amp;About Descope Keys</source>
        <translation>&amp;אודות Descope Keys</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>מפתחות</translation>
    </message>
    <message>
        <source>About Descope Keys</source>
        <translation>אודות Descope Keys</translation>
    </message>
    <message>
        <source>Descope Keys %1</source>
        <translation>Descope Keys %1</translation>
    </message>
    <message>
        <source>A desktop console for administering the access keys of a Descope project.</source>
        <translation>מסוף שולחני לניהול מפתחות הגישה של פרויקט Descope.</translation>
    </message>
    <message>
        <source>Descope Keys</source>
        <translation>Descope Keys</translation>
    </message>
    <message>
        <source>%1 — Not connected</source>
        <translation>%1 — לא מחובר</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 ‏(%3)</translation>
    </message>
    <message>
        <source>Asking %1 for the project&apos;s keys.</source>
        <translation>מבקש מ-%1 את המפתחות של הפרויקט.</translation>
    </message>
    <message>
        <source>No key has roles in the chosen tenant.</source>
        <translation>לאף מפתח אין תפקידים בדייר שנבחר.</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) hidden by the search and filters.</source>
        <translation>
            <numerusform>מפתח אחד מוסתר על ידי החיפוש והמסננים.</numerusform>
            <numerusform>‏%n מפתחות מוסתרים על ידי החיפוש והמסננים.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n key ID(s)</source>
        <translation>
            <numerusform>הועתק מזהה מפתח אחד</numerusform>
            <numerusform>הועתקו %n מזהי מפתחות</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n passkey(s)</source>
        <translation>
            <numerusform>יובא Passkey אחד</numerusform>
            <numerusform>יובאו %n Passkeys</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;שפה</translation>
    </message>
    <message>
        <source>System Language</source>
        <translation>שפת המערכת</translation>
    </message>
    <message>
        <source>They are the keys of every tenant, not only of the tenant chosen.</source>
        <translation>אלה המפתחות של כל הדיירים, לא רק של הדייר שנבחר.</translation>
    </message>
    <message>
        <source>They are the keys of another tenant than the one chosen.</source>
        <translation>אלה המפתחות של דייר אחר מזה שנבחר.</translation>
    </message>
    <message>
        <source>The refresh was cancelled; the keys shown were loaded at %1.</source>
        <extracomment>%1 is when the keys shown were loaded, e.g. &quot;18:02&quot;</extracomment>
        <translation>הרענון בוטל; המפתחות המוצגים נטענו ב-%1.</translation>
    </message>
    <message>
        <source>&amp;Stop Loading</source>
        <extracomment>Stops loading the keys from the server (Esc)</extracomment>
        <translation>ע&amp;צירת הטעינה</translation>
    </message>
    <message>
        <source>Stop loading the keys; the keys shown stay</source>
        <translation>עצירת טעינת המפתחות; המפתחות המוצגים נשארים</translation>
    </message>
</context>
<context>
    <name>descope::ManagementClient</name>
    <message>
        <source>The key ID is empty.</source>
        <translation>מזהה המפתח ריק.</translation>
    </message>
    <message>
        <source>The project ID is missing.</source>
        <translation>מזהה הפרויקט חסר.</translation>
    </message>
    <message>
        <source>The project ID cannot contain &apos;:&apos;.</source>
        <translation>מזהה הפרויקט לא יכול להכיל &apos;:&apos;.</translation>
    </message>
    <message>
        <source>The management key is missing.</source>
        <translation>מפתח הניהול חסר.</translation>
    </message>
    <message>
        <source>The key needs a name.</source>
        <translation>למפתח נדרש שם.</translation>
    </message>
    <message>
        <source>No keys were given.</source>
        <translation>לא צוינו מפתחות.</translation>
    </message>
    <message>
        <source>The user&apos;s login ID is empty.</source>
        <translation>מזהה ההתחברות של המשתמש ריק.</translation>
    </message>
    <message>
        <source>There are no passkeys to import.</source>
        <translation>אין Passkeys לייבוא.</translation>
    </message>
    <message>
        <source>The access key is empty.</source>
        <translation>מפתח הגישה ריק.</translation>
    </message>
    <message>
        <source>An access key cannot contain &apos;:&apos;.</source>
        <translation>מפתח גישה לא יכול להכיל &apos;:&apos;.</translation>
    </message>
</context>
<context>
    <name>descope::PasskeyFile</name>
    <message>
        <source>unknown field %1</source>
        <translation>שדה לא מוכר %1</translation>
    </message>
    <message>
        <source>unknown field %1 (did you mean %2?)</source>
        <translation>שדה לא מוכר %1 (האם הכוונה ל-%2?)</translation>
    </message>
    <message>
        <source>%1 is not a field of %2</source>
        <translation>‏%1 אינו שדה של %2</translation>
    </message>
    <message>
        <source>passkey %1 has no %2</source>
        <translation>ל-Passkey ‏%1 אין %2</translation>
    </message>
    <message>
        <source>%1 must be a string, not %2</source>
        <translation>‏%1 חייב להיות מחרוזת, לא %2</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>‏%1 ריק</translation>
    </message>
    <message>
        <source>%1 must be true or false, not %2</source>
        <translation>‏%1 חייב להיות true או false, לא %2</translation>
    </message>
    <message>
        <source>%1 must be a list of strings, not %2</source>
        <translation>‏%1 חייב להיות רשימת מחרוזות, לא %2</translation>
    </message>
    <message>
        <source>transport %1 must be a string, not %2</source>
        <translation>ערוץ ההעברה %1 חייב להיות מחרוזת, לא %2</translation>
    </message>
    <message>
        <source>%1 is not a transport (expected usb, nfc, ble, smart-card, hybrid or internal)</source>
        <translation>‏%1 אינו ערוץ העברה (צפוי: usb,‏ nfc,‏ ble,‏ smart-card,‏ hybrid או internal)</translation>
    </message>
    <message>
        <source>%1 has spaces in it</source>
        <translation>ב-%1 יש רווחים</translation>
    </message>
    <message>
        <source>publicKey is not valid base64</source>
        <translation>‏publicKey אינו base64 תקין</translation>
    </message>
    <message>
        <source>publicKey is empty</source>
        <translation>‏publicKey ריק</translation>
    </message>
    <message>
        <source>aaguid must be a UUID such as adce0002-35bc-c60a-648b-0b25f1f05503</source>
        <translation>‏aaguid חייב להיות UUID, למשל adce0002-35bc-c60a-648b-0b25f1f05503</translation>
    </message>
    <message>
        <source>backupState is true but backupEligible is not; only a backup-eligible passkey can be backed up</source>
        <translation>‏backupState הוא true אך backupEligible אינו; רק Passkey שניתן לגיבוי יכול להיות מגובה</translation>
    </message>
    <message>
        <source>credentialDeviceType must be singleDevice or multiDevice</source>
        <translation>‏credentialDeviceType חייב להיות singleDevice או multiDevice</translation>
    </message>
    <message>
        <source>credentialBackedUp is true, but a single-device credential cannot be backed up</source>
        <translation>‏credentialBackedUp הוא true, אך אישור של מכשיר יחיד לא יכול להיות מגובה</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>שורה %1: %2</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>הקובץ %1 לא קיים.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>‏%1 הוא תיקייה, לא קובץ.</translation>
    </message>
    <message>
        <source>The file is %1; passkey files over %2 are refused.</source>
        <translation>גודל הקובץ %1; קובצי Passkeys מעל %2 נדחים.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>לא ניתן לקרוא את הקובץ: %1</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>הקובץ ריק</translation>
    </message>
    <message>
        <source>JSON: %1 (column %2)</source>
        <translation>‏JSON: ‏%1 (עמודה %2)</translation>
    </message>
    <message>
        <source>%1 is given more than once here</source>
        <translation>‏%1 מופיע כאן יותר מפעם אחת</translation>
    </message>
    <message>
        <source>expected a list of passkeys, or an object with a &quot;devices&quot; list</source>
        <translation>צפויה רשימת Passkeys, או אובייקט עם רשימת &quot;devices&quot;</translation>
    </message>
    <message>
        <source>%1; the file holds %2</source>
        <translation>‏%1; הקובץ מכיל %2</translation>
    </message>
    <message>
        <source>%1; this is a single passkey: put it in a list, [ ... ]</source>
        <translation>‏%1; זהו Passkey בודד: יש לשים אותו ברשימה, [ ... ]</translation>
    </message>
    <message>
        <source>unknown field %1 (expected loginId and devices)</source>
        <translation>שדה לא מוכר %1 (צפויים loginId ו-devices)</translation>
    </message>
    <message>
        <source>loginId must be a string, not %1</source>
        <translation>‏loginId חייב להיות מחרוזת, לא %1</translation>
    </message>
    <message>
        <source>%1; this object has no &quot;devices&quot;</source>
        <translation>‏%1; לאובייקט זה אין &quot;devices&quot;</translation>
    </message>
    <message>
        <source>devices must be a list, not %1</source>
        <translation>‏devices חייב להיות רשימה, לא %1</translation>
    </message>
    <message>
        <source>the list of passkeys is empty</source>
        <translation>רשימת ה-Passkeys ריקה</translation>
    </message>
    <message>
        <source>passkey %1 must be an object, not %2</source>
        <translation>‏Passkey ‏%1 חייב להיות אובייקט, לא %2</translation>
    </message>
    <message>
        <source>passkey %1 has both &quot;descope&quot; and &quot;auth0&quot;; give only one</source>
        <translation>ל-Passkey ‏%1 יש גם &quot;descope&quot; וגם &quot;auth0&quot;; יש לציין רק אחד</translation>
    </message>
    <message>
        <source>passkey %1 is in %2, but passkey %3 (line %4) is in %5; a file holds one format</source>
        <translation>‏Passkey ‏%1 הוא ב%2, אך Passkey ‏%3 (שורה %4) הוא ב%5; קובץ מכיל תבנית אחת בלבד</translation>
    </message>
    <message>
        <source>passkey %1 has neither credentialId (Descope) nor keyId (Auth0)</source>
        <translation>ל-Passkey ‏%1 אין credentialId ‏(Descope) וגם לא keyId ‏(Auth0)</translation>
    </message>
    <message>
        <source>unknown field %1 next to %2</source>
        <translation>שדה לא מוכר %1 ליד %2</translation>
    </message>
    <message>
        <source>%1 must be an object, not %2</source>
        <translation>‏%1 חייב להיות אובייקט, לא %2</translation>
    </message>
    <message>
        <source>passkey %1 has the same %2 as passkey %3 (line %4)</source>
        <translation>ל-Passkey ‏%1 יש אותו %2 כמו ל-Passkey ‏%3 (שורה %4)</translation>
    </message>
    <message>
        <source>rpId must be a domain such as example.com, not a URL</source>
        <translation>‏rpId חייב להיות דומיין כמו example.com, לא כתובת URL</translation>
    </message>
    <message>
        <source>rpId must be a domain such as example.com, without a port or path</source>
        <translation>‏rpId חייב להיות דומיין כמו example.com, בלי פורט או נתיב</translation>
    </message>
    <message>
        <source>rpId must be a domain such as example.com</source>
        <translation>‏rpId חייב להיות דומיין כמו example.com</translation>
    </message>
    <message>
        <source>rpId must be a domain such as example.com, not an IP address</source>
        <translation>‏rpId חייב להיות דומיין כמו example.com, לא כתובת IP</translation>
    </message>
    <message>
        <source>Descope&apos;s format</source>
        <translation>תבנית Descope</translation>
    </message>
    <message>
        <source>Auth0&apos;s format</source>
        <translation>תבנית Auth0</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>מחרוזת</translation>
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
        <translation>מספר</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>רשימה</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>אובייקט</translation>
    </message>
    <message>
        <source>something else</source>
        <translation>משהו אחר</translation>
    </message>
</context>
<context>
    <name>descope::PasskeyImportDialog</name>
    <message>
        <source>Choose &amp;File…</source>
        <translation>בחירת &amp;קובץ…</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;טעינה מחדש</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;ייבוא</translation>
    </message>
    <message>
        <source>Import Passkeys</source>
        <translation>ייבוא Passkeys</translation>
    </message>
    <message>
        <source>Required: the user&apos;s login ID, e.g. ada@example.com</source>
        <translation>חובה: מזהה ההתחברות של המשתמש, למשל ada@example.com</translation>
    </message>
    <message>
        <source>A JSON file in Descope&apos;s device format or an Auth0 export</source>
        <translation>קובץ JSON בתבנית המכשירים של Descope או ייצוא של Auth0</translation>
    </message>
    <message>
        <source>Read the file again, after fixing it</source>
        <translation>קריאת הקובץ שוב, לאחר תיקונו</translation>
    </message>
    <message>
        <source>&amp;Login ID:</source>
        <translation>מזהה &amp;התחברות:</translation>
    </message>
    <message>
        <source>Passkeys:</source>
        <translation>‏Passkeys:</translation>
    </message>
    <message>
        <source>Credential ID</source>
        <translation>מזהה אישור</translation>
    </message>
    <message>
        <source>Relying Party</source>
        <translation>צד מסתמך</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>סוג</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>נוצר</translation>
    </message>
    <message>
        <source>Choose Passkeys to Import</source>
        <translation>בחירת Passkeys לייבוא</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>קובצי JSON ‏(*.json);;כל הקבצים (*)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>קורא את הקובץ…</translation>
    </message>
    <message>
        <source>Choose a file to see its passkeys before importing them.</source>
        <translation>יש לבחור קובץ כדי לראות את ה-Passkeys שבו לפני הייבוא.</translation>
    </message>
    <message>
        <source>No passkeys could be read from this file.</source>
        <translation>לא ניתן היה לקרוא Passkeys מקובץ זה.</translation>
    </message>
    <message numerus="yes">
        <source>%n passkey(s) in Auth0&apos;s export format.</source>
        <translation>
            <numerusform>‏Passkey אחד בתבנית הייצוא של Auth0.</numerusform>
            <numerusform>‏%n Passkeys בתבנית הייצוא של Auth0.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passkey(s) in Descope&apos;s device format.</source>
        <translation>
            <numerusform>‏Passkey אחד בתבנית המכשירים של Descope.</numerusform>
            <numerusform>‏%n Passkeys בתבנית המכשירים של Descope.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix in the file before anything can be imported:</source>
        <translation>
            <numerusform>יש לתקן בעיה אחת בקובץ לפני שאפשר לייבא משהו:</numerusform>
            <numerusform>יש לתקן %n בעיות בקובץ לפני שאפשר לייבא משהו:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… ועוד אחת.</numerusform>
            <numerusform>… ועוד %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>The import is under way.</source>
        <translation>הייבוא מתבצע.</translation>
    </message>
    <message>
        <source>The file is being read.</source>
        <translation>הקובץ נקרא.</translation>
    </message>
    <message>
        <source>There is no connection to a project.</source>
        <translation>אין חיבור לפרויקט.</translation>
    </message>
    <message>
        <source>Enter the user&apos;s login ID.</source>
        <translation>יש להזין את מזהה ההתחברות של המשתמש.</translation>
    </message>
    <message>
        <source>Choose a file of passkeys.</source>
        <translation>יש לבחור קובץ Passkeys.</translation>
    </message>
    <message>
        <source>Fix the problems in the file, then reload it.</source>
        <translation>יש לתקן את הבעיות בקובץ ואז לטעון אותו מחדש.</translation>
    </message>
    <message>
        <source>The file holds no passkeys.</source>
        <translation>הקובץ אינו מכיל Passkeys.</translation>
    </message>
    <message>
        <source>The file is for another user.</source>
        <translation>הקובץ מיועד למשתמש אחר.</translation>
    </message>
    <message>
        <source>These passkeys have been imported for this user.</source>
        <translation>ה-Passkeys האלה כבר יובאו עבור משתמש זה.</translation>
    </message>
    <message>
        <source>The file is for %1, not for %2. Change the login ID or choose another file.</source>
        <extracomment>%1 is the login ID the file names, %2 the one typed in the dialog</extracomment>
        <translation>הקובץ מיועד ל-%1, לא ל-%2. יש לשנות את מזהה ההתחברות או לבחור קובץ אחר.</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n passkey(s) for %1…</source>
        <extracomment>%1 is the user&apos;s login ID</extracomment>
        <translation>
            <numerusform>מייבא Passkey אחד עבור %1…</numerusform>
            <numerusform>מייבא %n Passkeys עבור %1…</numerusform>
        </translation>
    </message>
    <message>
        <source>The passkeys were not imported. %1</source>
        <extracomment>%1 says what went wrong and what to do</extracomment>
        <translation>ה-Passkeys לא יובאו. %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n passkey(s) for %1.</source>
        <extracomment>%1 is the user&apos;s login ID</extracomment>
        <translation>
            <numerusform>יובא Passkey אחד עבור %1.</numerusform>
            <numerusform>יובאו %n Passkeys עבור %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported. Listing the passkeys %1 now has…</source>
        <translation>יובא. מציג את ה-Passkeys שיש כעת ל-%1…</translation>
    </message>
    <message>
        <source>The passkeys the user now has could not be listed: %1</source>
        <extracomment>%1 says what went wrong</extracomment>
        <translation>לא ניתן היה להציג את ה-Passkeys שיש כעת למשתמש: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 now has %n passkey(s):</source>
        <extracomment>%1 is the user&apos;s login ID</extracomment>
        <translation>
            <numerusform>ל-%1 יש כעת Passkey אחד:</numerusform>
            <numerusform>ל-%1 יש כעת %n Passkeys:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>descope::PasskeyPreviewModel</name>
    <message>
        <source>Yes</source>
        <translation>כן</translation>
    </message>
    <message>
        <source>No</source>
        <translation>לא</translation>
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
        <translation>לא ידוע</translation>
    </message>
    <message>
        <source>The file does not give credentialDeviceType.</source>
        <translation>הקובץ אינו מציין credentialDeviceType.</translation>
    </message>
    <message>
        <source>From credentialDeviceType: %1</source>
        <translation>לפי credentialDeviceType: ‏%1</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>שורה</translation>
    </message>
    <message>
        <source>Credential ID</source>
        <translation>מזהה אישור</translation>
    </message>
    <message>
        <source>Relying Party</source>
        <translation>צד מסתמך</translation>
    </message>
    <message>
        <source>Transports</source>
        <translation>ערוצי העברה</translation>
    </message>
    <message>
        <source>Backup Eligible</source>
        <translation>ניתן לגיבוי</translation>
    </message>
    <message>
        <source>Backed Up</source>
        <translation>מגובה</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>תבנית</translation>
    </message>
</context>
<context>
    <name>descope::PermittedIpsEditor</name>
    <message>
        <source>One address or range per line, such as 203.0.113.7, 10.0.0.0/8 or 2001:db8::/32. Empty: any address.</source>
        <translation>כתובת או טווח אחד בכל שורה, כמו ‪203.0.113.7‬, ‪10.0.0.0/8‬ או ‪2001:db8::/32‬. ריק: כל כתובת.</translation>
    </message>
    <message>
        <source>Requests with this key are refused from any other address</source>
        <translation>בקשות עם מפתח זה נדחות מכל כתובת אחרת</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <extracomment>%1 is a line number, %2 the reason that line is not an address</extracomment>
        <translation>שורה %1: %2</translation>
    </message>
</context>
<context>
    <name>descope::ProfileManagerDialog</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;הוספה…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;עריכה…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>ה&amp;סרה</translation>
    </message>
    <message>
        <source>&amp;Forget Key</source>
        <translation>&amp;שכחת המפתח</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>ה&amp;תחברות</translation>
    </message>
    <message>
        <source>Connection Profiles</source>
        <translation>פרופילי חיבור</translation>
    </message>
    <message>
        <source>Remove this profile&apos;s management key from the keychain; the profile stays</source>
        <translation>הסרת מפתח הניהול של פרופיל זה ממחזיק המפתחות; הפרופיל נשאר</translation>
    </message>
    <message>
        <source>%1 (built in)</source>
        <translation>%1 (מובנה)</translation>
    </message>
    <message>
        <source>%1 — connected</source>
        <translation>%1 — מחובר</translation>
    </message>
    <message>
        <source>A local stand-in for Descope with example keys</source>
        <translation>תחליף מקומי ל-Descope עם מפתחות לדוגמה</translation>
    </message>
    <message>
        <source>Runs a sandbox in this process, on a free local port, with its data in the application&apos;s data directory.</source>
        <translation>מריץ ארגז חול בתהליך הזה, על פורט מקומי פנוי, עם הנתונים שלו בתיקיית הנתונים של היישום.</translation>
    </message>
    <message>
        <source>Management key: none needed</source>
        <translation>מפתח ניהול: לא נדרש</translation>
    </message>
    <message>
        <source>Management key: looking in the keychain…</source>
        <translation>מפתח ניהול: מחפש במחזיק המפתחות…</translation>
    </message>
    <message>
        <source>Management key: stored in the keychain</source>
        <translation>מפתח ניהול: שמור במחזיק המפתחות</translation>
    </message>
    <message>
        <source>Management key: kept for this session only</source>
        <translation>מפתח ניהול: נשמר לסשן זה בלבד</translation>
    </message>
    <message>
        <source>Management key: not stored; it is asked for on connecting</source>
        <translation>מפתח ניהול: לא שמור; הוא יתבקש בעת ההתחברות</translation>
    </message>
    <message>
        <source>Management key: the keychain could not be read (%1)</source>
        <translation>מפתח ניהול: לא ניתן היה לקרוא את מחזיק המפתחות (%1)</translation>
    </message>
    <message>
        <source>Remove Profile?</source>
        <translation>להסיר את הפרופיל?</translation>
    </message>
    <message>
        <source>Remove the profile “%1”?</source>
        <extracomment>%1 is the profile&apos;s name</extracomment>
        <translation>להסיר את הפרופיל &quot;%1&quot;?</translation>
    </message>
    <message>
        <source>Its management key is removed from the keychain too. The project itself and its access keys are not affected.</source>
        <translation>גם מפתח הניהול שלו יוסר ממחזיק המפתחות. הפרויקט עצמו ומפתחות הגישה שלו לא יושפעו.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>הסרה</translation>
    </message>
    <message>
        <source>Key Not Removed</source>
        <translation>המפתח לא הוסר</translation>
    </message>
    <message>
        <source>The management key could not be removed from the keychain, so the profile was kept.</source>
        <translation>לא ניתן היה להסיר את מפתח הניהול ממחזיק המפתחות, ולכן הפרופיל נשמר.</translation>
    </message>
    <message>
        <source>Forget Management Key?</source>
        <translation>לשכוח את מפתח הניהול?</translation>
    </message>
    <message>
        <source>Remove the management key of “%1” from the keychain?</source>
        <extracomment>%1 is the profile&apos;s name</extracomment>
        <translation>להסיר את מפתח הניהול של &quot;%1&quot; ממחזיק המפתחות?</translation>
    </message>
    <message>
        <source>The profile stays; the key is asked for the next time it connects. A session connected now keeps working.</source>
        <translation>הפרופיל נשאר; המפתח יתבקש בפעם הבאה שיתחבר. סשן שמחובר עכשיו ימשיך לעבוד.</translation>
    </message>
    <message>
        <source>Forget Key</source>
        <translation>שכחת המפתח</translation>
    </message>
    <message>
        <source>The management key could not be removed from the keychain.</source>
        <translation>לא ניתן היה להסיר את מפתח הניהול ממחזיק המפתחות.</translation>
    </message>
    <message>
        <source>Project %1 at %2 (derived from the project ID)</source>
        <translation>פרויקט %1 בכתובת %2 (נגזרת ממזהה הפרויקט)</translation>
    </message>
    <message>
        <source>Project %1 at %2 (custom domain)</source>
        <translation>פרויקט %1 בכתובת %2 (דומיין מותאם)</translation>
    </message>
</context>
<context>
    <name>descope::ProfileStore</name>
    <message>
        <source>The built-in Sandbox profile cannot be changed.</source>
        <translation>אי אפשר לשנות את פרופיל ארגז החול המובנה.</translation>
    </message>
    <message>
        <source>The profile needs a name.</source>
        <translation>לפרופיל נדרש שם.</translation>
    </message>
    <message>
        <source>There is already a profile named “%1”.</source>
        <translation>כבר קיים פרופיל בשם &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The project ID is missing.</source>
        <translation>מזהה הפרויקט חסר.</translation>
    </message>
    <message>
        <source>The project ID cannot contain &apos;:&apos;, &apos;/&apos; or spaces.</source>
        <translation>מזהה הפרויקט לא יכול להכיל &apos;:&apos;,‏ &apos;/&apos; או רווחים.</translation>
    </message>
</context>
<context>
    <name>descope::ProfileSwitcher</name>
    <message>
        <source>&amp;Profiles</source>
        <translation>&amp;פרופילים</translation>
    </message>
    <message>
        <source>Connect to a local sandbox</source>
        <translation>התחברות לארגז חול מקומי</translation>
    </message>
    <message>
        <source>Connect to project %1</source>
        <translation>התחברות לפרויקט %1</translation>
    </message>
    <message>
        <source>Environment (this session only)</source>
        <translation>סביבה (לסשן זה בלבד)</translation>
    </message>
    <message>
        <source>Connected with DESCOPE_PROJECT_ID and DESCOPE_MANAGEMENT_KEY</source>
        <translation>מחובר עם DESCOPE_PROJECT_ID ו-DESCOPE_MANAGEMENT_KEY</translation>
    </message>
    <message>
        <source>&amp;New Profile…</source>
        <translation>פרופיל &amp;חדש…</translation>
    </message>
    <message>
        <source>&amp;Manage Profiles…</source>
        <translation>&amp;ניהול פרופילים…</translation>
    </message>
    <message>
        <source>The keychain could not be read (%1). Enter the management key of “%2” to connect.</source>
        <translation>לא ניתן היה לקרוא את מחזיק המפתחות (%1). יש להזין את מפתח הניהול של &quot;%2&quot; כדי להתחבר.</translation>
    </message>
    <message>
        <source>No management key is stored for “%1”. Enter it to connect.</source>
        <translation>לא שמור מפתח ניהול עבור &quot;%1&quot;. יש להזין אותו כדי להתחבר.</translation>
    </message>
</context>
<context>
    <name>descope::RolePicker</name>
    <message>
        <source>No roles to choose from</source>
        <translation>אין תפקידים לבחירה</translation>
    </message>
    <message>
        <source>%1 (not in this project)</source>
        <translation>%1 (לא בפרויקט זה)</translation>
    </message>
    <message>
        <source>No roles</source>
        <translation>אין תפקידים</translation>
    </message>
    <message>
        <source>Choose roles</source>
        <translation>בחירת תפקידים</translation>
    </message>
</context>
<context>
    <name>descope::SecretClipboardStatus</name>
    <message>
        <source>Clipboard cleared</source>
        <translation>הלוח נוקה</translation>
    </message>
    <message numerus="yes">
        <source>Clipboard clears in %n s</source>
        <comment>countdown</comment>
        <translation>
            <numerusform>הלוח יתנקה בעוד שנייה</numerusform>
            <numerusform>הלוח יתנקה בעוד %n שנ&apos;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>descope::SecretField</name>
    <message>
        <source>&amp;Copy</source>
        <translation>ה&amp;עתקה</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>העתקה</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>הדבקה</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>הסתרה</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>הצגה</translation>
    </message>
    <message>
        <source>Hide the secret (Ctrl+H)</source>
        <translation>הסתרת הסוד (Ctrl+H)</translation>
    </message>
    <message>
        <source>Show the secret (Ctrl+H)</source>
        <translation>הצגת הסוד (Ctrl+H)</translation>
    </message>
</context>
<context>
    <name>descope::SingleKeyRunner</name>
    <message>
        <source>Activating “%1”…</source>
        <translation>מפעיל את &quot;%1&quot;…</translation>
    </message>
    <message>
        <source>Deactivating “%1”…</source>
        <translation>משבית את &quot;%1&quot;…</translation>
    </message>
    <message>
        <source>Activate Key</source>
        <translation>הפעלת מפתח</translation>
    </message>
    <message>
        <source>Deactivate Key</source>
        <translation>השבתת מפתח</translation>
    </message>
    <message>
        <source>“%1” was not changed.</source>
        <translation>&quot;%1&quot; לא שונה.</translation>
    </message>
    <message>
        <source>Activated “%1”</source>
        <translation>&quot;%1&quot; הופעל</translation>
    </message>
    <message>
        <source>Deactivated “%1”</source>
        <translation>&quot;%1&quot; הושבת</translation>
    </message>
    <message>
        <source>Rotating the secret of “%1”…</source>
        <translation>מחליף את הסוד של &quot;%1&quot;…</translation>
    </message>
    <message>
        <source>Rotate Secret</source>
        <translation>החלפת סוד</translation>
    </message>
    <message>
        <source>The secret of “%1” was not replaced.</source>
        <translation>הסוד של &quot;%1&quot; לא הוחלף.</translation>
    </message>
    <message>
        <source>Rotated the secret of “%1”</source>
        <translation>הסוד של &quot;%1&quot; הוחלף</translation>
    </message>
    <message>
        <source>Deleting “%1”…</source>
        <translation>מוחק את &quot;%1&quot;…</translation>
    </message>
    <message>
        <source>Delete Key</source>
        <translation>מחיקת מפתח</translation>
    </message>
    <message>
        <source>“%1” was not deleted.</source>
        <translation>&quot;%1&quot; לא נמחק.</translation>
    </message>
    <message>
        <source>Deleted “%1”</source>
        <translation>&quot;%1&quot; נמחק</translation>
    </message>
    <message>
        <source>Saving “%1”…</source>
        <translation>שומר את &quot;%1&quot;…</translation>
    </message>
</context>
<context>
    <name>descope::TenantRolesEditor</name>
    <message>
        <source>No tenants yet. Add one to give the key roles in it.</source>
        <translation>עדיין אין דיירים. יש להוסיף דייר כדי לתת למפתח תפקידים בו.</translation>
    </message>
    <message>
        <source>&amp;Add tenant</source>
        <translation>הו&amp;ספת דייר</translation>
    </message>
    <message>
        <source>No tenants to choose from</source>
        <translation>אין דיירים לבחירה</translation>
    </message>
    <message>
        <source>Give the key roles in one more tenant</source>
        <translation>מתן תפקידים למפתח בדייר נוסף</translation>
    </message>
    <message>
        <source>Remove this tenant and the key&apos;s roles in it</source>
        <translation>הסרת הדייר הזה ותפקידי המפתח בו</translation>
    </message>
    <message>
        <source>Remove tenant</source>
        <translation>הסרת הדייר</translation>
    </message>
    <message>
        <source>Choose a tenant</source>
        <translation>יש לבחור דייר</translation>
    </message>
    <message>
        <source>%1 (not in this project)</source>
        <translation>%1 (לא בפרויקט זה)</translation>
    </message>
</context>
<context>
    <name>descope::TypedConfirmationDialog</name>
    <message>
        <source>To confirm, type %1:</source>
        <extracomment>Above the field where the administrator types the count of keys to confirm</extracomment>
        <translation>לאישור, יש להקליד %1:</translation>
    </message>
</context>
</TS>
