# Trailmap på svenska. Samma id:n som i assets/locales/en/trailmap.ftl.

## Menus

menu-file = Arkiv
menu-edit = Redigera
menu-view = Visa
menu-insert = Infoga
menu-help = Hjälp
menu-new-from-example = Ny från exempel
menu-open-recent = Öppna senaste
menu-clear-recent = Rensa listan
menu-export = Exportera
menu-lanes = Rader
menu-unnamed-lane = (namnlös rad)
menu-show-all-lanes = Visa alla rader
menu-journey = Kundresa
menu-personas = Personas
menu-everyone = Alla personas
menu-persona-filter-tip = Tona ned andra personas kort; en känslokurva per persona
menu-colour-by-owner = Färg efter ansvarig
menu-colour-by-owner-tip = Färglägg korten efter ansvarig avdelning, med teckenförklaring
menu-footnotes = Anteckningar som fotnoter
menu-footnotes-tip = Numrera kort med anteckningar och lista anteckningarna under kartan
menu-lane = Rad
menu-language = Språk
menu-language-system = Systemets språk ({ $language })
menu-language-tip = Språket i menyer, paneler och meddelanden; kartan behåller sitt eget språk

## Commands

cmd-new = Ny
cmd-new-tip = Börja på en tom kundresekarta
cmd-open = Öppna…
cmd-open-tip = Öppna en .journey.ron-fil
cmd-save = Spara
cmd-save-tip = Spara kartan i sin fil
cmd-save-as = Spara som…
cmd-save-as-tip = Spara kartan under ett nytt namn
cmd-export = Exportera som { $format }…
cmd-export-svg-tip = En vektorbild för presentationer, webben och designverktyg
cmd-export-png-tip = En bild för chatt, e-post och dokument
cmd-export-pdf-tip = Ett dokument att skriva ut eller skicka
cmd-quit = Avsluta
cmd-quit-tip = Stäng Trailmap
cmd-undo = Ångra
cmd-undo-step = Ångra { $step }
cmd-undo-tip = Ångra den senaste ändringen
cmd-redo = Gör om
cmd-redo-step = Gör om { $step }
cmd-redo-tip = Gör om den senast ångrade ändringen
cmd-cut = Klipp ut
cmd-cut-tip = Kopiera de markerade korten och ta bort dem
cmd-copy = Kopiera
cmd-copy-tip = Kopiera de markerade korten (klistra in dem i valfri karta)
cmd-paste = Klistra in
cmd-paste-tip = Klistra in kort, eller ett kort per textrad, i den markerade cellen
cmd-duplicate = Duplicera
cmd-duplicate-tip = Kopiera de markerade korten på samma plats
cmd-delete = Ta bort
cmd-delete-tip = Ta bort markeringen
cmd-select-all = Markera alla
cmd-select-all-tip = Markera alla kort
cmd-deselect = Avmarkera / avbryt
cmd-deselect-tip = Ta bort markeringen, eller avbryt en dragning eller redigering
cmd-rename = Redigera rubrik
cmd-rename-tip = Redigera det markerade kortets rubrik direkt på kartan
cmd-move-card-left = Flytta kort åt vänster
cmd-move-card-left-tip = Flytta det markerade kortet till fasen till vänster
cmd-move-card-right = Flytta kort åt höger
cmd-move-card-right-tip = Flytta det markerade kortet till fasen till höger
cmd-move-card-up = Flytta kort uppåt
cmd-move-card-up-tip = Flytta det markerade kortet till raden ovanför
cmd-move-card-down = Flytta kort nedåt
cmd-move-card-down-tip = Flytta det markerade kortet till raden nedanför
cmd-zoom-in = Zooma in
cmd-zoom-in-tip = Zooma in
cmd-zoom-out = Zooma ut
cmd-zoom-out-tip = Zooma ut
cmd-zoom-reset = Verklig storlek (100 %)
cmd-zoom-reset-tip = Visa kartan i verklig storlek
cmd-zoom-fit = Anpassa till fönstret
cmd-zoom-fit-tip = Zooma så att hela kartan får plats i fönstret
cmd-toggle-inspector = Inspektör
cmd-toggle-inspector-tip = Visa eller dölj inspektörspanelen
cmd-toggle-insights = Insikter
cmd-toggle-insights-tip = Markera överlappande kampanjer och luckor för valda personas och lista dem i en panel
cmd-insert-stage = Fas
cmd-insert-stage-tip = Lägg till en fas efter den markerade
cmd-insert-lane = Rad: { $kind }
cmd-insert-lane-tip = Lägg till en rad under den markerade
cmd-insert-touchpoint = Kontaktpunkt
cmd-insert-touchpoint-tip = Lägg till ett kort i den markerade cellen
cmd-insert-persona = Persona
cmd-insert-persona-tip = Lägg till en persona i kartan
cmd-show-shortcuts = Kortkommandon
cmd-show-shortcuts-tip = Lista alla kortkommandon
cmd-about = Om Trailmap
cmd-about-tip = Vad Trailmap är

