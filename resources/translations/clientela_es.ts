<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/about_dialog.py" line="46"/>
        <source>About Clientela</source>
        <translation>Acerca de Clientela</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="50"/>
        <source>&amp;About</source>
        <translation>&amp;Acerca de</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="52"/>
        <source>&amp;Licences</source>
        <translation>&amp;Licencias</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="54"/>
        <source>Licence &amp;texts</source>
        <translation>&amp;Textos de las licencias</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="79"/>
        <source>&lt;h2&gt;{name} {version}&lt;/h2&gt;&lt;p&gt;Keep your clients, weigh them against a clear checklist, and write the right letter.&lt;/p&gt;&lt;p&gt;{copyright}. Free software under the {licence} licence.&lt;/p&gt;&lt;p&gt;Built with Qt {qt} and PySide6 {pyside}.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;{name} {version}&lt;/h2&gt;&lt;p&gt;Guarde sus clientes, valórelos con una lista clara de criterios y escriba la carta adecuada.&lt;/p&gt;&lt;p&gt;{copyright}. Software libre bajo la licencia {licence}.&lt;/p&gt;&lt;p&gt;Hecho con Qt {qt} y PySide6 {pyside}.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="96"/>
        <source>&lt;p&gt;&lt;b&gt;Your data folder:&lt;/b&gt; {folder}&lt;br&gt;&lt;b&gt;Database in use:&lt;/b&gt; {db}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Su carpeta de datos:&lt;/b&gt; {folder}&lt;br&gt;&lt;b&gt;Base de datos en uso:&lt;/b&gt; {db}&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="101"/>
        <source>&amp;Open the data folder</source>
        <translation>Abrir la carpeta de &amp;datos</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="132"/>
        <source>&lt;h3&gt;Clientela&lt;/h3&gt;&lt;p&gt;{copyright}. Licensed under the MIT licence: you may use, copy, change and share it freely (full text on the next tab).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Clientela&lt;/h3&gt;&lt;p&gt;{copyright}. Bajo la licencia MIT: puede usarlo, copiarlo, modificarlo y compartirlo libremente (texto completo en la pestaña siguiente).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="136"/>
        <source>&lt;h3&gt;Fonts&lt;/h3&gt;&lt;p&gt;The letters use {fonts}, under the SIL Open Font Licence 1.1, and {apache_fonts} for Chinese, Japanese and Korean names, under the Apache License 2.0 (full texts on the next tab).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Tipos de letra&lt;/h3&gt;&lt;p&gt;Las cartas usan {fonts}, con la licencia SIL Open Font Licence 1.1, y {apache_fonts} para los nombres en chino, japonés y coreano, con la licencia Apache 2.0 (textos completos en la pestaña siguiente).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="140"/>
        <source>&lt;h3&gt;Libraries&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Bibliotecas&lt;/h3&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="143"/>
        <source>&lt;h3&gt;Replacing Qt&lt;/h3&gt;&lt;p&gt;Qt and PySide6 are used under the GNU Lesser General Public License version 3. They are separate shared libraries in the application&apos;s folder, loaded when Clientela starts, so you may replace them with your own build of the same Qt and PySide6 version: put your libraries in place of the Qt libraries in&lt;br&gt;&lt;code&gt;{folder}&lt;/code&gt;&lt;br&gt;(the Qt6*.dll files in the PySide6 folder on Windows) and the PySide6 modules beside them, then restart Clientela. The source code of Qt and PySide6 is at &lt;a href=&quot;https://code.qt.io&quot;&gt;code.qt.io&lt;/a&gt;; the text of the licence is at &lt;a href=&quot;https://www.gnu.org/licenses/lgpl-3.0.html&quot;&gt;gnu.org&lt;/a&gt;.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Sustituir Qt&lt;/h3&gt;&lt;p&gt;Qt y PySide6 se usan bajo la GNU Lesser General Public License versión 3. Son bibliotecas compartidas independientes en la carpeta de la aplicación, que se cargan al iniciar Clientela, así que puede sustituirlas por su propia compilación de la misma versión de Qt y PySide6: ponga sus bibliotecas en lugar de las de Qt en&lt;br&gt;&lt;code&gt;{folder}&lt;/code&gt;&lt;br&gt;(los archivos Qt6*.dll de la carpeta PySide6 en Windows) y los módulos de PySide6 junto a ellas, y vuelva a iniciar Clientela. El código fuente de Qt y PySide6 está en &lt;a href=&quot;https://code.qt.io&quot;&gt;code.qt.io&lt;/a&gt;; el texto de la licencia, en &lt;a href=&quot;https://www.gnu.org/licenses/lgpl-3.0.html&quot;&gt;gnu.org&lt;/a&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="158"/>
        <source>Fonts</source>
        <translation>Tipografías</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="161"/>
        <source>(the licence file is missing from this installation)</source>
        <translation>(falta el archivo de la licencia en esta instalación)</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../../ui/backup_actions.py" line="78"/>
        <source>Backing up the database…</source>
        <translation>Haciendo la copia de seguridad…</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="69"/>
        <source>The database was backed up to {path}.</source>
        <translation>Se hizo la copia de seguridad en {path}.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="109"/>
        <source>Backing up the server&apos;s database…</source>
        <translation>Haciendo la copia de seguridad de la base de datos del servidor…</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="98"/>
        <source>The server&apos;s database was backed up to {path}. To restore it, see Restoring a team&apos;s book in the README (pg_restore).</source>
        <translation>La copia de seguridad de la base de datos del servidor está en {path}. Para restaurarla, vea «Restaurar el libro de clientes de un equipo» en el README (pg_restore).</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="133"/>
        <source>This book is on a PostgreSQL server, shared by the team. It is restored on the server, by whoever runs it, with everyone&apos;s Clientela closed: pg_restore --clean --if-exists --no-owner --dbname=DATABASE FILE.dump (see Restoring a team&apos;s book in the README).</source>
        <translation>Este libro de clientes está en un servidor PostgreSQL que comparte el equipo. Lo restaura en el servidor quien lo administra, con Clientela cerrado en todos los ordenadores: pg_restore --clean --if-exists --no-owner --dbname=BASEDEDATOS ARCHIVO.dump (vea «Restaurar el libro de clientes de un equipo» en el README).</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="147"/>
        <source>Replace the database with the backup {backup}?

Everything changed since that backup is replaced. The current database is first copied to the backups folder, so you can come back to it.</source>
        <translation>¿Sustituir la base de datos por la copia {backup}?

Todo lo cambiado desde esa copia se sustituye. Antes, la base de datos actual se copia en la carpeta de copias, para que pueda volver a ella.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="169"/>
        <source>The backup was restored. The database as it was is kept as {previous}.</source>
        <translation>Se restauró la copia. La base de datos tal como estaba se guarda como {previous}.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="185"/>
        <source>Checking and restoring the backup…</source>
        <translation>Comprobando y restaurando la copia…</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="205"/>
        <source>Looking for a good backup…</source>
        <translation>Buscando una copia en buen estado…</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="214"/>
        <source>The database {path} is damaged ({detail}).

Restore the latest good backup, from {when}? Changes made after it are lost. The damaged file is kept aside, unchanged.</source>
        <translation>La base de datos {path} está dañada ({detail}).

¿Restaurar la última copia en buen estado, del {when}? Se pierden los cambios posteriores. El archivo dañado se guarda aparte, sin tocarlo.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="229"/>
        <source>Restoring the backup…</source>
        <translation>Restaurando la copia…</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="242"/>
        <source>The backup from {when} was restored. The damaged file is kept as {aside}.</source>
        <translation>Se restauró la copia del {when}. El archivo dañado se guarda como {aside}.</translation>
    </message>
</context>
<context>
    <name>BulkActions</name>
    <message numerus="yes">
        <location filename="../../ui/bulk_actions.py" line="29"/>
        <source>Move %n client(s) to the stage “{stage}”?</source>
        <translation>
            <numerusform>¿Pasar %n cliente a la etapa «{stage}»?</numerusform>
            <numerusform>¿Pasar %n clientes a la etapa «{stage}»?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/bulk_actions.py" line="41"/>
        <source>Add a tag</source>
        <translation>Añadir una etiqueta</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/bulk_actions.py" line="42"/>
        <source>Tag to add to %n client(s):</source>
        <translation>
            <numerusform>Etiqueta para añadir a %n cliente:</numerusform>
            <numerusform>Etiqueta para añadir a %n clientes:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/bulk_actions.py" line="56"/>
        <source>No client has a tag yet.</source>
        <translation>Ningún cliente tiene etiquetas todavía.</translation>
    </message>
    <message>
        <location filename="../../ui/bulk_actions.py" line="61"/>
        <source>Remove a tag</source>
        <translation>Quitar una etiqueta</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/bulk_actions.py" line="62"/>
        <source>Tag to remove from %n client(s):</source>
        <translation>
            <numerusform>Etiqueta para quitar a %n cliente:</numerusform>
            <numerusform>Etiqueta para quitar a %n clientes:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/bulk_actions.py" line="85"/>
        <source>%n client(s) changed.</source>
        <translation>
            <numerusform>%n cliente cambiado.</numerusform>
            <numerusform>%n clientes cambiados.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/bulk_actions.py" line="98"/>
        <source>{number} of {total}</source>
        <translation>{number} de {total}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/bulk_actions.py" line="108"/>
        <source>Go on with the next client? %n client(s) still to evaluate.</source>
        <translation>
            <numerusform>¿Seguir con el siguiente cliente? Queda %n por evaluar.</numerusform>
            <numerusform>¿Seguir con el siguiente cliente? Quedan %n por evaluar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampaignDialog</name>
    <message>
        <location filename="../../ui/campaign_dialog.py" line="90"/>
        <source>Letter campaign</source>
        <translation>Campaña de cartas</translation>
    </message>
    <message>
        <location filename="../../ui/campaign_dialog.py" line="107"/>
        <source>Clients whose latest &amp;verdict is</source>
        <translation>Clientes cuyo último &amp;veredicto es</translation>
    </message>
    <message>
        <location filename="../../ui/campaign_dialog.py" line="111"/>
        <source>Clients in &amp;stage</source>
        <translation>Clientes en &amp;la etapa</translation>
    </message>
    <message>
        <location filename="../../ui/campaign_dialog.py" line="115"/>
        <source>Clients &amp;tagged</source>
        <translation>Clientes con la e&amp;tiqueta</translation>
    </message>
    <message>
        <location filename="../../ui/campaign_dialog.py" line="118"/>
        <source>Clients with &amp;overdue invoices</source>
        <translation>Clientes con &amp;facturas vencidas</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/campaign_dialog.py" line="121"/>
        <source>The %n client(s) selected in the list</source>
        <translation>
            <numerusform>El %n cliente seleccionado en la lista</numerusform>
            <numerusform>Los %n clientes seleccionados en la lista</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/campaign_dialog.py" line="123"/>
        <source>The %n client(s) shown in the list</source>
        <translation>
            <numerusform>El %n cliente que muestra la lista</numerusform>
            <numerusform>Los %n clientes que muestra la lista</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/campaign_dialog.py" line="129"/>
        <source>Who receives it</source>
        <translation>Quién la recibe</translation>
    </message>
    <message>
        <location filename="../../ui/campaign_dialog.py" line="148"/>
        <source>Each client&apos;s own language</source>
        <translation>El idioma de cada cliente</translation>
    </message>
    <message>
        <location filename="../../ui/campaign_dialog.py" line="155"/>
        <source>One &amp;combined PDF, ready to print:</source>
        <translation>Un PDF co&amp;njunto, listo para imprimir:</translation>
    </message>
    <message>
        <location filename="../../ui/campaign_dialog.py" line="158"/>
        <source>One PDF &amp;per client, in the folder:</source>
        <translation>Un PDF &amp;por cliente, en la carpeta:</translation>
    </message>
    <message>
        <location filename="../../ui/campaign_dialog.py" line="164"/>
        <source>Output</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../ui/campaign_dialog.py" line="174"/>
        <source>&amp;Letter:</source>
        <translation>&amp;Carta:</translation>
    </message>
    <message>
        <location filename="../../ui/campaign_dialog.py" line="176"/>
        <source>&amp;From date:</source>
        <translation>&amp;Desde el:</translation>
    </message>
    <message>
        <location filename="../../ui/campaign_dialog.py" line="190"/>
        <source>Previous letter</source>
        <translation>Carta anterior</translation>
    </message>
    <message>
        <location filename="../../ui/campaign_dialog.py" line="191"/>
        <source>Next letter</source>
        <translation>Carta siguiente</translation>
    </message>
    <message>
        <location filename="../../ui/campaign_dialog.py" line="371"/>
        <source>No letter to show.</source>
        <translation>No hay ninguna carta que mostrar.</translation>
    </message>
    <message>
        <location filename="../../ui/campaign_dialog.py" line="375"/>
        <source>Letter %1 of %2: %3</source>
        <translation>Carta %1 de %2: %3</translation>
    </message>
    <message>
        <location filename="../../ui/campaign_dialog.py" line="382"/>
        <source>%1 (not ticked: gets no letter)</source>
        <translation>%1 (sin marcar: no recibe carta)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/campaign_dialog.py" line="425"/>
        <source>This letter contradicts the ledger or the verdict of %n ticked client(s):</source>
        <translation>
            <numerusform>Esta carta contradice las cuentas o el veredicto de %n cliente marcado:</numerusform>
            <numerusform>Esta carta contradice las cuentas o el veredicto de %n clientes marcados:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/campaign_dialog.py" line="481"/>
        <source>Skipped, with nothing overdue any more:</source>
        <translation>Omitidos, porque ya no tienen nada vencido:</translation>
    </message>
    <message>
        <location filename="../../ui/campaign_dialog.py" line="484"/>
        <source>Held back, because the ledger contradicts this letter:</source>
        <translation>Retenidos, porque sus cuentas contradicen esta carta:</translation>
    </message>
    <message>
        <location filename="../../ui/campaign_dialog.py" line="216"/>
        <source>&amp;Write letters</source>
        <translation>&amp;Escribir las cartas</translation>
    </message>
    <message>
        <location filename="../../ui/campaign_dialog.py" line="175"/>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location filename="../../ui/campaign_dialog.py" line="257"/>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location filename="../../ui/campaign_dialog.py" line="263"/>
        <source>Combined PDF</source>
        <translation>PDF conjunto</translation>
    </message>
    <message>
        <location filename="../../ui/campaign_dialog.py" line="263"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/campaign_dialog.py" line="272"/>
        <source>Folder for the letters</source>
        <translation>Carpeta para las cartas</translation>
    </message>
    <message>
        <location filename="../../ui/campaign_dialog.py" line="417"/>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 ya existe. ¿Sustituirlo?</translation>
    </message>
    <message>
        <location filename="../../ui/campaign_dialog.py" line="429"/>
        <source>Write to them all the same?</source>
        <translation>¿Escribirles de todos modos?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/campaign_dialog.py" line="433"/>
        <source>Writing %n letter(s)…</source>
        <translation>
            <numerusform>Escribiendo %n carta…</numerusform>
            <numerusform>Escribiendo %n cartas…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/campaign_dialog.py" line="455"/>
        <source>Cancelled: no letter was written or recorded.</source>
        <translation>Cancelado: no se escribió ni se registró ninguna carta.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/campaign_dialog.py" line="467"/>
        <source>%n letter(s) written, %1 page(s) in all.</source>
        <translation>
            <numerusform>%n carta escrita, %1 página(s) en total.</numerusform>
            <numerusform>%n cartas escritas, %1 página(s) en total.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/campaign_dialog.py" line="470"/>
        <source>To print: %1</source>
        <translation>Para imprimir: %1</translation>
    </message>
    <message>
        <location filename="../../ui/campaign_dialog.py" line="473"/>
        <source>One file per client in: %1</source>
        <translation>Un archivo por cliente en: %1</translation>
    </message>
    <message>
        <location filename="../../ui/campaign_dialog.py" line="477"/>
        <source>Skipped, with no postal address:</source>
        <translation>Omitidos, sin dirección postal:</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../ui/cli.py" line="103"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="104"/>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="105"/>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/cli.py" line="122"/>
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n cliente</numerusform>
            <numerusform>%n clientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/cli.py" line="159"/>
        <source>%n client(s) with red flags</source>
        <translation>
            <numerusform>%n cliente con señales de alarma</numerusform>
            <numerusform>%n clientes con señales de alarma</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="192"/>
        <source>Evaluated on %1; your decision: %2</source>
        <translation>Evaluado el %1; su decisión: %2</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="204"/>
        <source>No evaluation with an explanation yet: what the ledger alone says.</source>
        <translation>Aún no hay una evaluación con explicación: esto es lo que dice solo el libro de cuentas.</translation>
    </message>
    <message>
        <location filename="../../ui/cli_backup.py" line="99"/>
        <source>Restored {backup} into {path}.</source>
        <translation>Se restauró {backup} en {path}.</translation>
    </message>
    <message>
        <location filename="../../ui/cli_backup.py" line="105"/>
        <source>The previous database is kept as {previous}.</source>
        <translation>La base de datos anterior se guarda como {previous}.</translation>
    </message>
    <message>
        <location filename="../../ui/cli_data.py" line="200"/>
        <source>Columns: {columns}</source>
        <translation>Columnas: {columns}</translation>
    </message>
    <message>
        <location filename="../../ui/cli_data.py" line="210"/>
        <source>Dry run, nothing stored: {accepted} row(s) would be imported, {rejected} rejected, {skipped} duplicate(s) skipped.</source>
        <translation>Prueba, no se guardó nada: se importarían {accepted} fila(s), {rejected} rechazada(s) y {skipped} duplicada(s) omitida(s).</translation>
    </message>
    <message>
        <location filename="../../ui/cli_data.py" line="216"/>
        <source>{accepted} row(s) imported ({inserted} new, {updated} updated), {rejected} rejected, {skipped} duplicate(s) skipped.</source>
        <translation>{accepted} fila(s) importada(s) ({inserted} nueva(s), {updated} actualizada(s)), {rejected} rechazada(s), {skipped} duplicada(s) omitida(s).</translation>
    </message>
    <message>
        <location filename="../../ui/cli_data.py" line="232"/>
        <location filename="../../ui/cli_data.py" line="259"/>
        <source>line {line}: {reason}</source>
        <translation>línea {line}: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/cli_data.py" line="245"/>
        <source>line</source>
        <translation>línea</translation>
    </message>
    <message>
        <location filename="../../ui/cli_data.py" line="246"/>
        <source>reason</source>
        <translation>motivo</translation>
    </message>
    <message>
        <location filename="../../ui/cli_data.py" line="248"/>
        <source>Rows not taken, with the reason: {path}</source>
        <translation>Filas no importadas, con el motivo: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/cli_data.py" line="257"/>
        <source>Imported with a warning: {count} row(s).</source>
        <translation>Importadas con un aviso: {count} fila(s).</translation>
    </message>
    <message>
        <location filename="../../ui/cli_data.py" line="305"/>
        <source>{table}: {count} row(s)</source>
        <translation>{table}: {count} fila(s)</translation>
    </message>
    <message>
        <location filename="../../ui/cli_data.py" line="310"/>
        <source>{count} cell(s) held control characters, which an XLSX file cannot hold: they were left out.</source>
        <translation>{count} celda(s) contenían caracteres de control, que un archivo XLSX no admite: se han quitado.</translation>
    </message>
    <message>
        <location filename="../../ui/cli_letters.py" line="98"/>
        <source>Held back: %1: %2</source>
        <translation>Retenido: %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/cli_letters.py" line="104"/>
        <source>Add --include-held-back to write to them all the same.</source>
        <translation>Añada --include-held-back para escribirles de todos modos.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/cli_letters.py" line="136"/>
        <source>%n letter(s) written, %1 page(s) in all.</source>
        <translation>
            <numerusform>%n carta escrita, %1 página(s) en total.</numerusform>
            <numerusform>%n cartas escritas, %1 página(s) en total.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/cli_letters.py" line="141"/>
        <source>To print: %1</source>
        <translation>Para imprimir: %1</translation>
    </message>
    <message>
        <location filename="../../ui/cli_letters.py" line="144"/>
        <source>One file per client in: %1</source>
        <translation>Un archivo por cliente en: %1</translation>
    </message>
    <message>
        <location filename="../../ui/cli_letters.py" line="150"/>
        <source>Skipped (nothing overdue): %1</source>
        <translation>Omitido (nada vencido): %1</translation>
    </message>
    <message>
        <location filename="../../ui/cli_letters.py" line="152"/>
        <source>Skipped (no postal address): %1</source>
        <translation>Omitido (sin dirección postal): %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/cli_letters.py" line="194"/>
        <location filename="../../ui/cli_report.py" line="48"/>
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>Escrito %1 (%n página).</numerusform>
            <numerusform>Escrito %1 (%n páginas).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/cli_init.py" line="81"/>
        <source>Created a new client book at {path}.</source>
        <translation>Se ha creado un libro de clientes nuevo en {path}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/cli_init.py" line="83"/>
        <source>%n demo client(s) added.</source>
        <translation>
            <numerusform>Se ha añadido %n cliente de demostración.</numerusform>
            <numerusform>Se han añadido %n clientes de demostración.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/cli_init.py" line="85"/>
        <source>Before writing letters, open Clientela and fill in your business in File → Settings. To add your clients: {command}</source>
        <translation>Antes de escribir cartas, abra Clientela y complete los datos de su negocio en Archivo → Preferencias. Para añadir sus clientes: {command}</translation>
    </message>
