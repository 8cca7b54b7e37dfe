<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB">
<context>
    <name>Background</name>
    <message>
        <location filename="../../ui/background.py" line="52" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../ui/cli.py" line="76" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/cli.py" line="77" />
        <source>Stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/cli.py" line="78" />
        <source>City</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/cli.py" line="95" />
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n client</numerusform><numerusform>%n clients</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/cli.py" line="123" />
        <source>%n client(s) with red flags</source>
        <translation>
            <numerusform>%n client with red flags</numerusform><numerusform>%n clients with red flags</numerusform></translation>
    </message>
</context>
<context>
    <name>ClientDetailDialog</name>
    <message>
        <location filename="../../ui/client_detail.py" line="39" />
        <source>&amp;Edit client…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/client_detail.py" line="42" />
        <source>E&amp;valuate…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/client_detail.py" line="55" />
        <source>&amp;Ledger</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/client_detail.py" line="56" />
        <source>Evaluation &amp;history</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/client_detail.py" line="79" />
        <source>strategic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/client_detail.py" line="80" />
        <source>Letter language: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ClientEditorDialog</name>
    <message>
        <location filename="../../ui/client_editor.py" line="65" />
        <source>New client</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="65" />
        <source>Edit client</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="82" />
        <source>Who they are</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="84" />
        <source>&amp;Name*:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="84" />
        <source>How you call them</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="86" />
        <source>&amp;Company:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="86" />
        <source>Legal or company name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="88" />
        <source>&amp;Tax id:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="89" />
        <source>Con&amp;tact person:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="90" />
        <source>&amp;Email:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="91" />
        <source>&amp;Phone:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="93" />
        <source>Address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="99" />
        <source>&amp;Street:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="100" />
        <source>P&amp;ostal code:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="101" />
        <source>C&amp;ity:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="102" />
        <source>Co&amp;untry:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="104" />
        <source>Relationship</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="111" />
        <source>&amp;Stage:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="116" />
        <source>Letter &amp;language:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="117" />
        <source>Strategic client</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="119" />
        <source>Keep this client whatever the checklist says; never suggested for letting go.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="125" />
        <source>wholesale, Madrid, ... (separated by commas)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="126" />
        <source>T&amp;ags:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="130" />
        <source>Anything worth remembering about this client</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="131" />
        <source>N&amp;otes:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ClientTableModel</name>
    <message>
        <location filename="../../ui/client_table_model.py" line="110" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/client_table_model.py" line="111" />
        <source>Company</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/client_table_model.py" line="112" />
        <source>Contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/client_table_model.py" line="113" />
        <source>City</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/client_table_model.py" line="114" />
        <source>Email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/client_table_model.py" line="115" />
        <source>Phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/client_table_model.py" line="116" />
        <source>Stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/client_table_model.py" line="117" />
        <source>Verdict</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/client_table_model.py" line="118" />
        <source>Score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/client_table_model.py" line="119" />
        <source>Next review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/client_table_model.py" line="140" />
        <source>Strategic client</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EvaluationHistory</name>
    <message>
        <location filename="../../ui/evaluation_history.py" line="160" />
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/evaluation_history.py" line="160" />
        <source>Score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/evaluation_history.py" line="160" />
        <source>Recommended</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/evaluation_history.py" line="160" />
        <source>Chosen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/evaluation_history.py" line="168" />
        <source>Not evaluated yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/evaluation_history.py" line="169" />
        <source>&amp;Open…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/evaluation_history.py" line="171" />
        <source>E&amp;valuate now…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EvaluationView</name>
    <message>
        <location filename="../../ui/evaluation_history.py" line="76" />
        <source>Evaluation of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/evaluation_history.py" line="81" />
        <source>score %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/evaluation_history.py" line="84" />
        <source>Stage when evaluated: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/evaluation_history.py" line="91" />
        <source>Recommended %1; you chose otherwise: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/evaluation_history.py" line="100" />
        <source>up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/evaluation_history.py" line="100" />
        <source>down</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/evaluation_history.py" line="104" />
        <source>Score %1 by %2 since the previous evaluation.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/evaluation_history.py" line="111" />
        <source>Answers that changed:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/evaluation_history.py" line="119" />
        <source>Why:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/evaluation_history.py" line="122" />
        <source>Answers:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EvaluationWizard</name>
    <message>
        <location filename="../../ui/evaluation_wizard.py" line="310" />
        <source>Evaluate %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/evaluation_wizard.py" line="313" />
        <source>&amp;Save evaluation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/evaluation_wizard.py" line="377" />
        <source>Discard this evaluation? The answers you gave are not saved.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FieldMessage</name>
    <message>
        <location filename="../../ui/field_message.py" line="25" />
        <source>Note: </source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>IntroPage</name>
    <message>
        <location filename="../../ui/evaluation_wizard.py" line="133" />
        <source>Evaluate %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/evaluation_wizard.py" line="136" />
        <source>A few questions about this client, one group at a time. Where your ledger already knows the answer it is filled in for you; change it if you know better.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/evaluation_wizard.py" line="146" />
        <source>Stage: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/evaluation_wizard.py" line="149" />
        <source>Marked as strategic.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/evaluation_wizard.py" line="153" />
        <source>Revenue in the last 12 months: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/evaluation_wizard.py" line="159" />
        <source>Overdue now: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../ui/labels.py" line="12" />
        <source>Prospect</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="13" />
        <source>Active</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="14" />
        <source>Lost</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="15" />
        <source>Former (let go)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="23" />
        <source>Retain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="24" />
        <source>Set boundaries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="25" />
        <source>Recover</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="26" />
        <source>Let go</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="27" />
        <source>Acquire</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="28" />
        <source>Watch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="34" />
        <source>Spanish</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="35" />
        <source>English</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="41" />
        <source>Yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="42" />
        <source>Partly</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="43" />
        <source>No</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="44" />
        <source>Don't know</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LedgerDialogs</name>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="43" />
        <location filename="../../ui/ledger_dialogs.py" line="332" />
        <source>no reference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="44" />
        <source>{reference} of {date} — {open} open</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LedgerTab</name>
    <message>
        <location filename="../../ui/ledger_widget.py" line="109" />
        <source>&amp;Add…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="110" />
        <source>Add an entry (Insert or Ctrl+Shift+N)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="111" />
        <source>E&amp;dit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="112" />
        <source>Edit the selected entry (Enter or double-click)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="114" />
        <source>Delete the selected entry (Delete)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="113" />
        <source>De&amp;lete</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LedgerWidget</name>
    <message>
        <location filename="../../ui/ledger_widget.py" line="258" />
        <source>Invoice date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="259" />
        <location filename="../../ui/ledger_widget.py" line="277" />
        <source>Reference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="260" />
        <location filename="../../ui/ledger_widget.py" line="283" />
        <source>Units</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="261" />
        <location filename="../../ui/ledger_widget.py" line="275" />
        <source>Amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="262" />
        <source>Due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="263" />
        <source>Paid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="264" />
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="274" />
        <location filename="../../ui/ledger_widget.py" line="282" />
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="276" />
        <location filename="../../ui/ledger_widget.py" line="285" />
        <source>Invoice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="270" />
        <source>on account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="284" />
        <source>Credited</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="286" />
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="221" />
        <source>&amp;Sales</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="222" />
        <source>&amp;Payments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="223" />
        <source>&amp;Returns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="300" />
        <source>Revenue, last 12 months</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="301" />
        <source>Units, last 12 months</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="302" />
        <source>Outstanding</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="303" />
        <source>Overdue</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/ledger_widget.py" line="305" />
        <source>Overdue (%n invoice(s))</source>
        <translation>
            <numerusform>Overdue (%n invoice)</numerusform><numerusform>Overdue (%n invoices)</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="363" />
        <source>Delete invoice {reference} of {date} for {amount}?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="271" />
        <location filename="../../ui/ledger_widget.py" line="364" />
        <source>(no reference)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="370" />
        <source>The {paid} paid on it will stay recorded as paid on account.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="378" />
        <source>Delete the payment of {amount} received on {date}?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="389" />
        <source>Delete the return of {units} units on {date}?</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="64" />
        <source>Search name, company, contact, email, city or tax id  (Ctrl+F)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="79" />
        <source>All stages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="85" />
        <source>Any verdict</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="89" />
        <source>Due for &amp;review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="92" />
        <source>Clients never evaluated, or whose review date has come</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="95" />
        <source>Red flags (&amp;triage)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="97" />
        <source>Only the clients the last triage flagged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="125" />
        <source>Stage:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="127" />
        <source>Verdict:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="149" />
        <source>Your client book is empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="153" />
        <source>Add the clients you work with, record what they buy, pay and return, and Clientela will help you decide which ones to keep, look after or let go.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="159" />
        <source>Add your first client</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="162" />
        <source>Try Clientela with demo clients</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="185" />
        <source>&amp;New client…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="186" />
        <source>&amp;Open client</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="191" />
        <source>E&amp;valuate client…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="194" />
        <source>&amp;Triage the whole book…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="196" />
        <source>&amp;Edit client…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="198" />
        <source>&amp;Delete client…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="208" />
        <source>&amp;Find</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="211" />
        <source>&amp;Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="214" />
        <source>&amp;Settings…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="222" />
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="224" />
        <source>&amp;About Clientela</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="228" />
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="234" />
        <source>&amp;Client</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="239" />
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="242" />
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="245" />
        <source>Main</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="286" />
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n client</numerusform><numerusform>%n clients</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="289" />
        <source>%n of %1 clients match</source>
        <translation>
            <numerusform>%n of %1 clients matches</numerusform><numerusform>%n of %1 clients match</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="392" />
        <source>Reading the ledger of every client…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="415" />
        <source>Delete {name}?

