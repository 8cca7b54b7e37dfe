<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es_ES">
<context>
    <name>Background</name>
    <message>
        <location filename="../../ui/background.py" line="52" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../ui/cli.py" line="76" />
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="77" />
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="78" />
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/cli.py" line="95" />
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n cliente</numerusform><numerusform>%n clientes</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/cli.py" line="123" />
        <source>%n client(s) with red flags</source>
        <translation>
            <numerusform>%n cliente con señales de alarma</numerusform><numerusform>%n clientes con señales de alarma</numerusform></translation>
    </message>
</context>
<context>
    <name>ClientDetailDialog</name>
    <message>
        <location filename="../../ui/client_detail.py" line="39" />
        <source>&amp;Edit client…</source>
        <translation>&amp;Editar cliente…</translation>
    </message>
    <message>
        <location filename="../../ui/client_detail.py" line="42" />
        <source>E&amp;valuate…</source>
        <translation>E&amp;valuar…</translation>
    </message>
    <message>
        <location filename="../../ui/client_detail.py" line="55" />
        <source>&amp;Ledger</source>
        <translation>&amp;Cuentas</translation>
    </message>
    <message>
        <location filename="../../ui/client_detail.py" line="56" />
        <source>Evaluation &amp;history</source>
        <translation>&amp;Historial de evaluaciones</translation>
    </message>
    <message>
        <location filename="../../ui/client_detail.py" line="79" />
        <source>strategic</source>
        <translation>estratégico</translation>
    </message>
    <message>
        <location filename="../../ui/client_detail.py" line="80" />
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
        <location filename="../../ui/client_editor.py" line="82" />
        <source>Who they are</source>
        <translation>Quién es</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="84" />
        <source>&amp;Name*:</source>
        <translation>&amp;Nombre*:</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="84" />
        <source>How you call them</source>
        <translation>Cómo lo llama usted</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="86" />
        <source>&amp;Company:</source>
        <translation>&amp;Empresa:</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="86" />
        <source>Legal or company name</source>
        <translation>Razón social</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="88" />
        <source>&amp;Tax id:</source>
        <translation>N&amp;IF/CIF:</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="89" />
        <source>Con&amp;tact person:</source>
        <translation>Persona de con&amp;tacto:</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="90" />
        <source>&amp;Email:</source>
        <translation>Co&amp;rreo:</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="91" />
        <source>&amp;Phone:</source>
        <translation>Te&amp;léfono:</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="93" />
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="99" />
        <source>&amp;Street:</source>
        <translation>C&amp;alle:</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="100" />
        <source>P&amp;ostal code:</source>
        <translation>C&amp;ódigo postal:</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="101" />
        <source>C&amp;ity:</source>
        <translation>Ciu&amp;dad:</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="102" />
        <source>Co&amp;untry:</source>
        <translation>Paí&amp;s:</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="104" />
        <source>Relationship</source>
        <translation>Relación</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="111" />
        <source>&amp;Stage:</source>
        <translation>Eta&amp;pa:</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="116" />
        <source>Letter &amp;language:</source>
        <translation>Idio&amp;ma de las cartas:</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="117" />
        <source>Strategic client</source>
        <translation>Cliente estratégico</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="119" />
        <source>Keep this client whatever the checklist says; never suggested for letting go.</source>
        <translation>Conservar este cliente diga lo que diga la evaluación; nunca se propondrá dejarlo ir.</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="125" />
        <source>wholesale, Madrid, ... (separated by commas)</source>
        <translation>mayorista, Madrid, ... (separadas por comas)</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="126" />
        <source>T&amp;ags:</source>
        <translation>Eti&amp;quetas:</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="130" />
        <source>Anything worth remembering about this client</source>
        <translation>Todo lo que merezca la pena recordar de este cliente</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="131" />
        <source>N&amp;otes:</source>
        <translation>N&amp;otas:</translation>
    </message>
</context>
<context>
    <name>ClientTableModel</name>
    <message>
        <location filename="../../ui/client_table_model.py" line="110" />
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/client_table_model.py" line="111" />
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <location filename="../../ui/client_table_model.py" line="112" />
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <location filename="../../ui/client_table_model.py" line="113" />
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <location filename="../../ui/client_table_model.py" line="114" />
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <location filename="../../ui/client_table_model.py" line="115" />
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../ui/client_table_model.py" line="116" />
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <location filename="../../ui/client_table_model.py" line="117" />
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <location filename="../../ui/client_table_model.py" line="118" />
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <location filename="../../ui/client_table_model.py" line="119" />
        <source>Next review</source>
        <translation>Próxima revisión</translation>
    </message>
    <message>
        <location filename="../../ui/client_table_model.py" line="140" />
        <source>Strategic client</source>
        <translation>Cliente estratégico</translation>
    </message>
