<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="de">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/about.py" line="46" />
        <source>Über advisor-app / Datenquellen</source>
        <translation>About advisor-app / data sources</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="49" />
        <source>Programm der Koordinierungs- und Beratungsstelle Kommunalpartnerschaften NRW. Die mitgelieferten Daten und ihre Quellen und Lizenzen:</source>
        <translation>Program of the NRW coordination and advisory office for municipal partnerships. The data shipped with it, and their sources and licences:</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="52" />
        <source>Datenquellen und Lizenzen</source>
        <translation>Data sources and licences</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="53" />
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>AmendDialog</name>
    <message>
        <location filename="../../ui/consultation/visit_dialogs.py" line="95" />
        <source>Nachtrag zur abgeschlossenen Beratung</source>
        <translation>Amendment to the completed consultation</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/visit_dialogs.py" line="98" />
        <source>Die Beratung ist abgeschlossen und bleibt unverändert. Eine Korrektur wird als Nachtrag mit Grund, Name und Zeitpunkt gespeichert und im Protokoll ausgewiesen.</source>
        <translation>The consultation is completed and stays unchanged. A correction is stored as an amendment with reason, name and time, and shown in the protocol.</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/visit_dialogs.py" line="105" />
        <source>Allgemein (die ganze Beratung)</source>
        <translation>General (the whole consultation)</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/visit_dialogs.py" line="112" />
        <source>Betrifft</source>
        <translation>Concerns</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/visit_dialogs.py" line="113" />
        <source>Grund</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/visit_dialogs.py" line="114" />
        <source>Korrektur</source>
        <translation>Correction</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/visit_dialogs.py" line="121" />
        <source>Nachtrag speichern</source>
        <translation>Save amendment</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="115" />
        <source>advisor-app – Datenbank</source>
        <translation>advisor-app – database</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="119" />
        <source>Die Datenbank wird bereits von einem anderen advisor-app-Fenster oder -Befehl benutzt:
%1

Bitte das andere Programm schließen und advisor-app erneut starten.</source>
        <translation>The database is already in use by another advisor-app window or command:
%1

Please close the other program and start advisor-app again.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="147" />
        <source>Die Datenbank
%1
ist beschädigt:
%2

</source>
        <translation>The database
%1
is damaged:
%2

</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="150" />
        <source>Es gibt keine Sicherung. Das Programm legt keine leere Datenbank an; bitte die IT-Betreuung fragen.</source>
        <translation>There is no backup. The program does not create an empty database; please ask your IT support.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="154" />
        <source>Neueste Sicherung: %1
Die beschädigte Datei bleibt daneben erhalten.</source>
        <translation>Newest backup: %1
The damaged file is kept beside it.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="157" />
        <source>Sicherung &amp;wiederherstellen</source>
        <translation>&amp;Restore backup</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="157" />
        <source>&amp;Beenden</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="166" />
        <source>Die Sicherung %1 wurde wiederhergestellt. Die beschädigte Datei liegt unter %2.</source>
        <translation>The backup %1 was restored. The damaged file was kept as %2.</translation>
    </message>
</context>
<context>
    <name>AttachmentModel</name>
    <message>
        <location filename="../../ui/consultation/edit_models.py" line="188" />
        <source>Foto</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/edit_models.py" line="191" />
        <source>Dokument</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/edit_models.py" line="200" />
        <source>Datei</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/edit_models.py" line="202" />
        <source>Art</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/edit_models.py" line="203" />
        <source>Größe</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/edit_models.py" line="206" />
        <source>Beschreibung</source>
        <translation>Caption</translation>
    </message>
</context>
<context>
    <name>AttachmentsPage</name>
    <message>
        <location filename="../../ui/consultation/attachments_page.py" line="146" />
        <source>Anhänge</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/attachments_page.py" line="178" />
        <source>Fotos und Dokumente anhängen</source>
        <translation>Attach photos and documents</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/attachments_page.py" line="180" />
        <source>Fotos und Dokumente (%1);;Alle Dateien (*)</source>
        <translation>Photos and documents (%1);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/attachments_page.py" line="215" />
        <source>„%1“ entfernt.</source>
        <translation>“%1” removed.</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/attachments_page.py" line="224" />
        <source>Fotos (PNG, JPEG) und Dokumente (PDF, DOCX, XLSX, PPTX, ODT, ODS, TXT) bis %1 MB je Datei. Sie werden mit der Beratung gespeichert und synchronisiert.</source>
        <translation>Photos (PNG, JPEG) and documents (PDF, DOCX, XLSX, PPTX, ODT, ODS, TXT) up to %1 MB per file. They are stored with the consultation and synchronised.</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/attachments_page.py" line="228" />
        <source>Anhänge der Beratung</source>
        <translation>Attachments of the consultation</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/attachments_page.py" line="229" />
        <source>Eingabetaste oder Doppelklick öffnet, Entf entfernt, Einfg fügt Dateien hinzu.</source>
        <translation>Enter or double-click opens, Del removes, Ins adds files.</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/attachments_page.py" line="231" />
        <source>Beschre&amp;ibung:</source>
        <translation>Capt&amp;ion:</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/attachments_page.py" line="232" />
        <source>Beschreibung der nächsten Datei</source>
        <translation>Caption of the next file</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/attachments_page.py" line="233" />
        <source>optional, z. B. Flipchart Themensammlung</source>
        <translation>optional, e.g. flip chart of topics</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/attachments_page.py" line="234" />
        <source>Datei &amp;hinzufügen…</source>
        <translation>A&amp;dd file…</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/attachments_page.py" line="235" />
        <source>Fotos oder Dokumente hinzufügen</source>
        <translation>Add photos or documents</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/attachments_page.py" line="236" />
        <source>Einfg</source>
        <translation>Ins</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/attachments_page.py" line="237" />
        <source>Öffn&amp;en</source>
        <translation>Op&amp;en</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/attachments_page.py" line="238" />
        <source>Gewählten Anhang öffnen</source>
        <translation>Open the selected attachment</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/attachments_page.py" line="239" />
        <source>E&amp;ntfernen</source>
        <translation>Remo&amp;ve</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/attachments_page.py" line="240" />
        <source>Gewählten Anhang entfernen</source>
        <translation>Remove the selected attachment</translation>
    </message>
</context>
<context>
    <name>ButtonsEditor</name>
    <message>
        <location filename="../../ui/consultation/choice_editors.py" line="54" />
        <source>%1 von %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/choice_editors.py" line="66" />
        <source>(1 = niedrig, 5 = hoch)</source>
        <translation>(1 = low, 5 = high)</translation>
    </message>
</context>
<context>
    <name>ChecklistPage</name>
    <message>
        <location filename="../../ui/consultation/checklist_page.py" line="82" />
        <source>Checkliste</source>
        <translation>Checklist</translation>
    </message>
</context>
<context>
    <name>ClimateProjectDialog</name>
    <message>
        <location filename="../../ui/forms/project_dialog.py" line="29" />
        <source>Klimaprojekt bearbeiten – %1</source>
        <translation>Edit climate project – %1</translation>
    </message>
    <message>
        <location filename="../../ui/forms/project_dialog.py" line="30" />
        <source>Neues Klimaprojekt – %1</source>
        <translation>New climate project – %1</translation>
    </message>
    <message>
        <location filename="../../ui/forms/project_dialog.py" line="35" />
        <source>keine (Projekt ohne Partnerschaft)</source>
        <translation>none (project without a partnership)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/project_dialog.py" line="44" />
        <source>Welches Problem sollte gelöst werden?</source>
        <translation>Which problem was to be solved?</translation>
    </message>
    <message>
        <location filename="../../ui/forms/project_dialog.py" line="46" />
        <source>Was wurde gemacht, mit wem?</source>
        <translation>What was done, with whom?</translation>
    </message>
    <message>
        <location filename="../../ui/forms/project_dialog.py" line="49" />
        <source>Was hat es gebracht (z. B. t CO₂/Jahr, kWh, Personen)?</source>
        <translation>What did it achieve (e.g. t CO₂/year, kWh, people)?</translation>
    </message>
    <message>
        <location filename="../../ui/forms/project_dialog.py" line="51" />
        <source>z. B. 120.000 € (davon 80 % Förderung)</source>
        <translation>e.g. €120,000 (80% of it funded)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/project_dialog.py" line="53" />
        <source>Förderprogramme, Eigenmittel, Partner</source>
        <translation>Funding programmes, own funds, partners</translation>
    </message>
    <message>
        <location filename="../../ui/forms/project_dialog.py" line="56" />
        <source>Was braucht eine andere Kommune, um es zu übernehmen?</source>
        <translation>What does another municipality need to adopt it?</translation>
    </message>
    <message>
        <location filename="../../ui/forms/project_dialog.py" line="57" />
        <source>keine</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../ui/forms/project_dialog.py" line="62" />
        <source>Gemeinde:</source>
        <translation>Municipality:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/project_dialog.py" line="63" />
        <source>&amp;Titel:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/project_dialog.py" line="64" />
        <source>&amp;Partnerschaft:</source>
        <translation>&amp;Partnership:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/project_dialog.py" line="65" />
        <source>&amp;Status:</source>
        <translation>St&amp;atus:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/project_dialog.py" line="66" />
        <source>&amp;Beginn (Jahr):</source>
        <translation>&amp;Start (year):</translation>
    </message>
    <message>
        <location filename="../../ui/forms/project_dialog.py" line="67" />
        <source>&amp;Ende (Jahr):</source>
        <translation>&amp;End (year):</translation>
    </message>
    <message>
        <location filename="../../ui/forms/project_dialog.py" line="68" />
        <source>Gute Praxis</source>
        <translation>Good practice</translation>
    </message>
    <message>
        <location filename="../../ui/forms/project_dialog.py" line="69" />
        <source>P&amp;roblem:</source>
        <translation>P&amp;roblem:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/project_dialog.py" line="70" />
        <source>&amp;Lösung:</source>
        <translation>Sol&amp;ution:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/project_dialog.py" line="71" />
        <source>Er&amp;gebnisse:</source>
        <translation>Resu&amp;lts:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/project_dialog.py" line="72" />
        <source>&amp;Kosten:</source>
        <translation>&amp;Costs:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/project_dialog.py" line="73" />
        <source>&amp;Finanzierung:</source>
        <translation>&amp;Funding:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/project_dialog.py" line="74" />
        <source>Übertr&amp;agbarkeit:</source>
        <translation>Transfera&amp;bility:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/project_dialog.py" line="75" />
        <source>A&amp;nsprechperson:</source>
        <translation>Co&amp;ntact person:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/project_dialog.py" line="76" />
        <source>T&amp;hemen:</source>
        <translation>T&amp;opics:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/project_dialog.py" line="82" />
        <source>(gelöscht oder nicht mehr zugeordnet)</source>
        <translation>(deleted or no longer linked)</translation>
    </message>
</context>
<context>
    <name>ClimateProjectTableModel</name>
    <message>
        <location filename="../../ui/models/detail_models.py" line="81" />
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/models/detail_models.py" line="83" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/models/detail_models.py" line="85" />
        <source>Zeitraum</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../ui/models/detail_models.py" line="87" />
        <source>Themen</source>
        <translation>Topics</translation>
    </message>
</context>
<context>
    <name>ComboEditor</name>
    <message>
        <location filename="../../ui/consultation/choice_editors.py" line="109" />
        <source>– keine Angabe –</source>
        <translation>– not specified –</translation>
    </message>
