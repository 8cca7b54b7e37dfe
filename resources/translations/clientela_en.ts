<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/about_dialog.py" line="46"/>
        <source>About Clientela</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="50"/>
        <source>&amp;About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="52"/>
        <source>&amp;Licences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="54"/>
        <source>Licence &amp;texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="79"/>
        <source>&lt;h2&gt;{name} {version}&lt;/h2&gt;&lt;p&gt;Keep your clients, weigh them against a clear checklist, and write the right letter.&lt;/p&gt;&lt;p&gt;{copyright}. Free software under the {licence} licence.&lt;/p&gt;&lt;p&gt;Built with Qt {qt} and PySide6 {pyside}.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="96"/>
        <source>&lt;p&gt;&lt;b&gt;Your data folder:&lt;/b&gt; {folder}&lt;br&gt;&lt;b&gt;Database in use:&lt;/b&gt; {db}&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="101"/>
        <source>&amp;Open the data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="132"/>
        <source>&lt;h3&gt;Clientela&lt;/h3&gt;&lt;p&gt;{copyright}. Licensed under the MIT licence: you may use, copy, change and share it freely (full text on the next tab).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="136"/>
        <source>&lt;h3&gt;Fonts&lt;/h3&gt;&lt;p&gt;The letters use {fonts}, under the SIL Open Font Licence 1.1, and {apache_fonts} for Chinese, Japanese and Korean names, under the Apache License 2.0 (full texts on the next tab).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="140"/>
        <source>&lt;h3&gt;Libraries&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="143"/>
        <source>&lt;h3&gt;Replacing Qt&lt;/h3&gt;&lt;p&gt;Qt and PySide6 are used under the GNU Lesser General Public License version 3. They are separate shared libraries in the application&apos;s folder, loaded when Clientela starts, so you may replace them with your own build of the same Qt and PySide6 version: put your libraries in place of the Qt libraries in&lt;br&gt;&lt;code&gt;{folder}&lt;/code&gt;&lt;br&gt;(the Qt6*.dll files in the PySide6 folder on Windows) and the PySide6 modules beside them, then restart Clientela. The source code of Qt and PySide6 is at &lt;a href=&quot;https://code.qt.io&quot;&gt;code.qt.io&lt;/a&gt;; the text of the licence is at &lt;a href=&quot;https://www.gnu.org/licenses/lgpl-3.0.html&quot;&gt;gnu.org&lt;/a&gt;.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="158"/>
        <source>Fonts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="161"/>
        <source>(the licence file is missing from this installation)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../../ui/backup_actions.py" line="78"/>
        <source>Backing up the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="69"/>
        <source>The database was backed up to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="109"/>
        <source>Backing up the server&apos;s database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="98"/>
        <source>The server&apos;s database was backed up to {path}. To restore it, see Restoring a team&apos;s book in the README (pg_restore).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="133"/>
        <source>This book is on a PostgreSQL server, shared by the team. It is restored on the server, by whoever runs it, with everyone&apos;s Clientela closed: pg_restore --clean --if-exists --no-owner --dbname=DATABASE FILE.dump (see Restoring a team&apos;s book in the README).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="147"/>
        <source>Replace the database with the backup {backup}?

Everything changed since that backup is replaced. The current database is first copied to the backups folder, so you can come back to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="169"/>
        <source>The backup was restored. The database as it was is kept as {previous}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="185"/>
        <source>Checking and restoring the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="205"/>
        <source>Looking for a good backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="214"/>
        <source>The database {path} is damaged ({detail}).