## Status bar

status-not-saved-yet = Inte sparad än
status-unsaved = osparade ändringar
status-saved = sparad
status-view-tip = Vad kartan visar: Visa > Kundresa och Visa > Personas
status-zoom-tip = Zoom (Ctrl+rullning, Ctrl +/-, Ctrl+0 anpassar)
status-counts = { $stages ->
        [one] 1 fas
       *[other] { $stages } faser
    } · { $lanes ->
        [one] 1 rad
       *[other] { $lanes } rader
    } · { $touchpoints ->
        [one] 1 kontaktpunkt
       *[other] { $touchpoints } kontaktpunkter
    }
status-selected = { $count } markerade
status-copied = { $count ->
        [one] Kopierade 1 kort
       *[other] Kopierade { $count } kort
    }
status-pasted = { $count ->
        [one] Klistrade in 1 kort
       *[other] Klistrade in { $count } kort
    }
status-nothing-to-paste = Inget att klistra in
status-paste-needs-cell = Lägg till en fas och en rad innan du klistrar in kort
status-refused = Det gick inte: { $reason }
status-undo-failed = Kunde inte ångra: { $reason }
status-redo-failed = Kunde inte göra om: { $reason }
status-waiting-for-dialog = Välj en fil i fildialogen…
window-untitled = Namnlös

## Names of the map's kinds of things

lane-kind-channel = Kanal
lane-kind-text = Text
lane-kind-emotion = Känslokurva
lane-kind-pain-points = Smärtpunkter
lane-kind-opportunities = Möjligheter
lane-kind-owners = Ansvariga
lane-kind-metrics = Nyckeltal
lane-kind-backstage = Backstage

channel-website = Webbplats
channel-mobile = Mobil
channel-app = App
channel-email = E-post
channel-social = Sociala medier
channel-ads = Annonser
channel-store = Butik
channel-live-chat = Livechatt
channel-phone = Telefon
channel-word-of-mouth = Rekommendationer
channel-other = Övrigt

card-state-both = Nuläge och framtida läge
card-state-current = Bara nuläge (tas bort)
card-state-future = Bara framtida läge (nytt)

state-view-current = Nuläge
state-view-future = Framtida läge
state-view-compare = Jämför nuläge och framtida läge

future-field-title = Rubrik
future-field-customer-action = Kundens handling
future-field-business-response = Företagets svar
future-field-owner = Ansvarig
future-field-emotion = Känsla
future-field-campaigns = Kampanjer

emotion-very-unhappy = mycket missnöjd
emotion-unhappy = missnöjd
emotion-neutral = neutral
emotion-happy = nöjd
emotion-delighted = förtjust

## Undo steps

