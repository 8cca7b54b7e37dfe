<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es_ES">
<context>
    <name>Cli</name>
    <message>
        <location filename="../../ui/cli.py" line="75" />
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="76" />
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="77" />
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/cli.py" line="94" />
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n cliente</numerusform><numerusform>%n clientes</numerusform></translation>
    </message>
</context>
<context>
    <name>ClientDetailDialog</name>
    <message>
        <location filename="../../ui/client_detail.py" line="36" />
        <source>&amp;Edit client…</source>
        <translation>&amp;Editar cliente…</translation>
    </message>
    <message>
        <location filename="../../ui/client_detail.py" line="64" />
        <source>strategic</source>
        <translation>estratégico</translation>
    </message>
    <message>
        <location filename="../../ui/client_detail.py" line="65" />
        <source>Letter language: %1</source>
        <translation>Idioma de las cartas: %1</translation>
    </message>
</context>
<context>
    <name>ClientEditorDialog</name>
    <message>
        <location filename="../../ui/client_editor.py" line="65" />
        <source>New client</source>
        <translation>Nuevo cliente</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="65" />
        <source>Edit client</source>
        <translation>Editar cliente</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="91" />
        <source>Who they are</source>
        <translation>Quién es</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="93" />
        <source>&amp;Name*:</source>
        <translation>&amp;Nombre*:</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="93" />
        <source>How you call them</source>
        <translation>Cómo lo llama usted</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="95" />
        <source>&amp;Company:</source>
        <translation>&amp;Empresa:</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="95" />
        <source>Legal or company name</source>
        <translation>Razón social</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="97" />
        <source>&amp;Tax id:</source>
        <translation>N&amp;IF/CIF:</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="98" />
        <source>Con&amp;tact person:</source>
        <translation>Persona de con&amp;tacto:</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="99" />
        <source>&amp;Email:</source>
        <translation>Co&amp;rreo:</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="100" />
        <source>&amp;Phone:</source>
        <translation>Te&amp;léfono:</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="102" />
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="108" />
        <source>&amp;Street:</source>
        <translation>C&amp;alle:</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="109" />
        <source>P&amp;ostal code:</source>
        <translation>C&amp;ódigo postal:</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="110" />
        <source>C&amp;ity:</source>
        <translation>Ciu&amp;dad:</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="111" />
        <source>Co&amp;untry:</source>
        <translation>Paí&amp;s:</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="113" />
        <source>Relationship</source>
        <translation>Relación</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="120" />
        <source>&amp;Stage:</source>
        <translation>Eta&amp;pa:</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="125" />
        <source>Letter &amp;language:</source>
        <translation>Idio&amp;ma de las cartas:</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="126" />
        <source>Strategic client</source>
        <translation>Cliente estratégico</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="128" />
        <source>Keep this client whatever the checklist says; never suggested for letting go.</source>
        <translation>Conservar este cliente diga lo que diga la evaluación; nunca se propondrá dejarlo ir.</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="134" />
        <source>wholesale, Madrid, ... (separated by commas)</source>
        <translation>mayorista, Madrid, ... (separadas por comas)</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="135" />
        <source>T&amp;ags:</source>
        <translation>Eti&amp;quetas:</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="139" />
        <source>Anything worth remembering about this client</source>
        <translation>Todo lo que merezca la pena recordar de este cliente</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="140" />
        <source>N&amp;otes:</source>
        <translation>N&amp;otas:</translation>
    </message>
</context>
<context>
    <name>ClientTableModel</name>
    <message>
        <location filename="../../ui/client_table_model.py" line="109" />
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/client_table_model.py" line="110" />
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <location filename="../../ui/client_table_model.py" line="111" />
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <location filename="../../ui/client_table_model.py" line="112" />
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <location filename="../../ui/client_table_model.py" line="113" />
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <location filename="../../ui/client_table_model.py" line="114" />
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../ui/client_table_model.py" line="115" />
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <location filename="../../ui/client_table_model.py" line="116" />
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <location filename="../../ui/client_table_model.py" line="117" />
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <location filename="../../ui/client_table_model.py" line="118" />
        <source>Next review</source>
        <translation>Próxima revisión</translation>
    </message>
    <message>
        <location filename="../../ui/client_table_model.py" line="139" />
        <source>Strategic client</source>
        <translation>Cliente estratégico</translation>
    </message>