</context>
<context>
    <name>ClientDetailDialog</name>
    <message>
        <location filename="../../ui/client_detail.py" line="52"/>
        <source>&amp;Edit client…</source>
        <translation>&amp;Editar cliente…</translation>
    </message>
    <message>
        <location filename="../../ui/client_detail.py" line="55"/>
        <source>E&amp;valuate…</source>
        <translation>E&amp;valuar…</translation>
    </message>
    <message>
        <location filename="../../ui/client_detail.py" line="58"/>
        <source>&amp;Write letter…</source>
        <translation>Escri&amp;bir carta…</translation>
    </message>
    <message>
        <location filename="../../ui/client_detail.py" line="74"/>
        <source>Led&amp;ger</source>
        <translation>C&amp;uentas</translation>
    </message>
    <message>
        <location filename="../../ui/client_detail.py" line="75"/>
        <source>Evaluation &amp;history</source>
        <translation>&amp;Historial de evaluaciones</translation>
    </message>
    <message>
        <location filename="../../ui/client_detail.py" line="78"/>
        <source>Le&amp;tters</source>
        <translation>Car&amp;tas</translation>
    </message>
    <message>
        <location filename="../../ui/client_detail.py" line="106"/>
        <source>strategic</source>
        <translation>estratégico</translation>
    </message>
    <message>
        <location filename="../../ui/client_detail.py" line="107"/>
        <source>Letter language: %1</source>
        <translation>Idioma de las cartas: %1</translation>
    </message>
</context>
<context>
    <name>ClientEditorDialog</name>
    <message>
        <location filename="../../ui/client_editor.py" line="76"/>
        <source>New client</source>
        <translation>Nuevo cliente</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="76"/>
        <source>Edit client</source>
        <translation>Editar cliente</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="93"/>
        <source>Who they are</source>
        <translation>Quién es</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="95"/>
        <source>&amp;Name*:</source>
        <translation>&amp;Nombre*:</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="95"/>
        <source>How you call them</source>
        <translation>Cómo lo llama usted</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="97"/>
        <source>&amp;Company:</source>
        <translation>&amp;Empresa:</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="97"/>
        <source>Legal or company name</source>
        <translation>Razón social</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="100"/>
        <source>Con&amp;tact person:</source>
        <translation>Persona de con&amp;tacto:</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="107"/>
        <source>How letters greet the contact person (or the client, when it is a person and there is no contact). With none, a company without a contact is greeted as a company.</source>
        <translation>Cómo saludan las cartas a la persona de contacto (o al cliente, si es una persona y no hay contacto). Sin tratamiento, a una empresa sin contacto se la saluda como empresa.</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="112"/>
        <source>&amp;Form of address:</source>
        <translation>&amp;Forma de tratamiento:</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="113"/>
        <source>&amp;Email:</source>
        <translation>Co&amp;rreo:</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="114"/>
        <source>&amp;Phone:</source>
        <translation>Te&amp;léfono:</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="116"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="99"/>
        <source>Ta&amp;x id:</source>
        <translation>N&amp;IF/CIF:</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="113"/>
        <source>name@example.com</source>
        <translation>nombre@ejemplo.es</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="122"/>
        <source>St&amp;reet:</source>
        <translation>C&amp;alle:</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="123"/>
        <source>Postal co&amp;de:</source>
        <translation>&amp;Código postal:</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="124"/>
        <source>C&amp;ity:</source>
        <translation>Ciu&amp;dad:</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="125"/>
        <source>Co&amp;untry:</source>
        <translation>Paí&amp;s:</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="127"/>
        <source>Relationship</source>
        <translation>Relación</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="134"/>
        <source>&amp;Stage:</source>
        <translation>Eta&amp;pa:</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="139"/>
        <source>Letter &amp;language:</source>
        <translation>Idio&amp;ma de las cartas:</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="140"/>
        <location filename="../../ui/client_editor.py" line="267"/>
        <source>Strategic client</source>
        <translation>Cliente estratégico</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="142"/>
        <source>Keep this client whatever the checklist says; never suggested for letting go.</source>
        <translation>Conservar este cliente diga lo que diga la evaluación; nunca se propondrá dejarlo ir.</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="148"/>
        <source>wholesale, Madrid, ... (separated by commas)</source>
        <translation>mayorista, Madrid, ... (separadas por comas)</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="149"/>
        <source>T&amp;ags:</source>
        <translation>Eti&amp;quetas:</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="153"/>
        <source>Anything worth remembering about this client</source>
        <translation>Todo lo que merezca la pena recordar de este cliente</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="154"/>
        <source>N&amp;otes:</source>
        <translation>N&amp;otas:</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="177"/>
        <source>&amp;Reload</source>
        <translation>&amp;Recargar</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="234"/>
        <source>Someone else deleted this client.</source>
        <translation>Otra persona ha eliminado este cliente.</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="239"/>
        <source>Someone else saved this client after you opened it. Reload to see their version, or save to compare it with yours.</source>
        <translation>Otra persona ha guardado este cliente después de que lo abrieras. Recarga para ver su versión, o guarda para compararla con la tuya.</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="255"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="256"/>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="257"/>
        <source>Tax id</source>
        <translation>NIF</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="258"/>
        <source>Contact person</source>
        <translation>Persona de contacto</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="259"/>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="260"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="261"/>
        <source>Street</source>
        <translation>Calle</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="262"/>
        <source>Postal code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="263"/>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="264"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="265"/>
        <source>Letter language</source>
        <translation>Idioma de las cartas</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="266"/>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="268"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="269"/>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="278"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="278"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="303"/>
        <source>Someone else saved {name} while you were editing. Here is what they saved beside what you typed. Take their version, or save yours over it?</source>
        <translation>Otra persona ha guardado {name} mientras lo editabas. Aquí tienes lo que guardó junto a lo que escribiste tú. ¿Te quedas con su versión o guardas la tuya encima?</translation>
    </message>
</context>
<context>
    <name>ClientTableModel</name>
    <message>
        <location filename="../../ui/client_table_model.py" line="220"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/client_table_model.py" line="221"/>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <location filename="../../ui/client_table_model.py" line="222"/>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <location filename="../../ui/client_table_model.py" line="223"/>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <location filename="../../ui/client_table_model.py" line="224"/>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <location filename="../../ui/client_table_model.py" line="225"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../ui/client_table_model.py" line="226"/>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <location filename="../../ui/client_table_model.py" line="227"/>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <location filename="../../ui/client_table_model.py" line="228"/>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <location filename="../../ui/client_table_model.py" line="229"/>
        <source>Next review</source>
        <translation>Próxima revisión</translation>
    </message>
    <message>
        <location filename="../../ui/client_table_model.py" line="250"/>
        <source>Strategic client</source>
        <translation>Cliente estratégico</translation>
    </message>
</context>
<context>
    <name>Concerns</name>
    <message>
        <location filename="../../ui/concerns.py" line="23"/>
        <source>late payer: pays on average {average} days after the invoice (agreed {term} days, {tolerated} more tolerated)</source>
        <translation>paga tarde: paga de media a los {average} días de la factura (acordados {term} días, y {tolerated} más de tolerancia)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/concerns.py" line="28"/>
        <source>overdue: {amount} in %n invoice(s) more than {tolerated} days past due, the oldest {oldest_days} days</source>
        <translation>
            <numerusform>vencido: {amount} en %n factura vencida hace más de {tolerated} días, la más antigua hace {oldest_days} días</numerusform>
            <numerusform>vencido: {amount} en %n facturas vencidas hace más de {tolerated} días, la más antigua hace {oldest_days} días</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/concerns.py" line="39"/>
        <source>returns: sent back {rate} % of what they bought (maximum {max} %)</source>
        <translation>devoluciones: ha devuelto el {rate} % de lo comprado (máximo {max} %)</translation>
    </message>
    <message>
        <location filename="../../ui/concerns.py" line="42"/>
        <source>already let go (stage Former)</source>
        <translation>ya dejado ir (etapa Antiguo)</translation>
    </message>
    <message>
        <location filename="../../ui/concerns.py" line="45"/>
        <source>the latest evaluation recommends letting them go</source>
        <translation>la última evaluación recomienda dejar de trabajar con él</translation>
    </message>
    <message>
        <location filename="../../ui/concerns.py" line="54"/>
        <source>late payer</source>
        <translation>paga tarde</translation>
    </message>
    <message>
        <location filename="../../ui/concerns.py" line="55"/>
        <source>overdue balance</source>
        <translation>saldo vencido</translation>
    </message>
    <message>
        <location filename="../../ui/concerns.py" line="56"/>
        <source>many returns</source>
        <translation>muchas devoluciones</translation>
    </message>
    <message>
        <location filename="../../ui/concerns.py" line="57"/>
        <source>already let go</source>
        <translation>ya dejado ir</translation>
    </message>
    <message>
        <location filename="../../ui/concerns.py" line="58"/>
        <source>let go advised</source>
        <translation>se aconseja dejarlo</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="43"/>
        <source>Saved by someone else meanwhile</source>
        <translation>Guardado por otra persona mientras tanto</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="51"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="51"/>
        <source>Saved by someone else</source>
        <translation>Guardado por otra persona</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="51"/>
        <source>Yours</source>
        <translation>Lo tuyo</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="62"/>
        <source>&amp;Take theirs</source>
        <translation>&amp;Quedarme con la suya</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="64"/>
        <source>Show what they saved; your changes are dropped.</source>
        <translation>Muestra lo que guardó la otra persona; tus cambios se descartan.</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="65"/>
        <source>&amp;Save mine over theirs</source>
        <translation>&amp;Guardar la mía encima</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="67"/>
        <source>Their changes above are replaced by yours.</source>
        <translation>Sus cambios, arriba, se sustituyen por los tuyos.</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../ui/dashboard.py" line="53"/>
        <source>Not evaluated</source>
        <translation>Sin evaluar</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="58"/>
        <source>Not due</source>
        <translation>No vencido</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="59"/>
        <source>1–30 days</source>
        <translation>1–30 días</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="60"/>
        <source>31–60 days</source>
        <translation>31–60 días</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="61"/>
        <source>61–159 days</source>
        <translation>61–159 días</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="62"/>
        <source>160+ days</source>
        <translation>160+ días</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="127"/>
        <source>Portfolio &amp;report…</source>
        <translation>&amp;Informe de la cartera…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="225"/>
        <source>Clients per verdict</source>
        <translation>Clientes por veredicto</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="226"/>
        <source>Clients per stage</source>
        <translation>Clientes por etapa</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="227"/>
        <source>Score distribution</source>
        <translation>Distribución de puntuaciones</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="228"/>
        <source>Revenue concentration (last 12 months)</source>
        <translation>Concentración de la facturación (últimos 12 meses)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="229"/>
        <source>Receivables by days overdue</source>
        <translation>Cobros pendientes por días de retraso</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="230"/>
        <source>Letters in the last 30 days</source>
        <translation>Cartas de los últimos 30 días</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="231"/>
        <source>Revenue at stake per verdict</source>
        <translation>Facturación en juego por veredicto</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="232"/>
        <location filename="../../ui/dashboard.py" line="536"/>
        <source>Due for review</source>
        <translation>Revisión pendiente</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="233"/>
        <source>New red flags since the last evaluation</source>
        <translation>Nuevas señales de alarma desde la última evaluación</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="239"/>
        <location filename="../../ui/dashboard.py" line="247"/>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="240"/>
        <source>Clients</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="241"/>
        <source>Revenue</source>
        <translation>Facturación</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="242"/>
        <source>% rev.</source>
        <translation>% fact.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="243"/>
        <source>Overdue</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="244"/>
        <source>% overdue</source>
        <translation>% vencido</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="247"/>
        <location filename="../../ui/dashboard.py" line="248"/>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="247"/>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="248"/>
        <source>Invoices</source>
        <translation>Facturas</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="248"/>
        <source>Open</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="272"/>
        <location filename="../../ui/dashboard.py" line="277"/>
        <source>Updating…</source>
        <translation>Actualizando…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="327"/>
        <source>The figures could not be computed: %1</source>
        <translation>No se han podido calcular las cifras: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard.py" line="341"/>
        <location filename="../../ui/dashboard.py" line="486"/>
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n cliente</numerusform>
            <numerusform>%n clientes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="343"/>
        <source>Your client book on %1</source>
        <translation>Su cartera de clientes a %1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="346"/>
        <source>%1 · revenue in the last 12 months %2 · outstanding %3, of which overdue %4</source>
        <translation>%1 · facturación de los últimos 12 meses %2 · pendiente de cobro %3, vencido %4</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="379"/>
        <source>Score %1–%2: %3</source>
        <translation>Puntuación %1–%2: %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard.py" line="405"/>
        <source>%1: %n letter(s)</source>
        <translation>
            <numerusform>%1: %n carta</numerusform>
            <numerusform>%1: %n cartas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="434"/>
        <source>The top %1 of clients (%2) make %3 of the revenue</source>
        <translation>El %1 de los clientes con más facturación (%2) hace el %3 de ella</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="444"/>
        <source>Top 20 %: %1 of revenue</source>
        <translation>El 20 % mayor: %1 de la facturación</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="446"/>
        <source>No revenue in the last 12 months</source>
        <translation>Sin facturación en los últimos 12 meses</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard.py" line="455"/>
        <source>Class %1: %n client(s), %2 of revenue</source>
        <translation>
            <numerusform>Clase %1: %n cliente, %2 de facturación</numerusform>
            <numerusform>Clase %1: %n clientes, %2 de facturación</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="484"/>
        <source>%1: %2, %3 of revenue, %4 of the overdue balance</source>
        <translation>%1: %2, %3 de la facturación, %4 de lo vencido</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="493"/>
        <source>never evaluated</source>
        <translation>sin evaluar</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="505"/>
        <source>Enter or double-click to open %1</source>
        <translation>Intro o doble clic para abrir %1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="524"/>
        <source>Class %1</source>
        <translation>Clase %1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="526"/>
        <source>Receivables %1</source>
        <translation>Cobros pendientes %1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="528"/>
        <source>Letters: %1</source>
        <translation>Cartas: %1</translation>
    </message>
</context>
<context>
    <name>Doubts</name>
    <message>
        <location filename="../../ui/doubts.py" line="26"/>
        <source>The date {date} is more than a year from today. Is the year right?</source>
        <translation>La fecha {date} está a más de un año de hoy. ¿Es correcto el año?</translation>
    </message>
    <message>
        <location filename="../../ui/doubts.py" line="30"/>
        <source>The date {date} is before 1990. Is the year right?</source>
        <translation>La fecha {date} es anterior a 1990. ¿Es correcto el año?</translation>
    </message>
    <message>
        <location filename="../../ui/doubts.py" line="34"/>
        <source>The amount {amount} is more than a hundred times this client&apos;s usual {usual}. Is the decimal mark in the right place?</source>
        <translation>El importe {amount} es más de cien veces el habitual de este cliente ({usual}). ¿Está la coma decimal en su sitio?</translation>
    </message>
    <message>
        <location filename="../../ui/doubts.py" line="43"/>
        <source>With this return the client would have returned {returned}, more than the {bought} they have bought.</source>
        <translation>Con esta devolución el cliente habría devuelto {returned}, más de los {bought} que ha comprado.</translation>
    </message>
</context>
<context>
    <name>EvaluationHistory</name>
    <message>
        <location filename="../../ui/evaluation_history.py" line="168"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation_history.py" line="168"/>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation_history.py" line="168"/>
        <source>Recommended</source>
        <translation>Recomendado</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation_history.py" line="168"/>
        <source>Chosen</source>
        <translation>Elegido</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation_history.py" line="176"/>
        <source>Not evaluated yet.</source>
        <translation>Todavía sin evaluar.</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation_history.py" line="177"/>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation_history.py" line="179"/>
        <source>Evaluate &amp;now…</source>
        <translation>Evaluar aho&amp;ra…</translation>
    </message>
</context>
<context>
    <name>EvaluationView</name>
    <message>
        <location filename="../../ui/evaluation_history.py" line="78"/>
        <source>Evaluation of %1</source>
        <translation>Evaluación del %1</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation_history.py" line="83"/>
        <source>score %1</source>
        <translation>puntuación %1</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation_history.py" line="86"/>
        <source>Stage when evaluated: %1</source>
        <translation>Etapa al evaluarlo: %1</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation_history.py" line="93"/>
        <source>Recommended %1; you chose otherwise: %2</source>
        <translation>Se recomendó %1; usted eligió otra cosa: %2</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation_history.py" line="102"/>
        <source>up</source>
        <translation>sube</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation_history.py" line="102"/>
        <source>down</source>
        <translation>baja</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation_history.py" line="106"/>
        <source>Score %1 by %2 since the previous evaluation.</source>
        <translation>La puntuación %1 %2 puntos desde la evaluación anterior.</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation_history.py" line="113"/>
        <source>Answers that changed:</source>
        <translation>Respuestas que han cambiado:</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation_history.py" line="124"/>
        <source>Why:</source>
        <translation>Por qué:</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation_history.py" line="130"/>
        <source>Answers:</source>
        <translation>Respuestas:</translation>
    </message>
</context>
<context>
    <name>EvaluationWizard</name>
    <message>
        <location filename="../../ui/evaluation_wizard.py" line="325"/>
        <source>Evaluate %1</source>
        <translation>Evaluar a %1</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation_wizard.py" line="328"/>
        <source>&amp;Save evaluation</source>
        <translation>&amp;Guardar evaluación</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation_wizard.py" line="395"/>
        <source>Save and write the letter: %1…</source>
        <translation>Guardar y escribir la carta: %1…</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation_wizard.py" line="446"/>
        <source>Discard this evaluation? The answers you gave are not saved.</source>
        <translation>¿Descartar esta evaluación? Las respuestas que ha dado no se guardan.</translation>
    </message>
