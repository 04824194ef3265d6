"""The command line's help: its options and commands, the names of their values, and
argparse's own words (usage, option headings, its error messages), in Swedish and English.

The ``ap_`` texts keep argparse's ``%``-placeholders (``%(prog)s``, ``%s``), which argparse
fills in itself; see ``fidelity_app.cli_argparse``.
"""

from __future__ import annotations

SV_HELP: dict[str, str] = {
    # -- the program and its global options ---------------------------------------------------
    "cli_help_description": (
        "IPS-programtrohetsbedömningar: bedöm en verksamhet kriterium för kriterium, kom "
        "överens om gemensamma poäng, skriv rapport. Utan kommando öppnas programfönstret."
    ),
    "cli_help_version": "visa programmets version och avsluta",
    "cli_help_db": (
        "databasfil, eller en adress till en delad databas på en PostgreSQL-server "
        "(postgresql://…; standard: $FIDELITY_APP_DB eller filen i din datamapp)"
    ),
    "cli_help_open": "öppna fönstret på den här bedömningen",
    "cli_help_remember_password": (
        "spara ett serverlösenord som du skriver vid frågan i systemets nyckelring när det "
        "fungerat (fönstret frågar med en kryssruta)"
    ),
    "cli_help_quit_when_shown": (
        "öppna fönstret, skriv ut dess titel och avsluta direkt (visar att programmet startar)"
    ),
    # -- commands ---------------------------------------------------------------------------
    "cli_help_scales": "lista skalorna och utgåvorna av deras text",
    "cli_help_json": "maskinläsbar utdata",
    "cli_help_scales_import": "spara en utgåva av en skalas text (en kontrollerad fil)",
    "cli_help_scales_export": "skriv en utgåvefil att utgå från vid en ny avskrift",
    "cli_help_text_lang": "textens språk",
    "cli_help_edition": "den här utgåvan (standard: den inbyggda texten)",
    "cli_help_out": "filen som skrivs",
    "cli_help_reviews": "lista bedömningarna i databasen",
    "cli_help_import": "importera bedömningsfiler (varje fil helt eller inte alls)",
    "cli_help_existing_service": (
        "om filens verksamhet har ett annat id än en verksamhet med samma namn i databasen: "
        "lägg bedömningen till den befintliga"
    ),
    "cli_help_new_service": (
        "om filens verksamhet har ett annat id än en verksamhet med samma namn i databasen: "
        "skapa en ny verksamhet"
    ),
    "cli_help_export": "exportera en bedömning som bedömningsfil",
    "cli_help_reviewer": "bara den här bedömarens egna poäng (för en kollega att slå ihop)",
    "cli_help_include_agreed": (
        "med --reviewer: ta också med de gemensamma poängen och anteckningarna"
    ),
    "cli_help_agreement": "samstämmighet mellan bedömare (i en bedömning eller för ett par)",
    "cli_help_reviewers": "jämför bara de här bedömarna i bedömningen (standard: alla)",
    "cli_help_pair": "räkna samman alla bedömningar som båda bedömarna har gjort",
    "cli_help_score": "räkna ut poängen för en bedömningsfil utan att spara den",
    "cli_help_demo": "lägg till en exempelverksamhet med två bedömningar",
    "cli_help_report": "skriv återkopplingsrapporten (PDF) för en bedömning",
    "cli_help_report_lang": "rapportens språk (standard: bedömningens språk)",
    "cli_help_export_csv": "skriv alla bedömningars poäng per kriterium till en CSV-fil",
    "cli_help_service": "bara den här verksamheten (namn eller id)",
    "cli_help_delimiter": "kolumnavgränsare: comma (komma, standard) eller semicolon (semikolon)",
    "cli_help_summary": "sammanställning över alla verksamheter (inga namn på personer)",
    "cli_help_from": "bedömningar som börjar detta datum eller senare (ÅÅÅÅ-MM-DD)",
    "cli_help_to": "bedömningar som börjar detta datum eller tidigare (ÅÅÅÅ-MM-DD)",
    "cli_help_include_drafts": "räkna med utkast också (standard: bara slutförda bedömningar)",
    "cli_help_backup": "säkerhetskopiera databasen nu och skriv ut var kopian ligger",
    "cli_help_list": "lista säkerhetskopiorna i stället, nyaste först",
    "cli_help_json_list": "maskinläsbar utdata (med --list)",
    "cli_help_restore": (
        "ersätt databasen med en säkerhetskopia (den nuvarande databasen säkerhetskopieras "
        "först)"
    ),
    # -- names of values in the usage lines -------------------------------------------------
    # -- comparisons, the visit plan, the factual check ------------------------------------
    "cli_help_compare": "var en verksamhet står bland alla verksamheter, kriterium för kriterium",
    "cli_help_compare_service": "verksamheten (namn eller id)",
    "cli_help_compare_kind": (
        "typ av bedömning som jämförs (kan anges flera gånger; standard: external)"
    ),
    "cli_help_compare_self": (
        "visa i stället verksamhetens självskattning bredvid den senaste externa bedömningen"
    ),
    "cli_help_plan": (
        "bedömningens besöksplan: visa den, bocka av mottagna underlag eller skriv den som PDF"
    ),
    "cli_help_plan_pdf": "skriv besöksplanen som PDF, på bedömningens språk",
    "cli_help_plan_received": "bocka av underlag N (numren i listan) som mottagna",
    "cli_help_plan_not_received": "ta bort bocken för mottaget från underlag N",
    "cli_help_factual_check": (
        "skriv rapportutkastet och ett kalkylblad för verksamhetens faktagranskning, eller läs "
        "in det ifyllda bladet"
    ),
    "cli_help_factual_out": "skriv rapportutkastet (PDF) och kalkylbladet (XLSX) i den här mappen",
    "cli_help_factual_import": "spara verksamhetens kommentarer från det ifyllda kalkylbladet",
    "cli_help_factual_save_draft": "skriv rapportutkastet igen, så som det senast skickades",
    "cli_help_factual_from": (
        "med --import: vem som skickade kommentarerna (standard: verksamhetens namn)"
    ),
    "cli_help_service_comments": (
        "avsluta med verksamhetens kommentarer från faktagranskningen (bilaga)"
    ),
    "cli_value_service": "VERKSAMHET",
    "cli_value_folder": "MAPP",
    "cli_value_xlsx": "FIL.xlsx",
    "cli_value_number": "N",
    # -- a shared server ------------------------------------------------------------------
    "cli_help_server": (
        "sätt upp en delad databas på en PostgreSQL-server (--db postgresql://...) och dess "
        "konton; körs av databasens ägare"
    ),
    "cli_help_server_init": (
        "skapa eller uppgradera schemat, grupprollerna och behörigheterna på radnivå"
    ),
    "cli_help_server_prefix": "prefix för grupprollernas namn (standard: databasens namn)",
    "cli_help_server_add_user": "skapa eller uppdatera en inloggning och vad den får se",
    "cli_help_server_service": (
        "med --role service: verksamheten (namn eller id) som inloggningen hör till"
    ),
    "cli_help_server_reviewer": (
        "med --role reviewer: bedömarens namn så som det står i bedömningarna"
    ),
    "cli_help_server_password_env": (
        "hämta den nya inloggningens lösenord från den här miljövariabeln (standard: fråga "
        "efter det; tom: en inloggning utan lösenord)"
    ),
    "cli_value_login": "INLOGGNING",
    "cli_value_variable": "VARIABEL",
    # -- push and pull ------------------------------------------------------------------------
    "cli_help_push": "skicka bedömningar till en delad databas (allt eller inget)",
    "cli_help_pull": "hämta bedömningar från en delad databas (allt eller inget)",
    "cli_help_sync_url": "den delade databasen: en fil, sqlite:///FIL eller en serveradress",
    "cli_help_push_reviews": "de här bedömningarna (standard: alla bedömningar här)",
    "cli_help_pull_service": (
        "bara bedömningarna av den här verksamheten (skiftläge, mellanrum och skiljetecken "
        "spelar ingen roll)"
    ),
    "cli_help_sync_progress": (
        "berätta på stderr hur långt överföringen har kommit (alltid i en terminal)"
    ),
    "cli_help_sync_existing": (
        "när en bedömnings verksamhet har ett annat id än en verksamhet med samma namn på "
        "mottagarsidan: lägg bedömningen till den verksamheten"
    ),
    "cli_help_sync_new": (
        "när en bedömnings verksamhet har ett annat id än en verksamhet med samma namn på "
        "mottagarsidan: skapa en ny verksamhet"
    ),
    "cli_value_url": "ADRESS",
    "cli_value_path": "SÖKVÄG",
    "cli_value_file": "FIL",
    "cli_value_pdf": "FIL.pdf",
    "cli_value_name": "NAMN",
    "cli_value_date": "DATUM",
    "cli_value_days": "DAGAR",
    "cli_value_command": "KOMMANDO",
    "cli_value_action": "ÅTGÄRD",
    # -- argparse's own words ---------------------------------------------------------------
    "ap_usage": "användning: ",
    "ap_positional": "argument",
    "ap_options": "flaggor",
    "ap_help": "visa den här hjälpen och avsluta",
    "ap_error": "%(prog)s: fel: %(message)s\n",
    "ap_argument": "argument %(argument_name)s: %(message)s",
    "ap_required": "följande argument måste anges: %s",
    "ap_one_required": "ett av argumenten %s måste anges",
    "ap_unrecognized": "okända argument: %s",
    "ap_invalid_choice": "ogiltigt val: %(value)r (välj bland %(choices)s)",
    "ap_invalid_value": "ogiltigt värde av typen %(type)s: %(value)r",
    "ap_expected_one": "ett värde behövs",
    "ap_expected_at_most_one": "högst ett värde får anges",
    "ap_expected_at_least_one": "minst ett värde behövs",
    "ap_expected_n_one": "%s värde behövs",
    "ap_expected_n": "%s värden behövs",
    "ap_not_allowed_with": "kan inte anges tillsammans med %s",
    "ap_ignored_explicit": "värdet %r för flaggan används inte",
    "ap_ambiguous": "flertydig flagga: %(option)s kan betyda %(matches)s",
    "ap_unexpected_option": "oväntad flagga: %s",
    "ap_unknown_parser": "okänt kommando %(parser_name)r (välj bland: %(choices)s)",
}