</context>
<context>
    <name>FieldMessage</name>
    <message>
        <location filename="../../ui/field_message.py" line="25" />
        <source>Note: </source>
        <translation>Aviso: </translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../ui/labels.py" line="12" />
        <source>Prospect</source>
        <translation>Potencial</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="13" />
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="14" />
        <source>Lost</source>
        <translation>Perdido</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="15" />
        <source>Former (let go)</source>
        <translation>Antiguo (dejado ir)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="23" />
        <source>Retain</source>
        <translation>Fidelizar</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="24" />
        <source>Set boundaries</source>
        <translation>Poner límites</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="25" />
        <source>Recover</source>
        <translation>Recuperar</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="26" />
        <source>Let go</source>
        <translation>Dejar ir</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="27" />
        <source>Acquire</source>
        <translation>Captar</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="28" />
        <source>Watch</source>
        <translation>Vigilar</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="34" />
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="35" />
        <source>English</source>
        <translation>Inglés</translation>
    </message>
</context>
<context>
    <name>LedgerDialogs</name>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="137" />
        <source>no reference</source>
        <translation>sin referencia</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="138" />
        <source>{reference} of {date} — {open} open</source>
        <translation>{reference} del {date}: {open} pendiente</translation>
    </message>
</context>
<context>
    <name>LedgerTab</name>
    <message>
        <location filename="../../ui/ledger_widget.py" line="92" />
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="93" />
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="94" />
        <source>De&amp;lete</source>
        <translation>&amp;Borrar</translation>
    </message>
</context>
<context>
    <name>LedgerWidget</name>
    <message>
        <location filename="../../ui/ledger_widget.py" line="151" />
        <source>Invoice date</source>
        <translation>Fecha de factura</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="152" />
        <location filename="../../ui/ledger_widget.py" line="165" />
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="153" />
        <location filename="../../ui/ledger_widget.py" line="172" />
        <source>Units</source>
        <translation>Unidades</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="154" />
        <location filename="../../ui/ledger_widget.py" line="163" />
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="155" />
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="156" />
        <source>Open</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="162" />
        <location filename="../../ui/ledger_widget.py" line="171" />
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="164" />
        <source>Invoice</source>
        <translation>Factura</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="164" />
        <source>on account</source>
        <translation>a cuenta</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="173" />
        <source>Credited</source>
        <translation>Abonado</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="174" />
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="179" />
        <source>&amp;Sales</source>
        <translation>&amp;Ventas</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="180" />
        <source>&amp;Payments</source>
        <translation>&amp;Cobros</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="181" />
        <source>&amp;Returns</source>
        <translation>&amp;Devoluciones</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="222" />
        <source>Revenue, last 12 months</source>
        <translation>Facturación, últimos 12 meses</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="223" />
        <source>Units, last 12 months</source>
        <translation>Unidades, últimos 12 meses</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="224" />
        <source>Outstanding</source>
        <translation>Pendiente de cobro</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="225" />
        <source>Overdue</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="269" />
        <source>Delete invoice {reference} of {date} for {amount}?</source>
        <translation>¿Borrar la factura {reference} del {date} por {amount}?</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="270" />
        <source>(no reference)</source>
        <translation>(sin referencia)</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="280" />
        <source>Delete the payment of {amount} received on {date}?</source>
        <translation>¿Borrar el cobro de {amount} recibido el {date}?</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="291" />
        <source>Delete the return of {units} units on {date}?</source>
        <translation>¿Borrar la devolución de {units} unidades del {date}?</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="62" />
        <source>Search name, company, contact, email, city or tax id  (Ctrl+F)</source>
        <translation>Buscar por nombre, empresa, contacto, correo, ciudad o NIF  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="77" />
        <source>All stages</source>
        <translation>Todas las etapas</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="105" />
        <source>Stage:</source>
        <translation>Etapa:</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="125" />
        <source>Your client book is empty</source>
        <translation>Su cartera de clientes está vacía</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="129" />
        <source>Add the clients you work with, record what they buy, pay and return, and Clientela will help you decide which ones to keep, look after or let go.</source>
        <translation>Añada los clientes con los que trabaja, anote lo que compran, pagan y devuelven, y Clientela le ayudará a decidir a cuáles conservar, cuidar o dejar ir.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="135" />
        <source>Add your first client</source>
        <translation>Añadir el primer cliente</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="138" />
        <source>Try Clientela with demo clients</source>
        <translation>Probar Clientela con clientes de ejemplo</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="161" />
        <source>&amp;New client…</source>
        <translation>&amp;Nuevo cliente…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="162" />
        <source>&amp;Open client</source>
        <translation>&amp;Abrir cliente</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="166" />
        <source>&amp;Edit client…</source>
        <translation>&amp;Editar cliente…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="168" />
        <source>&amp;Delete client…</source>
        <translation>&amp;Borrar cliente…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="178" />
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="181" />
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualizar</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="184" />
        <source>&amp;Settings…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="192" />
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="194" />
        <source>&amp;About Clientela</source>
        <translation>&amp;Acerca de Clientela</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="198" />
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="204" />
        <source>&amp;Client</source>
        <translation>&amp;Cliente</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="207" />
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="210" />
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="213" />
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="244" />
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n cliente</numerusform><numerusform>%n clientes</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="247" />
        <source>%n of %1 clients match</source>
        <translation>
            <numerusform>%n de %1 clientes coincide</numerusform><numerusform>%n de %1 clientes coinciden</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="332" />
        <source>Delete {name}?