</context>
<context>
    <name>Explanation</name>
    <message>
        <location filename="../../ui/explanation_view.py" line="21"/>
        <source>A red flag decides, whatever the score.</source>
        <translation>Una señal de alarma decide, sea cual sea la puntuación.</translation>
    </message>
    <message>
        <location filename="../../ui/explanation_view.py" line="24"/>
        <source>A red flag would mean letting go, but this client is strategic or class A: boundaries first, and letting go follows if nothing changes.</source>
        <translation>Una señal de alarma significaría dejarlo ir, pero este cliente es estratégico o de clase A: primero poner límites, y dejarlo ir si nada cambia.</translation>
    </message>
    <message>
        <location filename="../../ui/explanation_view.py" line="29"/>
        <source>Two or more &quot;no&quot; on your judgement questions decide, whatever the score.</source>
        <translation>Dos o más «no» en sus preguntas de criterio deciden, sea cual sea la puntuación.</translation>
    </message>
    <message>
        <location filename="../../ui/explanation_view.py" line="33"/>
        <source>Two or more &quot;no&quot; on your judgement questions, but this client is strategic or class A: never recommended for letting go.</source>
        <translation>Dos o más «no» en sus preguntas de criterio, pero este cliente es estratégico o de clase A: nunca se recomienda dejarlo ir.</translation>
    </message>
    <message>
        <location filename="../../ui/explanation_view.py" line="38"/>
        <source>A valuable client who demands beyond the agreed terms gets boundaries.</source>
        <translation>A un cliente valioso que exige más de lo acordado se le ponen límites.</translation>
    </message>
    <message>
        <location filename="../../ui/explanation_view.py" line="41"/>
        <source>Demands beyond the agreed terms without being valuable enough to put up with it.</source>
        <translation>Exige más de lo acordado sin ser lo bastante valioso como para tolerarlo.</translation>
    </message>
    <message>
        <location filename="../../ui/explanation_view.py" line="45"/>
        <source>Paying late or sending back too much gets boundaries first, whatever the score: a reminder of the terms, with the facts.</source>
        <translation>Pagar tarde o devolver demasiado lleva primero a poner límites, sea cual sea la puntuación: un recordatorio de las condiciones, con los hechos.</translation>
    </message>
    <message>
        <location filename="../../ui/explanation_view.py" line="50"/>
        <source>Too many &quot;don&apos;t know&quot; answers to decide.</source>
        <translation>Demasiadas respuestas «no lo sé» para decidir.</translation>
    </message>
    <message>
        <location filename="../../ui/explanation_view.py" line="53"/>
        <source>Too few invoices yet: watched, and looked at again sooner.</source>
        <translation>Todavía hay muy pocas facturas: se vigila y se vuelve a mirar antes.</translation>
    </message>
    <message>
        <location filename="../../ui/explanation_view.py" line="56"/>
        <source>Buys below your minimum: watched; letting go follows if it persists.</source>
        <translation>Compra por debajo de su mínimo: se vigila; si persiste, toca dejarlo ir.</translation>
    </message>
    <message>
        <location filename="../../ui/explanation_view.py" line="59"/>
        <source>A good score, but buying less and less: find out why.</source>
        <translation>Buena puntuación, pero compra cada vez menos: averigüe por qué.</translation>
    </message>
    <message>
        <location filename="../../ui/explanation_view.py" line="62"/>
        <source>A score of 70 or more with no red flag: retain.</source>
        <translation>Una puntuación de 70 o más sin señales de alarma: fidelizar.</translation>
    </message>
    <message>
        <location filename="../../ui/explanation_view.py" line="65"/>
        <source>A score below 40: not a client you want.</source>
        <translation>Una puntuación por debajo de 40: no es un cliente que le convenga.</translation>
    </message>
    <message>
        <location filename="../../ui/explanation_view.py" line="68"/>
        <source>A score below 40, but this client is strategic or class A: watched instead.</source>
        <translation>Una puntuación por debajo de 40, pero este cliente es estratégico o de clase A: se vigila en su lugar.</translation>
    </message>
    <message>
        <location filename="../../ui/explanation_view.py" line="72"/>
        <source>A score between 40 and 70: neither clearly good nor bad.</source>
        <translation>Una puntuación entre 40 y 70: ni claramente bueno ni claramente malo.</translation>
    </message>
    <message>
        <location filename="../../ui/explanation_view.py" line="75"/>
        <source>A prospect who already demands beyond your terms.</source>
        <translation>Un posible cliente que ya exige más de lo que usted ofrece.</translation>
    </message>
    <message>
        <location filename="../../ui/explanation_view.py" line="78"/>
        <source>A prospect who matches the client you want.</source>
        <translation>Un posible cliente que encaja con el cliente que usted busca.</translation>
    </message>
    <message>
        <location filename="../../ui/explanation_view.py" line="81"/>
        <source>A prospect who does not match the client you want.</source>
        <translation>Un posible cliente que no encaja con el cliente que usted busca.</translation>
    </message>
    <message>
        <location filename="../../ui/explanation_view.py" line="84"/>
        <source>Not clear yet whether the prospect matches.</source>
        <translation>Aún no está claro si el posible cliente encaja.</translation>
    </message>
    <message>
        <location filename="../../ui/explanation_view.py" line="87"/>
        <source>A good client, and what drove them away is fixed.</source>
        <translation>Un buen cliente, y lo que lo alejó ya está resuelto.</translation>
    </message>
    <message>
        <location filename="../../ui/explanation_view.py" line="90"/>
        <source>A good client, but what drove them away is not fixed.</source>
        <translation>Un buen cliente, pero lo que lo alejó no está resuelto.</translation>
    </message>
    <message>
        <location filename="../../ui/explanation_view.py" line="93"/>
        <source>Was not a good client: not worth winning back.</source>
        <translation>No era un buen cliente: no vale la pena recuperarlo.</translation>
    </message>
    <message>
        <location filename="../../ui/explanation_view.py" line="105"/>
        <source>Paying within {allowed} days, overdue invoices included, ends the boundaries.</source>
        <translation>Pagar en {allowed} días como máximo, facturas vencidas incluidas, pone fin a los límites.</translation>
    </message>
    <message>
        <location filename="../../ui/explanation_view.py" line="109"/>
        <source>Reaching {limit} days, or an invoice unpaid that long, is a red flag: let go.</source>
        <translation>Llegar a {limit} días, o una factura sin pagar durante ese tiempo, es una señal de alarma: dejarlo ir.</translation>
    </message>
    <message>
        <location filename="../../ui/explanation_view.py" line="113"/>
        <source>Paying under {limit} days and settling the old invoices lifts the red flag.</source>
        <translation>Pagar en menos de {limit} días y saldar las facturas antiguas quita la señal de alarma.</translation>
    </message>
    <message>
        <location filename="../../ui/explanation_view.py" line="117"/>
        <source>Sending back {max} % or less ends the boundaries.</source>
        <translation>Devolver el {max} % o menos pone fin a los límites.</translation>
    </message>
    <message>
        <location filename="../../ui/explanation_view.py" line="120"/>
        <source>Sending back {far} % or more, repeatedly, is a red flag: let go.</source>
        <translation>Devolver el {far} % o más, de forma repetida, es una señal de alarma: dejarlo ir.</translation>
    </message>
    <message>
        <location filename="../../ui/explanation_view.py" line="123"/>
        <source>Sending back less than {far} % lifts the red flag.</source>
        <translation>Devolver menos del {far} % quita la señal de alarma.</translation>
    </message>
    <message>
        <location filename="../../ui/explanation_view.py" line="126"/>
        <source>Buying at your yearly minimum or more.</source>
        <translation>Comprar al menos su mínimo anual.</translation>
    </message>
    <message>
        <location filename="../../ui/explanation_view.py" line="129"/>
        <source>Buying below the minimum for another year is a red flag: let go.</source>
        <translation>Comprar por debajo del mínimo un año más es una señal de alarma: dejarlo ir.</translation>
    </message>
    <message>
        <location filename="../../ui/explanation_view.py" line="132"/>
        <source>Another answer than &quot;no&quot; to: {question}</source>
        <translation>Una respuesta distinta de «no» a: {question}</translation>
    </message>
    <message>
        <location filename="../../ui/explanation_view.py" line="135"/>
        <source>Marking the client strategic would mean boundaries first instead.</source>
        <translation>Marcar al cliente como estratégico llevaría primero a poner límites.</translation>
    </message>
    <message>
        <location filename="../../ui/explanation_view.py" line="138"/>
        <source>If nothing changes by the next review, the recommendation is to let go.</source>
        <translation>Si nada cambia antes de la próxima revisión, la recomendación es dejarlo ir.</translation>
    </message>
    <message>
        <location filename="../../ui/explanation_view.py" line="141"/>
        <source>Fewer than two &quot;no&quot; on the judgement questions.</source>
        <translation>Menos de dos «no» en las preguntas de criterio.</translation>
    </message>
    <message>
        <location filename="../../ui/explanation_view.py" line="144"/>
        <source>Accepting the terms once they are explained.</source>
        <translation>Que acepte las condiciones una vez explicadas.</translation>
    </message>
    <message>
        <location filename="../../ui/explanation_view.py" line="147"/>
        <source>Answering more questions than &quot;don&apos;t know&quot;.</source>
        <translation>Responder más preguntas que «no lo sé».</translation>
    </message>
    <message>
        <location filename="../../ui/explanation_view.py" line="150"/>
        <source>{invoices} invoices or more in the last two years let the ledger judge.</source>
        <translation>Con {invoices} facturas o más en los dos últimos años, el libro de cuentas puede juzgar.</translation>
    </message>
    <message>
        <location filename="../../ui/explanation_view.py" line="153"/>
        <source>Buying as much as before, or more: retain.</source>
        <translation>Comprar tanto como antes, o más: fidelizar.</translation>
    </message>
    <message>
        <location filename="../../ui/explanation_view.py" line="156"/>
        <source>A score below {score}: watch.</source>
        <translation>Una puntuación por debajo de {score}: vigilar.</translation>
    </message>
    <message>
        <location filename="../../ui/explanation_view.py" line="159"/>
        <source>Paying later than {allowed} days: boundaries, whatever the score.</source>
        <translation>Pagar más tarde de {allowed} días: poner límites, sea cual sea la puntuación.</translation>
    </message>
    <message>
        <location filename="../../ui/explanation_view.py" line="162"/>
        <source>A score of {score} or more: watch.</source>
        <translation>Una puntuación de {score} o más: vigilar.</translation>
    </message>
    <message>
        <location filename="../../ui/explanation_view.py" line="165"/>
        <source>A score of {score} or more: retain.</source>
        <translation>Una puntuación de {score} o más: fidelizar.</translation>
    </message>
    <message>
        <location filename="../../ui/explanation_view.py" line="168"/>
        <source>A score below {score}: let go.</source>
        <translation>Una puntuación por debajo de {score}: dejarlo ir.</translation>
    </message>
    <message>
        <location filename="../../ui/explanation_view.py" line="171"/>
        <source>A score below {score}, or no match with your ideal client: watch.</source>
        <translation>Una puntuación por debajo de {score}, o no encajar con su cliente ideal: vigilar.</translation>
    </message>
    <message>
        <location filename="../../ui/explanation_view.py" line="174"/>
        <source>Matching your ideal client with a score of {score} or more: acquire.</source>
        <translation>Encajar con su cliente ideal con una puntuación de {score} o más: captar.</translation>
    </message>
    <message>
        <location filename="../../ui/explanation_view.py" line="177"/>
        <source>If the cause turns out not to be fixed: watch.</source>
        <translation>Si resulta que la causa no está resuelta: vigilar.</translation>
    </message>
    <message>
        <location filename="../../ui/explanation_view.py" line="180"/>
        <source>Fixing what drove them away: recover.</source>
        <translation>Resolver lo que lo alejó: recuperar.</translation>
    </message>
    <message>
        <location filename="../../ui/explanation_view.py" line="183"/>
        <source>Only a client who was good is worth recovering.</source>
        <translation>Solo vale la pena recuperar a un cliente que fue bueno.</translation>
    </message>
    <message>
        <location filename="../../ui/explanation_view.py" line="211"/>
        <source>{group} — not answered</source>
        <translation>{group} — sin responder</translation>
    </message>
    <message>
        <location filename="../../ui/explanation_view.py" line="217"/>
        <source>{group} — {score} of 100</source>
        <translation>{group} — {score} de 100</translation>
    </message>
    <message>
        <location filename="../../ui/explanation_view.py" line="225"/>
        <source>Why the score says otherwise: the score adds up your answers, but this rule decides over it.</source>
        <translation>Por qué la puntuación dice otra cosa: la puntuación suma sus respuestas, pero esta regla decide por encima de ella.</translation>
    </message>
    <message>
        <location filename="../../ui/explanation_view.py" line="234"/>
        <source>The facts</source>
        <translation>Los hechos</translation>
    </message>
    <message>
        <location filename="../../ui/explanation_view.py" line="235"/>
        <source>Score by group</source>
        <translation>Puntuación por grupo</translation>
    </message>
    <message>
        <location filename="../../ui/explanation_view.py" line="236"/>
        <source>What would change it</source>
        <translation>Qué lo cambiaría</translation>
    </message>
    <message>
        <location filename="../../ui/explanation_view.py" line="271"/>
        <source>Score {score} of 100 · Recommended: {verdict}</source>
        <translation>Puntuación {score} de 100 · Recomendado: {verdict}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/export_dialog.py" line="53"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="58"/>
        <source>Excel workbook (.xlsx), one sheet per table</source>
        <translation>Libro de Excel (.xlsx), una hoja por tabla</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="59"/>
        <source>CSV files, one per table</source>
        <translation>Archivos CSV, uno por tabla</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="63"/>
        <source>Comma (,)</source>
        <translation>Coma (,)</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="64"/>
        <source>Semicolon (;), as Spanish Excel expects</source>
        <translation>Punto y coma (;), como espera Excel en español</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="69"/>
        <source>For another &amp;program, not a person: English headers and codes; in CSV, commas, ISO dates (2025-12-31) and decimal points</source>
        <translation>Para otro &amp;programa, no para una persona: encabezados y códigos en inglés; en CSV, comas, fechas ISO (2025-12-31) y puntos decimales</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="75"/>
        <source>The &amp;whole book</source>
        <translation>&amp;Toda la cartera</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="78"/>
        <source>Only the clients &amp;selected in the list ({count})</source>
        <translation>Solo los clientes &amp;seleccionados en la lista ({count})</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="82"/>
        <source>Only the clients the list &amp;shows now ({count})</source>
        <translation>Solo los clientes que &amp;muestra ahora la lista ({count})</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="86"/>
        <source>Only the clients the list &amp;shows now</source>
        <translation>Solo los clientes que &amp;muestra ahora la lista</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="94"/>
        <source>Clients, with their latest verdict and score</source>
        <translation>Clientes, con su último veredicto y puntuación</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="95"/>
        <source>Sales (invoices)</source>
        <translation>Ventas (facturas)</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="96"/>
        <source>Payments</source>
        <translation>Cobros</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="97"/>
        <source>Returns</source>
        <translation>Devoluciones</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="108"/>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="115"/>
        <source>Text a spreadsheet would run as a formula (starting with =, +, - or @) is written with an apostrophe in front, so opening the file runs nothing.</source>
        <translation>El texto que una hoja de cálculo ejecutaría como fórmula (el que empieza por =, +, - o @) se escribe con un apóstrofo delante, así que abrir el archivo no ejecuta nada.</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="123"/>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="124"/>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Separador:</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="126"/>
        <source>Clients:</source>
        <translation>Clientes:</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="128"/>
        <source>Tables:</source>
        <translation>Tablas:</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="129"/>
        <source>&amp;Save to:</source>
        <translation>&amp;Guardar en:</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="133"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="176"/>
        <source>Export to</source>
        <translation>Exportar a</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="178"/>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="178"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="200"/>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="210"/>
        <source>Exported {rows} rows to:
{files}</source>
        <translation>Se exportaron {rows} filas a:
{files}</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="213"/>
        <source>{count} cells held control characters, which an Excel file cannot hold: they were left out.</source>
        <translation>{count} celdas contenían caracteres de control, que un archivo de Excel no admite: se han quitado.</translation>
    </message>
