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
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="114" />
        <source>advisor-app – Datenbank</source>
        <translation>advisor-app – database</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="118" />
        <source>Die Datenbank wird bereits von einem anderen advisor-app-Fenster oder -Befehl benutzt:
%1

Bitte das andere Programm schließen und advisor-app erneut starten.</source>
        <translation>The database is already in use by another advisor-app window or command:
%1

Please close the other program and start advisor-app again.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="146" />
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
        <location filename="../../ui/app.py" line="149" />
        <source>Es gibt keine Sicherung. Das Programm legt keine leere Datenbank an; bitte die IT-Betreuung fragen.</source>
        <translation>There is no backup. The program does not create an empty database; please ask your IT support.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="153" />
        <source>Neueste Sicherung: %1
Die beschädigte Datei bleibt daneben erhalten.</source>
        <translation>Newest backup: %1
The damaged file is kept beside it.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="156" />
        <source>Sicherung &amp;wiederherstellen</source>
        <translation>&amp;Restore backup</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="156" />
        <source>&amp;Beenden</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="165" />
        <source>Die Sicherung %1 wurde wiederhergestellt. Die beschädigte Datei liegt unter %2.</source>
        <translation>The backup %1 was restored. The damaged file was kept as %2.</translation>
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
        <location filename="../../ui/sync/erasure_dialog.py" line="133" />
        <source>Endgültig löschen</source>
        <translation>Erase permanently</translation>
    </message>
    <message>
        <location filename="../../ui/sync/erasure_dialog.py" line="134" />
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
        <location filename="../../ui/forms/widgets.py" line="185" />
        <source>JJJJ</source>
        <translation>YYYY</translation>
    </message>
    <message>
        <location filename="../../ui/forms/widgets.py" line="199" />
        <source>%1: „%2“ ist keine Zahl (Beispiel: 50,94).</source>
        <translation>%1: “%2” is not a number (example: 50.94).</translation>
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
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="170" />
        <source>%1 in den Papierkorb verschoben.</source>
        <translation>%1 moved to the trash.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="177" />
        <source>%1 wiederhergestellt.</source>
        <translation>%1 restored.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="264" />
        <source>advisor-app – Kommunalpartnerschaften NRW</source>
        <translation>advisor-app – municipal partnerships NRW</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="265" />
        <source>&amp;Datei</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="266" />
        <source>&amp;Einstellungen…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="267" />
        <source>&amp;Beenden</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="268" />
        <source>&amp;Bearbeiten</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="269" />
        <source>Gemeinde &amp;suchen</source>
        <translation>&amp;Find municipality</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="270" />
        <source>&amp;Papierkorb…</source>
        <translation>&amp;Trash…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="271" />
        <source>&amp;Ansicht</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="272" />
        <source>&amp;Sprache</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="273" />
        <source>&amp;Hilfe</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="274" />
        <source>Über / &amp;Datenquellen…</source>
        <translation>About / &amp;data sources…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="275" />
        <source>Rüc&amp;kgängig</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="276" />
        <source>Löschen rückgängig machen</source>
        <translation>Undo the deletion</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="283" />
        <source>&amp;Rückgängig: %1 löschen</source>
        <translation>&amp;Undo: delete %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="284" />
        <source>&amp;Rückgängig</source>
        <translation>&amp;Undo</translation>
    </message>