</context>
<context>
    <name>EvaluationHistory</name>
    <message>
        <location filename="../../ui/evaluation_history.py" line="160" />
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation_history.py" line="160" />
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation_history.py" line="160" />
        <source>Recommended</source>
        <translation>Recomendado</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation_history.py" line="160" />
        <source>Chosen</source>
        <translation>Elegido</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation_history.py" line="168" />
        <source>Not evaluated yet.</source>
        <translation>Todavía sin evaluar.</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation_history.py" line="169" />
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation_history.py" line="171" />
        <source>E&amp;valuate now…</source>
        <translation>E&amp;valuar ahora…</translation>
    </message>
</context>
<context>
    <name>EvaluationView</name>
    <message>
        <location filename="../../ui/evaluation_history.py" line="76" />
        <source>Evaluation of %1</source>
        <translation>Evaluación del %1</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation_history.py" line="81" />
        <source>score %1</source>
        <translation>puntuación %1</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation_history.py" line="84" />
        <source>Stage when evaluated: %1</source>
        <translation>Etapa al evaluarlo: %1</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation_history.py" line="91" />
        <source>Recommended %1; you chose otherwise: %2</source>
        <translation>Se recomendó %1; usted eligió otra cosa: %2</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation_history.py" line="100" />
        <source>up</source>
        <translation>sube</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation_history.py" line="100" />
        <source>down</source>
        <translation>baja</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation_history.py" line="104" />
        <source>Score %1 by %2 since the previous evaluation.</source>
        <translation>La puntuación %1 %2 puntos desde la evaluación anterior.</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation_history.py" line="111" />
        <source>Answers that changed:</source>
        <translation>Respuestas que han cambiado:</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation_history.py" line="119" />
        <source>Why:</source>
        <translation>Por qué:</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation_history.py" line="122" />
        <source>Answers:</source>
        <translation>Respuestas:</translation>
    </message>
</context>
<context>
    <name>EvaluationWizard</name>
    <message>
        <location filename="../../ui/evaluation_wizard.py" line="310" />
        <source>Evaluate %1</source>
        <translation>Evaluar a %1</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation_wizard.py" line="313" />
        <source>&amp;Save evaluation</source>
        <translation>&amp;Guardar evaluación</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation_wizard.py" line="377" />
        <source>Discard this evaluation? The answers you gave are not saved.</source>
        <translation>¿Descartar esta evaluación? Las respuestas que ha dado no se guardan.</translation>
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
    <name>IntroPage</name>
    <message>
        <location filename="../../ui/evaluation_wizard.py" line="133" />
        <source>Evaluate %1</source>
        <translation>Evaluar a %1</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation_wizard.py" line="136" />
        <source>A few questions about this client, one group at a time. Where your ledger already knows the answer it is filled in for you; change it if you know better.</source>
        <translation>Unas cuantas preguntas sobre este cliente, por grupos. Donde sus cuentas ya conocen la respuesta, aparece marcada; cámbiela si usted sabe más.</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation_wizard.py" line="146" />
        <source>Stage: %1</source>
        <translation>Etapa: %1</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation_wizard.py" line="149" />
        <source>Marked as strategic.</source>
        <translation>Marcado como estratégico.</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation_wizard.py" line="153" />
        <source>Revenue in the last 12 months: %1</source>
        <translation>Facturación de los últimos 12 meses: %1</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation_wizard.py" line="159" />
        <source>Overdue now: %1</source>
        <translation>Vencido ahora: %1</translation>
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
    <message>
        <location filename="../../ui/labels.py" line="41" />
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="42" />
        <source>Partly</source>
        <translation>En parte</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="43" />
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="44" />
        <source>Don't know</source>
        <translation>No lo sé</translation>
    </message>
</context>
<context>
    <name>LedgerDialogs</name>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="43" />
        <location filename="../../ui/ledger_dialogs.py" line="332" />
        <source>no reference</source>
        <translation>sin referencia</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="44" />
        <source>{reference} of {date} — {open} open</source>
        <translation>{reference} del {date}: {open} pendiente</translation>
    </message>
</context>
<context>
    <name>LedgerTab</name>
    <message>
        <location filename="../../ui/ledger_widget.py" line="109" />
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="110" />
        <source>Add an entry (Insert or Ctrl+Shift+N)</source>
        <translation>Añadir un apunte (Insert o Ctrl+Mayús+N)</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="111" />
        <source>E&amp;dit…</source>
        <translation>E&amp;ditar…</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="112" />
        <source>Edit the selected entry (Enter or double-click)</source>
        <translation>Editar el apunte seleccionado (Intro o doble clic)</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="114" />
        <source>Delete the selected entry (Delete)</source>
        <translation>Borrar el apunte seleccionado (Supr)</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="113" />
        <source>De&amp;lete</source>
        <translation>&amp;Borrar</translation>
    </message>