step-add-connector = lägg till pil
step-add-lane = lägg till rad
step-add-persona = lägg till persona
step-add-stage = lägg till fas
step-add-touchpoint = lägg till kontaktpunkt
step-change-map-language = byt kartans språk
step-delete-connector = ta bort pil
step-delete-lane = ta bort rad
step-delete-persona = ta bort persona
step-delete-stage = ta bort fas
step-delete-touchpoint = ta bort kontaktpunkt
step-edit = redigering
step-edit-connector = redigera pil
step-edit-lane = redigera rad
step-edit-map-description = redigera kartans beskrivning
step-edit-persona = redigera persona
step-edit-stage = redigera fas
step-edit-touchpoint = redigera kontaktpunkt
step-move-lane = flytta rad
step-move-stage = flytta fas
step-move-touchpoint = flytta kontaktpunkt
step-rename-map = byt namn på kartan
step-change-emotion = ändra känsla
step-edit-title = redigera rubrik
step-resize-stage = ändra fasens bredd
step-edit-arrow = redigera pil
step-edit-business-response = redigera företagets svar
step-edit-campaigns = redigera kampanjer
step-edit-colour = ändra färg
step-edit-customer-action = redigera kundens handling
step-edit-emotion = redigera känsla
step-edit-figures = redigera siffror
step-edit-future-action = redigera framtida handling
step-edit-future-emotion = redigera framtida känsla
step-edit-future-owner = redigera framtida ansvarig
step-edit-future-response = redigera framtida svar
step-edit-future-title = redigera framtida rubrik
step-edit-notes = redigera anteckningar
step-edit-owner = redigera ansvarig
step-edit-tags = redigera taggar

