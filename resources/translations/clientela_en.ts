<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB">
<context>
    <name>Cli</name>
    <message>
        <location filename="../../ui/cli.py" line="75" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/cli.py" line="76" />
        <source>Stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/cli.py" line="77" />
        <source>City</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/cli.py" line="94" />
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n client</numerusform><numerusform>%n clients</numerusform></translation>
    </message>
</context>
<context>
    <name>ClientDetailDialog</name>
    <message>
        <location filename="../../ui/client_detail.py" line="36" />
        <source>&amp;Edit client…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/client_detail.py" line="64" />
        <source>strategic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/client_detail.py" line="65" />
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
        <location filename="../../ui/client_editor.py" line="91" />
        <source>Who they are</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="93" />
        <source>&amp;Name*:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="93" />
        <source>How you call them</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="95" />
        <source>&amp;Company:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="95" />
        <source>Legal or company name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="97" />
        <source>&amp;Tax id:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="98" />
        <source>Con&amp;tact person:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="99" />
        <source>&amp;Email:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="100" />
        <source>&amp;Phone:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="102" />
        <source>Address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="108" />
        <source>&amp;Street:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="109" />
        <source>P&amp;ostal code:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="110" />
        <source>C&amp;ity:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="111" />
        <source>Co&amp;untry:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="113" />
        <source>Relationship</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="120" />
        <source>&amp;Stage:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="125" />
        <source>Letter &amp;language:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="126" />
        <source>Strategic client</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="128" />
        <source>Keep this client whatever the checklist says; never suggested for letting go.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="134" />
        <source>wholesale, Madrid, ... (separated by commas)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="135" />
        <source>T&amp;ags:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="139" />
        <source>Anything worth remembering about this client</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="140" />
        <source>N&amp;otes:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ClientTableModel</name>
    <message>
        <location filename="../../ui/client_table_model.py" line="109" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/client_table_model.py" line="110" />
        <source>Company</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/client_table_model.py" line="111" />
        <source>Contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/client_table_model.py" line="112" />
        <source>City</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/client_table_model.py" line="113" />
        <source>Email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/client_table_model.py" line="114" />
        <source>Phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/client_table_model.py" line="115" />
        <source>Stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/client_table_model.py" line="116" />
        <source>Verdict</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/client_table_model.py" line="117" />
        <source>Score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/client_table_model.py" line="118" />
        <source>Next review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/client_table_model.py" line="139" />
        <source>Strategic client</source>
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
</context>
<context>
    <name>LedgerDialogs</name>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="137" />
        <source>no reference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="138" />
        <source>{reference} of {date} — {open} open</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LedgerTab</name>
    <message>
        <location filename="../../ui/ledger_widget.py" line="92" />
        <source>&amp;Add…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="93" />
        <source>&amp;Edit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="94" />
        <source>De&amp;lete</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LedgerWidget</name>
    <message>
        <location filename="../../ui/ledger_widget.py" line="151" />
        <source>Invoice date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="152" />
        <location filename="../../ui/ledger_widget.py" line="165" />
        <source>Reference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="153" />
        <location filename="../../ui/ledger_widget.py" line="172" />
        <source>Units</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="154" />
        <location filename="../../ui/ledger_widget.py" line="163" />
        <source>Amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="155" />
        <source>Due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="156" />
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="162" />
        <location filename="../../ui/ledger_widget.py" line="171" />
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="164" />
        <source>Invoice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="164" />
        <source>on account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="173" />
        <source>Credited</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="174" />
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="179" />
        <source>&amp;Sales</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="180" />
        <source>&amp;Payments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="181" />
        <source>&amp;Returns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="222" />
        <source>Revenue, last 12 months</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="223" />
        <source>Units, last 12 months</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="224" />
        <source>Outstanding</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="225" />
        <source>Overdue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="269" />
        <source>Delete invoice {reference} of {date} for {amount}?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="270" />
        <source>(no reference)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="280" />
        <source>Delete the payment of {amount} received on {date}?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ledger_widget.py" line="291" />
        <source>Delete the return of {units} units on {date}?</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="62" />
        <source>Search name, company, contact, email, city or tax id  (Ctrl+F)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="77" />
        <source>All stages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="105" />
        <source>Stage:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="125" />
        <source>Your client book is empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="129" />
        <source>Add the clients you work with, record what they buy, pay and return, and Clientela will help you decide which ones to keep, look after or let go.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="135" />
        <source>Add your first client</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="138" />
        <source>Try Clientela with demo clients</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="161" />
        <source>&amp;New client…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="162" />
        <source>&amp;Open client</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="166" />
        <source>&amp;Edit client…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="168" />
        <source>&amp;Delete client…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="178" />
        <source>&amp;Find</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="181" />
        <source>&amp;Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="184" />
        <source>&amp;Settings…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="192" />
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="194" />
        <source>&amp;About Clientela</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="198" />
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="204" />
        <source>&amp;Client</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="207" />
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="210" />
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="213" />
        <source>Main</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="244" />
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n client</numerusform><numerusform>%n clients</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="247" />
        <source>%n of %1 clients match</source>
        <translation>
            <numerusform>%n of %1 clients match</numerusform><numerusform>%n of %1 clients match</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="332" />
        <source>Delete {name}?