</context>
<context>
    <name>LedgerWidget</name>
    <message>
        <location filename="../../ui/ledger_widget.py" line="258" />
        <source>Invoice date</source>
        <translation>Fecha de factura</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="259" />
        <location filename="../../ui/ledger_widget.py" line="277" />
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="260" />
        <location filename="../../ui/ledger_widget.py" line="283" />
        <source>Units</source>
        <translation>Unidades</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="261" />
        <location filename="../../ui/ledger_widget.py" line="275" />
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="262" />
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="263" />
        <source>Paid</source>
        <translation>Cobrado</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="264" />
        <source>Open</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="274" />
        <location filename="../../ui/ledger_widget.py" line="282" />
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="276" />
        <location filename="../../ui/ledger_widget.py" line="285" />
        <source>Invoice</source>
        <translation>Factura</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="270" />
        <source>on account</source>
        <translation>a cuenta</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="284" />
        <source>Credited</source>
        <translation>Abonado</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="286" />
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="221" />
        <source>&amp;Sales</source>
        <translation>&amp;Ventas</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="222" />
        <source>&amp;Payments</source>
        <translation>&amp;Cobros</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="223" />
        <source>&amp;Returns</source>
        <translation>&amp;Devoluciones</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="300" />
        <source>Revenue, last 12 months</source>
        <translation>Facturación, últimos 12 meses</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="301" />
        <source>Units, last 12 months</source>
        <translation>Unidades, últimos 12 meses</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="302" />
        <source>Outstanding</source>
        <translation>Pendiente de cobro</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="303" />
        <source>Overdue</source>
        <translation>Vencido</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/ledger_widget.py" line="305" />
        <source>Overdue (%n invoice(s))</source>
        <translation>
            <numerusform>Vencido (%n factura)</numerusform><numerusform>Vencido (%n facturas)</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="363" />
        <source>Delete invoice {reference} of {date} for {amount}?</source>
        <translation>¿Borrar la factura {reference} del {date} por {amount}?</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="271" />
        <location filename="../../ui/ledger_widget.py" line="364" />
        <source>(no reference)</source>
        <translation>(sin referencia)</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="370" />
        <source>The {paid} paid on it will stay recorded as paid on account.</source>
        <translation>Los {paid} cobrados por ella quedarán registrados como cobro a cuenta.</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="378" />
        <source>Delete the payment of {amount} received on {date}?</source>
        <translation>¿Borrar el cobro de {amount} recibido el {date}?</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="389" />
        <source>Delete the return of {units} units on {date}?</source>
        <translation>¿Borrar la devolución de {units} unidades del {date}?</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="64" />
        <source>Search name, company, contact, email, city or tax id  (Ctrl+F)</source>
        <translation>Buscar por nombre, empresa, contacto, correo, ciudad o NIF  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="79" />
        <source>All stages</source>
        <translation>Todas las etapas</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="85" />
        <source>Any verdict</source>
        <translation>Cualquier veredicto</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="89" />
        <source>Due for &amp;review</source>
        <translation>Pendientes de &amp;revisión</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="92" />
        <source>Clients never evaluated, or whose review date has come</source>
        <translation>Clientes nunca evaluados o cuya fecha de revisión ha llegado</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="95" />
        <source>Red flags (&amp;triage)</source>
        <translation>Señales de alarma (&amp;triaje)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="97" />
        <source>Only the clients the last triage flagged</source>
        <translation>Solo los clientes que señaló el último triaje</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="125" />
        <source>Stage:</source>
        <translation>Etapa:</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="127" />
        <source>Verdict:</source>
        <translation>Veredicto:</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="149" />
        <source>Your client book is empty</source>
        <translation>Su cartera de clientes está vacía</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="153" />
        <source>Add the clients you work with, record what they buy, pay and return, and Clientela will help you decide which ones to keep, look after or let go.</source>
        <translation>Añada los clientes con los que trabaja, anote lo que compran, pagan y devuelven, y Clientela le ayudará a decidir a cuáles conservar, cuidar o dejar ir.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="159" />
        <source>Add your first client</source>
        <translation>Añadir el primer cliente</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="162" />
        <source>Try Clientela with demo clients</source>
        <translation>Probar Clientela con clientes de ejemplo</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="185" />
        <source>&amp;New client…</source>
        <translation>&amp;Nuevo cliente…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="186" />
        <source>&amp;Open client</source>
        <translation>&amp;Abrir cliente</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="191" />
        <source>E&amp;valuate client…</source>
        <translation>E&amp;valuar cliente…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="194" />
        <source>&amp;Triage the whole book…</source>
        <translation>&amp;Triaje de toda la cartera…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="196" />
        <source>&amp;Edit client…</source>
        <translation>&amp;Editar cliente…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="198" />
        <source>&amp;Delete client…</source>
        <translation>&amp;Borrar cliente…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="208" />
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="211" />
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualizar</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="214" />
        <source>&amp;Settings…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="222" />
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="224" />
        <source>&amp;About Clientela</source>
        <translation>&amp;Acerca de Clientela</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="228" />
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="234" />
        <source>&amp;Client</source>
        <translation>&amp;Cliente</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="239" />
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="242" />
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="245" />
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="286" />
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n cliente</numerusform><numerusform>%n clientes</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="289" />
        <source>%n of %1 clients match</source>
        <translation>
            <numerusform>%n de %1 clientes coincide</numerusform><numerusform>%n de %1 clientes coinciden</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="392" />
        <source>Reading the ledger of every client…</source>
        <translation>Leyendo las cuentas de cada cliente…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="415" />
        <source>Delete {name}?

