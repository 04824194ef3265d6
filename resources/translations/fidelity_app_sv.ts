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
        <translation>Om IPS-programtrohetsbedömning</translation>
    </message>
    <message>
        <source>IPS Fidelity Review</source>
        <translation>IPS-programtrohetsbedömning</translation>
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
    <name>ActionDialog</name>
    <message>
        <source>Say what will be done: an action needs a description.</source>
        <translation>Skriv vad som ska göras: en åtgärd behöver en beskrivning.</translation>
    </message>
    <message>
        <source>Choose the review and the item the action belongs to.</source>
        <translation>Välj bedömningen och kriteriet som åtgärden hör till.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Inte sparat: %1</translation>
    </message>
    <message>
        <source>what will be done</source>
        <translation>vad som ska göras</translation>
    </message>
    <message>
        <source>who is responsible</source>
        <translation>vem som är ansvarig</translation>
    </message>
    <message>
        <source>the due date</source>
        <translation>när det ska vara klart</translation>
    </message>
    <message>
        <source>the status</source>
        <translation>statusen</translation>
    </message>
    <message>
        <source>the outcome</source>
        <translation>resultatet</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Inte sparat</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Ny åtgärd</translation>
    </message>
    <message>
        <source>Edit action</source>
        <translation>Ändra åtgärd</translation>
    </message>
    <message>
        <source>An action the service takes on an area for development. It is followed up at the next review.</source>
        <translation>En åtgärd som verksamheten vidtar för ett utvecklingsområde. Den följs upp vid nästa bedömning.</translation>
    </message>
    <message>
        <source>Raised in:</source>
        <translation>Från bedömningen:</translation>
    </message>
    <message>
        <source>&amp;Raised in:</source>
        <translation>&amp;Från bedömningen:</translation>
    </message>
    <message>
        <source>Item:</source>
        <translation>Kriterium:</translation>
    </message>
    <message>
        <source>&amp;Item:</source>
        <translation>&amp;Kriterium:</translation>
    </message>
    <message>
        <source>&amp;What will be done:</source>
        <translation>&amp;Vad som ska göras:</translation>
    </message>
    <message>
        <source>Res&amp;ponsible:</source>
        <translation>&amp;Ansvarig:</translation>
    </message>
    <message>
        <source>&amp;Due date:</source>
        <translation>Klart &amp;senast:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Resultat:</translation>
    </message>
    <message>
        <source>Required: the step the service will take</source>
        <translation>Obligatoriskt: det steg verksamheten ska ta</translation>
    </message>
    <message>
        <source>Who sees to it (a role or a name)</source>
        <translation>Vem som ser till det (en roll eller ett namn)</translation>
    </message>
    <message>
        <source>What came of it (can be written at any time)</source>
        <translation>Vad det ledde till (kan skrivas när som helst)</translation>
    </message>
    <message>
        <source>The action is closed. Set it to planned or in progress to change what will be done, who is responsible or the due date.</source>
        <translation>Åtgärden är avslutad. Sätt den till planerad eller pågår för att ändra vad som ska göras, vem som ansvarar eller när den ska vara klar.</translation>
    </message>
    <message>
        <source>Review that raised the action</source>
        <translation>Bedömningen som åtgärden kommer från</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>What will be done</source>
        <translation>Vad som ska göras</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>Has a due date</source>
        <translation>Har ett slutdatum</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Klart senast</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Create action</source>
        <translation>Skapa åtgärd</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>ActionTableModel</name>
    <message>
        <source>Item</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>What will be done</source>
        <translation>Vad som ska göras</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Klart senast</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Raised in</source>
        <translation>Från bedömningen</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>The due date has passed and the action is still open.</source>
        <translation>Datumet har passerats och åtgärden är fortfarande öppen.</translation>
    </message>
</context>
<context>
    <name>Actions</name>
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
        <source>&amp;Services</source>
        <translation>V&amp;erksamheter</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Verktygsfält</translation>
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
        <source>Export for &amp;analysis (CSV)…</source>
        <translation>Exportera för analys (&amp;CSV)…</translation>
    </message>
    <message>
        <source>Export for analysis</source>
        <translation>Exportera för analys</translation>
    </message>
    <message>
        <source>Save the scores as a CSV file for a spreadsheet</source>
        <translation>Spara poängen som en CSV-fil för ett kalkylprogram</translation>
    </message>
    <message>
        <source>Sen&amp;d to shared database…</source>
        <translation>Skicka till &amp;delad databas…</translation>
    </message>
    <message>
        <source>Fetc&amp;h from shared database…</source>
        <translation>&amp;Hämta från delad databas…</translation>
    </message>
    <message>
        <source>Send reviews to a shared database</source>
        <translation>Skicka bedömningar till en delad databas</translation>
    </message>
    <message>
        <source>Fetch reviews from a shared database</source>
        <translation>Hämta bedömningar från en delad databas</translation>
    </message>
    <message>
        <source>New data&amp;base…</source>
        <translation>Ny data&amp;bas…</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Ny databas</translation>
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
        <source>Open database</source>
        <translation>Öppna databas</translation>
    </message>
    <message>
        <source>Open another database file</source>
        <translation>Öppna en annan databasfil</translation>
    </message>
    <message>
        <source>&amp;Recent databases</source>
        <translation>&amp;Senaste databaserna</translation>
    </message>
    <message>
        <source>Back &amp;up now</source>
        <translation>Säkerhets&amp;kopiera nu</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Säkerhetskopiera nu</translation>
    </message>
    <message>
        <source>Make a backup of the database now</source>
        <translation>Gör en säkerhetskopia av databasen nu</translation>
    </message>
    <message>
        <source>Restore from bac&amp;kup…</source>
        <translation>Å&amp;terställ från säkerhetskopia…</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Återställ från säkerhetskopia</translation>
    </message>
    <message>
        <source>Put an earlier backup in place of the database (the current one is kept as a backup)</source>
        <translation>Ersätt databasen med en tidigare säkerhetskopia (den nuvarande sparas först som säkerhetskopia)</translation>
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
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ångra</translation>
    </message>
    <message>
        <source>Undo the last change to the review</source>
        <translation>Ångra den senaste ändringen i bedömningen</translation>
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
        <source>Make the change undone last again</source>
        <translation>Gör om den ändring som ångrades senast</translation>
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
        <source>Scale &amp;texts…</source>
        <translation>Skalans &amp;texter…</translation>
    </message>
    <message>
        <source>Scale texts</source>
        <translation>Skalans texter</translation>
    </message>
    <message>
        <source>The texts of the scale: import, export, edit the wording, choose the text for new reviews</source>
        <translation>Skalans texter: importera, exportera, skriv egna formuleringar, välj text för nya bedömningar</translation>
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
        <source>&amp;Toolbar</source>
        <translation>&amp;Verktygsfält</translation>
    </message>
    <message>
        <source>Show or hide the toolbar</source>
        <translation>Visa eller dölj verktygsfältet</translation>
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
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Delete the selected draft review</source>
        <translation>Ta bort det markerade utkastet</translation>
    </message>
    <message>
        <source>Send for &amp;factual check…</source>
        <translation>Skicka för &amp;faktagranskning…</translation>
    </message>
    <message>
        <source>Write the draft report and a spreadsheet for the service&apos;s comments on the facts</source>
        <translation>Skriv utkastet till rapporten och ett kalkylblad där verksamheten kan kommentera fakta</translation>
    </message>
    <message>
        <source>Import factual check &amp;comments…</source>
        <translation>Importera verksamhetens &amp;kommentarer…</translation>
    </message>
    <message>
        <source>Read the service&apos;s comments back from the filled spreadsheet</source>
        <translation>Läs in verksamhetens kommentarer från det ifyllda kalkylbladet</translation>
    </message>
    <message>
        <source>Te&amp;xt of the scale…</source>
        <translation>Skalans te&amp;xt…</translation>
    </message>
    <message>
        <source>Text of the scale</source>
        <translation>Skalans text</translation>
    </message>
    <message>
        <source>Choose the wording of the scale this draft review is scored with</source>
        <translation>Välj vilka formuleringar av skalan det här utkastet bedöms med</translation>
    </message>
    <message>
        <source>&amp;Visit plan…</source>
        <translation>&amp;Besöksplan…</translation>
    </message>
    <message>
        <source>Schedule of the visit and documents to ask for</source>
        <translation>Programmet för besöket och underlagen att begära</translation>
    </message>
    <message>
        <source>&amp;Find review</source>
        <translation>&amp;Sök bedömning</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Sök</translation>
    </message>
    <message>
        <source>Search by service, organisation, place or reviewer</source>
        <translation>Sök på verksamhet, organisation, ort eller bedömare</translation>
    </message>
    <message>
        <source>Service &amp;history…</source>
        <translation>Verksamhetens &amp;historik…</translation>
    </message>
    <message>
        <source>Service history</source>
        <translation>Verksamhetens historik</translation>
    </message>
    <message>
        <source>The service&apos;s reviews over time, its trend, items and action plan</source>
        <translation>Verksamhetens bedömningar över tid, utvecklingen, kriterierna och åtgärdsplanen</translation>
    </message>
    <message>
        <source>&amp;Overview of all services…</source>
        <translation>Ö&amp;versikt över alla verksamheter…</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Översikt</translation>
    </message>
    <message>
        <source>Counts, bands and item means across all services for a period</source>
        <translation>Antal, nivåer och medelpoäng per kriterium för alla verksamheter under en period</translation>
    </message>
    <message>
        <source>&amp;About IPS Fidelity Review</source>
        <translation>&amp;Om IPS-programtrohetsbedömning</translation>
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
        <source>About the &amp;scale…</source>
        <translation>Om &amp;skalan…</translation>
    </message>
    <message>
        <source>About the scale</source>
        <translation>Om skalan</translation>
    </message>
    <message>
        <source>Where the scale&apos;s texts come from and how figures are scored</source>
        <translation>Var skalans texter kommer ifrån och hur värden poängsätts</translation>
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
        <source>Score 1</source>
        <translation>Poäng 1</translation>
    </message>
    <message>
        <source>Score 2</source>
        <translation>Poäng 2</translation>
    </message>
    <message>
        <source>Score 3</source>
        <translation>Poäng 3</translation>
    </message>
    <message>
        <source>Score 4</source>
        <translation>Poäng 4</translation>
    </message>
    <message>
        <source>Score 5</source>
        <translation>Poäng 5</translation>
    </message>
    <message>
        <source>Clear the score</source>
        <translation>Ta bort poängen</translation>
    </message>
    <message>
        <source>Find item…</source>
        <translation>Sök kriterium…</translation>
    </message>
    <message>
        <source>Next item</source>
        <translation>Nästa kriterium</translation>
    </message>
    <message>
        <source>Previous item</source>
        <translation>Föregående kriterium</translation>
    </message>
    <message>
        <source>Back to the criteria</source>
        <translation>Tillbaka till poängsättningen</translation>
    </message>
    <message>
        <source>S&amp;ummary</source>
        <translation>S&amp;ammanfattning</translation>
    </message>
    <message>
        <source>&amp;Comparison</source>
        <translation>&amp;Jämförelse</translation>
    </message>
    <message>
        <source>&amp;Finalise review…</source>
        <translation>&amp;Slutför bedömningen…</translation>
    </message>
    <message>
        <source>Re&amp;open review…</source>
        <translation>Öppna bedömningen &amp;igen…</translation>
    </message>
    <message>
        <source>Export &amp;my ratings…</source>
        <translation>Exportera &amp;mina poäng…</translation>
    </message>
    <message>
        <source>Accept the proposed score</source>
        <translation>Godta den föreslagna poängen</translation>
    </message>