</context>
<context>
    <name>FieldMessage</name>
    <message>
        <location filename="../../ui/field_message.py" line="25"/>
        <source>Note: </source>
        <translation>Aviso: </translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <location filename="../../ui/import_labels.py" line="15"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/import_labels.py" line="16"/>
        <source>Company (legal name)</source>
        <translation>Empresa (razón social)</translation>
    </message>
    <message>
        <location filename="../../ui/import_labels.py" line="17"/>
        <source>Tax id</source>
        <translation>NIF</translation>
    </message>
    <message>
        <location filename="../../ui/import_labels.py" line="18"/>
        <source>Contact person</source>
        <translation>Persona de contacto</translation>
    </message>
    <message>
        <location filename="../../ui/import_labels.py" line="19"/>
        <source>Form of address (Sr., Sra., Dr., Dra.)</source>
        <translation>Tratamiento (Sr., Sra., Dr., Dra.)</translation>
    </message>
    <message>
        <location filename="../../ui/import_labels.py" line="22"/>
        <source>First name</source>
        <translation>Nombre de pila</translation>
    </message>
    <message>
        <location filename="../../ui/import_labels.py" line="23"/>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <location filename="../../ui/import_labels.py" line="24"/>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../ui/import_labels.py" line="25"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../ui/import_labels.py" line="26"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../../ui/import_labels.py" line="27"/>
        <source>Postal code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <location filename="../../ui/import_labels.py" line="28"/>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <location filename="../../ui/import_labels.py" line="29"/>
        <source>Province (added to the city)</source>
        <translation>Provincia (se añade a la localidad)</translation>
    </message>
    <message>
        <location filename="../../ui/import_labels.py" line="30"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../ui/import_labels.py" line="31"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../ui/import_labels.py" line="32"/>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <location filename="../../ui/import_labels.py" line="33"/>
        <source>Strategic</source>
        <translation>Estratégico</translation>
    </message>
    <message>
        <location filename="../../ui/import_labels.py" line="34"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../ui/import_labels.py" line="35"/>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location filename="../../ui/import_labels.py" line="36"/>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../ui/import_labels.py" line="37"/>
        <source>Invoice date</source>
        <translation>Fecha de factura</translation>
    </message>
    <message>
        <location filename="../../ui/import_labels.py" line="38"/>
        <source>Due date</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <location filename="../../ui/import_labels.py" line="39"/>
        <source>Payment date</source>
        <translation>Fecha de cobro</translation>
    </message>
    <message>
        <location filename="../../ui/import_labels.py" line="40"/>
        <source>Return date</source>
        <translation>Fecha de devolución</translation>
    </message>
    <message>
        <location filename="../../ui/import_labels.py" line="41"/>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <location filename="../../ui/import_labels.py" line="42"/>
        <source>Units</source>
        <translation>Unidades</translation>
    </message>
    <message>
        <location filename="../../ui/import_labels.py" line="43"/>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location filename="../../ui/import_labels.py" line="44"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../ui/import_labels.py" line="45"/>
        <source>Invoice (reference)</source>
        <translation>Factura (referencia)</translation>
    </message>
    <message>
        <location filename="../../ui/import_labels.py" line="73"/>
        <source>Use a column that tells them apart: --match-by id or --match-by tax_id.</source>
        <translation>Use una columna que los distinga: --match-by id o --match-by tax_id.</translation>
    </message>
    <message>
        <location filename="../../ui/import_labels.py" line="77"/>
        <source>Use a column that tells them apart, such as the client number.</source>
        <translation>Use una columna que los distinga, como el número de cliente.</translation>
    </message>
    <message>
        <location filename="../../ui/import_labels.py" line="86"/>
        <source>It is a client&apos;s {key}: use --match-by {option}.</source>
        <translation>Es el {key} de un cliente: use --match-by {option}.</translation>
    </message>
    <message>
        <location filename="../../ui/import_labels.py" line="89"/>
        <source>It is a client&apos;s {key}: on the second page, find each row&apos;s client by {key}.</source>
        <translation>Es el {key} de un cliente: en la segunda página, busque el cliente de cada fila por {key}.</translation>
    </message>
    <message>
        <location filename="../../ui/import_labels.py" line="94"/>
        <source>Your book has no clients yet: import the client list first.</source>
        <translation>Su cartera aún no tiene clientes: importe primero la lista de clientes.</translation>
    </message>
    <message>
        <location filename="../../ui/import_labels.py" line="97"/>
        <source>Check how it is written, or add the client first.</source>
        <translation>Compruebe cómo está escrito, o añada antes el cliente.</translation>
    </message>
    <message>
        <location filename="../../ui/import_labels.py" line="107"/>
        <source>{count} Spanish postal code(s) had 4 digits and were given their leading zero (8001 -&gt; 08001); check them: line(s) {lines}.</source>
        <translation>{count} código(s) postal(es) de España tenían 4 cifras y se les puso el cero inicial (8001 -&gt; 08001); revíselos: línea(s) {lines}.</translation>
    </message>
    <message>
        <location filename="../../ui/import_labels.py" line="124"/>
        <source>“{header}” (columns {columns})</source>
        <translation>«{header}» (columnas {columns})</translation>
    </message>
    <message>
        <location filename="../../ui/import_labels.py" line="130"/>
        <source>Several columns have the same name: {columns}. Only the first of each is suggested for a field; to import another, map it by its number (--map 5=FIELD).</source>
        <translation>Varias columnas tienen el mismo nombre: {columns}. Solo la primera de cada una se propone para un campo; para importar otra, asígnela por su número (--map 5=CAMPO).</translation>
    </message>
    <message>
        <location filename="../../ui/import_labels.py" line="135"/>
        <source>Several columns have the same name: {columns}. Only the first of each is suggested for a field; to import another, choose its field on the next page.</source>
        <translation>Varias columnas tienen el mismo nombre: {columns}. Solo la primera de cada una se propone para un campo; para importar otra, elija su campo en la página siguiente.</translation>
    </message>
    <message>
        <location filename="../../ui/import_labels.py" line="152"/>
        <source>Clients found by {key} (as --match-by says).</source>
        <translation>Clientes buscados por {key} (como indica --match-by).</translation>
    </message>
    <message>
        <location filename="../../ui/import_labels.py" line="155"/>
        <source>Clients found by {key}, as you chose.</source>
        <translation>Clientes buscados por {key}, como eligió.</translation>
    </message>
    <message>
        <location filename="../../ui/import_labels.py" line="160"/>
        <source>{key} in column “{column}”</source>
        <translation>{key} en la columna «{column}»</translation>
    </message>
    <message>
        <location filename="../../ui/import_labels.py" line="164"/>
        <source>Clients found by {key}: detected from how the values look, as none of the {sampled} checked matches a client in your book.</source>
        <translation>Clientes buscados por {key}: detectado por el aspecto de los valores, porque ninguno de los {sampled} revisados coincide con un cliente de su cartera.</translation>
    </message>
    <message>
        <location filename="../../ui/import_labels.py" line="169"/>
        <source>Clients found by {where}: detected, {matched} of the first {sampled} values match a client&apos;s {key}.</source>
        <translation>Clientes buscados por {where}: detectado, {matched} de los primeros {sampled} valores coinciden con el {key} de un cliente.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="82"/>
        <source>Clients</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="83"/>
        <source>Sales (invoices)</source>
        <translation>Ventas (facturas)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="84"/>
        <source>Payments</source>
        <translation>Cobros</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="85"/>
        <source>Returns</source>
        <translation>Devoluciones</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_wizard.py" line="111"/>
        <source>%n more row(s) not listed</source>
        <translation>
            <numerusform>%n fila más sin listar</numerusform>
            <numerusform>%n filas más sin listar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="136"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="138"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_wizard.py" line="149"/>
        <source>%n new</source>
        <translation>
            <numerusform>%n nuevo</numerusform>
            <numerusform>%n nuevos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_wizard.py" line="150"/>
        <source>%n updated</source>
        <translation>
            <numerusform>%n actualizado</numerusform>
            <numerusform>%n actualizados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_wizard.py" line="151"/>
        <source>%n rows could not be imported</source>
        <translation>
            <numerusform>%n fila no se pudo importar</numerusform>
            <numerusform>%n filas no se pudieron importar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_wizard.py" line="154"/>
        <source>%n duplicates were skipped</source>
        <translation>
            <numerusform>se omitió %n duplicado</numerusform>
            <numerusform>se omitieron %n duplicados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_wizard.py" line="165"/>
        <source>%n rows read</source>
        <translation>
            <numerusform>%n fila leída</numerusform>
            <numerusform>%n filas leídas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_wizard.py" line="166"/>
        <source>%n can be imported</source>
        <translation>
            <numerusform>%n se puede importar</numerusform>
            <numerusform>%n se pueden importar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_wizard.py" line="167"/>
        <source>%n cannot</source>
        <translation>
            <numerusform>%n no</numerusform>
            <numerusform>%n no</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_wizard.py" line="168"/>
        <source>%n are entries already in the ledger or earlier in the file and will be skipped</source>
        <translation>
            <numerusform>%n es una entrada que ya está en la cuenta o antes en el archivo y se omitirá</numerusform>
            <numerusform>%n son entradas que ya están en la cuenta o antes en el archivo y se omitirán</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_wizard.py" line="175"/>
        <source>%n look like clients already in your book or earlier in the file</source>
        <translation>
            <numerusform>%n parece un cliente que ya está en su cartera o antes en el archivo</numerusform>
            <numerusform>%n parecen clientes que ya están en su cartera o antes en el archivo</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="188"/>
        <source>Choose the file</source>
        <translation>Elija el archivo</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="190"/>
        <source>A CSV file (from a spreadsheet, Google Contacts, Outlook or your accounting program) or an Excel workbook (.xlsx). Nothing is stored until you confirm.</source>
        <translation>Un archivo CSV (de una hoja de cálculo, Google Contacts, Outlook o su programa de contabilidad) o un libro de Excel (.xlsx). No se guarda nada hasta que lo confirme.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="199"/>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="210"/>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="220"/>
        <source>Import from</source>
        <translation>Importar desde</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="222"/>
        <source>Tables (*.csv *.txt *.tsv *.xlsx);;All files (*)</source>
        <translation>Tablas (*.csv *.txt *.tsv *.xlsx);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="249"/>
        <source>What the file holds</source>
        <translation>Qué contiene el archivo</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="259"/>
        <source>Detect it from the rows and your book</source>
        <translation>Detectarlo a partir de las filas y su cartera</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="261"/>
        <source>Tax id</source>
        <translation>NIF</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="262"/>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="263"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="266"/>
        <source>Clientela client number (from an export)</source>
        <translation>Número de cliente de Clientela (de una exportación)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="273"/>
        <source>Find each row&apos;s client &amp;by:</source>
        <translation>Buscar el &amp;cliente de cada fila por:</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="301"/>
        <source>&amp;Contents:</source>
        <translation>C&amp;ontenido:</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="303"/>
        <source>&amp;Sheet:</source>
        <translation>&amp;Hoja:</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="304"/>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Separador:</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="305"/>
        <source>&amp;Encoding:</source>
        <translation>Co&amp;dificación:</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="306"/>
        <source>Columns found:</source>
        <translation>Columnas encontradas:</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="372"/>
        <source>Which column holds what</source>
        <translation>Qué contiene cada columna</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="374"/>
        <source>Suggested from the column names; change any that is wrong.</source>
        <translation>Sugerido a partir de los nombres de las columnas; corrija lo que no esté bien.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="380"/>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="381"/>
        <source>First values</source>
        <translation>Primeros valores</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="382"/>
        <source>Store as</source>
        <translation>Guardar como</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="391"/>
        <source>day/month/year (31/12/2025)</source>
        <translation>día/mes/año (31/12/2025)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="394"/>
        <source>month/day/year (12/31/2025)</source>
        <translation>mes/día/año (12/31/2025)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="399"/>
        <source>1.234,50 (decimal comma)</source>
        <translation>1.234,50 (coma decimal)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="402"/>
        <source>1,234.50 (decimal point)</source>
        <translation>1,234.50 (punto decimal)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="410"/>
        <source>&amp;Dates are written:</source>
        <translation>Las &amp;fechas se escriben:</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="413"/>
        <source>&amp;Amounts are written:</source>
        <translation>Los &amp;importes se escriben:</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="442"/>
        <source>— do not import —</source>
        <translation>— no importar —</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="474"/>
        <source>Choose a column for: {fields}.</source>
        <translation>Elija una columna para: {fields}.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="481"/>
        <source>Only one column can be stored as {fields}.</source>
        <translation>Solo una columna puede guardarse como {fields}.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="502"/>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="505"/>
        <source>The first rows as they will be stored, and the rows that cannot be.</source>
        <translation>Las primeras filas tal como se guardarán, y las que no se pueden guardar.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="520"/>
        <location filename="../../ui/import_wizard.py" line="534"/>
        <location filename="../../ui/import_wizard.py" line="623"/>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="521"/>
        <source>Why it cannot be imported</source>
        <translation>Por qué no se puede importar</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="529"/>
        <source>Rows not taken:</source>
        <translation>Filas no importadas:</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="535"/>
        <source>What to check</source>
        <translation>Qué comprobar</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="540"/>
        <source>Imported, but worth checking:</source>
        <translation>Importadas, pero conviene revisarlas:</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="575"/>
        <source>Checking every row…</source>
        <translation>Comprobando cada fila…</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="600"/>
        <source>The check was cancelled. Go back to run it again.</source>
        <translation>Se canceló la comprobación. Vuelva atrás para repetirla.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_wizard.py" line="707"/>
        <source>%n rows have the same tax id, email, or name and city as a client in your book or an earlier row of the file.</source>
        <translation>
            <numerusform>%n fila tiene el mismo NIF, correo, o nombre y ciudad que un cliente de su cartera o una fila anterior del archivo.</numerusform>
            <numerusform>%n filas tienen el mismo NIF, correo, o nombre y ciudad que un cliente de su cartera o una fila anterior del archivo.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="659"/>
        <source>Clients you may already have</source>
        <translation>Clientes que quizá ya tiene</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="668"/>
        <source>&amp;Skip them</source>
        <translation>&amp;Omitirlos</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="669"/>
        <source>Keep the client you already have; the row is listed as not taken.</source>
        <translation>Se conserva el cliente que ya tiene; la fila aparece como no importada.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="676"/>
        <source>&amp;Update the existing client</source>
        <translation>&amp;Actualizar el cliente existente</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="677"/>
        <source>The file&apos;s non-empty values replace the stored ones; tags are added.</source>
        <translation>Los valores no vacíos del archivo sustituyen a los guardados; las etiquetas se añaden.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="684"/>
        <source>Import them as &amp;new clients</source>
        <translation>Importarlos como clientes &amp;nuevos</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="685"/>
        <source>You will have two clients with the same details.</source>
        <translation>Tendrá dos clientes con los mismos datos.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="725"/>
        <source>Ready to import</source>
        <translation>Listo para importar</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="728"/>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="742"/>
        <source>&lt;p&gt;Import &lt;b&gt;{count}&lt;/b&gt; rows of {kind} from {file}.&lt;/p&gt;&lt;p&gt;All of them go in together: if anything fails or you cancel, your book stays exactly as it is now. Rows that cannot be imported are listed at the end, and you can save them to fix and import again.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Importar &lt;b&gt;{count}&lt;/b&gt; filas de {kind} desde {file}.&lt;/p&gt;&lt;p&gt;Entran todas a la vez: si algo falla o cancela, su cartera queda exactamente como está ahora. Las filas que no se pueden importar se muestran al final, y puede guardarlas para corregirlas e importarlas de nuevo.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="773"/>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="777"/>
        <source>Import cancelled. Nothing was changed in your book.</source>
        <translation>Importación cancelada. No ha cambiado nada en su cartera.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="791"/>
        <source>Import finished</source>
        <translation>Importación terminada</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="795"/>
        <source>&amp;Save rows not taken…</source>
        <translation>&amp;Guardar las filas no importadas…</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="820"/>
        <source>Line {line}: {reason}</source>
        <translation>Línea {line}: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="825"/>
        <source>Imported, but worth checking: {count}.</source>
        <translation>Importadas, pero conviene revisarlas: {count}.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="849"/>
        <source>line</source>
        <translation>línea</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="850"/>
        <source>reason</source>
        <translation>motivo</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="862"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="921"/>
        <source>Save rows not taken</source>
        <translation>Guardar las filas no importadas</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="923"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>IntroPage</name>
    <message>
        <location filename="../../ui/evaluation_wizard.py" line="133"/>
        <source>Evaluate %1</source>
        <translation>Evaluar a %1</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation_wizard.py" line="136"/>
        <source>A few questions about this client, one group at a time. Where your ledger already knows the answer it is filled in for you; change it if you know better.</source>
        <translation>Unas cuantas preguntas sobre este cliente, por grupos. Donde sus cuentas ya conocen la respuesta, aparece marcada; cámbiela si usted sabe más.</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation_wizard.py" line="146"/>
        <source>Stage: %1</source>
        <translation>Etapa: %1</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation_wizard.py" line="149"/>
        <source>Marked as strategic.</source>
        <translation>Marcado como estratégico.</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation_wizard.py" line="153"/>
        <source>Revenue in the last 12 months: %1</source>
        <translation>Facturación de los últimos 12 meses: %1</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation_wizard.py" line="159"/>
        <source>Overdue now: %1</source>
        <translation>Vencido ahora: %1</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../ui/labels.py" line="12"/>
        <source>Prospect</source>
        <translation>Potencial</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="13"/>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="14"/>
        <source>Lost</source>
        <translation>Perdido</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="15"/>
        <source>Former (let go)</source>
        <translation>Antiguo (dejado ir)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="23"/>
        <source>None (a neutral greeting)</source>
        <translation>Ninguno (un saludo neutro)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="24"/>
        <source>Mr (Sr.)</source>
        <translation>Sr.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="25"/>
        <source>Ms (Sra.)</source>
        <translation>Sra.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="26"/>
        <source>Dr, a man (Dr.)</source>
        <translation>Dr.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="27"/>
        <source>Dr, a woman (Dra.)</source>
        <translation>Dra.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="36"/>
        <source>Retain</source>
        <translation>Fidelizar</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="37"/>
        <source>Set boundaries</source>
        <translation>Poner límites</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="38"/>
        <source>Recover</source>
        <translation>Recuperar</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="39"/>
        <source>Let go</source>
        <translation>Dejar ir</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="40"/>
        <source>Acquire</source>
        <translation>Captar</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="41"/>
        <source>Watch</source>
        <translation>Vigilar</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="48"/>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="49"/>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="56"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="57"/>
        <source>Partly</source>
        <translation>En parte</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="58"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="59"/>
        <source>Don&apos;t know</source>
        <translation>No lo sé</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="66"/>
        <source>Thank you and loyalty</source>
        <translation>Agradecimiento y fidelización</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="67"/>
        <source>Terms and boundaries</source>
        <translation>Condiciones y límites</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="68"/>
        <source>Win back</source>
        <translation>Recuperación</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="69"/>
        <source>Polite termination</source>
        <translation>Despedida cordial</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="70"/>
        <source>Welcome</source>
        <translation>Bienvenida</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="71"/>
        <source>Payment reminder</source>
        <translation>Recordatorio de pago</translation>
    </message>
</context>
<context>
    <name>LedgerDialogs</name>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="47"/>
        <location filename="../../ui/ledger_dialogs.py" line="413"/>
        <source>no reference</source>
        <translation>sin referencia</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="48"/>
        <source>{reference} of {date} — {open} open</source>
        <translation>{reference} del {date}: {open} pendiente</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="177"/>
        <source>Someone else saved this entry while you were editing it. Here is what they saved beside what you typed. Take their version, or save yours over it?</source>
        <translation>Otra persona ha guardado este apunte mientras lo editabas. Aquí tienes lo que guardó junto a lo que escribiste tú. ¿Te quedas con su versión o guardas la tuya encima?</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="231"/>
        <source>Record it anyway?</source>
        <translation>¿Registrarlo de todos modos?</translation>
    </message>
</context>
<context>
    <name>LedgerTab</name>
    <message>
        <location filename="../../ui/ledger_widget.py" line="110"/>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="111"/>
        <source>Add an entry (Insert or Ctrl+Shift+N)</source>
        <translation>Añadir un apunte (Insert o Ctrl+Mayús+N)</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="112"/>
        <source>E&amp;dit…</source>
        <translation>Ed&amp;itar…</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="113"/>
        <source>Edit the selected entry (Enter or double-click)</source>
        <translation>Editar el apunte seleccionado (Intro o doble clic)</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="115"/>
        <source>Delete the selected entry (Delete)</source>
        <translation>Borrar el apunte seleccionado (Supr)</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="114"/>
        <source>De&amp;lete</source>
        <translation>B&amp;orrar</translation>
    </message>
</context>
<context>
    <name>LedgerWidget</name>
    <message>
        <location filename="../../ui/ledger_widget.py" line="269"/>
        <source>Invoice date</source>
        <translation>Fecha de factura</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="270"/>
        <location filename="../../ui/ledger_widget.py" line="288"/>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="271"/>
        <location filename="../../ui/ledger_widget.py" line="294"/>
        <source>Units</source>
        <translation>Unidades</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="272"/>
        <location filename="../../ui/ledger_widget.py" line="286"/>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="273"/>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="274"/>
        <source>Paid</source>
        <translation>Cobrado</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="275"/>
        <source>Open</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="285"/>
        <location filename="../../ui/ledger_widget.py" line="293"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="287"/>
        <location filename="../../ui/ledger_widget.py" line="296"/>
        <source>Invoice</source>
        <translation>Factura</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="281"/>
        <source>on account</source>
        <translation>a cuenta</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="295"/>
        <source>Credited</source>
        <translation>Abonado</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="297"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="232"/>
        <source>&amp;Sales</source>
        <translation>Ve&amp;ntas</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="223"/>
        <source>A letter listing the overdue invoices and the date to pay by</source>
        <translation>Una carta con las facturas vencidas y la fecha límite de pago</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="233"/>
        <source>&amp;Payments</source>
        <translation>&amp;Cobros</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="234"/>
        <source>&amp;Returns</source>
        <translation>&amp;Devoluciones</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="311"/>
        <source>Revenue, last 12 months</source>
        <translation>Facturación, últimos 12 meses</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="312"/>
        <source>Units, last 12 months</source>
        <translation>Unidades, últimos 12 meses</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="313"/>
        <source>Outstanding</source>
        <translation>Pendiente de cobro</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="314"/>
        <source>Overdue</source>
        <translation>Vencido</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/ledger_widget.py" line="316"/>
        <source>Overdue (%n invoice(s))</source>
        <translation>
            <numerusform>Vencido (%n factura)</numerusform>
            <numerusform>Vencido (%n facturas)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="375"/>
        <source>Delete invoice {reference} of {date} for {amount}?</source>
        <translation>¿Borrar la factura {reference} del {date} por {amount}?</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="282"/>
        <location filename="../../ui/ledger_widget.py" line="376"/>
        <source>(no reference)</source>
        <translation>(sin referencia)</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="220"/>
        <source>Write payment re&amp;minder…</source>
        <translation>Escribir &amp;recordatorio de pago…</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="382"/>
        <source>The {paid} paid on it will stay recorded as paid on account.</source>
        <translation>Los {paid} cobrados por ella quedarán registrados como cobro a cuenta.</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="393"/>
        <source>Delete the payment of {amount} received on {date}?</source>
        <translation>¿Borrar el cobro de {amount} recibido el {date}?</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="407"/>
        <source>Delete the return of {units} units on {date}?</source>
        <translation>¿Borrar la devolución de {units} unidades del {date}?</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <location filename="../../ui/letter_dialog.py" line="97"/>
        <source>Letter to %1</source>
        <translation>Carta a %1</translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.py" line="109"/>
        <source>Proposed for the latest verdict: %1.</source>
        <translation>Propuesta por el último veredicto: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.py" line="111"/>
        <source>The latest verdict is %1: no letter fits it, choose one.</source>
        <translation>El último veredicto es %1: ninguna carta le corresponde, elija una.</translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.py" line="113"/>
        <source>This client has not been evaluated yet: choose the letter.</source>
        <translation>Este cliente aún no se ha evaluado: elija la carta.</translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.py" line="132"/>
        <source>&amp;Write it all the same: I know</source>
        <translation>&amp;Escribirla de todos modos: lo sé</translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.py" line="144"/>
        <source>&amp;Letter:</source>
        <translation>&amp;Carta:</translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.py" line="146"/>
        <source>L&amp;anguage:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.py" line="147"/>
        <source>&amp;From date:</source>
        <translation>&amp;Desde el:</translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.py" line="165"/>
        <source>&amp;Print…</source>
        <translation>Im&amp;primir…</translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.py" line="168"/>
        <source>&amp;Save as…</source>
        <translation>&amp;Guardar como…</translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.py" line="170"/>
        <source>&amp;Open in PDF viewer</source>
        <translation>&amp;Abrir en el visor de PDF</translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.py" line="236"/>
        <source>Held back: this letter would contradict the client&apos;s record: %1.</source>
        <translation>Retenida: esta carta contradiría lo que sabemos del cliente: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.py" line="279"/>
        <source>Save letter</source>
        <translation>Guardar la carta</translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.py" line="279"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.py" line="287"/>
        <source>Saved to %1.</source>
        <translation>Guardada en %1.</translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.py" line="294"/>
        <source>Opened %1.</source>
        <translation>Abierto %1.</translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.py" line="301"/>
        <source>Print letter</source>
        <translation>Imprimir la carta</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/letter_dialog.py" line="309"/>
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>Se envió %n página a la impresora.</numerusform>
            <numerusform>Se enviaron %n páginas a la impresora.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.py" line="311"/>
        <source>The printer could not be started.</source>
        <translation>No se pudo iniciar la impresora.</translation>
    </message>