Their sales, payments, returns, evaluations and letters are deleted too. This cannot be undone.</source>
        <translation>¿Borrar {name}?

También se borran sus ventas, cobros, devoluciones, evaluaciones y cartas. No se puede deshacer.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="447" />
        <source>About Clientela</source>
        <translation>Acerca de Clientela</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="449" />
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
        <location filename="../../ui/messages.py" line="70" />
        <source>The criteria file {file} is damaged at {entry}: {problem}. Reinstall Clientela or restore the file.</source>
        <translation>El archivo de criterios {file} está dañado en {entry}: {problem}. Reinstale Clientela o restaure el archivo.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="78" />
        <source>This field is required.</source>
        <translation>Este campo es obligatorio.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="79" />
        <source>At most {max} characters.</source>
        <translation>Como máximo {max} caracteres.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="82" />
        <source>This does not look like an email address (name@example.com).</source>
        <translation>Esto no parece una dirección de correo (nombre@ejemplo.es).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="85" />
        <source>A phone number has 6 to 15 digits, optionally with +, spaces or dashes.</source>
        <translation>Un teléfono tiene de 6 a 15 cifras, con +, espacios o guiones si quiere.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="88" />
        <source>{name} already has this tax id.</source>
        <translation>{name} ya tiene este NIF/CIF.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="91" />
        <source>{name} already has this email address.</source>
        <translation>{name} ya tiene esta dirección de correo.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="94" />
        <source>Choose one of the listed values.</source>
        <translation>Elija uno de los valores de la lista.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="97" />
        <source>Enter an amount greater than zero.</source>
        <translation>Escriba un importe mayor que cero.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="100" />
        <source>This cannot be negative.</source>
        <translation>No puede ser negativo.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="103" />
        <source>This number is too large.</source>
        <translation>Este número es demasiado grande.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="104" />
        <source>Enter a number, such as 1.250,50 or 1250.50.</source>
        <translation>Escriba un número, por ejemplo 1.250,50 o 1250,50.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="107" />
        <source>The due date cannot be before the invoice date.</source>
        <translation>El vencimiento no puede ser anterior a la fecha de la factura.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="110" />
        <source>That invoice belongs to another client.</source>
        <translation>Esa factura es de otro cliente.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="113" />
        <source>Enter a valid date.</source>
        <translation>Escriba una fecha válida.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="114" />
        <source>Enter a date between the years {low} and {high}.</source>
        <translation>Escriba una fecha entre los años {low} y {high}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="117" />
        <source>Use at most {places} decimal places.</source>
        <translation>Use como máximo {places} decimales.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="120" />
        <source>Say why you choose another verdict than the recommended one.</source>
        <translation>Explique por qué elige un veredicto distinto del recomendado.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="123" />
        <source>A question was answered twice.</source>
        <translation>Una pregunta tiene dos respuestas.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="126" />
        <source>Use the three-letter currency code, such as EUR, USD or MXN.</source>
        <translation>Use el código de moneda de tres letras, como EUR, USD o MXN.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="129" />
        <source>Enter a value from {low} to {high}.</source>
        <translation>Escriba un valor entre {low} y {high}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="132" />
        <source>The hard limit cannot be shorter than the agreed payment term.</source>
        <translation>El límite máximo no puede ser menor que el plazo de pago acordado.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="135" />
        <source>This file does not exist.</source>
        <translation>Este archivo no existe.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="136" />
        <source>The logo must be a PNG or JPEG image.</source>
        <translation>El logotipo debe ser una imagen PNG o JPEG.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="139" />
        <source>This file cannot be read. Check that you may open it.</source>
        <translation>No se puede leer este archivo. Compruebe que tiene permiso para abrirlo.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="142" />
        <source>Enter a whole number.</source>
        <translation>Escriba un número entero.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="149" />
        <source>Unexpected problem: {detail}</source>
        <translation>Problema inesperado: {detail}</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="158" />
        <source>Invalid value ({code}).</source>
        <translation>Valor no válido ({code}).</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="246" />
        <source>New payment</source>
        <translation>Nuevo cobro</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="246" />
        <source>Edit payment</source>
        <translation>Editar cobro</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="258" />
        <source>On account (no invoice)</source>
        <translation>A cuenta (sin factura)</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="269" />
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="270" />
        <source>&amp;Invoice:</source>
        <translation>Fact&amp;ura:</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="271" />
        <source>&amp;Amount ({currency}):</source>
        <translation>&amp;Importe ({currency}):</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="272" />
        <source>&amp;Reference:</source>
        <translation>&amp;Referencia:</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="300" />
        <source>This payment ({amount}) is more than the {owed} owed. Record it anyway?</source>
        <translation>Este cobro ({amount}) es mayor que los {owed} que se deben. ¿Registrarlo de todos modos?</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <location filename="../../ui/profile_form.py" line="112" />
        <source>Your business</source>
        <translation>Su negocio</translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="119" />
        <source>Business &amp;name*:</source>
        <translation>&amp;Nombre del negocio*:</translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="121" />
        <source>As it appears on your invoices</source>
        <translation>Tal como figura en sus facturas</translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="125" />
        <source>Street and number