Restore the latest good backup, from {when}? Changes made after it are lost. The damaged file is kept aside, unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="229"/>
        <source>Restoring the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="242"/>
        <source>The backup from {when} was restored. The damaged file is kept as {aside}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkActions</name>
    <message numerus="yes">
        <location filename="../../ui/bulk_actions.py" line="29"/>
        <source>Move %n client(s) to the stage “{stage}”?</source>
        <translation>
            <numerusform>Move %n client to the stage “{stage}”?</numerusform>
            <numerusform>Move %n clients to the stage “{stage}”?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/bulk_actions.py" line="41"/>
        <source>Add a tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/bulk_actions.py" line="42"/>
        <source>Tag to add to %n client(s):</source>
        <translation>
            <numerusform>Tag to add to %n client:</numerusform>
            <numerusform>Tag to add to %n clients:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/bulk_actions.py" line="56"/>
        <source>No client has a tag yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/bulk_actions.py" line="61"/>
        <source>Remove a tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/bulk_actions.py" line="62"/>
        <source>Tag to remove from %n client(s):</source>
        <translation>
            <numerusform>Tag to remove from %n client:</numerusform>
            <numerusform>Tag to remove from %n clients:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/bulk_actions.py" line="85"/>
        <source>%n client(s) changed.</source>
        <translation>
            <numerusform>%n client changed.</numerusform>
            <numerusform>%n clients changed.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/bulk_actions.py" line="98"/>
        <source>{number} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/bulk_actions.py" line="108"/>
        <source>Go on with the next client? %n client(s) still to evaluate.</source>
        <translation>
            <numerusform>Go on with the next client? %n client still to evaluate.</numerusform>
            <numerusform>Go on with the next client? %n clients still to evaluate.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampaignDialog</name>
    <message>
        <location filename="../../ui/campaign_dialog.py" line="90"/>
        <source>Letter campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/campaign_dialog.py" line="107"/>
        <source>Clients whose latest &amp;verdict is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/campaign_dialog.py" line="111"/>
        <source>Clients in &amp;stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/campaign_dialog.py" line="115"/>
        <source>Clients &amp;tagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/campaign_dialog.py" line="118"/>
        <source>Clients with &amp;overdue invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/campaign_dialog.py" line="121"/>
        <source>The %n client(s) selected in the list</source>
        <translation>
            <numerusform>The %n client selected in the list</numerusform>
            <numerusform>The %n clients selected in the list</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/campaign_dialog.py" line="123"/>
        <source>The %n client(s) shown in the list</source>
        <translation>
            <numerusform>The %n client shown in the list</numerusform>
            <numerusform>The %n clients shown in the list</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/campaign_dialog.py" line="129"/>
        <source>Who receives it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/campaign_dialog.py" line="148"/>
        <source>Each client&apos;s own language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/campaign_dialog.py" line="155"/>
        <source>One &amp;combined PDF, ready to print:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/campaign_dialog.py" line="158"/>
        <source>One PDF &amp;per client, in the folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/campaign_dialog.py" line="164"/>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/campaign_dialog.py" line="174"/>
        <source>&amp;Letter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/campaign_dialog.py" line="176"/>
        <source>&amp;From date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/campaign_dialog.py" line="190"/>
        <source>Previous letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/campaign_dialog.py" line="191"/>
        <source>Next letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/campaign_dialog.py" line="371"/>
        <source>No letter to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/campaign_dialog.py" line="375"/>
        <source>Letter %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/campaign_dialog.py" line="382"/>
        <source>%1 (not ticked: gets no letter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/campaign_dialog.py" line="425"/>
        <source>This letter contradicts the ledger or the verdict of %n ticked client(s):</source>
        <translation>
            <numerusform>This letter contradicts the ledger or the verdict of %n ticked client:</numerusform>
            <numerusform>This letter contradicts the ledger or the verdict of %n ticked clients:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/campaign_dialog.py" line="481"/>
        <source>Skipped, with nothing overdue any more:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/campaign_dialog.py" line="484"/>
        <source>Held back, because the ledger contradicts this letter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/campaign_dialog.py" line="216"/>
        <source>&amp;Write letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/campaign_dialog.py" line="175"/>
        <source>Lan&amp;guage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/campaign_dialog.py" line="257"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/campaign_dialog.py" line="263"/>
        <source>Combined PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/campaign_dialog.py" line="263"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/campaign_dialog.py" line="272"/>
        <source>Folder for the letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/campaign_dialog.py" line="417"/>
        <source>%1 already exists. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/campaign_dialog.py" line="429"/>
        <source>Write to them all the same?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/campaign_dialog.py" line="433"/>
        <source>Writing %n letter(s)…</source>
        <translation>
            <numerusform>Writing %n letter…</numerusform>
            <numerusform>Writing %n letters…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/campaign_dialog.py" line="455"/>
        <source>Cancelled: no letter was written or recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/campaign_dialog.py" line="467"/>
        <source>%n letter(s) written, %1 page(s) in all.</source>
        <translation>
            <numerusform>%n letter written, %1 page(s) in all.</numerusform>
            <numerusform>%n letters written, %1 page(s) in all.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/campaign_dialog.py" line="470"/>
        <source>To print: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/campaign_dialog.py" line="473"/>
        <source>One file per client in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/campaign_dialog.py" line="477"/>
        <source>Skipped, with no postal address:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../ui/cli.py" line="103"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="104"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="105"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/cli.py" line="122"/>
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n client</numerusform>
            <numerusform>%n clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/cli.py" line="159"/>
        <source>%n client(s) with red flags</source>
        <translation>
            <numerusform>%n client with red flags</numerusform>
            <numerusform>%n clients with red flags</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="192"/>
        <source>Evaluated on %1; your decision: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="204"/>
        <source>No evaluation with an explanation yet: what the ledger alone says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli_backup.py" line="99"/>
        <source>Restored {backup} into {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli_backup.py" line="105"/>
        <source>The previous database is kept as {previous}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli_data.py" line="200"/>
        <source>Columns: {columns}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli_data.py" line="210"/>
        <source>Dry run, nothing stored: {accepted} row(s) would be imported, {rejected} rejected, {skipped} duplicate(s) skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli_data.py" line="216"/>
        <source>{accepted} row(s) imported ({inserted} new, {updated} updated), {rejected} rejected, {skipped} duplicate(s) skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli_data.py" line="232"/>
        <location filename="../../ui/cli_data.py" line="259"/>
        <source>line {line}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli_data.py" line="245"/>
        <source>line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli_data.py" line="246"/>
        <source>reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli_data.py" line="248"/>
        <source>Rows not taken, with the reason: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli_data.py" line="257"/>
        <source>Imported with a warning: {count} row(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli_data.py" line="305"/>
        <source>{table}: {count} row(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli_data.py" line="310"/>
        <source>{count} cell(s) held control characters, which an XLSX file cannot hold: they were left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli_letters.py" line="98"/>
        <source>Held back: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli_letters.py" line="104"/>
        <source>Add --include-held-back to write to them all the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/cli_letters.py" line="136"/>
        <source>%n letter(s) written, %1 page(s) in all.</source>
        <translation>
            <numerusform>%n letter written, %1 page(s) in all.</numerusform>
            <numerusform>%n letters written, %1 page(s) in all.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/cli_letters.py" line="141"/>
        <source>To print: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli_letters.py" line="144"/>
        <source>One file per client in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli_letters.py" line="150"/>
        <source>Skipped (nothing overdue): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli_letters.py" line="152"/>
        <source>Skipped (no postal address): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/cli_letters.py" line="194"/>
        <location filename="../../ui/cli_report.py" line="48"/>
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>Wrote %1 (%n page).</numerusform>
            <numerusform>Wrote %1 (%n pages).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/cli_init.py" line="81"/>
        <source>Created a new client book at {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/cli_init.py" line="83"/>
        <source>%n demo client(s) added.</source>
        <translation>
            <numerusform>%n demo client added.</numerusform>
            <numerusform>%n demo clients added.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/cli_init.py" line="85"/>
        <source>Before writing letters, open Clientela and fill in your business in File → Settings. To add your clients: {command}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientDetailDialog</name>
    <message>
        <location filename="../../ui/client_detail.py" line="52"/>
        <source>&amp;Edit client…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_detail.py" line="55"/>
        <source>E&amp;valuate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_detail.py" line="58"/>
        <source>&amp;Write letter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_detail.py" line="74"/>
        <source>Led&amp;ger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_detail.py" line="75"/>
        <source>Evaluation &amp;history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_detail.py" line="78"/>
        <source>Le&amp;tters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_detail.py" line="106"/>
        <source>strategic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_detail.py" line="107"/>
        <source>Letter language: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientEditorDialog</name>
    <message>
        <location filename="../../ui/client_editor.py" line="76"/>
        <source>New client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="76"/>
        <source>Edit client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="93"/>
        <source>Who they are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="95"/>
        <source>&amp;Name*:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="95"/>
        <source>How you call them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="97"/>
        <source>&amp;Company:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="97"/>
        <source>Legal or company name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="100"/>
        <source>Con&amp;tact person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="107"/>
        <source>How letters greet the contact person (or the client, when it is a person and there is no contact). With none, a company without a contact is greeted as a company.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="112"/>
        <source>&amp;Form of address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="113"/>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="114"/>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="116"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="99"/>
        <source>Ta&amp;x id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="113"/>
        <source>name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="122"/>
        <source>St&amp;reet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="123"/>
        <source>Postal co&amp;de:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="124"/>
        <source>C&amp;ity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="125"/>
        <source>Co&amp;untry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="127"/>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="134"/>
        <source>&amp;Stage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="139"/>
        <source>Letter &amp;language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="140"/>
        <location filename="../../ui/client_editor.py" line="267"/>
        <source>Strategic client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="142"/>
        <source>Keep this client whatever the checklist says; never suggested for letting go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="148"/>
        <source>wholesale, Madrid, ... (separated by commas)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="149"/>
        <source>T&amp;ags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="153"/>
        <source>Anything worth remembering about this client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="154"/>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="177"/>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="234"/>
        <source>Someone else deleted this client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="239"/>
        <source>Someone else saved this client after you opened it. Reload to see their version, or save to compare it with yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="255"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="256"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="257"/>
        <source>Tax id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="258"/>
        <source>Contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="259"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="260"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="261"/>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="262"/>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="263"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="264"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="265"/>
        <source>Letter language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="266"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="268"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="269"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="278"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="278"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="303"/>
        <source>Someone else saved {name} while you were editing. Here is what they saved beside what you typed. Take their version, or save yours over it?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientTableModel</name>
    <message>
        <location filename="../../ui/client_table_model.py" line="220"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_table_model.py" line="221"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_table_model.py" line="222"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_table_model.py" line="223"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_table_model.py" line="224"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_table_model.py" line="225"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_table_model.py" line="226"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_table_model.py" line="227"/>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_table_model.py" line="228"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_table_model.py" line="229"/>
        <source>Next review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_table_model.py" line="250"/>
        <source>Strategic client</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Concerns</name>
    <message>
        <location filename="../../ui/concerns.py" line="23"/>
        <source>late payer: pays on average {average} days after the invoice (agreed {term} days, {tolerated} more tolerated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/concerns.py" line="28"/>
        <source>overdue: {amount} in %n invoice(s) more than {tolerated} days past due, the oldest {oldest_days} days</source>
        <translation>
            <numerusform>overdue: {amount} in %n invoice more than {tolerated} days past due, the oldest {oldest_days} days</numerusform>
            <numerusform>overdue: {amount} in %n invoices more than {tolerated} days past due, the oldest {oldest_days} days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/concerns.py" line="39"/>
        <source>returns: sent back {rate} % of what they bought (maximum {max} %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/concerns.py" line="42"/>
        <source>already let go (stage Former)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/concerns.py" line="45"/>
        <source>the latest evaluation recommends letting them go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/concerns.py" line="54"/>
        <source>late payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/concerns.py" line="55"/>
        <source>overdue balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/concerns.py" line="56"/>
        <source>many returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/concerns.py" line="57"/>
        <source>already let go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/concerns.py" line="58"/>
        <source>let go advised</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="43"/>
        <source>Saved by someone else meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="51"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="51"/>
        <source>Saved by someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="51"/>
        <source>Yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="62"/>
        <source>&amp;Take theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="64"/>
        <source>Show what they saved; your changes are dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="65"/>
        <source>&amp;Save mine over theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="67"/>
        <source>Their changes above are replaced by yours.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../ui/dashboard.py" line="53"/>
        <source>Not evaluated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="58"/>
        <source>Not due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="59"/>
        <source>1–30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="60"/>
        <source>31–60 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="61"/>
        <source>61–159 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="62"/>
        <source>160+ days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="127"/>
        <source>Portfolio &amp;report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="225"/>
        <source>Clients per verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="226"/>
        <source>Clients per stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="227"/>
        <source>Score distribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="228"/>
        <source>Revenue concentration (last 12 months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="229"/>
        <source>Receivables by days overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="230"/>
        <source>Letters in the last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="231"/>
        <source>Revenue at stake per verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="232"/>
        <location filename="../../ui/dashboard.py" line="536"/>
        <source>Due for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="233"/>
        <source>New red flags since the last evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="239"/>
        <location filename="../../ui/dashboard.py" line="247"/>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="240"/>
        <source>Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="241"/>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="242"/>
        <source>% rev.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="243"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="244"/>
        <source>% overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="247"/>
        <location filename="../../ui/dashboard.py" line="248"/>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="247"/>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="248"/>
        <source>Invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="248"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="272"/>
        <location filename="../../ui/dashboard.py" line="277"/>
        <source>Updating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="327"/>
        <source>The figures could not be computed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard.py" line="341"/>
        <location filename="../../ui/dashboard.py" line="486"/>
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n client</numerusform>
            <numerusform>%n clients</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="343"/>
        <source>Your client book on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="346"/>
        <source>%1 · revenue in the last 12 months %2 · outstanding %3, of which overdue %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="379"/>
        <source>Score %1–%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard.py" line="405"/>
        <source>%1: %n letter(s)</source>
        <translation>
            <numerusform>%1: %n letter</numerusform>
            <numerusform>%1: %n letters</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="434"/>
        <source>The top %1 of clients (%2) make %3 of the revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="444"/>
        <source>Top 20 %: %1 of revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="446"/>
        <source>No revenue in the last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard.py" line="455"/>
        <source>Class %1: %n client(s), %2 of revenue</source>
        <translation>
            <numerusform>Class %1: %n client, %2 of revenue</numerusform>
            <numerusform>Class %1: %n clients, %2 of revenue</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="484"/>
        <source>%1: %2, %3 of revenue, %4 of the overdue balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="493"/>
        <source>never evaluated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="505"/>
        <source>Enter or double-click to open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="524"/>
        <source>Class %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="526"/>
        <source>Receivables %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="528"/>
        <source>Letters: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doubts</name>
    <message>
        <location filename="../../ui/doubts.py" line="26"/>
        <source>The date {date} is more than a year from today. Is the year right?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/doubts.py" line="30"/>
        <source>The date {date} is before 1990. Is the year right?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/doubts.py" line="34"/>
        <source>The amount {amount} is more than a hundred times this client&apos;s usual {usual}. Is the decimal mark in the right place?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/doubts.py" line="43"/>
        <source>With this return the client would have returned {returned}, more than the {bought} they have bought.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvaluationHistory</name>
    <message>
        <location filename="../../ui/evaluation_history.py" line="168"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation_history.py" line="168"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation_history.py" line="168"/>
        <source>Recommended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation_history.py" line="168"/>
        <source>Chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation_history.py" line="176"/>
        <source>Not evaluated yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation_history.py" line="177"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation_history.py" line="179"/>
        <source>Evaluate &amp;now…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvaluationView</name>
    <message>
        <location filename="../../ui/evaluation_history.py" line="78"/>
        <source>Evaluation of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation_history.py" line="83"/>
        <source>score %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation_history.py" line="86"/>
        <source>Stage when evaluated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation_history.py" line="93"/>
        <source>Recommended %1; you chose otherwise: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation_history.py" line="102"/>
        <source>up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation_history.py" line="102"/>
        <source>down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation_history.py" line="106"/>
        <source>Score %1 by %2 since the previous evaluation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation_history.py" line="113"/>
        <source>Answers that changed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation_history.py" line="124"/>
        <source>Why:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation_history.py" line="130"/>
        <source>Answers:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvaluationWizard</name>
    <message>
        <location filename="../../ui/evaluation_wizard.py" line="325"/>
        <source>Evaluate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation_wizard.py" line="328"/>
        <source>&amp;Save evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation_wizard.py" line="395"/>
        <source>Save and write the letter: %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation_wizard.py" line="446"/>
        <source>Discard this evaluation? The answers you gave are not saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Explanation</name>
    <message>
        <location filename="../../ui/explanation_view.py" line="21"/>
        <source>A red flag decides, whatever the score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/explanation_view.py" line="24"/>
        <source>A red flag would mean letting go, but this client is strategic or class A: boundaries first, and letting go follows if nothing changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/explanation_view.py" line="29"/>
        <source>Two or more &quot;no&quot; on your judgement questions decide, whatever the score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/explanation_view.py" line="33"/>
        <source>Two or more &quot;no&quot; on your judgement questions, but this client is strategic or class A: never recommended for letting go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/explanation_view.py" line="38"/>
        <source>A valuable client who demands beyond the agreed terms gets boundaries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/explanation_view.py" line="41"/>
        <source>Demands beyond the agreed terms without being valuable enough to put up with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/explanation_view.py" line="45"/>
        <source>Paying late or sending back too much gets boundaries first, whatever the score: a reminder of the terms, with the facts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/explanation_view.py" line="50"/>
        <source>Too many &quot;don&apos;t know&quot; answers to decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/explanation_view.py" line="53"/>
        <source>Too few invoices yet: watched, and looked at again sooner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/explanation_view.py" line="56"/>
        <source>Buys below your minimum: watched; letting go follows if it persists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/explanation_view.py" line="59"/>
        <source>A good score, but buying less and less: find out why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/explanation_view.py" line="62"/>
        <source>A score of 70 or more with no red flag: retain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/explanation_view.py" line="65"/>
        <source>A score below 40: not a client you want.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/explanation_view.py" line="68"/>
        <source>A score below 40, but this client is strategic or class A: watched instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/explanation_view.py" line="72"/>
        <source>A score between 40 and 70: neither clearly good nor bad.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/explanation_view.py" line="75"/>
        <source>A prospect who already demands beyond your terms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/explanation_view.py" line="78"/>
        <source>A prospect who matches the client you want.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/explanation_view.py" line="81"/>
        <source>A prospect who does not match the client you want.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/explanation_view.py" line="84"/>
        <source>Not clear yet whether the prospect matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/explanation_view.py" line="87"/>
        <source>A good client, and what drove them away is fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/explanation_view.py" line="90"/>
        <source>A good client, but what drove them away is not fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/explanation_view.py" line="93"/>
        <source>Was not a good client: not worth winning back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/explanation_view.py" line="105"/>
        <source>Paying within {allowed} days, overdue invoices included, ends the boundaries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/explanation_view.py" line="109"/>
        <source>Reaching {limit} days, or an invoice unpaid that long, is a red flag: let go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/explanation_view.py" line="113"/>
        <source>Paying under {limit} days and settling the old invoices lifts the red flag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/explanation_view.py" line="117"/>
        <source>Sending back {max} % or less ends the boundaries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/explanation_view.py" line="120"/>
        <source>Sending back {far} % or more, repeatedly, is a red flag: let go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/explanation_view.py" line="123"/>
        <source>Sending back less than {far} % lifts the red flag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/explanation_view.py" line="126"/>
        <source>Buying at your yearly minimum or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/explanation_view.py" line="129"/>
        <source>Buying below the minimum for another year is a red flag: let go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/explanation_view.py" line="132"/>
        <source>Another answer than &quot;no&quot; to: {question}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/explanation_view.py" line="135"/>
        <source>Marking the client strategic would mean boundaries first instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/explanation_view.py" line="138"/>
        <source>If nothing changes by the next review, the recommendation is to let go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/explanation_view.py" line="141"/>
        <source>Fewer than two &quot;no&quot; on the judgement questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/explanation_view.py" line="144"/>
        <source>Accepting the terms once they are explained.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/explanation_view.py" line="147"/>
        <source>Answering more questions than &quot;don&apos;t know&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/explanation_view.py" line="150"/>
        <source>{invoices} invoices or more in the last two years let the ledger judge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/explanation_view.py" line="153"/>
        <source>Buying as much as before, or more: retain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/explanation_view.py" line="156"/>
        <source>A score below {score}: watch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/explanation_view.py" line="159"/>
        <source>Paying later than {allowed} days: boundaries, whatever the score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/explanation_view.py" line="162"/>
        <source>A score of {score} or more: watch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/explanation_view.py" line="165"/>
        <source>A score of {score} or more: retain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/explanation_view.py" line="168"/>
        <source>A score below {score}: let go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/explanation_view.py" line="171"/>
        <source>A score below {score}, or no match with your ideal client: watch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/explanation_view.py" line="174"/>
        <source>Matching your ideal client with a score of {score} or more: acquire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/explanation_view.py" line="177"/>
        <source>If the cause turns out not to be fixed: watch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/explanation_view.py" line="180"/>
        <source>Fixing what drove them away: recover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/explanation_view.py" line="183"/>
        <source>Only a client who was good is worth recovering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/explanation_view.py" line="211"/>
        <source>{group} — not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/explanation_view.py" line="217"/>
        <source>{group} — {score} of 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/explanation_view.py" line="225"/>
        <source>Why the score says otherwise: the score adds up your answers, but this rule decides over it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/explanation_view.py" line="234"/>
        <source>The facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/explanation_view.py" line="235"/>
        <source>Score by group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/explanation_view.py" line="236"/>
        <source>What would change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/explanation_view.py" line="271"/>
        <source>Score {score} of 100 · Recommended: {verdict}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/export_dialog.py" line="53"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="58"/>
        <source>Excel workbook (.xlsx), one sheet per table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="59"/>
        <source>CSV files, one per table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="63"/>
        <source>Comma (,)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="64"/>
        <source>Semicolon (;), as Spanish Excel expects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="69"/>
        <source>For another &amp;program, not a person: English headers and codes; in CSV, commas, ISO dates (2025-12-31) and decimal points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="75"/>
        <source>The &amp;whole book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="78"/>
        <source>Only the clients &amp;selected in the list ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="82"/>
        <source>Only the clients the list &amp;shows now ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="86"/>
        <source>Only the clients the list &amp;shows now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="94"/>
        <source>Clients, with their latest verdict and score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="95"/>
        <source>Sales (invoices)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="96"/>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="97"/>
        <source>Returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="108"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="115"/>
        <source>Text a spreadsheet would run as a formula (starting with =, +, - or @) is written with an apostrophe in front, so opening the file runs nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="123"/>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="124"/>
        <source>&amp;Delimiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="126"/>
        <source>Clients:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="128"/>
        <source>Tables:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="129"/>
        <source>&amp;Save to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="133"/>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="176"/>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="178"/>
        <source>Excel (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="178"/>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="200"/>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="210"/>
        <source>Exported {rows} rows to:
{files}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="213"/>
        <source>{count} cells held control characters, which an Excel file cannot hold: they were left out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldMessage</name>
    <message>
        <location filename="../../ui/field_message.py" line="25"/>
        <source>Note: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <location filename="../../ui/import_labels.py" line="15"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_labels.py" line="16"/>
        <source>Company (legal name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_labels.py" line="17"/>
        <source>Tax id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_labels.py" line="18"/>
        <source>Contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_labels.py" line="19"/>
        <source>Form of address (Sr., Sra., Dr., Dra.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_labels.py" line="22"/>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_labels.py" line="23"/>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_labels.py" line="24"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_labels.py" line="25"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_labels.py" line="26"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_labels.py" line="27"/>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_labels.py" line="28"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_labels.py" line="29"/>
        <source>Province (added to the city)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_labels.py" line="30"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_labels.py" line="31"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_labels.py" line="32"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_labels.py" line="33"/>
        <source>Strategic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_labels.py" line="34"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_labels.py" line="35"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_labels.py" line="36"/>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_labels.py" line="37"/>
        <source>Invoice date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_labels.py" line="38"/>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_labels.py" line="39"/>
        <source>Payment date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_labels.py" line="40"/>
        <source>Return date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_labels.py" line="41"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_labels.py" line="42"/>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_labels.py" line="43"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_labels.py" line="44"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_labels.py" line="45"/>
        <source>Invoice (reference)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_labels.py" line="73"/>
        <source>Use a column that tells them apart: --match-by id or --match-by tax_id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_labels.py" line="77"/>
        <source>Use a column that tells them apart, such as the client number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_labels.py" line="86"/>
        <source>It is a client&apos;s {key}: use --match-by {option}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_labels.py" line="89"/>
        <source>It is a client&apos;s {key}: on the second page, find each row&apos;s client by {key}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_labels.py" line="94"/>
        <source>Your book has no clients yet: import the client list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_labels.py" line="97"/>
        <source>Check how it is written, or add the client first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_labels.py" line="107"/>
        <source>{count} Spanish postal code(s) had 4 digits and were given their leading zero (8001 -&gt; 08001); check them: line(s) {lines}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_labels.py" line="124"/>
        <source>“{header}” (columns {columns})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_labels.py" line="130"/>
        <source>Several columns have the same name: {columns}. Only the first of each is suggested for a field; to import another, map it by its number (--map 5=FIELD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_labels.py" line="135"/>
        <source>Several columns have the same name: {columns}. Only the first of each is suggested for a field; to import another, choose its field on the next page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_labels.py" line="152"/>
        <source>Clients found by {key} (as --match-by says).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_labels.py" line="155"/>
        <source>Clients found by {key}, as you chose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_labels.py" line="160"/>
        <source>{key} in column “{column}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_labels.py" line="164"/>
        <source>Clients found by {key}: detected from how the values look, as none of the {sampled} checked matches a client in your book.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_labels.py" line="169"/>
        <source>Clients found by {where}: detected, {matched} of the first {sampled} values match a client&apos;s {key}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="82"/>
        <source>Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="83"/>
        <source>Sales (invoices)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="84"/>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="85"/>
        <source>Returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_wizard.py" line="111"/>
        <source>%n more row(s) not listed</source>
        <translation>
            <numerusform>%n more row not listed</numerusform>
            <numerusform>%n more rows not listed</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="136"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="138"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_wizard.py" line="149"/>
        <source>%n new</source>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_wizard.py" line="150"/>
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_wizard.py" line="151"/>
        <source>%n rows could not be imported</source>
        <translation>
            <numerusform>%n row could not be imported</numerusform>
            <numerusform>%n rows could not be imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_wizard.py" line="154"/>
        <source>%n duplicates were skipped</source>
        <translation>
            <numerusform>%n duplicate was skipped</numerusform>
            <numerusform>%n duplicates were skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_wizard.py" line="165"/>
        <source>%n rows read</source>
        <translation>
            <numerusform>%n row read</numerusform>
            <numerusform>%n rows read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_wizard.py" line="166"/>
        <source>%n can be imported</source>
        <translation>
            <numerusform>%n can be imported</numerusform>
            <numerusform>%n can be imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_wizard.py" line="167"/>
        <source>%n cannot</source>
        <translation>
            <numerusform>%n cannot</numerusform>
            <numerusform>%n cannot</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_wizard.py" line="168"/>
        <source>%n are entries already in the ledger or earlier in the file and will be skipped</source>
        <translation>
            <numerusform>%n is an entry already in the ledger or earlier in the file and will be skipped</numerusform>
            <numerusform>%n are entries already in the ledger or earlier in the file and will be skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_wizard.py" line="175"/>
        <source>%n look like clients already in your book or earlier in the file</source>
        <translation>
            <numerusform>%n looks like a client already in your book or earlier in the file</numerusform>
            <numerusform>%n look like clients already in your book or earlier in the file</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="188"/>
        <source>Choose the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="190"/>
        <source>A CSV file (from a spreadsheet, Google Contacts, Outlook or your accounting program) or an Excel workbook (.xlsx). Nothing is stored until you confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="199"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="210"/>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="220"/>
        <source>Import from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="222"/>
        <source>Tables (*.csv *.txt *.tsv *.xlsx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="249"/>
        <source>What the file holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="259"/>
        <source>Detect it from the rows and your book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="261"/>
        <source>Tax id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="262"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="263"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="266"/>
        <source>Clientela client number (from an export)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="273"/>
        <source>Find each row&apos;s client &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="301"/>
        <source>&amp;Contents:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="303"/>
        <source>&amp;Sheet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="304"/>
        <source>&amp;Delimiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="305"/>
        <source>&amp;Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="306"/>
        <source>Columns found:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="372"/>
        <source>Which column holds what</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="374"/>
        <source>Suggested from the column names; change any that is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="380"/>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="381"/>
        <source>First values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="382"/>
        <source>Store as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="391"/>
        <source>day/month/year (31/12/2025)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="394"/>
        <source>month/day/year (12/31/2025)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="399"/>
        <source>1.234,50 (decimal comma)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="402"/>
        <source>1,234.50 (decimal point)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="410"/>
        <source>&amp;Dates are written:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="413"/>
        <source>&amp;Amounts are written:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="442"/>
        <source>— do not import —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="474"/>
        <source>Choose a column for: {fields}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="481"/>
        <source>Only one column can be stored as {fields}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="502"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="505"/>
        <source>The first rows as they will be stored, and the rows that cannot be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="520"/>
        <location filename="../../ui/import_wizard.py" line="534"/>
        <location filename="../../ui/import_wizard.py" line="623"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="521"/>
        <source>Why it cannot be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="529"/>
        <source>Rows not taken:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="535"/>
        <source>What to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="540"/>
        <source>Imported, but worth checking:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="575"/>
        <source>Checking every row…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="600"/>
        <source>The check was cancelled. Go back to run it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_wizard.py" line="707"/>
        <source>%n rows have the same tax id, email, or name and city as a client in your book or an earlier row of the file.</source>
        <translation>
            <numerusform>%n row has the same tax id, email, or name and city as a client in your book or an earlier row of the file.</numerusform>
            <numerusform>%n rows have the same tax id, email, or name and city as a client in your book or an earlier row of the file.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="659"/>
        <source>Clients you may already have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="668"/>
        <source>&amp;Skip them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="669"/>
        <source>Keep the client you already have; the row is listed as not taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="676"/>
        <source>&amp;Update the existing client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="677"/>
        <source>The file&apos;s non-empty values replace the stored ones; tags are added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="684"/>
        <source>Import them as &amp;new clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="685"/>
        <source>You will have two clients with the same details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="725"/>
        <source>Ready to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="728"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="742"/>
        <source>&lt;p&gt;Import &lt;b&gt;{count}&lt;/b&gt; rows of {kind} from {file}.&lt;/p&gt;&lt;p&gt;All of them go in together: if anything fails or you cancel, your book stays exactly as it is now. Rows that cannot be imported are listed at the end, and you can save them to fix and import again.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="773"/>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="777"/>
        <source>Import cancelled. Nothing was changed in your book.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="791"/>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="795"/>
        <source>&amp;Save rows not taken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="820"/>
        <source>Line {line}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="825"/>
        <source>Imported, but worth checking: {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="849"/>
        <source>line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="850"/>
        <source>reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="862"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="921"/>
        <source>Save rows not taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="923"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntroPage</name>
    <message>
        <location filename="../../ui/evaluation_wizard.py" line="133"/>
        <source>Evaluate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation_wizard.py" line="136"/>
        <source>A few questions about this client, one group at a time. Where your ledger already knows the answer it is filled in for you; change it if you know better.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation_wizard.py" line="146"/>
        <source>Stage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation_wizard.py" line="149"/>
        <source>Marked as strategic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation_wizard.py" line="153"/>
        <source>Revenue in the last 12 months: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation_wizard.py" line="159"/>
        <source>Overdue now: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../ui/labels.py" line="12"/>
        <source>Prospect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="13"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="14"/>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="15"/>
        <source>Former (let go)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="23"/>
        <source>None (a neutral greeting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="24"/>
        <source>Mr (Sr.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="25"/>
        <source>Ms (Sra.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="26"/>
        <source>Dr, a man (Dr.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="27"/>
        <source>Dr, a woman (Dra.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="36"/>
        <source>Retain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="37"/>
        <source>Set boundaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="38"/>
        <source>Recover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="39"/>
        <source>Let go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="40"/>
        <source>Acquire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="41"/>
        <source>Watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="48"/>
        <source>Spanish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="49"/>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="56"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="57"/>
        <source>Partly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="58"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="59"/>
        <source>Don&apos;t know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="66"/>
        <source>Thank you and loyalty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="67"/>
        <source>Terms and boundaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="68"/>
        <source>Win back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="69"/>
        <source>Polite termination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="70"/>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="71"/>
        <source>Payment reminder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerDialogs</name>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="47"/>
        <location filename="../../ui/ledger_dialogs.py" line="413"/>
        <source>no reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="48"/>
        <source>{reference} of {date} — {open} open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="177"/>
        <source>Someone else saved this entry while you were editing it. Here is what they saved beside what you typed. Take their version, or save yours over it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="231"/>
        <source>Record it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerTab</name>
    <message>
        <location filename="../../ui/ledger_widget.py" line="110"/>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="111"/>
        <source>Add an entry (Insert or Ctrl+Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="112"/>
        <source>E&amp;dit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="113"/>
        <source>Edit the selected entry (Enter or double-click)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="115"/>
        <source>Delete the selected entry (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="114"/>
        <source>De&amp;lete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerWidget</name>
    <message>
        <location filename="../../ui/ledger_widget.py" line="269"/>
        <source>Invoice date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="270"/>
        <location filename="../../ui/ledger_widget.py" line="288"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="271"/>
        <location filename="../../ui/ledger_widget.py" line="294"/>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="272"/>
        <location filename="../../ui/ledger_widget.py" line="286"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="273"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="274"/>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="275"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="285"/>
        <location filename="../../ui/ledger_widget.py" line="293"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="287"/>
        <location filename="../../ui/ledger_widget.py" line="296"/>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="281"/>
        <source>on account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="295"/>
        <source>Credited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="297"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="232"/>
        <source>&amp;Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="223"/>
        <source>A letter listing the overdue invoices and the date to pay by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="233"/>
        <source>&amp;Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="234"/>
        <source>&amp;Returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="311"/>
        <source>Revenue, last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="312"/>
        <source>Units, last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="313"/>
        <source>Outstanding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="314"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/ledger_widget.py" line="316"/>
        <source>Overdue (%n invoice(s))</source>
        <translation>
            <numerusform>Overdue (%n invoice)</numerusform>
            <numerusform>Overdue (%n invoices)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="375"/>
        <source>Delete invoice {reference} of {date} for {amount}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="282"/>
        <location filename="../../ui/ledger_widget.py" line="376"/>
        <source>(no reference)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="220"/>
        <source>Write payment re&amp;minder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="382"/>
        <source>The {paid} paid on it will stay recorded as paid on account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="393"/>
        <source>Delete the payment of {amount} received on {date}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="407"/>
        <source>Delete the return of {units} units on {date}?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <location filename="../../ui/letter_dialog.py" line="97"/>
        <source>Letter to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.py" line="109"/>
        <source>Proposed for the latest verdict: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.py" line="111"/>
        <source>The latest verdict is %1: no letter fits it, choose one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.py" line="113"/>
        <source>This client has not been evaluated yet: choose the letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.py" line="132"/>
        <source>&amp;Write it all the same: I know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.py" line="144"/>
        <source>&amp;Letter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.py" line="146"/>
        <source>L&amp;anguage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.py" line="147"/>
        <source>&amp;From date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.py" line="165"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.py" line="168"/>
        <source>&amp;Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.py" line="170"/>
        <source>&amp;Open in PDF viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.py" line="236"/>
        <source>Held back: this letter would contradict the client&apos;s record: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.py" line="279"/>
        <source>Save letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.py" line="279"/>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.py" line="287"/>
        <source>Saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.py" line="294"/>
        <source>Opened %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.py" line="301"/>
        <source>Print letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/letter_dialog.py" line="309"/>
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>Sent %n page to the printer.</numerusform>
            <numerusform>Sent %n pages to the printer.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.py" line="311"/>
        <source>The printer could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LetterHistory</name>
    <message>
        <location filename="../../ui/letter_history.py" line="36"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/letter_history.py" line="37"/>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/letter_history.py" line="38"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/letter_history.py" line="39"/>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/letter_history.py" line="40"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/letter_history.py" line="54"/>
        <source>&amp;Open letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/letter_history.py" line="57"/>
        <source>&amp;New letter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/letter_history.py" line="79"/>
        <source>as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/letter_history.py" line="80"/>
        <source>missing (moved or deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/letter_history.py" line="81"/>
        <source>changed since it was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/letter_history.py" line="96"/>
        <source>No letters written yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/letter_history.py" line="108"/>
        <source>The file %1 is no longer there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="95"/>
        <source>Search name, company, contact, email, city or tax id  (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="110"/>
        <source>All stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="116"/>
        <source>Any verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="120"/>
        <source>Due for &amp;review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="123"/>
        <source>Clients never evaluated, or whose review date has come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="126"/>
        <source>Red flags (&amp;triage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="128"/>
        <source>Only the clients the last triage flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="136"/>
        <source>&amp;Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="180"/>
        <source>Stage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="182"/>
        <source>Verdict:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="203"/>
        <source>Clien&amp;ts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="204"/>
        <source>&amp;Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="218"/>
        <source>Your client book is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="222"/>
        <source>Add the clients you work with, record what they buy, pay and return, and Clientela will help you decide which ones to keep, look after or let go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="236"/>
        <source>Add your first client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="239"/>
        <source>Try Clientela with demo clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="262"/>
        <source>&amp;New client…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="263"/>
        <source>&amp;Open client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="268"/>
        <source>E&amp;valuate client…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="271"/>
        <source>&amp;Triage the whole book…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="274"/>
        <source>&amp;Write letter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="277"/>
        <source>Letter &amp;campaign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="280"/>
        <source>Letter &amp;templates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="282"/>
        <source>&amp;Edit client…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="284"/>
        <source>&amp;Delete client…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="294"/>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="297"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="302"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="309"/>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="311"/>
        <source>Restore from bac&amp;kup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="316"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="318"/>
        <source>&amp;About Clientela</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="320"/>
        <source>User &amp;guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="324"/>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="325"/>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="327"/>
        <source>E&amp;xport client data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="329"/>
        <source>E&amp;rase client…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="331"/>
        <source>&amp;Anonymise client…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="338"/>
        <source>&amp;Selected clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="340"/>
        <source>Change &amp;stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="347"/>
        <source>&amp;Add a tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="349"/>
        <source>&amp;Remove a tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="352"/>
        <source>&amp;Evaluate in turn…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="355"/>
        <source>Letter &amp;campaign for them…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="358"/>
        <source>E&amp;xport them…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="395"/>
        <location filename="../../ui/self_test.py" line="122"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="407"/>
        <source>&amp;Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="416"/>
        <source>&amp;Letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="419"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="422"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="428"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="465"/>
        <source>Finding the clients…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="473"/>
        <source>Showing: %1 (%n client(s))</source>
        <translation>
            <numerusform>Showing: %1 (%n client)</numerusform>
            <numerusform>Showing: %1 (%n clients)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="554"/>
        <source>Counting the clients that match…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="557"/>
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n client</numerusform>
            <numerusform>%n clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="560"/>
        <source>%n of %1 clients match</source>
        <translation>
            <numerusform>%n of %1 clients matches</numerusform>
            <numerusform>%n of %1 clients match</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="598"/>
        <source>&amp;Selected clients (%n)</source>
        <translation>
            <numerusform>&amp;Selected clients (%n)</numerusform>
            <numerusform>&amp;Selected clients (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="840"/>
        <source>Reading the ledger of every client…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="869"/>
        <source>Delete {name}?

Their sales, payments, returns, evaluations and letters are deleted too. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../ui/messages.py" line="23"/>
        <source>The folder {path} does not exist. Create it first or choose another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="26"/>
        <source>There is no database at {path}. Check the path, choose one with --db, or start a new book there with: clientela --db {path} init</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="31"/>
        <source>There is already something at {path}; init only starts new books and leaves it as it is. Choose another place with --db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="36"/>
        <source>{path} is a folder, not a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="39"/>
        <source>Clientela cannot create a database in {path}: the folder is not writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="42"/>
        <location filename="../../ui/messages.py" line="241"/>
        <source>The file {path} cannot be read ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="45"/>
        <source>{path} is not a database file. Choose a Clientela database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="48"/>
        <source>{path} is an empty file, not a Clientela database. Nothing was changed in it. Choose another file, or remove it to start a new book there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="53"/>
        <source>{path} is not a regular file (a device, a pipe or a broken link): Clientela keeps its book only in a regular file. Nothing was changed. Choose another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="58"/>
        <source>{path} is a database, but not a Clientela one. Nothing was changed in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="61"/>
        <source>{path} was saved by a newer version of Clientela (schema {revision}). Update Clientela to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="66"/>
        <source>The database could not be updated to this version of Clientela: {detail}. Your file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="71"/>
        <source>The database address {path} cannot be used: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="74"/>
        <source>{path} is already open in Clientela on this computer (process {pid}). Close it there first; only one Clientela at a time may change a database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="79"/>
        <source>{path} is already open in Clientela on the computer {host} (process {pid}). Close it there first; only one Clientela at a time may change a database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="84"/>
        <source>Clientela cannot mark {path} as in use: the lock file {lock} cannot be created. Check that you may write in that folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="89"/>
        <source>The database {path} is damaged ({detail}), and there is no good backup to restore. The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="94"/>
        <source>The database {path} is damaged ({detail}). Restore it from a backup: clientela restore FILE, with one of the backups in {backups} (in the window: File → Restore from backup).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="100"/>
        <source>The database {path} is read-only: Clientela may read it but not change it. Nothing was changed. Check that you may write the file and its folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="105"/>
        <source>The database {path} could not be used: {detail}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="108"/>
        <source>Clientela backs up a server&apos;s book with PostgreSQL&apos;s pg_dump, which is not installed on this computer. Install the PostgreSQL client programs (Debian, Ubuntu: apt install postgresql-client; Windows, macOS: the PostgreSQL installer), or have the server&apos;s book backed up on the server itself: pg_dump --format=custom --file=FILE.dump {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="115"/>
        <source>The server&apos;s database {path} could not be backed up: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="118"/>
        <source>The backup of {path} could not be made: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="121"/>
        <source>The backup {path} cannot be read ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="124"/>
        <source>The backup {path} is damaged ({detail}). Choose another backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="127"/>
        <source>{path} is not a whole Clientela book: the table {table} is missing. Choose another backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="132"/>
        <source>{path} is not a whole Clientela book: the table {table} lacks the column {name}. Choose another backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="137"/>
        <source>{path} is not a whole Clientela book: the table {table} lacks the index {name}. Choose another backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="142"/>
        <source>{path} is a database server: back it up with the server&apos;s own tools (pg_dump).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="146"/>
        <source>The folder {path} does not exist. Create it first or choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="149"/>
        <source>The backup could not be put in place of {path}: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="153"/>
        <source>There is no letter of the kind {kind}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="156"/>
        <source>Letters cannot be written in {language}: choose Spanish or English.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="159"/>
        <source>The letter template {file} that came with Clientela is damaged ({problem}). Reinstall Clientela.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="164"/>
        <source>The template cannot be used: {part}, line {line}, column {column}: {problem} {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="168"/>
        <source>The file {path} cannot be written ({reason}). Choose another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="171"/>
        <source>Choose where the letters go: a combined PDF, a folder, or both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="174"/>
        <source>No client matches: there is no letter to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="177"/>
        <source>None of these clients can get this letter (no postal address, or nothing overdue): there is nothing to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="182"/>
        <source>{name} has no overdue invoice: there is nothing to remind them of.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="185"/>
        <source>Letters need your business&apos;s name, address and the name of who signs them. Fill them in under File → Settings… → Business, then write the letter again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="190"/>
        <source>The letter to {name} cannot be printed: no font Clientela ships can draw the character {character} ({code_point}). Remove it from the client&apos;s details or the template, then write the letter again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="196"/>
        <source>No client is called {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="199"/>
        <source>{count} clients match {name}: give the full name or the client&apos;s number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="202"/>
        <source>That record no longer exists; someone may have deleted it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="206"/>
        <source>Someone else changed this since you opened it, and their version is kept. Look at it again before changing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="212"/>
        <source>This client was changed elsewhere since you opened it. Close the window and open the client again to see the latest version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="218"/>
        <source>Demo clients can only be loaded into an empty client book.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="221"/>
        <source>Some fields need attention before saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="224"/>
        <source>The criteria file {file} is damaged at {entry}: {problem}. Reinstall Clientela or restore the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="230"/>
        <source>{path} is empty: there is nothing to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="233"/>
        <source>{path} has column headers but no rows to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="236"/>
        <source>{path} is not a table Clientela can read. Save it from your spreadsheet as CSV or Excel (.xlsx) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="244"/>
        <source>{path} is not written in the {encoding} encoding throughout. Choose another encoding, or save the file again as UTF-8 CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="249"/>
        <source>{path} has no sheet called {sheet}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="252"/>
        <source>Choose a column for: {fields}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="255"/>
        <source>The file has no column called {column}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="258"/>
        <source>{field} is not a field of a {kind} import. See --help for the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="261"/>
        <source>{path}: the cell that starts on line {line} is longer than {limit} characters, which no table&apos;s cell is. Perhaps a quote (&quot;) opens a cell there and is never closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="266"/>
        <source>{path}: line {line} is longer than {limit} MB, which no table&apos;s line is. Check that the file is a table, or save it again from your spreadsheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="271"/>
        <source>{path}: row {line} of the sheet holds more than {limit} MB, which no table&apos;s row does. Save the sheet again from your spreadsheet, or as CSV, and import that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="276"/>
        <source>{path}: line {line} has {count} columns, more than the {limit} Clientela reads. Remove the columns you do not need, or check that the file is a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="281"/>
        <source>{path} has more than {limit} rows, more than Clientela imports at once. Split it into smaller files and import them one after another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="286"/>
        <source>{path} holds {size} MB in its part {part}, more than the {limit} MB Clientela reads from a workbook. Save the sheet as CSV and import that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="291"/>
        <source>{path} cannot be written ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="297"/>
        <source>This field is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="298"/>
        <source>At most {max} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="301"/>
        <source>This contains invisible control characters, which no keyboard types: retype it or remove them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="306"/>
        <source>This does not look like an email address (name@example.com).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="309"/>
        <source>A phone number has 6 to 15 digits, optionally with +, spaces or dashes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="312"/>
        <source>{name} already has this tax id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="315"/>
        <source>The check digit does not match this {scheme}: check it for a typing mistake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="318"/>
        <source>This does not look like a valid {scheme}: check it for a typing mistake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="321"/>
        <source>{name} already has this email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="324"/>
        <source>Choose one of the listed values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="327"/>
        <source>Enter an amount greater than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="330"/>
        <source>This cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="333"/>
        <source>This number is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="334"/>
        <source>Enter a number, such as 1.250,50 or 1250.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="337"/>
        <source>The due date cannot be before the invoice date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="340"/>
        <source>That invoice belongs to another client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="343"/>
        <source>Enter a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="344"/>
        <source>Enter a date between the years {low} and {high}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="347"/>
        <source>Use at most {places} decimal places.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="350"/>
        <source>Say why you choose another verdict than the recommended one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="353"/>
        <source>A question was answered twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="356"/>
        <source>Use the three-letter currency code, such as EUR, USD or MXN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="359"/>
        <source>Enter a value from {low} to {high}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="362"/>
        <source>The hard limit cannot be shorter than the agreed payment term.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="365"/>
        <source>This file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="366"/>
        <source>The logo must be a PNG or JPEG image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="369"/>
        <source>This file cannot be read. Check that you may open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="372"/>
        <source>Enter a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="374"/>
        <source>Same client as line {line} of the file ({name}); skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="377"/>
        <source>{name} is already in your client book; skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="380"/>
        <source>Same entry as line {line} of the file; skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="383"/>
        <source>Already in the ledger (same client, date, reference and amount); skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="387"/>
        <source>No client has {key} as their {by}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="391"/>
        <source>No client matches {key}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="394"/>
        <source>{key} matches {count} clients: {clients}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="398"/>
        <source>Several clients match {key}; match by tax id or client id instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="402"/>
        <source>This client has no invoice with reference {reference}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="405"/>
        <source>Line {line} holds a byte ({byte}) that is not {encoding} text, shown here as �; the row was left out rather than stored garbled. Correct that character (or choose the file&apos;s encoding) and import the row again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="417"/>
        <source>Unexpected problem: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="426"/>
        <source>detected automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="427"/>
        <source>tax id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="428"/>
        <source>email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="429"/>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="430"/>
        <source>client number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="450"/>
        <source>Invalid value ({code}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../../ui/operations.py" line="120"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="223"/>
        <source>Please wait until the work under way has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="295"/>
        <source>Something went wrong: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../ui/password_dialog.py" line="28"/>
        <source>Server password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/password_dialog.py" line="30"/>
        <source>The password for {user} on {host} was not accepted. Type it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/password_dialog.py" line="32"/>
        <source>Type the password for {user} on {host} (database {database}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/password_dialog.py" line="43"/>
        <source>&amp;Remember it in the system keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/password_dialog.py" line="48"/>
        <source>This computer has no system keyring: Clientela asks at every start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/password_dialog.py" line="57"/>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="324"/>
        <source>New payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="324"/>
        <source>Edit payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="336"/>
        <source>On account (no invoice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="347"/>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="348"/>
        <source>&amp;Invoice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="349"/>
        <source>&amp;Amount ({currency}):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="350"/>
        <source>&amp;Reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="379"/>
        <source>This payment ({amount}) is more than the {owed} owed. Record it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../ui/pdf_preview.py" line="32"/>
        <source>Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="35"/>
        <source>Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="37"/>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="38"/>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="39"/>
        <source>Fit to width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="107"/>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="117"/>
        <source>No PDF viewer could be started. The letter is in %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonalData</name>
    <message>
        <location filename="../../ui/personal_data_actions.py" line="36"/>
        <source>Export client data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/personal_data_actions.py" line="38"/>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/personal_data_actions.py" line="52"/>
        <source>Erase {name} completely?

Their record, sales, payments, returns, evaluations and letters are deleted, and the letter PDFs Clientela wrote for them are removed from disk. This cannot be undone.

If you must keep their sales and payments for your accounts, choose Anonymise instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/personal_data_actions.py" line="62"/>
        <source>Anonymise {name}?

Their name becomes “{anonymous}”. Tax id, contact person, email, phone, address, notes, tags, return reasons, evaluation comments and letters (with their PDFs) are deleted.

Kept for your records: the dates, units and amounts of their sales, payments and returns, invoice references, and the scores and verdicts of their evaluations. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/personal_data_actions.py" line="86"/>
        <source>Everything Clientela holds about {name} was saved to
{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/personal_data_actions.py" line="97"/>
        <source>These letter files were not removed (changed since Clientela wrote them, or not removable); delete them yourself if they should go:
{files}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/personal_data_actions.py" line="104"/>
        <source>These campaign files hold other clients&apos; letters too, so they were kept; their letter is still in them:
{files}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/personal_data_actions.py" line="113"/>
        <source>{name} was erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/personal_data_actions.py" line="119"/>
        <source>{name} was anonymised.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Placeholders</name>
    <message>
        <location filename="../../ui/template_editor.py" line="57"/>
        <source>client&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/template_editor.py" line="58"/>
        <source>contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/template_editor.py" line="59"/>
        <source>your business&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/template_editor.py" line="60"/>
        <source>who signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/template_editor.py" line="61"/>
        <source>signer&apos;s role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/template_editor.py" line="62"/>
        <source>today&apos;s date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/template_editor.py" line="63"/>
        <source>date it applies from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/template_editor.py" line="64"/>
        <source>payment term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/template_editor.py" line="65"/>
        <source>your loyalty offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/template_editor.py" line="66"/>
        <source>list of facts from the ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/template_editor.py" line="67"/>
        <source>table of overdue invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/template_editor.py" line="68"/>
        <source>total overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/template_editor.py" line="69"/>
        <source>date to pay by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <location filename="../../ui/profile_form.py" line="115"/>
        <source>Your business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="122"/>
        <source>Business &amp;name*:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="124"/>
        <source>As it appears on your invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="133"/>
        <source>Co&amp;untry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="135"/>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="136"/>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="137"/>
        <source>&amp;Logo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="141"/>
        <source>&amp;Signer&apos;s role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="160"/>
        <source>Loyalty o&amp;ffer (Spanish):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="182"/>
        <source>PNG or JPEG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="184"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="226"/>
        <source>Clientela compares each client&apos;s invoices, payments and returns with these figures and suggests answers when you evaluate them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="243"/>
        <source>The days your invoices give clients to pay; lateness counts from here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="248"/>
        <source>T&amp;olerated delay:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="251"/>
        <source>Extra days you accept before a client counts as a late payer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="259"/>
        <source>Paying this many days after the invoice, or later, is a red flag on its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="264"/>
        <source>Ma&amp;ximum return rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="268"/>
        <source>A client who sends back more than this share of purchases is rarely satisfied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="271"/>
        <source> units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="272"/>
        <location filename="../../ui/profile_form.py" line="281"/>
        <source>No minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="275"/>
        <source>&amp;Minimum units a year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="278"/>
        <source>Fewer than this and a client buys too little for the effort they take.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="294"/>
        <source>Revie&amp;w every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="297"/>
        <source>How soon each evaluation asks to be repeated, so no client is forgotten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="138"/>
        <source>Signed &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="130"/>
        <source>Street &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="140"/>
        <source>Managing director</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="128"/>
        <source>Street and number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="131"/>
        <source>Postal &amp;code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="132"/>
        <source>Cit&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="134"/>
        <source>Tax &amp;id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="147"/>
        <source>Letter lan&amp;guage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="154"/>
        <source>Cu&amp;rrency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="164"/>
        <source>What your thank-you letters in Spanish offer the clients you want to keep. Empty: no offer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="172"/>
        <source>Loyalty offer (English):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="175"/>
        <source>What your thank-you letters in English offer. Empty: no offer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="207"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="222"/>
        <source>Your ideal client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="240"/>
        <source>Agreed payment &amp;term:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="256"/>
        <source>&amp;Hard limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="284"/>
        <source>Minimum re&amp;venue a year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="287"/>
        <source>Less than this in a year and a client may not be worth their time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="300"/>
        <source>How Clientela uses these figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="302"/>
        <source>Opens the user guide. Shift+F1 on a field explains it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="311"/>
        <source>&lt;b&gt;Agreed payment term&lt;/b&gt;&lt;p&gt;The days your invoices give a client to pay, as agreed with them. A client who pays within this term, plus the tolerated delay, pays on time. Example: with 30 days, an invoice of 1 March is due on 31 March.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="317"/>
        <source>&lt;b&gt;Tolerated delay&lt;/b&gt;&lt;p&gt;The extra days you accept after the term before a client counts as a late payer. A late payer gets &lt;i&gt;Set boundaries&lt;/i&gt;: a reminder of the terms with the facts. Example: term 30 and delay 15, paying on average 50 days after the invoice is paying late.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="323"/>
        <source>&lt;b&gt;Hard limit&lt;/b&gt;&lt;p&gt;Paying this many days after the invoice or later, or leaving an invoice unpaid past it, is a red flag: the checklist recommends &lt;i&gt;Let go&lt;/i&gt; whatever the score, except for a strategic or class-A client, who gets &lt;i&gt;Set boundaries&lt;/i&gt; first. The articles behind Clientela name the client who pays at 160 days or more.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="330"/>
        <source>&lt;b&gt;Maximum return rate&lt;/b&gt;&lt;p&gt;The share of what a client buys (in units, or in value for services) that you accept to see returned in a year. Over it: &lt;i&gt;Set boundaries&lt;/i&gt;; far over it and repeatedly: a red flag.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="335"/>
        <source>&lt;b&gt;Minimum units a year&lt;/b&gt;&lt;p&gt;Below this a client buys too little for the effort: &lt;i&gt;Watch&lt;/i&gt; first, &lt;i&gt;Let go&lt;/i&gt; when it persists. Leave it at &lt;i&gt;No minimum&lt;/i&gt; if volume does not matter to you.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="340"/>
        <source>&lt;b&gt;Minimum revenue a year&lt;/b&gt;&lt;p&gt;Like the minimum units, in money over the last 12 months.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="344"/>
        <source>&lt;b&gt;Review every&lt;/b&gt;&lt;p&gt;How many days after an evaluation the client is due for the next one; &lt;i&gt;Watch&lt;/i&gt; asks for a review sooner.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="423"/>
        <source>Choose your logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="423"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionWidget</name>
    <message>
        <location filename="../../ui/evaluation_wizard.py" line="88"/>
        <source> (suggested)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation_wizard.py" line="99"/>
        <source>From your ledger: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation_wizard.py" line="108"/>
        <source>Comment (optional)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <location filename="../../ui/reasons.py" line="37"/>
        <source>Pays on average {average} days after the invoice (worst {worst}); your agreed term is {term} days and your hard limit {limit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="46"/>
        <location filename="../../ui/reasons.py" line="110"/>
        <source>The oldest unpaid invoice is {days} days old.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="53"/>
        <source>Sent back {rate} % of what they bought in the last 12 months; your maximum is {max} %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="58"/>
        <source>Bought {units} units for {revenue} in the last 12 months; your minimum is {min_units} units and {min_revenue}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="68"/>
        <source>Bought {units} units for {revenue} in the last 12 months. You have set no yearly minimum, so judge for yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="73"/>
        <source>Bought {last} in the last 6 months against {previous} in the 6 before ({change} %).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="81"/>
        <source>Bought nothing in the 6 months before the last 6: no trend to show yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="84"/>
        <source>Last purchase {days} days ago.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="87"/>
        <source>Has never bought from you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="90"/>
        <source>Brings {share} % of your revenue of the last 12 months (class {abc}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="93"/>
        <source>Too few invoices in the last two years to judge from the ledger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="96"/>
        <source>No paid or overdue invoices to judge payment from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="99"/>
        <source>Bought nothing in the last 12 months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="103"/>
        <source>Red flag: pays on average {average} days after the invoice; your limit is {limit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="118"/>
        <source>Red flag: sends back {rate} % of what they buy; your maximum is {max} %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="124"/>
        <source>That is {far} % or more, {returns} times in 12 months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="131"/>
        <source>Sends back {rate} % of what they buy; your maximum is {max} % (a red flag from {far} %, when repeated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="136"/>
        <source>Late payer: pays on average {average} days after the invoice; your term and tolerated delay allow {allowed} days (a red flag from {limit}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="141"/>
        <source>An invoice unpaid for {days} days; your term and tolerated delay allow {allowed} days (a red flag from {limit}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="146"/>
        <source>Red flag: an invoice unpaid for {days} days; your limit is {limit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="150"/>
        <source>Overdue now: {amount}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="153"/>
        <source>Bought only {units} units for {revenue} in 12 months, below your minimum of {min_units} units or {min_revenue}; the year before was above it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="163"/>
        <source>Class A: brings {share} % of your revenue, so boundaries come before letting go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="167"/>
        <source>If nothing changes by the next review, letting go follows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="171"/>
        <source>Red flag: bought only {units} units for {revenue} in 12 months, below your minimum of {min_units} units or {min_revenue}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="183"/>
        <source>The 12 months before, too: {units} units for {revenue}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="190"/>
        <source>Red flag: you answered no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="193"/>
        <source>You answered: {answer}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="197"/>
        <source>Score {score} out of 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="201"/>
        <source>No question answered, so no score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="203"/>
        <source>Already demands more than the terms you offer: wait before acquiring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="206"/>
        <source>Does not match the client you want: no need to pursue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="209"/>
        <source>Not clear yet whether they match the client you want.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="212"/>
        <source>A good client worth recovering, once what drove them away is fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="215"/>
        <source>Was not a good client: no need to win them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="218"/>
        <source>Marked as strategic, so never recommended for letting go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="221"/>
        <source>Valuable: pays, rarely returns and buys enough (score {score} on those three).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="225"/>
        <source>Not valuable enough to put up with demands beyond the terms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="228"/>
        <source>Too many questions answered &quot;don&apos;t know&quot; to decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="231"/>
        <source>No red flag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="232"/>
        <source>A good client who buys less and less: find out why before they leave.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="235"/>
        <source>Neither clearly good nor clearly bad: look again sooner.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecipientsModel</name>
    <message>
        <location filename="../../ui/recipients_table.py" line="73"/>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recipients_table.py" line="73"/>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recipients_table.py" line="73"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recipients_table.py" line="73"/>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recipients_table.py" line="86"/>
        <source>has invoices past their due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recipients_table.py" line="91"/>
        <source>Score %1 out of 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recipients_table.py" line="92"/>
        <source>not evaluated yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recipients_table.py" line="99"/>
        <source>strategic client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recipients_table.py" line="101"/>
        <source>no postal address: will be skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recipients_table.py" line="123"/>
        <source>Held back from this letter unless you tick it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecipientsPanel</name>
    <message>
        <location filename="../../ui/recipients_table.py" line="170"/>
        <source>Select &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recipients_table.py" line="172"/>
        <source>Select &amp;none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recipients_table.py" line="191"/>
        <source>Recipients (untick those who should get no letter):</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/recipients_table.py" line="218"/>
        <source>%n letter(s) to write</source>
        <translation>
            <numerusform>%n letter to write</numerusform>
            <numerusform>%n letters to write</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/recipients_table.py" line="221"/>
        <source>; %n held back by the ledger or the verdict (unticked)</source>
        <translation>
            <numerusform>; %n held back by the ledger or the verdict (unticked)</numerusform>
            <numerusform>; %n held back by the ledger or the verdict (unticked)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../ui/report_dialog.py" line="54"/>
        <source>Portfolio report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="61"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="62"/>
        <source>&amp;Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="63"/>
        <source>&amp;Open in PDF viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="103"/>
        <source>Preparing the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="126"/>
        <source>Portfolio report %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="133"/>
        <source>Save report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="133"/>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="142"/>
        <source>The report could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="147"/>
        <source>Saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="158"/>
        <source>Opened %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="163"/>
        <source>Print report</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/report_dialog.py" line="168"/>
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>Sent %n page to the printer.</numerusform>
            <numerusform>Sent %n pages to the printer.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="170"/>
        <source>The printer could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../ui/restore_dialog.py" line="40"/>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="43"/>
        <source>Choose the backup to go back to. Your current database is copied to the backups folder first, so this can be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="58"/>
        <source>There are no backups in {folder} yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="64"/>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="68"/>
        <source>&amp;Other file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="92"/>
        <source>made by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="93"/>
        <source>daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="94"/>
        <source>on closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="95"/>
        <source>before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="98"/>
        <source>before an update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="111"/>
        <source>Restore from a backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="113"/>
        <source>Clientela databases (*.sqlite3 *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../../ui/evaluation_wizard.py" line="212"/>
        <source>Recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation_wizard.py" line="213"/>
        <source>What the checklist suggests, and why. The decision is yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation_wizard.py" line="229"/>
        <source>Required when you choose another verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation_wizard.py" line="239"/>
        <source>&amp;Your decision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation_wizard.py" line="240"/>
        <source>&amp;Why, if different:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation_wizard.py" line="242"/>
        <source>Next re&amp;view:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation_wizard.py" line="265"/>
        <source>Score %1 of 100 · Recommended: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluation_wizard.py" line="294"/>
        <source>Say why you choose another verdict.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="408"/>
        <source>New return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="408"/>
        <source>Edit return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="411"/>
        <source>Not linked to an invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="420"/>
        <source>Why it came back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="421"/>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="422"/>
        <source>&amp;Invoice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="423"/>
        <source>&amp;Units:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="425"/>
        <source>&amp;Credited amount ({currency}):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="429"/>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaleDialog</name>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="255"/>
        <source>New sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="255"/>
        <source>Edit sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="271"/>
        <source>Invoice &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="270"/>
        <source>&amp;Reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="272"/>
        <source>Due da&amp;te:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="273"/>
        <source>&amp;Units:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="274"/>
        <source>&amp;Amount ({currency}):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SenderCheck</name>
    <message>
        <location filename="../../ui/sender_check.py" line="20"/>
        <source>business name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sender_check.py" line="21"/>
        <source>address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sender_check.py" line="22"/>
        <source>signer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sender_check.py" line="36"/>
        <source>A letter needs your business&apos;s name, address and the name of who signs it; still missing: %1.

Open Settings (Business) to fill them in now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sender_check.py" line="41"/>
        <source>Letters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerCheck</name>
    <message>
        <location filename="../../ui/server_check_text.py" line="12"/>
        <source>Connected: this is a Clientela book, ready to use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/server_check_text.py" line="15"/>
        <source>Connected: this is a book of an older Clientela; it is updated when Clientela opens it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/server_check_text.py" line="20"/>
        <source>Connected: the database is empty; Clientela creates the book in it at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/server_check_text.py" line="24"/>
        <source>The server cannot be reached. Check the server name and port, that the server is running, and that this computer may connect to it (network, firewall).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/server_check_text.py" line="29"/>
        <source>The server refused the user name or the password. Check both and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/server_check_text.py" line="33"/>
        <source>The server asks for a password: type it here, or keep it in the system keyring or in the password file (~/.pgpass).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/server_check_text.py" line="38"/>
        <source>The server has no database with this name. Check the name, or ask whoever runs the server to create it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/server_check_text.py" line="43"/>
        <source>This database belongs to another program, not to Clientela. Choose another database; nothing was changed in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/server_check_text.py" line="48"/>
        <source>This book was updated by a newer version of Clientela. Update Clientela on this computer to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/server_check_text.py" line="53"/>
        <source>The secure connection (SSL) failed. Check the SSL mode, or ask whoever runs the server which one it needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/server_check_text.py" line="61"/>
        <source>The connection failed: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="63"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="80"/>
        <source>Business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="81"/>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="82"/>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="99"/>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="114"/>
        <source>Older automatic and manual backups are deleted beyond this number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="125"/>
        <source>Recorded on the evaluations and letters you make. Empty: your user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="133"/>
        <source>Interface &amp;language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="135"/>
        <source>Backups to &amp;keep:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="137"/>
        <source>Your &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="151"/>
        <source>Someone else saved the business profile while you had Settings open. Here is what they saved beside yours. Take their version, or save yours over it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="167"/>
        <source>This computer&apos;s &amp;file (one person)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="169"/>
        <source>A Postgre&amp;SQL server (a team shares one book)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="175"/>
        <source>server name or address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="187"/>
        <source>Use SSL when the server offers it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="188"/>
        <source>Always use SSL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="189"/>
        <source>Always use SSL and check the server&apos;s certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="190"/>
        <source>Never use SSL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="198"/>
        <source>empty: the keyring&apos;s, ~/.pgpass, or asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="199"/>
        <source>&amp;Remember the password in the system keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="205"/>
        <source>This computer has no system keyring: Clientela asks at every start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="207"/>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="221"/>
        <source>Ser&amp;ver:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="222"/>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="223"/>
        <source>Data&amp;base:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="224"/>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="225"/>
        <source>SS&amp;L:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="226"/>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="264"/>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="105"/>
        <location filename="../../ui/settings_dialog.py" line="213"/>
        <source>Takes effect when Clientela restarts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <location filename="../../ui/template_editor.py" line="85"/>
        <source>Letter templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/template_editor.py" line="132"/>
        <source>&amp;Letter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/template_editor.py" line="133"/>
        <source>L&amp;anguage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/template_editor.py" line="135"/>
        <source>&amp;Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/template_editor.py" line="138"/>
        <source>&amp;Body (blank lines separate paragraphs):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/template_editor.py" line="142"/>
        <source>Placeholders (double-click to insert):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/template_editor.py" line="156"/>
        <source>&amp;Restore the shipped text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/template_editor.py" line="183"/>
        <source>The shipped text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/template_editor.py" line="185"/>
        <source>Your edited text (the shipped one can be restored).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/template_editor.py" line="200"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/template_editor.py" line="201"/>
        <source>Your changes to this template are not saved. Discard them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/template_editor.py" line="220"/>
        <location filename="../../ui/template_editor.py" line="316"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/template_editor.py" line="220"/>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/template_editor.py" line="222"/>
        <source>unknown placeholder {%1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/template_editor.py" line="223"/>
        <source>“{” is not closed; write {{ for a brace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/template_editor.py" line="224"/>
        <source>“}” without “{”; write }} for a brace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/template_editor.py" line="225"/>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/template_editor.py" line="226"/>
        <source>is too long (at most %1 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/template_editor.py" line="227"/>
        <source>must be one line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/template_editor.py" line="228"/>
        <source>%1 must be a paragraph of its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/template_editor.py" line="231"/>
        <source>%1, line %2, column %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/template_editor.py" line="317"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/template_editor.py" line="322"/>
        <source>Someone else saved this template while you were editing it. Here is what they saved beside what you typed. Take their version, or save yours over it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/template_editor.py" line="333"/>
        <source>Restore the shipped text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/template_editor.py" line="334"/>
        <source>Replace your version of this template with the text Clientela ships?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TriageDialog</name>
    <message>
        <location filename="../../ui/triage_dialog.py" line="34"/>
        <source>Triage</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/triage_dialog.py" line="42"/>
        <source>%n client(s) show red flags in the ledger; evaluate them first.</source>
        <translation>
            <numerusform>%n client shows red flags in the ledger; evaluate it first.</numerusform>
            <numerusform>%n clients show red flags in the ledger; evaluate them first.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/triage_dialog.py" line="47"/>
        <source>What the ledger alone points to, over %1 clients: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/triage_dialog.py" line="55"/>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/triage_dialog.py" line="55"/>
        <source>Red flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/triage_dialog.py" line="61"/>
        <source>Double-click a client, or press Enter, to evaluate it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/triage_dialog.py" line="74"/>
        <source>&amp;Show them in the list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <location filename="../../ui/user_guide.py" line="41"/>
        <source>Clientela user guide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../ui/welcome_dialog.py" line="44"/>
        <location filename="../../ui/welcome_dialog.py" line="78"/>
        <source>Welcome to Clientela</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/welcome_dialog.py" line="55"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/welcome_dialog.py" line="59"/>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/welcome_dialog.py" line="107"/>
        <source>Load &amp;demo clients so I can try Clientela first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/welcome_dialog.py" line="61"/>
        <source>Ask again the next time Clientela starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/welcome_dialog.py" line="85"/>
        <source>Clientela keeps your clients with everything they buy, pay and return. A few times a year it helps you decide, client by client, whom to look after, whom to set limits with and whom to let go, and writes the letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/welcome_dialog.py" line="93"/>
        <source>First, tell it about your business. Only the name is needed now; you can change everything later in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/welcome_dialog.py" line="111"/>
        <source>A dozen made-up clients with 18 months of invoices, payments and returns, each a different kind of client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/welcome_dialog.py" line="121"/>
        <source>Your book already has clients, so no demo clients are added.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