</context>
<context>
    <name>AgreementStrip</name>
    <message>
        <source>Agreement between the reviewers</source>
        <translation>Samstämmighet mellan bedömarna</translation>
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
        <source>%1 of %2 items</source>
        <translation>%1 av %2 kriterier</translation>
    </message>
    <message>
        <source>no item scored by everyone yet</source>
        <translation>inget kriterium är bedömt av alla ännu</translation>
    </message>
    <message>
        <source>exact agreement, %1</source>
        <translation>exakt samma poäng, %1</translation>
    </message>
    <message>
        <source>Exact agreement</source>
        <translation>Exakt samma poäng</translation>
    </message>
    <message>
        <source>within one point, %1</source>
        <translation>högst en poäng isär, %1</translation>
    </message>
    <message>
        <source>Within one point</source>
        <translation>Högst en poäng isär</translation>
    </message>
    <message>
        <source>weighted kappa (quadratic weights)</source>
        <translation>viktad kappa (kvadratiska vikter)</translation>
    </message>
    <message>
        <source>Weighted kappa</source>
        <translation>Viktad kappa</translation>
    </message>
    <message>
        <source>weighted kappa: %1</source>
        <translation>viktad kappa: %1</translation>
    </message>
    <message>
        <source>Two or more apart</source>
        <translation>Två eller fler isär</translation>
    </message>
    <message>
        <source>Agreement is worked out from the reviewers&apos; own scores, over the items every reviewer has scored; the agreed scores do not change it.</source>
        <translation>Samstämmigheten räknas på bedömarnas egna poäng, över de kriterier som alla bedömare har bedömt; de gemensamma poängen påverkar den inte.</translation>
    </message>
    <message>
        <source>agreed scores; the review is final</source>
        <translation>gemensamma poäng; bedömningen är slutförd</translation>
    </message>
    <message>
        <source>agreed scores, ready to finalise</source>
        <translation>gemensamma poäng, klart att slutföra</translation>
    </message>
    <message>
        <source>agreed scores, %1 still open</source>
        <translation>gemensamma poäng, %1 återstår</translation>
    </message>
    <message>
        <source>Agreed scores</source>
        <translation>Gemensamma poäng</translation>
    </message>
    <message>
        <source>Every item needs an agreed score before the review can be finalised.</source>
        <translation>Alla kriterier behöver en gemensam poäng innan bedömningen kan slutföras.</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>Back up now</source>
        <translation>Säkerhetskopiera nu</translation>
    </message>
    <message>
        <source>The backup could not be made.</source>
        <translation>Säkerhetskopian kunde inte göras.</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>Säkerhetskopierat till %1.</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Återställ från säkerhetskopia</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatisk</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>manuell</translation>
    </message>
    <message>
        <source>before upgrade</source>
        <translation>före uppgradering</translation>
    </message>
    <message>
        <source>before restore</source>
        <translation>före återställning</translation>
    </message>
    <message>
        <source>Restore the newest good backup (%1)</source>
        <translation>Återställ den senaste felfria säkerhetskopian (%1)</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Avsluta</translation>
    </message>
    <message>
        <source>The backup was not restored. The damaged database was not changed.</source>
        <translation>Säkerhetskopian återställdes inte. Den skadade databasen ändrades inte.</translation>
    </message>
    <message>
        <source>Restored the backup %1.</source>
        <translation>Säkerhetskopian %1 återställdes.</translation>
    </message>
    <message>
        <source>The database before the restore is kept as %1.</source>
        <translation>Databasen från före återställningen finns kvar som %1.</translation>
    </message>
    <message>
        <source>The damaged database is kept unchanged as %1.</source>
        <translation>Den skadade databasen finns kvar oförändrad som %1.</translation>
    </message>
    <message>
        <source>The backups could not be listed.</source>
        <translation>Säkerhetskopiorna kunde inte listas.</translation>
    </message>
    <message>
        <source>Replace the data in %1 with the backup %2?</source>
        <translation>Ersätta innehållet i %1 med säkerhetskopian %2?</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <source>The database now in use is first kept as a backup, so nothing is lost and this restore can be undone.</source>
        <translation>Databasen som används nu sparas först som en säkerhetskopia, så inget går förlorat och återställningen kan ångras.</translation>
    </message>
    <message>
        <source>The backup was not restored. The database was not changed.</source>
        <translation>Säkerhetskopian återställdes inte. Databasen ändrades inte.</translation>
    </message>
</context>
<context>
    <name>Calculator</name>
    <message>
        <source>.</source>
        <translation>,</translation>
    </message>
    <message>
        <source>Specialist (label, not a name)</source>
        <translation>Arbetsspecialist (beteckning, inte namn)</translation>
    </message>
    <message>
        <source>participants</source>
        <translation>deltagare</translation>
    </message>
    <message>
        <source>Full-time share (0–1)</source>
        <translation>Andel av heltid (0–1)</translation>
    </message>
    <message>
        <source>Rating 1–5</source>
        <translation>Bedömning 1–5</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Värde</translation>
    </message>
    <message>
        <source>part</source>
        <translation>del</translation>
    </message>
    <message>
        <source>whole</source>
        <translation>helhet</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Inte sparat: %1</translation>
    </message>
    <message>
        <source>Row %1: </source>
        <translation>Rad %1: </translation>
    </message>
    <message>
        <source>each specialist needs a label of their own.</source>
        <translation>varje arbetsspecialist behöver en egen beteckning.</translation>
    </message>
    <message>
        <source>The whole must be more than 0.</source>
        <translation>Helheten måste vara större än 0.</translation>
    </message>
    <message>
        <source>The part cannot be larger than the whole.</source>
        <translation>Delen kan inte vara större än helheten.</translation>
    </message>
    <message>
        <source>fill in %1.</source>
        <translation>fyll i %1.</translation>
    </message>
    <message>
        <source>Fill in %1.</source>
        <translation>Fyll i %1.</translation>
    </message>
    <message>
        <source>the label can be at most %1 characters.</source>
        <translation>beteckningen får vara högst %1 tecken.</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>”%1” är inte ett tal.</translation>
    </message>
    <message>
        <source>the number of participants is a whole number, 0 or more.</source>
        <translation>antalet deltagare är ett heltal, 0 eller mer.</translation>
    </message>
    <message>
        <source>the full-time share is more than 0 and at most 1.</source>
        <translation>andelen av heltid är mer än 0 och högst 1.</translation>
    </message>
    <message>
        <source>%1 cannot be negative.</source>
        <translation>%1 kan inte vara negativt.</translation>
    </message>
    <message>
        <source>a rating is a whole number from 1 to 5.</source>
        <translation>en bedömning är ett heltal från 1 till 5.</translation>
    </message>
    <message>
        <source>the figure must be between %1 and %2.</source>
        <translation>värdet måste ligga mellan %1 och %2.</translation>
    </message>
    <message>
        <source>the figure must be at least %1.</source>
        <translation>värdet måste vara minst %1.</translation>
    </message>
    <message>
        <source>Not applied yet: the score is yours to confirm.</source>
        <translation>Inte använd än: ni bekräftar poängen själva.</translation>
    </message>
    <message>
        <source>The agreed score follows the proposal.</source>
        <translation>Den överenskomna poängen följer förslaget.</translation>
    </message>
    <message>
        <source>The agreed score %1 overrides the proposal %2.</source>
        <translation>Den överenskomna poängen %1 avviker från förslaget %2.</translation>
    </message>
    <message>
        <source>Work out the score: %1</source>
        <translation>Räkna fram poängen: %1</translation>
    </message>
    <message>
        <source>Use this score (%1)</source>
        <translation>Använd poängen (%1)</translation>
    </message>
    <message>
        <source>Use this score</source>
        <translation>Använd poängen</translation>
    </message>
    <message>
        <source>Enter the figures to see the score they propose.</source>
        <translation>Fyll i uppgifterna så visas den poäng de ger.</translation>
    </message>
    <message>
        <source>Scores per specialist: %1; average %2.</source>
        <translation>Poäng per arbetsspecialist: %1; medelvärde %2.</translation>
    </message>
    <message>
        <source>Figure: %1.</source>
        <translation>Värde: %1.</translation>
    </message>
    <message>
        <source>The whole is below the scale&apos;s minimum, which gives 1.</source>
        <translation>Helheten är under skalans minsta antal, vilket ger 1.</translation>
    </message>
    <message>
        <source>Proposed score: %1.</source>
        <translation>Föreslagen poäng: %1.</translation>
    </message>
</context>
<context>
    <name>CalculatorPanel</name>
    <message>
        <source>&amp;Add specialist</source>
        <translation>&amp;Lägg till arbetsspecialist</translation>
    </message>
    <message>
        <source>Use this score</source>
        <translation>Använd poängen</translation>
    </message>
    <message>
        <source>Saved: the proposed score is agreed.</source>
        <translation>Sparat: den föreslagna poängen är överenskommen.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Remove row %1</source>
        <translation>Ta bort rad %1</translation>
    </message>
</context>
<context>
    <name>ChangeLog</name>
    <message>
        <source>Score</source>
        <translation>Poäng</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Own note</source>
        <translation>Egen anteckning</translation>
    </message>
    <message>
        <source>Needs more information</source>
        <translation>Behöver mer information</translation>
    </message>
    <message>
        <source>Checklist elements in place</source>
        <translation>Moment på plats i checklistan</translation>
    </message>
    <message>
        <source>Overall strengths</source>
        <translation>Sammanfattande styrkor</translation>
    </message>
    <message>
        <source>Overall recommendations</source>
        <translation>Sammanfattande rekommendationer</translation>
    </message>
    <message>
        <source>Kind of review</source>
        <translation>Typ av bedömning</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Sista dag</translation>
    </message>
    <message>
        <source>Text of the scale</source>
        <translation>Skalans text</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Bedömare</translation>
    </message>
    <message>
        <source>Calculator figures</source>
        <translation>Uppgifter i beräkningen</translation>
    </message>
    <message>
        <source>Proposed score</source>
        <translation>Föreslagen poäng</translation>
    </message>
    <message>
        <source>(reopened: %1)</source>
        <translation>(öppnades igen: %1)</translation>
    </message>
    <message>
        <source>Changed after it was first finalised:</source>
        <translation>Ändrat efter att bedömningen slutfördes första gången:</translation>
    </message>
</context>
<context>
    <name>ChoiceDialog</name>
    <message>
        <source>reviews: %1</source>
        <translation>bedömningar: %1</translation>
    </message>
    <message>
        <source>Open questions</source>
        <translation>Obesvarade frågor</translation>
    </message>
    <message>
        <source>These items are still flagged as needing more information:</source>
        <translation>De här kriterierna är fortfarande markerade med ”Behöver mer information”:</translation>
    </message>
    <message>
        <source>If you finalise anyway, the flags are cleared and the review&apos;s history records that it was finalised with open questions. Total %1, %2. The review becomes read-only; it can be reopened later with a reason.</source>
        <translation>Om du slutför ändå tas markeringarna bort, och i bedömningens historik antecknas att den slutfördes med obesvarade frågor. Poängsumma %1, %2. Bedömningen blir skrivskyddad; den kan öppnas igen senare med en motivering.</translation>
    </message>
    <message>
        <source>&amp;Go back and resolve</source>
        <translation>&amp;Gå tillbaka och besvara</translation>
    </message>
    <message>
        <source>&amp;Finalise anyway</source>
        <translation>&amp;Slutför ändå</translation>
    </message>
    <message>
        <source>&amp;Use the existing service</source>
        <translation>&amp;Använd den befintliga verksamheten</translation>
    </message>
    <message>
        <source>Create a &amp;new one anyway</source>
        <translation>Skapa en &amp;ny ändå</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>The service exists already</source>
        <translation>Verksamheten finns redan</translation>
    </message>
    <message>
        <source>A service named “%1” is already in the database:</source>
        <translation>En verksamhet med namnet ”%1” finns redan i databasen:</translation>
    </message>
    <message>
        <source>Reviews of the same service belong together, so that its history shows every review. Create a new one only for a different service with the same name.</source>
        <translation>Bedömningar av samma verksamhet hör ihop, så att dess historik visar alla bedömningar. Skapa en ny bara för en annan verksamhet med samma namn.</translation>
    </message>
    <message>
        <source>Which service?</source>
        <translation>Vilken verksamhet?</translation>
    </message>
    <message>
        <source>The service of the review in %1 has the name of a service already in the database, but the file does not say it is the same one:</source>
        <translation>Bedömningen i %1 gäller en verksamhet med samma namn som en som redan finns i databasen, men filen anger inte att det är samma verksamhet:</translation>
    </message>
    <message>
        <source>Use the existing service if it is the same team, so that its history stays in one place. Cancel imports nothing.</source>
        <translation>Använd den befintliga verksamheten om det är samma team, så att historiken hålls samman. Avbryt importerar ingenting.</translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <source>Item</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Skillnad</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Gemensam</translation>
    </message>
    <message>
        <source>%1&apos;s note</source>
        <translation>Anteckning av %1</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>%1: no score</source>
        <translation>%1: ingen poäng</translation>
    </message>
    <message>
        <source>%1&apos;s note: %2</source>
        <translation>Anteckning av %1: %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>%1?</source>
        <translation>%1?</translation>
    </message>
    <message>
        <source>Agreed score %1</source>
        <translation>Gemensam poäng %1</translation>
    </message>
    <message>
        <source>No agreed score yet; every reviewer gave %1 (a proposal, set only when accepted)</source>
        <translation>Ingen gemensam poäng ännu; alla bedömare gav %1 (ett förslag som gäller först när det godtas)</translation>
    </message>
    <message>
        <source>No agreed score yet</source>
        <translation>Ingen gemensam poäng ännu</translation>
    </message>