Postal code</source>
        <translation>Calle y número
Código postal</translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="127" />
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="128" />
        <source>C&amp;ity:</source>
        <translation>Ciu&amp;dad:</translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="129" />
        <source>Co&amp;untry:</source>
        <translation>Paí&amp;s:</translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="130" />
        <source>&amp;Tax id:</source>
        <translation>N&amp;IF/CIF:</translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="131" />
        <source>&amp;Email:</source>
        <translation>Co&amp;rreo:</translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="132" />
        <source>&amp;Phone:</source>
        <translation>Te&amp;léfono:</translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="158" />
        <source>What your thank-you letters offer the clients you want to keep.</source>
        <translation>Lo que sus cartas de agradecimiento ofrecen a los clientes que quiere conservar.</translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="165" />
        <source>PNG or JPEG image</source>
        <translation>Imagen PNG o JPEG</translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="209" />
        <source>Clientela compares each client's invoices, payments and returns with these figures and suggests answers when you evaluate them.</source>
        <translation>Clientela compara las facturas, pagos y devoluciones de cada cliente con estas cifras y le sugiere respuestas al evaluarlo.</translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="226" />
        <source>The days your invoices give clients to pay; lateness counts from here.</source>
        <translation>Los días que sus facturas dan para pagar; el retraso se cuenta desde aquí.</translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="234" />
        <source>Extra days you accept before a client counts as a late payer.</source>
        <translation>Días de más que acepta antes de considerar a un cliente mal pagador.</translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="242" />
        <source>Paying this many days after the invoice, or later, is a red flag on its own.</source>
        <translation>Pagar a tantos días de la factura, o más tarde, es por sí solo una señal de alarma.</translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="251" />
        <source>A client who sends back more than this share of purchases is rarely satisfied.</source>
        <translation>Un cliente que devuelve más de esta parte de sus compras rara vez está satisfecho.</translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="254" />
        <source> units</source>
        <translation> unidades</translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="255" />
        <location filename="../../ui/profile_form.py" line="264" />
        <source>No minimum</source>
        <translation>Sin mínimo</translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="261" />
        <source>Fewer than this and a client buys too little for the effort they take.</source>
        <translation>Por debajo de esto, el cliente compra demasiado poco para el esfuerzo que exige.</translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="280" />
        <source>How soon each evaluation asks to be repeated, so no client is forgotten.</source>
        <translation>Cada cuánto se repite la evaluación de un cliente, para que ninguno quede olvidado.</translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="167" />
        <source>Bro&amp;wse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="133" />
        <source>L&amp;ogo:</source>
        <translation>&amp;Logotipo:</translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="134" />
        <source>Signed &amp;by:</source>
        <translation>&amp;Firmado por:</translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="137" />
        <source>Signer's &amp;role:</source>
        <translation>&amp;Cargo del firmante:</translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="136" />
        <source>Managing director</source>
        <translation>Gerente</translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="143" />
        <source>Letter lan&amp;guage:</source>
        <translation>Idioma de las car&amp;tas:</translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="150" />
        <source>Cu&amp;rrency:</source>
        <translation>Moned&amp;a:</translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="152" />
        <source>e.g. 10 % off your next order</source>
        <translation>p. ej. un 10 % de descuento en su próximo pedido</translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="155" />
        <source>Lo&amp;yalty offer:</source>
        <translation>Oferta de &amp;fidelización:</translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="190" />
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="205" />
        <source>Your ideal client</source>
        <translation>Su cliente ideal</translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="223" />
        <source>Agreed payment &amp;term:</source>
        <translation>&amp;Plazo de pago acordado:</translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="231" />
        <source>Tolerated &amp;delay:</source>
        <translation>R&amp;etraso tolerado:</translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="239" />
        <source>&amp;Hard limit:</source>
        <translation>&amp;Límite máximo:</translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="247" />
        <source>Maximum return &amp;rate:</source>
        <translation>Tasa máxima de de&amp;volución:</translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="258" />
        <source>Minimum &amp;units a year:</source>
        <translation>&amp;Unidades mínimas al año:</translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="267" />
        <source>Minimum re&amp;venue a year:</source>
        <translation>Fact&amp;uración mínima al año:</translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="270" />
        <source>Less than this in a year and a client may not be worth their time.</source>
        <translation>Con menos de esto al año, puede que el cliente no compense el tiempo que exige.</translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="277" />
        <source>Review &amp;every:</source>
        <translation>Re&amp;visar cada:</translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="345" />
        <source>Choose your logo</source>
        <translation>Elija su logotipo</translation>
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="345" />
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>QuestionWidget</name>
    <message>
        <location filename="../../ui/evaluation_wizard.py" line="83" />
        <source> (suggested)</source>
        <translation> (sugerido)</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation_wizard.py" line="94" />
        <source>From your ledger: </source>
        <translation>Según sus cuentas: </translation>
    </message>
    <message>
        <location filename="../../ui/evaluation_wizard.py" line="102" />
        <source>Comment (optional)</source>
        <translation>Comentario (opcional)</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <location filename="../../ui/reasons.py" line="35" />
        <source>Pays on average {average} days after the invoice (worst {worst}); your agreed term is {term} days and your hard limit {limit}.</source>
        <translation>Paga de media {average} días después de la factura (el peor caso, {worst}); su plazo acordado es de {term} días y su límite máximo, {limit}.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="42" />
        <source>Sent back {rate} % of what they bought in the last 12 months; your maximum is {max} %.</source>
        <translation>Ha devuelto el {rate} % de lo que compró en los últimos 12 meses; su máximo es el {max} %.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="47" />
        <source>Bought {units} units for {revenue} in the last 12 months; your minimum is {min_units} units and {min_revenue}.</source>
        <translation>Ha comprado {units} unidades por {revenue} en los últimos 12 meses; su mínimo es de {min_units} unidades y {min_revenue}.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="57" />
        <source>Bought {units} units for {revenue} in the last 12 months. You have set no yearly minimum, so judge for yourself.</source>
        <translation>Ha comprado {units} unidades por {revenue} en los últimos 12 meses. No ha fijado un mínimo anual, así que juzgue usted.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="62" />
        <source>Bought {last} in the last 6 months against {previous} in the 6 before ({change} %).</source>
        <translation>Ha comprado {last} en los últimos 6 meses frente a {previous} en los 6 anteriores ({change} %).</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="70" />
        <source>Bought nothing in the 6 months before the last 6: no trend to show yet.</source>
        <translation>No compró nada en los 6 meses anteriores a los últimos 6: todavía no hay tendencia.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="73" />
        <source>Last purchase {days} days ago.</source>
        <translation>Última compra hace {days} días.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="76" />
        <source>Has never bought from you.</source>
        <translation>Nunca le ha comprado.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="79" />
        <source>Brings {share} % of your revenue of the last 12 months (class {abc}).</source>
        <translation>Aporta el {share} % de su facturación de los últimos 12 meses (clase {abc}).</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="82" />
        <source>Too few invoices in the last two years to judge from the ledger.</source>
        <translation>Hay demasiado pocas facturas en los dos últimos años para juzgar por las cuentas.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="85" />
        <source>No paid or overdue invoices to judge payment from.</source>
        <translation>No hay facturas cobradas ni vencidas con las que juzgar cómo paga.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="88" />
        <source>Bought nothing in the last 12 months.</source>
        <translation>No ha comprado nada en los últimos 12 meses.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="91" />
        <source>Red flag: pays on average {average} days after the invoice; your limit is {limit}.</source>
        <translation>Señal de alarma: paga de media {average} días después de la factura; su límite es {limit}.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="95" />
        <source>Red flag: sends back {rate} % of what they buy; your maximum is {max} %.</source>
        <translation>Señal de alarma: devuelve el {rate} % de lo que compra; su máximo es el {max} %.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="98" />
        <source>Red flag: bought only {units} units for {revenue} in 12 months, below your minimum of {min_units} units or {min_revenue}.</source>
        <translation>Señal de alarma: solo ha comprado {units} unidades por {revenue} en 12 meses, por debajo de su mínimo de {min_units} unidades o {min_revenue}.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="108" />
        <source>Red flag: you answered no.</source>
        <translation>Señal de alarma: usted respondió que no.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="111" />
        <source>You answered: {answer}.</source>
        <translation>Usted respondió: {answer}.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="115" />
        <source>Score {score} out of 100.</source>
        <translation>Puntuación {score} de 100.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="119" />
        <source>No question answered, so no score.</source>
        <translation>No hay preguntas respondidas, así que no hay puntuación.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="121" />
        <source>Already demands more than the terms you offer: wait before acquiring.</source>
        <translation>Ya exige más de lo que usted ofrece: espere antes de captarlo.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="124" />
        <source>Does not match the client you want: no need to pursue.</source>
        <translation>No encaja con el cliente que usted busca: no hace falta perseguirlo.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="127" />
        <source>Not clear yet whether they match the client you want.</source>
        <translation>Todavía no está claro si encaja con el cliente que usted busca.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="130" />
        <source>A good client worth recovering, once what drove them away is fixed.</source>
        <translation>Un buen cliente que vale la pena recuperar, cuando esté resuelto lo que le hizo irse.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="133" />
        <source>Was not a good client: no need to win them back.</source>
        <translation>No era un buen cliente: no hace falta recuperarlo.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="136" />
        <source>Marked as strategic, so never recommended for letting go.</source>
        <translation>Marcado como estratégico, así que nunca se recomienda dejarlo ir.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="139" />
        <source>Valuable: pays, rarely returns and buys enough (score {score} on those three).</source>
        <translation>Valioso: paga, apenas devuelve y compra lo suficiente (puntuación {score} en esas tres).</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="143" />
        <source>Not valuable enough to put up with demands beyond the terms.</source>
        <translation>No es lo bastante valioso como para aguantar exigencias fuera de lo pactado.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="146" />
        <source>Too many questions answered "don't know" to decide.</source>
        <translation>Demasiadas preguntas respondidas con «no lo sé» para decidir.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="149" />
        <source>No red flag.</source>
        <translation>Ninguna señal de alarma.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="150" />
        <source>A good client who buys less and less: find out why before they leave.</source>
        <translation>Un buen cliente que cada vez compra menos: averigüe por qué antes de que se vaya.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="153" />
        <source>Neither clearly good nor clearly bad: look again sooner.</source>
        <translation>Ni claramente bueno ni claramente malo: vuelva a mirarlo antes.</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../../ui/evaluation_wizard.py" line="211" />
        <source>Recommendation</source>
        <translation>Recomendación</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation_wizard.py" line="212" />
        <source>What the checklist suggests, and why. The decision is yours.</source>
        <translation>Lo que sugiere la evaluación, y por qué. La decisión es suya.</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation_wizard.py" line="228" />
        <source>Required when you choose another verdict</source>
        <translation>Obligatorio si elige otro veredicto</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation_wizard.py" line="238" />
        <source>&amp;Your decision:</source>
        <translation>Su &amp;decisión:</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation_wizard.py" line="239" />
        <source>&amp;Why, if different:</source>
        <translation>&amp;Por qué, si es distinta:</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation_wizard.py" line="241" />
        <source>&amp;Next review:</source>
        <translation>Próxima re&amp;visión:</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation_wizard.py" line="254" />
        <source>Score %1 of 100 · Recommended: %2</source>
        <translation>Puntuación %1 de 100 · Recomendado: %2</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation_wizard.py" line="282" />
        <source>Say why you choose another verdict.</source>
        <translation>Explique por qué elige otro veredicto.</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="327" />
        <source>New return</source>
        <translation>Nueva devolución</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="327" />
        <source>Edit return</source>
        <translation>Editar devolución</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="330" />
        <source>Not linked to an invoice</source>
        <translation>Sin factura asociada</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="339" />
        <source>Why it came back</source>
        <translation>Por qué se devolvió</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="340" />
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="341" />
        <source>&amp;Invoice:</source>
        <translation>Fact&amp;ura:</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="342" />
        <source>&amp;Units:</source>
        <translation>&amp;Unidades:</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="344" />
        <source>&amp;Credited amount ({currency}):</source>
        <translation>Importe &amp;abonado ({currency}):</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="348" />
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
</context>
<context>
    <name>SaleDialog</name>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="186" />
        <source>New sale</source>
        <translation>Nueva venta</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="186" />
        <source>Edit sale</source>
        <translation>Editar venta</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="199" />
        <source>Invoice &amp;date:</source>
        <translation>&amp;Fecha de factura:</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="200" />
        <source>&amp;Due date:</source>
        <translation>&amp;Vencimiento:</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="201" />
        <source>&amp;Reference:</source>
        <translation>&amp;Referencia:</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="202" />
        <source>&amp;Units:</source>
        <translation>&amp;Unidades:</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="203" />
        <source>&amp;Amount ({currency}):</source>
        <translation>&amp;Importe ({currency}):</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="41" />
        <source>Settings</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="75" />
        <source>System default</source>
        <translation>El del sistema</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="88" />
        <source>Interface &amp;language:</source>
        <translation>&amp;Idioma de la interfaz:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="81" />
        <source>Takes effect when Clientela restarts.</source>
        <translation>Se aplica la próxima vez que abra Clientela.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="56" />
        <source>&amp;Business</source>
        <translation>&amp;Negocio</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="57" />
        <source>&amp;Application</source>
        <translation>&amp;Aplicación</translation>
    </message>