EN_HELP: dict[str, str] = {
    # -- the program and its global options ---------------------------------------------------
    "cli_help_description": (
        "IPS fidelity reviews: score a service item by item, agree on the scores, report. "
        "Without a command, the program window opens."
    ),
    "cli_help_version": "show the program's version and exit",
    "cli_help_db": (
        "database file, or a shared database on a PostgreSQL server (postgresql://user@host/"
        "name, postgresql:///?service=NAME; default: $FIDELITY_APP_DB or the file in your data "
        "folder)"
    ),
    "cli_help_open": "open the window on this review",
    "cli_help_remember_password": (
        "keep a server password typed at the prompt in the system keychain once it worked "
        "(the window asks with a tick box)"
    ),
    "cli_help_quit_when_shown": (
        "open the window, print its title and quit at once (checks that the program starts)"
    ),
    # -- commands ---------------------------------------------------------------------------
    "cli_help_scales": "list the scales and the editions of their text",
    "cli_help_json": "machine-readable output",
    "cli_help_scales_import": "store an edition of a scale's text (a checked file)",
    "cli_help_scales_export": "write an edition file to start a transcription from",
    "cli_help_text_lang": "language of the text",
    "cli_help_edition": "this edition (default: the built-in text)",
    "cli_help_out": "the file to write",
    "cli_help_reviews": "list the reviews in the database",
    "cli_help_import": "import review files (each all-or-nothing)",
    "cli_help_existing_service": (
        "when a file's service has another id than a service of the same name here, add the "
        "review to the one here"
    ),
    "cli_help_new_service": (
        "when a file's service has another id than a service of the same name here, make a "
        "new service"
    ),
    "cli_help_export": "export a review as a review file",
    "cli_help_reviewer": "only this reviewer's own ratings (for a colleague to merge)",
    "cli_help_include_agreed": "with --reviewer: add the agreed scores and notes too",
    "cli_help_agreement": "agreement between reviewers (one review or a pair)",
    "cli_help_reviewers": "compare only these reviewers of the review (default: all)",
    "cli_help_pair": "pool every review the two reviewers both rated",
    "cli_help_score": "score a review file without storing it",
    "cli_help_demo": "add a sample service with two reviews",
    "cli_help_report": "write the feedback report (PDF) of a review",
    "cli_help_report_lang": "language of the report (default: the review's language)",
    "cli_help_export_csv": "write every review's item scores to a CSV file",
    "cli_help_service": "only this service (name or id)",
    "cli_help_delimiter": "column separator: comma (the default) or semicolon",
    "cli_help_summary": "aggregates across all services (no names of people)",
    "cli_help_from": "reviews starting on or after this date (YYYY-MM-DD)",
    "cli_help_to": "reviews starting on or before this date (YYYY-MM-DD)",
    "cli_help_include_drafts": "count draft reviews too (default: final reviews only)",
    "cli_help_backup": "back up the database now and print the backup's path",
    "cli_help_list": "list the backups instead, newest first",
    "cli_help_json_list": "machine-readable output (with --list)",
    "cli_help_restore": (
        "put a backup in place of the database (the current database is backed up first)"
    ),
    # -- names of values in the usage lines -------------------------------------------------
    # -- comparisons, the visit plan, the factual check ------------------------------------
    "cli_help_compare": "where a service stands among all services, item by item",
    "cli_help_compare_service": "the service (name or id)",
    "cli_help_compare_kind": "kind of review compared (may be repeated; default: external)",
    "cli_help_compare_self": (
        "show the service's self-assessment beside its latest external review instead"
    ),
    "cli_help_plan": (
        "a review's visit plan: show it, tick documents received, or write it as PDF"
    ),
    "cli_help_plan_pdf": "write the visit plan as PDF, in the review's language",
    "cli_help_plan_received": "tick documents N (their numbers in the list) as received",
    "cli_help_plan_not_received": "take the received tick off documents N",
    "cli_help_factual_check": (
        "write the draft report and a spreadsheet for the service's factual check, or read "
        "the filled spreadsheet back"
    ),
    "cli_help_factual_out": "write the draft report (PDF) and the spreadsheet (XLSX) here",
    "cli_help_factual_import": "store the service's comments from the filled spreadsheet",
    "cli_help_factual_save_draft": "write the draft report again as it was last sent",
    "cli_help_factual_from": (
        "with --import: who sent the comments (default: the service's name)"
    ),
    "cli_help_service_comments": (
        "end with the service's comments from the factual check (an appendix)"
    ),
    "cli_value_service": "SERVICE",
    "cli_value_folder": "FOLDER",
    "cli_value_xlsx": "FILE.xlsx",
    "cli_value_number": "N",
    # -- a shared server ------------------------------------------------------------------
    "cli_help_server": (
        "set up a shared database on a PostgreSQL server (--db postgresql://...) and its "
        "accounts; run by the database owner"
    ),
    "cli_help_server_init": "create or upgrade the schema, the group roles and the row-level "
    "security policies",
    "cli_help_server_prefix": "prefix of the group roles' names (default: the database's name)",
    "cli_help_server_add_user": "create or update a login and what it may see",
    "cli_help_server_service": (
        "with --role service: the service (name or id) the login belongs to"
    ),
    "cli_help_server_reviewer": (
        "with --role reviewer: the reviewer's name as it stands in reviews"
    ),
    "cli_help_server_password_env": (
        "take the new login's password from this environment variable (default: ask for it; "
        "empty: a login without a password)"
    ),
    "cli_value_login": "LOGIN",
    "cli_value_variable": "VARIABLE",
    # -- push and pull ------------------------------------------------------------------------
    "cli_help_push": "send reviews to a shared database (all or nothing)",
    "cli_help_pull": "fetch reviews from a shared database (all or nothing)",
    "cli_help_sync_url": "the shared database: a file, sqlite:///FILE or a server URL",
    "cli_help_push_reviews": "these reviews (default: every review here)",
    "cli_help_pull_service": (
        "only the reviews of this service (case, spacing and punctuation aside)"
    ),
    "cli_help_sync_progress": "say on stderr how far the run has come (always on a terminal)",
    "cli_help_sync_existing": (
        "when a review's service has another id than a service of the same name on the "
        "receiving side, add the review to that service"
    ),
    "cli_help_sync_new": (
        "when a review's service has another id than a service of the same name on the "
        "receiving side, make a new service"
    ),
    "cli_value_url": "URL",
    "cli_value_path": "PATH",
    "cli_value_file": "FILE",
    "cli_value_pdf": "FILE.pdf",
    "cli_value_name": "NAME",
    "cli_value_date": "DATE",
    "cli_value_days": "DAYS",
    "cli_value_command": "COMMAND",
    "cli_value_action": "ACTION",
    # -- argparse's own words ---------------------------------------------------------------
    "ap_usage": "usage: ",
    "ap_positional": "positional arguments",
    "ap_options": "options",
    "ap_help": "show this help message and exit",
    "ap_error": "%(prog)s: error: %(message)s\n",
    "ap_argument": "argument %(argument_name)s: %(message)s",
    "ap_required": "the following arguments are required: %s",
    "ap_one_required": "one of the arguments %s is required",
    "ap_unrecognized": "unrecognized arguments: %s",
    "ap_invalid_choice": "invalid choice: %(value)r (choose from %(choices)s)",
    "ap_invalid_value": "invalid %(type)s value: %(value)r",
    "ap_expected_one": "expected one argument",
    "ap_expected_at_most_one": "expected at most one argument",
    "ap_expected_at_least_one": "expected at least one argument",
    "ap_expected_n_one": "expected %s argument",
    "ap_expected_n": "expected %s arguments",
    "ap_not_allowed_with": "not allowed with argument %s",
    "ap_ignored_explicit": "ignored explicit argument %r",
    "ap_ambiguous": "ambiguous option: %(option)s could match %(matches)s",
    "ap_unexpected_option": "unexpected option string: %s",
    "ap_unknown_parser": "unknown parser %(parser_name)r (choices: %(choices)s)",
}