Their sales, payments, returns, evaluations and letters are deleted too. This cannot be undone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="364" />
        <source>About Clientela</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="366" />
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
        <location filename="../../ui/messages.py" line="73" />
        <source>This field is required.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="74" />
        <source>At most {max} characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="77" />
        <source>This does not look like an email address (name@example.com).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="80" />
        <source>A phone number has 6 to 15 digits, optionally with +, spaces or dashes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="83" />
        <source>{name} already has this tax id.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="86" />
        <source>{name} already has this email address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="89" />
        <source>Choose one of the listed values.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="92" />
        <source>Enter an amount greater than zero.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="95" />
        <source>This cannot be negative.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="98" />
        <source>This number is too large.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="99" />
        <source>Enter a number, such as 1.250,50 or 1250.50.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="102" />
        <source>The due date cannot be before the invoice date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="105" />
        <source>That invoice belongs to another client.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="108" />
        <source>Use the three-letter currency code, such as EUR, USD or MXN.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="111" />
        <source>Enter a value from {low} to {high}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="114" />
        <source>The hard limit cannot be shorter than the agreed payment term.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="117" />
        <source>This file does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="118" />
        <source>The logo must be a PNG or JPEG image.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="127" />
        <source>Unexpected problem: {detail}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="136" />
        <source>Invalid value ({code}).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="208" />
        <source>New payment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="208" />
        <source>Edit payment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="215" />
        <source>invoice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="216" />
        <source>On account (no invoice)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="224" />
        <source>&amp;Date:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="225" />
        <source>&amp;Invoice:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="226" />
        <source>&amp;Amount ({currency}):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="227" />
        <source>&amp;Reference:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="250" />
        <source>This payment ({amount}) is more than the {owed} owed. Record it anyway?</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <location filename="../../ui/profile_form.py" line="66" />
        <source>Your business</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="71" />
        <source>Business &amp;name*:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="75" />
        <source>&amp;Address:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="76" />
        <source>C&amp;ity:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="77" />
        <source>Co&amp;untry:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="78" />
        <source>&amp;Tax id:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="79" />
        <source>&amp;Email:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="80" />
        <source>&amp;Phone:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="83" />
        <source>PNG or JPEG, shown on your letters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="84" />
        <source>Bro&amp;wse…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="95" />
        <source>L&amp;ogo:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="97" />
        <source>Signed &amp;by:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="100" />
        <source>Signer's &amp;role:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="102" />
        <source>Managing director</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="107" />
        <source>Letter lan&amp;guage:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="111" />
        <source>Cu&amp;rrency:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="113" />
        <source>e.g. 10 % off your next order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="116" />
        <source>Lo&amp;yalty offer:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="119" />
        <source>What thank-you letters offer your best clients.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="126" />
        <source> days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="130" />
        <source>Your ideal client</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="134" />
        <source>Clientela compares each client's ledger with these figures to suggest answers when you evaluate them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="147" />
        <source>Agreed payment &amp;term:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="150" />
        <source>The days you give clients to pay an invoice.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="155" />
        <source>Tolerated &amp;delay:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="158" />
        <source>Lateness beyond the term you still accept from a good client.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="163" />
        <source>&amp;Hard limit:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="166" />
        <source>Paying this late, or later, is a red flag on its own.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="174" />
        <source>Maximum return &amp;rate:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="177" />
        <source>A client who sends back more than this is never satisfied.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="184" />
        <source>Minimum &amp;units a year:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="187" />
        <location filename="../../ui/profile_form.py" line="198" />
        <source>Below this a client buys too little for the effort they take.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="195" />
        <source>Minimum re&amp;venue a year:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="203" />
        <source>Review &amp;every:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="206" />
        <source>How often each client should be evaluated again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="263" />
        <source>Choose your logo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/profile_form.py" line="263" />
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="275" />
        <source>New return</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="275" />
        <source>Edit return</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="278" />
        <source>Not linked to an invoice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="289" />
        <source>Why it came back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="290" />
        <source>&amp;Date:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="291" />
        <source>&amp;Invoice:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="292" />
        <source>&amp;Units:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="294" />
        <source>&amp;Credited amount ({currency}):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="298" />
        <source>&amp;Reason:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SaleDialog</name>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="158" />
        <source>New sale</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="158" />
        <source>Edit sale</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="172" />
        <source>Invoice &amp;date:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="173" />
        <source>&amp;Due date:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="174" />
        <source>&amp;Reference:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="175" />
        <source>&amp;Units:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/ledger_dialogs.py" line="176" />
        <source>&amp;Amount ({currency}):</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="30" />
        <source>Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="42" />
        <source>System default</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="47" />
        <source>Interface &amp;language:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="48" />
        <source>Takes effect when Clientela restarts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="53" />
        <source>&amp;Business</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="54" />
        <source>&amp;Application</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../ui/welcome_dialog.py" line="30" />
        <location filename="../../ui/welcome_dialog.py" line="32" />
        <source>Welcome to Clientela</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/welcome_dialog.py" line="36" />
        <source>Clientela keeps your clients and what they buy, pay and return. A few times a year it helps you decide, client by client, whom to look after, whom to set limits with, and whom to let go — and writes the letter. Tell it about your business first; you can change all of this later in Settings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/welcome_dialog.py" line="50" />
        <source>Load &amp;demo clients so I can try Clientela first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/welcome_dialog.py" line="54" />
        <source>&amp;Start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/welcome_dialog.py" line="57" />
        <source>&amp;Later</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>