</context>
<context>
    <name>TriageDialog</name>
    <message>
        <location filename="../../ui/triage_dialog.py" line="28" />
        <source>Triage</source>
        <translation>Triaje</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/triage_dialog.py" line="34" />
        <source>%n client(s) show red flags in the ledger; evaluate them first.</source>
        <translation>
            <numerusform>%n cliente muestra señales de alarma en sus cuentas; evalúelo primero.</numerusform><numerusform>%n clientes muestran señales de alarma en sus cuentas; evalúelos primero.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/triage_dialog.py" line="39" />
        <source>What the ledger alone points to, over %1 clients: %2</source>
        <translation>Lo que indican solo las cuentas, en %1 clientes: %2</translation>
    </message>
    <message>
        <location filename="../../ui/triage_dialog.py" line="47" />
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../ui/triage_dialog.py" line="47" />
        <source>Red flags</source>
        <translation>Señales de alarma</translation>
    </message>
    <message>
        <location filename="../../ui/triage_dialog.py" line="60" />
        <source>&amp;Show them in the list</source>
        <translation>&amp;Mostrarlos en la lista</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../ui/welcome_dialog.py" line="43" />
        <location filename="../../ui/welcome_dialog.py" line="77" />
        <source>Welcome to Clientela</source>
        <translation>Bienvenido a Clientela</translation>
    </message>
    <message>
        <location filename="../../ui/welcome_dialog.py" line="106" />
        <source>Load &amp;demo clients so I can try Clientela first</source>
        <translation>Cargar clientes de e&amp;jemplo para probar Clientela</translation>
    </message>
    <message>
        <location filename="../../ui/welcome_dialog.py" line="54" />
        <source>&amp;Start</source>
        <translation>&amp;Empezar</translation>
    </message>
    <message>
        <location filename="../../ui/welcome_dialog.py" line="58" />
        <source>&amp;Later</source>
        <translation>&amp;Más tarde</translation>
    </message>
    <message>
        <location filename="../../ui/welcome_dialog.py" line="60" />
        <source>Ask again the next time Clientela starts.</source>
        <translation>Volver a preguntar la próxima vez que se abra Clientela.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome_dialog.py" line="84" />
        <source>Clientela keeps your clients with everything they buy, pay and return. A few times a year it helps you decide, client by client, whom to look after, whom to set limits with and whom to let go, and writes the letter.</source>
        <translation>Clientela guarda sus clientes con todo lo que compran, pagan y devuelven. Unas cuantas veces al año le ayuda a decidir, cliente a cliente, a quién cuidar, con quién poner límites y a quién dejar ir, y le escribe la carta.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome_dialog.py" line="92" />
        <source>First, tell it about your business. Only the name is needed now; you can change everything later in Settings.</source>
        <translation>Primero, cuéntele cómo es su negocio. Ahora solo hace falta el nombre; podrá cambiarlo todo después en Preferencias.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome_dialog.py" line="110" />
        <source>A dozen made-up clients with 18 months of invoices, payments and returns, each a different kind of client.</source>
        <translation>Una docena de clientes inventados con 18 meses de facturas, pagos y devoluciones, cada uno de un tipo distinto.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome_dialog.py" line="120" />
        <source>Your book already has clients, so no demo clients are added.</source>
        <translation>Su cartera ya tiene clientes, así que no se añaden clientes de demostración.</translation>
    </message>
</context>
</TS>