</context>
<context>
    <name>ConflictListModel</name>
    <message>
        <location filename="../../ui/sync/models.py" line="35" />
        <source>Datensatz</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../ui/sync/models.py" line="37" />
        <source>Feld</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../ui/sync/models.py" line="39" />
        <source>Art</source>
        <translation>Kind</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../ui/sync/conflicts_dialog.py" line="157" />
        <source>%1 „%2“ – Feld „%3“: zwei Fassungen, auf zwei Laptops unabhängig voneinander geändert.</source>
        <translation>%1 “%2” – field “%3”: two versions, changed independently on two laptops.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflicts_dialog.py" line="166" />
        <source>––––– andere Fassung (%1, %2) –––––</source>
        <translation>––––– other version (%1, %2) –––––</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflicts_dialog.py" line="192" />
        <source>Konflikte</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflicts_dialog.py" line="194" />
        <source>Diese Felder wurden auf zwei Laptops verschieden geändert, ohne dass der eine die Änderung des anderen kannte. Bitte je Feld eine Fassung wählen; die andere bleibt im Verlauf. Die Entscheidung gilt nach dem nächsten Abgleich auf allen Laptops.</source>
        <translation>These fields were changed differently on two laptops, neither knowing the other's change. Please choose one version per field; the other stays in the history. The decision applies on every laptop after the next sync.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflicts_dialog.py" line="197" />
        <source>Offene Konflikte</source>
        <translation>Open conflicts</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflicts_dialog.py" line="198" />
        <source>Keine offenen Konflikte.</source>
        <translation>No open conflicts.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflicts_dialog.py" line="199" />
        <source>Gilt jetzt</source>
        <translation>Current value</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflicts_dialog.py" line="200" />
        <source>Andere Fassung</source>
        <translation>Other version</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflicts_dialog.py" line="201" />
        <source>links</source>
        <translation>left</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflicts_dialog.py" line="202" />
        <source>rechts</source>
        <translation>right</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflicts_dialog.py" line="203" />
        <source>Diese Version &amp;behalten</source>
        <translation>&amp;Keep this version</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflicts_dialog.py" line="204" />
        <source>Diese &amp;Version behalten</source>
        <translation>Keep this &amp;version</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflicts_dialog.py" line="206" />
        <source>Diese Version behalten (%1)</source>
        <translation>Keep this version (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflicts_dialog.py" line="207" />
        <source>Wert (%1)</source>
        <translation>Value (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflicts_dialog.py" line="208" />
        <source>Laptop und Zeit (%1)</source>
        <translation>Laptop and time (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflicts_dialog.py" line="209" />
        <source>Texte zusammenführen</source>
        <translation>Merge the texts</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflicts_dialog.py" line="210" />
        <source>Beide Texte stehen unten; bitte zu einem Text zusammenfassen und übernehmen.</source>
        <translation>Both texts are below; please combine them into one text and apply it.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflicts_dialog.py" line="212" />
        <source>Zusammengeführter Text</source>
        <translation>Merged text</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflicts_dialog.py" line="213" />
        <source>Zusammengeführten Text &amp;übernehmen</source>
        <translation>&amp;Apply merged text</translation>
    </message>
    <message>
        <location filename="../../ui/sync/conflicts_dialog.py" line="214" />
        <source>Zusammengeführten Text übernehmen</source>
        <translation>Apply merged text</translation>
    </message>
</context>
<context>
    <name>ConsultationMenu</name>
    <message>
        <location filename="../../ui/consultation/actions.py" line="55" />
        <source>Bitte zuerst links eine Gemeinde wählen.</source>
        <translation>Please choose a municipality on the left first.</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/actions.py" line="110" />
        <source>Berat&amp;ung</source>
        <translation>&amp;Consultation</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/actions.py" line="111" />
        <source>&amp;Neue Beratung…</source>
        <translation>&amp;New consultation…</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/actions.py" line="112" />
        <source>Beratung der gewählten Gemeinde beginnen</source>
        <translation>Start a consultation of the selected municipality</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/actions.py" line="113" />
        <source>&amp;Beratungen…</source>
        <translation>&amp;Consultations…</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/actions.py" line="114" />
        <source>&amp;Offene Schritte…</source>
        <translation>&amp;Open next steps…</translation>
    </message>
</context>
<context>
    <name>ConsultationTableModel</name>
    <message>
        <location filename="../../ui/consultation/list_models.py" line="77" />
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/list_models.py" line="80" />
        <source>Gemeinde</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/list_models.py" line="82" />
        <source>Vorlage</source>
        <translation>Template</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/list_models.py" line="84" />
        <source>Stand</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/list_models.py" line="86" />
        <source>Beratung durch</source>
        <translation>Advisers</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/list_models.py" line="88" />
        <source>Ort</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/list_models.py" line="89" />
        <source>Offene Schritte</source>
        <translation>Open steps</translation>
    </message>
</context>
<context>
    <name>ConsultationsTab</name>
    <message>
        <location filename="../../ui/consultation/municipality_tab.py" line="166" />
        <source>heute</source>
        <translation>today</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/municipality_tab.py" line="166" />
        <source>geplant</source>
        <translation>planned</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/municipality_tab.py" line="168" />
        <source>gestern</source>
        <translation>yesterday</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/municipality_tab.py" line="170" />
        <source>vor %1 Tagen</source>
        <translation>%1 days ago</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/municipality_tab.py" line="172" />
        <source>vor einem Monat</source>
        <translation>a month ago</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/municipality_tab.py" line="173" />
        <source>vor %1 Monaten</source>
        <translation>%1 months ago</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/municipality_tab.py" line="175" />
        <source>vor einem Jahr</source>
        <translation>a year ago</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/municipality_tab.py" line="176" />
        <source>vor %1 Jahren</source>
        <translation>%1 years ago</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/municipality_tab.py" line="181" />
        <source>Offene Schritte: %1</source>
        <translation>Open next steps: %1</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/municipality_tab.py" line="183" />
        <source>davon %1 überfällig</source>
        <translation>%1 of them overdue</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/municipality_tab.py" line="185" />
        <source>Keine offenen Schritte.</source>
        <translation>No open next steps.</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/municipality_tab.py" line="198" />
        <source>Letzte Beratung: %1 (%2)</source>
        <translation>Last consultation: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/municipality_tab.py" line="210" />
        <source>Beratungen der Gemeinde</source>
        <translation>Consultations of the municipality</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/municipality_tab.py" line="211" />
        <source>Offene Schritte der Gemeinde</source>
        <translation>Open next steps of the municipality</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/municipality_tab.py" line="212" />
        <source>Eingabetaste oder Doppelklick öffnet die Beratung.</source>
        <translation>Enter or double-click opens the consultation.</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/municipality_tab.py" line="213" />
        <source>Eingabetaste oder Doppelklick öffnet die Beratung, aus der der Schritt stammt.</source>
        <translation>Enter or double-click opens the consultation the step comes from.</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/municipality_tab.py" line="215" />
        <source>&amp;Neue Beratung…</source>
        <translation>&amp;New consultation…</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/municipality_tab.py" line="216" />
        <source>Neue Beratung beginnen</source>
        <translation>Start a new consultation</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/municipality_tab.py" line="217" />
        <source>Strg+B</source>
        <translation>Ctrl+B</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/municipality_tab.py" line="218" />
        <source>Ö&amp;ffnen</source>
        <translation>O&amp;pen</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/municipality_tab.py" line="219" />
        <source>Gewählte Beratung öffnen</source>
        <translation>Open the selected consultation</translation>
    </message>
</context>
<context>
    <name>ConsultationsWindow</name>
    <message>
        <location filename="../../ui/consultation/lists.py" line="183" />
        <source>1 Beratung</source>
        <translation>1 consultation</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/lists.py" line="184" />
        <source>%1 Beratungen</source>
        <translation>%1 consultations</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/lists.py" line="187" />
        <source>Beratungen</source>
        <translation>Consultations</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/lists.py" line="188" />
        <source>&amp;Stand:</source>
        <translation>&amp;State:</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/lists.py" line="189" />
        <source>alle</source>
        <translation>all</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/lists.py" line="190" />
        <source>Nach Stand filtern</source>
        <translation>Filter by state</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/lists.py" line="191" />
        <source>&amp;seit:</source>
        <translation>s&amp;ince:</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/lists.py" line="192" />
        <source>Beratungen seit (Datum)</source>
        <translation>Consultations since (date)</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/lists.py" line="193" />
        <source>Alle Beratungen</source>
        <translation>All consultations</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../ui/forms/contact_dialog.py" line="17" />
        <source>Nur Daten erfassen, die für die Zusammenarbeit nötig sind. Bei Einwilligung das Datum der Einwilligung angeben.</source>
        <translation>Record only the data the cooperation needs. If the legal basis is consent, enter the date of consent.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/contact_dialog.py" line="33" />
        <source>Kontakt bearbeiten – %1</source>
        <translation>Edit contact – %1</translation>
    </message>
    <message>
        <location filename="../../ui/forms/contact_dialog.py" line="36" />
        <source>Neuer Kontakt – %1</source>
        <translation>New contact – %1</translation>
    </message>
    <message>
        <location filename="../../ui/forms/contact_dialog.py" line="38" />
        <source>Neuer Kontakt</source>
        <translation>New contact</translation>
    </message>
    <message>
        <location filename="../../ui/forms/contact_dialog.py" line="43" />
        <source>z. B. Klimaschutzmanagerin</source>
        <translation>e.g. climate action manager</translation>
    </message>
    <message>
        <location filename="../../ui/forms/contact_dialog.py" line="45" />
        <source>z. B. Stadt Gladbeck, Amt für Umwelt</source>
        <translation>e.g. Stadt Gladbeck, environment department</translation>
    </message>
    <message>
        <location filename="../../ui/forms/contact_dialog.py" line="47" />
        <source>name@stadt.de</source>
        <translation>name@town.de</translation>
    </message>
    <message>
        <location filename="../../ui/forms/contact_dialog.py" line="49" />
        <source>z. B. +49 2043 99-0</source>
        <translation>e.g. +49 2043 99-0</translation>
    </message>
    <message>
        <location filename="../../ui/forms/contact_dialog.py" line="56" />
        <source>Gemeinde:</source>
        <translation>Municipality:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/contact_dialog.py" line="57" />
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/contact_dialog.py" line="58" />
        <source>&amp;Funktion:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/contact_dialog.py" line="59" />
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/contact_dialog.py" line="60" />
        <source>&amp;E-Mail:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/contact_dialog.py" line="61" />
        <source>&amp;Telefon:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/contact_dialog.py" line="62" />
        <source>&amp;Rechtsgrundlage:</source>
        <translation>&amp;Legal basis:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/contact_dialog.py" line="63" />
        <source>Einwilligung &amp;am:</source>
        <translation>Consent &amp;date:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/contact_dialog.py" line="64" />
        <source>Noti&amp;zen:</source>
        <translation>Note&amp;s:</translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <location filename="../../ui/models/detail_models.py" line="95" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/models/detail_models.py" line="96" />
        <source>Funktion</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/models/detail_models.py" line="97" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/models/detail_models.py" line="99" />
        <source>E-Mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../ui/models/detail_models.py" line="100" />
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/models/detail_models.py" line="101" />
        <source>Rechtsgrundlage</source>
        <translation>Legal basis</translation>
    </message>
</context>
<context>
    <name>CountryCombo</name>
    <message>
        <location filename="../../ui/forms/partner_region_dialog.py" line="48" />
        <source>Land eingeben, z. B. Frankreich</source>
        <translation>Type a country, e.g. France</translation>
    </message>
    <message>
        <location filename="../../ui/forms/partner_region_dialog.py" line="60" />
        <source>„%1“ ist kein Land aus der Liste. Bitte ein Land auswählen.</source>
        <translation>“%1” is not a country from the list. Please choose a country.</translation>
    </message>
</context>
<context>
    <name>ErasureDialog</name>
    <message>
        <location filename="../../ui/sync/erasure_dialog.py" line="65" />
        <source>Löschaufträge (DSGVO)</source>
        <translation>Erasure orders (GDPR)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/erasure_dialog.py" line="69" />
        <source>Gelöschte Personen werden auf jedem Laptop beim nächsten Abgleich entfernt. Die Aufträge enthalten nur Kennungen, keine personenbezogenen Daten.</source>
        <translation>Erased persons are removed on every laptop at its next sync. The orders contain only identifiers, no personal data.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/erasure_dialog.py" line="76" />
        <source>Löschaufträge</source>
        <translation>Erasure orders</translation>
    </message>
    <message>
        <location filename="../../ui/sync/erasure_dialog.py" line="82" />
        <source>Stand der Bestätigungen</source>
        <translation>State of the acknowledgements</translation>
    </message>
    <message>
        <location filename="../../ui/sync/erasure_dialog.py" line="96" />
        <source>dieser Laptop</source>
        <translation>this laptop</translation>
    </message>
    <message>
        <location filename="../../ui/sync/erasure_dialog.py" line="97" />
        <source>noch nicht auf der Freigabe</source>
        <translation>not yet on the share</translation>
    </message>
    <message>
        <location filename="../../ui/sync/erasure_dialog.py" line="99" />
        <source>Bestätigungen der anderen Laptops werden gelesen …</source>
        <translation>Reading the other laptops' acknowledgements …</translation>
    </message>
    <message>
        <location filename="../../ui/sync/erasure_dialog.py" line="100" />
        <source>Es gibt keine Löschaufträge.</source>
        <translation>There are no erasure orders.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/erasure_dialog.py" line="111" />
        <source>Alle Laptops haben alle Aufträge ausgeführt.</source>
        <translation>Every laptop has carried out every order.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/erasure_dialog.py" line="113" />
        <source>Noch nicht überall ausgeführt: %1 Auftrag/Aufträge.</source>
        <translation>Not yet carried out everywhere: %1 order(s).</translation>
    </message>
    <message>
        <location filename="../../ui/sync/erasure_dialog.py" line="117" />
        <source>Freigabe nicht erreichbar – angezeigt ist nur der Stand dieses Laptops: %1</source>
        <translation>Share not reachable – showing this laptop's state only: %1</translation>
    </message>
    <message>
        <location filename="../../ui/sync/erasure_dialog.py" line="126" />
        <source>Person löschen (DSGVO)</source>
        <translation>Erase person (GDPR)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/erasure_dialog.py" line="128" />
        <source>%1 wird mit allen gespeicherten Angaben endgültig gelöscht – auf diesem Laptop sofort, auf allen anderen beim nächsten Abgleich. Das kann nicht rückgängig gemacht werden.</source>
        <translation>%1 will be erased with all stored details – on this laptop at once, on every other laptop at its next sync. This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/erasure_dialog.py" line="137" />
        <source>Unterschriebene Protokolle nennen die Person (die PDFs bleiben unverändert; bitte prüfen, ob die Aufbewahrungspflicht der Löschung vorgeht):</source>
        <translation>Signed protocols name this person (the PDFs stay unchanged; please check whether the duty to keep records overrides the erasure):</translation>
    </message>
    <message>
        <location filename="../../ui/sync/erasure_dialog.py" line="142" />
        <source>Endgültig löschen</source>
        <translation>Erase permanently</translation>
    </message>
    <message>
        <location filename="../../ui/sync/erasure_dialog.py" line="143" />
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ErasureModel</name>
    <message>
        <location filename="../../ui/sync/erasure_dialog.py" line="45" />
        <source>Angeordnet am</source>
        <translation>Ordered on</translation>
    </message>
    <message>
        <location filename="../../ui/sync/erasure_dialog.py" line="46" />
        <source>Von</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../ui/sync/erasure_dialog.py" line="47" />
        <source>Ausgeführt auf</source>
        <translation>Carried out on</translation>
    </message>
    <message>
        <location filename="../../ui/sync/erasure_dialog.py" line="48" />
        <source>Noch ausstehend auf</source>
        <translation>Still pending on</translation>
    </message>
    <message>
        <location filename="../../ui/sync/erasure_dialog.py" line="50" />
        <source>Auftrag</source>
        <translation>Order</translation>
    </message>
</context>
<context>
    <name>FailsafeDialog</name>
    <message>
        <location filename="../../ui/sync/failsafe_dialog.py" line="66" />
        <source>Abgleich angehalten</source>
        <translation>Sync paused</translation>
    </message>
    <message>
        <location filename="../../ui/sync/failsafe_dialog.py" line="69" />
        <source>Der Abgleich würde %1 vorhandene Datensätze löschen oder überschreiben. Das ist ungewöhnlich viel (z. B. wenn ein anderer Laptop versehentlich viel gelöscht hat). Bisher wurde nichts übernommen.</source>
        <translation>The sync would delete or overwrite %1 existing records. That is unusually many (e.g. when another laptop deleted a lot by mistake). Nothing has been applied so far.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/failsafe_dialog.py" line="73" />
        <source>„Trotzdem übernehmen“ führt den Abgleich aus; Gelöschtes bleibt im Papierkorb, überschriebene Werte bleiben im Verlauf. „Abbrechen“ übernimmt nichts; die Änderungen bleiben auf der Freigabe und werden beim nächsten Abgleich wieder geprüft.</source>
        <translation>“Apply anyway” runs the sync; deleted records stay in the trash, overwritten values stay in the history. “Cancel” applies nothing; the changes stay on the share and are checked again at the next sync.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/failsafe_dialog.py" line="77" />
        <source>Betroffene Datensätze je Bereich</source>
        <translation>Affected records per area</translation>
    </message>
    <message>
        <location filename="../../ui/sync/failsafe_dialog.py" line="78" />
        <source>&amp;Trotzdem übernehmen</source>
        <translation>&amp;Apply anyway</translation>
    </message>
    <message>
        <location filename="../../ui/sync/failsafe_dialog.py" line="79" />
        <source>Trotzdem übernehmen</source>
        <translation>Apply anyway</translation>
    </message>
    <message>
        <location filename="../../ui/sync/failsafe_dialog.py" line="80" />
        <source>&amp;Abbrechen</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/sync/failsafe_dialog.py" line="81" />
        <source>Abbrechen, nichts übernehmen</source>
        <translation>Cancel, apply nothing</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <location filename="../../ui/forms/widgets.py" line="152" />
        <source>JJJJ</source>
        <translation>YYYY</translation>
    </message>
    <message>
        <location filename="../../ui/forms/widgets.py" line="166" />
        <source>%1: „%2“ ist keine Zahl (Beispiel: 50,94).</source>
        <translation>%1: “%2” is not a number (example: 50.94).</translation>
    </message>
</context>
<context>
    <name>GotoDialog</name>
    <message>
        <location filename="../../ui/consultation/visit_dialogs.py" line="32" />
        <source>Gehe zu Frage</source>
        <translation>Go to question</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/visit_dialogs.py" line="36" />
        <source>Nummer oder Text der Frage, z. B. 2.3 oder Rat</source>
        <translation>Number or text of the question, e.g. 2.3 or council</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/visit_dialogs.py" line="37" />
        <source>Frage suchen</source>
        <translation>Find a question</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/visit_dialogs.py" line="40" />
        <source>Fragen</source>
        <translation>Questions</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../ui/sync/history_dialog.py" line="72" />
        <source>Verlauf: %1</source>
        <translation>History: %1</translation>
    </message>
    <message>
        <location filename="../../ui/sync/history_dialog.py" line="73" />
        <source>Änderungen an %1 „%2“, die neuesten zuerst: wann, auf welchem Laptop, welcher Wert – aktuell, durch eine spätere Änderung ersetzt oder beim Abgleich einer gleichzeitigen Änderung unterlegen.</source>
        <translation>Changes to %1 “%2”, newest first: when, on which laptop, which value – current, replaced by a later change, or lost to a concurrent change in a sync.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/history_dialog.py" line="79" />
        <source>Zu diesem Datensatz sind keine Änderungen verzeichnet (er wurde seit der Einrichtung nicht bearbeitet).</source>
        <translation>No changes are recorded for this record (it has not been edited since setup).</translation>
    </message>
    <message>
        <location filename="../../ui/sync/history_dialog.py" line="81" />
        <source>Verlauf des Datensatzes</source>
        <translation>Record history</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../ui/sync/models.py" line="58" />
        <source>Zeit</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/sync/models.py" line="61" />
        <source>Feld</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../ui/sync/models.py" line="63" />
        <source>Wert</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../ui/sync/models.py" line="68" />
        <source>Laptop</source>
        <translation>Laptop</translation>
    </message>
    <message>
        <location filename="../../ui/sync/models.py" line="69" />
        <source>Stand</source>
        <translation>State</translation>
    </message>
</context>
<context>
    <name>IdCombo</name>
    <message>
        <location filename="../../ui/forms/widgets.py" line="67" />
        <source>keine</source>
        <translation>none</translation>
    </message>
</context>
<context>
    <name>ImpactModel</name>
    <message>
        <location filename="../../ui/sync/models.py" line="89" />
        <source>Bereich</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../../ui/sync/models.py" line="91" />
        <source>würden gelöscht</source>
        <translation>would be deleted</translation>
    </message>
    <message>
        <location filename="../../ui/sync/models.py" line="94" />
        <source>würden überschrieben</source>
        <translation>would be overwritten</translation>
    </message>
    <message>
        <location filename="../../ui/sync/models.py" line="97" />
        <source>vorhanden</source>
        <translation>existing</translation>
    </message>
</context>
<context>
    <name>ListWindow</name>
    <message>
        <location filename="../../ui/consultation/lists.py" line="138" />
        <source>&amp;Gemeinde:</source>
        <translation>&amp;Municipality:</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/lists.py" line="139" />
        <source>Nach Gemeinde filtern</source>
        <translation>Filter by municipality</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/lists.py" line="140" />
        <source>Name oder Teil davon</source>
        <translation>Name or part of it</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/lists.py" line="141" />
        <source>Ö&amp;ffnen</source>
        <translation>O&amp;pen</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/lists.py" line="143" />
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="194" />
        <source>%1 in den Papierkorb verschoben.</source>
        <translation>%1 moved to the trash.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="201" />
        <source>%1 wiederhergestellt.</source>
        <translation>%1 restored.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="291" />
        <source>advisor-app – Kommunalpartnerschaften NRW</source>
        <translation>advisor-app – municipal partnerships NRW</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="292" />
        <source>&amp;Datei</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="293" />
        <source>&amp;Einstellungen…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="294" />
        <source>&amp;Beenden</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="295" />
        <source>&amp;Bearbeiten</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="296" />
        <source>Gemeinde &amp;suchen</source>
        <translation>&amp;Find municipality</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="297" />
        <source>&amp;Papierkorb…</source>
        <translation>&amp;Trash…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="298" />
        <source>&amp;Ansicht</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="299" />
        <source>&amp;Sprache</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="300" />
        <source>&amp;Hilfe</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="301" />
        <source>Über / &amp;Datenquellen…</source>
        <translation>About / &amp;data sources…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="302" />
        <source>Rüc&amp;kgängig</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="303" />
        <source>Löschen rückgängig machen</source>
        <translation>Undo the deletion</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="310" />
        <source>&amp;Rückgängig: %1 löschen</source>
        <translation>&amp;Undo: delete %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="311" />
        <source>&amp;Rückgängig</source>
        <translation>&amp;Undo</translation>
    </message>
</context>
<context>
    <name>MissingPanel</name>
    <message>
        <location filename="../../ui/consultation/visit_missing.py" line="42" />
        <source>Jetzt abschließen…</source>
        <translation>Complete now…</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/visit_missing.py" line="46" />
        <source>Ausblenden</source>
        <translation>Hide</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/visit_missing.py" line="47" />
        <source>Liste der fehlenden Antworten ausblenden</source>
        <translation>Hide the list of missing answers</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/visit_missing.py" line="53" />
        <source>Pflichtfragen ohne Antwort</source>
        <translation>Required questions without an answer</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/visit_missing.py" line="54" />
        <source>Eingabetaste springt zur Frage</source>
        <translation>Enter jumps to the question</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/consultation/visit_missing.py" line="74" />
        <source>Abschließen ist noch nicht möglich: %n Pflichtfrage(n) ohne Antwort. Eingabetaste oder Klick springt zur Frage.</source>
        <translation>
            <numerusform>Cannot complete yet: %n required question has no answer. Enter or a click jumps to the question.</numerusform>
            <numerusform>Cannot complete yet: %n required questions have no answer. Enter or a click jumps to the question.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/consultation/visit_missing.py" line="78" />
        <source>Alle Pflichtfragen sind beantwortet.</source>
        <translation>All required questions are answered.</translation>
    </message>
</context>
<context>
    <name>MunicipalityDetailPanel</name>
    <message>
        <location filename="../../ui/municipalities/detail_panel.py" line="178" />
        <source>Keine Gemeinde gewählt</source>
        <translation>No municipality selected</translation>
    </message>
    <message>
        <location filename="../../ui/municipalities/detail_panel.py" line="179" />
        <source>Links eine Gemeinde suchen und auswählen.</source>
        <translation>Search for a municipality on the left and select it.</translation>
    </message>
    <message>
        <location filename="../../ui/municipalities/detail_panel.py" line="184" />
        <source>%1 · Kreis %2 · Regierungsbezirk %3</source>
        <translation>%1 · Kreis %2 · Regierungsbezirk %3</translation>
    </message>
    <message>
        <location filename="../../ui/municipalities/detail_panel.py" line="188" />
        <source>kreisfreie Stadt · Regierungsbezirk %1</source>
        <translation>kreisfreie Stadt (district-free city) · Regierungsbezirk %1</translation>
    </message>
    <message>
        <location filename="../../ui/municipalities/detail_panel.py" line="210" />
        <source>&amp;Partnerschaften (%1)</source>
        <translation>&amp;Partnerships (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/municipalities/detail_panel.py" line="210" />
        <source>Kl&amp;imaprojekte (%1)</source>
        <translation>&amp;Climate projects (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/municipalities/detail_panel.py" line="211" />
        <source>K&amp;ontakte (%1)</source>
        <translation>C&amp;ontacts (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/municipalities/detail_panel.py" line="214" />
        <source>Beratungen (%1)</source>
        <translation>Consultations (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/municipalities/detail_panel.py" line="231" />
        <source>Amtlicher Name:</source>
        <translation>Official name:</translation>
    </message>
    <message>
        <location filename="../../ui/municipalities/detail_panel.py" line="232" />
        <source>AGS:</source>
        <translation>AGS:</translation>
    </message>
    <message>
        <location filename="../../ui/municipalities/detail_panel.py" line="233" />
        <source>Gemeindetyp:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <location filename="../../ui/municipalities/detail_panel.py" line="234" />
        <source>Kreis:</source>
        <translation>Kreis:</translation>
    </message>
    <message>
        <location filename="../../ui/municipalities/detail_panel.py" line="235" />
        <source>Regierungsbezirk:</source>
        <translation>Regierungsbezirk:</translation>
    </message>
    <message>
        <location filename="../../ui/municipalities/detail_panel.py" line="236" />
        <source>Einwohner (Zensus 2022):</source>
        <translation>Population (census 2022):</translation>
    </message>
    <message>
        <location filename="../../ui/municipalities/detail_panel.py" line="237" />
        <source>Fläche:</source>
        <translation>Area:</translation>
    </message>
    <message>
        <location filename="../../ui/municipalities/detail_panel.py" line="238" />
        <source>PLZ:</source>
        <translation>Postcode:</translation>
    </message>
    <message>
        <location filename="../../ui/municipalities/detail_panel.py" line="239" />
        <source>Koordinaten:</source>
        <translation>Coordinates:</translation>
    </message>
    <message>
        <location filename="../../ui/municipalities/detail_panel.py" line="243" />
        <source>Profil</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location filename="../../ui/municipalities/detail_panel.py" line="244" />
        <location filename="../../ui/municipalities/detail_panel.py" line="247" />
        <location filename="../../ui/municipalities/detail_panel.py" line="250" />
        <source>&amp;Neu…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <location filename="../../ui/municipalities/detail_panel.py" line="244" />
        <location filename="../../ui/municipalities/detail_panel.py" line="247" />
        <location filename="../../ui/municipalities/detail_panel.py" line="250" />
        <source>B&amp;earbeiten…</source>
        <translation>Ed&amp;it…</translation>
    </message>
    <message>
        <location filename="../../ui/municipalities/detail_panel.py" line="245" />
        <location filename="../../ui/municipalities/detail_panel.py" line="248" />
        <location filename="../../ui/municipalities/detail_panel.py" line="251" />
        <source>Lös&amp;chen</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../../ui/municipalities/detail_panel.py" line="246" />
        <source>Partnerschaften der Gemeinde</source>
        <translation>Partnerships of the municipality</translation>
    </message>
    <message>
        <location filename="../../ui/municipalities/detail_panel.py" line="249" />
        <source>Klimaprojekte der Gemeinde</source>
        <translation>Climate projects of the municipality</translation>
    </message>
    <message>
        <location filename="../../ui/municipalities/detail_panel.py" line="252" />
        <source>Kontakte der Gemeinde</source>
        <translation>Contacts of the municipality</translation>
    </message>
    <message>
        <location filename="../../ui/municipalities/detail_panel.py" line="253" />
        <source>Datensätze der Gemeinde</source>
        <translation>Records of the municipality</translation>
    </message>
</context>
<context>
    <name>MunicipalityListPanel</name>
    <message>
        <location filename="../../ui/municipalities/list_panel.py" line="182" />
        <location filename="../../ui/municipalities/list_panel.py" line="309" />
        <source>Alle Regierungsbezirke</source>
        <translation>All Regierungsbezirke</translation>
    </message>
    <message>
        <location filename="../../ui/municipalities/list_panel.py" line="195" />
        <source>Alle Kreise</source>
        <translation>All Kreise</translation>
    </message>
    <message>
        <location filename="../../ui/municipalities/list_panel.py" line="199" />
        <source>%1 (kreisfreie Stadt)</source>
        <translation>%1 (district-free city)</translation>
    </message>
    <message>
        <location filename="../../ui/municipalities/list_panel.py" line="280" />
        <location filename="../../ui/municipalities/list_panel.py" line="307" />
        <source>Daten werden geladen…</source>
        <translation>Loading data…</translation>
    </message>
    <message>
        <location filename="../../ui/municipalities/list_panel.py" line="282" />
        <source>%1 von %2 Gemeinden</source>
        <translation>%1 of %2 municipalities</translation>
    </message>
    <message>
        <location filename="../../ui/municipalities/list_panel.py" line="293" />
        <source>&amp;Suche:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <location filename="../../ui/municipalities/list_panel.py" line="294" />
        <source>Name, AGS oder Kreis (Strg+F)</source>
        <translation>Name, AGS or Kreis (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/municipalities/list_panel.py" line="295" />
        <source>Gemeinde suchen</source>
        <translation>Search municipality</translation>
    </message>
    <message>
        <location filename="../../ui/municipalities/list_panel.py" line="297" />
        <source>Sucht beim Tippen in Name, AGS und Kreis.</source>
        <translation>Searches name, AGS and Kreis while you type.</translation>
    </message>
    <message>
        <location filename="../../ui/municipalities/list_panel.py" line="298" />
        <source>Re&amp;gierungsbezirk:</source>
        <translation>Re&amp;gierungsbezirk:</translation>
    </message>
    <message>
        <location filename="../../ui/municipalities/list_panel.py" line="299" />
        <source>Filter Regierungsbezirk</source>
        <translation>Filter Regierungsbezirk</translation>
    </message>
    <message>
        <location filename="../../ui/municipalities/list_panel.py" line="300" />
        <source>K&amp;reis:</source>
        <translation>K&amp;reis:</translation>
    </message>
    <message>
        <location filename="../../ui/municipalities/list_panel.py" line="301" />
        <source>Filter Kreis</source>
        <translation>Filter Kreis</translation>
    </message>
    <message>
        <location filename="../../ui/municipalities/list_panel.py" line="302" />
        <source>nur mit Partnerschaf&amp;ten</source>
        <translation>only with par&amp;tnerships</translation>
    </message>
    <message>
        <location filename="../../ui/municipalities/list_panel.py" line="303" />
        <source>Nur Gemeinden mit Partnerschaften</source>
        <translation>Only municipalities with partnerships</translation>
    </message>
    <message>
        <location filename="../../ui/municipalities/list_panel.py" line="304" />
        <source>nur mit K&amp;limapartnerschaft</source>
        <translation>only with c&amp;limate partnership</translation>
    </message>
    <message>
        <location filename="../../ui/municipalities/list_panel.py" line="305" />
        <source>Nur Gemeinden mit Klimapartnerschaft</source>
        <translation>Only municipalities with a climate partnership</translation>
    </message>
    <message>
        <location filename="../../ui/municipalities/list_panel.py" line="306" />
        <source>Gemeinden</source>
        <translation>Municipalities</translation>
    </message>
</context>
<context>
    <name>MunicipalityTableModel</name>
    <message>
        <location filename="../../ui/models/municipality_model.py" line="44" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/models/municipality_model.py" line="46" />
        <source>AGS</source>
        <translation>AGS</translation>
    </message>
    <message>
        <location filename="../../ui/models/municipality_model.py" line="48" />
        <source>Kreis</source>
        <translation>Kreis</translation>
    </message>
    <message>
        <location filename="../../ui/models/municipality_model.py" line="50" />
        <source>Reg.-Bezirk</source>
        <translation>Reg.-Bezirk</translation>
    </message>
    <message>
        <location filename="../../ui/models/municipality_model.py" line="52" />
        <source>Regierungsbezirk</source>
        <translation>Regierungsbezirk</translation>
    </message>
    <message>
        <location filename="../../ui/models/municipality_model.py" line="53" />
        <source>Einwohner</source>
        <translation>Population</translation>
    </message>
    <message>
        <location filename="../../ui/models/municipality_model.py" line="56" />
        <source>Partnerschaften</source>
        <translation>Partnerships</translation>
    </message>
    <message>
        <location filename="../../ui/models/municipality_model.py" line="59" />
        <source>Anzahl der Partnerschaften</source>
        <translation>Number of partnerships</translation>
    </message>
</context>
<context>
    <name>NextStepTableModel</name>
    <message>
        <location filename="../../ui/consultation/list_models.py" line="56" />
        <source>%1 – überfällig</source>
        <translation>%1 – overdue</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/list_models.py" line="101" />
        <source>Fällig</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/list_models.py" line="103" />
        <source>Was</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/list_models.py" line="105" />
        <source>Verantwortlich</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/list_models.py" line="107" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/list_models.py" line="109" />
        <source>Gemeinde</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/list_models.py" line="111" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/list_models.py" line="112" />
        <source>Beratung vom</source>
        <translation>Consultation of</translation>
    </message>
</context>
<context>
    <name>NextStepsWindow</name>
    <message>
        <location filename="../../ui/consultation/lists.py" line="243" />
        <source>1 Schritt</source>
        <translation>1 step</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/lists.py" line="244" />
        <source>%1 Schritte</source>
        <translation>%1 steps</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/lists.py" line="246" />
        <source>%1 überfällig</source>
        <translation>%1 overdue</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/lists.py" line="250" />
        <source>Offene Schritte</source>
        <translation>Open next steps</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/lists.py" line="251" />
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/lists.py" line="253" />
        <source>offen oder in Arbeit</source>
        <translation>open or in progress</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/lists.py" line="253" />
        <source>alle</source>
        <translation>all</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/lists.py" line="256" />
        <source>Nach Status filtern</source>
        <translation>Filter by status</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/lists.py" line="257" />
        <source>nur &amp;überfällige</source>
        <translation>&amp;overdue only</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/lists.py" line="258" />
        <source>Nur überfällige Schritte zeigen</source>
        <translation>Show overdue steps only</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/lists.py" line="259" />
        <source>Nächste Schritte aller Gemeinden</source>
        <translation>Next steps of all municipalities</translation>
    </message>
</context>
<context>
    <name>NumberEditor</name>
    <message>
        <location filename="../../ui/consultation/text_editors.py" line="150" />
        <source>„%1“ ist keine Zahl (Beispiel: 1.234,5).</source>
        <translation>“%1” is not a number (example: 1,234.5).</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/text_editors.py" line="154" />
        <source>Mindestens %1.</source>
        <translation>At least %1.</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/text_editors.py" line="157" />
        <source>Höchstens %1.</source>
        <translation>At most %1.</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <location filename="../../ui/forms/date_edit.py" line="77" />
        <source>Datum als TT.MM.JJJJ eingeben; leer lassen, wenn unbekannt (Entf leert das Feld).</source>
        <translation>Enter the date as DD.MM.YYYY; leave it empty if unknown (Del empties the field).</translation>
    </message>
    <message>
        <location filename="../../ui/forms/date_text.py" line="57" />
        <source>„%1“ ist kein Datum.</source>
        <translation>“%1” is not a date.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/date_text.py" line="61" />
        <source>„%1“ ist kein Datum: Der Tag geht von 1 bis 31, der Monat von 1 bis 12.</source>
        <translation>“%1” is not a date: the day goes from 1 to 31, the month from 1 to 12.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/date_text.py" line="67" />
        <source>Den %1 gibt es nicht: Der Monat hat nur %2 Tage.</source>
        <translation>%1 does not exist: that month has only %2 days.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/date_text.py" line="73" />
        <source>Bitte ein Datum vom %1 bis %2 eingeben.</source>
        <translation>Please enter a date from %1 to %2.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/date_text.py" line="80" />
        <source>Das Datum wurde nicht übernommen.</source>
        <translation>The date was not taken.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/date_text.py" line="84" />
        <source>Bitte als TT.MM.JJJJ eingeben, z. B. 15.01.2027.</source>
        <translation>Please enter it as DD.MM.YYYY, e.g. 15.01.2027.</translation>
    </message>
</context>
<context>
    <name>ParticipantForm</name>
    <message>
        <location filename="../../ui/consultation/participant_form.py" line="112" />
        <source>Name eingeben oder aus der Liste wählen</source>
        <translation>Type a name or choose from the list</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/participant_form.py" line="113" />
        <source>Keine (weiteren) Kontakte – „alle Kontakte“ oder neue Person</source>
        <translation>No (further) contacts – “all contacts” or a new person</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/participant_form.py" line="157" />
        <source>Teilnehmende hinzufügen</source>
        <translation>Add participants</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/participant_form.py" line="159" />
        <source>Aus den &amp;Kontakten:</source>
        <translation>From the &amp;contacts:</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/participant_form.py" line="159" />
        <source>Na&amp;me</source>
        <translation>Na&amp;me</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/participant_form.py" line="159" />
        <source>F&amp;unktion</source>
        <translation>Rol&amp;e</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/participant_form.py" line="160" />
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/participant_form.py" line="160" />
        <source>Neue Person:</source>
        <translation>New person:</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/participant_form.py" line="162" />
        <location filename="../../ui/consultation/participant_form.py" line="163" />
        <source>Kontakt suchen und wählen</source>
        <translation>Search and choose a contact</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/participant_form.py" line="164" />
        <source>&amp;alle Kontakte</source>
        <translation>&amp;all contacts</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/participant_form.py" line="165" />
        <source>Kontakte aller Gemeinden anbieten</source>
        <translation>Offer the contacts of all municipalities</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/participant_form.py" line="166" />
        <source>Kontakt hin&amp;zufügen</source>
        <translation>Add con&amp;tact</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/participant_form.py" line="167" />
        <source>Gewählten Kontakt hinzufügen</source>
        <translation>Add the chosen contact</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/participant_form.py" line="168" />
        <source>Neue Person: Name</source>
        <translation>New person: name</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/participant_form.py" line="169" />
        <source>Neue Person: Funktion</source>
        <translation>New person: role</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/participant_form.py" line="170" />
        <source>z. B. Klimaschutzmanagerin</source>
        <translation>e.g. climate protection manager</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/participant_form.py" line="171" />
        <source>Neue Person: Organisation</source>
        <translation>New person: organisation</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/participant_form.py" line="172" />
        <source>z. B. Stadt Gladbeck</source>
        <translation>e.g. City of Gladbeck</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/participant_form.py" line="173" />
        <source>als Kontakt &amp;speichern (Einwilligung erfasst)</source>
        <translation>&amp;save as contact (consent recorded)</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/participant_form.py" line="175" />
        <source>Als Kontakt speichern, die Person hat eingewilligt</source>
        <translation>Save as contact, the person has consented</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/participant_form.py" line="177" />
        <source>Legt einen Kontakt der Gemeinde an, Rechtsgrundlage Einwilligung mit dem heutigen Datum. Nur ankreuzen, wenn die Person zugestimmt hat.</source>
        <translation>Creates a contact of the municipality, legal basis consent with today's date. Only tick when the person has agreed.</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/participant_form.py" line="179" />
        <source>&amp;Person hinzufügen</source>
        <translation>Add &amp;person</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/participant_form.py" line="180" />
        <source>Neue Person hinzufügen</source>
        <translation>Add the new person</translation>
    </message>
</context>
<context>
    <name>ParticipantModel</name>
    <message>
        <location filename="../../ui/consultation/edit_models.py" line="86" />
        <source>(Kontakt gelöscht)</source>
        <translation>(contact erased)</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/edit_models.py" line="88" />
        <source>Name gelöscht (DSGVO)</source>
        <translation>Name erased (GDPR)</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/edit_models.py" line="95" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/edit_models.py" line="96" />
        <source>Funktion</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/edit_models.py" line="97" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/edit_models.py" line="99" />
        <location filename="../../ui/consultation/edit_models.py" line="100" />
        <source>Kontakt</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/edit_models.py" line="101" />
        <source>Aus den Kontakten (Name kommt aus dem Kontakt)</source>
        <translation>From the contacts (the name comes from the contact)</translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <location filename="../../ui/consultation/participants_page.py" line="107" />
        <source>Teilnehmende</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/participants_page.py" line="116" />
        <location filename="../../ui/consultation/participants_page.py" line="213" />
        <source>&amp;Teilnehmende (%1):</source>
        <translation>Pa&amp;rticipants (%1):</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/participants_page.py" line="159" />
        <source>Bitte einen Namen angeben.</source>
        <translation>Please enter a name.</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/participants_page.py" line="194" />
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/participants_page.py" line="202" />
        <source>„%1“ entfernt.</source>
        <translation>“%1” removed.</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/participants_page.py" line="210" />
        <source>Beratung &amp;durch:</source>
        <translation>A&amp;dvisers:</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/participants_page.py" line="211" />
        <source>Beraterinnen und Berater</source>
        <translation>Advisers</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/participants_page.py" line="212" />
        <source>Namen, durch Semikolon getrennt</source>
        <translation>Names, separated by semicolons</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/participants_page.py" line="215" />
        <source>Teilnehmende der Beratung</source>
        <translation>Participants of the consultation</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/participants_page.py" line="216" />
        <source>F2 oder Tippen bearbeitet Funktion und Organisation, Entf entfernt, Einfg springt zum Hinzufügen.</source>
        <translation>F2 or typing edits role and organisation, Del removes, Ins jumps to adding.</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/participants_page.py" line="218" />
        <source>E&amp;ntfernen</source>
        <translation>Remo&amp;ve</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/participants_page.py" line="219" />
        <source>Gewählte Person entfernen</source>
        <translation>Remove the selected person</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/participants_page.py" line="220" />
        <source>Entf</source>
        <translation>Del</translation>
    </message>
</context>
<context>
    <name>PartnerRegionDialog</name>
    <message>
        <location filename="../../ui/forms/partner_region_dialog.py" line="74" />
        <source>Partnerregion bearbeiten – %1</source>
        <translation>Edit partner region – %1</translation>
    </message>
    <message>
        <location filename="../../ui/forms/partner_region_dialog.py" line="76" />
        <source>Neue Partnerregion</source>
        <translation>New partner region</translation>
    </message>
    <message>
        <location filename="../../ui/forms/partner_region_dialog.py" line="81" />
        <source>z. B. Kraków, Wrocław (optional)</source>
        <translation>e.g. Kraków, Wrocław (optional)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/partner_region_dialog.py" line="85" />
        <source>z. B. 50,94</source>
        <translation>e.g. 50.94</translation>
    </message>
    <message>
        <location filename="../../ui/forms/partner_region_dialog.py" line="87" />
        <source>z. B. 6,96</source>
        <translation>e.g. 6.96</translation>
    </message>
    <message>
        <location filename="../../ui/forms/partner_region_dialog.py" line="88" />
        <source>&amp;Under2-Mitglied (Under2 Coalition)</source>
        <translation>&amp;Under2 member (Under2 Coalition)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/partner_region_dialog.py" line="92" />
        <source>Quelle und Datum, z. B. theclimategroup.org, 03.2021</source>
        <translation>Source and date, e.g. theclimategroup.org, 03.2021</translation>
    </message>
    <message>
        <location filename="../../ui/forms/partner_region_dialog.py" line="96" />
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/partner_region_dialog.py" line="97" />
        <source>Name in Landessp&amp;rache:</source>
        <translation>Name in local &amp;language:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/partner_region_dialog.py" line="98" />
        <source>Lan&amp;d:</source>
        <translation>&amp;Country:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/partner_region_dialog.py" line="99" />
        <source>&amp;Ebene:</source>
        <translation>L&amp;evel:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/partner_region_dialog.py" line="100" />
        <source>&amp;Breitengrad:</source>
        <translation>La&amp;titude:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/partner_region_dialog.py" line="101" />
        <source>Län&amp;gengrad:</source>
        <translation>Lon&amp;gitude:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/partner_region_dialog.py" line="103" />
        <source>Mitglied &amp;seit:</source>
        <translation>Member s&amp;ince:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/partner_region_dialog.py" line="104" />
        <source>Be&amp;leg:</source>
        <translation>E&amp;vidence:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/partner_region_dialog.py" line="105" />
        <source>&amp;Quelle:</source>
        <translation>&amp;Source:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/partner_region_dialog.py" line="106" />
        <source>N&amp;otizen:</source>
        <translation>N&amp;otes:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/partner_region_dialog.py" line="133" />
        <source>Breitengrad</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <location filename="../../ui/forms/partner_region_dialog.py" line="134" />
        <source>Längengrad</source>
        <translation>Longitude</translation>
    </message>
</context>
<context>
    <name>PartnerRegionPicker</name>
    <message>
        <location filename="../../ui/forms/partner_picker.py" line="49" />
        <source>Name der Partnerkommune oder -region eingeben …</source>
        <translation>Type the name of the partner municipality or region …</translation>
    </message>
    <message>
        <location filename="../../ui/forms/partner_picker.py" line="51" />
        <source>Neue Partner&amp;region…</source>
        <translation>New partner &amp;region…</translation>
    </message>
    <message>
        <location filename="../../ui/forms/partner_picker.py" line="53" />
        <source>Neue Partnerregion anlegen</source>
        <translation>Create a new partner region</translation>
    </message>
    <message>
        <location filename="../../ui/forms/partner_picker.py" line="98" />
        <source>Keine Partnerregion gewählt. Tippen, um zu suchen.</source>
        <translation>No partner region chosen. Type to search.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/partner_picker.py" line="103" />
        <source>Under2-Mitglied</source>
        <translation>Under2 member</translation>
    </message>
</context>
<context>
    <name>PartnershipDialog</name>
    <message>
        <location filename="../../ui/forms/partnership_dialog.py" line="35" />
        <source>Partnerschaft bearbeiten – %1</source>
        <translation>Edit partnership – %1</translation>
    </message>
    <message>
        <location filename="../../ui/forms/partnership_dialog.py" line="36" />
        <source>Neue Partnerschaft – %1</source>
        <translation>New partnership – %1</translation>
    </message>
    <message>
        <location filename="../../ui/forms/partnership_dialog.py" line="43" />
        <source>&amp;Klimapartnerschaft (mit Klimaschutz-Schwerpunkt)</source>
        <translation>&amp;Climate partnership (focus on climate action)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/partnership_dialog.py" line="48" />
        <source>z. B. Ratsbeschluss vom 12.03.2019, Website der Stadt</source>
        <translation>e.g. council decision of 12.03.2019, the town's website</translation>
    </message>
    <message>
        <location filename="../../ui/forms/partnership_dialog.py" line="52" />
        <source>&amp;Partner:</source>
        <translation>&amp;Partner:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/partnership_dialog.py" line="54" />
        <source>&amp;Art:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/partnership_dialog.py" line="55" />
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/partnership_dialog.py" line="57" />
        <source>Seit (&amp;Jahr):</source>
        <translation>Since (&amp;year):</translation>
    </message>
    <message>
        <location filename="../../ui/forms/partnership_dialog.py" line="58" />
        <source>T&amp;hemen:</source>
        <translation>T&amp;opics:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/partnership_dialog.py" line="59" />
        <source>&amp;Quelle:</source>
        <translation>&amp;Source:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/partnership_dialog.py" line="60" />
        <source>&amp;Notizen:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/partnership_dialog.py" line="62" />
        <source>Herkunft:</source>
        <translation>Origin:</translation>
    </message>
</context>
<context>
    <name>PartnershipTableModel</name>
    <message>
        <location filename="../../ui/models/detail_models.py" line="21" />
        <source>Quelle: %1</source>
        <translation>Source: %1</translation>
    </message>
    <message>
        <location filename="../../ui/models/detail_models.py" line="22" />
        <location filename="../../ui/models/detail_models.py" line="32" />
        <source>eigene Erfassung</source>
        <translation>entered by the office</translation>
    </message>
    <message>
        <location filename="../../ui/models/detail_models.py" line="52" />
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../ui/models/detail_models.py" line="54" />
        <source>Land</source>
        <translation>Country</translation>
    </message>
    <message>
        <location filename="../../ui/models/detail_models.py" line="57" />
        <source>Art</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/models/detail_models.py" line="59" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/models/detail_models.py" line="61" />
        <source>seit</source>
        <translation>since</translation>
    </message>
    <message>
        <location filename="../../ui/models/detail_models.py" line="64" />
        <source>Klima</source>
        <translation>Climate</translation>
    </message>
    <message>
        <location filename="../../ui/models/detail_models.py" line="67" />
        <source>Klimapartnerschaft</source>
        <translation>Climate partnership</translation>
    </message>
    <message>
        <location filename="../../ui/models/detail_models.py" line="68" />
        <source>Under2</source>
        <translation>Under2</translation>
    </message>
    <message>
        <location filename="../../ui/models/detail_models.py" line="71" />
        <source>Partnerregion ist Mitglied der Under2 Coalition</source>
        <translation>The partner region is a member of the Under2 Coalition</translation>
    </message>
    <message>
        <location filename="../../ui/models/detail_models.py" line="73" />
        <source>Quelle</source>
        <translation>Source</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../ui/protocol/pdf_preview.py" line="119" />
        <source>Vergrößern</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location filename="../../ui/protocol/pdf_preview.py" line="120" />
        <source>Verkleinern</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location filename="../../ui/protocol/pdf_preview.py" line="121" />
        <source>Seitenbreite</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <location filename="../../ui/protocol/pdf_preview.py" line="126" />
        <source>PDF-Vorschau</source>
        <translation>PDF preview</translation>
    </message>
    <message>
        <location filename="../../ui/protocol/pdf_preview.py" line="128" />
        <source>Bild auf und Bild ab blättern, Strg+Plus und Strg+Minus zoomen, Strg+0 passt die Seite an die Breite an.</source>
        <translation>Page Up and Page Down turn the pages, Ctrl+Plus and Ctrl+Minus zoom, Ctrl+0 fits the page to the width.</translation>
    </message>
    <message>
        <location filename="../../ui/protocol/pdf_preview.py" line="144" />
        <source>Die PDF-Vorschau kann nicht angezeigt werden: Die Datei ist leer.</source>
        <translation>The PDF preview cannot be shown: The file is empty.</translation>
    </message>
    <message>
        <location filename="../../ui/protocol/pdf_preview.py" line="195" />
        <source>Die PDF-Vorschau kann nicht angezeigt werden: Das PDF hat keine Seiten.</source>
        <translation>The PDF preview cannot be shown: The PDF has no pages.</translation>
    </message>
    <message>
        <location filename="../../ui/protocol/pdf_preview.py" line="201" />
        <source>Die Daten sind kein gültiges PDF.</source>
        <translation>The data is not a valid PDF.</translation>
    </message>
    <message>
        <location filename="../../ui/protocol/pdf_preview.py" line="202" />
        <source>Das PDF ist durch ein Passwort geschützt.</source>
        <translation>The PDF is protected by a password.</translation>
    </message>
    <message>
        <location filename="../../ui/protocol/pdf_preview.py" line="205" />
        <source>Das PDF ist mit einem nicht unterstützten Verfahren verschlüsselt.</source>
        <translation>The PDF is encrypted with an unsupported method.</translation>
    </message>
    <message>
        <location filename="../../ui/protocol/pdf_preview.py" line="206" />
        <source>Das PDF ist unvollständig.</source>
        <translation>The PDF is incomplete.</translation>
    </message>
    <message>
        <location filename="../../ui/protocol/pdf_preview.py" line="208" />
        <source>Unbekannter Fehler beim Lesen des PDF.</source>
        <translation>Unknown error while reading the PDF.</translation>
    </message>
    <message>
        <location filename="../../ui/protocol/pdf_preview.py" line="209" />
        <source>Die PDF-Vorschau kann nicht angezeigt werden: %1</source>
        <translation>The PDF preview cannot be shown: %1</translation>
    </message>
    <message>
        <location filename="../../ui/protocol/pdf_preview.py" line="223" />
        <source>PDF wird geladen …</source>
        <translation>Loading the PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/protocol/pdf_preview.py" line="224" />
        <source>Kein PDF geladen.</source>
        <translation>No PDF loaded.</translation>
    </message>
    <message>
        <location filename="../../ui/protocol/pdf_preview.py" line="230" />
        <source>Seite %1 von %2</source>
        <translation>Page %1 of %2</translation>
    </message>
</context>
<context>
    <name>ProtocolDialog</name>
    <message>
        <location filename="../../ui/protocol/protocol_dialog.py" line="146" />
        <location filename="../../ui/protocol/protocol_dialog.py" line="216" />
        <location filename="../../ui/protocol/protocol_dialog.py" line="223" />
        <location filename="../../ui/protocol/protocol_files.py" line="95" />
        <source>Beratungsprotokoll</source>
        <translation>Consultation protocol</translation>
    </message>
    <message>
        <location filename="../../ui/protocol/protocol_dialog.py" line="147" />
        <source>S&amp;prache:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../../ui/protocol/protocol_dialog.py" line="148" />
        <source>Sprache des Protokolls</source>
        <translation>Language of the protocol</translation>
    </message>
    <message>
        <location filename="../../ui/protocol/protocol_dialog.py" line="149" />
        <source>&amp;Speichern unter…</source>
        <translation>&amp;Save as…</translation>
    </message>
    <message>
        <location filename="../../ui/protocol/protocol_dialog.py" line="150" />
        <location filename="../../ui/protocol/protocol_files.py" line="58" />
        <source>Protokoll speichern unter</source>
        <translation>Save protocol as</translation>
    </message>
    <message>
        <location filename="../../ui/protocol/protocol_dialog.py" line="151" />
        <source>Als PDF-Datei speichern (Strg+S)</source>
        <translation>Save as a PDF file (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/protocol/protocol_dialog.py" line="152" />
        <source>Im PDF-&amp;Betrachter öffnen</source>
        <translation>&amp;Open in PDF viewer</translation>
    </message>
    <message>
        <location filename="../../ui/protocol/protocol_dialog.py" line="153" />
        <source>Im PDF-Betrachter öffnen</source>
        <translation>Open in PDF viewer</translation>
    </message>
    <message>
        <location filename="../../ui/protocol/protocol_dialog.py" line="154" />
        <source>Im PDF-Programm des Systems öffnen (Strg+O)</source>
        <translation>Open in the system's PDF program (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../ui/protocol/protocol_dialog.py" line="155" />
        <source>Protokoll wird erstellt …</source>
        <translation>Creating the protocol…</translation>
    </message>
    <message>
        <location filename="../../ui/protocol/protocol_dialog.py" line="156" />
        <source>Protokoll wird erstellt</source>
        <translation>Creating the protocol</translation>
    </message>
    <message>
        <location filename="../../ui/protocol/protocol_dialog.py" line="157" />
        <source>Vorschau des Protokolls</source>
        <translation>Preview of the protocol</translation>
    </message>
    <message>
        <location filename="../../ui/protocol/protocol_dialog.py" line="238" />
        <source>Unterschriebenes Protokoll – unveränderlich (SHA-256 %1)</source>
        <translation>Signed protocol – cannot be changed (SHA-256 %1)</translation>
    </message>
    <message>
        <location filename="../../ui/protocol/protocol_dialog.py" line="248" />
        <source>Protokoll unterschreiben</source>
        <translation>Sign the protocol</translation>
    </message>
    <message>
        <location filename="../../ui/protocol/protocol_dialog.py" line="249" />
        <source>Das Protokoll wird mit beiden Unterschriften gespeichert und festgeschrieben. Danach kann es nicht mehr geändert oder neu erstellt werden.</source>
        <translation>The protocol is stored with both signatures and finalised. After that it can no longer be changed or created again.</translation>
    </message>
    <message>
        <location filename="../../ui/protocol/protocol_dialog.py" line="251" />
        <source>Unterschreiben und festschreiben</source>
        <translation>Sign and finalise</translation>
    </message>
    <message>
        <location filename="../../ui/protocol/protocol_dialog.py" line="251" />
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/protocol/protocol_files.py" line="61" />
        <source>PDF-Dateien (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/protocol/protocol_files.py" line="85" />
        <source>Es ist kein Programm zum Anzeigen von PDF-Dateien eingerichtet. Die Datei liegt unter %1.</source>
        <translation>No program for viewing PDF files is set up. The file is at %1.</translation>
    </message>
    <message>
        <location filename="../../ui/protocol/protocol_files.py" line="91" />
        <source>Die Datei konnte nicht geschrieben werden: %1</source>
        <translation>The file could not be written: %1</translation>
    </message>
</context>
<context>
    <name>QuestionBlock</name>
    <message>
        <location filename="../../ui/consultation/checklist_section.py" line="75" />
        <location filename="../../ui/consultation/checklist_section.py" line="101" />
        <source>Pflichtfrage</source>
        <translation>Required question</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/checklist_section.py" line="87" />
        <source>Leeren</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/checklist_section.py" line="90" />
        <source>Antwort löschen</source>
        <translation>Clear answer</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/checklist_section.py" line="91" />
        <source>Antwort löschen (Strg+Umschalt+Entf)</source>
        <translation>Clear answer (Ctrl+Shift+Del)</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/checklist_section.py" line="96" />
        <source>Hinweis</source>
        <translation>Guidance</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/checklist_section.py" line="96" />
        <source>Hinweis anzeigen</source>
        <translation>Show guidance</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/checklist_section.py" line="147" />
        <source>Nachtrag vom %1 (%2): %3 – Grund: %4</source>
        <translation>Amendment of %1 (%2): %3 – reason: %4</translation>
    </message>
</context>
<context>
    <name>RecordActions</name>
    <message>
        <location filename="../../ui/municipalities/record_actions.py" line="46" />
        <source>Partnerschaft mit %1</source>
        <translation>Partnership with %1</translation>
    </message>
    <message>
        <location filename="../../ui/municipalities/record_actions.py" line="48" />
        <source>Klimaprojekt „%1“</source>
        <translation>Climate project “%1”</translation>
    </message>
    <message>
        <location filename="../../ui/municipalities/record_actions.py" line="49" />
        <source>Kontakt %1</source>
        <translation>Contact %1</translation>
    </message>
    <message>
        <location filename="../../ui/municipalities/record_actions.py" line="141" />
        <source>Aktion nicht möglich</source>
        <translation>Action not possible</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../ui/forms/base.py" line="51" />
        <source>Änderungen verwerfen?</source>
        <translation>Discard changes?</translation>
    </message>
    <message>
        <location filename="../../ui/forms/base.py" line="52" />
        <source>Die Eingaben wurden noch nicht gespeichert. Änderungen verwerfen?</source>
        <translation>The input has not been saved yet. Discard the changes?</translation>
    </message>
    <message>
        <location filename="../../ui/forms/base.py" line="54" />
        <source>&amp;Verwerfen</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <location filename="../../ui/forms/base.py" line="55" />
        <source>&amp;Weiter bearbeiten</source>
        <translation>&amp;Keep editing</translation>
    </message>
    <message>
        <location filename="../../ui/forms/base.py" line="101" />
        <source>Hinweise zur Eingabe</source>
        <translation>Notes on the input</translation>
    </message>
    <message>
        <location filename="../../ui/forms/base.py" line="105" />
        <source>Speichern</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/forms/base.py" line="108" />
        <source>Speichern (Eingabe oder Strg+Eingabe)</source>
        <translation>Save (Enter or Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/base.py" line="110" />
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/forms/base.py" line="290" />
        <source>Speichern nicht möglich</source>
        <translation>Cannot save</translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <location filename="../../ui/municipalities/record_table.py" line="106" />
        <source>Strg+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location filename="../../ui/municipalities/record_table.py" line="107" />
        <source>Eingabetaste oder F2, Doppelklick</source>
        <translation>Enter or F2, double-click</translation>
    </message>
    <message>
        <location filename="../../ui/municipalities/record_table.py" line="108" />
        <source>Entf – in den Papierkorb, rückgängig machbar</source>
        <translation>Del – to the trash, can be undone</translation>
    </message>
</context>
<context>
    <name>RowTableModel</name>
    <message>
        <location filename="../../ui/models/row_model.py" line="56" />
        <source>ja</source>
        <translation>yes</translation>
    </message>
</context>
<context>
    <name>SectionNavigator</name>
    <message>
        <location filename="../../ui/consultation/section_navigator.py" line="35" />
        <source>Fortschritt der Pflichtfragen</source>
        <translation>Progress of the required questions</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/section_navigator.py" line="40" />
        <source>Abschnitte</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/section_navigator.py" line="72" />
        <source>Pflicht %1/%2 · beantwortet %3/%4</source>
        <translation>Required %1/%2 · answered %3/%4</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/section_navigator.py" line="75" />
        <source>ohne Pflichtfragen · beantwortet %3/%4</source>
        <translation>no required questions · answered %3/%4</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/section_navigator.py" line="85" />
        <source>Pflichtfragen beantwortet: %1 von %2</source>
        <translation>Required questions answered: %1 of %2</translation>
    </message>
</context>
<context>
    <name>SectionView</name>
    <message>
        <location filename="../../ui/consultation/checklist_section.py" line="180" />
        <source>Abschnitt %1 von %2: %3</source>
        <translation>Section %1 of %2: %3</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/checklist_section.py" line="192" />
        <source>Hinweis zum Abschnitt</source>
        <translation>Section guidance</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/checklist_section.py" line="193" />
        <source>Hinweis zum Abschnitt anzeigen</source>
        <translation>Show the section guidance</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/checklist_section.py" line="211" />
        <source>Notizen zu diesem Abschnitt</source>
        <translation>Notes on this section</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/checklist_section.py" line="217" />
        <source>Notizen zu Abschnitt %1</source>
        <translation>Notes on section %1</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/checklist_section.py" line="223" />
        <source>Vorgeschlagene nächste Schritte</source>
        <translation>Suggested next steps</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/checklist_section.py" line="235" />
        <source>← Vorheriger Abschnitt</source>
        <translation>← Previous section</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/checklist_section.py" line="236" />
        <source>Strg+Bild auf</source>
        <translation>Ctrl+PgUp</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/checklist_section.py" line="243" />
        <source>Nächster Abschnitt →</source>
        <translation>Next section →</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/checklist_section.py" line="244" />
        <source>Strg+Bild ab</source>
        <translation>Ctrl+PgDown</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/checklist_section.py" line="247" />
        <source>Abschließen…</source>
        <translation>Complete…</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/checklist_section.py" line="286" />
        <source>Übernommen ✓</source>
        <translation>Added ✓</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/checklist_section.py" line="287" />
        <source>Als nächsten Schritt übernehmen</source>
        <translation>Add as next step</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/checklist_section.py" line="289" />
        <source>Als nächsten Schritt übernehmen: %1</source>
        <translation>Add as next step: %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings/dialog.py" line="144" />
        <source>(kein Logo)</source>
        <translation>(no logo)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="150" />
        <source>Logo wählen</source>
        <translation>Choose logo</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="151" />
        <source>Bilder (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="156" />
        <source>Dateiablage wählen</source>
        <translation>Choose file share</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="183" />
        <source>Einstellungen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="185" />
        <source>&amp;Beraterin/Berater:</source>
        <translation>&amp;Adviser:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="186" />
        <source>Name der Beraterin oder des Beraters</source>
        <translation>Name of the adviser</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="187" />
        <source>&amp;Stelle (Briefkopf):</source>
        <translation>&amp;Office (letterhead):</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="188" />
        <source>Name der Stelle im Briefkopf</source>
        <translation>Office name in the letterhead</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="189" />
        <source>&amp;Anschrift:</source>
        <translation>Add&amp;ress:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="189" />
        <source>Anschrift im Briefkopf</source>
        <translation>Address in the letterhead</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="190" />
        <source>&amp;Logo:</source>
        <translation>&amp;Logo:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="190" />
        <source>Logodatei</source>
        <translation>Logo file</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="191" />
        <source>&amp;Dateiablage:</source>
        <translation>File s&amp;hare:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="191" />
        <source>Pfad der Dateiablage im Büro</source>
        <translation>Path of the office file share</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="192" />
        <source>S&amp;prache:</source>
        <translation>Lan&amp;guage:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="192" />
        <source>Sprache der Oberfläche</source>
        <translation>Language of the user interface</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="200" />
        <source>Aus&amp;wählen…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="201" />
        <source>Logodatei auswählen</source>
        <translation>Choose logo file</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="202" />
        <source>Ausw&amp;ählen…</source>
        <translation>Bro&amp;wse…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="203" />
        <source>Dateiablage auswählen</source>
        <translation>Choose file share folder</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="205" />
        <source>Ordner der gemeinsamen Dateiablage (z. B. SMB-Freigabe). Wird später für den Abgleich mit den anderen Laptops verwendet; die Datenbank selbst bleibt auf diesem Laptop.</source>
        <translation>Folder of the shared office file share (e.g. an SMB share). Used later to synchronise with the other laptops; the database itself stays on this laptop.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="208" />
        <source>Straße Nr.
PLZ Ort</source>
        <translation>Street no.
Postcode town</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="209" />
        <source>Speichern</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="210" />
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SignatureField</name>
    <message>
        <location filename="../../ui/protocol/signature_pad.py" line="452" />
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../ui/protocol/signature_pad.py" line="453" />
        <source>&amp;Funktion:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <location filename="../../ui/protocol/signature_pad.py" line="454" />
        <source>&amp;Löschen</source>
        <translation>Cl&amp;ear</translation>
    </message>
    <message>
        <location filename="../../ui/protocol/signature_pad.py" line="455" />
        <source>Unterschrift löschen (Entf)</source>
        <translation>Clear the signature (Del)</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <location filename="../../ui/protocol/signature_pad.py" line="159" />
        <source>Unterschrift: %1</source>
        <translation>Signature: %1</translation>
    </message>
    <message>
        <location filename="../../ui/protocol/signature_pad.py" line="160" />
        <source>Unterschriftenfeld</source>
        <translation>Signature field</translation>
    </message>
    <message>
        <location filename="../../ui/protocol/signature_pad.py" line="162" />
        <source>Mit Maus, Stift oder Finger unterschreiben. Entf löscht die Unterschrift, Strg+Z nimmt den letzten Strich zurück.</source>
        <translation>Sign with mouse, pen or finger. Del clears the signature, Ctrl+Z undoes the last stroke.</translation>
    </message>
    <message>
        <location filename="../../ui/protocol/signature_pad.py" line="164" />
        <source>Hier unterschreiben (Entf: löschen, Strg+Z: letzten Strich zurücknehmen)</source>
        <translation>Sign here (Del: clear, Ctrl+Z: undo the last stroke)</translation>
    </message>
    <message>
        <location filename="../../ui/protocol/signature_pad.py" line="397" />
        <source>Unterschrift</source>
        <translation>Signature</translation>
    </message>
</context>
<context>
    <name>SigningPanel</name>
    <message>
        <location filename="../../ui/protocol/signing_panel.py" line="77" />
        <source>Unterschriften</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <location filename="../../ui/protocol/signing_panel.py" line="78" />
        <source>Für die Beratungsstelle</source>
        <translation>For the advisory office</translation>
    </message>
    <message>
        <location filename="../../ui/protocol/signing_panel.py" line="79" />
        <source>Für die Kommune</source>
        <translation>For the municipality</translation>
    </message>
    <message>
        <location filename="../../ui/protocol/signing_panel.py" line="80" />
        <source>Beratung</source>
        <translation>Adviser</translation>
    </message>
    <message>
        <location filename="../../ui/protocol/signing_panel.py" line="81" />
        <location filename="../../ui/protocol/signing_panel.py" line="152" />
        <source>Kommune</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../ui/protocol/signing_panel.py" line="82" />
        <location filename="../../ui/protocol/signing_panel.py" line="154" />
        <source>Name (%1)</source>
        <translation>Name (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/protocol/signing_panel.py" line="83" />
        <source>Funktion (%1)</source>
        <translation>Role (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/protocol/signing_panel.py" line="85" />
        <source>Unterschrift löschen (%1)</source>
        <translation>Clear the signature (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/protocol/signing_panel.py" line="86" />
        <source>Aus &amp;Teilnehmenden:</source>
        <translation>From &amp;participants:</translation>
    </message>
    <message>
        <location filename="../../ui/protocol/signing_panel.py" line="87" />
        <source>Vertretung der Kommune aus den Teilnehmenden übernehmen</source>
        <translation>Take the municipality's representative from the participants</translation>
    </message>
    <message>
        <location filename="../../ui/protocol/signing_panel.py" line="90" />
        <location filename="../../ui/protocol/signing_panel.py" line="111" />
        <source>– selbst eintragen –</source>
        <translation>– enter by hand –</translation>
    </message>
    <message>
        <location filename="../../ui/protocol/signing_panel.py" line="91" />
        <source>&amp;Unterschreiben und festschreiben</source>
        <translation>Sign and &amp;finalise</translation>
    </message>
    <message>
        <location filename="../../ui/protocol/signing_panel.py" line="92" />
        <source>Unterschreiben und festschreiben</source>
        <translation>Sign and finalise</translation>
    </message>
    <message>
        <location filename="../../ui/protocol/signing_panel.py" line="94" />
        <source>Speichert das Protokoll mit beiden Unterschriften; danach ist es unveränderlich.</source>
        <translation>Stores the protocol with both signatures; after that it cannot be changed.</translation>
    </message>
    <message>
        <location filename="../../ui/protocol/signing_panel.py" line="146" />
        <source>Das Protokoll ist bereits unterschrieben.</source>
        <translation>The protocol is already signed.</translation>
    </message>
    <message>
        <location filename="../../ui/protocol/signing_panel.py" line="148" />
        <source>Unterschreiben geht erst, wenn die Beratung abgeschlossen ist (im Besuchsfenster: Beratung → Abschließen…).</source>
        <translation>Signing is possible only once the consultation is completed (in the visit window: Consultation → Complete…).</translation>
    </message>
    <message>
        <location filename="../../ui/protocol/signing_panel.py" line="151" />
        <source>Beratungsstelle</source>
        <translation>Advisory office</translation>
    </message>
    <message>
        <location filename="../../ui/protocol/signing_panel.py" line="156" />
        <source>Unterschrift (%1)</source>
        <translation>Signature (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/protocol/signing_panel.py" line="168" />
        <source>Es fehlt noch: %1.</source>
        <translation>Still missing: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/protocol/signing_panel.py" line="170" />
        <source>Bereit zum Unterschreiben. Danach kann das Protokoll nicht mehr geändert werden.</source>
        <translation>Ready to sign. After that the protocol can no longer be changed.</translation>
    </message>
</context>
<context>
    <name>StartConsultationDialog</name>
    <message>
        <location filename="../../ui/consultation/start_dialog.py" line="121" />
        <source>Neue Beratung – %1</source>
        <translation>New consultation – %1</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/start_dialog.py" line="122" />
        <source>Rathaus %1</source>
        <translation>Town hall %1</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/start_dialog.py" line="139" />
        <source>Keine gültige Checklisten-Vorlage gefunden (resources/checklists).</source>
        <translation>No valid checklist template found (resources/checklists).</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/start_dialog.py" line="151" />
        <source>Letzte Beratung: %1, %2 (%3)</source>
        <translation>Last consultation: %1, %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/start_dialog.py" line="155" />
        <source>ohne Namen</source>
        <translation>no names</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/start_dialog.py" line="157" />
        <source>Die erste Beratung dieser Gemeinde.</source>
        <translation>The first consultation of this municipality.</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/start_dialog.py" line="160" />
        <source>&amp;Offene Schritte aus früheren Beratungen: %1</source>
        <translation>&amp;Open next steps from earlier consultations: %1</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/start_dialog.py" line="163" />
        <source>, davon %1 überfällig</source>
        <translation>, %1 of them overdue</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/start_dialog.py" line="164" />
        <source>. Sie stehen in der Beratung zuerst auf der Seite „Nächste Schritte“.</source>
        <translation>. In the consultation they come first on the page “Next steps”.</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/start_dialog.py" line="167" />
        <source>Keine offenen Schritte aus früheren Beratungen.</source>
        <translation>No open next steps from earlier consultations.</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/start_dialog.py" line="207" />
        <source>Neue Beratung</source>
        <translation>New consultation</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/start_dialog.py" line="209" />
        <source>&amp;Vorlage:</source>
        <translation>&amp;Template:</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/start_dialog.py" line="209" />
        <source>&amp;Datum und Uhrzeit:</source>
        <translation>&amp;Date and time:</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/start_dialog.py" line="209" />
        <source>O&amp;rt:</source>
        <translation>P&amp;lace:</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/start_dialog.py" line="210" />
        <source>Beratung d&amp;urch:</source>
        <translation>Ad&amp;visers:</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/start_dialog.py" line="212" />
        <source>Checklisten-Vorlage</source>
        <translation>Checklist template</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/start_dialog.py" line="213" />
        <source>Datum und Uhrzeit der Beratung</source>
        <translation>Date and time of the consultation</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/start_dialog.py" line="214" />
        <source>Ort der Beratung</source>
        <translation>Place of the consultation</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/start_dialog.py" line="215" />
        <source>Beraterinnen und Berater</source>
        <translation>Advisers</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/start_dialog.py" line="216" />
        <source>Namen, durch Semikolon getrennt</source>
        <translation>Names, separated by semicolons</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/start_dialog.py" line="217" />
        <source>Offene Schritte aus früheren Beratungen</source>
        <translation>Open next steps from earlier consultations</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/start_dialog.py" line="218" />
        <source>Beratung &amp;beginnen</source>
        <translation>&amp;Start consultation</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/start_dialog.py" line="219" />
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/start_dialog.py" line="220" />
        <source>Offene Schritte werden geladen…</source>
        <translation>Loading open next steps…</translation>
    </message>
</context>
<context>
    <name>StepForm</name>
    <message>
        <location filename="../../ui/consultation/step_form.py" line="80" />
        <source>&amp;Was ist zu tun?</source>
        <translation>&amp;What is to be done?</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/step_form.py" line="80" />
        <source>&amp;Verantwortlich</source>
        <translation>&amp;Responsible</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/step_form.py" line="81" />
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/step_form.py" line="81" />
        <source>Fällig a&amp;m</source>
        <translation>Due o&amp;n</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/step_form.py" line="82" />
        <source>Neuer Schritt: was ist zu tun</source>
        <translation>New step: what is to be done</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/step_form.py" line="82" />
        <source>Neuer Schritt: verantwortlich</source>
        <translation>New step: responsible</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/step_form.py" line="83" />
        <source>Neuer Schritt: Organisation</source>
        <translation>New step: organisation</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/step_form.py" line="83" />
        <source>Neuer Schritt: fällig am</source>
        <translation>New step: due on</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/step_form.py" line="89" />
        <source>z. B. Ratsbeschluss vorbereiten</source>
        <translation>e.g. prepare the council resolution</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/step_form.py" line="90" />
        <source>Name oder Funktion</source>
        <translation>Name or role</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/step_form.py" line="91" />
        <source>&amp;Hinzufügen</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/step_form.py" line="92" />
        <source>Schritt hinzufügen</source>
        <translation>Add step</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/step_form.py" line="93" />
        <source>Eingabetaste in einem der Felder</source>
        <translation>Enter in any of the fields</translation>
    </message>
</context>
<context>
    <name>StepModel</name>
    <message>
        <location filename="../../ui/consultation/edit_models.py" line="135" />
        <source>Was</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/edit_models.py" line="137" />
        <source>Verantwortlich</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/edit_models.py" line="138" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/edit_models.py" line="139" />
        <source>Fällig</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/edit_models.py" line="141" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/edit_models.py" line="171" />
        <source>aus der Beratung vom</source>
        <translation>from the consultation of</translation>
    </message>
</context>
<context>
    <name>StepsPage</name>
    <message>
        <location filename="../../ui/consultation/steps_page.py" line="121" />
        <source>Nächste Schritte</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/steps_page.py" line="209" />
        <source>Bitte beschreiben, was zu tun ist.</source>
        <translation>Please describe what is to be done.</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/steps_page.py" line="250" />
        <source>Schritt „%1“ entfernt.</source>
        <translation>Step “%1” removed.</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/steps_page.py" line="262" />
        <source>Zuerst besprechen: Was ist aus den vereinbarten Schritten geworden? Den Status hier ändern (F2 in der Tabelle oder das Auswahlfeld darunter); die Änderung wird mit dieser Beratung festgehalten.</source>
        <translation>Discuss first: what became of the agreed steps? Change their status here (F2 in the table or the box below it); the change is recorded with this consultation.</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/steps_page.py" line="265" />
        <source>Offene Schritte aus früheren Beratungen</source>
        <translation>Open next steps from earlier consultations</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/steps_page.py" line="266" />
        <source>&amp;Status des gewählten Schritts:</source>
        <translation>&amp;Status of the selected step:</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/steps_page.py" line="267" />
        <source>Status des gewählten früheren Schritts</source>
        <translation>Status of the selected earlier step</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/steps_page.py" line="268" />
        <source>Nächste Schritte dieser Beratung</source>
        <translation>Next steps of this consultation</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/steps_page.py" line="269" />
        <source>F2 oder Tippen bearbeitet die Zelle, Entf entfernt den Schritt, Einfg springt zur Eingabezeile.</source>
        <translation>F2 or typing edits the cell, Del removes the step, Ins jumps to the entry row.</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/steps_page.py" line="271" />
        <source>E&amp;ntfernen</source>
        <translation>Remo&amp;ve</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/steps_page.py" line="272" />
        <source>Gewählten Schritt entfernen</source>
        <translation>Remove the selected step</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/steps_page.py" line="273" />
        <source>Entf</source>
        <translation>Del</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/steps_page.py" line="274" />
        <source>Vorschläge aus den Antworten:</source>
        <translation>Suggested by the answers:</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/steps_page.py" line="275" />
        <source>Vorgeschlagene Schritte</source>
        <translation>Suggested steps</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/steps_page.py" line="276" />
        <source>Vorschlag &amp;übernehmen</source>
        <translation>Ta&amp;ke over suggestion</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/steps_page.py" line="277" />
        <source>Vorgeschlagenen Schritt übernehmen</source>
        <translation>Take over the suggested step</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/steps_page.py" line="283" />
        <source>Offene Schritte aus früheren Beratungen (%1)</source>
        <translation>Open next steps from earlier consultations (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/steps_page.py" line="284" />
        <source>Keine offenen Schritte aus früheren Beratungen</source>
        <translation>No open next steps from earlier consultations</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/steps_page.py" line="287" />
        <source>Nächste Schritte dieser Beratung (%1)</source>
        <translation>Next steps of this consultation (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/steps_page.py" line="290" />
        <source>%1 überfällig</source>
        <translation>%1 overdue</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../ui/consultation/summary_page.py" line="104" />
        <source>Zusammenfassung</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/summary_page.py" line="150" />
        <source>&amp;Datum und Uhrzeit:</source>
        <translation>&amp;Date and time:</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/summary_page.py" line="150" />
        <source>Datum und Uhrzeit der Beratung</source>
        <translation>Date and time of the consultation</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/summary_page.py" line="151" />
        <source>&amp;Ort:</source>
        <translation>P&amp;lace:</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/summary_page.py" line="151" />
        <source>Ort der Beratung</source>
        <translation>Place of the consultation</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/summary_page.py" line="152" />
        <source>&amp;Phase:</source>
        <translation>&amp;Phase:</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/summary_page.py" line="152" />
        <location filename="../../ui/consultation/summary_page.py" line="161" />
        <source>Phase der Partnerschaft</source>
        <translation>Phase of the partnership</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/summary_page.py" line="153" />
        <source>Protokoll&amp;sprache:</source>
        <translation>Protocol &amp;language:</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/summary_page.py" line="153" />
        <source>Sprache des Protokolls</source>
        <translation>Language of the protocol</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/summary_page.py" line="154" />
        <source>&amp;Zusammenfassung:</source>
        <translation>Su&amp;mmary:</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/summary_page.py" line="154" />
        <source>Zusammenfassung der Beratung</source>
        <translation>Summary of the consultation</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/summary_page.py" line="155" />
        <source>&amp;Empfehlungen:</source>
        <translation>&amp;Recommendations:</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/summary_page.py" line="155" />
        <source>Empfehlungen</source>
        <translation>Recommendations</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/summary_page.py" line="160" />
        <source>z. B. Rathaus Gladbeck, Raum 204</source>
        <translation>e.g. Gladbeck town hall, room 204</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/summary_page.py" line="162" />
        <source>Phase wählen oder eingeben</source>
        <translation>Choose or type a phase</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/summary_page.py" line="170" />
        <source>Was wurde besprochen? Wo steht die Gemeinde, was wurde vereinbart?</source>
        <translation>What was discussed? Where does the municipality stand, what was agreed?</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/summary_page.py" line="172" />
        <source>Empfehlungen der Beratungsstelle, z. B. Partnerwahl, Förderprogramme, nächste Schritte</source>
        <translation>Recommendations of the advisory office, e.g. partner choice, funding programmes, next steps</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/summary_page.py" line="174" />
        <source>Wird beim Tippen gespeichert. Tab springt weiter.</source>
        <translation>Saved while typing. Tab moves on.</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../ui/sync/controller.py" line="158" />
        <source>Die Datenbank war zu lange belegt; der Abgleich wird später wiederholt.</source>
        <translation>The database was busy for too long; the sync will be repeated later.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/controller.py" line="161" />
        <source>Keine Freigabe eingestellt (Datei → Einstellungen).</source>
        <translation>No share configured (File → Settings).</translation>
    </message>
</context>
<context>
    <name>SyncMenu</name>
    <message>
        <location filename="../../ui/sync/__init__.py" line="76" />
        <source>Verlauf des Datensatzes</source>
        <translation>Record history</translation>
    </message>
    <message>
        <location filename="../../ui/sync/__init__.py" line="77" />
        <source>Bitte zuerst eine Gemeinde oder einen Datensatz (Partnerschaft, Klimaprojekt, Kontakt) auswählen.</source>
        <translation>Please select a municipality or a record (partnership, climate project, contact) first.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/__init__.py" line="87" />
        <source>Person löschen (DSGVO)</source>
        <translation>Erase person (GDPR)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/__init__.py" line="88" />
        <source>Bitte zuerst im Reiter „Kontakte“ die Person auswählen.</source>
        <translation>Please select the person in the “Contacts” tab first.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/__init__.py" line="116" />
        <source>S&amp;ynchronisation</source>
        <translation>S&amp;ync</translation>
    </message>
    <message>
        <location filename="../../ui/sync/__init__.py" line="117" />
        <source>Jetzt &amp;synchronisieren</source>
        <translation>&amp;Sync now</translation>
    </message>
    <message>
        <location filename="../../ui/sync/__init__.py" line="118" />
        <source>&amp;Konflikte…</source>
        <translation>&amp;Conflicts…</translation>
    </message>
    <message>
        <location filename="../../ui/sync/__init__.py" line="119" />
        <source>&amp;Verlauf des Datensatzes…</source>
        <translation>Record &amp;history…</translation>
    </message>
    <message>
        <location filename="../../ui/sync/__init__.py" line="120" />
        <source>&amp;Freigabe einstellen…</source>
        <translation>Set the &amp;share…</translation>
    </message>
    <message>
        <location filename="../../ui/sync/__init__.py" line="121" />
        <source>Person &amp;löschen (DSGVO)…</source>
        <translation>&amp;Erase person (GDPR)…</translation>
    </message>
    <message>
        <location filename="../../ui/sync/__init__.py" line="122" />
        <source>Lösch&amp;aufträge (DSGVO)…</source>
        <translation>Erasure &amp;orders (GDPR)…</translation>
    </message>
    <message>
        <location filename="../../ui/sync/__init__.py" line="123" />
        <source>Der Ordner der Freigabe wird unter Datei → Einstellungen eingetragen; einmalig eingerichtet wird er mit „advisor-app sync init --share ORDNER“.</source>
        <translation>The share folder is entered under File → Settings; it is set up once with “advisor-app sync init --share FOLDER”.</translation>
    </message>
</context>
<context>
    <name>SyncStatusChip</name>
    <message>
        <location filename="../../ui/sync/status_widget.py" line="33" />
        <location filename="../../ui/sync/status_widget.py" line="85" />
        <source>Keine Freigabe eingestellt</source>
        <translation>No share configured</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status_widget.py" line="34" />
        <source>Freigabe nicht erreichbar</source>
        <translation>Share not reachable</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status_widget.py" line="35" />
        <source>Kein Synchronisationsbereich</source>
        <translation>Not a sync space</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status_widget.py" line="36" />
        <source>Falsche Freigabe</source>
        <translation>Wrong share</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status_widget.py" line="37" />
        <source>Update erforderlich</source>
        <translation>Update required</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status_widget.py" line="81" />
        <source>Synchronisiere …</source>
        <translation>Syncing …</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status_widget.py" line="87" />
        <source>Abgleich fehlgeschlagen</source>
        <translation>Sync failed</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status_widget.py" line="94" />
        <source>Angehalten: Bestätigung nötig</source>
        <translation>Paused: confirmation needed</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status_widget.py" line="96" />
        <source>Abgleich mit Problemen</source>
        <translation>Sync with problems</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status_widget.py" line="99" />
        <source>Noch nie synchronisiert</source>
        <translation>Never synced</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status_widget.py" line="100" />
        <source>Zuletzt synchronisiert %1</source>
        <translation>Last synced %1</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status_widget.py" line="108" />
        <source>%1 Änderungen nicht gesendet</source>
        <translation>%1 changes not sent</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status_widget.py" line="111" />
        <source>Uhr prüfen</source>
        <translation>Check the clock</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status_widget.py" line="119" />
        <source>Gerätekennung: %1</source>
        <translation>Device id: %1</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status_widget.py" line="120" />
        <source>Freigabe: %1</source>
        <translation>Share: %1</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status_widget.py" line="122" />
        <source>nicht eingestellt (Datei → Einstellungen)</source>
        <translation>not configured (File → Settings)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status_widget.py" line="124" />
        <source>Synchronisationsbereich: %1</source>
        <translation>Sync space: %1</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status_widget.py" line="126" />
        <source>Zuletzt synchronisiert: %1</source>
        <translation>Last synced: %1</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status_widget.py" line="128" />
        <source>noch nie</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status_widget.py" line="129" />
        <source>Nicht gesendet: %1 lokale Änderung(en)</source>
        <translation>Not sent: %1 local change(s)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status_widget.py" line="131" />
        <source>Offene Konflikte: %1</source>
        <translation>Open conflicts: %1</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status_widget.py" line="134" />
        <source>Zurückgehalten (Uhrzeit in der Zukunft): %1</source>
        <translation>Held back (time in the future): %1</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status_widget.py" line="138" />
        <source>Die Uhr dieses Laptops weicht um %1 Min. von der Freigabe ab; bitte Datum und Uhrzeit prüfen.</source>
        <translation>This laptop's clock differs from the share by %1 min; please check the date and time.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status_widget.py" line="146" />
        <source>Laptops auf der Freigabe:</source>
        <translation>Laptops on the share:</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status_widget.py" line="149" />
        <source>Löschaufträge (DSGVO) auf diesem Laptop ausgeführt: %1. Welche Laptops sie bestätigt haben, wird hier angezeigt, sobald die Bestätigungen im Status der Laptops stehen.</source>
        <translation>Erasure orders (GDPR) carried out on this laptop: %1. Which laptops confirmed them will be shown here once the laptops' status carries the confirmations.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status_widget.py" line="153" />
        <source>Klicken: jetzt synchronisieren (Strg+Umschalt+S)</source>
        <translation>Click: sync now (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status_widget.py" line="164" />
        <source>Synchronisationsstatus</source>
        <translation>Sync status</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status_widget.py" line="171" />
        <source>Verbinde …</source>
        <translation>Connecting …</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status_widget.py" line="172" />
        <source>Fortschritt des Abgleichs</source>
        <translation>Sync progress</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status_widget.py" line="175" />
        <source>%1 Konflikt(e)</source>
        <translation>%1 conflict(s)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status_widget.py" line="176" />
        <source>Offene Konflikte anzeigen</source>
        <translation>Show open conflicts</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status_widget.py" line="177" />
        <source>Konflikte anzeigen und lösen</source>
        <translation>Show and resolve conflicts</translation>
    </message>
</context>
<context>
    <name>SyncTexts</name>
    <message>
        <location filename="../../ui/sync/conflicts_dialog.py" line="58" />
        <location filename="../../ui/sync/models.py" line="65" />
        <source>(leer)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/models.py" line="21" />
        <source>aktuell</source>
        <translation>current</translation>
    </message>
    <message>
        <location filename="../../ui/sync/models.py" line="22" />
        <source>ersetzt</source>
        <translation>replaced</translation>
    </message>
    <message>
        <location filename="../../ui/sync/models.py" line="23" />
        <source>beim Abgleich unterlegen</source>
        <translation>lost in a sync</translation>
    </message>
    <message>
        <location filename="../../ui/sync/models.py" line="109" />
        <source>noch nie</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../ui/sync/models.py" line="110" />
        <source>%1: zuletzt %2</source>
        <translation>%1: last %2</translation>
    </message>
    <message>
        <location filename="../../ui/sync/texts.py" line="17" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/sync/texts.py" line="18" />
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/sync/texts.py" line="19" />
        <source>Notizen</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/sync/texts.py" line="20" />
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/sync/texts.py" line="21" />
        <source>E-Mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../ui/sync/texts.py" line="22" />
        <source>Funktion</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/sync/texts.py" line="23" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/sync/texts.py" line="24" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/sync/texts.py" line="25" />
        <source>Art</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/sync/texts.py" line="26" />
        <source>seit</source>
        <translation>since</translation>
    </message>
    <message>
        <location filename="../../ui/sync/texts.py" line="27" />
        <source>Themen</source>
        <translation>Topics</translation>
    </message>
    <message>
        <location filename="../../ui/sync/texts.py" line="28" />
        <source>Quelle</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../ui/sync/texts.py" line="29" />
        <source>Quellenhinweis</source>
        <translation>Source note</translation>
    </message>
    <message>
        <location filename="../../ui/sync/texts.py" line="30" />
        <source>Klimapartnerschaft</source>
        <translation>Climate partnership</translation>
    </message>
    <message>
        <location filename="../../ui/sync/texts.py" line="31" />
        <source>Einwohner</source>
        <translation>Population</translation>
    </message>
    <message>
        <location filename="../../ui/sync/texts.py" line="32" />
        <source>gelöscht / wiederhergestellt</source>
        <translation>deleted / restored</translation>
    </message>
    <message>
        <location filename="../../ui/sync/texts.py" line="33" />
        <source>Rechtsgrundlage</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <location filename="../../ui/sync/texts.py" line="34" />
        <source>Einwilligung am</source>
        <translation>Consent on</translation>
    </message>
    <message>
        <location filename="../../ui/sync/texts.py" line="35" />
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../ui/sync/texts.py" line="36" />
        <source>Lösung</source>
        <translation>Solution</translation>
    </message>
    <message>
        <location filename="../../ui/sync/texts.py" line="37" />
        <source>Ergebnisse</source>
        <translation>Results</translation>
    </message>
    <message>
        <location filename="../../ui/sync/texts.py" line="38" />
        <source>Kosten</source>
        <translation>Costs</translation>
    </message>
    <message>
        <location filename="../../ui/sync/texts.py" line="39" />
        <source>Förderung</source>
        <translation>Funding</translation>
    </message>
    <message>
        <location filename="../../ui/sync/texts.py" line="40" />
        <source>Übertragbarkeit</source>
        <translation>Transferability</translation>
    </message>
    <message>
        <location filename="../../ui/sync/texts.py" line="41" />
        <source>Beginn</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../ui/sync/texts.py" line="42" />
        <source>Ende</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../ui/sync/texts.py" line="43" />
        <location filename="../../ui/sync/texts.py" line="51" />
        <source>Gemeinde</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../ui/sync/texts.py" line="44" />
        <location filename="../../ui/sync/texts.py" line="52" />
        <source>Partnerregion</source>
        <translation>Partner region</translation>
    </message>
    <message>
        <location filename="../../ui/sync/texts.py" line="45" />
        <location filename="../../ui/sync/texts.py" line="53" />
        <source>Partnerschaft</source>
        <translation>Partnership</translation>
    </message>
    <message>
        <location filename="../../ui/sync/texts.py" line="46" />
        <location filename="../../ui/sync/texts.py" line="54" />
        <source>Kontakt</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../ui/sync/texts.py" line="49" />
        <source>Regierungsbezirk</source>
        <translation>Regierungsbezirk</translation>
    </message>
    <message>
        <location filename="../../ui/sync/texts.py" line="50" />
        <source>Kreis</source>
        <translation>Kreis</translation>
    </message>
    <message>
        <location filename="../../ui/sync/texts.py" line="55" />
        <source>Klimaprojekt</source>
        <translation>Climate project</translation>
    </message>
    <message>
        <location filename="../../ui/sync/texts.py" line="58" />
        <source>Senden</source>
        <translation>Sending</translation>
    </message>
    <message>
        <location filename="../../ui/sync/texts.py" line="59" />
        <source>Lesen</source>
        <translation>Reading</translation>
    </message>
    <message>
        <location filename="../../ui/sync/texts.py" line="60" />
        <source>Übernehmen</source>
        <translation>Applying</translation>
    </message>
    <message>
        <location filename="../../ui/sync/texts.py" line="94" />
        <source>gerade eben</source>
        <translation>just now</translation>
    </message>
    <message>
        <location filename="../../ui/sync/texts.py" line="97" />
        <source>vor %1 Min.</source>
        <translation>%1 min ago</translation>
    </message>
    <message>
        <location filename="../../ui/sync/texts.py" line="100" />
        <source>vor %1 Std.</source>
        <translation>%1 h ago</translation>
    </message>
    <message>
        <location filename="../../ui/sync/texts.py" line="103" />
        <source>gestern</source>
        <translation>yesterday</translation>
    </message>
    <message>
        <location filename="../../ui/sync/texts.py" line="105" />
        <source>vor %1 Tagen</source>
        <translation>%1 days ago</translation>
    </message>
    <message>
        <location filename="../../ui/sync/texts.py" line="106" />
        <source>am %1</source>
        <translation>on %1</translation>
    </message>
    <message>
        <location filename="../../ui/sync/texts.py" line="112" />
        <source>dieser Laptop</source>
        <translation>this laptop</translation>
    </message>
    <message>
        <location filename="../../ui/sync/texts.py" line="113" />
        <source>Laptop %1</source>
        <translation>Laptop %1</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <location filename="../../ui/forms/trash_dialog.py" line="113" />
        <source>Papierkorb</source>
        <translation>Trash</translation>
    </message>
    <message>
        <location filename="../../ui/forms/trash_dialog.py" line="114" />
        <source>Gelöschte Einträge bleiben hier und können wiederhergestellt werden. Mehrere Einträge mit Strg oder Umschalt auswählen.</source>
        <translation>Deleted records stay here and can be restored. Select several records with Ctrl or Shift.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/trash_dialog.py" line="120" />
        <source>Gelöschte Einträge</source>
        <translation>Deleted records</translation>
    </message>
    <message>
        <location filename="../../ui/forms/trash_dialog.py" line="131" />
        <source>Der Papierkorb ist leer.</source>
        <translation>The trash is empty.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/trash_dialog.py" line="133" />
        <source>&amp;Wiederherstellen</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <location filename="../../ui/forms/trash_dialog.py" line="136" />
        <source>S&amp;chließen</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../ui/forms/trash_dialog.py" line="171" />
        <source>Wiederherstellen nicht möglich</source>
        <translation>Cannot restore</translation>
    </message>
</context>
<context>
    <name>TrashModel</name>
    <message>
        <location filename="../../ui/forms/trash_dialog.py" line="40" />
        <source>Partnerschaft</source>
        <translation>Partnership</translation>
    </message>
    <message>
        <location filename="../../ui/forms/trash_dialog.py" line="41" />
        <source>Partnerregion</source>
        <translation>Partner region</translation>
    </message>
    <message>
        <location filename="../../ui/forms/trash_dialog.py" line="42" />
        <source>Kontakt</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../ui/forms/trash_dialog.py" line="43" />
        <source>Klimaprojekt</source>
        <translation>Climate project</translation>
    </message>
    <message>
        <location filename="../../ui/forms/trash_dialog.py" line="60" />
        <source>Art</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/forms/trash_dialog.py" line="61" />
        <source>Bezeichnung</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../ui/forms/trash_dialog.py" line="62" />
        <source>gelöscht am</source>
        <translation>deleted on</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <location filename="../../ui/consultation/tables.py" line="87" />
        <source>&amp;Rückgängig</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/tables.py" line="88" />
        <source>Entfernen rückgängig machen</source>
        <translation>Undo the removal</translation>
    </message>
</context>
<context>
    <name>VisitWindow</name>
    <message>
        <location filename="../../ui/consultation/visit_window.py" line="133" />
        <source>Speicherstatus</source>
        <translation>Save status</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/visit_window.py" line="215" />
        <source>Beratung</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/visit_window.py" line="224" />
        <source>Abgeschlossen am %1</source>
        <translation>Completed on %1</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/visit_window.py" line="226" />
        <source>Entwurf</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/visit_window.py" line="232" />
        <source>(Version %1)</source>
        <translation>(version %1)</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/visit_window.py" line="234" />
        <source>Beratung %1 – %2 – advisor-app</source>
        <translation>Consultation %1 – %2 – advisor-app</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/visit_window.py" line="301" />
        <source>Nicht gespeichert: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/visit_window.py" line="304" />
        <source>Speichert …</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/visit_window.py" line="304" />
        <source>Gespeichert</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/visit_window.py" line="340" />
        <source>Abschließen…</source>
        <translation>Complete…</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/visit_flow.py" line="43" />
        <location filename="../../ui/consultation/visit_flow.py" line="61" />
        <location filename="../../ui/consultation/visit_window.py" line="341" />
        <source>Beratung abschließen</source>
        <translation>Complete the consultation</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/visit_flow.py" line="43" />
        <source>Die Beratung abschließen? Danach kann sie nicht mehr geändert werden; Korrekturen sind nur noch als Nachtrag mit Begründung möglich.</source>
        <translation>Complete the consultation? After that it can no longer be changed; corrections are only possible as an amendment with a reason.</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/visit_flow.py" line="46" />
        <source>&amp;Abschließen</source>
        <translation>&amp;Complete</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/visit_flow.py" line="46" />
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/visit_flow.py" line="91" />
        <source>Nachtrag</source>
        <translation>Amendment</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/visit_window.py" line="342" />
        <source>Nachtrag…</source>
        <translation>Amendment…</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/visit_window.py" line="343" />
        <source>Nachtrag erfassen</source>
        <translation>Record an amendment</translation>
    </message>
    <message>
        <location filename="../../ui/protocol/protocol_action.py" line="33" />
        <source>&amp;Protokoll…</source>
        <translation>&amp;Protocol…</translation>
    </message>
    <message>
        <location filename="../../ui/protocol/protocol_action.py" line="35" />
        <source>Beratungsprotokoll ansehen, speichern und unterschreiben</source>
        <translation>View, save and sign the consultation protocol</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/visit_actions.py" line="68" />
        <source>&amp;Beratung</source>
        <translation>&amp;Consultation</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/visit_actions.py" line="69" />
        <source>&amp;Gehe zu</source>
        <translation>&amp;Go to</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/visit_actions.py" line="70" />
        <source>&amp;Frage</source>
        <translation>&amp;Question</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/visit_actions.py" line="72" />
        <source>&amp;Abschließen…</source>
        <translation>&amp;Complete…</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/visit_actions.py" line="74" />
        <source>&amp;Nachtrag…</source>
        <translation>&amp;Amendment…</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/visit_actions.py" line="75" />
        <source>&amp;Fehlende Pflichtantworten anzeigen</source>
        <translation>Show &amp;missing required answers</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/visit_actions.py" line="78" />
        <source>&amp;Schließen</source>
        <translation>C&amp;lose</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/visit_actions.py" line="80" />
        <source>&amp;Nächster Abschnitt</source>
        <translation>&amp;Next section</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/visit_actions.py" line="83" />
        <source>&amp;Vorheriger Abschnitt</source>
        <translation>&amp;Previous section</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/visit_actions.py" line="86" />
        <source>Nächste &amp;Frage</source>
        <translation>Next &amp;question</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/visit_actions.py" line="88" />
        <source>Vorherige F&amp;rage</source>
        <translation>Previous q&amp;uestion</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/visit_actions.py" line="90" />
        <source>&amp;Gehe zu Frage…</source>
        <translation>&amp;Go to question…</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/visit_actions.py" line="92" />
        <source>Nächste offene &amp;Pflichtfrage</source>
        <translation>Next open &amp;required question</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/visit_actions.py" line="99" />
        <source>&amp;Hinweis ein/aus</source>
        <translation>&amp;Guidance on/off</translation>
    </message>
    <message>
        <location filename="../../ui/consultation/visit_actions.py" line="101" />
        <source>Antwort &amp;löschen</source>
        <translation>&amp;Clear answer</translation>
    </message>
</context>
</TS>