Their sales, payments, returns, evaluations and letters are deleted too. This cannot be undone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="447" />
        <source>About Clientela</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="449" />
        <source>&lt;h3&gt;Clientela {version}&lt;/h3&gt;&lt;p&gt;Keep your clients, weigh them against a clear checklist, and write the right letter.&lt;/p&gt;&lt;p&gt;Database: {path}&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../ui/messages.py" line="22" />
        <source>The folder {path} does not exist. Create it first or choose another place.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="25" />
        <source>There is no database at {path}. Check the path, or choose one with --db.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="28" />
        <source>{path} is a folder, not a database file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="31" />
        <source>Clientela cannot create a database in {path}: the folder is not writable.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="34" />
        <source>The file {path} cannot be read ({detail}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="37" />
        <source>{path} is not a database file. Choose a Clientela database.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="40" />
        <source>{path} is a database, but not a Clientela one. Nothing was changed in it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="43" />
        <source>{path} was saved by a newer version of Clientela (schema {revision}). Update Clientela to open it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="48" />
        <source>The database could not be updated to this version of Clientela: {detail}. Your file was not changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="53" />
        <source>The database address {path} cannot be used: {detail}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="56" />
        <source>That record no longer exists; someone may have deleted it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="59" />
        <source>This client was changed elsewhere since you opened it. Close the window and open the client again to see the latest version.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="64" />
        <source>Demo clients can only be loaded into an empty client book.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="67" />
        <source>Some fields need attention before saving.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="70" />
        <source>The criteria file {file} is damaged at {entry}: {problem}. Reinstall Clientela or restore the file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="78" />
        <source>This field is required.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="79" />
        <source>At most {max} characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="82" />
        <source>This does not look like an email address (name@example.com).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="85" />
        <source>A phone number has 6 to 15 digits, optionally with +, spaces or dashes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="88" />
        <source>{name} already has this tax id.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="91" />
        <source>{name} already has this email address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="94" />
        <source>Choose one of the listed values.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="97" />
        <source>Enter an amount greater than zero.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="100" />
        <source>This cannot be negative.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="103" />
        <source>This number is too large.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="104" />
        <source>Enter a number, such as 1.250,50 or 1250.50.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="107" />
        <source>The due date cannot be before the invoice date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="110" />
        <source>That invoice belongs to another client.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="113" />
        <source>Enter a valid date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="114" />
        <source>Enter a date between the years {low} and {high}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="117" />
        <source>Use at most {places} decimal places.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="120" />
        <source>Say why you choose another verdict than the recommended one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="123" />
        <source>A question was answered twice.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="126" />
        <source>Use the three-letter currency code, such as EUR, USD or MXN.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="129" />
        <source>Enter a value from {low} to {high}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="132" />
        <source>The hard limit cannot be shorter than the agreed payment term.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="135" />
        <source>This file does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="136" />
        <source>The logo must be a PNG or JPEG image.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="139" />
        <source>This file cannot be read. Check that you may open it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="142" />
        <source>Enter a whole number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="149" />
        <source>Unexpected problem: {detail}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="158" />
        <source>Invalid value ({code}).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="246" />
        <source>New payment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="246" />
        <source>Edit payment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="258" />
        <source>On account (no invoice)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="269" />
        <source>&amp;Date:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="270" />
        <source>&amp;Invoice:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="271" />
        <source>&amp;Amount ({currency}):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="272" />
        <source>&amp;Reference:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="300" />
        <source>This payment ({amount}) is more than the {owed} owed. Record it anyway?</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <location filename="../../ui/profile_form.py" line="112" />
        <source>Your business</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="119" />
        <source>Business &amp;name*:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="121" />
        <source>As it appears on your invoices</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="125" />
        <source>Street and number
Postal code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="127" />
        <source>&amp;Address:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="128" />
        <source>C&amp;ity:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="129" />
        <source>Co&amp;untry:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="130" />
        <source>&amp;Tax id:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="131" />
        <source>&amp;Email:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="132" />
        <source>&amp;Phone:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="158" />
        <source>What your thank-you letters offer the clients you want to keep.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="165" />
        <source>PNG or JPEG image</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="209" />
        <source>Clientela compares each client's invoices, payments and returns with these figures and suggests answers when you evaluate them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="226" />
        <source>The days your invoices give clients to pay; lateness counts from here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="234" />
        <source>Extra days you accept before a client counts as a late payer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="242" />
        <source>Paying this many days after the invoice, or later, is a red flag on its own.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="251" />
        <source>A client who sends back more than this share of purchases is rarely satisfied.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="254" />
        <source> units</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="255" />
        <location filename="../../ui/profile_form.py" line="264" />
        <source>No minimum</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="261" />
        <source>Fewer than this and a client buys too little for the effort they take.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="280" />
        <source>How soon each evaluation asks to be repeated, so no client is forgotten.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="167" />
        <source>Bro&amp;wse…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="133" />
        <source>L&amp;ogo:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="134" />
        <source>Signed &amp;by:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="137" />
        <source>Signer's &amp;role:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="136" />
        <source>Managing director</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="143" />
        <source>Letter lan&amp;guage:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="150" />
        <source>Cu&amp;rrency:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="152" />
        <source>e.g. 10 % off your next order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="155" />
        <source>Lo&amp;yalty offer:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="190" />
        <source> days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="205" />
        <source>Your ideal client</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="223" />
        <source>Agreed payment &amp;term:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="231" />
        <source>Tolerated &amp;delay:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="239" />
        <source>&amp;Hard limit:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="247" />
        <source>Maximum return &amp;rate:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="258" />
        <source>Minimum &amp;units a year:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="267" />
        <source>Minimum re&amp;venue a year:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="270" />
        <source>Less than this in a year and a client may not be worth their time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="277" />
        <source>Review &amp;every:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="345" />
        <source>Choose your logo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="345" />
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QuestionWidget</name>
    <message>
        <location filename="../../ui/evaluation_wizard.py" line="83" />
        <source> (suggested)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/evaluation_wizard.py" line="94" />
        <source>From your ledger: </source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/evaluation_wizard.py" line="102" />
        <source>Comment (optional)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <location filename="../../ui/reasons.py" line="35" />
        <source>Pays on average {average} days after the invoice (worst {worst}); your agreed term is {term} days and your hard limit {limit}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="42" />
        <source>Sent back {rate} % of what they bought in the last 12 months; your maximum is {max} %.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="47" />
        <source>Bought {units} units for {revenue} in the last 12 months; your minimum is {min_units} units and {min_revenue}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="57" />
        <source>Bought {units} units for {revenue} in the last 12 months. You have set no yearly minimum, so judge for yourself.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="62" />
        <source>Bought {last} in the last 6 months against {previous} in the 6 before ({change} %).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="70" />
        <source>Bought nothing in the 6 months before the last 6: no trend to show yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="73" />
        <source>Last purchase {days} days ago.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="76" />
        <source>Has never bought from you.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="79" />
        <source>Brings {share} % of your revenue of the last 12 months (class {abc}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="82" />
        <source>Too few invoices in the last two years to judge from the ledger.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="85" />
        <source>No paid or overdue invoices to judge payment from.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="88" />
        <source>Bought nothing in the last 12 months.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="91" />
        <source>Red flag: pays on average {average} days after the invoice; your limit is {limit}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="95" />
        <source>Red flag: sends back {rate} % of what they buy; your maximum is {max} %.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="98" />
        <source>Red flag: bought only {units} units for {revenue} in 12 months, below your minimum of {min_units} units or {min_revenue}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="108" />
        <source>Red flag: you answered no.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="111" />
        <source>You answered: {answer}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="115" />
        <source>Score {score} out of 100.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="119" />
        <source>No question answered, so no score.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="121" />
        <source>Already demands more than the terms you offer: wait before acquiring.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="124" />
        <source>Does not match the client you want: no need to pursue.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="127" />
        <source>Not clear yet whether they match the client you want.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="130" />
        <source>A good client worth recovering, once what drove them away is fixed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="133" />
        <source>Was not a good client: no need to win them back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="136" />
        <source>Marked as strategic, so never recommended for letting go.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="139" />
        <source>Valuable: pays, rarely returns and buys enough (score {score} on those three).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="143" />
        <source>Not valuable enough to put up with demands beyond the terms.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="146" />
        <source>Too many questions answered "don't know" to decide.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="149" />
        <source>No red flag.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="150" />
        <source>A good client who buys less and less: find out why before they leave.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="153" />
        <source>Neither clearly good nor clearly bad: look again sooner.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../../ui/evaluation_wizard.py" line="211" />
        <source>Recommendation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/evaluation_wizard.py" line="212" />
        <source>What the checklist suggests, and why. The decision is yours.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/evaluation_wizard.py" line="228" />
        <source>Required when you choose another verdict</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/evaluation_wizard.py" line="238" />
        <source>&amp;Your decision:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/evaluation_wizard.py" line="239" />
        <source>&amp;Why, if different:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/evaluation_wizard.py" line="241" />
        <source>&amp;Next review:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/evaluation_wizard.py" line="254" />
        <source>Score %1 of 100 · Recommended: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/evaluation_wizard.py" line="282" />
        <source>Say why you choose another verdict.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="327" />
        <source>New return</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="327" />
        <source>Edit return</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="330" />
        <source>Not linked to an invoice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="339" />
        <source>Why it came back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="340" />
        <source>&amp;Date:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="341" />
        <source>&amp;Invoice:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="342" />
        <source>&amp;Units:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="344" />
        <source>&amp;Credited amount ({currency}):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="348" />
        <source>&amp;Reason:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SaleDialog</name>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="186" />
        <source>New sale</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="186" />
        <source>Edit sale</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="199" />
        <source>Invoice &amp;date:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="200" />
        <source>&amp;Due date:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="201" />
        <source>&amp;Reference:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="202" />
        <source>&amp;Units:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="203" />
        <source>&amp;Amount ({currency}):</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="41" />
        <source>Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="75" />
        <source>System default</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="88" />
        <source>Interface &amp;language:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="81" />
        <source>Takes effect when Clientela restarts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="56" />
        <source>&amp;Business</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="57" />
        <source>&amp;Application</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TriageDialog</name>
    <message>
        <location filename="../../ui/triage_dialog.py" line="28" />
        <source>Triage</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/triage_dialog.py" line="34" />
        <source>%n client(s) show red flags in the ledger; evaluate them first.</source>
        <translation>
            <numerusform>%n client shows red flags in the ledger; evaluate it first.</numerusform><numerusform>%n clients show red flags in the ledger; evaluate them first.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/triage_dialog.py" line="39" />
        <source>What the ledger alone points to, over %1 clients: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/triage_dialog.py" line="47" />
        <source>Client</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/triage_dialog.py" line="47" />
        <source>Red flags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/triage_dialog.py" line="60" />
        <source>&amp;Show them in the list</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../ui/welcome_dialog.py" line="43" />
        <location filename="../../ui/welcome_dialog.py" line="77" />
        <source>Welcome to Clientela</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/welcome_dialog.py" line="106" />
        <source>Load &amp;demo clients so I can try Clientela first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/welcome_dialog.py" line="54" />
        <source>&amp;Start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/welcome_dialog.py" line="58" />
        <source>&amp;Later</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/welcome_dialog.py" line="60" />
        <source>Ask again the next time Clientela starts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/welcome_dialog.py" line="84" />
        <source>Clientela keeps your clients with everything they buy, pay and return. A few times a year it helps you decide, client by client, whom to look after, whom to set limits with and whom to let go, and writes the letter.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/welcome_dialog.py" line="92" />
        <source>First, tell it about your business. Only the name is needed now; you can change everything later in Settings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/welcome_dialog.py" line="110" />
        <source>A dozen made-up clients with 18 months of invoices, payments and returns, each a different kind of client.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/welcome_dialog.py" line="120" />
        <source>Your book already has clients, so no demo clients are added.</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>