"""The message texts: one entry per key in each language, with the same {placeholders}.

Swedish follows the terms Swedish IPS services use (bedömning, bedömare, verksamhet,
kriterium, poäng). Keys are grouped by where the message is raised.
"""

from __future__ import annotations

from fidelity_app.messages.cli_help import EN_HELP, SV_HELP

SV: dict[str, str] = {
    # -- any layer -------------------------------------------------------------------------
    "plain_text": "{text}",
    "comma_joined": "{first}, {second}",
    "semicolon_joined": "{first}; {second}",
    "empty": "tom",
    # -- what a rule is about (arguments of other messages) --------------------------------
    "what_note": "En anteckning",
    "what_rationale": "En motivering",
    "what_reviewer_name": "En bedömares namn",
    "what_service_name": "Verksamhetens namn",
    # -- services: not found -----------------------------------------------------------------
    "review_not_found": "Det finns ingen bedömning med id {review}.",
    "service_not_found": "Det finns ingen verksamhet med id {service}.",
    "service_name_not_found": "Det finns ingen verksamhet som heter ”{name}”.",
    "action_not_found": "Det finns ingen åtgärd med id {action}.",
    "scale_not_available": "Skalan ”{scale}” finns inte i programmet.",
    "scale_not_in_language": "Skalan ”{scale}” finns inte på språket ”{language}”.",
    "scale_not_in_language_available": (
        "Skalan ”{scale}” finns inte på språket ”{language}” (finns på: {available})."
    ),
    "item_not_in_scale": "Skalan ”{scale}” har inget kriterium ”{item}”.",
    "not_a_reviewer": "”{name}” är inte bedömare i den här bedömningen.",
    "no_reviewer_called": "Det finns ingen bedömare som heter {names}.",
    # -- services: input rules ---------------------------------------------------------------
    "must_be_text": "{what} måste vara text.",
    "text_too_long": (
        "{what} får vara högst {max} tecken lång; den här har {length}. Korta den, eller "
        "lägg den långa texten i ett eget dokument. Inget sparades."
    ),
    "name_empty": "{what} får inte vara tomt.",
    "name_too_long": "{what} får vara högst {max} tecken långt.",
    "reviewer_twice": "Bedömaren ”{name}” står med två gånger.",
    "score_not_allowed": "En poäng måste vara ett heltal från 1 till 5, inte {value}.",
    "unknown_service_fields": "Okända uppgifter om verksamheten: {fields}.",
    "unknown_kind": "Okänd typ av bedömning: ”{kind}”.",
    "ends_before_start": "Bedömningen kan inte sluta innan den börjar.",
    "id_too_short": "Ange minst de fyra första tecknen i bedömningens id.",
    "id_ambiguous": "Id:t {text} passar {count} bedömningar; ange mer av det.",
    "unknown_note_field": "Okänt anteckningsfält: ”{field}”.",
    "not_all_scored": (
        "{count} av kriterierna saknar poäng. En bedömning kan slutföras först när varje "
        "kriterium har poäng."
    ),
    "open_questions": (
        "{count} kriterier är markerade med ”Behöver mer information”:\n{items}\n"
        "Besvara frågorna och ta bort markeringarna, eller slutför ändå: då tas "
        "markeringarna bort och det antecknas i bedömningens historik."
    ),
    "open_question_item": "  – {item}",
    "flags_cleared_event": "slutförd trots obesvarade frågor ({count}); markeringarna togs bort",
    "reopen_needs_reason": "Ange varför bedömningen öppnas igen.",
    "not_a_checklist_item": "Kriteriet {item} bedöms inte med en lista av moment.",
    "checklist_numbers": "Momenten anges med nummer från 1 till {count}.",
    "review_not_final": "Bedömningen är inte slutförd.",
    "final_cannot_delete": (
        "En slutförd bedömning kan inte tas bort. Öppna den igen först."
    ),
    "service_has_reviews": "En verksamhet som har bedömningar kan inte tas bort.",
    "review_is_final": "Bedömningen är slutförd. Öppna den igen för att ändra något.",
    "changed_elsewhere": (
        "Bedömningen har ändrats någon annanstans (i ett annat fönster eller program). "
        "Läs in den igen och gör ändringen en gång till."
    ),
    "score_changed_elsewhere": (
        "Poängen för {item} har ändrats i ett annat fönster eller program till {stored} "
        "(det här fönstret visade {expected}). Din ändring är inte sparad: se efter vilken "
        "poäng som är sparad och gör sedan om ändringen om den fortfarande gäller."
    ),
    "no_score": "ingen poäng",
    "note_changed_elsewhere": (
        "Texten i ”{field}” för {item} har ändrats i ett annat fönster eller program. "
        "Din ändring är inte sparad: läs in kriteriet igen för att se den sparade texten och "
        "gör sedan om ändringen."
    ),
    "what_evidence": "En post i underlaget",
    "what_role": "Rollen",
    "evidence_blank": "Skriv något i posten; en tom post i underlaget sparas inte.",
    "evidence_source_unknown": "Okänd källa ”{source}” (välj en av: {sources}).",
    "evidence_too_many": "Ett kriterium kan ha högst {max} poster i underlaget.",
    "evidence_not_found": "Posten {entry} finns inte i underlaget.",
    "evidence_changed_elsewhere": (
        "En post i underlaget för {item} har ändrats i ett annat fönster eller program. Din "
        "ändring är inte sparad: läs in kriteriet igen och gör sedan om ändringen."
    ),
    "evidence_removed_elsewhere": (
        "En post i underlaget för {item} har tagits bort i ett annat fönster eller program. "
        "Din ändring är inte sparad."
    ),
    "source_interview": "intervju",
    "source_observation": "observation",
    "source_records": "journalgranskning",
    "source_figures": "statistik",
    "source_document": "dokument",
    "source_untagged": "källa ej angiven",
    "duplicate_service": (
        "Det finns redan en verksamhet som heter ”{name}”{organisation}. Använd den, så att "
        "verksamhetens historik hålls samman, eller välj ett annat namn."
    ),
    "in_organisation": " inom {organisation}",
    # -- services: agreement ---------------------------------------------------------------
    "compare_once": "Jämför varje bedömare en gång.",
    "agreement_needs_two": (
        "Samstämmighet kräver minst två bedömare; den här bedömningen har {count}."
    ),
    "give_two_reviewers": "Ange namnen på två bedömare.",
    "choose_two_reviewers": "Välj två olika bedömare.",
    # -- services: actions -----------------------------------------------------------------
    "action_needs_text": "Beskriv vad som ska göras: en åtgärd behöver en beskrivning.",
    "action_text_too_long": (
        "En åtgärds beskrivning får vara högst {max} tecken lång; den här har {length}. "
        "Inget sparades."
    ),
    "responsible_not_text": "Vem som ansvarar måste anges som text.",
    "responsible_too_long": "Vem som ansvarar får vara högst {max} tecken långt.",
    "due_not_date": "Sista datum måste vara ett datum.",
    "unknown_action_status": "Okänd status för en åtgärd: {status}; använd någon av: {allowed}.",
    "outcome_not_text": "Resultatet måste vara text.",
    "outcome_too_long": (
        "En åtgärds resultat får vara högst {max} tecken långt; det här har {length}. "
        "Inget sparades."
    ),
    "action_closed": (
        "Åtgärden är {status}. Sätt den till planerad eller pågår för att öppna den igen "
        "innan du ändrar vad som ska göras, vem som ansvarar eller sista datum."
    ),
    "action_status_done": "genomförd",
    "action_status_dropped": "avbruten",
    # -- services: analysis, files -----------------------------------------------------------
    "period_reversed": "Perioden börjar ({start}) efter att den slutar ({end}).",
    "give_service_name": "Ange namnet på en verksamhet.",
    "bad_separator": "Avgränsaren måste vara komma eller semikolon.",
    "cannot_write": "Det gick inte att skriva {path}: {reason}.",
    "file_problem": "{path}: {problem}",
    # -- services: the factual check ---------------------------------------------------------
    "what_sender": "Avsändarens namn",
    "what_service_comment": "Verksamhetens kommentar",
    "factual_sheet_title": "Faktagranskning",
    "factual_draft_not_found": "Det finns inget sparat utkast med nummer {draft}.",
    "factual_comments_added": "Sparade kommentarer: {count}",
    "factual_comments_known": "redan sparade och överhoppade: {count}",
    "factual_scores_differ": (
        "{said}. Verksamheten har ändrat poängen i kalkylbladet för: {items}. Poäng hämtas "
        "aldrig från kalkylbladet; läs kommentaren och bestäm själv"
    ),
    "sheet_other_review": (
        "{path} hör till en annan bedömning ({other}), inte till den här ({review}). "
        "Inget sparades."
    ),
    "sheet_unknown_item": (
        "{path}, rad {row}: ”{text}” är inget kriterium i den här bedömningen. Rätta raden "
        "eller ta bort den och importera igen. Inget sparades."
    ),
    "sheet_row_no_item": (
        "{path}, rad {row}: raden anger inget kriterium (både Nr och Kriterium är tomma). "
        "Fyll i vilket kriterium kommentaren gäller och importera igen. Inget sparades."
    ),
    "sheet_not_a_file": "filen finns inte eller är ingen vanlig fil.",
    "sheet_cannot_read": "filen gick inte att läsa ({reason}).",
    "sheet_too_large": "filen är större än {mb} MB och kan inte vara ett kalkylblad för "
    "faktagranskning.",
    "sheet_not_xlsx": "filen är inget kalkylblad i formatet XLSX (Excel). Spara det som "
    ".xlsx och försök igen.",
    "sheet_too_many_rows": "kalkylbladet har fler än {max} ifyllda rader.",
    "sheet_no_columns": (
        "hittar inga kolumner för faktagranskningen. Den första raden ska ha rubrikerna "
        "”Nr” eller ”Kriterium” och ”{comment}” (eller ”{comment_en}”)."
    ),
    # -- services: backups -------------------------------------------------------------------
    "no_database_to_back_up": "Det finns ännu ingen databas i {path} att säkerhetskopiera.",
    "backup_failed": (
        "Säkerhetskopian kunde inte göras ({reason}). Databasen ändrades inte."
    ),
    "cannot_restore_file": "Filen kan inte återställas: {reason}",
    "restore_failed": "Säkerhetskopian återställdes inte: {reason}",
    # -- services: storage -------------------------------------------------------------------
    "storage_full": (
        "Databasen kan inte skrivas: disken är full. Din ändring är inte sparad. Frigör "
        "diskutrymme och försök igen."
    ),
    "storage_read_only": (
        "Databasen kan inte skrivas: filen är skrivskyddad. Din ändring är inte sparad. "
        "Kontrollera filens behörigheter, eller öppna en kopia av den."
    ),
    "storage_busy": (
        "Databasen är upptagen: ett annat programfönster sparar just nu. Din ändring är inte "
        "sparad. Försök igen om en stund."
    ),
    "storage_io": (
        "Disken rapporterade ett fel när databasen skrevs. Din ändring är inte sparad. "
        "Kontrollera disken (eller nätverksenheten) och försök igen."
    ),
    "storage_cannot_open": (
        "Databasfilen kan inte öppnas: den kan ha flyttats, eller så saknas mappen. Din "
        "ändring är inte sparad."
    ),
    "storage_damaged": (
        "Databasfilen är skadad. Din ändring är inte sparad. Stäng programmet; nästa gång "
        "det startar erbjuder det den senaste hela säkerhetskopian."
    ),
    "storage_permission": (
        "Ditt konto får inte ändra den här bedömningen eller de här uppgifterna i den delade "
        "databasen. Din ändring är inte sparad. Be stödfunktionen om behörighet om du behöver den."
    ),
    "storage_connection": (
        "Förbindelsen med den delade databasen bröts. Din ändring är inte sparad. Kontrollera "
        "nätverket och försök igen."
    ),
    "backup_on_server": (
        "Den delade databasen säkerhetskopieras på servern (med pg_dump), inte av programmet."
    ),
    "server_password": (
        "Servern {server} vill ha ett lösenord, och inget hittades (i .pgpass eller "
        "tjänstfilen)."
    ),
    "server_login": "Servern {server} godtog inte inloggningen: fel användarnamn eller lösenord.",
    "server_no_database": "Databasen finns inte på servern {server}.",
    "server_permission": "Ditt konto får inte ansluta till databasen på servern {server}.",
    "server_unreachable": "Servern {server} går inte att nå ({detail}).",
    "server_not_initialised": (
        "Databasen på {server} är inte förberedd för programmet, eller har ett äldre schema. "
        "Databasens ägare förbereder den med: fidelity-app --db \"{server}\" server init"
    ),
    "server_not_owner": (
        "Bara databasens ägare kan förbereda eller uppgradera databasen på {server}."
    ),
    "no_database": (
        "Det finns ingen databas i {path}. Inget skapades. Starta programmet utan kommando, "
        "eller kör ”demo” eller ”import”, för att skapa en."
    ),
    # -- the database file ------------------------------------------------------------------
    "db_damaged": "{path} är skadad ({detail}).{wal}",
    "db_not_readable": "{path} är inte en databas som går att läsa ({detail}).",
    "db_damaged_list": "{path} är skadad: {problems}{wal}",
    "db_foreign": "{path} är inte en databas för det här programmet (den innehåller andra "
    "tabeller). Den ändrades inte.",
    "db_no_good_backup": "{problem} Den ändrades inte. Det finns ingen hel säkerhetskopia av den.",
    "db_good_backup": (
        "{problem} Den ändrades inte. Den senaste hela säkerhetskopian är {good} (gjord {when}); "
        "återställ den med: fidelity-app --db \"{path}\" restore \"{good}\""
    ),
    "db_no_folder": "mappen {folder} kan inte skapas ({reason}).",
    "db_no_backup_before_upgrade": (
        "{path} kan inte säkerhetskopieras före uppgraderingen ({reason}). Inget ändrades."
    ),
    "db_cannot_open": "{path} kan inte öppnas: {why}. Inget ändrades.",
    "failure_full": "disken är full",
    "failure_read_only": "filen är skrivskyddad",
    "failure_busy": "ett annat programfönster använder den",
    "failure_io": "disken rapporterade ett fel",
    "failure_cannot_open": "filen kan inte öppnas",
    "failure_damaged": "filen är skadad",
    "db_none_to_read": "det finns ingen databas i {path} att öppna för läsning.",
    "db_read_only_old": (
        "{path} är skrivskyddad och gjordes av en äldre version av programmet. Den måste "
        "uppgraderas innan den kan användas, och det kräver en fil som går att skriva. Kopiera "
        "den till en egen mapp och öppna kopian. Inget ändrades."
    ),
    "db_upgrade_broke_keys": "uppgraderingen bröt {count} främmande nycklar",
    "db_upgrade_failed": "uppgraderingen av databasen misslyckades ({reason}); databasen "
    "lämnades som den var",
    "db_too_new": (
        "databasen har schemaversion {revision}, som den här versionen av programmet inte "
        "känner till: den gjordes av en nyare version. Inget ändrades."
    ),
    "db_backup_not_a_file": "{path} är inte en fil.",
    "db_backup_empty": "{path} är en tom databas, inte en säkerhetskopia från programmet.",
    "db_backup_is_live": "{file} är själva databasen; välj en säkerhetskopia av den.",
    "db_restore_failed": "återställningen misslyckades ({reason}). Databasen ersattes inte.",
    "db_restored_old_schema": "{path} återställdes men har inte det aktuella schemat.",
    # -- import ------------------------------------------------------------------------------
    "import_stored_meanwhile": (
        "{source}: bedömningen sparades av någon annan under tiden; importera den igen."
    ),
    "import_deleted_meanwhile": (
        "{source}: bedömningen togs bort under tiden; importera filen igen."
    ),
    "import_changed_meanwhile": (
        "{source}: bedömningen ändrades någon annanstans under tiden; importera den igen."
    ),
    "import_locked": (
        "{source}: bedömningen {review} är slutförd i den här databasen och filen innehåller "
        "mer (bedömares poäng, gemensamma poäng eller anteckningar). Inget importerades; öppna "
        "bedömningen igen för att slå ihop filen."
    ),
    "import_conflicts": (
        "{source}: bedömningen {review} finns redan i databasen med annat innehåll, så inget "
        "importerades. {count} skillnader:\n{conflicts}\nNågon behöver avgöra vad som "
        "stämmer. För att ta en bedömares poäng från filen: ta bort bedömaren från "
        "bedömningen här (Bedömare… under fliken Poängsättning) och importera filen igen; "
        "eller be om en rättad fil."
    ),
    "conflict_line": "  – {conflict}",
    "conflict_more": "  – och {count} till",
    "conflict": "{place}: {stored} här, {incoming} i filen",
    "conflict_agreed_item": "gemensam bedömning av {item}",
    "conflict_rating": "{reviewer}s bedömning av {item}",
    "conflict_score": "poäng {value}",
    "conflict_note": "anteckning {value}",
    "conflict_score_and_note": "poäng {score} och anteckning {note}",
    "conflict_other_notes": "andra anteckningar ({fields})",
    "conflict_evidence_entry": "en post i underlaget för {item}",
    "conflict_evidence_text": "{source}{role}: {text}",
    "conflict_different_ones": "andra",
    "place_scale": "skala",
    "place_language": "språk",
    "place_service_name": "verksamhetens namn",
    "place_organisation": "organisation",
    "place_kind": "typ av bedömning",
    "place_date": "första dag",
    "place_end_date": "sista dag",
    "place_summary_strengths": "sammanfattningens styrkor",
    "place_summary_recommendations": "sammanfattningens rekommendationer",
    "field_score": "poäng",
    "field_evidence": "underlag",
    "field_strengths": "styrkor",
    "field_development": "utvecklingsområden",
    "field_rationale": "motivering",
    "field_needs_info": "markering Behöver mer information",
    "field_needs_info_reason": "skäl till markeringen",
    "field_checklist_met": "moment på plats",
    "field_reviewer": "bedömarens anteckning",
    "item_name": "{section} {number} · {title}",
    "imported_new": "importerad som en ny bedömning",
    "imported_unchanged": "finns redan i databasen, inget ändrades",
    "imported_merged": "sammanslagen med den sparade bedömningen: {parts}",
    "merged_reviewers": "lade till bedömare {names}",
    "merged_ratings": "lade till {count} bedömarpoäng",
    "merged_items": "fyllde {count} tomma gemensamma kriterier",
    "merged_evidence": "lade till poster i underlaget: {count}",
    "merged_fields": "fyllde {fields}",
    "merged_finalised": "slutförde bedömningen, som i filen",
    "service_matches_by_name": (
        "{source}: filens verksamhet ”{name}” har ett annat id än verksamheten med samma "
        "namn här. Inget importerades, så att verksamhetens historik inte delas i två. Välj "
        "att lägga bedömningen till den befintliga verksamheten eller att skapa en ny."
    ),
    # -- review files ------------------------------------------------------------------------
    "file_too_large": "filen är större än {mb} MB",
    "file_not_utf8": "filen är inte UTF-8-text (felaktig byte vid position {offset})",
    "file_bad_json": "inte giltig JSON: {detail} på rad {line}, kolumn {column}",
    "file_key_twice": "nyckeln ”{key}” förekommer två gånger i samma objekt",
    "file_bad_number": "”{name}” är inte ett giltigt JSON-tal",
    "file_too_deep": "JSON-strukturen är för djupt nästlad",
    "file_number_too_large": "inte giltig JSON: ett tal är för stort",
    "file_not_object": "filen måste innehålla ett JSON-objekt",
    "file_not_review_file": "format: det här är inte en bedömningsfil (väntade ”{format}”)",
    "file_bad_version": (
        "version: versionen {version} stöds inte (programmet läser {supported})"
    ),
    "file_versions": "version {first} och {last}",
    "file_invalid": "{problems}",
    "file_invalid_more": "{problems} (och {more} till)",
    "file_unknown_scale": "scale: okänd skala ”{scale}”",
    "file_scale_language": "language: skalan ”{scale}” finns inte på språket ”{language}”",
    "file_unknown_item": "items[{index}].id: skalan ”{scale}” har inget kriterium ”{item}”",
    "file_item_twice": "items[{index}].id: kriteriet ”{item}” förekommer två gånger",
    "file_evidence_twice": (
        "items[{index}].evidence: posten {entry} förekommer två gånger för kriteriet ”{item}”"
    ),
    "file_service_blank": "service.name: namnet är tomt",
    "file_reviewer_blank": "review.reviewers[{index}]: namnet är tomt",
    "file_reviewer_twice": "review.reviewers: en bedömare står med två gånger",
    "file_ends_before_start": "review.end_date: bedömningen kan inte sluta innan den börjar",
    "file_final_unscored": (
        "review.status: en slutförd bedömning måste ha poäng för varje kriterium; "
        "{count} saknar poäng"
    ),
    "file_rating_reviewer": (
        "ratings[{index}].reviewer: ”{name}” står inte med i review.reviewers"
    ),
    "file_rating_item": "ratings[{index}].item: skalan ”{scale}” har inget kriterium ”{item}”",
    "file_rating_twice": "ratings[{index}]: ”{name}” bedömer kriteriet ”{item}” två gånger",
    "file_checklist_bad": (
        "items[{index}].checklist_met: kriteriet ”{item}” har {count} moment; ange vart "
        "och ett högst en gång med ett nummer från 1 till {count}"
    ),
    "file_v_date_not_text": "ett datum skrivs som text i formen ÅÅÅÅ-MM-DD",
    "file_v_not_a_date": "”{value}” är inte ett datum i formen ÅÅÅÅ-MM-DD",
    "file_v_time_not_text": "en tidpunkt skrivs som text i formen ÅÅÅÅ-MM-DDTHH:MM:SS+00:00",
    "file_v_not_a_time": (
        "”{value}” är ingen tidpunkt med tidszon i formen ÅÅÅÅ-MM-DDTHH:MM:SS+00:00"
    ),
    "file_v_uuid_not_text": "ett id skrivs som text (ett UUID)",
    "file_v_not_a_uuid": "”{value}” är inte ett UUID",
    "file_v_missing": "saknas",
    "file_v_extra": "finns inte i filformatet",
    "file_v_text": "måste vara text",
    "file_v_int": "måste vara ett heltal",
    "file_v_bool": "måste vara true eller false",
    "file_v_list": "måste vara en lista",
    "file_v_object": "måste vara ett objekt",
    "file_v_one_of": "måste vara något av {expected}",
    "file_v_text_too_long": "får vara högst {max_length} tecken lång",
    "file_v_blank": "får inte vara tom",
    "file_v_at_least": "måste vara minst {ge}",
    "file_v_at_most": "får vara högst {le}",
    "file_v_too_many": "får ha högst {max_length} poster",
    "file_is_folder": "det här är en mapp, inte en fil",
    "file_not_regular": "det här är inte en vanlig fil (utan t.ex. en namngiven rörledning "
    "eller en enhet), så den lästes inte",
    "file_cannot_read": "filen kan inte läsas ({reason})",
    "file_lone_surrogate": (
        "filen innehåller text som inte är giltig Unicode (ett ensamt surrogattecken, som "
        "\\udfff)"
    ),
    "text_not_unicode": "{what} innehåller tecken som inte är giltig Unicode (ett ensamt "
    "surrogattecken).",
    # -- command line ------------------------------------------------------------------------
    "cli_error": "fel: {message}",
    "cli_bad_date": "”{text}” är inte ett datum (skriv ÅÅÅÅ-MM-DD)",
    "cli_no_reviews": "Inga bedömningar ännu. ”fidelity-app demo” lägger till ett exempel.",
    "cli_wrote": "skrev {path}",
    "cli_no_draft_sent": "Bedömningen har inte skickats för faktagranskning.",
    "cli_wrote_csv": "skrev {path} ({reviews} bedömningar, {rows} rader)",
    "cli_plan_heading": "Besöksplan för {service}, {date}",
    "cli_plan_schedule": "Program:",
    "cli_plan_activity": "  {number}. {day} {time}  {activity} ({with_whom})",
    "cli_plan_held": "  {number}. {day} {time}  {activity} ({with_whom}), genomförd",
    "cli_plan_documents": "Underlag:",
    "cli_plan_document": "  {number}. [ ] {name}",
    "cli_plan_received": "  {number}. [x] {name} (mottaget)",
    "cli_plan_none": "  (inga)",
    "cli_partial": "{total} (ofullständig, {scored}/{items})",
    "cli_total": "Poängsumma: {total} av {max}",
    "cli_band": "Nivå: {band}",
    "cli_no_band": "– (alla kriterier har inte poäng än)",
    "cli_section": "  {title}: {subtotal} av {max} ({scored}/{items} med poäng)",
    "cli_unscored": "Utan poäng: {items}",
    "cli_items": "{count} kriterier",
    "cli_restored": "återställde {source} till {path}",
    "cli_replaced_backed_up": "databasen som ersattes sparades som säkerhetskopia i {path}",
    "cli_replaced_set_aside": "databasen som ersattes var skadad; den flyttades oförändrad "
    "till {path}",
    "cli_give_review_or_pair": "ange antingen REVIEW_ID eller --pair NAMN NAMN",
    "cli_agreement_reviewers": "Bedömare: {names}",
    "cli_agreement_reviews": "Bedömningar: {count}",
    "cli_agreement_items": "Jämförda kriterier: {count}",
    "cli_agreement_left_out": "Jämförda kriterier: {count} ({left_out} som inte alla "
    "bedömt är utelämnade)",
    "cli_agreement_exact": "Exakt samma poäng: {share}",
    "cli_agreement_within": "Högst en poäng isär: {share}",
    "cli_agreement_kappa": "Viktad kappa (kvadratisk): {kappa}",
    "cli_share": "{percent} % ({count} av {items})",
    "cli_kappa_reason": "  Kappa anges inte: {reason}.",
    "kappa_too-few-items": "det behövs minst två kriterier som båda bedömarna har bedömt",
    "kappa_no-variation": "båda bedömarna gav alla kriterier samma poäng",
    "kappa_constant-reviewer": "en bedömare gav alla kriterier samma poäng, så "
    "samstämmighet utöver slumpen kan inte skattas",
    "kappa_not-two-reviewers": "kappa beräknas för exakt två bedömare; jämför dem parvis",
    "server_admin_refused": (
        "Ditt konto får inte skapa roller eller ändra behörigheterna i databasen på {server}. "
        "Det gör databasens ägare, med rätt att skapa roller. Inget ändrades."
    ),
    "server_admin_failed": (
        "Den delade databasen kunde inte förberedas eller ändras. Inget ändrades. Försök igen, "
        "eller läs serverns logg."
    ),
    "server_prefix_empty": "Prefixet för rollernas namn får inte vara tomt.",
    "server_prefix_too_long": "Prefixet för rollernas namn får vara högst {max} tecken långt.",
    "server_login_invalid": "Inloggningsnamnet måste vara 1 till {max} tecken långt.",
    "server_role_unknown": "Okänd roll: ”{role}”. Välj en av: {roles}.",
    "server_service_needed": "Ett konto för en verksamhet behöver --service NAMN.",
    "server_reviewer_needed": (
        "Ett konto för en bedömare behöver --reviewer NAMN (namnet bedömaren står med i "
        "bedömningarna)."
    ),
    "server_service_ambiguous": (
        "Flera verksamheter heter ”{name}”; ange verksamhetens id i stället."
    ),
    "server_not_set_up": (
        "Databasen på {server} är inte förberedd för konton än: kör först "
        "fidelity-app --db \"{server}\" server init"
    ),
    "server_needs_uri": (
        "Kommandot server gäller en delad databas: ange --db postgresql://användare@server/databas."
    ),
    "server_password_env_missing": "Miljövariabeln {var} finns inte.",
    "cli_server_ready": (
        "Databasen är förberedd. Grupproller: {support} (stödfunktion), {reviewer} (bedömare), "
        "{service} (verksamhet)."
    ),
    "cli_server_user_added": "Kontot {login} skapades som {role}{what}.",
    "cli_server_user_updated": "Kontot {login} är nu {role}{what}.",
    "cli_server_for_service": " för verksamheten ”{name}”",
    "cli_server_for_reviewer": " för bedömaren ”{name}”",
    "cli_password_prompt": "Lösenord för {server}: ",
    "cli_password_refused": "Servern {server} godtog inte lösenordet. Försök igen.",
    "password_not_remembered": (
        "Lösenordet fungerade men kunde inte sparas i systemets nyckelring ({reason}); du "
        "får frågan igen nästa gång."
    ),
    "cli_new_password_prompt": "Lösenord för det nya kontot {login}: ",
    "cli_created_database": "skapade databasen {path}",
    "cli_use_existing_or_new": (
        "Ange --existing-service för att lägga bedömningen till den befintliga verksamheten "
        "eller --new-service för att skapa en ny."
    ),
    "cli_duplicate_service": (
        "{source}: en verksamhet som heter ”{name}” finns redan (id {service}); "
        "bedömningen lades till den."
    ),
    # -- summary -----------------------------------------------------------------------------
    "sum_all_dates": "alla datum",
    "sum_period_span": "{start} till {end}",
    "sum_period": "Period: {period} (bedömningarnas första dag)",
    "sum_services": "Verksamheter: {count} i databasen, {reviewed} med en bedömning i "
    "perioden",
    "sum_reviews": "Slutförda bedömningar: {count}{kinds}",
    "sum_reviews_with_drafts": "Bedömningar: {count}{kinds}; {final} slutförda, {drafts} "
    "utkast (utkasten räknas med)",
    "sum_kinds": " ({kinds})",
    "sum_none": "Inga slutförda bedömningar i perioden.",
    "sum_drafts_left_out": "{count} utkast räknas inte med (--include-drafts tar med dem).",
    "sum_none_with_drafts": "Inga bedömningar i perioden.",
    "sum_bands": "{name} ({scale}): senaste kompletta bedömning per verksamhet",
    "sum_means": "Medelvärde av gemensam poäng per kriterium ({scale}; låg = {low} eller "
    "lägre):",
    "sum_low": "Kriterier som oftast fått {low} eller lägre ({scale}):",
    "sum_low_line": "  {item:<16} {low} av {scored} ({share})  {title}",
    "sum_without_complete": "Verksamheter utan komplett bedömning i perioden: {count}",
    # -- comparisons across services ----------------------------------------------------
    "kind_external": "extern bedömning",
    "kind_self_assessment": "självskattning",
    "kind_peer_review": "kollegial granskning",
    "kind_dialogue_meeting": "dialogmöte",
    "cmp_ambiguous": "Flera verksamheter heter ”{name}”; ange verksamhetens id i stället.",
    "cmp_heading": "{service} jämförd med varje verksamhets senaste slutförda bedömning "
        "({kinds}, {scale})",
    "cmp_no_review": "{service} har ännu ingen slutförd bedömning av den typen.",
    "cmp_review": "Bedömningen som jämförs: {date} ({kind})",
    "cmp_partial": "Bedömningen är inte komplett och har därför ingen poängsumma.",
    "cmp_total": "Poängsumma {total} ({band}). Verksamheter med komplett bedömning: {count}; "
        "med lägre poängsumma: {lower}, med högre: {higher}.",
    "cmp_columns": "Kriterium\tPoäng\t1\t2\t3\t4\t5\tMedian\tLägre\tHögre",
    "cmp_anonymous": (
        "Som verksamhetskonto ser du de andra verksamheterna bara i de anonyma siffrorna: "
        "ett kriterium eller en poängsumma visas först när minst {minimum} verksamheter "
        "bidrar till den."
    ),
    "cmp_shared_one_kind": (
        "De anonyma siffrorna finns för en bedömningstyp i taget; välj en enda typ att "
        "jämföra med."
    ),
    "sa_heading": "{service}: självskattningen {own} bredvid den externa bedömningen {outside}",
    "sa_counts": "Kriterier där teamet gav högre poäng: {higher}; lägre: {lower}; samma: {same}.",
    "sa_columns": "Kriterium\tSjälvskattning\tExtern\tSkillnad",
    "sa_missing": "{service} saknar en slutförd {missing} att jämföra med.",
    # -- merged from main: services and exchange ---------------------------------------------
    "reviewer_twice_as": "Bedömaren ”{name}” står med två gånger (som ”{twin}”).",
    "agreement_needs_two_scored": (
        "Samstämmighet kräver minst två bedömare som har satt poäng; den här bedömningen har "
        "{count} av {total}."
    ),
    "imported_edition_missing": (
        "{said} (poängsatt med skaltexten {edition}, som saknas i den här databasen; den visas "
        "med den inbyggda texten)"
    ),
    "merged_inputs": "lade till siffrorna i beräkningen för {count} kriterier",
    "merged_comments": "lade till verksamhetens kommentarer: {count}",
    "conflict_reviewer": "bedömaren {reviewer}",
    "conflict_one_reviewer": "en bedömare, {name},",
    "conflict_two_reviewers": "två ({first} och {second})",
    "conflict_inputs": "siffrorna i beräkningen för {item}",
    "conflict_some_figures": "vissa siffror",
    "conflict_plan_activity": "en aktivitet i besöksplanen",
    "conflict_plan_document": "ett underlag i besöksplanen",
    "merged_plan": "lade till rader i besöksplanen: {count}",
    "merged_plan_ticks": "bockade av {count} rader i besöksplanen",
    "file_plan_needs_v3": (
        "visit_plan: besöksplanen finns först i filformatets version 3; filen säger version "
        "{version}"
    ),
    "file_plan_id_twice": "visit_plan.{part}[{index}]: id {id} står med två gånger",
    "file_plan_ends_before_start": (
        "visit_plan.activities[{index}]: aktiviteten slutar {end}, innan den börjar {start}"
    ),
    "file_v1_reviewer_not_name": (
        "review.reviewers[{index}]: i en fil av version 1 är en bedömare ett namn (text)"
    ),
    "file_v2_reviewer_is_name": (
        "review.reviewers[{index}]: från version 2 är en bedömare ett objekt med id och namn"
    ),
    "file_reviewer_no_id": "review.reviewers[{index}].id: varje bedömare behöver ett id",
    "file_reviewer_listed_twice": "review.reviewers[{index}]: ”{name}” står med två gånger",
    "file_reviewer_id_twice": "review.reviewers[{index}].id: två bedömare har id {id}",
    "file_comment_item": (
        "service_comments[{index}].item: skalan ”{scale}” har inget kriterium ”{item}”"
    ),
    "file_calculation_item": (
        "calculations[{index}].item: skalan ”{scale}” har inget kriterium ”{item}”"
    ),
    "file_calculation_twice": (
        "calculations[{index}].item: kriteriet ”{item}” förekommer två gånger"
    ),
    "file_calculation_inputs": "calculations[{index}].inputs: {problem}",
    "calc_no_calculator": "kriteriet ”{item}” har ingen beräkning",
    "calc_not_object": "siffrorna måste vara ett objekt",
    "calc_wrong_kind": "kriteriet ”{item}” tar siffror av slaget ”{kind}”, inte ”{given}”",
    "calc_invalid": "{place}: ogiltigt värde ({detail})",
    "calc_rating_range": "{place}: en skattning är ett heltal från 1 till 5",
    "calc_figure_at_least": "{place}: värdet måste vara minst {lowest}",
    "calc_figure_between": "{place}: värdet måste vara minst {lowest} och högst {highest}",
    "calc_part_above_whole": "part: delen kan inte vara större än helheten",
    "calc_label_twice": "rows: varje arbetsspecialists beteckning får bara användas en gång",
    "calc_no_scores": "det finns inga poäng att räkna medelvärde på",
    "item_no_calculator": "Kriteriet {item} har ingen beräkning.",
    "item_inputs_invalid": "{item}: {problem}.",
    "no_figures": "Inga siffror är inmatade för {item}.",
    "edition_not_found": "Det finns ingen skaltext (utgåva) med id {edition}.",
    "edition_other_scale": (
        "Skaltexten {edition} hör till ”{scale}” på ”{language}”, inte till ”{wanted_scale}” "
        "på ”{wanted_language}”."
    ),
    "edition_for_scale": "Skaltexten {edition} hör till ”{scale}” på ”{language}”.",
    "edition_not_review_scale": (
        "Skaltexten ”{name}” hör till ”{scale}” på ”{language}”; den här bedömningen använder "
        "”{review_scale}” på ”{review_language}”."
    ),
    "edition_invalid": "{problem}",
    "edition_needs_edition": (
        "{source}: edition: en fil med en skaltext behöver objektet ”edition” med ”name” "
        "och ”source”"
    ),
    "edition_unknown_scale": (
        "{source}: det finns ingen skala ”{scale}” på ”{language}” att göra en skaltext av "
        "(kända: {known})"
    ),
    "edition_differs": (
        "{source}: {places} skiljer sig från skalan: en ny skaltext ändrar bara "
        "formuleringar; en ny version av skalan är en ny skalfil"
    ),
    "draft_not_plain": "Utkastet får bara innehålla text, tal och listor.",
    "draft_too_large": "Utkastet är för stort för att sparas.",
    "draft_not_found": "Det finns inget utkast med id {draft}.",
    # -- merged from main: personal data -----------------------------------------------------
    "pd_changed_since_check": (
        "{place} ändrades i ett annat fönster eller program efter kontrollen. Inget ersattes: "
        "kontrollera igen och välj sedan vad som ska ersättas."
    ),
    "pd_no_longer_stored": "{place} finns inte längre sparad.",
    "pd_purge_needs_final": (
        "Personliga anteckningar kan bara tas bort ur en slutförd bedömning; den här "
        "bedömningen är fortfarande ett utkast."
    ),
    "pd_retention_range": (
        "Ange hur många dagar personliga anteckningar ska sparas som ett heltal från 0 "
        "till {max}."
    ),
    "pd_place_evidence": "En post i underlaget",
    "pd_place_strengths": "Anteckningen om styrkor",
    "pd_place_development": "Anteckningen om utvecklingsområden",
    "pd_place_rationale": "Motiveringen",
    "pd_place_needs_info_reason": "Skälet till markeringen Behöver mer information",
    "pd_place_summary_strengths": "Sammanfattningens styrkor",
    "pd_place_summary_recommendations": "Sammanfattningens rekommendationer",
    "pd_place_reviewer_note": "Anteckningen av {reviewer}",
    "pd_place_action_what": "Åtgärden",
    "pd_place_action_outcome": "Åtgärdens resultat",
    "pd_place_change_old": "Det tidigare värdet i loggen över ändringar",
    "pd_place_change_new": "Det nya värdet i loggen över ändringar",
    "pd_place_change_reason": "Skälet att öppna bedömningen igen i loggen över ändringar",
    "pd_place_service_comment": "Verksamhetens kommentar från faktagranskningen",
    "pd_place_plan_activity": "En aktivitet i besöksplanen",
    "pd_place_plan_with_whom": "Rollen (med vem) för en aktivitet i besöksplanen",
    "pd_place_plan_document": "Ett underlag som begärts i besöksplanen",
    "pd_place_event_reason": "Ett skäl i bedömningens logg",
    "pd_place_of_item": "{what} för {item}",
    # -- merged from main: the command line ---------------------------------------------------
    "cli_edition_already_stored": "{path}: den här texten finns redan sparad, inget ändrades",
    "cli_builtin": "inbyggd",
    "cli_proposal": "  {item}: siffrorna föreslår {proposed}",
    "cli_proposal_overridden": "  {item}: siffrorna föreslår {proposed}, poäng {score} (avviker)",
    "pd_list": "{items}",
    "pd_identity_numbers_one": "{count} personnummer",
    "pd_identity_numbers_many": "{count} personnummer",
    "pd_coordination_numbers_one": "{count} samordningsnummer",
    "pd_coordination_numbers_many": "{count} samordningsnummer",
    "pd_emails_one": "{count} e-postadress",
    "pd_emails_many": "{count} e-postadresser",
    "pd_phones_one": "{count} telefonnummer",
    "pd_phones_many": "{count} telefonnummer",
    "pd_names_one": "{count} namn",
    "pd_names_many": "{count} namn",
    "pd_findings_one": "{count} uppgift",
    "pd_findings_many": "{count} uppgifter",
    "pd_evidence_notes_one": "{count} post i underlaget",
    "pd_evidence_notes_many": "{count} poster i underlaget",
    "pd_reasons_one": "{count} skäl till markeringen Behöver mer information",
    "pd_reasons_many": "{count} skäl till markeringen Behöver mer information",
    "pd_reviewer_notes_one": "{count} bedömaranteckning",
    "pd_reviewer_notes_many": "{count} bedömaranteckningar",
    "pd_other_texts_one": "{count} annan text",
    "pd_other_texts_many": "{count} andra texter",
    "pd_days_one": "{count} dag",
    "pd_days_many": "{count} dagar",
    "pd_privacy_help": (
        "visa troliga personuppgifter i en bedömnings anteckningar, eller ta bort dess "
        "personliga anteckningar"
    ),
    "pd_review_id_help": "bedömningen (behövs inte med --due eller --retention)",
    "pd_json_help": "maskinläsbar utdata",
    "pd_purge_help": (
        "ta bort bedömningens personliga anteckningar (bara slutförda bedömningar): "
        "anteckningar om underlag, skäl till markeringar och bedömarnas egna anteckningar; "
        "poäng, styrkor, utvecklingsområden och motiveringar finns kvar"
    ),
    "pd_by_help": "vem som tar bort anteckningarna, för bedömningens logg (standard: ditt "
    "inloggningsnamn)",
    "pd_due_help": (
        "visa slutförda bedömningar som har sparats längre än bevarandetiden och har "
        "anteckningar att ta bort"
    ),
    "pd_retention_help": (
        "visa, eller sätt till DAYS, hur länge personliga anteckningar sparas efter att en "
        "bedömning har slutförts"
    ),
    "pd_report_redact_help": (
        "ersätt troliga personuppgifter med [deltagare] ([participant] på engelska) bara i "
        "rapporten; de sparade anteckningarna lämnas som de är"
    ),
    "pd_file_redact_help": (
        "ersätt troliga personuppgifter med [deltagare] ([participant] på engelska) bara i "
        "bedömningsfilen; de sparade anteckningarna lämnas som de är"
    ),
    "pd_needs_review": "ange ett REVIEW_ID, eller använd --due eller --retention",
    "pd_none_found": "Inga troliga personuppgifter hittades i anteckningarna i bedömning {review}.",
    "pd_found": "{count} hittades i anteckningarna i bedömning {review}: {kinds}.",
    "pd_factual_redact_help": (
        "ersätt troliga personuppgifter med [deltagare] ([participant] på engelska) bara i "
        "utkastet och kalkylbladet som skickas; de sparade anteckningarna lämnas som de är"
    ),
    "pd_factual_warning": (
        "varning: utkastet och kalkylbladet innehåller {count} som ser ut som personuppgifter "
        "({kinds}). Se dem med ”fidelity-app privacy {review}”; lägg till --redact för att "
        "ersätta dem bara i det som skickas."
    ),
    "pd_factual_redacted": (
        "ersatte {count} som såg ut som personuppgifter ({kinds}) med {replacement} "
        "bara i utkastet och kalkylbladet; de sparade anteckningarna är oförändrade."
    ),
    "pd_report_warning": (
        "varning: rapporten innehåller {count} som ser ut som personuppgifter ({kinds}). Se dem "
        "med ”fidelity-app privacy {review}”; lägg till --redact för att ersätta dem bara i "
        "rapporten."
    ),
    "pd_file_warning": (
        "varning: bedömningsfilen innehåller {count} som ser ut som personuppgifter ({kinds}). "
        "Se dem med ”fidelity-app privacy {review}”; lägg till --redact för att ersätta dem "
        "bara i bedömningsfilen."
    ),
    "pd_report_redacted": (
        "ersatte {count} som såg ut som personuppgifter ({kinds}) med {replacement} "
        "bara i rapporten; de sparade anteckningarna är oförändrade."
    ),
    "pd_file_redacted": (
        "ersatte {count} som såg ut som personuppgifter ({kinds}) med {replacement} "
        "bara i bedömningsfilen; de sparade anteckningarna är oförändrade."
    ),
    "pd_purged": (
        "Tog bort de personliga anteckningarna i bedömning {review}: {evidence}, {reasons}, "
        "{notes} och {others} (verksamhetens kommentarer och utkast från faktagranskningen, "
        "besöksplanens aktiviteter och underlag, skäl som skrivits i loggarna). Poäng, styrkor, "
        "utvecklingsområden, motiveringar och besöksplanens roller finns kvar; bedömningens "
        "logg visar borttagningen."
    ),
    "pd_nothing_purged": (
        "Bedömning {review} har inga personliga anteckningar kvar; inget ändrades."
    ),
    "pd_retention": "Personliga anteckningar sparas {days} efter att en bedömning har slutförts.",
    "pd_retention_set": (
        "Personliga anteckningar sparas nu {days} efter att en bedömning har slutförts."
    ),
    "pd_none_due": (
        "Ingen slutförd bedömning med personliga anteckningar har sparats längre än {days}."
    ),
    "pd_due_line": "{review}\t{service}\tslutförd {final}\tska rensas {due}",
    # -- never lose a review: limits, stale copies, output paths -----------------------------
    "what_reviewer_list": "Listan över bedömare",
    "what_summary_strengths": "Bedömningens styrkor",
    "what_summary_recommendations": "Bedömningens rekommendationer",
    "too_many_reviewers": "En bedömning kan ha högst {max} bedömare. Inget sparades.",
    "review_notes_too_long": (
        "Bedömningens anteckningar skulle tillsammans bli {total} tecken; en bedömning rymmer "
        "högst {max}, så att den får plats i en bedömningsfil. Korta en anteckning. Inget "
        "sparades."
    ),
    "file_v_review_notes_too_long": (
        "bedömningens anteckningar är tillsammans {total} tecken; en bedömning rymmer högst "
        "{max}"
    ),
    "unknown_summary_field": "Okänt fält i sammanfattningen: ”{field}”.",
    "review_value_changed_elsewhere": (
        "{what} har ändrats i ett annat fönster eller program sedan det här fönstret hämtade "
        "uppgifterna. Din ändring är inte sparad: titta på det som är sparat och gör sedan om "
        "ändringen om den fortfarande gäller."
    ),
    "action_changed_elsewhere": (
        "Åtgärden ”{action}” ändrades i ett annat fönster eller program efter att det här "
        "fönstret visade den. Din ändring är inte sparad: öppna åtgärden igen för att se det "
        "som är sparat och gör sedan om ändringen om den fortfarande gäller."
    ),
    "reviewer_with_rated_items": "{name} ({count} kriterier)",
    "removal_not_confirmed": (
        "Om du tar bort {who} raderas deras poäng och anteckningar i den här bedömningen. "
        "Bekräfta borttagningen först; inget ändrades."
    ),
    "pd_replacement_too_long": (
        "{place} skulle med ersättningen få {length} tecken, men får ha högst {max} tecken. "
        "Välj en kortare ersättning. Inget ersattes."
    ),
    "output_is_database": (
        "{path} är programmets databas eller en av dess arbetsfiler; att skriva över den "
        "skulle förstöra de sparade bedömningarna. Välj ett annat filnamn. Inget skrevs."
    ),
    "output_in_backups": (
        "{path} ligger i mappen för databasens säkerhetskopior, som bara programmet skriver "
        "i. Välj en annan mapp. Inget skrevs."
    ),
    "backups_not_listed": "Säkerhetskopiorna kunde inte listas ({reason}).",
    "db_wal_not_its_own": (
        " Själva filen är hel: loggfilen {wal} bredvid den hör inte till den (den lämnades "
        "av en annan databas) eller är skadad."
    ),
    # -- the visit plan ---------------------------------------------------------------------
    "what_plan_activity": "Aktiviteten",
    "what_plan_document": "Underlaget",
    "what_plan_document_name": "Beskrivningen av underlaget",
    "what_plan_with_whom": "Rollen",
    "what_plan_order": "Ordningen i besöksplanen",
    "plan_bad_time": "”{value}” är ingen tid. Skriv till exempel 09:00 eller 13.30.",
    "plan_ends_before_start": "Aktiviteten kan inte sluta {end} om den börjar {start}.",
    "plan_bad_day": "Dagen måste vara ett datum.",
    "plan_bad_date": "”{value}” är inget datum. Skriv det som ÅÅÅÅ-MM-DD, till exempel 2026-03-10.",
    "plan_role_not_name": (
        "”{text}” ser ut att innehålla personuppgifter. Skriv vem aktiviteten är med som en "
        "roll, till exempel ”arbetsspecialister” eller ”deltagare i grupp”, aldrig ett namn. "
        "Inget sparades."
    ),
    "plan_not_empty": (
        "Besöksplanen har redan innehåll; mallen används bara för en tom plan. Inget ändrades."
    ),
    "plan_no_such_document": (
        "Det finns inget underlag nummer {number}; listan har {count} underlag."
    ),
    "plan_row_not_found": (
        "{what} finns inte längre i besöksplanen; den kan ha ändrats i ett annat fönster."
    ),
    "plan_too_many_rows": "En besöksplan kan ha högst {max} rader i varje lista.",
    # -- the shared database: push and pull ---------------------------------------------------
    "action_status_planned": "planerad",
    "action_status_in-progress": "pågående",
    "action_field_item": "kriterium",
    "action_field_what": "vad som ska göras",
    "action_field_responsible": "ansvarig",
    "action_field_due_date": "sista datum",
    "action_field_status": "status",
    "action_field_outcome": "resultat",
    "conflict_action": "åtgärden ”{subject}”",
    "conflict_status": "status {value}",
    "merged_actions": "lade till åtgärder i handlingsplanen ({count})",
    "file_action_item": "actions[{index}].item: skalan ”{scale}” har inget kriterium ”{item}”",
    "file_action_twice": "actions[{index}].id: åtgärden {id} finns två gånger",
    "sync_cancelled": "Avbrutet. Inget sparades, varken här eller i den delade databasen.",
    "sync_cannot_open": "Den delade databasen {target} gick inte att öppna. {reason}",
    "sync_failed": "Överföringen till eller från {target} misslyckades. {reason}",
    "sync_no_database": (
        "Det finns ingen databas på {target}. Kontrollera adressen; en delad databas skapas "
        "aldrig av att man skickar till den."
    ),
    "sync_same_database": (
        "{target} är databasen du arbetar i just nu. Ange den delade databasen i stället."
    ),
    "sync_no_such_service": (
        "Den delade databasen {target} har ingen verksamhet som heter ”{name}”. Inget hämtades."
    ),
    "sync_review_unreadable": (
        "Bedömningen {review} gick inte att föra över: {problem}. Inget sparades."
    ),
    "sync_changed_meanwhile": (
        "Samma bedömningar ändrades samtidigt av någon annan. Inget sparades; försök igen."
    ),
    "sync_lost": (
        "Överföringen avbröts ({reason}). Inget sparades, varken här eller i {target}; "
        "försök igen när förbindelsen fungerar."
    ),
    "push_refused": (
        "Inget skickades till {target}, eftersom {count} av bedömningarna inte går att slå "
        "ihop med det som redan finns där:\n{problems}\nNågon behöver avgöra vad som stämmer "
        "innan du skickar igen."
    ),
    "pull_refused": (
        "Inget hämtades från {target}, eftersom {count} av bedömningarna inte går att slå "
        "ihop med det som redan finns här:\n{problems}\nNågon behöver avgöra vad som stämmer "
        "innan du hämtar igen."
    ),
    "push_review_conflicts": (
        "bedömningen av {service} {date} ({review}) finns redan i den delade databasen med "
        "annat innehåll:\n{conflicts}"
    ),
    "pull_review_conflicts": (
        "bedömningen av {service} {date} ({review}) finns redan här med annat innehåll:"
        "\n{conflicts}"
    ),
    "sync_conflict_line": "      · {conflict}",
    "sync_conflict_more": "      · och {count} till",
    "conflict_push": "{place}: {stored} i den delade databasen, {incoming} här",
    "conflict_pull": "{place}: {stored} här, {incoming} i den delade databasen",
    "push_locked": (
        "bedömningen av {service} {date} ({review}) är slutförd i den delade databasen och "
        "versionen här innehåller mer; den måste öppnas igen där innan den kan ta emot något"
    ),
    "pull_locked": (
        "bedömningen av {service} {date} ({review}) är slutförd här och versionen i den "
        "delade databasen innehåller mer; öppna bedömningen igen här för att hämta den"
    ),
    "push_service_match": (
        "verksamheten ”{name}” har ett annat id här än verksamheten med samma namn i den "
        "delade databasen; välj att lägga bedömningen till den befintliga verksamheten eller "
        "att skapa en ny"
    ),
    "pull_service_match": (
        "verksamheten ”{name}” har ett annat id i den delade databasen än verksamheten med "
        "samma namn här; välj att lägga bedömningen till den befintliga verksamheten eller "
        "att skapa en ny"
    ),
    "push_nothing_to_move": "Det finns inga bedömningar att skicka.",
    "pull_nothing_to_move": "Den delade databasen {target} har inga bedömningar att hämta.",
    "push_all_there_one": "Bedömningen finns redan likadan i {target}. Inget ändrades.",
    "push_all_there_many": (
        "Alla {count} bedömningarna finns redan likadana i {target}. Inget ändrades."
    ),
    "pull_all_there_one": (
        "Bedömningen från {target} finns redan likadan här. Inget ändrades."
    ),
    "pull_all_there_many": (
        "Alla {count} bedömningarna från {target} finns redan likadana här. Inget ändrades."
    ),
    "push_done": (
        "Skickat till {target}. Nya: {created}, sammanslagna: {merged}, oförändrade: "
        "{unchanged}."
    ),
    "pull_done": (
        "Hämtat från {target}. Nya: {created}, sammanslagna: {merged}, oförändrade: "
        "{unchanged}."
    ),
    "sync_with_editions": "{said} Skaltexter som följde med: {editions}.",
    "sync_review_line": "{service}, {date} ({review}): {what}",
    "sync_progress_read": "Läser bedömning {done} av {count}…",
    "sync_progress_store": "Sparar bedömning {done} av {count}…",
    "cli_sync_use_existing_or_new": (
        "Kör igen med --existing-service för att lägga bedömningen till den befintliga "
        "verksamheten, eller med --new-service för att skapa en ny."
    ),
}