</context>
<context>
    <name>LetterHistory</name>
    <message>
        <location filename="../../ui/letter_history.py" line="36"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../ui/letter_history.py" line="37"/>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <location filename="../../ui/letter_history.py" line="38"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../ui/letter_history.py" line="39"/>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <location filename="../../ui/letter_history.py" line="40"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../../ui/letter_history.py" line="54"/>
        <source>&amp;Open letter</source>
        <translation>&amp;Abrir la carta</translation>
    </message>
    <message>
        <location filename="../../ui/letter_history.py" line="57"/>
        <source>&amp;New letter…</source>
        <translation>&amp;Nueva carta…</translation>
    </message>
    <message>
        <location filename="../../ui/letter_history.py" line="79"/>
        <source>as written</source>
        <translation>tal como se escribió</translation>
    </message>
    <message>
        <location filename="../../ui/letter_history.py" line="80"/>
        <source>missing (moved or deleted)</source>
        <translation>no está (movido o borrado)</translation>
    </message>
    <message>
        <location filename="../../ui/letter_history.py" line="81"/>
        <source>changed since it was written</source>
        <translation>cambiado desde que se escribió</translation>
    </message>
    <message>
        <location filename="../../ui/letter_history.py" line="96"/>
        <source>No letters written yet.</source>
        <translation>Aún no se ha escrito ninguna carta.</translation>
    </message>
    <message>
        <location filename="../../ui/letter_history.py" line="108"/>
        <source>The file %1 is no longer there.</source>
        <translation>El archivo %1 ya no está.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="95"/>
        <source>Search name, company, contact, email, city or tax id  (Ctrl+F)</source>
        <translation>Buscar por nombre, empresa, contacto, correo, ciudad o NIF  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="110"/>
        <source>All stages</source>
        <translation>Todas las etapas</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="116"/>
        <source>Any verdict</source>
        <translation>Cualquier veredicto</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="120"/>
        <source>Due for &amp;review</source>
        <translation>Pendien&amp;tes de revisión</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="123"/>
        <source>Clients never evaluated, or whose review date has come</source>
        <translation>Clientes nunca evaluados o cuya fecha de revisión ha llegado</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="126"/>
        <source>Red flags (&amp;triage)</source>
        <translation>Señales de alarma (&amp;triaje)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="128"/>
        <source>Only the clients the last triage flagged</source>
        <translation>Solo los clientes que señaló el último triaje</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="136"/>
        <source>&amp;Clear</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="180"/>
        <source>Stage:</source>
        <translation>Etapa:</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="182"/>
        <source>Verdict:</source>
        <translation>Veredicto:</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="203"/>
        <source>Clien&amp;ts</source>
        <translation>C&amp;lientes</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="204"/>
        <source>&amp;Dashboard</source>
        <translation>&amp;Panel</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="218"/>
        <source>Your client book is empty</source>
        <translation>Su cartera de clientes está vacía</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="222"/>
        <source>Add the clients you work with, record what they buy, pay and return, and Clientela will help you decide which ones to keep, look after or let go.</source>
        <translation>Añada los clientes con los que trabaja, anote lo que compran, pagan y devuelven, y Clientela le ayudará a decidir a cuáles conservar, cuidar o dejar ir.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="236"/>
        <source>Add your first client</source>
        <translation>Añadir el primer cliente</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="239"/>
        <source>Try Clientela with demo clients</source>
        <translation>Probar Clientela con clientes de ejemplo</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="262"/>
        <source>&amp;New client…</source>
        <translation>&amp;Nuevo cliente…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="263"/>
        <source>&amp;Open client</source>
        <translation>&amp;Abrir cliente</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="268"/>
        <source>E&amp;valuate client…</source>
        <translation>E&amp;valuar cliente…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="271"/>
        <source>&amp;Triage the whole book…</source>
        <translation>&amp;Triaje de toda la cartera…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="274"/>
        <source>&amp;Write letter…</source>
        <translation>Escribir ca&amp;rta…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="277"/>
        <source>Letter &amp;campaign…</source>
        <translation>&amp;Campaña de cartas…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="280"/>
        <source>Letter &amp;templates…</source>
        <translation>&amp;Plantillas de cartas…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="282"/>
        <source>&amp;Edit client…</source>
        <translation>&amp;Editar cliente…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="284"/>
        <source>&amp;Delete client…</source>
        <translation>&amp;Borrar cliente…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="294"/>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="297"/>
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualizar</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="302"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="309"/>
        <source>&amp;Back up now</source>
        <translation>Hacer &amp;copia de seguridad ahora</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="311"/>
        <source>Restore from bac&amp;kup…</source>
        <translation>&amp;Restaurar una copia…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="316"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="318"/>
        <source>&amp;About Clientela</source>
        <translation>&amp;Acerca de Clientela</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="320"/>
        <source>User &amp;guide</source>
        <translation>&amp;Guía de uso</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="324"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="325"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="327"/>
        <source>E&amp;xport client data…</source>
        <translation>E&amp;xportar los datos del cliente…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="329"/>
        <source>E&amp;rase client…</source>
        <translation>&amp;Suprimir el cliente por completo…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="331"/>
        <source>&amp;Anonymise client…</source>
        <translation>A&amp;nonimizar el cliente…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="338"/>
        <source>&amp;Selected clients</source>
        <translation>C&amp;lientes seleccionados</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="340"/>
        <source>Change &amp;stage</source>
        <translation>Cambiar de &amp;etapa</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="347"/>
        <source>&amp;Add a tag…</source>
        <translation>&amp;Añadir una etiqueta…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="349"/>
        <source>&amp;Remove a tag…</source>
        <translation>&amp;Quitar una etiqueta…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="352"/>
        <source>&amp;Evaluate in turn…</source>
        <translation>E&amp;valuar uno tras otro…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="355"/>
        <source>Letter &amp;campaign for them…</source>
        <translation>&amp;Campaña de cartas para ellos…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="358"/>
        <source>E&amp;xport them…</source>
        <translation>E&amp;xportarlos…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="395"/>
        <location filename="../../ui/self_test.py" line="122"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="407"/>
        <source>&amp;Client</source>
        <translation>&amp;Cliente</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="416"/>
        <source>&amp;Letters</source>
        <translation>Ca&amp;rtas</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="419"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="422"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="428"/>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="465"/>
        <source>Finding the clients…</source>
        <translation>Buscando los clientes…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="473"/>
        <source>Showing: %1 (%n client(s))</source>
        <translation>
            <numerusform>Mostrando: %1 (%n cliente)</numerusform>
            <numerusform>Mostrando: %1 (%n clientes)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="554"/>
        <source>Counting the clients that match…</source>
        <translation>Contando los clientes que coinciden…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="557"/>
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n cliente</numerusform>
            <numerusform>%n clientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="560"/>
        <source>%n of %1 clients match</source>
        <translation>
            <numerusform>%n de %1 clientes coincide</numerusform>
            <numerusform>%n de %1 clientes coinciden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="598"/>
        <source>&amp;Selected clients (%n)</source>
        <translation>
            <numerusform>C&amp;lientes seleccionados (%n)</numerusform>
            <numerusform>C&amp;lientes seleccionados (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="840"/>
        <source>Reading the ledger of every client…</source>
        <translation>Leyendo las cuentas de cada cliente…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="869"/>
        <source>Delete {name}?

Their sales, payments, returns, evaluations and letters are deleted too. This cannot be undone.</source>
        <translation>¿Borrar {name}?

También se borran sus ventas, cobros, devoluciones, evaluaciones y cartas. No se puede deshacer.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../ui/messages.py" line="23"/>
        <source>The folder {path} does not exist. Create it first or choose another place.</source>
        <translation>La carpeta {path} no existe. Créela antes o elija otro lugar.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="26"/>
        <source>There is no database at {path}. Check the path, choose one with --db, or start a new book there with: clientela --db {path} init</source>
        <translation>No hay ninguna base de datos en {path}. Compruebe la ruta, elija otra con --db o cree allí un libro nuevo con: clientela --db {path} init</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="31"/>
        <source>There is already something at {path}; init only starts new books and leaves it as it is. Choose another place with --db.</source>
        <translation>Ya hay algo en {path}; init solo crea libros nuevos y lo deja como está. Elija otro lugar con --db.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="36"/>
        <source>{path} is a folder, not a database file.</source>
        <translation>{path} es una carpeta, no un archivo de base de datos.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="39"/>
        <source>Clientela cannot create a database in {path}: the folder is not writable.</source>
        <translation>Clientela no puede crear una base de datos en {path}: no se puede escribir en esa carpeta.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="42"/>
        <location filename="../../ui/messages.py" line="241"/>
        <source>The file {path} cannot be read ({detail}).</source>
        <translation>No se puede leer el archivo {path} ({detail}).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="45"/>
        <source>{path} is not a database file. Choose a Clientela database.</source>
        <translation>{path} no es un archivo de base de datos. Elija una base de datos de Clientela.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="48"/>
        <source>{path} is an empty file, not a Clientela database. Nothing was changed in it. Choose another file, or remove it to start a new book there.</source>
        <translation>{path} es un archivo vacío, no una base de datos de Clientela. No se ha cambiado nada en él. Elija otro archivo, o bórrelo para empezar ahí un libro nuevo.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="53"/>
        <source>{path} is not a regular file (a device, a pipe or a broken link): Clientela keeps its book only in a regular file. Nothing was changed. Choose another place.</source>
        <translation>{path} no es un archivo normal (es un dispositivo, una tubería o un enlace roto): Clientela guarda su libro solo en un archivo normal. No se ha cambiado nada. Elija otro lugar.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="58"/>
        <source>{path} is a database, but not a Clientela one. Nothing was changed in it.</source>
        <translation>{path} es una base de datos, pero no de Clientela. No se ha modificado nada en ella.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="61"/>
        <source>{path} was saved by a newer version of Clientela (schema {revision}). Update Clientela to open it.</source>
        <translation>{path} se guardó con una versión más reciente de Clientela (esquema {revision}). Actualice Clientela para abrirla.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="66"/>
        <source>The database could not be updated to this version of Clientela: {detail}. Your file was not changed.</source>
        <translation>No se pudo actualizar la base de datos a esta versión de Clientela: {detail}. Su archivo no se ha modificado.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="71"/>
        <source>The database address {path} cannot be used: {detail}</source>
        <translation>No se puede usar la dirección de base de datos {path}: {detail}</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="74"/>
        <source>{path} is already open in Clientela on this computer (process {pid}). Close it there first; only one Clientela at a time may change a database.</source>
        <translation>{path} ya está abierta en Clientela en este ordenador (proceso {pid}). Ciérrela allí primero: solo un Clientela a la vez puede cambiar una base de datos.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="79"/>
        <source>{path} is already open in Clientela on the computer {host} (process {pid}). Close it there first; only one Clientela at a time may change a database.</source>
        <translation>{path} ya está abierta en Clientela en el ordenador {host} (proceso {pid}). Ciérrela allí primero: solo un Clientela a la vez puede cambiar una base de datos.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="84"/>
        <source>Clientela cannot mark {path} as in use: the lock file {lock} cannot be created. Check that you may write in that folder.</source>
        <translation>Clientela no puede marcar {path} como en uso: no se puede crear el archivo de bloqueo {lock}. Compruebe que puede escribir en esa carpeta.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="89"/>
        <source>The database {path} is damaged ({detail}), and there is no good backup to restore. The file was not changed.</source>
        <translation>La base de datos {path} está dañada ({detail}) y no hay ninguna copia en buen estado que restaurar. El archivo no se ha modificado.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="94"/>
        <source>The database {path} is damaged ({detail}). Restore it from a backup: clientela restore FILE, with one of the backups in {backups} (in the window: File → Restore from backup).</source>
        <translation>La base de datos {path} está dañada ({detail}). Restáurela desde una copia de seguridad: clientela restore ARCHIVO, con una de las copias de {backups} (en la ventana: Archivo → Restaurar una copia).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="100"/>
        <source>The database {path} is read-only: Clientela may read it but not change it. Nothing was changed. Check that you may write the file and its folder.</source>
        <translation>La base de datos {path} es de solo lectura: Clientela puede leerla pero no cambiarla. No se ha cambiado nada. Compruebe que puede escribir en el archivo y en su carpeta.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="105"/>
        <source>The database {path} could not be used: {detail}.</source>
        <translation>No se ha podido usar la base de datos {path}: {detail}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="108"/>
        <source>Clientela backs up a server&apos;s book with PostgreSQL&apos;s pg_dump, which is not installed on this computer. Install the PostgreSQL client programs (Debian, Ubuntu: apt install postgresql-client; Windows, macOS: the PostgreSQL installer), or have the server&apos;s book backed up on the server itself: pg_dump --format=custom --file=FILE.dump {path}</source>
        <translation>Clientela hace la copia de seguridad de un libro de clientes en un servidor con pg_dump, de PostgreSQL, que no está instalado en este ordenador. Instale los programas cliente de PostgreSQL (Debian, Ubuntu: apt install postgresql-client; Windows, macOS: el instalador de PostgreSQL), o haga la copia en el propio servidor: pg_dump --format=custom --file=ARCHIVO.dump {path}</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="115"/>
        <source>The server&apos;s database {path} could not be backed up: {detail}</source>
        <translation>No se pudo hacer la copia de seguridad de la base de datos del servidor {path}: {detail}</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="118"/>
        <source>The backup of {path} could not be made: {detail}</source>
        <translation>No se pudo hacer la copia de {path}: {detail}</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="121"/>
        <source>The backup {path} cannot be read ({detail}).</source>
        <translation>No se puede leer la copia {path} ({detail}).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="124"/>
        <source>The backup {path} is damaged ({detail}). Choose another backup.</source>
        <translation>La copia {path} está dañada ({detail}). Elija otra copia.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="127"/>
        <source>{path} is not a whole Clientela book: the table {table} is missing. Choose another backup.</source>
        <translation>{path} no es un libro de Clientela completo: falta la tabla {table}. Elija otra copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="132"/>
        <source>{path} is not a whole Clientela book: the table {table} lacks the column {name}. Choose another backup.</source>
        <translation>{path} no es un libro de Clientela completo: a la tabla {table} le falta la columna {name}. Elija otra copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="137"/>
        <source>{path} is not a whole Clientela book: the table {table} lacks the index {name}. Choose another backup.</source>
        <translation>{path} no es un libro de Clientela completo: a la tabla {table} le falta el índice {name}. Elija otra copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="142"/>
        <source>{path} is a database server: back it up with the server&apos;s own tools (pg_dump).</source>
        <translation>{path} es un servidor de bases de datos: haga la copia con las herramientas del propio servidor (pg_dump).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="146"/>
        <source>The folder {path} does not exist. Create it first or choose another.</source>
        <translation>La carpeta {path} no existe. Créela primero o elija otra.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="149"/>
        <source>The backup could not be put in place of {path}: {detail}</source>
        <translation>No se pudo poner la copia en lugar de {path}: {detail}</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="153"/>
        <source>There is no letter of the kind {kind}.</source>
        <translation>No hay ninguna carta del tipo {kind}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="156"/>
        <source>Letters cannot be written in {language}: choose Spanish or English.</source>
        <translation>No se pueden escribir cartas en {language}: elija español o inglés.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="159"/>
        <source>The letter template {file} that came with Clientela is damaged ({problem}). Reinstall Clientela.</source>
        <translation>La plantilla de carta {file} que viene con Clientela está dañada ({problem}). Vuelva a instalar Clientela.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="164"/>
        <source>The template cannot be used: {part}, line {line}, column {column}: {problem} {name}</source>
        <translation>La plantilla no se puede usar: {part}, línea {line}, columna {column}: {problem} {name}</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="168"/>
        <source>The file {path} cannot be written ({reason}). Choose another place.</source>
        <translation>No se puede escribir el archivo {path} ({reason}). Elija otro lugar.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="171"/>
        <source>Choose where the letters go: a combined PDF, a folder, or both.</source>
        <translation>Elija dónde van las cartas: un PDF conjunto, una carpeta, o ambos.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="174"/>
        <source>No client matches: there is no letter to write.</source>
        <translation>Ningún cliente coincide: no hay cartas que escribir.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="177"/>
        <source>None of these clients can get this letter (no postal address, or nothing overdue): there is nothing to print.</source>
        <translation>Ninguno de estos clientes puede recibir esta carta (sin dirección postal, o sin nada vencido): no hay nada que imprimir.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="182"/>
        <source>{name} has no overdue invoice: there is nothing to remind them of.</source>
        <translation>{name} no tiene facturas vencidas: no hay nada que recordarle.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="185"/>
        <source>Letters need your business&apos;s name, address and the name of who signs them. Fill them in under File → Settings… → Business, then write the letter again.</source>
        <translation>Las cartas necesitan el nombre de su negocio, su dirección y el nombre de quien las firma. Rellénelos en Archivo → Preferencias… → Negocio y vuelva a escribir la carta.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="190"/>
        <source>The letter to {name} cannot be printed: no font Clientela ships can draw the character {character} ({code_point}). Remove it from the client&apos;s details or the template, then write the letter again.</source>
        <translation>La carta a {name} no se puede imprimir: ningún tipo de letra de Clientela tiene el carácter {character} ({code_point}). Quítelo de los datos del cliente o de la plantilla y vuelva a escribir la carta.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="196"/>
        <source>No client is called {name}.</source>
        <translation>Ningún cliente se llama {name}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="199"/>
        <source>{count} clients match {name}: give the full name or the client&apos;s number.</source>
        <translation>{count} clientes coinciden con {name}: indique el nombre completo o el número del cliente.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="202"/>
        <source>That record no longer exists; someone may have deleted it.</source>
        <translation>Ese registro ya no existe; puede que alguien lo haya borrado.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="206"/>
        <source>Someone else changed this since you opened it, and their version is kept. Look at it again before changing it.</source>
        <translation>Otra persona lo ha cambiado desde que lo abriste, y se conserva su versión. Vuelve a mirarlo antes de cambiarlo.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="212"/>
        <source>This client was changed elsewhere since you opened it. Close the window and open the client again to see the latest version.</source>
        <translation>Este cliente se ha modificado en otro lugar desde que lo abrió. Cierre la ventana y vuelva a abrir el cliente para ver la última versión.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="218"/>
        <source>Demo clients can only be loaded into an empty client book.</source>
        <translation>Los clientes de ejemplo solo se pueden cargar en una cartera vacía.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="221"/>
        <source>Some fields need attention before saving.</source>
        <translation>Revise algunos campos antes de guardar.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="224"/>
        <source>The criteria file {file} is damaged at {entry}: {problem}. Reinstall Clientela or restore the file.</source>
        <translation>El archivo de criterios {file} está dañado en {entry}: {problem}. Reinstale Clientela o restaure el archivo.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="230"/>
        <source>{path} is empty: there is nothing to import.</source>
        <translation>{path} está vacío: no hay nada que importar.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="233"/>
        <source>{path} has column headers but no rows to import.</source>
        <translation>{path} tiene encabezados de columna pero ninguna fila que importar.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="236"/>
        <source>{path} is not a table Clientela can read. Save it from your spreadsheet as CSV or Excel (.xlsx) and try again.</source>
        <translation>{path} no es una tabla que Clientela pueda leer. Guárdelo desde su hoja de cálculo como CSV o Excel (.xlsx) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="244"/>
        <source>{path} is not written in the {encoding} encoding throughout. Choose another encoding, or save the file again as UTF-8 CSV.</source>
        <translation>{path} no está escrito entero en la codificación {encoding}. Elija otra codificación, o vuelva a guardar el archivo como CSV UTF-8.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="249"/>
        <source>{path} has no sheet called {sheet}.</source>
        <translation>{path} no tiene ninguna hoja llamada {sheet}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="252"/>
        <source>Choose a column for: {fields}.</source>
        <translation>Elija una columna para: {fields}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="255"/>
        <source>The file has no column called {column}.</source>
        <translation>El archivo no tiene ninguna columna llamada {column}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="258"/>
        <source>{field} is not a field of a {kind} import. See --help for the list.</source>
        <translation>{field} no es un campo de una importación de {kind}. Consulte --help para ver la lista.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="261"/>
        <source>{path}: the cell that starts on line {line} is longer than {limit} characters, which no table&apos;s cell is. Perhaps a quote (&quot;) opens a cell there and is never closed.</source>
        <translation>{path}: la celda que empieza en la línea {line} tiene más de {limit} caracteres, y ninguna celda de una tabla es tan larga. Quizá unas comillas (&quot;) abren ahí una celda que nunca se cierra.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="266"/>
        <source>{path}: line {line} is longer than {limit} MB, which no table&apos;s line is. Check that the file is a table, or save it again from your spreadsheet.</source>
        <translation>{path}: la línea {line} ocupa más de {limit} MB, y ninguna línea de una tabla es tan larga. Compruebe que el archivo es una tabla o guárdelo de nuevo desde su hoja de cálculo.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="271"/>
        <source>{path}: row {line} of the sheet holds more than {limit} MB, which no table&apos;s row does. Save the sheet again from your spreadsheet, or as CSV, and import that.</source>
        <translation>{path}: la fila {line} de la hoja ocupa más de {limit} MB, y ninguna fila de una tabla es tan grande. Guarde la hoja de nuevo desde su hoja de cálculo, o como CSV, e importe eso.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="276"/>
        <source>{path}: line {line} has {count} columns, more than the {limit} Clientela reads. Remove the columns you do not need, or check that the file is a table.</source>
        <translation>{path}: la línea {line} tiene {count} columnas, más de las {limit} que lee Clientela. Quite las columnas que no necesite o compruebe que el archivo es una tabla.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="281"/>
        <source>{path} has more than {limit} rows, more than Clientela imports at once. Split it into smaller files and import them one after another.</source>
        <translation>{path} tiene más de {limit} filas, más de las que Clientela importa de una vez. Divídalo en archivos más pequeños e impórtelos uno tras otro.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="286"/>
        <source>{path} holds {size} MB in its part {part}, more than the {limit} MB Clientela reads from a workbook. Save the sheet as CSV and import that.</source>
        <translation>{path} guarda {size} MB en su parte {part}, más de los {limit} MB que Clientela lee de un libro de Excel. Guarde la hoja como CSV e importe eso.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="291"/>
        <source>{path} cannot be written ({detail}).</source>
        <translation>No se puede escribir {path} ({detail}).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="297"/>
        <source>This field is required.</source>
        <translation>Este campo es obligatorio.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="298"/>
        <source>At most {max} characters.</source>
        <translation>Como máximo {max} caracteres.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="301"/>
        <source>This contains invisible control characters, which no keyboard types: retype it or remove them.</source>
        <translation>Contiene caracteres de control invisibles, que ningún teclado escribe: vuelva a escribirlo o quítelos.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="306"/>
        <source>This does not look like an email address (name@example.com).</source>
        <translation>Esto no parece una dirección de correo (nombre@ejemplo.es).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="309"/>
        <source>A phone number has 6 to 15 digits, optionally with +, spaces or dashes.</source>
        <translation>Un teléfono tiene de 6 a 15 cifras, con +, espacios o guiones si quiere.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="312"/>
        <source>{name} already has this tax id.</source>
        <translation>{name} ya tiene este NIF/CIF.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="315"/>
        <source>The check digit does not match this {scheme}: check it for a typing mistake.</source>
        <translation>El dígito de control no cuadra con este {scheme}: compruebe que no haya una errata.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="318"/>
        <source>This does not look like a valid {scheme}: check it for a typing mistake.</source>
        <translation>No parece un {scheme} válido: compruebe que no haya una errata.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="321"/>
        <source>{name} already has this email address.</source>
        <translation>{name} ya tiene esta dirección de correo.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="324"/>
        <source>Choose one of the listed values.</source>
        <translation>Elija uno de los valores de la lista.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="327"/>
        <source>Enter an amount greater than zero.</source>
        <translation>Escriba un importe mayor que cero.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="330"/>
        <source>This cannot be negative.</source>
        <translation>No puede ser negativo.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="333"/>
        <source>This number is too large.</source>
        <translation>Este número es demasiado grande.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="334"/>
        <source>Enter a number, such as 1.250,50 or 1250.50.</source>
        <translation>Escriba un número, por ejemplo 1.250,50 o 1250,50.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="337"/>
        <source>The due date cannot be before the invoice date.</source>
        <translation>El vencimiento no puede ser anterior a la fecha de la factura.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="340"/>
        <source>That invoice belongs to another client.</source>
        <translation>Esa factura es de otro cliente.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="343"/>
        <source>Enter a valid date.</source>
        <translation>Escriba una fecha válida.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="344"/>
        <source>Enter a date between the years {low} and {high}.</source>
        <translation>Escriba una fecha entre los años {low} y {high}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="347"/>
        <source>Use at most {places} decimal places.</source>
        <translation>Use como máximo {places} decimales.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="350"/>
        <source>Say why you choose another verdict than the recommended one.</source>
        <translation>Explique por qué elige un veredicto distinto del recomendado.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="353"/>
        <source>A question was answered twice.</source>
        <translation>Una pregunta tiene dos respuestas.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="356"/>
        <source>Use the three-letter currency code, such as EUR, USD or MXN.</source>
        <translation>Use el código de moneda de tres letras, como EUR, USD o MXN.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="359"/>
        <source>Enter a value from {low} to {high}.</source>
        <translation>Escriba un valor entre {low} y {high}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="362"/>
        <source>The hard limit cannot be shorter than the agreed payment term.</source>
        <translation>El límite máximo no puede ser menor que el plazo de pago acordado.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="365"/>
        <source>This file does not exist.</source>
        <translation>Este archivo no existe.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="366"/>
        <source>The logo must be a PNG or JPEG image.</source>
        <translation>El logotipo debe ser una imagen PNG o JPEG.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="369"/>
        <source>This file cannot be read. Check that you may open it.</source>
        <translation>No se puede leer este archivo. Compruebe que tiene permiso para abrirlo.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="372"/>
        <source>Enter a whole number.</source>
        <translation>Escriba un número entero.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="374"/>
        <source>Same client as line {line} of the file ({name}); skipped.</source>
        <translation>El mismo cliente que la línea {line} del archivo ({name}); omitido.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="377"/>
        <source>{name} is already in your client book; skipped.</source>
        <translation>{name} ya está en su cartera de clientes; omitido.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="380"/>
        <source>Same entry as line {line} of the file; skipped.</source>
        <translation>El mismo apunte que la línea {line} del archivo; omitido.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="383"/>
        <source>Already in the ledger (same client, date, reference and amount); skipped.</source>
        <translation>Ya está en las cuentas (mismo cliente, fecha, referencia e importe); omitido.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="387"/>
        <source>No client has {key} as their {by}.</source>
        <translation>Ningún cliente tiene {key} como {by}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="391"/>
        <source>No client matches {key}.</source>
        <translation>Ningún cliente coincide con {key}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="394"/>
        <source>{key} matches {count} clients: {clients}.</source>
        <translation>{key} coincide con {count} clientes: {clients}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="398"/>
        <source>Several clients match {key}; match by tax id or client id instead.</source>
        <translation>Varios clientes coinciden con {key}; busque por NIF o por número de cliente.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="402"/>
        <source>This client has no invoice with reference {reference}.</source>
        <translation>Este cliente no tiene ninguna factura con la referencia {reference}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="405"/>
        <source>Line {line} holds a byte ({byte}) that is not {encoding} text, shown here as �; the row was left out rather than stored garbled. Correct that character (or choose the file&apos;s encoding) and import the row again.</source>
        <translation>La línea {line} contiene un byte ({byte}) que no es texto {encoding}, mostrado aquí como �; la fila se ha dejado fuera para no guardarla estropeada. Corrija ese carácter (o elija la codificación del archivo) e importe la fila de nuevo.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="417"/>
        <source>Unexpected problem: {detail}</source>
        <translation>Problema inesperado: {detail}</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="426"/>
        <source>detected automatically</source>
        <translation>detectado automáticamente</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="427"/>
        <source>tax id</source>
        <translation>NIF</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="428"/>
        <source>email</source>
        <translation>correo electrónico</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="429"/>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="430"/>
        <source>client number</source>
        <translation>número de cliente</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="450"/>
        <source>Invalid value ({code}).</source>
        <translation>Valor no válido ({code}).</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../../ui/operations.py" line="120"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="223"/>
        <source>Please wait until the work under way has finished.</source>
        <translation>Espere a que termine el trabajo en curso.</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="295"/>
        <source>Something went wrong: {error}</source>
        <translation>Algo ha fallado: {error}</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../ui/password_dialog.py" line="28"/>
        <source>Server password</source>
        <translation>Contraseña del servidor</translation>
    </message>
    <message>
        <location filename="../../ui/password_dialog.py" line="30"/>
        <source>The password for {user} on {host} was not accepted. Type it again.</source>
        <translation>No se aceptó la contraseña de {user} en {host}. Escríbala de nuevo.</translation>
    </message>
    <message>
        <location filename="../../ui/password_dialog.py" line="32"/>
        <source>Type the password for {user} on {host} (database {database}).</source>
        <translation>Escriba la contraseña de {user} en {host} (base de datos {database}).</translation>
    </message>
    <message>
        <location filename="../../ui/password_dialog.py" line="43"/>
        <source>&amp;Remember it in the system keyring</source>
        <translation>&amp;Recordarla en el llavero del sistema</translation>
    </message>
    <message>
        <location filename="../../ui/password_dialog.py" line="48"/>
        <source>This computer has no system keyring: Clientela asks at every start.</source>
        <translation>Este ordenador no tiene llavero del sistema: Clientela la pide en cada inicio.</translation>
    </message>
    <message>
        <location filename="../../ui/password_dialog.py" line="57"/>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="324"/>
        <source>New payment</source>
        <translation>Nuevo cobro</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="324"/>
        <source>Edit payment</source>
        <translation>Editar cobro</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="336"/>
        <source>On account (no invoice)</source>
        <translation>A cuenta (sin factura)</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="347"/>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="348"/>
        <source>&amp;Invoice:</source>
        <translation>Fact&amp;ura:</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="349"/>
        <source>&amp;Amount ({currency}):</source>
        <translation>&amp;Importe ({currency}):</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="350"/>
        <source>&amp;Reference:</source>
        <translation>&amp;Referencia:</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="379"/>
        <source>This payment ({amount}) is more than the {owed} owed. Record it anyway?</source>
        <translation>Este cobro ({amount}) es mayor que los {owed} que se deben. ¿Registrarlo de todos modos?</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../ui/pdf_preview.py" line="32"/>
        <source>Previous page</source>
        <translation>Página anterior</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="35"/>
        <source>Next page</source>
        <translation>Página siguiente</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="37"/>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="38"/>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="39"/>
        <source>Fit to width</source>
        <translation>Ajustar al ancho</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="107"/>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="117"/>
        <source>No PDF viewer could be started. The letter is in %1.</source>
        <translation>No se pudo abrir ningún visor de PDF. La carta está en %1.</translation>
    </message>
</context>
<context>
    <name>PersonalData</name>
    <message>
        <location filename="../../ui/personal_data_actions.py" line="36"/>
        <source>Export client data</source>
        <translation>Exportar los datos del cliente</translation>
    </message>
    <message>
        <location filename="../../ui/personal_data_actions.py" line="38"/>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/personal_data_actions.py" line="52"/>
        <source>Erase {name} completely?

Their record, sales, payments, returns, evaluations and letters are deleted, and the letter PDFs Clientela wrote for them are removed from disk. This cannot be undone.

If you must keep their sales and payments for your accounts, choose Anonymise instead.</source>
        <translation>¿Suprimir a {name} por completo?

Se borran su ficha, ventas, cobros, devoluciones, evaluaciones y cartas, y se eliminan del disco los PDF de cartas que Clientela escribió para este cliente. No se puede deshacer.

Si debe conservar sus ventas y cobros para su contabilidad, elija Anonimizar.</translation>
    </message>
    <message>
        <location filename="../../ui/personal_data_actions.py" line="62"/>
        <source>Anonymise {name}?

Their name becomes “{anonymous}”. Tax id, contact person, email, phone, address, notes, tags, return reasons, evaluation comments and letters (with their PDFs) are deleted.

Kept for your records: the dates, units and amounts of their sales, payments and returns, invoice references, and the scores and verdicts of their evaluations. This cannot be undone.</source>
        <translation>¿Anonimizar a {name}?

Su nombre pasa a ser «{anonymous}». Se borran el NIF, la persona de contacto, el correo, el teléfono, la dirección, las notas, las etiquetas, los motivos de devolución, los comentarios de las evaluaciones y las cartas (con sus PDF).

Se conservan para su contabilidad: las fechas, unidades e importes de sus ventas, cobros y devoluciones, las referencias de factura, y las puntuaciones y veredictos de sus evaluaciones. No se puede deshacer.</translation>
    </message>
    <message>
        <location filename="../../ui/personal_data_actions.py" line="86"/>
        <source>Everything Clientela holds about {name} was saved to
{path}</source>
        <translation>Todo lo que Clientela guarda sobre {name} se guardó en
{path}</translation>
    </message>
    <message>
        <location filename="../../ui/personal_data_actions.py" line="97"/>
        <source>These letter files were not removed (changed since Clientela wrote them, or not removable); delete them yourself if they should go:
{files}</source>
        <translation>Estos archivos de cartas no se eliminaron (cambiaron desde que Clientela los escribió, o no se pueden eliminar); bórrelos usted si deben desaparecer:
{files}</translation>
    </message>
    <message>
        <location filename="../../ui/personal_data_actions.py" line="104"/>
        <source>These campaign files hold other clients&apos; letters too, so they were kept; their letter is still in them:
{files}</source>
        <translation>Estos archivos de campaña contienen también cartas de otros clientes, así que se han conservado; su carta sigue en ellos:
{files}</translation>
    </message>
    <message>
        <location filename="../../ui/personal_data_actions.py" line="113"/>
        <source>{name} was erased.</source>
        <translation>{name} se suprimió.</translation>
    </message>
    <message>
        <location filename="../../ui/personal_data_actions.py" line="119"/>
        <source>{name} was anonymised.</source>
        <translation>{name} se anonimizó.</translation>
    </message>
</context>
<context>
    <name>Placeholders</name>
    <message>
        <location filename="../../ui/template_editor.py" line="57"/>
        <source>client&apos;s name</source>
        <translation>nombre del cliente</translation>
    </message>
    <message>
        <location filename="../../ui/template_editor.py" line="58"/>
        <source>contact person</source>
        <translation>persona de contacto</translation>
    </message>
    <message>
        <location filename="../../ui/template_editor.py" line="59"/>
        <source>your business&apos;s name</source>
        <translation>nombre de su negocio</translation>
    </message>
    <message>
        <location filename="../../ui/template_editor.py" line="60"/>
        <source>who signs</source>
        <translation>quien firma</translation>
    </message>
    <message>
        <location filename="../../ui/template_editor.py" line="61"/>
        <source>signer&apos;s role</source>
        <translation>cargo del firmante</translation>
    </message>
    <message>
        <location filename="../../ui/template_editor.py" line="62"/>
        <source>today&apos;s date</source>
        <translation>fecha de hoy</translation>
    </message>
    <message>
        <location filename="../../ui/template_editor.py" line="63"/>
        <source>date it applies from</source>
        <translation>fecha desde la que se aplica</translation>
    </message>
    <message>
        <location filename="../../ui/template_editor.py" line="64"/>
        <source>payment term</source>
        <translation>plazo de pago</translation>
    </message>
    <message>
        <location filename="../../ui/template_editor.py" line="65"/>
        <source>your loyalty offer</source>
        <translation>su oferta de fidelidad</translation>
    </message>
    <message>
        <location filename="../../ui/template_editor.py" line="66"/>
        <source>list of facts from the ledger</source>
        <translation>lista de hechos de las cuentas</translation>
    </message>
    <message>
        <location filename="../../ui/template_editor.py" line="67"/>
        <source>table of overdue invoices</source>
        <translation>tabla de facturas vencidas</translation>
    </message>
    <message>
        <location filename="../../ui/template_editor.py" line="68"/>
        <source>total overdue</source>
        <translation>total vencido</translation>
    </message>
    <message>
        <location filename="../../ui/template_editor.py" line="69"/>
        <source>date to pay by</source>
        <translation>fecha límite de pago</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <location filename="../../ui/profile_form.py" line="115"/>
        <source>Your business</source>
        <translation>Su negocio</translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="122"/>
        <source>Business &amp;name*:</source>
        <translation>Nom&amp;bre del negocio*:</translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="124"/>
        <source>As it appears on your invoices</source>
        <translation>Tal como figura en sus facturas</translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="133"/>
        <source>Co&amp;untry:</source>
        <translation>Paí&amp;s:</translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="135"/>
        <source>&amp;Email:</source>
        <translation>&amp;Correo:</translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="136"/>
        <source>&amp;Phone:</source>
        <translation>Te&amp;léfono:</translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="182"/>
        <source>PNG or JPEG image</source>
        <translation>Imagen PNG o JPEG</translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="226"/>
        <source>Clientela compares each client&apos;s invoices, payments and returns with these figures and suggests answers when you evaluate them.</source>
        <translation>Clientela compara las facturas, pagos y devoluciones de cada cliente con estas cifras y le sugiere respuestas al evaluarlo.</translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="243"/>
        <source>The days your invoices give clients to pay; lateness counts from here.</source>
        <translation>Los días que sus facturas dan para pagar; el retraso se cuenta desde aquí.</translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="251"/>
        <source>Extra days you accept before a client counts as a late payer.</source>
        <translation>Días de más que acepta antes de considerar a un cliente mal pagador.</translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="259"/>
        <source>Paying this many days after the invoice, or later, is a red flag on its own.</source>
        <translation>Pagar a tantos días de la factura, o más tarde, es por sí solo una señal de alarma.</translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="268"/>
        <source>A client who sends back more than this share of purchases is rarely satisfied.</source>
        <translation>Un cliente que devuelve más de esta parte de sus compras rara vez está satisfecho.</translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="271"/>
        <source> units</source>
        <translation> unidades</translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="272"/>
        <location filename="../../ui/profile_form.py" line="281"/>
        <source>No minimum</source>
        <translation>Sin mínimo</translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="278"/>
        <source>Fewer than this and a client buys too little for the effort they take.</source>
        <translation>Por debajo de esto, el cliente compra demasiado poco para el esfuerzo que exige.</translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="297"/>
        <source>How soon each evaluation asks to be repeated, so no client is forgotten.</source>
        <translation>Cada cuánto se repite la evaluación de un cliente, para que ninguno quede olvidado.</translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="138"/>
        <source>Signed &amp;by:</source>
        <translation>Firmado &amp;por:</translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="130"/>
        <source>Street &amp;address:</source>
        <translation>C&amp;alle:</translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="140"/>
        <source>Managing director</source>
        <translation>Gerente</translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="128"/>
        <source>Street and number</source>
        <translation>Calle y número</translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="131"/>
        <source>Postal &amp;code:</source>
        <translation>C&amp;ódigo postal:</translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="132"/>
        <source>Cit&amp;y:</source>
        <translation>Ciu&amp;dad:</translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="134"/>
        <source>Tax &amp;id:</source>
        <translation>&amp;NIF/CIF:</translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="137"/>
        <source>&amp;Logo:</source>
        <translation>L&amp;ogotipo:</translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="141"/>
        <source>&amp;Signer&apos;s role:</source>
        <translation>Cargo del &amp;firmante:</translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="147"/>
        <source>Letter lan&amp;guage:</source>
        <translation>Idioma de las car&amp;tas:</translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="154"/>
        <source>Cu&amp;rrency:</source>
        <translation>Moneda:</translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="164"/>
        <source>What your thank-you letters in Spanish offer the clients you want to keep. Empty: no offer.</source>
        <translation>Lo que ofrecen sus cartas de agradecimiento en español a los clientes que quiere conservar. Vacía: sin oferta.</translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="172"/>
        <source>Loyalty offer (English):</source>
        <translation>Oferta de fidelidad (inglés):</translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="175"/>
        <source>What your thank-you letters in English offer. Empty: no offer.</source>
        <translation>Lo que ofrecen sus cartas de agradecimiento en inglés. Vacía: sin oferta.</translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="207"/>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="222"/>
        <source>Your ideal client</source>
        <translation>Su cliente ideal</translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="240"/>
        <source>Agreed payment &amp;term:</source>
        <translation>Plazo de pa&amp;go acordado:</translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="256"/>
        <source>&amp;Hard limit:</source>
        <translation>Límite má&amp;ximo:</translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="284"/>
        <source>Minimum re&amp;venue a year:</source>
        <translation>Fact&amp;uración mínima al año:</translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="287"/>
        <source>Less than this in a year and a client may not be worth their time.</source>
        <translation>Con menos de esto al año, puede que el cliente no compense el tiempo que exige.</translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="160"/>
        <source>Loyalty o&amp;ffer (Spanish):</source>
        <translation>Oferta de fidelidad (español):</translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="184"/>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="248"/>
        <source>T&amp;olerated delay:</source>
        <translation>R&amp;etraso tolerado:</translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="264"/>
        <source>Ma&amp;ximum return rate:</source>
        <translation>Tasa máxima de de&amp;volución:</translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="275"/>
        <source>&amp;Minimum units a year:</source>
        <translation>Unidades &amp;mínimas al año:</translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="294"/>
        <source>Revie&amp;w every:</source>
        <translation>&amp;Revisar cada:</translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="300"/>
        <source>How Clientela uses these figures</source>
        <translation>Cómo usa Clientela estas cifras</translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="302"/>
        <source>Opens the user guide. Shift+F1 on a field explains it.</source>
        <translation>Abre la guía de uso. Mayús+F1 sobre un campo lo explica.</translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="311"/>
        <source>&lt;b&gt;Agreed payment term&lt;/b&gt;&lt;p&gt;The days your invoices give a client to pay, as agreed with them. A client who pays within this term, plus the tolerated delay, pays on time. Example: with 30 days, an invoice of 1 March is due on 31 March.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Plazo de pago acordado&lt;/b&gt;&lt;p&gt;Los días que sus facturas dan al cliente para pagar, según lo acordado con él. Quien paga dentro de este plazo, más el retraso tolerado, paga a tiempo. Ejemplo: con 30 días, una factura del 1 de marzo vence el 31 de marzo.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="317"/>
        <source>&lt;b&gt;Tolerated delay&lt;/b&gt;&lt;p&gt;The extra days you accept after the term before a client counts as a late payer. A late payer gets &lt;i&gt;Set boundaries&lt;/i&gt;: a reminder of the terms with the facts. Example: term 30 and delay 15, paying on average 50 days after the invoice is paying late.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Retraso tolerado&lt;/b&gt;&lt;p&gt;Los días de más que acepta tras el plazo antes de considerar que un cliente paga tarde. A quien paga tarde le corresponde &lt;i&gt;Poner límites&lt;/i&gt;: un recordatorio de las condiciones, con los hechos. Ejemplo: con plazo de 30 y retraso de 15, pagar de media 50 días después de la factura es pagar tarde.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="323"/>
        <source>&lt;b&gt;Hard limit&lt;/b&gt;&lt;p&gt;Paying this many days after the invoice or later, or leaving an invoice unpaid past it, is a red flag: the checklist recommends &lt;i&gt;Let go&lt;/i&gt; whatever the score, except for a strategic or class-A client, who gets &lt;i&gt;Set boundaries&lt;/i&gt; first. The articles behind Clientela name the client who pays at 160 days or more.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Límite máximo&lt;/b&gt;&lt;p&gt;Pagar tantos días después de la factura o más, o dejar una factura sin pagar pasado ese plazo, es una señal de alarma: la lista recomienda &lt;i&gt;Dejar ir&lt;/i&gt; sea cual sea la puntuación, salvo a un cliente estratégico o de clase A, a quien corresponde primero &lt;i&gt;Poner límites&lt;/i&gt;. Los artículos en los que se basa Clientela hablan del cliente que paga a 160 días o más.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="330"/>
        <source>&lt;b&gt;Maximum return rate&lt;/b&gt;&lt;p&gt;The share of what a client buys (in units, or in value for services) that you accept to see returned in a year. Over it: &lt;i&gt;Set boundaries&lt;/i&gt;; far over it and repeatedly: a red flag.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Tasa máxima de devolución&lt;/b&gt;&lt;p&gt;La parte de lo que compra un cliente (en unidades, o en importe para los servicios) que acepta ver devuelta en un año. Por encima: &lt;i&gt;Poner límites&lt;/i&gt;; muy por encima y de forma repetida: una señal de alarma.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="335"/>
        <source>&lt;b&gt;Minimum units a year&lt;/b&gt;&lt;p&gt;Below this a client buys too little for the effort: &lt;i&gt;Watch&lt;/i&gt; first, &lt;i&gt;Let go&lt;/i&gt; when it persists. Leave it at &lt;i&gt;No minimum&lt;/i&gt; if volume does not matter to you.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Unidades mínimas al año&lt;/b&gt;&lt;p&gt;Por debajo, el cliente compra demasiado poco para el esfuerzo: primero &lt;i&gt;Vigilar&lt;/i&gt;, y &lt;i&gt;Dejar ir&lt;/i&gt; si persiste. Déjelo en &lt;i&gt;Sin mínimo&lt;/i&gt; si el volumen no le importa.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="340"/>
        <source>&lt;b&gt;Minimum revenue a year&lt;/b&gt;&lt;p&gt;Like the minimum units, in money over the last 12 months.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Facturación mínima al año&lt;/b&gt;&lt;p&gt;Como las unidades mínimas, en dinero durante los últimos 12 meses.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="344"/>
        <source>&lt;b&gt;Review every&lt;/b&gt;&lt;p&gt;How many days after an evaluation the client is due for the next one; &lt;i&gt;Watch&lt;/i&gt; asks for a review sooner.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Revisar cada&lt;/b&gt;&lt;p&gt;Cuántos días después de una evaluación toca la siguiente; &lt;i&gt;Vigilar&lt;/i&gt; pide revisarlo antes.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="423"/>
        <source>Choose your logo</source>
        <translation>Elija su logotipo</translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="423"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>QuestionWidget</name>
    <message>
        <location filename="../../ui/evaluation_wizard.py" line="88"/>
        <source> (suggested)</source>
        <translation> (sugerido)</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation_wizard.py" line="99"/>
        <source>From your ledger: </source>
        <translation>Según sus cuentas: </translation>
    </message>
    <message>
        <location filename="../../ui/evaluation_wizard.py" line="108"/>
        <source>Comment (optional)</source>
        <translation>Comentario (opcional)</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <location filename="../../ui/reasons.py" line="37"/>
        <source>Pays on average {average} days after the invoice (worst {worst}); your agreed term is {term} days and your hard limit {limit}.</source>
        <translation>Paga de media {average} días después de la factura (el peor caso, {worst}); su plazo acordado es de {term} días y su límite máximo, {limit}.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="46"/>
        <location filename="../../ui/reasons.py" line="110"/>
        <source>The oldest unpaid invoice is {days} days old.</source>
        <translation>La factura impagada más antigua tiene {days} días.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="53"/>
        <source>Sent back {rate} % of what they bought in the last 12 months; your maximum is {max} %.</source>
        <translation>Ha devuelto el {rate} % de lo que compró en los últimos 12 meses; su máximo es el {max} %.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="58"/>
        <source>Bought {units} units for {revenue} in the last 12 months; your minimum is {min_units} units and {min_revenue}.</source>
        <translation>Ha comprado {units} unidades por {revenue} en los últimos 12 meses; su mínimo es de {min_units} unidades y {min_revenue}.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="68"/>
        <source>Bought {units} units for {revenue} in the last 12 months. You have set no yearly minimum, so judge for yourself.</source>
        <translation>Ha comprado {units} unidades por {revenue} en los últimos 12 meses. No ha fijado un mínimo anual, así que juzgue usted.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="73"/>
        <source>Bought {last} in the last 6 months against {previous} in the 6 before ({change} %).</source>
        <translation>Ha comprado {last} en los últimos 6 meses frente a {previous} en los 6 anteriores ({change} %).</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="81"/>
        <source>Bought nothing in the 6 months before the last 6: no trend to show yet.</source>
        <translation>No compró nada en los 6 meses anteriores a los últimos 6: todavía no hay tendencia.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="84"/>
        <source>Last purchase {days} days ago.</source>
        <translation>Última compra hace {days} días.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="87"/>
        <source>Has never bought from you.</source>
        <translation>Nunca le ha comprado.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="90"/>
        <source>Brings {share} % of your revenue of the last 12 months (class {abc}).</source>
        <translation>Aporta el {share} % de su facturación de los últimos 12 meses (clase {abc}).</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="93"/>
        <source>Too few invoices in the last two years to judge from the ledger.</source>
        <translation>Hay demasiado pocas facturas en los dos últimos años para juzgar por las cuentas.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="96"/>
        <source>No paid or overdue invoices to judge payment from.</source>
        <translation>No hay facturas cobradas ni vencidas con las que juzgar cómo paga.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="99"/>
        <source>Bought nothing in the last 12 months.</source>
        <translation>No ha comprado nada en los últimos 12 meses.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="103"/>
        <source>Red flag: pays on average {average} days after the invoice; your limit is {limit}.</source>
        <translation>Señal de alarma: paga de media {average} días después de la factura; su límite es {limit}.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="118"/>
        <source>Red flag: sends back {rate} % of what they buy; your maximum is {max} %.</source>
        <translation>Señal de alarma: devuelve el {rate} % de lo que compra; su máximo es el {max} %.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="124"/>
        <source>That is {far} % or more, {returns} times in 12 months.</source>
        <translation>Es el {far} % o más, {returns} veces en 12 meses.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="131"/>
        <source>Sends back {rate} % of what they buy; your maximum is {max} % (a red flag from {far} %, when repeated).</source>
        <translation>Devuelve el {rate} % de lo que compra; su máximo es el {max} % (señal de alarma desde el {far} %, si se repite).</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="136"/>
        <source>Late payer: pays on average {average} days after the invoice; your term and tolerated delay allow {allowed} days (a red flag from {limit}).</source>
        <translation>Paga tarde: de media {average} días después de la factura; su plazo y el retraso tolerado permiten {allowed} días (señal de alarma desde {limit}).</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="141"/>
        <source>An invoice unpaid for {days} days; your term and tolerated delay allow {allowed} days (a red flag from {limit}).</source>
        <translation>Una factura sin pagar desde hace {days} días; su plazo y el retraso tolerado permiten {allowed} días (señal de alarma desde {limit}).</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="146"/>
        <source>Red flag: an invoice unpaid for {days} days; your limit is {limit}.</source>
        <translation>Señal de alarma: una factura sin pagar desde hace {days} días; su límite es {limit}.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="150"/>
        <source>Overdue now: {amount}.</source>
        <translation>Vencido ahora: {amount}.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="153"/>
        <source>Bought only {units} units for {revenue} in 12 months, below your minimum of {min_units} units or {min_revenue}; the year before was above it.</source>
        <translation>Solo compró {units} unidades por {revenue} en 12 meses, por debajo de su mínimo de {min_units} unidades o {min_revenue}; el año anterior lo superó.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="163"/>
        <source>Class A: brings {share} % of your revenue, so boundaries come before letting go.</source>
        <translation>Clase A: aporta el {share} % de su facturación, así que primero se ponen límites antes de dejarlo ir.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="167"/>
        <source>If nothing changes by the next review, letting go follows.</source>
        <translation>Si nada cambia antes de la próxima revisión, toca dejarlo ir.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="171"/>
        <source>Red flag: bought only {units} units for {revenue} in 12 months, below your minimum of {min_units} units or {min_revenue}.</source>
        <translation>Señal de alarma: solo ha comprado {units} unidades por {revenue} en 12 meses, por debajo de su mínimo de {min_units} unidades o {min_revenue}.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="183"/>
        <source>The 12 months before, too: {units} units for {revenue}.</source>
        <translation>Los 12 meses anteriores, también: {units} unidades por {revenue}.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="190"/>
        <source>Red flag: you answered no.</source>
        <translation>Señal de alarma: usted respondió que no.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="193"/>
        <source>You answered: {answer}.</source>
        <translation>Usted respondió: {answer}.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="197"/>
        <source>Score {score} out of 100.</source>
        <translation>Puntuación {score} de 100.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="201"/>
        <source>No question answered, so no score.</source>
        <translation>No hay preguntas respondidas, así que no hay puntuación.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="203"/>
        <source>Already demands more than the terms you offer: wait before acquiring.</source>
        <translation>Ya exige más de lo que usted ofrece: espere antes de captarlo.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="206"/>
        <source>Does not match the client you want: no need to pursue.</source>
        <translation>No encaja con el cliente que usted busca: no hace falta perseguirlo.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="209"/>
        <source>Not clear yet whether they match the client you want.</source>
        <translation>Todavía no está claro si encaja con el cliente que usted busca.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="212"/>
        <source>A good client worth recovering, once what drove them away is fixed.</source>
        <translation>Un buen cliente que vale la pena recuperar, cuando esté resuelto lo que le hizo irse.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="215"/>
        <source>Was not a good client: no need to win them back.</source>
        <translation>No era un buen cliente: no hace falta recuperarlo.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="218"/>
        <source>Marked as strategic, so never recommended for letting go.</source>
        <translation>Marcado como estratégico, así que nunca se recomienda dejarlo ir.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="221"/>
        <source>Valuable: pays, rarely returns and buys enough (score {score} on those three).</source>
        <translation>Valioso: paga, apenas devuelve y compra lo suficiente (puntuación {score} en esas tres).</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="225"/>
        <source>Not valuable enough to put up with demands beyond the terms.</source>
        <translation>No es lo bastante valioso como para aguantar exigencias fuera de lo pactado.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="228"/>
        <source>Too many questions answered &quot;don&apos;t know&quot; to decide.</source>
        <translation>Demasiadas preguntas respondidas con «no lo sé» para decidir.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="231"/>
        <source>No red flag.</source>
        <translation>Ninguna señal de alarma.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="232"/>
        <source>A good client who buys less and less: find out why before they leave.</source>
        <translation>Un buen cliente que cada vez compra menos: averigüe por qué antes de que se vaya.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="235"/>
        <source>Neither clearly good nor clearly bad: look again sooner.</source>
        <translation>Ni claramente bueno ni claramente malo: vuelva a mirarlo antes.</translation>
    </message>
</context>
<context>
    <name>RecipientsModel</name>
    <message>
        <location filename="../../ui/recipients_table.py" line="73"/>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../ui/recipients_table.py" line="73"/>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <location filename="../../ui/recipients_table.py" line="73"/>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <location filename="../../ui/recipients_table.py" line="73"/>
        <source>Warnings</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <location filename="../../ui/recipients_table.py" line="86"/>
        <source>has invoices past their due date</source>
        <translation>tiene facturas pasadas de su vencimiento</translation>
    </message>
    <message>
        <location filename="../../ui/recipients_table.py" line="91"/>
        <source>Score %1 out of 100.</source>
        <translation>Puntuación de %1 sobre 100.</translation>
    </message>
    <message>
        <location filename="../../ui/recipients_table.py" line="92"/>
        <source>not evaluated yet</source>
        <translation>aún sin evaluar</translation>
    </message>
    <message>
        <location filename="../../ui/recipients_table.py" line="99"/>
        <source>strategic client</source>
        <translation>cliente estratégico</translation>
    </message>
    <message>
        <location filename="../../ui/recipients_table.py" line="101"/>
        <source>no postal address: will be skipped</source>
        <translation>sin dirección postal: se omitirá</translation>
    </message>
    <message>
        <location filename="../../ui/recipients_table.py" line="123"/>
        <source>Held back from this letter unless you tick it.</source>
        <translation>Retenido de esta carta salvo que lo marque.</translation>
    </message>
</context>
<context>
    <name>RecipientsPanel</name>
    <message>
        <location filename="../../ui/recipients_table.py" line="170"/>
        <source>Select &amp;all</source>
        <translation>Marcar t&amp;odos</translation>
    </message>
    <message>
        <location filename="../../ui/recipients_table.py" line="172"/>
        <source>Select &amp;none</source>
        <translation>Des&amp;marcar todos</translation>
    </message>
    <message>
        <location filename="../../ui/recipients_table.py" line="191"/>
        <source>Recipients (untick those who should get no letter):</source>
        <translation>Destinatarios (desmarque a quien no deba recibir carta):</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/recipients_table.py" line="218"/>
        <source>%n letter(s) to write</source>
        <translation>
            <numerusform>%n carta por escribir</numerusform>
            <numerusform>%n cartas por escribir</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/recipients_table.py" line="221"/>
        <source>; %n held back by the ledger or the verdict (unticked)</source>
        <translation>
            <numerusform>; %n retenido por sus cuentas o su veredicto (sin marcar)</numerusform>
            <numerusform>; %n retenidos por sus cuentas o su veredicto (sin marcar)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../ui/report_dialog.py" line="54"/>
        <source>Portfolio report</source>
        <translation>Informe de la cartera</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="61"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="62"/>
        <source>&amp;Save as…</source>
        <translation>&amp;Guardar como…</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="63"/>
        <source>&amp;Open in PDF viewer</source>
        <translation>&amp;Abrir en el visor de PDF</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="103"/>
        <source>Preparing the report…</source>
        <translation>Preparando el informe…</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="126"/>
        <source>Portfolio report %1</source>
        <translation>Informe de la cartera %1</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="133"/>
        <source>Save report</source>
        <translation>Guardar el informe</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="133"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="142"/>
        <source>The report could not be saved: %1</source>
        <translation>No se ha podido guardar el informe: %1</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="147"/>
        <source>Saved to %1.</source>
        <translation>Guardado en %1.</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="158"/>
        <source>Opened %1.</source>
        <translation>Abierto %1.</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="163"/>
        <source>Print report</source>
        <translation>Imprimir el informe</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/report_dialog.py" line="168"/>
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>Enviada %n página a la impresora.</numerusform>
            <numerusform>Enviadas %n páginas a la impresora.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="170"/>
        <source>The printer could not be started.</source>
        <translation>No se ha podido iniciar la impresora.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../ui/restore_dialog.py" line="40"/>
        <source>Restore from backup</source>
        <translation>Restaurar una copia</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="43"/>
        <source>Choose the backup to go back to. Your current database is copied to the backups folder first, so this can be undone.</source>
        <translation>Elija la copia a la que volver. Antes, su base de datos actual se copia en la carpeta de copias, así que se puede deshacer.</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="58"/>
        <source>There are no backups in {folder} yet.</source>
        <translation>Aún no hay copias en {folder}.</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="64"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="68"/>
        <source>&amp;Other file…</source>
        <translation>&amp;Otro archivo…</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="92"/>
        <source>made by you</source>
        <translation>hecha por usted</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="93"/>
        <source>daily</source>
        <translation>diaria</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="94"/>
        <source>on closing</source>
        <translation>al cerrar</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="95"/>
        <source>before a restore</source>
        <translation>antes de una restauración</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="98"/>
        <source>before an update</source>
        <translation>antes de una actualización</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="111"/>
        <source>Restore from a backup file</source>
        <translation>Restaurar desde un archivo de copia</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="113"/>
        <source>Clientela databases (*.sqlite3 *.db);;All files (*)</source>
        <translation>Bases de datos de Clientela (*.sqlite3 *.db);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../../ui/evaluation_wizard.py" line="212"/>
        <source>Recommendation</source>
        <translation>Recomendación</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation_wizard.py" line="213"/>
        <source>What the checklist suggests, and why. The decision is yours.</source>
        <translation>Lo que sugiere la evaluación, y por qué. La decisión es suya.</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation_wizard.py" line="229"/>
        <source>Required when you choose another verdict</source>
        <translation>Obligatorio si elige otro veredicto</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation_wizard.py" line="239"/>
        <source>&amp;Your decision:</source>
        <translation>Su &amp;decisión:</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation_wizard.py" line="240"/>
        <source>&amp;Why, if different:</source>
        <translation>&amp;Por qué, si es distinta:</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation_wizard.py" line="242"/>
        <source>Next re&amp;view:</source>
        <translation>Próxima re&amp;visión:</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation_wizard.py" line="265"/>
        <source>Score %1 of 100 · Recommended: %2</source>
        <translation>Puntuación %1 de 100 · Recomendado: %2</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation_wizard.py" line="294"/>
        <source>Say why you choose another verdict.</source>
        <translation>Explique por qué elige otro veredicto.</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="408"/>
        <source>New return</source>
        <translation>Nueva devolución</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="408"/>
        <source>Edit return</source>
        <translation>Editar devolución</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="411"/>
        <source>Not linked to an invoice</source>
        <translation>Sin factura asociada</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="420"/>
        <source>Why it came back</source>
        <translation>Por qué se devolvió</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="421"/>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="422"/>
        <source>&amp;Invoice:</source>
        <translation>Fa&amp;ctura:</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="423"/>
        <source>&amp;Units:</source>
        <translation>&amp;Unidades:</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="425"/>
        <source>&amp;Credited amount ({currency}):</source>
        <translation>Importe &amp;abonado ({currency}):</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="429"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
</context>
<context>
    <name>SaleDialog</name>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="255"/>
        <source>New sale</source>
        <translation>Nueva venta</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="255"/>
        <source>Edit sale</source>
        <translation>Editar venta</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="271"/>
        <source>Invoice &amp;date:</source>
        <translation>&amp;Fecha de factura:</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="270"/>
        <source>&amp;Reference:</source>
        <translation>&amp;Referencia:</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="272"/>
        <source>Due da&amp;te:</source>
        <translation>&amp;Vencimiento:</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="273"/>
        <source>&amp;Units:</source>
        <translation>&amp;Unidades:</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="274"/>
        <source>&amp;Amount ({currency}):</source>
        <translation>&amp;Importe ({currency}):</translation>
    </message>
</context>
<context>
    <name>SenderCheck</name>
    <message>
        <location filename="../../ui/sender_check.py" line="20"/>
        <source>business name</source>
        <translation>nombre del negocio</translation>
    </message>
    <message>
        <location filename="../../ui/sender_check.py" line="21"/>
        <source>address</source>
        <translation>dirección</translation>
    </message>
    <message>
        <location filename="../../ui/sender_check.py" line="22"/>
        <source>signer</source>
        <translation>firmante</translation>
    </message>
    <message>
        <location filename="../../ui/sender_check.py" line="36"/>
        <source>A letter needs your business&apos;s name, address and the name of who signs it; still missing: %1.

Open Settings (Business) to fill them in now?</source>
        <translation>Una carta necesita el nombre de su negocio, su dirección y el nombre de quien la firma; aún falta: %1.

¿Abrir Preferencias (Negocio) para rellenarlos ahora?</translation>
    </message>
    <message>
        <location filename="../../ui/sender_check.py" line="41"/>
        <source>Letters</source>
        <translation>Cartas</translation>
    </message>
</context>
<context>
    <name>ServerCheck</name>
    <message>
        <location filename="../../ui/server_check_text.py" line="12"/>
        <source>Connected: this is a Clientela book, ready to use.</source>
        <translation>Conectado: es un libro de clientes de Clientela, listo para usar.</translation>
    </message>
    <message>
        <location filename="../../ui/server_check_text.py" line="15"/>
        <source>Connected: this is a book of an older Clientela; it is updated when Clientela opens it.</source>
        <translation>Conectado: es un libro de clientes de una versión anterior de Clientela; se actualiza cuando Clientela lo abre.</translation>
    </message>
    <message>
        <location filename="../../ui/server_check_text.py" line="20"/>
        <source>Connected: the database is empty; Clientela creates the book in it at the next start.</source>
        <translation>Conectado: la base de datos está vacía; Clientela crea en ella el libro de clientes en el próximo inicio.</translation>
    </message>
    <message>
        <location filename="../../ui/server_check_text.py" line="24"/>
        <source>The server cannot be reached. Check the server name and port, that the server is running, and that this computer may connect to it (network, firewall).</source>
        <translation>No se puede llegar al servidor. Compruebe el nombre del servidor y el puerto, que el servidor está en marcha y que este ordenador puede conectarse a él (red, cortafuegos).</translation>
    </message>
    <message>
        <location filename="../../ui/server_check_text.py" line="29"/>
        <source>The server refused the user name or the password. Check both and try again.</source>
        <translation>El servidor rechazó el nombre de usuario o la contraseña. Compruebe ambos y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../ui/server_check_text.py" line="33"/>
        <source>The server asks for a password: type it here, or keep it in the system keyring or in the password file (~/.pgpass).</source>
        <translation>El servidor pide una contraseña: escríbala aquí, o guárdela en el llavero del sistema o en el archivo de contraseñas (~/.pgpass).</translation>
    </message>
    <message>
        <location filename="../../ui/server_check_text.py" line="38"/>
        <source>The server has no database with this name. Check the name, or ask whoever runs the server to create it.</source>
        <translation>El servidor no tiene ninguna base de datos con este nombre. Compruebe el nombre o pida a quien administra el servidor que la cree.</translation>
    </message>
    <message>
        <location filename="../../ui/server_check_text.py" line="43"/>
        <source>This database belongs to another program, not to Clientela. Choose another database; nothing was changed in it.</source>
        <translation>Esta base de datos pertenece a otro programa, no a Clientela. Elija otra base de datos; no se ha cambiado nada en ella.</translation>
    </message>
    <message>
        <location filename="../../ui/server_check_text.py" line="48"/>
        <source>This book was updated by a newer version of Clientela. Update Clientela on this computer to use it.</source>
        <translation>Este libro de clientes lo actualizó una versión más reciente de Clientela. Actualice Clientela en este ordenador para usarlo.</translation>
    </message>
    <message>
        <location filename="../../ui/server_check_text.py" line="53"/>
        <source>The secure connection (SSL) failed. Check the SSL mode, or ask whoever runs the server which one it needs.</source>
        <translation>La conexión segura (SSL) falló. Compruebe el modo SSL o pregunte a quien administra el servidor cuál necesita.</translation>
    </message>
    <message>
        <location filename="../../ui/server_check_text.py" line="61"/>
        <source>The connection failed: {detail}</source>
        <translation>La conexión falló: {detail}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="63"/>
        <source>Settings</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="80"/>
        <source>Business</source>
        <translation>Negocio</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="81"/>
        <source>Application</source>
        <translation>Aplicación</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="82"/>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="99"/>
        <source>System default</source>
        <translation>El del sistema</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="114"/>
        <source>Older automatic and manual backups are deleted beyond this number.</source>
        <translation>Por encima de este número se borran las copias automáticas y manuales más antiguas.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="125"/>
        <source>Recorded on the evaluations and letters you make. Empty: your user name.</source>
        <translation>Se registra en las evaluaciones y cartas que hagas. Vacío: tu nombre de usuario.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="133"/>
        <source>Interface &amp;language:</source>
        <translation>&amp;Idioma de la interfaz:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="135"/>
        <source>Backups to &amp;keep:</source>
        <translation>Copias que &amp;conservar:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="137"/>
        <source>Your &amp;name:</source>
        <translation>Tu &amp;nombre:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="151"/>
        <source>Someone else saved the business profile while you had Settings open. Here is what they saved beside yours. Take their version, or save yours over it?</source>
        <translation>Otra persona ha guardado el perfil del negocio mientras tenías abierta la configuración. Aquí tienes lo que guardó junto a lo tuyo. ¿Te quedas con su versión o guardas la tuya encima?</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="167"/>
        <source>This computer&apos;s &amp;file (one person)</source>
        <translation>El arc&amp;hivo de este ordenador (una persona)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="169"/>
        <source>A Postgre&amp;SQL server (a team shares one book)</source>
        <translation>Un servidor Postgre&amp;SQL (un equipo comparte un libro de clientes)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="175"/>
        <source>server name or address</source>
        <translation>nombre o dirección del servidor</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="187"/>
        <source>Use SSL when the server offers it</source>
        <translation>Usar SSL cuando el servidor lo ofrezca</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="188"/>
        <source>Always use SSL</source>
        <translation>Usar siempre SSL</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="189"/>
        <source>Always use SSL and check the server&apos;s certificate</source>
        <translation>Usar siempre SSL y comprobar el certificado del servidor</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="190"/>
        <source>Never use SSL</source>
        <translation>No usar nunca SSL</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="198"/>
        <source>empty: the keyring&apos;s, ~/.pgpass, or asked</source>
        <translation>vacía: la del llavero, ~/.pgpass, o se pide</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="199"/>
        <source>&amp;Remember the password in the system keyring</source>
        <translation>&amp;Recordar la contraseña en el llavero del sistema</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="205"/>
        <source>This computer has no system keyring: Clientela asks at every start.</source>
        <translation>Este ordenador no tiene llavero del sistema: Clientela la pide en cada inicio.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="207"/>
        <source>&amp;Test connection</source>
        <translation>&amp;Probar la conexión</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="221"/>
        <source>Ser&amp;ver:</source>
        <translation>Ser&amp;vidor:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="222"/>
        <source>P&amp;ort:</source>
        <translation>Puer&amp;to:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="223"/>
        <source>Data&amp;base:</source>
        <translation>Base de &amp;datos:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="224"/>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="225"/>
        <source>SS&amp;L:</source>
        <translation>SS&amp;L:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="226"/>
        <source>Pass&amp;word:</source>
        <translation>C&amp;ontraseña:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="264"/>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="105"/>
        <location filename="../../ui/settings_dialog.py" line="213"/>
        <source>Takes effect when Clientela restarts.</source>
        <translation>Se aplica la próxima vez que abra Clientela.</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <location filename="../../ui/template_editor.py" line="85"/>
        <source>Letter templates</source>
        <translation>Plantillas de cartas</translation>
    </message>
    <message>
        <location filename="../../ui/template_editor.py" line="132"/>
        <source>&amp;Letter:</source>
        <translation>&amp;Carta:</translation>
    </message>
    <message>
        <location filename="../../ui/template_editor.py" line="133"/>
        <source>L&amp;anguage:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location filename="../../ui/template_editor.py" line="135"/>
        <source>&amp;Subject:</source>
        <translation>&amp;Asunto:</translation>
    </message>
    <message>
        <location filename="../../ui/template_editor.py" line="138"/>
        <source>&amp;Body (blank lines separate paragraphs):</source>
        <translation>&amp;Texto (una línea en blanco separa los párrafos):</translation>
    </message>
    <message>
        <location filename="../../ui/template_editor.py" line="142"/>
        <source>Placeholders (double-click to insert):</source>
        <translation>Campos (doble clic para insertar):</translation>
    </message>
    <message>
        <location filename="../../ui/template_editor.py" line="156"/>
        <source>&amp;Restore the shipped text</source>
        <translation>&amp;Restaurar el texto original</translation>
    </message>
    <message>
        <location filename="../../ui/template_editor.py" line="183"/>
        <source>The shipped text.</source>
        <translation>El texto original.</translation>
    </message>
    <message>
        <location filename="../../ui/template_editor.py" line="185"/>
        <source>Your edited text (the shipped one can be restored).</source>
        <translation>Su texto modificado (el original se puede restaurar).</translation>
    </message>
    <message>
        <location filename="../../ui/template_editor.py" line="200"/>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location filename="../../ui/template_editor.py" line="201"/>
        <source>Your changes to this template are not saved. Discard them?</source>
        <translation>Sus cambios en esta plantilla no están guardados. ¿Descartarlos?</translation>
    </message>
    <message>
        <location filename="../../ui/template_editor.py" line="220"/>
        <location filename="../../ui/template_editor.py" line="316"/>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <location filename="../../ui/template_editor.py" line="220"/>
        <source>Body</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location filename="../../ui/template_editor.py" line="222"/>
        <source>unknown placeholder {%1}</source>
        <translation>campo desconocido {%1}</translation>
    </message>
    <message>
        <location filename="../../ui/template_editor.py" line="223"/>
        <source>“{” is not closed; write {{ for a brace</source>
        <translation>«{» no está cerrada; escriba {{ para una llave</translation>
    </message>
    <message>
        <location filename="../../ui/template_editor.py" line="224"/>
        <source>“}” without “{”; write }} for a brace</source>
        <translation>«}» sin «{»; escriba }} para una llave</translation>
    </message>
    <message>
        <location filename="../../ui/template_editor.py" line="225"/>
        <source>must not be empty</source>
        <translation>no puede estar vacío</translation>
    </message>
    <message>
        <location filename="../../ui/template_editor.py" line="226"/>
        <source>is too long (at most %1 characters)</source>
        <translation>es demasiado largo (como mucho %1 caracteres)</translation>
    </message>
    <message>
        <location filename="../../ui/template_editor.py" line="227"/>
        <source>must be one line</source>
        <translation>debe ser una sola línea</translation>
    </message>
    <message>
        <location filename="../../ui/template_editor.py" line="228"/>
        <source>%1 must be a paragraph of its own</source>
        <translation>%1 debe ser un párrafo aparte</translation>
    </message>
    <message>
        <location filename="../../ui/template_editor.py" line="231"/>
        <source>%1, line %2, column %3: %4</source>
        <translation>%1, línea %2, columna %3: %4</translation>
    </message>
    <message>
        <location filename="../../ui/template_editor.py" line="317"/>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location filename="../../ui/template_editor.py" line="322"/>
        <source>Someone else saved this template while you were editing it. Here is what they saved beside what you typed. Take their version, or save yours over it?</source>
        <translation>Otra persona ha guardado esta plantilla mientras la editabas. Aquí tienes lo que guardó junto a lo que escribiste tú. ¿Te quedas con su versión o guardas la tuya encima?</translation>
    </message>
    <message>
        <location filename="../../ui/template_editor.py" line="333"/>
        <source>Restore the shipped text</source>
        <translation>Restaurar el texto original</translation>
    </message>
    <message>
        <location filename="../../ui/template_editor.py" line="334"/>
        <source>Replace your version of this template with the text Clientela ships?</source>
        <translation>¿Sustituir su versión de esta plantilla por el texto original de Clientela?</translation>
    </message>
</context>
<context>
    <name>TriageDialog</name>
    <message>
        <location filename="../../ui/triage_dialog.py" line="34"/>
        <source>Triage</source>
        <translation>Triaje</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/triage_dialog.py" line="42"/>
        <source>%n client(s) show red flags in the ledger; evaluate them first.</source>
        <translation>
            <numerusform>%n cliente muestra señales de alarma en sus cuentas; evalúelo primero.</numerusform>
            <numerusform>%n clientes muestran señales de alarma en sus cuentas; evalúelos primero.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/triage_dialog.py" line="47"/>
        <source>What the ledger alone points to, over %1 clients: %2</source>
        <translation>Lo que indican solo las cuentas, en %1 clientes: %2</translation>
    </message>
    <message>
        <location filename="../../ui/triage_dialog.py" line="55"/>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../ui/triage_dialog.py" line="55"/>
        <source>Red flags</source>
        <translation>Señales de alarma</translation>
    </message>
    <message>
        <location filename="../../ui/triage_dialog.py" line="61"/>
        <source>Double-click a client, or press Enter, to evaluate it.</source>
        <translation>Haga doble clic en un cliente, o pulse Intro, para evaluarlo.</translation>
    </message>
    <message>
        <location filename="../../ui/triage_dialog.py" line="74"/>
        <source>&amp;Show them in the list</source>
        <translation>&amp;Mostrarlos en la lista</translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <location filename="../../ui/user_guide.py" line="41"/>
        <source>Clientela user guide</source>
        <translation>Guía de uso de Clientela</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../ui/welcome_dialog.py" line="44"/>
        <location filename="../../ui/welcome_dialog.py" line="78"/>
        <source>Welcome to Clientela</source>
        <translation>Bienvenido a Clientela</translation>
    </message>
    <message>
        <location filename="../../ui/welcome_dialog.py" line="55"/>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <location filename="../../ui/welcome_dialog.py" line="59"/>
        <source>Later</source>
        <translation>Más tarde</translation>
    </message>
    <message>
        <location filename="../../ui/welcome_dialog.py" line="107"/>
        <source>Load &amp;demo clients so I can try Clientela first</source>
        <translation>Cargar clientes de e&amp;jemplo para probar Clientela</translation>
    </message>
    <message>
        <location filename="../../ui/welcome_dialog.py" line="61"/>
        <source>Ask again the next time Clientela starts.</source>
        <translation>Volver a preguntar la próxima vez que se abra Clientela.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome_dialog.py" line="85"/>
        <source>Clientela keeps your clients with everything they buy, pay and return. A few times a year it helps you decide, client by client, whom to look after, whom to set limits with and whom to let go, and writes the letter.</source>
        <translation>Clientela guarda sus clientes con todo lo que compran, pagan y devuelven. Unas cuantas veces al año le ayuda a decidir, cliente a cliente, a quién cuidar, con quién poner límites y a quién dejar ir, y le escribe la carta.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome_dialog.py" line="93"/>
        <source>First, tell it about your business. Only the name is needed now; you can change everything later in Settings.</source>
        <translation>Primero, cuéntele cómo es su negocio. Ahora solo hace falta el nombre; podrá cambiarlo todo después en Preferencias.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome_dialog.py" line="111"/>
        <source>A dozen made-up clients with 18 months of invoices, payments and returns, each a different kind of client.</source>
        <translation>Una docena de clientes inventados con 18 meses de facturas, pagos y devoluciones, cada uno de un tipo distinto.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome_dialog.py" line="121"/>
        <source>Your book already has clients, so no demo clients are added.</source>
        <translation>Su cartera ya tiene clientes, así que no se añaden clientes de demostración.</translation>
    </message>
</context>
</TS>