</context>
<context>
    <name>ComparisonPage</name>
    <message>
        <source>Sho&amp;w:</source>
        <translation>V&amp;isa:</translation>
    </message>
    <message>
        <source>All items</source>
        <translation>Alla kriterier</translation>
    </message>
    <message>
        <source>Scores that differ</source>
        <translation>Poäng som skiljer sig</translation>
    </message>
    <message>
        <source>Two or more apart</source>
        <translation>Två eller fler isär</translation>
    </message>
    <message>
        <source>One apart</source>
        <translation>En poäng isär</translation>
    </message>
    <message>
        <source>Equal scores</source>
        <translation>Samma poäng</translation>
    </message>
    <message>
        <source>Not scored by everyone</source>
        <translation>Inte bedömda av alla</translation>
    </message>
    <message>
        <source>Without an agreed score</source>
        <translation>Utan gemensam poäng</translation>
    </message>
    <message>
        <source>Show items</source>
        <translation>Visa kriterier</translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation>&amp;Ordning:</translation>
    </message>
    <message>
        <source>Scale order</source>
        <translation>Skalans ordning</translation>
    </message>
    <message>
        <source>Largest difference first</source>
        <translation>Störst skillnad först</translation>
    </message>
    <message>
        <source>Order of the items</source>
        <translation>Kriteriernas ordning</translation>
    </message>
    <message>
        <source>Items with each reviewer&apos;s score and note</source>
        <translation>Kriterierna med varje bedömares poäng och anteckning</translation>
    </message>
    <message>
        <source>The comparison shows every reviewer&apos;s scores</source>
        <translation>Jämförelsen visar alla bedömares poäng</translation>
    </message>
    <message>
        <source>Show the comparison</source>
        <translation>Visa jämförelsen</translation>
    </message>
    <message>
        <source>The comparison needs two reviewers</source>
        <translation>Jämförelsen behöver två bedömare</translation>
    </message>
    <message>
        <source>When two or more reviewers score the items on their own, their scores are compared here side by side and the agreed score is set for each item. Add reviewers with &lt;b&gt;Reviewers…&lt;/b&gt; in the Scoring tab.</source>
        <translation>När två eller fler bedömare bedömer kriterierna var för sig jämförs deras poäng här sida vid sida, och den gemensamma poängen sätts för varje kriterium. Lägg till bedömare med &lt;b&gt;Bedömare…&lt;/b&gt; under fliken Bedömning.</translation>
    </message>
    <message>
        <source>Accept all proposals (%1)</source>
        <translation>Godta alla förslag (%1)</translation>
    </message>
    <message>
        <source>Set the agreed score of every item where all reviewers gave the same score and no agreed score is set yet (one step, Ctrl+Z undoes it)</source>
        <translation>Sätt den gemensamma poängen för alla kriterier där alla bedömare gav samma poäng och ingen gemensam poäng finns ännu (ett steg, Ctrl+Z ångrar det)</translation>
    </message>
    <message>
        <source>%1 has scored %2 of %3 items</source>
        <translation>%1 har bedömt %2 av %3 kriterier</translation>
    </message>
    <message>
        <source>Not everyone has finished scoring on their own:</source>
        <translation>Alla har inte bedömt klart var för sig:</translation>
    </message>
    <message>
        <source>Showing the comparison now lets whoever is at this screen see the other reviewers&apos; scores. Open it when the reviewers meet to agree.</source>
        <translation>Om jämförelsen visas nu ser den som sitter vid skärmen de andra bedömarnas poäng. Öppna den när bedömarna träffas för att enas.</translation>
    </message>
    <message>
        <source>%1 of %2 items shown</source>
        <translation>%1 av %2 kriterier visas</translation>
    </message>
</context>
<context>
    <name>ComparisonTab</name>
    <message>
        <source>All services&apos; latest external reviews</source>
        <translation>Alla verksamheters senaste externa bedömningar</translation>
    </message>
    <message>
        <source>All services&apos; latest external or peer reviews</source>
        <translation>Alla verksamheters senaste externa bedömningar eller kollegiala granskningar</translation>
    </message>
    <message>
        <source>Own self-assessment beside the external review</source>
        <translation>Egen självskattning bredvid den externa bedömningen</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Poäng</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>Lower</source>
        <translation>Lägre</translation>
    </message>
    <message>
        <source>Higher</source>
        <translation>Högre</translation>
    </message>
    <message>
        <source>The service has no final review of this kind yet; the table shows how the other services scored.</source>
        <translation>Verksamheten har ännu ingen slutförd bedömning av det här slaget; tabellen visar hur de andra verksamheterna fick poäng.</translation>
    </message>
    <message>
        <source>The review of %1 is not complete, so it has no total.</source>
        <translation>Bedömningen från %1 är inte komplett och har därför ingen poängsumma.</translation>
    </message>
    <message>
        <source>Review of %1: total %2 (%3). Services with a complete review: %4; with a lower total: %5, with a higher one: %6.</source>
        <translation>Bedömningen från %1: poängsumma %2 (%3). Verksamheter med komplett bedömning: %4; med lägre poängsumma: %5, med högre: %6.</translation>
    </message>
    <message>
        <source>As a service account you see the other services only in the anonymous figures: an item or the totals are shown only when at least %1 services contribute.</source>
        <translation>Som verksamhetskonto ser du de andra verksamheterna bara i de anonyma siffrorna: ett kriterium eller en poängsumma visas först när minst %1 verksamheter bidrar till den.</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>Självskattning</translation>
    </message>
    <message>
        <source>External review</source>
        <translation>Extern bedömning</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Skillnad</translation>
    </message>
    <message>
        <source>There is no final self-assessment to compare yet.</source>
        <translation>Det finns ännu ingen slutförd självskattning att jämföra.</translation>
    </message>
    <message>
        <source>There is no final external review to compare yet.</source>
        <translation>Det finns ännu ingen slutförd extern bedömning att jämföra med.</translation>
    </message>
    <message>
        <source>Self-assessment of %1 beside the external review of %2. Items the team scored higher: %3; lower: %4; the same: %5.</source>
        <translation>Självskattningen från %1 bredvid den externa bedömningen från %2. Kriterier där teamet gav högre poäng: %3; lägre: %4; samma: %5.</translation>
    </message>
    <message>
        <source>&amp;Compare with:</source>
        <translation>&amp;Jämför med:</translation>
    </message>
    <message>
        <source>Each service counts once, with its latest final review of the kind compared. Other services are shown only as counts: how many gave each score.</source>
        <translation>Varje verksamhet räknas en gång, med sin senaste slutförda bedömning av det slag som jämförs. Andra verksamheter visas bara som antal: hur många som fick varje poäng.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>&amp;Stored now (changed elsewhere):</source>
        <translation>Sparat &amp;nu (ändrat på annat håll):</translation>
    </message>
    <message>
        <source>&amp;Your version in this window:</source>
        <translation>&amp;Din version i det här fönstret:</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>&amp;Behåll min</translation>
    </message>
    <message>
        <source>&amp;Use the stored one</source>
        <translation>Använd den &amp;sparade</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Keep mine saves your version in place of the stored one. Use the stored one shows the stored version and copies yours to the clipboard. Cancel saves nothing and leaves your version on screen.</source>
        <translation>Behåll min sparar din version i stället för den sparade. Använd den sparade visar den sparade versionen och kopierar din till urklipp. Avbryt sparar ingenting och låter din version stå kvar på skärmen.</translation>
    </message>
    <message>
        <source>Changed in another window</source>
        <translation>Ändrat i ett annat fönster</translation>
    </message>
    <message>
        <source>Another window or program changed %1 while you were editing it here. Your version is not saved yet. Compare the two and choose which one to keep.</source>
        <translation>Ett annat fönster eller program ändrade %1 medan du redigerade här. Din version är inte sparad än. Jämför de två och välj vilken som ska gälla.</translation>
    </message>
    <message>
        <source>Your version is saved.</source>
        <translation>Din version är sparad.</translation>
    </message>
    <message>
        <source>The stored version is shown.</source>
        <translation>Den sparade versionen visas.</translation>
    </message>
    <message>
        <source> Your version is copied to the clipboard.</source>
        <translation> Din version är kopierad till urklipp.</translation>
    </message>
    <message>
        <source>Nothing was saved; your version is still on screen, unsaved.</source>
        <translation>Ingenting sparades; din version står kvar på skärmen, osparad.</translation>
    </message>
</context>
<context>
    <name>Consensus</name>
    <message>
        <source>Equal</source>
        <translation>Lika</translation>
    </message>
    <message>
        <source>One apart</source>
        <translation>En poäng isär</translation>
    </message>
    <message>
        <source>%1 apart</source>
        <translation>%1 poäng isär</translation>
    </message>
    <message>
        <source>Not all scored</source>
        <translation>Inte bedömt av alla</translation>
    </message>
    <message>
        <source>All reviewers gave the same score</source>
        <translation>Alla bedömare gav samma poäng</translation>
    </message>
    <message>
        <source>The scores are one point apart</source>
        <translation>Poängen skiljer sig med en</translation>
    </message>
    <message>
        <source>The scores are two or more points apart</source>
        <translation>Poängen skiljer sig med två eller fler</translation>
    </message>
    <message>
        <source>Not every reviewer has scored the item</source>
        <translation>Alla bedömare har inte bedömt kriteriet</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>it needs at least two items scored by both reviewers</source>
        <translation>det behövs minst två kriterier som båda bedömarna har bedömt</translation>
    </message>
    <message>
        <source>both reviewers gave every item the same score</source>
        <translation>båda bedömarna gav alla kriterier samma poäng</translation>
    </message>
    <message>
        <source>a reviewer gave every item the same score, so agreement beyond chance cannot be estimated</source>
        <translation>en bedömare gav alla kriterier samma poäng, så samstämmighet utöver slumpen kan inte skattas</translation>
    </message>
    <message>
        <source>kappa is given for exactly two reviewers</source>
        <translation>kappa anges för exakt två bedömare</translation>
    </message>
    <message>
        <source>not applicable: %1</source>
        <translation>anges inte: %1</translation>
    </message>
    <message>
        <source>undefined: %1</source>
        <translation>inte definierad: %1</translation>
    </message>
