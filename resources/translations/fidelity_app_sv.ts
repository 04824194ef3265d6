<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>AboutDialog</name>
    <message numerus="yes">
        <source>Criteria that follow the published scale (%n)</source>
        <translation>
            <numerusform>Kriterium som följer den publicerade skalan (%n)</numerusform>
            <numerusform>Kriterier som följer den publicerade skalan (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Criteria paraphrased from secondary descriptions (%n)</source>
        <translation>
            <numerusform>Kriterium återgivet med egna ord efter andrahandskällor (%n)</numerusform>
            <numerusform>Kriterier återgivna med egna ord efter andrahandskällor (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>A program for fidelity reviews of IPS (Individual Placement and Support) services: score the 25 items of the fidelity scale, agree on the scores, and give the service feedback on its strengths and areas for development.</source>
        <translation>Ett program för programtrohetsbedömningar av IPS-verksamheter (IPS – Individanpassat stöd till arbete): bedöm skalans 25 kriterier, kom överens om poängen och ge verksamheten återkoppling om dess styrkor och utvecklingsområden.</translation>
    </message>
    <message>
        <source>For external reviewers on site visits, IPS teams doing a self-assessment, dialogue meetings and peer review between services.</source>
        <translation>För externa bedömare vid verksamhetsbesök, IPS-team som gör en självskattning, dialogmöten och kollegial granskning mellan verksamheter.</translation>
    </message>
    <message>
        <source>Everything you enter is saved at once in a local database file on this computer.</source>
        <translation>Allt du skriver in sparas direkt i en lokal databasfil på den här datorn.</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Databas:</translation>
    </message>
    <message>
        <source>About IPS Fidelity Review</source>
        <translation>Om IPS Programtrohetsbedömning</translation>
    </message>
    <message>
        <source>IPS Fidelity Review</source>
        <translation>IPS Programtrohetsbedömning</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>&amp;Program</source>
        <translation>&amp;Programmet</translation>
    </message>
    <message>
        <source>&amp;Scale and sources</source>
        <translation>&amp;Skalan och källorna</translation>
    </message>
    <message>
        <source>About the program</source>
        <translation>Om programmet</translation>
    </message>
    <message>
        <source>Sources of the scale&apos;s criteria</source>
        <translation>Källor till skalans kriterier</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Om</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
</context>
<context>
    <name>CriteriaPanel</name>
    <message>
        <source>Keys: 1–5 choose a score, 0 clears it, PageDown goes to the next item.</source>
        <translation>Tangenter: 1–5 väljer poäng, 0 tar bort den, PageDown går till nästa kriterium.</translation>
    </message>
    <message>
        <source>Clear score</source>
        <translation>Ta bort poängen</translation>
    </message>
    <message>
        <source>Score for %1</source>
        <translation>Poäng för %1</translation>
    </message>
    <message>
        <source>Not scored yet.</source>
        <translation>Ännu inte bedömt.</translation>
    </message>
    <message>
        <source>Score %1 chosen.</source>
        <translation>Poäng %1 är vald.</translation>
    </message>
    <message>
        <source>Read-only.</source>
        <translation>Skrivskyddad.</translation>
    </message>
</context>
<context>
    <name>ItemNavigator</name>
    <message>
        <source>Find an item (Ctrl+F)</source>
        <translation>Sök kriterium (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find an item</source>
        <translation>Sök kriterium</translation>
    </message>
    <message>
        <source>Items of the scale</source>
        <translation>Skalans kriterier</translation>
    </message>
    <message>
        <source>Items scored</source>
        <translation>Bedömda kriterier</translation>
    </message>
    <message>
        <source>No item matches.</source>
        <translation>Inget kriterium matchar.</translation>
    </message>
    <message>
        <source>%1 of %2 points, %3 of %4 items scored</source>
        <translation>%1 av %2 poäng, %3 av %4 kriterier bedömda</translation>
    </message>
    <message>
        <source>%1 / %2 scored</source>
        <translation>%1 / %2 bedömda</translation>
    </message>
    <message>
        <source>score %1</source>
        <translation>poäng %1</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>inte bedömt</translation>
    </message>
    <message>
        <source>needs more information</source>
        <translation>behöver mer information</translation>
    </message>
</context>
<context>
    <name>ItemView</name>
    <message>
        <source>Data sources and questions</source>
        <translation>Informationskällor och frågor</translation>
    </message>
    <message>
        <source>What is assessed</source>
        <translation>Det här bedöms</translation>
    </message>
    <message>
        <source>Questions to ask</source>
        <translation>Frågor att ställa</translation>
    </message>
    <message>
        <source>%1 · %2 of %3 · item %4 of %5</source>
        <translation>%1 · %2 av %3 · kriterium %4 av %5</translation>
    </message>
    <message>
        <source>Criteria paraphrased from secondary sources, awaiting check</source>
        <translation>Poängbeskrivningarna bygger på andrahandskällor och väntar på kontroll</translation>
    </message>
    <message>
        <source>Criteria checked against the published scale</source>
        <translation>Poängbeskrivningarna är kontrollerade mot den publicerade skalan</translation>
    </message>
    <message>
        <source>Data sources: %1</source>
        <translation>Informationskällor: %1</translation>
    </message>
    <message>
        <source>About the criteria: %1</source>
        <translation>Om beskrivningarna: %1</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>External review</source>
        <translation>Extern bedömning</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>Självskattning</translation>
    </message>
    <message>
        <source>Peer review</source>
        <translation>Kollegial granskning</translation>
    </message>
    <message>
        <source>Dialogue meeting</source>
        <translation>Dialogmöte</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Slutförd</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ångra</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Gör om</translation>
    </message>
    <message>
        <source>Cannot open the review</source>
        <translation>Bedömningen kan inte öppnas</translation>
    </message>
    <message>
        <source>The review could not be opened.</source>
        <translation>Det gick inte att öppna bedömningen.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Inte sparat</translation>
    </message>
    <message>
        <source>The last changes to the review could not be saved. The review stays open so that nothing is lost.</source>
        <translation>De senaste ändringarna i bedömningen kunde inte sparas. Bedömningen förblir öppen så att inget går förlorat.</translation>
    </message>
    <message>
        <source>The review %1 could not be opened.</source>
        <translation>Det gick inte att öppna bedömningen %1.</translation>
    </message>
    <message>
        <source>Service “%1” created.</source>
        <translation>Verksamheten ”%1” har lagts till.</translation>
    </message>
    <message>
        <source>Review created.</source>
        <translation>Bedömningen har skapats.</translation>
    </message>
    <message>
        <source>Review not found</source>
        <translation>Bedömningen finns inte</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>Cannot duplicate the review</source>
        <translation>Bedömningen kan inte kopieras</translation>
    </message>
    <message>
        <source>A new draft was made from the review; it is selected in the list.</source>
        <translation>Ett nytt utkast har skapats från bedömningen; det är markerat i listan.</translation>
    </message>
    <message>
        <source>Delete review</source>
        <translation>Ta bort bedömning</translation>
    </message>
    <message>
        <source>Delete the review %1?</source>
        <translation>Vill du ta bort bedömningen %1?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Its scores and notes are deleted too. This cannot be undone.</source>
        <translation>Dess poäng och anteckningar tas också bort. Det går inte att ångra.</translation>
    </message>
    <message>
        <source>Cannot delete the review</source>
        <translation>Bedömningen kan inte tas bort</translation>
    </message>
    <message>
        <source>Review deleted.</source>
        <translation>Bedömningen har tagits bort.</translation>
    </message>
    <message>
        <source>Import review file</source>
        <translation>Importera bedömningsfil</translation>
    </message>
    <message>
        <source>Review files</source>
        <translation>Bedömningsfiler</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Importen misslyckades</translation>
    </message>
    <message>
        <source>The file was not imported. Nothing in the database was changed.</source>
        <translation>Filen importerades inte. Ingenting i databasen har ändrats.</translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation>%1 har importerats.</translation>
    </message>
    <message>
        <source>%1 is already in the database; nothing was changed.</source>
        <translation>%1 finns redan i databasen; ingenting har ändrats.</translation>
    </message>
    <message>
        <source>Export review file</source>
        <translation>Exportera bedömningsfil</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Exporten misslyckades</translation>
    </message>
    <message>
        <source>The review file was not written.</source>
        <translation>Bedömningsfilen skrevs inte.</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exporterad till %1.</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exportera rapport</translation>
    </message>
    <message>
        <source>PDF documents</source>
        <translation>PDF-dokument</translation>
    </message>
    <message>
        <source>Reports are not available in this version.</source>
        <translation>Rapporter finns inte i den här versionen.</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Rapporten skrivs…</translation>
    </message>
    <message>
        <source>Report saved: %1</source>
        <translation>Rapporten har sparats: %1</translation>
    </message>
    <message>
        <source>Report saved</source>
        <translation>Rapporten har sparats</translation>
    </message>
    <message>
        <source>The report was saved as %1.</source>
        <translation>Rapporten har sparats som %1.</translation>
    </message>
    <message>
        <source>Open report</source>
        <translation>Öppna rapporten</translation>
    </message>
    <message>
        <source>Open it now?</source>
        <translation>Vill du öppna den nu?</translation>
    </message>
    <message>
        <source>The report could not be written.</source>
        <translation>Rapporten kunde inte skrivas.</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Öppna databas</translation>
    </message>
    <message>
        <source>Databases</source>
        <translation>Databaser</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Ny databas</translation>
    </message>
    <message>
        <source>%1 already exists. Use “Open database” to open it.</source>
        <translation>%1 finns redan. Använd ”Öppna databas” för att öppna den.</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Databasen kan inte öppnas</translation>
    </message>
    <message>
        <source>%1 could not be opened. The current database stays open.</source>
        <translation>Det gick inte att öppna %1. Den nuvarande databasen är fortfarande öppen.</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>%1 har öppnats.</translation>
    </message>
    <message>
        <source>No other databases yet</source>
        <translation>Inga andra databaser ännu</translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation>&amp;Rensa listan</translation>
    </message>
    <message>
        <source>%1 no longer exists.</source>
        <translation>%1 finns inte längre.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Bedömning</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>&amp;Recent databases</source>
        <translation>&amp;Senaste databaserna</translation>
    </message>
    <message>
        <source>&amp;New review…</source>
        <translation>&amp;Ny bedömning…</translation>
    </message>
    <message>
        <source>New review</source>
        <translation>Ny bedömning</translation>
    </message>
    <message>
        <source>Start a new review of a service</source>
        <translation>Påbörja en ny bedömning av en verksamhet</translation>
    </message>
    <message>
        <source>New &amp;service…</source>
        <translation>Ny &amp;verksamhet…</translation>
    </message>
    <message>
        <source>New service</source>
        <translation>Ny verksamhet</translation>
    </message>
    <message>
        <source>Add a service to review</source>
        <translation>Lägg till en verksamhet att bedöma</translation>
    </message>
    <message>
        <source>&amp;Open review</source>
        <translation>&amp;Öppna bedömning</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <source>Open the selected review for scoring (Enter)</source>
        <translation>Öppna den markerade bedömningen för poängsättning (Enter)</translation>
    </message>
    <message>
        <source>D&amp;uplicate as new draft</source>
        <translation>&amp;Kopiera som nytt utkast</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Kopiera</translation>
    </message>
    <message>
        <source>Copy the review as a new draft dated today, for a follow-up review</source>
        <translation>Kopiera bedömningen till ett nytt utkast med dagens datum, för en uppföljande bedömning</translation>
    </message>
    <message>
        <source>&amp;Delete review…</source>
        <translation>&amp;Ta bort bedömning…</translation>
    </message>
    <message>
        <source>Delete the selected draft review</source>
        <translation>Ta bort det markerade utkastet</translation>
    </message>
    <message>
        <source>&amp;Import review file…</source>
        <translation>&amp;Importera bedömningsfil…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importera</translation>
    </message>
    <message>
        <source>Add a review from a review file</source>
        <translation>Lägg till en bedömning från en bedömningsfil</translation>
    </message>
    <message>
        <source>&amp;Export review file…</source>
        <translation>&amp;Exportera bedömningsfil…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportera</translation>
    </message>
    <message>
        <source>Save the review as a review file to share or keep</source>
        <translation>Spara bedömningen som en bedömningsfil att dela eller arkivera</translation>
    </message>
    <message>
        <source>Export &amp;report…</source>
        <translation>Exportera &amp;rapport…</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Save the feedback report of the review as PDF</source>
        <translation>Spara bedömningens återkopplingsrapport som PDF</translation>
    </message>
    <message>
        <source>New data&amp;base…</source>
        <translation>Ny data&amp;bas…</translation>
    </message>
    <message>
        <source>Create an empty database file</source>
        <translation>Skapa en tom databasfil</translation>
    </message>
    <message>
        <source>O&amp;pen database…</source>
        <translation>Ö&amp;ppna databas…</translation>
    </message>
    <message>
        <source>Open another database file</source>
        <translation>Öppna en annan databasfil</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Avsluta</translation>
    </message>
    <message>
        <source>Close the program; everything is already saved</source>
        <translation>Stäng programmet; allt är redan sparat</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Inställningar…</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Gränssnittets språk</translation>
    </message>
    <message>
        <source>Review &amp;list</source>
        <translation>&amp;Lista över bedömningar</translation>
    </message>
    <message>
        <source>All reviews</source>
        <translation>Alla bedömningar</translation>
    </message>
    <message>
        <source>Back to the list of reviews</source>
        <translation>Tillbaka till listan över bedömningar</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Uppdatera</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Uppdatera</translation>
    </message>
    <message>
        <source>Read the review list again</source>
        <translation>Läs in listan över bedömningar på nytt</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Helskärm</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Helskärm</translation>
    </message>
    <message>
        <source>Use the whole screen</source>
        <translation>Använd hela skärmen</translation>
    </message>
    <message>
        <source>&amp;About IPS Fidelity Review</source>
        <translation>&amp;Om IPS Programtrohetsbedömning</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Om</translation>
    </message>
    <message>
        <source>About the program and the sources of the scale</source>
        <translation>Om programmet och källorna till skalan</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Om &amp;Qt</translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation>Om Qt</translation>
    </message>
    <message>
        <source>About the Qt toolkit</source>
        <translation>Om verktygslådan Qt</translation>
    </message>
    <message>
        <source>IPS Fidelity Review</source>
        <translation>IPS Programtrohetsbedömning</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Verktygsfält</translation>
    </message>
    <message>
        <source>&amp;Toolbar</source>
        <translation>&amp;Verktygsfält</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Databas: %1</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Databasfil</translation>
    </message>
</context>
<context>
    <name>MeasureCalculator</name>
    <message>
        <source>figure</source>
        <translation>värde</translation>
    </message>
    <message>
        <source>Work out the score: %1</source>
        <translation>Räkna fram poängen: %1</translation>
    </message>
    <message>
        <source>Enter the figure to see its score.</source>
        <translation>Skriv in värdet för att se poängen.</translation>
    </message>
    <message>
        <source>Not a number.</source>
        <translation>Inte ett tal.</translation>
    </message>
    <message>
        <source>The scale gives score %1.</source>
        <translation>Skalan ger poäng %1.</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>Använd %1</translation>
    </message>
    <message>
        <source>Use score</source>
        <translation>Använd poängen</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>What you saw, heard and read that supports the score</source>
        <translation>Det du såg, hörde och läste som stöder poängen</translation>
    </message>
    <message>
        <source>What the service does well on this item</source>
        <translation>Det verksamheten gör bra i det här kriteriet</translation>
    </message>
    <message>
        <source>What the service could do to reach a higher score</source>
        <translation>Det verksamheten kan göra för att nå en högre poäng</translation>
    </message>
    <message>
        <source>Needs more information</source>
        <translation>Behöver mer information</translation>
    </message>
    <message>
        <source>What is missing, and where could it be found?</source>
        <translation>Vad saknas, och var kan det finnas?</translation>
    </message>
    <message>
        <source>Information still missing</source>
        <translation>Information som saknas</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>All files</source>
        <translation>Alla filer</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Choose a service, or create one first.</source>
        <translation>Välj en verksamhet, eller lägg till en först.</translation>
    </message>
    <message>
        <source>New review</source>
        <translation>Ny bedömning</translation>
    </message>
    <message>
        <source>A new review starts as a draft. You can score it at once.</source>
        <translation>En ny bedömning börjar som ett utkast. Du kan börja poängsätta direkt.</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Verksamhet:</translation>
    </message>
    <message>
        <source>&amp;New service…</source>
        <translation>&amp;Ny verksamhet…</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>S&amp;tart date:</source>
        <translation>&amp;Startdatum:</translation>
    </message>
    <message>
        <source>&amp;End date:</source>
        <translation>Slut&amp;datum:</translation>
    </message>
    <message>
        <source>Re&amp;viewers:</source>
        <translation>&amp;Bedömare:</translation>
    </message>
    <message>
        <source>Sc&amp;ale:</source>
        <translation>Sk&amp;ala:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Sp&amp;råk:</translation>
    </message>
    <message>
        <source>The scale&apos;s criteria are shown in this language.</source>
        <translation>Skalans kriterier visas på det här språket.</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Verksamhet</translation>
    </message>
    <message>
        <source>Create a new service</source>
        <translation>Lägg till en ny verksamhet</translation>
    </message>
    <message>
        <source>Kind of review</source>
        <translation>Typ av bedömning</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <source>The review has an end date</source>
        <translation>Bedömningen har ett slutdatum</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Slutdatum</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Skala</translation>
    </message>
    <message>
        <source>Language of the scale</source>
        <translation>Skalans språk</translation>
    </message>
    <message>
        <source>Create review</source>
        <translation>Skapa bedömning</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>ReviewEditor</name>
    <message>
        <source>Scoring</source>
        <translation>Bedömning</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sammanfattning</translation>
    </message>
    <message>
        <source>Review pages</source>
        <translation>Bedömningens sidor</translation>
    </message>
    <message>
        <source>Find item…</source>
        <translation>Sök kriterium…</translation>
    </message>
    <message>
        <source>This is the last item.</source>
        <translation>Det här är det sista kriteriet.</translation>
    </message>
    <message>
        <source>This is the first item.</source>
        <translation>Det här är det första kriteriet.</translation>
    </message>
    <message>
        <source>The review is final. Reopen it to make changes.</source>
        <translation>Bedömningen är slutförd. Öppna den igen för att ändra.</translation>
    </message>
    <message>
        <source>clear the score of %1</source>
        <translation>ta bort poängen för %1</translation>
    </message>
    <message>
        <source>score %1 for %2</source>
        <translation>poäng %1 för %2</translation>
    </message>
    <message>
        <source>NOT saved: %1. The score was not changed.</source>
        <translation>INTE sparat: %1. Poängen ändrades inte.</translation>
    </message>
    <message>
        <source>Saved: %1 has no score.</source>
        <translation>Sparat: %1 har ingen poäng.</translation>
    </message>
    <message>
        <source>Saved: %1 scored %2.</source>
        <translation>Sparat: %1 fick poäng %2.</translation>
    </message>
    <message>
        <source>NOT saved: %1.</source>
        <translation>INTE sparat: %1.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Sparat</translation>
    </message>
    <message>
        <source>NOT saved: %1. Your text is kept on screen and saving is tried again in a few seconds.</source>
        <translation>INTE sparat: %1. Texten finns kvar på skärmen och programmet försöker spara igen om några sekunder.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Inte sparat</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Sparar…</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Alla ändringar är sparade</translation>
    </message>
    <message>
        <source>Finalise review</source>
        <translation>Slutför bedömningen</translation>
    </message>
    <message>
        <source>Some text is not saved yet, so the review cannot be finalised now. Try again in a moment.</source>
        <translation>En del text är inte sparad ännu, så bedömningen kan inte slutföras nu. Försök igen om en stund.</translation>
    </message>
    <message>
        <source>Saved: the review is final.</source>
        <translation>Sparat: bedömningen är slutförd.</translation>
    </message>
    <message>
        <source>Reopen review</source>
        <translation>Öppna bedömningen igen</translation>
    </message>
    <message>
        <source>Give a reason for reopening the review.</source>
        <translation>Skriv varför bedömningen öppnas igen.</translation>
    </message>
    <message>
        <source>Saved: the review is open for changes again.</source>
        <translation>Sparat: bedömningen kan ändras igen.</translation>
    </message>
    <message>
        <source>Reviewers: %1</source>
        <translation>Bedömare: %1</translation>
    </message>
    <message>
        <source>Review of %1</source>
        <translation>Bedömning av %1</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Slutförd</translation>
    </message>
    <message>
        <source>This review is final and read-only. Reopen it to change scores or notes.</source>
        <translation>Bedömningen är slutförd och skrivskyddad. Öppna den igen för att ändra poäng eller anteckningar.</translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation>Öppna igen…</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Ångra %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ångra</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Gör om %1</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Gör om</translation>
    </message>
</context>
<context>
    <name>ReviewListPage</name>
    <message>
        <source>All services</source>
        <translation>Alla verksamheter</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Alla år</translation>
    </message>
    <message>
        <source>There are no reviews yet.

Start one with “New review” (Ctrl+N), or import a review file.</source>
        <translation>Det finns inga bedömningar ännu.

Påbörja en med ”Ny bedömning” (Ctrl+N), eller importera en bedömningsfil.</translation>
    </message>
    <message>
        <source>No review matches the search and filters.</source>
        <translation>Ingen bedömning matchar sökningen och filtren.</translation>
    </message>
    <message numerus="yes">
        <source>%n review(s)</source>
        <translation>
            <numerusform>%n bedömning</numerusform>
            <numerusform>%n bedömningar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n review(s) shown</source>
        <translation>
            <numerusform>%1 av %n bedömning visas</numerusform>
            <numerusform>%1 av %n bedömningar visas</numerusform>
        </translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Bedömningar</translation>
    </message>
    <message>
        <source>Search service, organisation or reviewer…</source>
        <translation>Sök verksamhet, organisation eller bedömare…</translation>
    </message>
    <message>
        <source>Search reviews</source>
        <translation>Sök bland bedömningar</translation>
    </message>
    <message>
        <source>Search by service, organisation, place or reviewer (Ctrl+F)</source>
        <translation>Sök på verksamhet, organisation, ort eller bedömare (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>Ver&amp;ksamhet:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;År:</translation>
    </message>
    <message>
        <source>Filter by service</source>
        <translation>Filtrera på verksamhet</translation>
    </message>
    <message>
        <source>Filter by kind of review</source>
        <translation>Filtrera på typ av bedömning</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filtrera på status</translation>
    </message>
    <message>
        <source>Filter by year</source>
        <translation>Filtrera på år</translation>
    </message>
    <message>
        <source>Show &amp;all</source>
        <translation>Visa a&amp;lla</translation>
    </message>
    <message>
        <source>Clear search and filters</source>
        <translation>Rensa sökning och filter</translation>
    </message>
    <message>
        <source>Number of reviews</source>
        <translation>Antal bedömningar</translation>
    </message>
    <message>
        <source>No reviews</source>
        <translation>Inga bedömningar</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alla typer</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alla statusar</translation>
    </message>
</context>
<context>
    <name>ReviewState</name>
    <message>
        <source>the database could not be written (it may be read-only, on a full disk or in use)</source>
        <translation>det gick inte att skriva till databasen (den kan vara skrivskyddad, disken kan vara full eller filen används av ett annat program)</translation>
    </message>
</context>
<context>
    <name>ReviewTableModel</name>
    <message>
        <source>incomplete</source>
        <translation>ofullständig</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Verksamhet</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Poängsumma</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <source>Reviewers</source>
        <translation>Bedömare</translation>
    </message>
    <message>
        <source>%1 of %2 items scored; the total and band are not final yet.</source>
        <translation>%1 av %2 kriterier har poäng; poängsumman och nivån är inte slutliga ännu.</translation>
    </message>
</context>
<context>
    <name>ReviewersEditor</name>
    <message>
        <source>Reviewer&apos;s name, then Enter</source>
        <translation>Bedömarens namn, sedan Enter</translation>
    </message>
    <message>
        <source>New reviewer&apos;s name</source>
        <translation>Ny bedömares namn</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>&amp;Lägg till</translation>
    </message>
    <message>
        <source>Add reviewer</source>
        <translation>Lägg till bedömare</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Ta b&amp;ort</translation>
    </message>
    <message>
        <source>Remove the selected reviewer</source>
        <translation>Ta bort den markerade bedömaren</translation>
    </message>
    <message>
        <source>Reviewers</source>
        <translation>Bedömare</translation>
    </message>
    <message>
        <source>Drag to change the order; Delete removes a name.</source>
        <translation>Dra för att ändra ordningen; Delete tar bort ett namn.</translation>
    </message>
</context>
<context>
    <name>ScoringPrompts</name>
    <message>
        <source>Finalise review</source>
        <translation>Slutför bedömningen</translation>
    </message>
    <message>
        <source>Finalise this review?</source>
        <translation>Vill du slutföra bedömningen?</translation>
    </message>
    <message>
        <source>Total %1, %2. The review becomes read-only; it can be reopened later with a reason.</source>
        <translation>Poängsumma %1, %2. Bedömningen blir skrivskyddad; den kan öppnas igen senare med en motivering.</translation>
    </message>
    <message>
        <source>Finalise</source>
        <translation>Slutför</translation>
    </message>
    <message>
        <source>Reopen review</source>
        <translation>Öppna bedömningen igen</translation>
    </message>
    <message>
        <source>Why is the review reopened? The reason is recorded with today&apos;s date.</source>
        <translation>Varför öppnas bedömningen igen? Skälet sparas med dagens datum.</translation>
    </message>
</context>
<context>
    <name>ScoringTexts</name>
    <message>
        <source>Created</source>
        <translation>Skapad</translation>
    </message>
    <message>
        <source>Finalised</source>
        <translation>Slutförd</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Öppnad igen</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importerad</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Underlag</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Styrkor</translation>
    </message>
    <message>
        <source>Areas for development</source>
        <translation>Utvecklingsområden</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Motivering</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>Vad som saknas</translation>
    </message>
</context>
<context>
    <name>ServiceDialog</name>
    <message>
        <source>New service</source>
        <translation>Ny verksamhet</translation>
    </message>
    <message>
        <source>The service (IPS team or unit) whose fidelity is reviewed.</source>
        <translation>Verksamheten (IPS-team eller enhet) vars programtrohet bedöms.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>O&amp;rt:</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>&amp;Kontakt:</translation>
    </message>
    <message>
        <source>Required, e.g. Arbetsstöd Norr</source>
        <translation>Krävs, t.ex. Arbetsstöd Norr</translation>
    </message>
    <message>
        <source>Municipality, region or provider</source>
        <translation>Kommun, region eller utförare</translation>
    </message>
    <message>
        <source>Town or address</source>
        <translation>Ort eller adress</translation>
    </message>
    <message>
        <source>Contact person, phone or e-mail</source>
        <translation>Kontaktperson, telefon eller e-post</translation>
    </message>
    <message>
        <source>Service name</source>
        <translation>Verksamhetens namn</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Create service</source>
        <translation>Lägg till verksamhet</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>Gränssnittets &amp;språk:</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>Systemets språk (%1)</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Gränssnittets språk</translation>
    </message>
    <message>
        <source>The window changes language at once. The criteria of a review are shown in the review&apos;s own language.</source>
        <translation>Fönstret byter språk direkt. En bedömnings kriterier visas på bedömningens eget språk.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>IPS Fidelity Review</source>
        <translation>IPS Programtrohetsbedömning</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Databasen kan inte öppnas</translation>
    </message>
    <message>
        <source>The program cannot start with this database.</source>
        <translation>Programmet kan inte starta med den här databasen.</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Profile of the item scores</source>
        <translation>Poängprofil</translation>
    </message>
    <message>
        <source>Overall summary</source>
        <translation>Sammanfattning</translation>
    </message>
    <message>
        <source>For readers who read nothing else: what the service does well, then the most important recommendations.</source>
        <translation>För den som bara läser detta: först vad verksamheten gör bra, sedan de viktigaste rekommendationerna.</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Styrkor</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Rekommendationer</translation>
    </message>
    <message>
        <source>Overall summary: %1</source>
        <translation>Sammanfattning: %1</translation>
    </message>
    <message>
        <source>Finalising</source>
        <translation>Slutföra</translation>
    </message>
    <message>
        <source>Finalise review…</source>
        <translation>Slutför bedömningen…</translation>
    </message>
    <message>
        <source>Finalise review</source>
        <translation>Slutför bedömningen</translation>
    </message>
    <message>
        <source>Reopen review…</source>
        <translation>Öppna bedömningen igen…</translation>
    </message>
    <message>
        <source>Reopen review</source>
        <translation>Öppna bedömningen igen</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Händelser</translation>
    </message>
    <message>
        <source>All %1 items scored.</source>
        <translation>Alla %1 kriterier är bedömda.</translation>
    </message>
    <message>
        <source>Partial total</source>
        <translation>Preliminär poängsumma</translation>
    </message>
    <message>
        <source>%1 of %2 items scored. The band is known when every item is scored; the final total will be between %3 and %4.</source>
        <translation>%1 av %2 kriterier är bedömda. Nivån blir känd när alla kriterier är bedömda; poängsumman kommer att hamna mellan %3 och %4.</translation>
    </message>
    <message>
        <source>Total %1 of %2</source>
        <translation>Poängsumma %1 av %2</translation>
    </message>
    <message>
        <source>%1 of %2 items</source>
        <translation>%1 av %2 kriterier</translation>
    </message>
    <message>
        <source>No strengths written for any item yet.</source>
        <translation>Inga styrkor har skrivits för något kriterium ännu.</translation>
    </message>
    <message>
        <source>No areas for development written for any item yet.</source>
        <translation>Inga utvecklingsområden har skrivits för något kriterium ännu.</translation>
    </message>
    <message>
        <source>%1 noted per item</source>
        <translation>%1 per kriterium</translation>
    </message>
    <message>
        <source>The review was finalised %1 and is read-only. Reopen it to make changes; the reason is recorded.</source>
        <translation>Bedömningen slutfördes %1 och är skrivskyddad. Öppna den igen för att ändra; skälet sparas.</translation>
    </message>
    <message>
        <source>Every item is scored. Finalising makes the review read-only; it can be reopened later with a reason.</source>
        <translation>Alla kriterier är bedömda. En slutförd bedömning är skrivskyddad; den kan öppnas igen senare med en motivering.</translation>
    </message>
    <message>
        <source>Items not scored yet: %1. A review can be finalised when every item has a score.</source>
        <translation>Kriterier som inte är bedömda ännu: %1. En bedömning kan slutföras när alla kriterier har poäng.</translation>
    </message>
    <message>
        <source>Flagged as needing more information:</source>
        <translation>Markerade som att de behöver mer information:</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>Inget registrerat ännu.</translation>
    </message>
</context>
<context>
    <name>TotalsBar</name>
    <message>
        <source>(partial)</source>
        <translation>(preliminär)</translation>
    </message>
    <message>
        <source>No band until every item is scored; the final total will be %1–%2</source>
        <translation>Nivån blir känd när alla kriterier är bedömda; poängsumman blir %1–%2</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Poängsumma</translation>
    </message>
    <message>
        <source>partial: %1 of %2 items scored</source>
        <translation>preliminär: %1 av %2 kriterier bedömda</translation>
    </message>
    <message>
        <source>all %1 items scored</source>
        <translation>alla %1 kriterier bedömda</translation>
    </message>
    <message>
        <source>Running total</source>
        <translation>Löpande poängsumma</translation>
    </message>
</context>
</TS>