## Errors: why a file, a change, a save or an export failed (src/app/error_words.rs)
error-at = Rad { $line }, kolumn { $column }: { $problem }
error-syntax-empty = Filen är tom. En kartfil börjar med ”(format: 1,”.
error-syntax-not-text = Filen innehåller ingen text. Är det verkligen en kartfil?
error-syntax-format-zero = Format 0 finns inte; den första versionen är 1. Rätta talet efter ”format:”.
error-syntax-too-deep = Filen är djupare nästlad än någon karta, så den kan inte vara en kartfil.
error-syntax-unexpected-end = Filen tar slut för tidigt. Klipptes den av när den kopierades eller sparades?
error-syntax-expected = Här saknas ”{ $symbol }”.
error-syntax-expected-value = { $expected ->
    [integer] Här ska det stå ett heltal.
    [number] Här ska det stå ett tal.
    [text] Här ska det stå en text inom citattecken.
    [boolean] Här ska det stå ”true” eller ”false”.
    [list] Här ska det stå en lista inom [ ].
    [block] Här ska det stå ett block inom ( ).
    [choice] Här ska det stå ett av de tillåtna namnen.
    [name] Här ska det stå ett namn.
    [optional] Här ska det stå ”Some(…)” eller ”None”.
    [nothing] Här ska det stå ”()”.
   *[other] Här ska det stå ett annat slags värde.
}
error-syntax-wrong-type = Här ska det stå { $expected ->
    [integer] ett heltal
    [number] ett tal
    [text] en text inom citattecken
    [boolean] ”true” eller ”false”
    [list] en lista inom [ ]
    [block] ett block inom ( )
    [choice] ett av de tillåtna namnen
    [name] ett namn
    [optional] ”Some(…)” eller ”None”
    [nothing] ”()”
   *[other] ett annat slags värde
}, men filen har { $found ->
    [integer] ett heltal
    [number] ett tal
    [text] en text
    [boolean] ett sanningsvärde
    [list] en lista
    [block] ett block
    [choice] ett namn
    [name] ett namn
    [optional] ett valfritt värde
    [nothing] ”()”
   *[other] något annat
}.
error-syntax-number-out-of-range = Talet är för stort eller för litet för fältet.
error-syntax-wrong-length = Listan här har { $found ->
    [one] en post
   *[other] { $found } poster
}, och det passar inte fältet.
error-syntax-unknown-field = Här finns inget fält som heter ”{ $field }”. Kontrollera stavningen; fälten är: { $allowed }.
error-syntax-unknown-choice = ”{ $name }” är inte tillåtet här. Välj ett av: { $allowed }.
error-syntax-missing-field = Fältet ”{ $field }” saknas här. Lägg till det.
error-syntax-duplicate-field = Fältet ”{ $field }” står två gånger. Ta bort det ena.
error-syntax-unexpected-char = Tecknet ”{ $char }” hör inte hemma här.
error-syntax-trailing-text = Det finns mer text efter kartans slut. Ta bort den.
error-syntax-bad-color = ”{ $text }” är ingen färg. Skriv den som "#RRGGBB" eller "#RRGGBBAA", till exempel "#3B82F6".
error-syntax-other = Filen kan inte läsas här: { $detail }
error-newer-format = Filen sparades av en nyare version av Trailmap (format { $found }); den här versionen läser format { $supported } och äldre. Uppdatera Trailmap för att öppna den.
error-too-large = Filen är { $size } MB, men en kartfil är högst { $limit } MB. Är det verkligen en kartfil?
error-unreadable-not-found = Filen finns inte. Har den flyttats, bytt namn eller tagits bort?
error-unreadable-permission = Du har inte behörighet att läsa filen. Kontrollera behörigheterna.
error-unreadable-folder = Det här är en mapp, inte en kartfil.
error-unreadable = Filen kunde inte läsas: { $detail }
error-too-many = Kartan har { $count } { $what ->
    [stage] faser
    [lane] rader
    [persona] personas
    [connector] pilar
   *[touchpoint] kontaktpunkter
}; Trailmap öppnar högst { $max }.
error-field-title = Rubrik
error-field-description = Beskrivning
error-field-name = Namn
error-field-customer-action = Kundens handling
error-field-business-response = Företagets svar
error-field-owner = Ansvarig
error-field-notes = Anteckningar
error-field-campaigns = Kampanjer
error-field-tags = Taggar
error-field-personas = Personas
error-field-persona-emotions = Känsla per persona
error-field-label = Etikett
error-field-future = { $field } (framtida läge)
error-text-too-long = Fältet ”{ $field }” har { $chars } tecken; högst { $max } är tillåtna. Korta texten.
error-list-too-long = Kontaktpunkten { $card } ”{ $name }” har { $count } poster i ”{ $field }”; högst { $max } är tillåtna.
error-language-too-long = Kartans språk måste vara en kort kod som ”en” eller ”de”.
error-duplicate-id = { $kind ->
    [stage] Flera faser har id { $id }. Ge varje fas ett eget id.
    [lane] Flera rader har id { $id }. Ge varje rad ett eget id.
    [persona] Flera personas har id { $id }. Ge varje persona ett eget id.
    [connector] Flera pilar har id { $id }. Ge varje pil ett eget id.
   *[touchpoint] Flera kontaktpunkter har id { $id }. Ge varje kontaktpunkt ett eget id.
}
error-stage-width = Fasen { $stage } ”{ $name }” är { $width } bred; en fas måste vara { $min } till { $max } bred.
error-card-in-missing-stage = Kontaktpunkten { $from } ”{ $name }” ligger i fas { $id }, som inte finns. Rätta fasen eller lägg till den.
error-card-in-missing-lane = Kontaktpunkten { $from } ”{ $name }” ligger i rad { $id }, som inte finns. Rätta raden eller lägg till den.
error-card-names-missing-persona = Kontaktpunkten { $from } ”{ $name }” gäller persona { $id }, som inte finns. Ta bort den från ”personas” eller lägg till personan.
error-card-scores-missing-persona = Kontaktpunkten { $from } ”{ $name }” anger en känsla för persona { $id }, som inte finns. Ta bort värdet eller lägg till personan.
error-connector-to-missing-card = Pilen { $from } pekar på kontaktpunkt { $id }, som inte finns. Ta bort pilen eller rätta dess ände.
error-emotion-out-of-range = Kontaktpunkten { $card } ”{ $name }” har känslan { $value }; ett värde måste ligga mellan { $min } och +{ $max }.
error-persona-emotion-out-of-range = Kontaktpunkten { $card } ”{ $name }” har känslan { $value } för persona { $persona }; ett värde måste ligga mellan { $min } och +{ $max }.
error-future-emotion-out-of-range = Kontaktpunkten { $card } ”{ $name }” har den framtida känslan { $value }; ett värde måste ligga mellan { $min } och +{ $max }.
error-connector-loop = Pilen { $connector } börjar och slutar i kontaktpunkt { $card }. En pil förbinder två olika kontaktpunkter.
error-cards-unsorted = Kontaktpunkterna är inte sorterade efter id. Det här är ett fel i Trailmap; rapportera det gärna.
error-cell-misnumbered = Kontaktpunkterna i fas { $stage }, rad { $lane } är inte numrerade i ordning. Det här är ett fel i Trailmap; rapportera det gärna.
error-save-encode = Kartan kunde inte skrivas som fil ({ $detail }). Det här är ett fel i Trailmap; rapportera det gärna.
error-save-no-folder = Mappen finns inte. Välj en annan mapp: { $path }
error-save-permission = Du har inte behörighet att skriva i den här mappen. Välj en annan mapp: { $path }
error-save-read-only = Disken är skrivskyddad. Välj en annan mapp: { $path }
error-save-disk-full = Disken är full. Frigör utrymme eller välj en annan disk: { $path }
error-save-is-folder = Det finns redan en mapp med det namnet. Välj ett annat namn: { $path }
error-save-io = Filen kunde inte skrivas ({ $detail }): { $path }
error-edit-missing = { $kind ->
    [stage] Fas { $id } finns inte längre.
    [lane] Rad { $id } finns inte längre.
    [persona] Persona { $id } finns inte längre.
    [connector] Pil { $id } finns inte längre.
   *[touchpoint] Kontaktpunkt { $id } finns inte längre.
}
error-edit-duplicate = { $kind ->
    [stage] Fas { $id } finns redan.
    [lane] Rad { $id } finns redan.
    [persona] Persona { $id } finns redan.
    [connector] Pil { $id } finns redan.
   *[touchpoint] Kontaktpunkt { $id } finns redan.
}
error-edit-position = Position { $index } ligger utanför { $within ->
    [stages] faserna
    [lanes] raderna
    [personas] personas
   *[cell] cellen
} (det finns { $len }).
error-edit-text-too-long = ”{ $field }” får vara högst { $max } tecken långt.
error-edit-list-too-long = En kontaktpunkt kan ha högst { $max } poster i ”{ $field }”.
error-edit-emotion = Känslan { $value } ligger utanför skalan från { $min } till +{ $max }.
error-edit-stage-width = En fas är { $min } till { $max } bred.
error-edit-language = Ett språk är en kort kod som ”en” eller ”de”.
error-edit-connector-loop = En pil behöver två olika kontaktpunkter.
error-export-unsupported = ”.{ $extension }” är inget format som Trailmap kan exportera till. Avsluta filnamnet med .svg, .png eller .pdf: { $path }
error-export-no-extension = Filnamnet saknar filändelse, så formatet är okänt. Avsluta det med .svg, .png eller .pdf: { $path }
error-export-scale = PNG-skalan måste vara mellan 1 och 4, inte { $scale }.
error-export-margin = Marginalen måste vara mellan 0 och { $max } kartenheter, inte { $margin }.
error-export-no-size = Kartan har ingen ritbar storlek ({ $width } × { $height }). Det här är ett fel i Trailmap; rapportera det gärna.
error-export-too-large = En PNG på { $width } × { $height } pixlar är för stor (högst { $max } miljoner pixlar). Välj en mindre skala, eller exportera SVG eller PDF, som saknar storleksgräns.
error-export-font = Det medföljande typsnittet { $font } kunde inte läsas. Installera om Trailmap.
error-export-svg = SVG-bilden som ritades för kartan kunde inte läsas tillbaka ({ $detail }). Det här är ett fel i Trailmap; rapportera det gärna.
error-export-png = PNG-bilden kunde inte kodas: { $detail }
error-export-pdf = PDF-filen kunde inte skapas: { $detail }