</context>
<context>
    <name>ConsensusPanel</name>
    <message>
        <source>The reviewers&apos; own scores</source>
        <translation>Bedömarnas egna poäng</translation>
    </message>
    <message>
        <source>Agreed score</source>
        <translation>Gemensam poäng</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Clear the agreed score</source>
        <translation>Ta bort den gemensamma poängen</translation>
    </message>
    <message>
        <source>Ra&amp;tionale for the agreed score</source>
        <translation>&amp;Motivering till den gemensamma poängen</translation>
    </message>
    <message>
        <source>Rationale for the agreed score</source>
        <translation>Motivering till den gemensamma poängen</translation>
    </message>
    <message>
        <source>Why this score: what tipped the balance where the reviewers differed</source>
        <translation>Varför just denna poäng: vad som avgjorde där bedömarna skilde sig åt</translation>
    </message>
    <message>
        <source>Keys: 1–5 set the agreed score, 0 clears it, Enter accepts a proposal, Up and Down move between items.</source>
        <translation>Tangenter: 1–5 sätter den gemensamma poängen, 0 tar bort den, Enter godtar ett förslag, upp- och nedpil byter kriterium.</translation>
    </message>
    <message>
        <source>Choose an item in the list to agree on its score.</source>
        <translation>Välj ett kriterium i listan för att enas om dess poäng.</translation>
    </message>
    <message>
        <source>%1 · item %2 of %3</source>
        <translation>%1 · kriterium %2 av %3</translation>
    </message>
    <message>
        <source>Agreed score %1: %2</source>
        <translation>Gemensam poäng %1: %2</translation>
    </message>
    <message>
        <source>No agreed score yet.</source>
        <translation>Ingen gemensam poäng ännu.</translation>
    </message>
    <message>
        <source>Agreed %1, the score every reviewer gave.</source>
        <translation>Gemensam poäng %1, den poäng alla bedömare gav.</translation>
    </message>
    <message>
        <source>Both reviewers</source>
        <translation>Båda bedömarna</translation>
    </message>
    <message>
        <source>All %1 reviewers</source>
        <translation>Alla %1 bedömare</translation>
    </message>
    <message>
        <source>Proposal: %1 gave %2. It becomes the agreed score only when you accept it.</source>
        <translation>Förslag: %1 gav %2. Det blir gemensam poäng först när du godtar det.</translation>
    </message>
    <message>
        <source>(The agreed score is now %1.)</source>
        <translation>(Den gemensamma poängen är nu %1.)</translation>
    </message>
    <message>
        <source>&amp;Accept proposal: %1</source>
        <translation>&amp;Godta förslaget: %1</translation>
    </message>
    <message>
        <source>Accept the proposed score %1</source>
        <translation>Godta den föreslagna poängen %1</translation>
    </message>
</context>
<context>
    <name>CreateActionButton</name>
    <message>
        <source>Create action…</source>
        <translation>Skapa åtgärd…</translation>
    </message>
    <message>
        <source>Create action</source>
        <translation>Skapa åtgärd</translation>
    </message>
    <message>
        <source>Add an action to the service&apos;s action plan for this item, starting from the area for development</source>
        <translation>Lägg till en åtgärd för kriteriet i verksamhetens åtgärdsplan, med utvecklingsområdet som utgångspunkt</translation>
    </message>
</context>
<context>
    <name>CriteriaPanel</name>
    <message>
        <source>Keys: 1–5 choose a score, 0 clears it, PageDown goes to the next item. In a note, Esc comes back here and Ctrl+PageDown goes to the next item.</source>
        <translation>Tangenter: 1–5 väljer poäng, 0 tar bort den, PageDown går till nästa kriterium. I en anteckning tar Esc dig tillbaka hit och Ctrl+PageDown till nästa kriterium.</translation>
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
    <name>CsvExportDialog</name>
    <message>
        <source>Export for analysis</source>
        <translation>Exportera för analys</translation>
    </message>
    <message>
        <source>A CSV file with one row per review and item (service, review, date, kind, item, score, section), for a spreadsheet or a statistics program.</source>
        <translation>En CSV-fil med en rad per bedömning och kriterium (verksamhet, bedömning, datum, typ, kriterium, poäng, avsnitt), för ett kalkylprogram eller ett statistikprogram.</translation>
    </message>
    <message>
        <source>&amp;All services</source>
        <translation>&amp;Alla verksamheter</translation>
    </message>
    <message>
        <source>&amp;Only %1</source>
        <translation>&amp;Bara %1</translation>
    </message>
    <message>
        <source>&amp;Only the current service</source>
        <translation>&amp;Bara den aktuella verksamheten</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>&amp;Avgränsare:</translation>
    </message>
    <message>
        <source>Semicolon (;) – spreadsheets set to Swedish</source>
        <translation>Semikolon (;) – kalkylprogram på svenska</translation>
    </message>
    <message>
        <source>Comma (,) – spreadsheets set to English</source>
        <translation>Komma (,) – kalkylprogram på engelska</translation>
    </message>
    <message>
        <source>The file is UTF-8 with a byte order mark, so Å, Ä and Ö show correctly when it is opened.</source>
        <translation>Filen är UTF-8 med byteordningsmarkering, så att Å, Ä och Ö visas rätt när den öppnas.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportera…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>EditionEditorDialog</name>
    <message>
        <source>Edit wording: %1</source>
        <translation>Redigera formuleringar: %1</translation>
    </message>
    <message>
        <source>Parts of the scale</source>
        <translation>Skalans delar</translation>
    </message>
    <message>
        <source>&amp;Save as new text</source>
        <translation>&amp;Spara som ny text</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Our text</source>
        <translation>Vår text</translation>
    </message>
    <message>
        <source>Your wording</source>
        <translation>Er formulering</translation>
    </message>
    <message>
        <source>Kept as a draft as you type; Esc closes, Ctrl+S saves.</source>
        <translation>Sparas som utkast medan du skriver. Esc stänger, Ctrl+S sparar.</translation>
    </message>
</context>
<context>
    <name>Editions</name>
    <message>
        <source>Built-in</source>
        <translation>Inbyggd</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importerad</translation>
    </message>
    <message>
        <source>Imported: %1.</source>
        <translation>Importerad: %1.</translation>
    </message>
    <message>
        <source>Already there: %1.</source>
        <translation>Finns redan: %1.</translation>
    </message>
    <message>
        <source>Name of this text</source>
        <translation>Textens namn</translation>
    </message>
    <message>
        <source>Where the wording comes from</source>
        <translation>Var formuleringarna kommer ifrån</translation>
    </message>
    <message>
        <source>Name of the scale</source>
        <translation>Skalans namn</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Kort namn</translation>
    </message>
    <message>
        <source>Line under the criteria</source>
        <translation>Raden under kriterierna</translation>
    </message>
    <message>
        <source>Score %1</source>
        <translation>Benämning av poäng %1</translation>
    </message>
    <message>
        <source>Section: %1</source>
        <translation>Avsnitt: %1</translation>
    </message>
    <message>
        <source>Band %1</source>
        <translation>Nivå %1</translation>
    </message>
    <message>
        <source>Band %1: description</source>
        <translation>Nivå %1: beskrivning</translation>
    </message>
    <message>
        <source>General texts</source>
        <translation>Allmänna texter</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <source>Short title</source>
        <translation>Kort rubrik</translation>
    </message>
    <message>
        <source>Looks for</source>
        <translation>Vad kriteriet gäller</translation>
    </message>
    <message>
        <source>Criterion %1</source>
        <translation>Beskrivning för poäng %1</translation>
    </message>
    <message>
        <source>Checklist element %1</source>
        <translation>Del %1 i checklistan</translation>
    </message>
    <message>
        <source>Question %1</source>
        <translation>Fråga %1</translation>
    </message>
    <message>
        <source>About the text</source>
        <translation>Om texten</translation>
    </message>
    <message>
        <source>%1 (edited)</source>
        <translation>%1 (bearbetad)</translation>
    </message>
    <message>
        <source>The draft was not kept: %1</source>
        <translation>Utkastet sparades inte: %1</translation>
    </message>
    <message>
        <source>“%1” cannot be empty.</source>
        <translation>”%1” får inte vara tomt.</translation>
    </message>
    <message>
        <source>the text</source>
        <translation>texten</translation>
    </message>
</context>
<context>
    <name>EditionsDialog</name>
    <message>
        <source>Scale texts</source>
        <translation>Skalans texter</translation>
    </message>
    <message>
        <source>&amp;Scale and language:</source>
        <translation>&amp;Skala och språk:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Förval</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <source>&amp;Edit wording…</source>
        <translation>&amp;Redigera formuleringar…</translation>
    </message>
    <message>
        <source>Use for &amp;new reviews</source>
        <translation>Använd för &amp;nya bedömningar</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importera…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportera…</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Saved as a new text.</source>
        <translation>Sparad som en ny text.</translation>
    </message>
    <message>
        <source>New reviews in this language use the chosen text.</source>
        <translation>Nya bedömningar på det här språket använder den valda texten.</translation>
    </message>
    <message>
        <source>Import scale text</source>
        <translation>Importera skaltext</translation>
    </message>
    <message>
        <source>Export scale text</source>
        <translation>Exportera skaltext</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exporterad till %1.</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <source>What you saw, heard or read; Enter adds it</source>
        <translation>Vad du såg, hörde eller läste; Enter lägger till</translation>
    </message>
    <message>
        <source>New evidence entry</source>
        <translation>Ny post i underlaget</translation>
    </message>
    <message>
        <source>Up and Down choose the source; Enter adds the entry.</source>
        <translation>Upp- och nedpil väljer källa; Enter lägger till posten.</translation>
    </message>
    <message>
        <source>Source of the entry</source>
        <translation>Postens källa</translation>
    </message>
    <message>
        <source>Who was interviewed (role, e.g. enhetschef)</source>
        <translation>Vem som intervjuades (roll, t.ex. enhetschef)</translation>
    </message>
    <message>
        <source>Role of who was interviewed</source>
        <translation>Roll för den som intervjuades</translation>
    </message>
    <message>
        <source>Evidence entries</source>
        <translation>Poster i underlaget</translation>
    </message>
    <message>
        <source>Enter or F2 changes the chosen entry, Delete removes it.</source>
        <translation>Enter eller F2 ändrar den valda posten, Delete tar bort den.</translation>
    </message>
    <message>
        <source>Type the entry first, then press Enter.</source>
        <translation>Skriv posten först och tryck sedan Enter.</translation>
    </message>
    <message>
        <source>Saved: the entry is added to the evidence.</source>
        <translation>Sparat: posten finns nu i underlaget.</translation>
    </message>
    <message>
        <source>Remove evidence entry</source>
        <translation>Ta bort post i underlaget</translation>
    </message>
    <message>
        <source>Remove this entry from the evidence?

%1</source>
        <translation>Ta bort den här posten ur underlaget?

%1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Removed the entry from the evidence.</source>
        <translation>Posten är borttagen ur underlaget.</translation>
    </message>
</context>
<context>
    <name>EvidenceTexts</name>
    <message>
        <source>Interview</source>
        <translation>Intervju</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Observation</translation>
    </message>
    <message>
        <source>Record review</source>
        <translation>Journalgranskning</translation>
    </message>
    <message>
        <source>Figures and statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>No source given</source>
        <translation>Ingen källa angiven</translation>
    </message>
    <message>
        <source>I</source>
        <comment>interview</comment>
        <translation>I</translation>
    </message>
    <message>
        <source>O</source>
        <comment>observation</comment>
        <translation>O</translation>
    </message>
    <message>
        <source>R</source>
        <comment>record review</comment>
        <translation>J</translation>
    </message>
    <message>
        <source>F</source>
        <comment>figures and statistics</comment>
        <translation>S</translation>
    </message>
    <message>
        <source>D</source>
        <comment>document</comment>
        <translation>D</translation>
    </message>
    <message>
        <source>No evidence yet</source>
        <translation>Inget underlag ännu</translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation>1 post</translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation>%1 poster</translation>
    </message>
    <message>
        <source>%1, from one kind of source only (%2): look for another</source>
        <translation>%1, bara en typ av källa (%2) – sök fler källor</translation>
    </message>
    <message>
        <source>%1 from: %2</source>
        <translation>%1 från: %2</translation>
    </message>
    <message>
        <source>The entry was NOT removed: %1</source>
        <translation>Posten togs inte bort: %1</translation>
    </message>
</context>
<context>
    <name>FactualCheckActions</name>
    <message>
        <source>Review not found</source>
        <translation>Bedömningen finns inte</translation>
    </message>
    <message>
        <source>Send for factual check</source>
        <translation>Skicka för faktagranskning</translation>
    </message>
    <message>
        <source>A draft of the report was sent for factual check on %1.</source>
        <translation>Ett utkast till rapporten skickades för faktagranskning %1.</translation>
    </message>
    <message>
        <source>Send a new draft</source>
        <translation>Skicka ett nytt utkast</translation>
    </message>
    <message>
        <source>Save the draft sent %1 again</source>
        <translation>Spara utkastet från %1 igen</translation>
    </message>
    <message>
        <source>Save the draft sent for factual check</source>
        <translation>Spara utkastet som skickades för faktagranskning</translation>
    </message>
    <message>
        <source>PDF documents</source>
        <translation>PDF-dokument</translation>
    </message>
    <message>
        <source>The draft was not saved.</source>
        <translation>Utkastet sparades inte.</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Sparat som %1.</translation>
    </message>
    <message>
        <source>The files for the factual check were not written.</source>
        <translation>Filerna för faktagranskningen skrevs inte.</translation>
    </message>
    <message>
        <source>The draft report and the spreadsheet were saved.</source>
        <translation>Utkastet till rapporten och kalkylbladet sparades.</translation>
    </message>
    <message>
        <source>Saved in %1:</source>
        <translation>Sparade i %1:</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Öppna mappen</translation>
    </message>
    <message>
        <source>%1