Their sales, payments, returns, evaluations and letters are deleted too. This cannot be undone.</source>
        <translation>¿Borrar {name}?

También se borran sus ventas, cobros, devoluciones, evaluaciones y cartas. No se puede deshacer.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="364" />
        <source>About Clientela</source>
        <translation>Acerca de Clientela</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="366" />
        <source>&lt;h3&gt;Clientela {version}&lt;/h3&gt;&lt;p&gt;Keep your clients, weigh them against a clear checklist, and write the right letter.&lt;/p&gt;&lt;p&gt;Database: {path}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Clientela {version}&lt;/h3&gt;&lt;p&gt;Lleve su cartera de clientes, valórelos con una lista clara de criterios y escriba la carta adecuada.&lt;/p&gt;&lt;p&gt;Base de datos: {path}&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../ui/messages.py" line="22" />
        <source>The folder {path} does not exist. Create it first or choose another place.</source>
        <translation>La carpeta {path} no existe. Créela antes o elija otro lugar.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="25" />
        <source>There is no database at {path}. Check the path, or choose one with --db.</source>
        <translation>No hay ninguna base de datos en {path}. Revise la ruta o indique una con --db.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="28" />
        <source>{path} is a folder, not a database file.</source>
        <translation>{path} es una carpeta, no un archivo de base de datos.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="31" />
        <source>Clientela cannot create a database in {path}: the folder is not writable.</source>
        <translation>Clientela no puede crear una base de datos en {path}: no se puede escribir en esa carpeta.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="34" />
        <source>The file {path} cannot be read ({detail}).</source>
        <translation>No se puede leer el archivo {path} ({detail}).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="37" />
        <source>{path} is not a database file. Choose a Clientela database.</source>
        <translation>{path} no es un archivo de base de datos. Elija una base de datos de Clientela.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="40" />
        <source>{path} is a database, but not a Clientela one. Nothing was changed in it.</source>
        <translation>{path} es una base de datos, pero no de Clientela. No se ha modificado nada en ella.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="43" />
        <source>{path} was saved by a newer version of Clientela (schema {revision}). Update Clientela to open it.</source>
        <translation>{path} se guardó con una versión más reciente de Clientela (esquema {revision}). Actualice Clientela para abrirla.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="48" />
        <source>The database could not be updated to this version of Clientela: {detail}. Your file was not changed.</source>
        <translation>No se pudo actualizar la base de datos a esta versión de Clientela: {detail}. Su archivo no se ha modificado.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="53" />
        <source>The database address {path} cannot be used: {detail}</source>
        <translation>No se puede usar la dirección de base de datos {path}: {detail}</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="56" />
        <source>That record no longer exists; someone may have deleted it.</source>
        <translation>Ese registro ya no existe; puede que alguien lo haya borrado.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="59" />
        <source>This client was changed elsewhere since you opened it. Close the window and open the client again to see the latest version.</source>
        <translation>Este cliente se ha modificado en otro lugar desde que lo abrió. Cierre la ventana y vuelva a abrir el cliente para ver la última versión.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="64" />
        <source>Demo clients can only be loaded into an empty client book.</source>
        <translation>Los clientes de ejemplo solo se pueden cargar en una cartera vacía.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="67" />
        <source>Some fields need attention before saving.</source>
        <translation>Revise algunos campos antes de guardar.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="73" />
        <source>This field is required.</source>
        <translation>Este campo es obligatorio.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="74" />
        <source>At most {max} characters.</source>
        <translation>Como máximo {max} caracteres.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="77" />
        <source>This does not look like an email address (name@example.com).</source>
        <translation>Esto no parece una dirección de correo (nombre@ejemplo.es).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="80" />
        <source>A phone number has 6 to 15 digits, optionally with +, spaces or dashes.</source>
        <translation>Un teléfono tiene de 6 a 15 cifras, con +, espacios o guiones si quiere.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="83" />
        <source>{name} already has this tax id.</source>
        <translation>{name} ya tiene este NIF/CIF.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="86" />
        <source>{name} already has this email address.</source>
        <translation>{name} ya tiene esta dirección de correo.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="89" />
        <source>Choose one of the listed values.</source>
        <translation>Elija uno de los valores de la lista.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="92" />
        <source>Enter an amount greater than zero.</source>
        <translation>Escriba un importe mayor que cero.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="95" />
        <source>This cannot be negative.</source>
        <translation>No puede ser negativo.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="98" />
        <source>This number is too large.</source>
        <translation>Este número es demasiado grande.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="99" />
        <source>Enter a number, such as 1.250,50 or 1250.50.</source>
        <translation>Escriba un número, por ejemplo 1.250,50 o 1250,50.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="102" />
        <source>The due date cannot be before the invoice date.</source>
        <translation>El vencimiento no puede ser anterior a la fecha de la factura.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="105" />
        <source>That invoice belongs to another client.</source>
        <translation>Esa factura es de otro cliente.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="108" />
        <source>Use the three-letter currency code, such as EUR, USD or MXN.</source>
        <translation>Use el código de moneda de tres letras, como EUR, USD o MXN.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="111" />
        <source>Enter a value from {low} to {high}.</source>
        <translation>Escriba un valor entre {low} y {high}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="114" />
        <source>The hard limit cannot be shorter than the agreed payment term.</source>
        <translation>El límite máximo no puede ser menor que el plazo de pago acordado.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="117" />
        <source>This file does not exist.</source>
        <translation>Este archivo no existe.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="118" />
        <source>The logo must be a PNG or JPEG image.</source>
        <translation>El logotipo debe ser una imagen PNG o JPEG.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="127" />
        <source>Unexpected problem: {detail}</source>
        <translation>Problema inesperado: {detail}</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="136" />
        <source>Invalid value ({code}).</source>
        <translation>Valor no válido ({code}).</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="208" />
        <source>New payment</source>
        <translation>Nuevo cobro</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="208" />
        <source>Edit payment</source>
        <translation>Editar cobro</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="215" />
        <source>invoice</source>
        <translation>factura</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="216" />
        <source>On account (no invoice)</source>
        <translation>A cuenta (sin factura)</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="224" />
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="225" />
        <source>&amp;Invoice:</source>
        <translation>Fact&amp;ura:</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="226" />
        <source>&amp;Amount ({currency}):</source>
        <translation>&amp;Importe ({currency}):</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="227" />
        <source>&amp;Reference:</source>
        <translation>&amp;Referencia:</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="250" />
        <source>This payment ({amount}) is more than the {owed} owed. Record it anyway?</source>
        <translation>Este cobro ({amount}) es mayor que los {owed} que se deben. ¿Registrarlo de todos modos?</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <location filename="../../ui/profile_form.py" line="66" />
        <source>Your business</source>
        <translation>Su negocio</translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="71" />
        <source>Business &amp;name*:</source>
        <translation>&amp;Nombre del negocio*:</translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="75" />
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="76" />
        <source>C&amp;ity:</source>
        <translation>Ciu&amp;dad:</translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="77" />
        <source>Co&amp;untry:</source>
        <translation>Paí&amp;s:</translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="78" />
        <source>&amp;Tax id:</source>
        <translation>N&amp;IF/CIF:</translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="79" />
        <source>&amp;Email:</source>
        <translation>Co&amp;rreo:</translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="80" />
        <source>&amp;Phone:</source>
        <translation>Te&amp;léfono:</translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="83" />
        <source>PNG or JPEG, shown on your letters</source>
        <translation>PNG o JPEG, aparece en sus cartas</translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="84" />
        <source>Bro&amp;wse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="95" />
        <source>L&amp;ogo:</source>
        <translation>&amp;Logotipo:</translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="97" />
        <source>Signed &amp;by:</source>
        <translation>&amp;Firmado por:</translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="100" />
        <source>Signer's &amp;role:</source>
        <translation>&amp;Cargo del firmante:</translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="102" />
        <source>Managing director</source>
        <translation>Gerente</translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="107" />
        <source>Letter lan&amp;guage:</source>
        <translation>Idioma de las car&amp;tas:</translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="111" />
        <source>Cu&amp;rrency:</source>
        <translation>Moned&amp;a:</translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="113" />
        <source>e.g. 10 % off your next order</source>
        <translation>p. ej. un 10 % de descuento en su próximo pedido</translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="116" />
        <source>Lo&amp;yalty offer:</source>
        <translation>Oferta de &amp;fidelización:</translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="119" />
        <source>What thank-you letters offer your best clients.</source>
        <translation>Lo que ofrecen las cartas de agradecimiento a sus mejores clientes.</translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="126" />
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="130" />
        <source>Your ideal client</source>
        <translation>Su cliente ideal</translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="134" />
        <source>Clientela compares each client's ledger with these figures to suggest answers when you evaluate them.</source>
        <translation>Clientela compara las cuentas de cada cliente con estas cifras para sugerir respuestas cuando lo evalúe.</translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="147" />
        <source>Agreed payment &amp;term:</source>
        <translation>&amp;Plazo de pago acordado:</translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="150" />
        <source>The days you give clients to pay an invoice.</source>
        <translation>Los días que da a sus clientes para pagar una factura.</translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="155" />
        <source>Tolerated &amp;delay:</source>
        <translation>R&amp;etraso tolerado:</translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="158" />
        <source>Lateness beyond the term you still accept from a good client.</source>
        <translation>El retraso sobre el plazo que todavía acepta de un buen cliente.</translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="163" />
        <source>&amp;Hard limit:</source>
        <translation>&amp;Límite máximo:</translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="166" />
        <source>Paying this late, or later, is a red flag on its own.</source>
        <translation>Pagar con este retraso, o más, es por sí solo una señal de alarma.</translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="174" />
        <source>Maximum return &amp;rate:</source>
        <translation>Tasa máxima de de&amp;volución:</translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="177" />
        <source>A client who sends back more than this is never satisfied.</source>
        <translation>Un cliente que devuelve más que esto nunca está satisfecho.</translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="184" />
        <source>Minimum &amp;units a year:</source>
        <translation>&amp;Unidades mínimas al año:</translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="187" />
        <location filename="../../ui/profile_form.py" line="198" />
        <source>Below this a client buys too little for the effort they take.</source>
        <translation>Por debajo de esto, un cliente compra demasiado poco para el esfuerzo que supone.</translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="195" />
        <source>Minimum re&amp;venue a year:</source>
        <translation>Fact&amp;uración mínima al año:</translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="203" />
        <source>Review &amp;every:</source>
        <translation>Re&amp;visar cada:</translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="206" />
        <source>How often each client should be evaluated again.</source>
        <translation>Cada cuánto hay que volver a evaluar a cada cliente.</translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="263" />
        <source>Choose your logo</source>
        <translation>Elija su logotipo</translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="263" />
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="275" />
        <source>New return</source>
        <translation>Nueva devolución</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="275" />
        <source>Edit return</source>
        <translation>Editar devolución</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="278" />
        <source>Not linked to an invoice</source>
        <translation>Sin factura asociada</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="289" />
        <source>Why it came back</source>
        <translation>Por qué se devolvió</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="290" />
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="291" />
        <source>&amp;Invoice:</source>
        <translation>Fact&amp;ura:</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="292" />
        <source>&amp;Units:</source>
        <translation>&amp;Unidades:</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="294" />
        <source>&amp;Credited amount ({currency}):</source>
        <translation>Importe &amp;abonado ({currency}):</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="298" />
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
</context>
<context>
    <name>SaleDialog</name>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="158" />
        <source>New sale</source>
        <translation>Nueva venta</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="158" />
        <source>Edit sale</source>
        <translation>Editar venta</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="172" />
        <source>Invoice &amp;date:</source>
        <translation>&amp;Fecha de factura:</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="173" />
        <source>&amp;Due date:</source>
        <translation>&amp;Vencimiento:</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="174" />
        <source>&amp;Reference:</source>
        <translation>&amp;Referencia:</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="175" />
        <source>&amp;Units:</source>
        <translation>&amp;Unidades:</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="176" />
        <source>&amp;Amount ({currency}):</source>
        <translation>&amp;Importe ({currency}):</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="30" />
        <source>Settings</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="42" />
        <source>System default</source>
        <translation>El del sistema</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="47" />
        <source>Interface &amp;language:</source>
        <translation>&amp;Idioma de la interfaz:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="48" />
        <source>Takes effect when Clientela restarts.</source>
        <translation>Se aplica la próxima vez que abra Clientela.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="53" />
        <source>&amp;Business</source>
        <translation>&amp;Negocio</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="54" />
        <source>&amp;Application</source>
        <translation>&amp;Aplicación</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../ui/welcome_dialog.py" line="30" />
        <location filename="../../ui/welcome_dialog.py" line="32" />
        <source>Welcome to Clientela</source>
        <translation>Bienvenido a Clientela</translation>
    </message>
    <message>
        <location filename="../../ui/welcome_dialog.py" line="36" />
        <source>Clientela keeps your clients and what they buy, pay and return. A few times a year it helps you decide, client by client, whom to look after, whom to set limits with, and whom to let go — and writes the letter. Tell it about your business first; you can change all of this later in Settings.</source>
        <translation>Clientela guarda sus clientes y lo que compran, pagan y devuelven. Unas cuantas veces al año le ayuda a decidir, cliente por cliente, a quién cuidar, con quién poner límites y a quién dejar ir, y le escribe la carta. Cuéntele primero cómo es su negocio; podrá cambiarlo todo más adelante en Preferencias.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome_dialog.py" line="50" />
        <source>Load &amp;demo clients so I can try Clientela first</source>
        <translation>Cargar clientes de e&amp;jemplo para probar Clientela</translation>
    </message>
    <message>
        <location filename="../../ui/welcome_dialog.py" line="54" />
        <source>&amp;Start</source>
        <translation>&amp;Empezar</translation>
    </message>
    <message>
        <location filename="../../ui/welcome_dialog.py" line="57" />
        <source>&amp;Later</source>
        <translation>&amp;Más tarde</translation>
    </message>
</context>
</TS>