EN: dict[str, str] = {
    "plain_text": "{text}",
    "comma_joined": "{first}, {second}",
    "semicolon_joined": "{first}; {second}",
    "empty": "empty",
    "what_note": "A note",
    "what_rationale": "A rationale",
    "what_reviewer_name": "A reviewer's name",
    "what_service_name": "The service's name",
    "review_not_found": "There is no review with id {review}.",
    "service_not_found": "There is no service with id {service}.",
    "service_name_not_found": "There is no service named '{name}'.",
    "action_not_found": "There is no action with id {action}.",
    "scale_not_available": "The scale '{scale}' is not available.",
    "scale_not_in_language": "The scale '{scale}' is not available in '{language}'.",
    "scale_not_in_language_available": (
        "The scale '{scale}' is not available in '{language}' (available: {available})."
    ),
    "item_not_in_scale": "The scale '{scale}' has no item '{item}'.",
    "not_a_reviewer": "'{name}' is not a reviewer of this review.",
    "no_reviewer_called": "There is no reviewer called {names}.",
    "must_be_text": "{what} must be text.",
    "text_too_long": (
        "{what} can be at most {max} characters long; this one has {length}. Shorten it, or "
        "keep the long text in a document of its own. Nothing was saved."
    ),
    "name_empty": "{what} must not be empty.",
    "name_too_long": "{what} cannot be longer than {max} characters.",
    "reviewer_twice": "The reviewer '{name}' is listed twice.",
    "score_not_allowed": "A score must be a whole number from 1 to 5, not {value}.",
    "unknown_service_fields": "Unknown service field(s): {fields}.",
    "unknown_kind": "Unknown kind of review '{kind}'.",
    "ends_before_start": "The review cannot end before it starts.",
    "id_too_short": "Give at least the first 4 characters of the review id.",
    "id_ambiguous": "The id {text} matches {count} reviews; give more of it.",
    "unknown_note_field": "Unknown note field '{field}'.",
    "not_all_scored": (
        "{count} item(s) are not scored yet; a review can be finalised only when every item "
        "has a score."
    ),
    "open_questions": (
        "{count} item(s) are flagged 'Needs more information':\n{items}\n"
        "Answer the questions and clear the flags, or finalise anyway: the flags are then "
        "cleared and this is recorded in the review's history."
    ),
    "open_question_item": "  - {item}",
    "flags_cleared_event": "finalised with open questions ({count}); the flags were cleared",
    "reopen_needs_reason": "Give a reason for reopening the review.",
    "not_a_checklist_item": "The item {item} is not scored with a list of elements.",
    "checklist_numbers": "Give the elements as numbers from 1 to {count}.",
    "review_not_final": "The review is not final.",
    "final_cannot_delete": "A final review cannot be deleted. Reopen it first.",
    "service_has_reviews": "A service with reviews cannot be deleted.",
    "review_is_final": "The review is final. Reopen it to make changes.",
    "changed_elsewhere": (
        "This review was changed elsewhere (another window or program). Reload it and make "
        "the change again."
    ),
    "score_changed_elsewhere": (
        "The score of {item} was changed in another window or program to {stored} (this "
        "window showed {expected}). Your change is not saved: look at the stored score, then "
        "make your change again if it still applies."
    ),
    "no_score": "no score",
    "note_changed_elsewhere": (
        "The {field} note of {item} was changed in another window or program. Your change is "
        "not saved: reload the item to see the stored text, then make your change again."
    ),
    "what_evidence": "An evidence entry",
    "what_role": "The role",
    "evidence_blank": "Write something in the entry; an empty evidence entry is not kept.",
    "evidence_source_unknown": "Unknown source '{source}' (choose one of: {sources}).",
    "evidence_too_many": "An item can have at most {max} evidence entries.",
    "evidence_not_found": "There is no evidence entry {entry}.",
    "evidence_changed_elsewhere": (
        "An evidence entry of {item} was changed in another window or program. Your change "
        "is not saved: reload the item, then make your change again."
    ),
    "evidence_removed_elsewhere": (
        "An evidence entry of {item} was removed in another window or program. Your change "
        "is not saved."
    ),
    "source_interview": "interview",
    "source_observation": "observation",
    "source_records": "record review",
    "source_figures": "figures",
    "source_document": "document",
    "source_untagged": "source not given",
    "duplicate_service": (
        "There is already a service called '{name}'{organisation}. Use it, so that the "
        "service's history stays in one place, or choose another name."
    ),
    "in_organisation": " in {organisation}",
    "compare_once": "Compare each reviewer once.",
    "agreement_needs_two": (
        "Agreement needs at least two reviewers; this review has {count}."
    ),
    "give_two_reviewers": "Give the names of two reviewers.",
    "choose_two_reviewers": "Choose two different reviewers.",
    "action_needs_text": "Say what will be done: an action needs a description.",
    "action_text_too_long": (
        "An action's description can be at most {max} characters long; this one has "
        "{length}. Nothing was saved."
    ),
    "responsible_not_text": "Who is responsible must be given as text.",
    "responsible_too_long": "Who is responsible cannot exceed {max} characters.",
    "due_not_date": "The due date must be a date.",
    "unknown_action_status": "Unknown action status {status}; use one of: {allowed}.",
    "outcome_not_text": "The outcome must be text.",
    "outcome_too_long": (
        "An action's outcome can be at most {max} characters long; this one has {length}. "
        "Nothing was saved."
    ),
    "action_closed": (
        "The action is {status}; set it to planned or in progress to reopen it before "
        "changing what will be done, who is responsible or the due date."
    ),
    "action_status_done": "done",
    "action_status_dropped": "dropped",
    "period_reversed": "The period starts ({start}) after it ends ({end}).",
    "give_service_name": "Give the name of a service.",
    "bad_separator": "The separator must be a comma or a semicolon.",
    "cannot_write": "Cannot write {path}: {reason}.",
    "file_problem": "{path}: {problem}",
    "what_sender": "The sender's name",
    "what_service_comment": "The service's comment",
    "factual_sheet_title": "Factual check",
    "factual_draft_not_found": "There is no kept draft number {draft}.",
    "factual_comments_added": "Comments stored: {count}",
    "factual_comments_known": "already stored and left out: {count}",
    "factual_scores_differ": (
        "{said}. The service changed the score in the sheet for: {items}. Scores are never "
        "taken from the sheet; read the comment and decide"
    ),
    "sheet_other_review": (
        "{path} belongs to another review ({other}), not to this one ({review}). "
        "Nothing was stored."
    ),
    "sheet_unknown_item": (
        "{path}, row {row}: '{text}' is not an item of this review. Correct the row or delete "
        "it and import again. Nothing was stored."
    ),
    "sheet_row_no_item": (
        "{path}, row {row}: the row names no item (both No. and Item are empty). Fill in "
        "which item the comment is about and import again. Nothing was stored."
    ),
    "sheet_not_a_file": "the file does not exist or is not an ordinary file.",
    "sheet_cannot_read": "the file cannot be read ({reason}).",
    "sheet_too_large": "the file is larger than {mb} MB and cannot be a factual-check sheet.",
    "sheet_not_xlsx": "the file is not an XLSX (Excel) spreadsheet. Save it as .xlsx and try "
    "again.",
    "sheet_too_many_rows": "the sheet has more than {max} filled rows.",
    "sheet_no_columns": (
        "no factual-check columns found. The first row should have the headings 'No.' or "
        "'Item' and '{comment_en}' (or '{comment}')."
    ),
    "no_database_to_back_up": "There is no database at {path} to back up yet.",
    "backup_failed": "The backup could not be made ({reason}). The database was not changed.",
    "cannot_restore_file": "This file cannot be restored: {reason}",
    "restore_failed": "The backup was not restored: {reason}",
    "storage_full": (
        "The database cannot be written: the disk is full. Your change is not saved. Free "
        "some disk space and try again."
    ),
    "storage_read_only": (
        "The database cannot be written: the file is read-only. Your change is not saved. "
        "Check the file's permissions, or open a copy of it."
    ),
    "storage_busy": (
        "The database is busy: another program window is saving right now. Your change is "
        "not saved. Try again in a moment."
    ),
    "storage_io": (
        "The disk reported an error while the database was being written. Your change is not "
        "saved. Check the disk (or network drive) and try again."
    ),
    "storage_cannot_open": (
        "The database file cannot be opened: it may have been moved, or its folder is "
        "missing. Your change is not saved."
    ),
    "storage_damaged": (
        "The database file is damaged. Your change is not saved. Close the program; at the "
        "next start it offers the newest good backup."
    ),
    "storage_permission": (
        "Your account may not change this review or this data in the shared database. Your "
        "change is not saved. Ask the support function for access if you need it."
    ),
    "storage_connection": (
        "The connection to the shared database was lost. Your change is not saved. Check the "
        "network and try again."
    ),
    "backup_on_server": (
        "The shared database is backed up on the server (with pg_dump), not by the program."
    ),
    "server_password": (
        "The server {server} asks for a password, and none was found (in .pgpass or the "
        "service file)."
    ),
    "server_login": "The server {server} refused the login: wrong user name or password.",
    "server_no_database": "The database does not exist on the server {server}.",
    "server_permission": "Your account may not connect to the database on the server {server}.",
    "server_unreachable": "The server {server} cannot be reached ({detail}).",
    "server_not_initialised": (
        "The database on {server} is not set up for the program, or has an older schema. The "
        "database owner sets it up with: fidelity-app --db \"{server}\" server init"
    ),
    "server_not_owner": "Only the database owner can set up or upgrade the database on {server}.",
    "no_database": (
        "There is no database at {path}. Nothing was created. Start the program without a "
        "command, or run 'demo' or 'import', to create one."
    ),
    "db_damaged": "{path} is damaged ({detail}).{wal}",
    "db_not_readable": "{path} is not a readable database ({detail}).",
    "db_damaged_list": "{path} is damaged: {problems}{wal}",
    "db_foreign": "{path} is not a fidelity_app database (it holds other tables). It was not "
    "changed.",
    "db_no_good_backup": "{problem} It was not changed. There is no good backup of it.",
    "db_good_backup": (
        "{problem} It was not changed. The newest good backup is {good} (made {when}); "
        "restore it with: fidelity-app --db \"{path}\" restore \"{good}\""
    ),
    "db_no_folder": "cannot create the folder {folder} ({reason}).",
    "db_no_backup_before_upgrade": (
        "cannot back up {path} before upgrading it ({reason}). Nothing was changed."
    ),
    "db_cannot_open": "cannot open {path}: {why}. Nothing was changed.",
    "failure_full": "the disk is full",
    "failure_read_only": "the file is read-only",
    "failure_busy": "another program window is using it",
    "failure_io": "the disk reported an error",
    "failure_cannot_open": "the file cannot be opened",
    "failure_damaged": "the file is damaged",
    "db_none_to_read": "there is no database at {path} to open read-only.",
    "db_read_only_old": (
        "{path} is read-only and was made by an older version of the program; it must be "
        "upgraded before it can be used, which needs a file that can be written. Copy it to a "
        "folder of yours and open the copy. Nothing was changed."
    ),
    "db_upgrade_broke_keys": "the upgrade broke {count} foreign key(s)",
    "db_upgrade_failed": "the database upgrade failed ({reason}); the database was left as it "
    "was",
    "db_too_new": (
        "the database has schema revision {revision}, which this version of the program does "
        "not know: it was made by a newer version. Nothing was changed."
    ),
    "db_backup_not_a_file": "{path} is not a file.",
    "db_backup_empty": "{path} is an empty database, not a fidelity_app backup.",
    "db_backup_is_live": "{file} is the database itself; choose a backup of it.",
    "db_restore_failed": "the restore failed ({reason}). The database was not replaced.",
    "db_restored_old_schema": "{path} was restored but is not at the current schema.",
    "import_stored_meanwhile": (
        "{source}: the review was stored by someone else meanwhile; import it again."
    ),
    "import_deleted_meanwhile": "{source}: the review was deleted meanwhile; import the file "
    "again.",
    "import_changed_meanwhile": (
        "{source}: the review was changed elsewhere meanwhile; import it again."
    ),
    "import_locked": (
        "{source}: the review {review} is final in this database and the file holds more "
        "(ratings, agreed items or notes). Nothing was imported; reopen the review to merge "
        "the file."
    ),
    "import_conflicts": (
        "{source}: the review {review} is already in the database with different content, so "
        "nothing was imported. {count} conflict(s):\n{conflicts}\nA person has to decide "
        "which is right. To take a reviewer's scores from the file, remove that reviewer from "
        "the review here (Reviewers... in the Scoring tab) and import the file again; or ask "
        "for a corrected file."
    ),
    "conflict_line": "  - {conflict}",
    "conflict_more": "  - and {count} more",
    "conflict": "{place}: {stored} here, {incoming} in the file",
    "conflict_agreed_item": "agreed scoring of {item}",
    "conflict_rating": "rating of {reviewer} for {item}",
    "conflict_score": "score {value}",
    "conflict_note": "note {value}",
    "conflict_score_and_note": "score {score} and note {note}",
    "conflict_other_notes": "other notes ({fields})",
    "conflict_evidence_entry": "an evidence entry of {item}",
    "conflict_evidence_text": "{source}{role}: {text}",
    "conflict_different_ones": "different ones",
    "place_scale": "scale",
    "place_language": "language",
    "place_service_name": "service name",
    "place_organisation": "organisation",
    "place_kind": "kind of review",
    "place_date": "first day",
    "place_end_date": "last day",
    "place_summary_strengths": "summary of strengths",
    "place_summary_recommendations": "summary recommendations",
    "field_score": "score",
    "field_evidence": "evidence",
    "field_strengths": "strengths",
    "field_development": "areas for development",
    "field_rationale": "rationale",
    "field_needs_info": "'Needs more information' flag",
    "field_needs_info_reason": "reason for the flag",
    "field_checklist_met": "elements in place",
    "field_reviewer": "reviewer's",
    "item_name": "{section} {number} · {title}",
    "imported_new": "imported as a new review",
    "imported_unchanged": "already in the database, nothing changed",
    "imported_merged": "merged into the stored review: {parts}",
    "merged_reviewers": "added reviewer(s) {names}",
    "merged_ratings": "added {count} reviewer rating(s)",
    "merged_items": "filled {count} empty agreed item(s)",
    "merged_evidence": "added {count} evidence entry/entries",
    "merged_fields": "filled {fields}",
    "merged_finalised": "made the review final, as in the file",
    "service_matches_by_name": (
        "{source}: the file's service '{name}' has another id than the service of that name "
        "here. Nothing was imported, so that the service's history is not split in two. "
        "Choose to add the review to the existing service or to create a new one."
    ),
    "file_too_large": "the file is larger than {mb} MB",
    "file_not_utf8": "the file is not UTF-8 text (bad byte at offset {offset})",
    "file_bad_json": "not valid JSON: {detail} at line {line}, column {column}",
    "file_key_twice": "the key '{key}' appears twice in one object",
    "file_bad_number": "'{name}' is not a valid JSON number",
    "file_too_deep": "the JSON is nested too deeply",
    "file_number_too_large": "not valid JSON: a number is too large",
    "file_not_object": "the file must hold one JSON object",
    "file_not_review_file": "format: this is not a review file (expected '{format}')",
    "file_bad_version": (
        "version: unsupported version {version} (this program reads {supported})"
    ),
    "file_versions": "versions {first} and {last}",
    "file_invalid": "{problems}",
    "file_invalid_more": "{problems} (and {more} more)",
    "file_unknown_scale": "scale: unknown scale '{scale}'",
    "file_scale_language": "language: the scale '{scale}' is not available in '{language}'",
    "file_unknown_item": "items[{index}].id: the scale '{scale}' has no item '{item}'",
    "file_item_twice": "items[{index}].id: the item '{item}' appears twice",
    "file_evidence_twice": (
        "items[{index}].evidence: the entry {entry} appears twice for the item '{item}'"
    ),
    "file_service_blank": "service.name: the name is blank",
    "file_reviewer_blank": "review.reviewers[{index}]: the name is blank",
    "file_reviewer_twice": "review.reviewers: a reviewer is listed twice",
    "file_ends_before_start": "review.end_date: the review cannot end before it starts",
    "file_final_unscored": (
        "review.status: a final review must score every item; {count} are unscored"
    ),
    "file_rating_reviewer": "ratings[{index}].reviewer: '{name}' is not listed in "
    "review.reviewers",
    "file_rating_item": "ratings[{index}].item: the scale '{scale}' has no item '{item}'",
    "file_rating_twice": "ratings[{index}]: '{name}' rates the item '{item}' twice",
    "file_checklist_bad": (
        "items[{index}].checklist_met: the item '{item}' has {count} elements; give each at "
        "most once as a number from 1 to {count}"
    ),
    "file_v_date_not_text": "a date must be text in the form YYYY-MM-DD",
    "file_v_not_a_date": "'{value}' is not a date in the form YYYY-MM-DD",
    "file_v_time_not_text": "a time must be text in the form YYYY-MM-DDTHH:MM:SS+00:00",
    "file_v_not_a_time": (
        "'{value}' is not a time with a time zone in the form YYYY-MM-DDTHH:MM:SS+00:00"
    ),
    "file_v_uuid_not_text": "an id must be text (a UUID)",
    "file_v_not_a_uuid": "'{value}' is not a UUID",
    "file_v_missing": "is missing",
    "file_v_extra": "is not part of the file format",
    "file_v_text": "must be text",
    "file_v_int": "must be a whole number",
    "file_v_bool": "must be true or false",
    "file_v_list": "must be a list",
    "file_v_object": "must be an object",
    "file_v_one_of": "must be one of {expected}",
    "file_v_text_too_long": "must be at most {max_length} characters long",
    "file_v_blank": "must not be blank",
    "file_v_at_least": "must be at least {ge}",
    "file_v_at_most": "must be at most {le}",
    "file_v_too_many": "must have at most {max_length} entries",
    "file_is_folder": "this is a folder, not a file",
    "file_not_regular": "this is not a regular file (but, say, a named pipe or a device), so "
    "it was not read",
    "file_cannot_read": "cannot read the file ({reason})",
    "file_lone_surrogate": (
        "the file holds text that is not valid Unicode (a lone surrogate such as \\udfff)"
    ),
    "text_not_unicode": "{what} holds characters that are not valid Unicode (a lone "
    "surrogate).",
    "cli_error": "error: {message}",
    "cli_bad_date": "'{text}' is not a date (use YYYY-MM-DD)",
    "cli_no_reviews": "No reviews yet. 'fidelity-app demo' adds a sample.",
    "cli_wrote": "wrote {path}",
    "cli_no_draft_sent": "The review has not been sent for factual check.",
    "cli_wrote_csv": "wrote {path} ({reviews} reviews, {rows} rows)",
    "cli_plan_heading": "Visit plan for {service}, {date}",
    "cli_plan_schedule": "Programme:",
    "cli_plan_activity": "  {number}. {day} {time}  {activity} ({with_whom})",
    "cli_plan_held": "  {number}. {day} {time}  {activity} ({with_whom}), held",
    "cli_plan_documents": "Documents:",
    "cli_plan_document": "  {number}. [ ] {name}",
    "cli_plan_received": "  {number}. [x] {name} (received)",
    "cli_plan_none": "  (none)",
    "cli_partial": "{total} (partial, {scored}/{items})",
    "cli_total": "Total: {total} of {max}",
    "cli_band": "Band: {band}",
    "cli_no_band": "- (not all items scored)",
    "cli_section": "  {title}: {subtotal} of {max} ({scored}/{items} scored)",
    "cli_unscored": "Unscored: {items}",
    "cli_items": "{count} items",
    "cli_restored": "restored {source} into {path}",
    "cli_replaced_backed_up": "the database it replaced was backed up as {path}",
    "cli_replaced_set_aside": "the database it replaced was damaged; moved unchanged to {path}",
    "cli_give_review_or_pair": "give either REVIEW_ID or --pair NAME NAME",
    "cli_agreement_reviewers": "Reviewers: {names}",
    "cli_agreement_reviews": "Reviews: {count}",
    "cli_agreement_items": "Items compared: {count}",
    "cli_agreement_left_out": "Items compared: {count} ({left_out} not scored by all left "
    "out)",
    "cli_agreement_exact": "Exact agreement: {share}",
    "cli_agreement_within": "Within one point: {share}",
    "cli_agreement_kappa": "Weighted kappa (quadratic): {kappa}",
    "cli_share": "{percent}% ({count} of {items})",
    "cli_kappa_reason": "  Kappa is not given: {reason}.",
    "kappa_too-few-items": "it needs at least two items scored by both reviewers",
    "kappa_no-variation": "both reviewers gave every item the same score",
    "kappa_constant-reviewer": "a reviewer gave every item the same score, so agreement "
    "beyond chance cannot be estimated",
    "kappa_not-two-reviewers": "kappa is worked out for exactly two reviewers; compare them "
    "in pairs",
    "server_admin_refused": (
        "Your account may not create roles or change the rights in the database on {server}. "
        "The database owner does that, with the right to create roles. Nothing was changed."
    ),
    "server_admin_failed": (
        "The shared database could not be set up or changed. Nothing was changed. Try again, "
        "or read the server's log."
    ),
    "server_prefix_empty": "The prefix of the role names must not be empty.",
    "server_prefix_too_long": "The prefix of the role names may be at most {max} characters.",
    "server_login_invalid": "The login name must be 1 to {max} characters long.",
    "server_role_unknown": "Unknown role: '{role}'. Choose one of: {roles}.",
    "server_service_needed": "An account for a service needs --service NAME.",
    "server_reviewer_needed": (
        "An account for a reviewer needs --reviewer NAME (the name the reviewer has in the "
        "reviews)."
    ),
    "server_service_ambiguous": "Several services are called '{name}'; give the service's id.",
    "server_not_set_up": (
        "The database on {server} is not set up for accounts yet: first run "
        "fidelity-app --db \"{server}\" server init"
    ),
    "server_needs_uri": (
        "The server command is for a shared database: give --db postgresql://user@host/database."
    ),
    "server_password_env_missing": "The environment variable {var} is not set.",
    "cli_server_ready": (
        "The database is set up. Group roles: {support} (support), {reviewer} (reviewers), "
        "{service} (services)."
    ),
    "cli_server_user_added": "Created the account {login} as {role}{what}.",
    "cli_server_user_updated": "The account {login} is now {role}{what}.",
    "cli_server_for_service": " of the service '{name}'",
    "cli_server_for_reviewer": " for the reviewer '{name}'",
    "cli_password_prompt": "Password for {server}: ",
    "cli_password_refused": "The server {server} did not accept the password. Try again.",
    "password_not_remembered": (
        "The password worked but could not be kept in the system keychain ({reason}); you "
        "will be asked again next time."
    ),
    "cli_new_password_prompt": "Password for the new account {login}: ",
    "cli_created_database": "created the database {path}",
    "cli_use_existing_or_new": (
        "Give --existing-service to add the review to the existing service or --new-service "
        "to create a new one."
    ),
    "cli_duplicate_service": (
        "{source}: a service called '{name}' is already here (id {service}); the review was "
        "added to it."
    ),
    "sum_all_dates": "all dates",
    "sum_period_span": "{start} to {end}",
    "sum_period": "Period: {period} (review start dates)",
    "sum_services": "Services: {count} in the database, {reviewed} with a review in the period",
    "sum_reviews": "Final reviews: {count}{kinds}",
    "sum_reviews_with_drafts": "Reviews: {count}{kinds}; {final} final, {drafts} draft(s) "
    "(drafts included)",
    "sum_kinds": " ({kinds})",
    "sum_none": "No final reviews in the period.",
    "sum_drafts_left_out": "{count} draft(s) not counted (--include-drafts counts them).",
    "sum_none_with_drafts": "No reviews in the period.",
    "sum_bands": "{name} ({scale}): latest complete review per service",
    "sum_means": "Mean agreed score per item ({scale}; low = {low} or lower):",
    "sum_low": "Items most often scored {low} or lower ({scale}):",
    "sum_low_line": "  {item:<16} {low} of {scored} ({share})  {title}",
    "sum_without_complete": "Services without a complete review in the period: {count}",
    # -- comparisons across services ----------------------------------------------------
    "kind_external": "external review",
    "kind_self_assessment": "self-assessment",
    "kind_peer_review": "peer review",
    "kind_dialogue_meeting": "dialogue meeting",
    "cmp_ambiguous": "Several services are called '{name}'; give the service's id instead.",
    "cmp_heading": "{service} compared with every service's latest final review "
        "({kinds}, {scale})",
    "cmp_no_review": "{service} has no final review of that kind yet.",
    "cmp_review": "The review compared: {date} ({kind})",
    "cmp_partial": "The review is not complete, so it has no total.",
    "cmp_total": "Total {total} ({band}). Services with a complete review: {count}; with a "
        "lower total: {lower}, with a higher one: {higher}.",
    "cmp_columns": "Item\tScore\t1\t2\t3\t4\t5\tMedian\tLower\tHigher",
    "cmp_anonymous": (
        "As a service account you see the other services only in the anonymous figures: an "
        "item or the totals are shown only when at least {minimum} services contribute."
    ),
    "cmp_shared_one_kind": (
        "The anonymous figures are given for one kind of review at a time; choose a single "
        "kind to compare with."
    ),
    "sa_heading": "{service}: self-assessment of {own} beside the external review of {outside}",
    "sa_counts": "Items the team scored higher: {higher}; lower: {lower}; the same: {same}.",
    "sa_columns": "Item\tSelf-assessment\tExternal\tDifference",
    "sa_missing": "{service} has no final {missing} to compare with.",
    # -- merged from main: services and exchange ---------------------------------------------
    "reviewer_twice_as": "The reviewer '{name}' is listed twice (as '{twin}').",
    "agreement_needs_two_scored": (
        "Agreement needs at least two reviewers who have scored items; this review has "
        "{count} of {total}."
    ),
    "imported_edition_missing": (
        "{said} (scored with the scale text {edition}, which is not in this database; it is "
        "shown with the built-in text)"
    ),
    "merged_inputs": "added the calculator figures of {count} item(s)",
    "merged_comments": "added the service's comments: {count}",
    "conflict_reviewer": "reviewer {reviewer}",
    "conflict_one_reviewer": "one reviewer, {name},",
    "conflict_two_reviewers": "two ({first} and {second})",
    "conflict_inputs": "calculator figures of {item}",
    "conflict_plan_activity": "an activity of the visit plan",
    "conflict_plan_document": "a document of the visit plan",
    "merged_plan": "added {count} row(s) to the visit plan",
    "merged_plan_ticks": "ticked {count} row(s) of the visit plan",
    "file_plan_needs_v3": (
        "visit_plan: the visit plan is part of version 3 of the file format; the file says "
        "version {version}"
    ),
    "file_plan_id_twice": "visit_plan.{part}[{index}]: id {id} is listed twice",
    "file_plan_ends_before_start": (
        "visit_plan.activities[{index}]: the activity ends at {end}, before it starts at "
        "{start}"
    ),
    "conflict_some_figures": "some figures",
    "file_v1_reviewer_not_name": (
        "review.reviewers[{index}]: in a version 1 file a reviewer is a name (text)"
    ),
    "file_v2_reviewer_is_name": (
        "review.reviewers[{index}]: from version 2 a reviewer is an object with an id and a name"
    ),
    "file_reviewer_no_id": "review.reviewers[{index}].id: every reviewer needs an id",
    "file_reviewer_listed_twice": "review.reviewers[{index}]: '{name}' is listed twice",
    "file_reviewer_id_twice": "review.reviewers[{index}].id: two reviewers have the id {id}",
    "file_calculation_item": "calculations[{index}].item: the scale '{scale}' has no item '{item}'",
    "file_comment_item": (
        "service_comments[{index}].item: the scale '{scale}' has no item '{item}'"
    ),
    "file_calculation_twice": "calculations[{index}].item: the item '{item}' appears twice",
    "file_calculation_inputs": "calculations[{index}].inputs: {problem}",
    "calc_no_calculator": "the item '{item}' has no calculator",
    "calc_not_object": "the inputs must be an object",
    "calc_wrong_kind": "the item '{item}' takes '{kind}' inputs, not '{given}'",
    "calc_invalid": "{place}: {detail}",
    "calc_rating_range": "{place}: a rating is a whole number from 1 to 5",
    "calc_figure_at_least": "{place}: the figure must be at least {lowest}",
    "calc_figure_between": "{place}: the figure must be at least {lowest} and at most {highest}",
    "calc_part_above_whole": "part: the part cannot be larger than the whole",
    "calc_label_twice": "rows: each specialist's label is used once",
    "calc_no_scores": "there are no scores to average",
    "item_no_calculator": "The item {item} has no calculator.",
    "item_inputs_invalid": "{item}: {problem}.",
    "no_figures": "No figures are entered for {item}.",
    "edition_not_found": "There is no scale text (edition) with id {edition}.",
    "edition_other_scale": (
        "The scale text {edition} is for '{scale}' in '{language}', not '{wanted_scale}' in "
        "'{wanted_language}'."
    ),
    "edition_for_scale": "The scale text {edition} is for '{scale}' in '{language}'.",
    "edition_not_review_scale": (
        "The scale text '{name}' is for '{scale}' in '{language}'; this review uses "
        "'{review_scale}' in '{review_language}'."
    ),
    "edition_invalid": "{problem}",
    "edition_needs_edition": (
        "{source}: edition: an edition file needs an 'edition' object with its 'name' and "
        "'source'"
    ),
    "edition_unknown_scale": (
        "{source}: there is no scale '{scale}' in '{language}' to make an edition of "
        "(known: {known})"
    ),
    "edition_differs": (
        "{source}: {places} differ from the scale: an edition changes wording only; a new "
        "scale version is a new scale file"
    ),
    "draft_not_plain": "The draft must be plain text, numbers and lists.",
    "draft_too_large": "The draft is too large to keep.",
    "draft_not_found": "There is no draft with id {draft}.",
    # -- merged from main: personal data -----------------------------------------------------
    "pd_changed_since_check": (
        "{place} was changed in another window or program after it was checked. Nothing was "
        "replaced: check again, then choose what to replace."
    ),
    "pd_no_longer_stored": "{place} is no longer stored.",
    "pd_purge_needs_final": (
        "Personal notes can be removed only from a final review; this review is still a draft."
    ),
    "pd_retention_range": (
        "Give the number of days to keep personal notes as a whole number from 0 to {max}."
    ),
    "pd_place_evidence": "An evidence entry",
    "pd_place_strengths": "The strengths note",
    "pd_place_development": "The note on areas for development",
    "pd_place_rationale": "The rationale",
    "pd_place_needs_info_reason": "The reason for the 'Needs more information' flag",
    "pd_place_summary_strengths": "The overall strengths",
    "pd_place_summary_recommendations": "The overall recommendations",
    "pd_place_reviewer_note": "The note by {reviewer}",
    "pd_place_action_what": "The action",
    "pd_place_action_outcome": "The action's outcome",
    "pd_place_change_old": "The earlier value in the log of changes",
    "pd_place_change_new": "The new value in the log of changes",
    "pd_place_change_reason": "The reason for reopening in the log of changes",
    "pd_place_service_comment": "The service's comment from the factual check",
    "pd_place_plan_activity": "An activity of the visit plan",
    "pd_place_plan_with_whom": "The role ('with whom') of an activity of the visit plan",
    "pd_place_plan_document": "A document asked for in the visit plan",
    "pd_place_event_reason": "A reason in the review's log",
    "pd_place_of_item": "{what} of {item}",
    # -- merged from main: the command line ---------------------------------------------------
    "cli_edition_already_stored": "{path}: this text is already stored, nothing changed",
    "cli_builtin": "built-in",
    "cli_proposal": "  {item}: the figures propose {proposed}",
    "cli_proposal_overridden": "  {item}: the figures propose {proposed}, scored {score} "
    "(overrides it)",
    "pd_list": "{items}",
    "pd_identity_numbers_one": "{count} identity number",
    "pd_identity_numbers_many": "{count} identity numbers",
    "pd_coordination_numbers_one": "{count} coordination number",
    "pd_coordination_numbers_many": "{count} coordination numbers",
    "pd_emails_one": "{count} e-mail address",
    "pd_emails_many": "{count} e-mail addresses",
    "pd_phones_one": "{count} phone number",
    "pd_phones_many": "{count} phone numbers",
    "pd_names_one": "{count} name",
    "pd_names_many": "{count} names",
    "pd_findings_one": "{count} item",
    "pd_findings_many": "{count} items",
    "pd_evidence_notes_one": "{count} evidence entry",
    "pd_evidence_notes_many": "{count} evidence entries",
    "pd_reasons_one": "{count} needs-information reason",
    "pd_reasons_many": "{count} needs-information reasons",
    "pd_reviewer_notes_one": "{count} reviewer's note",
    "pd_reviewer_notes_many": "{count} reviewers' notes",
    "pd_other_texts_one": "{count} other text",
    "pd_other_texts_many": "{count} other texts",
    "pd_days_one": "{count} day",
    "pd_days_many": "{count} days",
    "pd_privacy_help": (
        "list likely personal data in a review's notes, or remove its personal notes"
    ),
    "pd_review_id_help": "the review (not needed with --due or --retention)",
    "pd_json_help": "machine-readable output",
    "pd_purge_help": (
        "remove the review's personal notes (final reviews only): evidence notes, "
        "needs-information reasons and reviewers' own notes; scores, strengths, areas for "
        "development and rationales stay"
    ),
    "pd_by_help": "who removes the notes, for the review's log (default: your login name)",
    "pd_due_help": (
        "list final reviews kept longer than the retention time, with notes to remove"
    ),
    "pd_retention_help": (
        "show, or set to DAYS, how long personal notes are kept after a review is final"
    ),
    "pd_report_redact_help": (
        "replace likely personal data by [deltagare] ([participant] in English) in the report "
        "only; the stored notes stay as they are"
    ),
    "pd_file_redact_help": (
        "replace likely personal data by [deltagare] ([participant] in English) in the review "
        "file only; the stored notes stay as they are"
    ),
    "pd_needs_review": "give a REVIEW_ID, or use --due or --retention",
    "pd_none_found": "No likely personal data found in the notes of review {review}.",
    "pd_found": "{count} found in the notes of review {review}: {kinds}.",
    "pd_factual_redact_help": (
        "replace likely personal data by [deltagare] ([participant] in English) only in the "
        "draft and the spreadsheet sent; the stored notes stay as they are"
    ),
    "pd_factual_warning": (
        "warning: the draft and the spreadsheet contain {count} that look like personal data "
        "({kinds}). See them with 'fidelity-app privacy {review}'; add --redact to replace them "
        "only in what is sent."
    ),
    "pd_factual_redacted": (
        "replaced {count} that looked like personal data ({kinds}) with {replacement} only in "
        "the draft and the spreadsheet; the stored notes are unchanged."
    ),
    "pd_report_warning": (
        "warning: the report contains {count} that look like personal data ({kinds}). See "
        "them with 'fidelity-app privacy {review}'; add --redact to replace them in the "
        "report only."
    ),
    "pd_file_warning": (
        "warning: the review file contains {count} that look like personal data ({kinds}). "
        "See them with 'fidelity-app privacy {review}'; add --redact to replace them in the "
        "review file only."
    ),
    "pd_report_redacted": (
        "replaced {count} that looked like personal data ({kinds}) with {replacement} in the "
        "report only; the stored notes are unchanged."
    ),
    "pd_file_redacted": (
        "replaced {count} that looked like personal data ({kinds}) with {replacement} in the "
        "review file only; the stored notes are unchanged."
    ),
    "pd_purged": (
        "Removed the personal notes of review {review}: {evidence}, {reasons}, {notes} and "
        "{others} (the service's comments and drafts from the factual check, the visit plan's "
        "activities and documents, reasons written in the logs). Scores, strengths, areas for "
        "development, rationales and the visit plan's roles are kept; the review's log "
        "records it."
    ),
    "pd_nothing_purged": "Review {review} has no personal notes left; nothing was changed.",
    "pd_retention": "Personal notes are kept {days} after a review is final.",
    "pd_retention_set": "Personal notes are now kept {days} after a review is final.",
    "pd_none_due": "No final review has been kept longer than {days} with personal notes in it.",
    "pd_due_line": "{review}\t{service}\tfinal {final}\tdue {due}",
    # -- never lose a review: limits, stale copies, output paths -----------------------------
    "what_reviewer_list": "The list of reviewers",
    "what_summary_strengths": "The review's strengths",
    "what_summary_recommendations": "The review's recommendations",
    "too_many_reviewers": "A review can have at most {max} reviewers. Nothing was saved.",
    "review_notes_too_long": (
        "The notes of this review would hold {total} characters together; a review can hold "
        "at most {max}, so that it fits in a review file. Shorten a note. Nothing was saved."
    ),
    "file_v_review_notes_too_long": (
        "the notes of the review hold {total} characters together; a review holds at most "
        "{max}"
    ),
    "unknown_summary_field": "Unknown summary field '{field}'.",
    "review_value_changed_elsewhere": (
        "{what} was changed in another window or program since this window showed it. Your "
        "change is not saved: look at the stored version, then make your change again if it "
        "still applies."
    ),
    "action_changed_elsewhere": (
        "The action '{action}' was changed in another window or program since this window "
        "showed it. Your change is not saved: open the action again to see the stored "
        "version, then make your change again if it still applies."
    ),
    "reviewer_with_rated_items": "{name} ({count} items)",
    "removal_not_confirmed": (
        "Removing {who} would delete their scores and notes in this review. Confirm the "
        "removal first; nothing was changed."
    ),
    "pd_replacement_too_long": (
        "{place} would hold {length} characters with the replacement; it can hold at most "
        "{max} characters. Choose a shorter replacement. Nothing was replaced."
    ),
    "output_is_database": (
        "{path} is the program's database or one of its working files; writing it would "
        "destroy the stored reviews. Choose another file name. Nothing was written."
    ),
    "output_in_backups": (
        "{path} is in the folder of the database's backups, which only the program writes. "
        "Choose another folder. Nothing was written."
    ),
    "backups_not_listed": "The backups could not be listed ({reason}).",
    "db_wal_not_its_own": (
        " The file itself is healthy: its write-ahead log {wal} does not belong to it (it was "
        "left by another database) or is damaged."
    ),
    # -- the visit plan ---------------------------------------------------------------------
    "what_plan_activity": "The activity",
    "what_plan_document": "The document",
    "what_plan_document_name": "The document's description",
    "what_plan_with_whom": "The role",
    "what_plan_order": "The order of the visit plan",
    "plan_bad_time": "'{value}' is not a time. Write for example 09:00 or 13.30.",
    "plan_ends_before_start": "The activity cannot end at {end} if it starts at {start}.",
    "plan_bad_day": "The day must be a date.",
    "plan_bad_date": "'{value}' is not a date. Write it as YYYY-MM-DD, for example 2026-03-10.",
    "plan_role_not_name": (
        "'{text}' looks like personal data. Say whom the activity is with as a role, for "
        "example 'employment specialists' or 'participants in a group', never a name. "
        "Nothing was saved."
    ),
    "plan_not_empty": (
        "The visit plan already has content; the template is only for an empty plan. Nothing "
        "was changed."
    ),
    "plan_no_such_document": "There is no document number {number}; the list has {count}.",
    "plan_row_not_found": (
        "{what} is no longer in the visit plan; it may have been changed in another window."
    ),
    "plan_too_many_rows": "A visit plan can have at most {max} rows in each list.",
    # -- the shared database: push and pull ---------------------------------------------------
    "action_status_planned": "planned",
    "action_status_in-progress": "in progress",
    "action_field_item": "item",
    "action_field_what": "what is to be done",
    "action_field_responsible": "who is responsible",
    "action_field_due_date": "due date",
    "action_field_status": "status",
    "action_field_outcome": "outcome",
    "conflict_action": "the action '{subject}'",
    "conflict_status": "status {value}",
    "merged_actions": "added action(s) to the action plan ({count})",
    "file_action_item": "actions[{index}].item: the scale '{scale}' has no item '{item}'",
    "file_action_twice": "actions[{index}].id: the action {id} appears twice",
    "sync_cancelled": "Cancelled. Nothing was stored, neither here nor in the shared database.",
    "sync_cannot_open": "The shared database {target} could not be opened. {reason}",
    "sync_failed": "The transfer with {target} could not be made. {reason}",
    "sync_no_database": (
        "There is no database at {target}. Check the address; sending never creates a shared "
        "database."
    ),
    "sync_same_database": (
        "{target} is the database you are working in. Give the shared database instead."
    ),
    "sync_no_such_service": (
        "The shared database {target} has no service called '{name}'. Nothing was fetched."
    ),
    "sync_review_unreadable": (
        "The review {review} could not be moved: {problem}. Nothing was stored."
    ),
    "sync_changed_meanwhile": (
        "Someone else changed the same reviews at the same time. Nothing was stored; try again."
    ),
    "sync_lost": (
        "The transfer broke off ({reason}). Nothing was stored, neither here nor in {target}; "
        "try again when the connection works."
    ),
    "push_refused": (
        "Nothing was sent to {target}, because {count} of the reviews cannot be merged with "
        "what is already there:\n{problems}\nA person has to decide which is right before "
        "you send again."
    ),
    "pull_refused": (
        "Nothing was fetched from {target}, because {count} of the reviews cannot be merged "
        "with what is already here:\n{problems}\nA person has to decide which is right "
        "before you fetch again."
    ),
    "push_review_conflicts": (
        "the review of {service} on {date} ({review}) is already in the shared database with "
        "different content:\n{conflicts}"
    ),
    "pull_review_conflicts": (
        "the review of {service} on {date} ({review}) is already here with different "
        "content:\n{conflicts}"
    ),
    "sync_conflict_line": "      · {conflict}",
    "sync_conflict_more": "      · and {count} more",
    "conflict_push": "{place}: {stored} in the shared database, {incoming} here",
    "conflict_pull": "{place}: {stored} here, {incoming} in the shared database",
    "push_locked": (
        "the review of {service} on {date} ({review}) is final in the shared database and the "
        "copy here holds more; it has to be reopened there before it can take anything"
    ),
    "pull_locked": (
        "the review of {service} on {date} ({review}) is final here and the copy in the "
        "shared database holds more; reopen the review here to fetch it"
    ),
    "push_service_match": (
        "the service '{name}' has another id here than the service of that name in the "
        "shared database; choose to add the review to the existing service or to create a "
        "new one"
    ),
    "pull_service_match": (
        "the service '{name}' has another id in the shared database than the service of that "
        "name here; choose to add the review to the existing service or to create a new one"
    ),
    "push_nothing_to_move": "There are no reviews to send.",
    "pull_nothing_to_move": "The shared database {target} has no reviews to fetch.",
    "push_all_there_one": "The review is already in {target} as it is here. Nothing was "
                          "changed.",
    "push_all_there_many": "All {count} reviews are already in {target} as they are here. "
                           "Nothing was changed.",
    "pull_all_there_one": "The review from {target} is already here as it is there. Nothing "
                          "was changed.",
    "pull_all_there_many": "All {count} reviews from {target} are already here as they are "
                           "there. Nothing was changed.",
    "push_done": "Sent to {target}. New: {created}, merged: {merged}, unchanged: {unchanged}.",
    "pull_done": "Fetched from {target}. New: {created}, merged: {merged}, unchanged: "
                 "{unchanged}.",
    "sync_with_editions": "{said} Scale texts that came with them: {editions}.",
    "sync_review_line": "{service}, {date} ({review}): {what}",
    "sync_progress_read": "Reading review {done} of {count}…",
    "sync_progress_store": "Storing review {done} of {count}…",
    "cli_sync_use_existing_or_new": (
        "Run again with --existing-service to add the review to the existing service, or "
        "with --new-service to create a new one."
    ),
}

CATALOGUE: dict[str, dict[str, str]] = {"sv": SV | SV_HELP, "en": EN | EN_HELP}