Send both files to the service. They write their comments in the last column of the spreadsheet and send it back; then choose Import factual check comments. The draft report is also kept with the review as it was sent.</source>
        <translation>%1

Skicka båda filerna till verksamheten. De skriver sina kommentarer i kalkylbladets sista kolumn och skickar tillbaka det; välj sedan Importera verksamhetens kommentarer. Utkastet sparas också med bedömningen, så som det skickades.</translation>
    </message>
    <message>
        <source>Import factual check comments</source>
        <translation>Importera verksamhetens kommentarer</translation>
    </message>
    <message>
        <source>Spreadsheets</source>
        <translation>Kalkylblad</translation>
    </message>
    <message>
        <source>Who sent the comments for the service?</source>
        <translation>Vem skickade kommentarerna från verksamheten?</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Importen misslyckades</translation>
    </message>
    <message>
        <source>No comments were imported. Nothing in the database was changed.</source>
        <translation>Inga kommentarer importerades. Inget i databasen ändrades.</translation>
    </message>
    <message>
        <source>Comments imported</source>
        <translation>Kommentarerna har importerats</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>Review not found</source>
        <translation>Bedömningen finns inte</translation>
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
        <source>The service sent comments from the factual check. Include them at the end of the report as an appendix?</source>
        <translation>Verksamheten har skickat kommentarer från faktagranskningen. Vill du ta med dem som bilaga sist i rapporten?</translation>
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
</context>
<context>
    <name>FollowUp</name>
    <message>
        <source>Saved: the action is in the service&apos;s action plan.</source>
        <translation>Sparat: åtgärden finns i verksamhetens åtgärdsplan.</translation>
    </message>
</context>
<context>
    <name>FollowUpPanel</name>
    <message>
        <source>Follow-up</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <source>Previous review (%1): not scored</source>
        <translation>Föregående bedömning (%1): inte bedömd</translation>
    </message>
    <message>
        <source>Previous review (%1): score %2</source>
        <translation>Föregående bedömning (%1): %2 poäng</translation>
    </message>
    <message>
        <source>Open actions from earlier reviews:</source>
        <translation>Öppna åtgärder från tidigare bedömningar:</translation>
    </message>
    <message>
        <source>Actions planned in this review:</source>
        <translation>Åtgärder planerade i denna bedömning:</translation>
    </message>
    <message>
        <source>Follow-up from earlier reviews</source>
        <translation>Uppföljning från tidigare bedömningar</translation>
    </message>
</context>
<context>
    <name>HistoryActions</name>
    <message>
        <source>Service history</source>
        <translation>Verksamhetens historik</translation>
    </message>
    <message>
        <source>There are no services yet.</source>
        <translation>Det finns inga verksamheter ännu.</translation>
    </message>
    <message>
        <source>all services</source>
        <translation>alla verksamheter</translation>
    </message>
    <message>
        <source>scores %1</source>
        <translation>poäng %1</translation>
    </message>
    <message>
        <source>Export for analysis</source>
        <translation>Exportera för analys</translation>
    </message>
    <message>
        <source>CSV files</source>
        <translation>CSV-filer</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Exporten misslyckades</translation>
    </message>
    <message>
        <source>The CSV file was not written.</source>
        <translation>CSV-filen skrevs inte.</translation>
    </message>
    <message>
        <source>Exported %1 review(s), %2 rows, to %3.</source>
        <translation>Exporterade %1 bedömning(ar), %2 rader, till %3.</translation>
    </message>
</context>
<context>
    <name>HistoryTexts</name>
    <message>
        <source>Planned</source>
        <translation>Planerad</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Genomförd</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Avbruten</translation>
    </message>
    <message>
        <source>improved</source>
        <translation>förbättrad</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>oförändrad</translation>
    </message>
    <message>
        <source>fell</source>
        <translation>försämrad</translation>
    </message>
    <message>
        <source>scored once</source>
        <translation>bedömd en gång</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>klart senast %1</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>försenad</translation>
    </message>
</context>
<context>
    <name>ImportMessages</name>
    <message>
        <source>Imported %1 as a new review.</source>
        <translation>%1 importerades som en ny bedömning.</translation>
    </message>
    <message>
        <source>%1 is already in the database; nothing was changed.</source>
        <translation>%1 finns redan i databasen; inget ändrades.</translation>
    </message>
    <message>
        <source>added reviewers %1</source>
        <translation>lade till bedömarna %1</translation>
    </message>
    <message>
        <source>added %1 reviewer scores</source>
        <translation>lade till %1 bedömarpoäng</translation>
    </message>
    <message>
        <source>filled %1 empty agreed items</source>
        <translation>fyllde i %1 tomma gemensamma kriterier</translation>
    </message>
    <message>
        <source>filled the overall summary</source>
        <translation>fyllde i den övergripande sammanfattningen</translation>
    </message>
    <message>
        <source>made the review final, as in the file</source>
        <translation>slutförde bedömningen, som i filen</translation>
    </message>
    <message>
        <source>Merged %1 into the review already here: %2. Nothing that was here was overwritten.</source>
        <translation>%1 slogs ihop med bedömningen som redan fanns här: %2. Inget som fanns här skrevs över.</translation>
    </message>
    <message>
        <source>Import refused</source>
        <translation>Importen avbröts</translation>
    </message>
    <message>
        <source>%1 holds this review with different content, so nothing was imported and nothing here was changed. Places that differ: %2. A person has to decide which is right.</source>
        <translation>%1 innehåller den här bedömningen med annat innehåll, så inget importerades och inget här ändrades. Ställen som skiljer sig: %2. En person måste avgöra vad som är rätt.</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… och %1 till</translation>
    </message>
    <message>
        <source>To take a reviewer&apos;s scores from the file, remove that reviewer from the review here (Reviewers… in the Scoring tab) and import the file again; or ask for a corrected file.</source>
        <translation>För att ta en bedömares poäng från filen: ta bort bedömaren från bedömningen här (Bedömare… under fliken Bedömning) och importera filen igen; eller be om en rättad fil.</translation>
    </message>
</context>
<context>
    <name>ItemGridModel</name>
    <message>
        <source>Item</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Förändring</translation>
    </message>
    <message>
        <source>* not every item scored</source>
        <translation>* några kriterier saknar poäng</translation>
    </message>
    <message>
        <source>Double-click to open the review</source>
        <translation>Dubbelklicka för att öppna bedömningen</translation>
    </message>
    <message>
        <source>Between the last two reviews in which the item was scored</source>
        <translation>Mellan de två senaste bedömningarna där kriteriet har poäng</translation>
    </message>
    <message>
        <source>never scored</source>
        <translation>aldrig bedömd</translation>
    </message>
    <message>
        <source>%1: from %2 to %3 (%4)</source>
        <translation>%1: från %2 till %3 (%4)</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>inte bedömd</translation>
    </message>
    <message>
        <source>score %1</source>
        <translation>%1 poäng</translation>
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
    <message>
        <source>evidence: %1</source>
        <translation>underlag: %1</translation>
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
        <source>IPS Fidelity Review</source>
        <translation>IPS-programtrohetsbedömning</translation>
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
    <name>NotesPanel</name>
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
    <name>OthersLine</name>
    <message>
        <source>Hide again</source>
        <translation>Dölj igen</translation>
    </message>
    <message>
        <source>Reveal others&apos; scores</source>
        <translation>Visa de andras poäng</translation>
    </message>
    <message>
        <source>Hidden: %1 scored this item on their own. Compare the scores in the Comparison tab, or reveal them here.</source>
        <translation>Poängen från %1 visas inte än. Jämför dem under fliken Jämförelse, eller visa dem här.</translation>
    </message>
    <message>
        <source>Hidden until you score this item: %1 has scored it.</source>
        <translation>%1 har redan bedömt kriteriet; poängen visas när du själv har bedömt det.</translation>
    </message>
    <message>
        <source>Blind</source>
        <translation>Blind bedömning</translation>
    </message>
    <message>
        <source>Other reviewers&apos; scores: hidden</source>
        <translation>De andra bedömarnas poäng: dolda</translation>
    </message>
    <message>
        <source>not scored yet</source>
        <translation>inte bedömt ännu</translation>
    </message>
    <message>
        <source>Revealed</source>
        <translation>Poängen visas</translation>
    </message>
    <message>
        <source>Shown before you scored</source>
        <translation>Poängen visades innan du bedömde</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>Andra</translation>
    </message>
    <message>
        <source>Other reviewers&apos; scores</source>
        <translation>De andra bedömarnas poäng</translation>
    </message>
</context>
<context>
    <name>OverviewDialog</name>
    <message>
        <source>No reviews in the period.</source>
        <translation>Inga bedömningar under perioden.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n&lt;/b&gt; service(s) in the database</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; verksamhet i databasen</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; verksamheter i databasen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n final</source>
        <translation>
            <numerusform>%n slutförd</numerusform>
            <numerusform>%n slutförda</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s).</source>
        <translation>
            <numerusform>%n utkast.</numerusform>
            <numerusform>%n utkast.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n&lt;/b&gt; final review(s) in the period</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; slutförd bedömning under perioden</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; slutförda bedömningar under perioden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) not counted.</source>
        <translation>
            <numerusform>%n utkast räknas inte med.</numerusform>
            <numerusform>%n utkast räknas inte med.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n&lt;/b&gt; with a review in the period.</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; med en bedömning under perioden.</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; med en bedömning under perioden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n&lt;/b&gt; review(s) in the period</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; bedömning under perioden</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; bedömningar under perioden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) without a review with every item scored in the period.</source>
        <translation>
            <numerusform>%n verksamhet saknar en bedömning med alla kriterier bedömda under perioden.</numerusform>
            <numerusform>%n verksamheter saknar en bedömning med alla kriterier bedömda under perioden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) counted: the latest review in the period with every item scored.</source>
        <translation>
            <numerusform>%n verksamhet räknad: den senaste bedömningen under perioden där alla kriterier är bedömda.</numerusform>
            <numerusform>%n verksamheter räknade: den senaste bedömningen under perioden där alla kriterier är bedömda.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1 of %2 reviews (%3%)</source>
        <translation>%1 av %2 bedömningar (%3 %)</translation>
    </message>
    <message>
        <source>No item was scored %1 or lower.</source>
        <translation>Inget kriterium fick %1 poäng eller lägre.</translation>
    </message>
    <message>
        <source>Overview of all services</source>
        <translation>Översikt över alla verksamheter</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>Alla datum</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>I år</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Förra året</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Senaste 12 månaderna</translation>
    </message>
    <message>
        <source>Chosen dates</source>
        <translation>Valda datum</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Från:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Till:</translation>
    </message>
    <message>
        <source>&amp;Scale:</source>
        <translation>&amp;Skala:</translation>
    </message>
    <message>
        <source>Include &amp;drafts</source>
        <translation>Ta med &amp;utkast</translation>
    </message>
    <message>
        <source>Count draft reviews too. Without this, only final reviews are counted.</source>
        <translation>Räkna med utkasten också. Annars räknas bara slutförda bedömningar.</translation>
    </message>
    <message>
        <source>Drafts included: these figures also count reviews that are not final yet.</source>
        <translation>Utkast ingår: siffrorna räknar också med bedömningar som inte är slutförda än.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>First review date counted</source>
        <translation>Första bedömningsdatum som räknas</translation>
    </message>
    <message>
        <source>Last review date counted</source>
        <translation>Sista bedömningsdatum som räknas</translation>
    </message>
    <message>
        <source>Latest total per service, by band</source>
        <translation>Senaste poängsumman per verksamhet, efter nivå</translation>
    </message>
    <message>
        <source>Services per band</source>
        <translation>Verksamheter per nivå</translation>
    </message>
    <message>
        <source>Items most often scored %1 or lower</source>
        <translation>Kriterier som oftast fått %1 poäng eller lägre</translation>
    </message>
    <message>
        <source>Mean score per item</source>
        <translation>Medelpoäng per kriterium</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Medel</translation>
    </message>
    <message>
        <source>Scored</source>
        <translation>Bedömda</translation>
    </message>
    <message>
        <source>%1 or lower</source>
        <translation>%1 eller lägre</translation>
    </message>
    <message>
        <source>Share low</source>
        <translation>Andel låga</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Password for the shared database</source>
        <translation>Lösenord till den gemensamma databasen</translation>
    </message>
    <message>
        <source>The server %1 asks for your password.</source>
        <translation>Servern %1 begär ditt lösenord.</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Användarnamn:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Lösenord:</translation>
    </message>
    <message>
        <source>&amp;Remember in the system keychain</source>
        <translation>&amp;Kom ihåg i systemets nyckelring</translation>
    </message>
    <message>
        <source>Keep the password in the keychain of your computer&apos;s user account (not in the program&apos;s files), so you are not asked next time.</source>
        <translation>Spara lösenordet i nyckelringen för ditt användarkonto på datorn (inte i programmets filer), så att du inte får frågan nästa gång.</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Logga in</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>The server did not accept the password. Try again.</source>
        <translation>Servern godtog inte lösenordet. Försök igen.</translation>
    </message>