</context>
<context>
    <name>MunicipalityDetailPanel</name>
    <message>
        <location filename="../../ui/municipalities/detail_panel.py" line="170" />
        <source>Keine Gemeinde gewählt</source>
        <translation>No municipality selected</translation>
    </message>
    <message>
        <location filename="../../ui/municipalities/detail_panel.py" line="171" />
        <source>Links eine Gemeinde suchen und auswählen.</source>
        <translation>Search for a municipality on the left and select it.</translation>
    </message>
    <message>
        <location filename="../../ui/municipalities/detail_panel.py" line="176" />
        <source>%1 · Kreis %2 · Regierungsbezirk %3</source>
        <translation>%1 · Kreis %2 · Regierungsbezirk %3</translation>
    </message>
    <message>
        <location filename="../../ui/municipalities/detail_panel.py" line="180" />
        <source>kreisfreie Stadt · Regierungsbezirk %1</source>
        <translation>kreisfreie Stadt (district-free city) · Regierungsbezirk %1</translation>
    </message>
    <message>
        <location filename="../../ui/municipalities/detail_panel.py" line="202" />
        <source>&amp;Partnerschaften (%1)</source>
        <translation>&amp;Partnerships (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/municipalities/detail_panel.py" line="202" />
        <source>Kl&amp;imaprojekte (%1)</source>
        <translation>&amp;Climate projects (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/municipalities/detail_panel.py" line="203" />
        <source>K&amp;ontakte (%1)</source>
        <translation>C&amp;ontacts (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/municipalities/detail_panel.py" line="215" />
        <source>Amtlicher Name:</source>
        <translation>Official name:</translation>
    </message>
    <message>
        <location filename="../../ui/municipalities/detail_panel.py" line="216" />
        <source>AGS:</source>
        <translation>AGS:</translation>
    </message>
    <message>
        <location filename="../../ui/municipalities/detail_panel.py" line="217" />
        <source>Gemeindetyp:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <location filename="../../ui/municipalities/detail_panel.py" line="218" />
        <source>Kreis:</source>
        <translation>Kreis:</translation>
    </message>
    <message>
        <location filename="../../ui/municipalities/detail_panel.py" line="219" />
        <source>Regierungsbezirk:</source>
        <translation>Regierungsbezirk:</translation>
    </message>
    <message>
        <location filename="../../ui/municipalities/detail_panel.py" line="220" />
        <source>Einwohner (Zensus 2022):</source>
        <translation>Population (census 2022):</translation>
    </message>
    <message>
        <location filename="../../ui/municipalities/detail_panel.py" line="221" />
        <source>Fläche:</source>
        <translation>Area:</translation>
    </message>
    <message>
        <location filename="../../ui/municipalities/detail_panel.py" line="222" />
        <source>PLZ:</source>
        <translation>Postcode:</translation>
    </message>
    <message>
        <location filename="../../ui/municipalities/detail_panel.py" line="223" />
        <source>Koordinaten:</source>
        <translation>Coordinates:</translation>
    </message>
    <message>
        <location filename="../../ui/municipalities/detail_panel.py" line="227" />
        <source>Profil</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location filename="../../ui/municipalities/detail_panel.py" line="228" />
        <location filename="../../ui/municipalities/detail_panel.py" line="231" />
        <location filename="../../ui/municipalities/detail_panel.py" line="234" />
        <source>&amp;Neu…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <location filename="../../ui/municipalities/detail_panel.py" line="228" />
        <location filename="../../ui/municipalities/detail_panel.py" line="231" />
        <location filename="../../ui/municipalities/detail_panel.py" line="234" />
        <source>B&amp;earbeiten…</source>
        <translation>Ed&amp;it…</translation>
    </message>
    <message>
        <location filename="../../ui/municipalities/detail_panel.py" line="229" />
        <location filename="../../ui/municipalities/detail_panel.py" line="232" />
        <location filename="../../ui/municipalities/detail_panel.py" line="235" />
        <source>Lös&amp;chen</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../../ui/municipalities/detail_panel.py" line="230" />
        <source>Partnerschaften der Gemeinde</source>
        <translation>Partnerships of the municipality</translation>
    </message>
    <message>
        <location filename="../../ui/municipalities/detail_panel.py" line="233" />
        <source>Klimaprojekte der Gemeinde</source>
        <translation>Climate projects of the municipality</translation>
    </message>
    <message>
        <location filename="../../ui/municipalities/detail_panel.py" line="236" />
        <source>Kontakte der Gemeinde</source>
        <translation>Contacts of the municipality</translation>
    </message>
    <message>
        <location filename="../../ui/municipalities/detail_panel.py" line="237" />
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
    <name>OptionalDateEdit</name>
    <message>
        <location filename="../../ui/forms/widgets.py" line="99" />
        <source>Datum als TT.MM.JJJJ eingeben; leer lassen, wenn unbekannt (Entf leert das Feld).</source>
        <translation>Enter the date as DD.MM.YYYY; leave it empty if unknown (Del empties the field).</translation>
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
        <location filename="../../ui/forms/base.py" line="282" />
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
</TS>