</context>
<context>
    <name>PrivacyCheck</name>
    <message>
        <source>Check for personal data</source>
        <translation>Kontroll av personuppgifter</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Ingenting skrevs.</translation>
    </message>
    <message>
        <source>Nothing was replaced and nothing was written. Check again.</source>
        <translation>Ingenting ersattes och ingenting skrevs. Kontrollera igen.</translation>
    </message>
</context>
<context>
    <name>PrivacyDialog</name>
    <message>
        <source>Item</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Fält</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Hittat</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Vad som händer</translation>
    </message>
    <message>
        <source>Likely personal data</source>
        <translation>Troliga personuppgifter</translation>
    </message>
    <message>
        <source>Text around it:</source>
        <translation>Texten runt omkring:</translation>
    </message>
    <message>
        <source>For the finding selected</source>
        <translation>För den markerade träffen</translation>
    </message>
    <message>
        <source>&amp;Leave as it is</source>
        <translation>&amp;Lämna som det är</translation>
    </message>
    <message>
        <source>Replace in this file &amp;only</source>
        <translation>Ersätt &amp;bara i den här filen</translation>
    </message>
    <message>
        <source>Replace in the &amp;stored text</source>
        <translation>Ersätt i den &amp;sparade texten</translation>
    </message>
    <message>
        <source>Same choice for &amp;all</source>
        <translation>Samma val för &amp;alla</translation>
    </message>
    <message>
        <source>Replacing puts %1 in place of the passage. In the stored text it stays replaced for every later report and file; in this file only, the stored text is unchanged.</source>
        <translation>Vid ersättning sätts %1 in i stället för textavsnittet. Ersätts det i den sparade texten gäller det också alla senare rapporter och filer; ersätts det bara i den här filen ändras inte den sparade texten.</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Fortsätt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
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
        <source>Why more information is needed</source>
        <translation>Varför mer information behövs</translation>
    </message>
    <message>
        <source>Overall strengths</source>
        <translation>Sammanfattande styrkor</translation>
    </message>
    <message>
        <source>Overall recommendations</source>
        <translation>Sammanfattande rekommendationer</translation>
    </message>
    <message>
        <source>Note by %1</source>
        <translation>Anteckning av %1</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Outcome of the action</source>
        <translation>Åtgärdens resultat</translation>
    </message>
    <message>
        <source>Change log: earlier value</source>
        <translation>Ändringsloggen: tidigare värde</translation>
    </message>
    <message>
        <source>Change log: new value</source>
        <translation>Ändringsloggen: nytt värde</translation>
    </message>
    <message>
        <source>Change log: reason for reopening</source>
        <translation>Ändringsloggen: skäl att öppna igen</translation>
    </message>
    <message>
        <source>Service&apos;s comment (factual check)</source>
        <translation>Verksamhetens kommentar (faktagranskning)</translation>
    </message>
    <message>
        <source>Visit plan: activity</source>
        <translation>Besöksplanen: aktivitet</translation>
    </message>
    <message>
        <source>Visit plan: with whom</source>
        <translation>Besöksplanen: med vem</translation>
    </message>
    <message>
        <source>Visit plan: document asked for</source>
        <translation>Besöksplanen: begärt underlag</translation>
    </message>
    <message>
        <source>Review log: reason</source>
        <translation>Bedömningens logg: skäl</translation>
    </message>
    <message>
        <source>Personal identity number</source>
        <translation>Personnummer</translation>
    </message>
    <message>
        <source>Coordination number</source>
        <translation>Samordningsnummer</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-postadress</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Leave as it is</source>
        <translation>Lämna som det är</translation>
    </message>
    <message>
        <source>Replace in this file only</source>
        <translation>Ersätt bara i den här filen</translation>
    </message>
    <message>
        <source>Replace in the stored text</source>
        <translation>Ersätt i den sparade texten</translation>
    </message>
    <message>
        <source>Whole review</source>
        <translation>Hela bedömningen</translation>
    </message>
    <message>
        <source>Check for personal data</source>
        <translation>Kontroll av personuppgifter</translation>
    </message>
    <message>
        <source>Passages in the report that look like personal data: %1.</source>
        <translation>Avsnitt i rapporten som ser ut som personuppgifter: %1.</translation>
    </message>
    <message>
        <source>Passages in the review file that look like personal data: %1.</source>
        <translation>Avsnitt i bedömningsfilen som ser ut som personuppgifter: %1.</translation>
    </message>
    <message>
        <source>Choose for each one whether to replace it with %1 or leave it. Notes about participants must not leave the program.</source>
        <translation>Välj för varje avsnitt om det ska ersättas med %1 eller lämnas som det är. Anteckningar om deltagare får inte lämna programmet.</translation>
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
    <name>RatingCard</name>
    <message>
        <source>Not scored yet</source>
        <translation>Inte bedömt ännu</translation>
    </message>
    <message>
        <source>no score</source>
        <translation>ingen poäng</translation>
    </message>
</context>
<context>
    <name>RatingNotePanel</name>
    <message>
        <source>What you saw and heard, and why you gave your score. The other reviewers see it beside their own in the comparison.</source>
        <translation>Vad du såg och hörde och varför du gav din poäng. De andra bedömarna ser den bredvid sin egen i jämförelsen.</translation>
    </message>
    <message>
        <source>Your own notes on this item</source>
        <translation>Dina egna anteckningar om kriteriet</translation>
    </message>
    <message>
        <source>The evidence, strengths and areas for development that go into the report are written with the agreed score (Scoring as: Agreed score).</source>
        <translation>Underlag, styrkor och utvecklingsområden till rapporten skrivs tillsammans med den gemensamma poängen (Bedömer som: Gemensam poäng).</translation>
    </message>
    <message>
        <source>%1&apos;s note</source>
        <translation>Anteckningar av %1</translation>
    </message>
    <message>
        <source>Reviewer&apos;s note</source>
        <translation>Bedömarens anteckningar</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Återställ från säkerhetskopia</translation>
    </message>
    <message>
        <source>Choose the backup to restore. The database now in use is kept as a backup first, so the restore can be undone.</source>
        <translation>Välj säkerhetskopian som ska återställas. Databasen som används nu sparas först som en säkerhetskopia, så återställningen kan ångras.</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Gjord</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Storlek</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Säkerhetskopior</translation>
    </message>
    <message>
        <source>There are no backups of this database yet.</source>
        <translation>Det finns inga säkerhetskopior av databasen ännu.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Återställ</translation>
    </message>
    <message>
        <source>Choose a &amp;file…</source>
        <translation>Välj en &amp;fil…</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Välj en säkerhetskopia</translation>
    </message>
    <message>
        <source>Databases</source>
        <translation>Databaser</translation>
    </message>
</context>
<context>
    <name>RetentionBar</name>
    <message>
        <source>&amp;Remove personal notes…</source>
        <translation>&amp;Ta bort personanteckningar…</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Inte nu</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>The retention time was not changed.</source>
        <translation>Lagringstiden ändrades inte.</translation>
    </message>
    <message>
        <source>A final review still holds personal notes more than %1 days after it was finalised.</source>
        <translation>En slutförd bedömning innehåller fortfarande personanteckningar mer än %1 dagar efter att den slutfördes.</translation>
    </message>
    <message>
        <source>%2 final reviews still hold personal notes more than %1 days after they were finalised.</source>
        <translation>%2 slutförda bedömningar innehåller fortfarande personanteckningar mer än %1 dagar efter att de slutfördes.</translation>
    </message>
    <message>
        <source>Notes about participants should go once the report is done.</source>
        <translation>Anteckningar om deltagare ska bort när rapporten är klar.</translation>
    </message>
    <message>
        <source>%1, %2 (final %3)</source>
        <translation>%1, %2 (slutförd %3)</translation>
    </message>
    <message>
        <source>Remove personal notes</source>
        <translation>Ta bort personanteckningar</translation>
    </message>
    <message>
        <source>Removed from these reviews: evidence notes, the reasons for “Needs more information”, the reviewers’ own notes, the service’s comments and drafts from the factual check, the visit plan’s activities and documents, and the reasons typed in the logs, also where the log of changes repeats them. Kept: scores, strengths, areas for development, rationales, the summary, the action plan and the visit plan’s roles and times. The removal cannot be undone.</source>
        <translation>Tas bort ur de här bedömningarna: anteckningar om underlag, skälen till ”Behöver mer information”, bedömarnas egna anteckningar, verksamhetens kommentarer och utkasten från faktagranskningen, besöksplanens aktiviteter och underlag samt skäl som skrivits i loggarna, också där ändringsloggen upprepar dem. Behålls: poäng, styrkor, utvecklingsområden, motiveringar, sammanfattningen, åtgärdsplanen och besöksplanens roller och tider. Det går inte att ångra.</translation>
    </message>
    <message>
        <source>Not every review&apos;s notes were removed.</source>
        <translation>Anteckningarna togs inte bort ur alla bedömningar.</translation>
    </message>
    <message>
        <source>Personal notes removed: %1.</source>
        <translation>Borttagna personanteckningar: %1.</translation>
    </message>
</context>
<context>
    <name>ReviewActions</name>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>Service “%1” is already in the database; nothing was created.</source>
        <translation>Verksamheten ”%1” finns redan i databasen; ingen ny skapades.</translation>
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
        <source>Cannot show the visit plan</source>
        <translation>Besöksplanen kan inte visas</translation>
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
        <source>Te&amp;xt of the scale:</source>
        <translation>Skalans te&amp;xt:</translation>
    </message>
    <message>
        <source>Text of the scale</source>
        <translation>Skalans text</translation>
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
        <source>Comparison</source>
        <translation>Jämförelse</translation>
    </message>
    <message>
        <source>Review pages</source>
        <translation>Bedömningens sidor</translation>
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
        <translation>Sparat: %1 har nu poängen %2.</translation>
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
        <source>The last text could not be saved. Close anyway and lose the unsaved text?</source>
        <translation>Den senaste texten kunde inte sparas. Stäng ändå och förlora den osparade texten?</translation>
    </message>
    <message>
        <source>Close anyway</source>
        <translation>Stäng ändå</translation>
    </message>
    <message>
        <source>The unsaved text is copied to the clipboard first, so you can paste it elsewhere. Cancel keeps the review open; saving is tried again.</source>
        <translation>Den osparade texten kopieras först till urklipp, så att du kan klistra in den någon annanstans. Avbryt låter bedömningen vara öppen; programmet försöker spara igen.</translation>
    </message>
    <message>
        <source>no score</source>
        <translation>ingen poäng</translation>
    </message>
    <message>
        <source>This item was changed in another window: %1 now has the score %2 (this window showed %3). Your change is NOT saved; the stored score is shown now. Make your change again if it still applies.</source>
        <translation>Punkten ändrades i ett annat fönster: %1 har nu poängen %2 (det här fönstret visade %3). Din ändring är INTE sparad; den sparade poängen visas nu. Gör ändringen igen om den fortfarande gäller.</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>underlaget</translation>
    </message>
    <message>
        <source>strengths</source>
        <translation>styrkorna</translation>
    </message>
    <message>
        <source>areas for development</source>
        <translation>utvecklingsområdena</translation>
    </message>
    <message>
        <source>rationale</source>
        <translation>motiveringen</translation>
    </message>
    <message>
        <source>missing information</source>
        <translation>den saknade informationen</translation>
    </message>
    <message>
        <source>own note</source>
        <translation>den egna anteckningen</translation>
    </message>
    <message>
        <source> Your unsaved text is copied to the clipboard.</source>
        <translation> Din osparade text är kopierad till urklipp.</translation>
    </message>
    <message>
        <source>Review deleted</source>
        <translation>Bedömningen raderad</translation>
    </message>
    <message>
        <source>This review was deleted in another window or program, so your last text could not be saved.</source>
        <translation>Bedömningen raderades i ett annat fönster eller program, så din senaste text kunde inte sparas.</translation>
    </message>
    <message>
        <source>Review final</source>
        <translation>Bedömningen slutförd</translation>
    </message>
    <message>
        <source>This review was finalised in another window or program, so your last text could not be saved. It is read-only now.</source>
        <translation>Bedömningen slutfördes i ett annat fönster eller program, så din senaste text kunde inte sparas. Den går bara att läsa nu.</translation>
    </message>
    <message>
        <source>the %1 text of %2 is not what this window showed</source>
        <translation>texten i %1 för %2 är inte den som det här fönstret visade</translation>
    </message>
    <message>
        <source>Changed elsewhere</source>
        <translation>Ändrat på annat håll</translation>
    </message>
    <message>
        <source>This item was changed in another window: %1. Your text is NOT saved; it is kept on screen until you reload.</source>
        <translation>Punkten ändrades i ett annat fönster: %1. Din text är INTE sparad; den finns kvar på skärmen tills du läser in igen.</translation>
    </message>
    <message>
        <source> Reload to see the stored text, then make your change again if it still applies.</source>
        <translation> Läs in igen för att se den sparade texten, och gör sedan ändringen igen om den fortfarande gäller.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Läs in igen</translation>
    </message>
    <message>
        <source>The stored scores and notes are shown.</source>
        <translation>De sparade poängen och anteckningarna visas.</translation>
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
        <source>Saved: the review is final and the flags are cleared.</source>
        <translation>Sparat: bedömningen är slutförd och markeringarna är borttagna.</translation>
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
        <source>accept %1 proposed scores</source>
        <translation>godta %1 föreslagna poäng</translation>
    </message>
    <message>
        <source>the review&apos;s strengths</source>
        <translation>granskningens styrkor</translation>
    </message>
    <message>
        <source>the review&apos;s recommendations</source>
        <translation>granskningens rekommendationer</translation>
    </message>
    <message>
        <source>the %1 of %2</source>
        <translation>%1 för %2</translation>
    </message>
    <message>
        <source>an evidence entry of %1</source>
        <translation>en post i underlaget för %1</translation>
    </message>
    <message>
        <source>%1&apos;s own note on %2</source>
        <translation>anteckningen som %1 skrev om %2</translation>
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
    <name>ReviewTextDialog</name>
    <message>
        <source>Text of the scale</source>
        <translation>Skalans text</translation>
    </message>
    <message>
        <source>The review is &amp;scored with:</source>
        <translation>Bedömningen &amp;görs med:</translation>
    </message>
    <message>
        <source>Scores and notes stay; the criteria are shown in the chosen wording.</source>
        <translation>Poäng och anteckningar finns kvar; kriterierna visas med de valda formuleringarna.</translation>
    </message>
</context>
<context>
    <name>ReviewerBar</name>
    <message>
        <source>Scoring &amp;as:</source>
        <translation>Bedömer so&amp;m:</translation>
    </message>
    <message>
        <source>Scoring as</source>
        <translation>Bedömer som</translation>
    </message>
    <message>
        <source>Score as one reviewer (your own, blind scores) or enter the agreed score</source>
        <translation>Bedöm som en av bedömarna (egna poäng, blint) eller ange den gemensamma poängen</translation>
    </message>
    <message>
        <source>Reviewers…</source>
        <translation>Bedömare…</translation>
    </message>
    <message>
        <source>Edit the reviewers of this review</source>
        <translation>Ändra bedömningens bedömare</translation>
    </message>
    <message>
        <source>Export my ratings…</source>
        <translation>Exportera mina poäng…</translation>
    </message>
    <message>
        <source>%1 (%2 / %3)</source>
        <translation>%1 (%2 / %3)</translation>
    </message>
    <message>
        <source>Agreed score</source>
        <translation>Gemensam poäng</translation>
    </message>
    <message>
        <source>The review&apos;s agreed scores: the ones the total and the report use. Choose your name to score on your own.</source>
        <translation>Bedömningens gemensamma poäng, de som poängsumman och rapporten bygger på. Välj ditt namn för att bedöma på egen hand.</translation>
    </message>
    <message>
        <source>The review&apos;s scores. Add reviewers to let each one score on their own first.</source>
        <translation>Bedömningens poäng. Lägg till bedömare för att låta var och en först bedöma på egen hand.</translation>
    </message>
    <message>
        <source>Reopened as %1, the choice made last on this computer.</source>
        <translation>Du bedömer fortfarande som %1 (det senaste valet på den här datorn).</translation>
    </message>
    <message>
        <source>%1 is scoring now.</source>
        <translation>%1 bedömer nu.</translation>
    </message>
    <message>
        <source>Your own scores as %1: %2 of %3 items. Other reviewers&apos; scores stay hidden until you have scored an item.</source>
        <translation>Dina egna poäng som %1: %2 av %3 kriterier. De andra bedömarnas poäng är dolda tills du har bedömt kriteriet.</translation>
    </message>
    <message>
        <source>Export %1&apos;s ratings to a review file</source>
        <translation>Exportera poängen från %1 till en bedömningsfil</translation>
    </message>
    <message>
        <source>Save %1&apos;s own scores and notes as a review file for a colleague to import into the same review</source>
        <translation>Spara egna poäng och anteckningar från %1 som en bedömningsfil som en kollega kan importera till samma bedömning</translation>
    </message>
</context>
<context>
    <name>ReviewerScoring</name>
    <message>
        <source>Scoring as %1.</source>
        <translation>Bedömer som %1.</translation>
    </message>
    <message>
        <source>Entering the agreed scores.</source>
        <translation>Anger de gemensamma poängen.</translation>
    </message>
    <message>
        <source>Own total</source>
        <translation>Egen summa</translation>
    </message>
    <message>
        <source>%1&apos;s own scores, before the agreed score</source>
        <translation>Egna poäng från %1, före den gemensamma poängen</translation>
    </message>
    <message>
        <source>Other reviewers&apos; scores of %1 are shown.</source>
        <translation>De andra bedömarnas poäng för %1 visas.</translation>
    </message>
    <message>
        <source>clear %1&apos;s score of %2</source>
        <translation>ta bort poängen från %1 för %2</translation>
    </message>
    <message>
        <source>%1: score %2 for %3</source>
        <translation>%1: poäng %2 för %3</translation>
    </message>
    <message>
        <source>This item was changed in another window: %1&apos;s score of %2 is now %3 (this window showed %4). Your change is NOT saved; the stored score is shown now. Make your change again if it still applies.</source>
        <translation>Punkten ändrades i ett annat fönster: %1s poäng för %2 är nu %3 (det här fönstret visade %4). Din ändring är INTE sparad; den sparade poängen visas nu. Gör ändringen igen om den fortfarande gäller.</translation>
    </message>
    <message>
        <source>NOT saved: %1. The score was not changed.</source>
        <translation>INTE sparat: %1. Poängen ändrades inte.</translation>
    </message>
    <message>
        <source>Saved: %1 has no score from %2.</source>
        <translation>Sparat: %1 har ingen poäng från %2.</translation>
    </message>
    <message>
        <source>Saved: %2&apos;s score for %1 is %3.</source>
        <translation>Sparat: %2 gav %1 poäng %3.</translation>
    </message>
    <message>
        <source>the list of reviewers</source>
        <translation>listan över bedömare</translation>
    </message>
    <message>
        <source>Reviewers</source>
        <translation>Bedömare</translation>
    </message>
    <message>
        <source>The reviewers were not changed.</source>
        <translation>Bedömarna ändrades inte.</translation>
    </message>
    <message>
        <source>Saved: the reviewers were changed.</source>
        <translation>Sparat: bedömarna ändrades.</translation>
    </message>
    <message>
        <source>Export my ratings</source>
        <translation>Exportera mina poäng</translation>
    </message>
    <message>
        <source>Review files</source>
        <translation>Bedömningsfiler</translation>
    </message>
    <message>
        <source>The file was not written.</source>
        <translation>Filen skrevs inte.</translation>
    </message>
    <message>
        <source>Saved %1&apos;s ratings to %2. A colleague imports the file into their copy of the review (Import review file).</source>
        <translation>Poängen från %1 sparades i %2. En kollega importerar filen till sin kopia av bedömningen (Importera bedömningsfil).</translation>
    </message>
</context>
<context>
    <name>ReviewersDialog</name>
    <message>
        <source>Reviewers</source>
        <translation>Bedömare</translation>
    </message>
    <message>
        <source>Each reviewer scores the items on their own, then you agree on one score per item in the comparison.</source>
        <translation>Varje bedömare bedömer kriterierna på egen hand; sedan enas ni om en poäng per kriterium i jämförelsen.</translation>
    </message>
    <message>
        <source>%1: scores or notes on %2 items</source>
        <translation>%1: poäng eller anteckningar på %2 kriterier</translation>
    </message>
    <message>
        <source>Remove reviewers</source>
        <translation>Ta bort bedömare</translation>
    </message>
    <message>
        <source>Removing a reviewer deletes their own scores and notes in this review.</source>
        <translation>Tas en bedömare bort raderas bedömarens egna poäng och anteckningar i den här bedömningen.</translation>
    </message>
    <message>
        <source>Remove and delete their scores</source>
        <translation>Ta bort och radera poängen</translation>
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
    <name>ScaleAboutDialog</name>
    <message>
        <source>About the scale</source>
        <translation>Om skalan</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Text:</translation>
    </message>
    <message>
        <source>How figures are scored</source>
        <translation>Så poängsätts värden</translation>
    </message>
    <message>
        <source>Fractions</source>
        <translation>Decimaler</translation>
    </message>
    <message>
        <source>Several conditions</source>
        <translation>Flera villkor</translation>
    </message>
    <message>
        <source>Per specialist</source>
        <translation>Per arbetsspecialist</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Gränser</translation>
    </message>
    <message>
        <source>About each item&apos;s text</source>
        <translation>Om texten till varje kriterium</translation>
    </message>
</context>
<context>
    <name>ScaleTextActions</name>
    <message>
        <source>Text of the scale</source>
        <translation>Skalans text</translation>
    </message>
    <message>
        <source>The review is scored with: %1</source>
        <translation>Bedömningen görs med: %1</translation>
    </message>
    <message>
        <source>About the scale</source>
        <translation>Om skalan</translation>
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
    <name>ServiceCommentsPanel</name>
    <message>
        <source>The service&apos;s comments (factual check)</source>
        <translation>Verksamhetens kommentarer (faktagranskning)</translation>
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
    <name>ServicePage</name>
    <message>
        <source>Service history – %1</source>
        <translation>Verksamhetens historik – %1</translation>
    </message>
    <message numerus="yes">
        <source>%n review(s)</source>
        <translation>
            <numerusform>%n bedömning</numerusform>
            <numerusform>%n bedömningar</numerusform>
        </translation>
    </message>
    <message>
        <source>The trend and the grid show the reviews made with %1; %2 other review(s) are only listed.</source>
        <translation>Utvecklingen och tabellen visar bedömningarna med %1; %2 andra bedömning(ar) listas bara.</translation>
    </message>
    <message>
        <source>The grid shows how each item changes once the service has a second review.</source>
        <translation>Tabellen visar hur varje kriterium förändras när verksamheten har en andra bedömning.</translation>
    </message>
    <message>
        <source>Between the last two scores of each item: %1 improved, %2 unchanged, %3 fell.</source>
        <translation>Mellan de två senaste poängen för varje kriterium: %1 förbättrade, %2 oförändrade, %3 försämrade.</translation>
    </message>
    <message numerus="yes">
        <source>%n open action(s)</source>
        <translation>
            <numerusform>%n öppen åtgärd</numerusform>
            <numerusform>%n öppna åtgärder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n försenad</numerusform>
            <numerusform>%n försenade</numerusform>
        </translation>
    </message>
    <message>
        <source>No actions yet. Add one here, or with “Create action…” under an item&apos;s areas for development while scoring.</source>
        <translation>Inga åtgärder ännu. Lägg till en här, eller med ”Skapa åtgärd…” under ett kriteriums utvecklingsområden när du bedömer.</translation>
    </message>
    <message>
        <source>Every action is done or dropped.</source>
        <translation>Alla åtgärder är genomförda eller avbrutna.</translation>
    </message>
    <message>
        <source>Edit action</source>
        <translation>Ändra åtgärd</translation>
    </message>
    <message>
        <source>Delete action</source>
        <translation>Ta bort åtgärd</translation>
    </message>
    <message>
        <source>Delete the action “%1”?</source>
        <translation>Ta bort åtgärden ”%1”?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>It is removed from the action plan. This cannot be undone.</source>
        <translation>Den tas bort ur åtgärdsplanen. Det går inte att ångra.</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Verksamhet:</translation>
    </message>
    <message>
        <source>Service shown</source>
        <translation>Verksamheten som visas</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Uppdatera</translation>
    </message>
    <message>
        <source>Read the service&apos;s reviews and actions again</source>
        <translation>Läs in verksamhetens bedömningar och åtgärder på nytt</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historik</translation>
    </message>
    <message>
        <source>Action &amp;plan</source>
        <translation>Åtgärds&amp;plan</translation>
    </message>
    <message>
        <source>Co&amp;mpared with others</source>
        <translation>Jämfört med &amp;andra</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Åtgärdsplan</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Bedömningar</translation>
    </message>
    <message>
        <source>Action &amp;plan (%1 open)</source>
        <translation>Åtgärds&amp;plan (%1 öppna)</translation>
    </message>
    <message>
        <source>Reviews of the service, oldest first</source>
        <translation>Verksamhetens bedömningar, äldst först</translation>
    </message>
    <message>
        <source>Double-click a review to open it</source>
        <translation>Dubbelklicka på en bedömning för att öppna den</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Utveckling</translation>
    </message>
    <message>
        <source>Items over time</source>
        <translation>Kriterierna över tid</translation>
    </message>
    <message>
        <source>Scores of each item in each review</source>
        <translation>Varje kriteriums poäng i varje bedömning</translation>
    </message>
    <message>
        <source>Darker cells have higher scores. %1 improved, %2 unchanged, %3 fell, %4 scored once; * marks a review with unscored items.</source>
        <translation>Mörkare rutor har högre poäng. %1 förbättrad, %2 oförändrad, %3 försämrad, %4 bedömd en gång; * markerar en bedömning med obedömda kriterier.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Lägg till…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Ä&amp;ndra…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Ta bort…</translation>
    </message>
    <message>
        <source>Add an action to the plan</source>
        <translation>Lägg till en åtgärd i planen</translation>
    </message>
    <message>
        <source>Show done and dropped</source>
        <translation>Visa genomförda och avbrutna</translation>
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
        <source>&amp;Keep personal notes for:</source>
        <translation>&amp;Spara personanteckningar i:</translation>
    </message>
    <message>
        <source> days after a review is final</source>
        <translation> dagar efter att bedömningen slutförts</translation>
    </message>
    <message>
        <source>Days personal notes are kept</source>
        <translation>Antal dagar som personanteckningar sparas</translation>
    </message>
    <message>
        <source>After that the program reminds you to remove evidence notes and other notes about participants. The setting belongs to this database.</source>
        <translation>Därefter påminner programmet om att ta bort anteckningar om underlag och andra anteckningar om deltagare. Inställningen gäller den här databasen.</translation>
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
        <translation>IPS-programtrohetsbedömning</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Databasen kan inte öppnas</translation>
    </message>
    <message>
        <source>The program cannot start with this database.</source>
        <translation>Programmet kan inte starta med den här databasen.</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>Databasen är skadad</translation>
    </message>
    <message>
        <source>The program cannot go on with this database. Restore a backup, then start it again.</source>
        <translation>Programmet kan inte fortsätta med den här databasen. Återställ en säkerhetskopia och starta sedan programmet igen.</translation>
    </message>
    <message>
        <source>The program cannot go on with this database.</source>
        <translation>Programmet kan inte fortsätta med den här databasen.</translation>
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
        <translation>Slutförande</translation>
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
        <translation>%1 av %2 kriterier har poäng. Nivån anges när alla kriterier har poäng; poängsumman hamnar då mellan %3 och %4.</translation>
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
        <source>Scored with the text: %1</source>
        <translation>Bedömd med texten: %1</translation>
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
    <name>SyncActions</name>
    <message>
        <source>Send to shared database</source>
        <translation>Skicka till delad databas</translation>
    </message>
    <message>
        <source>Fetch from shared database</source>
        <translation>Hämta från delad databas</translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <source>Send to shared database</source>
        <translation>Skicka till delad databas</translation>
    </message>
    <message>
        <source>The reviews are merged into the shared database as review files are imported: nothing there is overwritten, and if a review differs there, nothing at all is sent and the differences are listed.</source>
        <translation>Bedömningarna slås ihop med dem i den delade databasen på samma sätt som när bedömningsfiler importeras: inget där skrivs över, och om någon bedömning skiljer sig åt skickas ingenting alls och skillnaderna visas.</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Skicka</translation>
    </message>
    <message>
        <source>Fetch from shared database</source>
        <translation>Hämta från delad databas</translation>
    </message>
    <message>
        <source>The reviews are merged into this database as review files are imported: nothing here is overwritten, and if a review differs here, nothing at all is fetched and the differences are listed.</source>
        <translation>Bedömningarna slås ihop med dem i den här databasen på samma sätt som när bedömningsfiler importeras: inget här skrivs över, och om någon bedömning skiljer sig åt hämtas ingenting alls och skillnaderna visas.</translation>
    </message>
    <message>
        <source>&amp;Fetch</source>
        <translation>&amp;Hämta</translation>
    </message>
    <message>
        <source>Shared &amp;database:</source>
        <translation>Delad &amp;databas:</translation>
    </message>
    <message>
        <source>Choose fi&amp;le…</source>
        <translation>Välj &amp;fil…</translation>
    </message>
    <message>
        <source>A database file, or a server address such as postgresql://name@server/database</source>
        <translation>En databasfil, eller en serveradress som postgresql://namn@server/databas</translation>
    </message>
    <message>
        <source>&amp;Only the selected review: %1, %2</source>
        <translation>&amp;Bara den markerade bedömningen: %1, %2</translation>
    </message>
    <message>
        <source>&amp;Only the selected review (none is selected)</source>
        <translation>&amp;Bara den markerade bedömningen (ingen är markerad)</translation>
    </message>
    <message>
        <source>&amp;Every review in this database</source>
        <translation>&amp;Alla bedömningar i den här databasen</translation>
    </message>
    <message>
        <source>Only the &amp;service:</source>
        <translation>Bara &amp;verksamheten:</translation>
    </message>
    <message>
        <source>every service, if left empty</source>
        <translation>alla verksamheter, om fältet lämnas tomt</translation>
    </message>
    <message>
        <source>Shared database</source>
        <translation>Delad databas</translation>
    </message>
    <message>
        <source>Databases</source>
        <translation>Databaser</translation>
    </message>
</context>
<context>
    <name>SyncProgress</name>
    <message>
        <source>Sending to shared database</source>
        <translation>Skickar till delad databas</translation>
    </message>
    <message>
        <source>Fetching from shared database</source>
        <translation>Hämtar från delad databas</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Opening the shared database…</source>
        <translation>Öppnar den delade databasen…</translation>
    </message>
    <message>
        <source>Reading review %1 of %2…</source>
        <translation>Läser bedömning %1 av %2…</translation>
    </message>
    <message>
        <source>Storing review %1 of %2…</source>
        <translation>Sparar bedömning %1 av %2…</translation>
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
        <translation>Nivån anges när alla kriterier har poäng; poängsumman hamnar mellan %1 och %2</translation>
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
<context>
    <name>TrendChart</name>
    <message>
        <source>hollow point: not every item scored</source>
        <translation>ofylld punkt: några kriterier saknar poäng</translation>
    </message>
    <message>
        <source>No reviews to show yet.</source>
        <translation>Inga bedömningar att visa ännu.</translation>
    </message>
    <message>
        <source>Trend of the total and the sections</source>
        <translation>Utvecklingen av poängsumman och avsnitten</translation>
    </message>
    <message>
        <source>* partial</source>
        <translation>* ofullständig</translation>
    </message>
</context>
<context>
    <name>VisitPlanDialog</name>
    <message>
        <source>Visit plan: %1, %2</source>
        <translation>Besöksplan: %1, %2</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Till</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivitet</translation>
    </message>
    <message>
        <source>With whom (role)</source>
        <translation>Med vem (roll)</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Genomförd</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Underlag</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Mottaget</translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation>&amp;Program</translation>
    </message>
    <message>
        <source>&amp;Documents to ask the service for</source>
        <translation>&amp;Underlag att begära av verksamheten</translation>
    </message>
    <message>
        <source>&amp;Add activity</source>
        <translation>&amp;Lägg till aktivitet</translation>
    </message>
    <message>
        <source>&amp;Remove activity</source>
        <translation>&amp;Ta bort aktivitet</translation>
    </message>
    <message>
        <source>Add d&amp;ocument</source>
        <translation>Lägg till u&amp;nderlag</translation>
    </message>
    <message>
        <source>Remo&amp;ve document</source>
        <translation>Ta b&amp;ort underlag</translation>
    </message>
    <message>
        <source>Move the row up or down: Ctrl+Up, Ctrl+Down</source>
        <translation>Flytta raden uppåt eller nedåt: Ctrl+Uppil, Ctrl+Nedpil</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Flytta upp</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Flytta ned</translation>
    </message>
    <message>
        <source>Start from the &amp;template</source>
        <translation>Börja från &amp;mallen</translation>
    </message>
    <message>
        <source>&amp;Print as PDF…</source>
        <translation>&amp;Skriv ut som PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>The review is final: its visit plan can be read and printed, not changed.</source>
        <translation>Bedömningen är slutförd: besöksplanen kan läsas och skrivas ut men inte ändras.</translation>
    </message>
    <message>
        <source>Say whom each activity is with as a role (for example “employment specialists” or “participants in a group”), never by name. Every change is saved at once. Space ticks an activity held or a document received.</source>
        <translation>Ange vem varje aktivitet är med som en roll (till exempel ”arbetsspecialister” eller ”deltagare i grupp”), aldrig med namn. Varje ändring sparas direkt. Med mellanslag bockar du av en aktivitet som genomförd eller ett underlag som mottaget.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Inte sparat</translation>
    </message>
    <message>
        <source>Not added</source>
        <translation>Inte tillagt</translation>
    </message>
    <message>
        <source>Remove this activity from the schedule?</source>
        <translation>Ta bort aktiviteten ur programmet?</translation>
    </message>
    <message>
        <source>Remove this document from the list?</source>
        <translation>Ta bort underlaget ur listan?</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Ta bort rad</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Not removed</source>
        <translation>Inte borttaget</translation>
    </message>
    <message>
        <source>Not moved</source>
        <translation>Inte flyttat</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Inte påbörjad</translation>
    </message>
    <message>
        <source>Print visit plan</source>
        <translation>Skriv ut besöksplan</translation>
    </message>
    <message>
        <source>PDF documents</source>
        <translation>PDF-dokument</translation>
    </message>
    <message>
        <source>The visit plan was not printed</source>
        <translation>Besöksplanen skrevs inte ut</translation>
    </message>
    <message>
        <source>Visit plan saved: %1</source>
        <translation>Besöksplanen sparad: %1</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Sparad som %1.</translation>
    </message>
</context>
</TS>
