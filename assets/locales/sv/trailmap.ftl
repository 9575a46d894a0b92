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
cmd-new-tip = Börja på en kundresekarta med de fem klassiska faserna
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
cmd-select-card = { $direction ->
        [left] Markera föregående kort
        [right] Markera nästa kort
        [up] Markera kortet ovanför
       *[down] Markera kortet nedanför
    }
cmd-select-card-tip = På kartan: markera kortet bredvid (vänster och höger längs raderna, upp och ned i fasen); under presentation visar vänster och höger föregående och nästa fas
cmd-select-header = { $direction ->
        [left] Markera fasen till vänster
        [right] Markera fasen till höger
        [up] Markera raden ovanför
       *[down] Markera raden nedanför
    }
cmd-select-header-tip = På kartan: markera rubriken för en närliggande fas eller rad (Enter byter namn på den)
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
cmd-connect = Koppla till…
cmd-connect-tip = Rita en pil från det markerade kortet: piltangenterna väljer målkortet, Enter ritar pilen, Esc avbryter
canvas-connect-to = Koppla till…
status-connect-hint = Välj kortet som pilen pekar på med piltangenterna och tryck på Enter (Esc avbryter)
status-connected = Pilen är ritad — Ctrl+Z tar bort den igen
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
    [views] de sparade vyerna
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
## Files: opening, saving, file dialogs, dropped files, recent files, the blank map

files-new-map = Ny karta
files-opened-example = Öppnade exemplet ”{ $example }”
files-opened = Öppnade { $path }
files-saved = Sparade { $path }
files-save-failed-title = Det gick inte att spara
files-open-title = Öppna kundresekarta
files-save-as-title = Spara kundresekarta som
files-export-title = Exportera karta
files-filter-maps = Kundresekartor
files-filter-all = Alla filer
files-no-system-dialog = Ingen fildialog från systemet finns här (den kräver XDG-skrivbordsportalen eller zenity). Skriv in sökvägen i stället.
files-dialog-could-not-start = Fildialogen kunde inte starta ({ $reason }). Skriv in sökvägen i stället.
files-system-dialog-did-not-open = Systemets fildialog öppnades inte (saknas XDG-skrivbordsportalen eller zenity?). Skriv in sökvägen i stället.
files-dropped-several = Flera filer släpptes: den första öppnades (Trailmap visar en karta i taget)
files-recent-store-failed-at = Det gick inte att komma ihåg de senaste filerna ({ $reason }): { $path }
files-recent-store-failed = Det gick inte att komma ihåg de senaste filerna: { $reason }

## Example maps (File > New from Example); the language in brackets is the map's own

example-online-shop = Webbutik (English)
example-b2b-software = B2B-programvara (Deutsch)
example-home-furnishing = Heminredning (Svenska)
example-mobile-operator = Mobiloperatör (Norsk)
example-online-groceries = Matvaror på nätet (Polski)

## Dialogs: unsaved changes, notices, typed path, About, the shortcut list

dialog-unsaved-title = Spara ändringar?
dialog-unsaved-before-closing = ”{ $file }” har ändringar som inte har sparats. Vill du spara dem innan du stänger?
dialog-unsaved-before-new = ”{ $file }” har ändringar som inte har sparats. Vill du spara dem innan du börjar på en ny karta?
dialog-unsaved-before-open = ”{ $file }” har ändringar som inte har sparats. Vill du spara dem innan du öppnar en annan karta?
dialog-save = Spara
dialog-dont-save = Spara inte
dialog-cancel = Avbryt
dialog-ok = OK
dialog-open = Öppna
dialog-export = Exportera
dialog-load-failed-title = Kartan kunde inte öppnas
dialog-load-failed-body = { $path } kunde inte öppnas. Kartan som var öppen förblir öppen.
dialog-export-to-file-title = Exportera till fil
dialog-file-path = Sökväg:
dialog-about-version = Version { $version }
dialog-about-text = En lokal redigerare för kundresekartor: faser, rader, kontaktpunkter, personas och känslor, sparade som läsbara .journey.ron-filer.
dialog-about-fonts = Texten är satt i Noto Sans och Noto Emoji (SIL Open Font License 1.1).
dialog-shortcuts-title = Kortkommandon
dialog-shortcuts-either = { $first }  eller  { $second }
dialog-gesture-pan = Panorera
dialog-gesture-pan-how = Rulla / dra med mittenknappen / Mellanslag+dra
dialog-gesture-zoom = Zooma runt pekaren
dialog-gesture-zoom-how = Ctrl+rullning
dialog-gesture-add-to-selection = Lägg till i eller ta bort från markeringen
dialog-gesture-add-to-selection-how = Skift+klick / Ctrl+klick
dialog-gesture-select-area = Markera kort inom ett område
dialog-gesture-select-area-how = Dra på en tom yta
dialog-gesture-new-card = Nytt kort
dialog-gesture-new-card-how = Dubbelklicka på en tom cell
dialog-gesture-edit-title = Redigera ett korts rubrik
dialog-gesture-edit-title-how = Dubbelklicka på kortet
dialog-gesture-move-cards = Flytta kort
dialog-gesture-move-cards-how = Dra dem (Esc avbryter)
dialog-gesture-reorder = Ändra ordning på faser eller rader
dialog-gesture-reorder-how = Dra i rubriken
dialog-gesture-resize-stage = Ändra bredd på en fas
dialog-gesture-resize-stage-how = Dra i högerkanten
dialog-gesture-connect = Koppla ihop två kort
dialog-gesture-connect-how = Dra från det runda handtaget på kortets kant
dialog-gesture-emotion = Ändra ett känslovärde
dialog-gesture-emotion-how = Dra i kurvans punkt

## Export dialog

export-title = Exportera som { $format }
export-shows = Vad filen visar
export-shows-note = Som kartan visas nu; ändringar här gäller bara den här exporten.
export-journey = Kundresa
export-personas = Personas
export-each-persona-in-turn = En persona i taget
export-persona-filter-tip = Personafiltret under Visa > Personas
export-each-persona = En fil per persona
export-each-persona-tip = En fil för varje persona i kartan, var och en med bara den personans kort framhävda och dess känslokurva
export-each-persona-names = { $personas ->
        [one] { $file } blir { $example }
       *[other] { $file } blir { $example }, …
    }
export-extras = Tillägg
export-insights-tip = Överlappande kampanjer och luckor för valda personas
export-colour-by-owner-tip = Kort färgade efter ansvarig avdelning, med teckenförklaring
export-footnotes-tip = Numrerade anteckningar under kartan
export-leave-out-hidden = { $count ->
        [one] Utelämna den dolda raden
       *[other] Utelämna de { $count } dolda raderna
    }
export-scale = Skala
export-scale-tip = Pixlar per kartenhet
export-pixel-size = { $width } × { $height } px
export-text = Text
export-text-shapes = Som former
export-text-shapes-tip = Ser rätt ut i PowerPoint, Keynote och Word
export-text-selectable = Markerbar text
export-text-selectable-tip = Sökbar och redigerbar; kräver ett visningsprogram som läser inbäddade typsnitt
export-paper = Papper
export-paper-fit = Lika stort som kartan
export-paper-a4 = A4 liggande
export-paper-a3 = A3 liggande
export-paper-letter = US Letter liggande
export-background = Bakgrund
export-background-white = Vit
export-background-transparent = Genomskinlig
export-margin = Marginal
export-margin-tip = Utrymme runt kartan (standard { $default })
export-go = Exportera…
export-exporting = Exporterar { $path }…
export-could-not-start = Exporten kunde inte starta: { $reason }
export-stopped-unexpectedly = Exporten avbröts oväntat.
export-done = Exporterade { $path } ({ $kilobytes } KB)
export-done-files = Exporterade { $count } filer ({ $kilobytes } KB): { $files }
export-failed-title = Det gick inte att exportera
export-nothing-written = Inget skrevs.
export-written-before-stop = Skrevs innan exporten avbröts: { $files }.

## Names of new things

new-stage-name = Ny fas
new-persona-name = Ny persona

## Canvas: context menus, the title editor, accessible names

canvas-label = Kundresekarta
canvas-card-title-hint = Kortets rubrik
canvas-revert-title-failed = Det gick inte att återställa rubriken: { $reason }
canvas-edit-details = Redigera detaljer…
canvas-edit-details-tip = Alla fält i inspektören
canvas-colour = Färg
canvas-colour-default = Standard
canvas-rename = Byt namn…
canvas-insert-stage-before = Infoga fas före
canvas-insert-stage-after = Infoga fas efter
canvas-delete-stage = Ta bort fas
canvas-lane-kind = Radtyp
canvas-insert-lane-above = Infoga rad ovanför
canvas-insert-lane-below = Infoga rad nedanför
canvas-hide-lane = Dölj rad
canvas-hide-lane-tip = Visa > Rader visar den igen
canvas-delete-lane = Ta bort rad
canvas-edit-label = Redigera etikett…
canvas-delete-arrow = Ta bort pil
canvas-add-touchpoint-here = Lägg till kontaktpunkt här
canvas-add-stage = Lägg till fas
canvas-add-lane = Lägg till rad

## Key names in shortcuts (as this language's keyboards label them)

key-ctrl = Ctrl
key-shift = Skift
key-alt = Alt
key-delete = Delete
key-backspace = Backsteg
key-enter = Enter
key-escape = Esc
## Inspector

inspector-map = Karta
inspector-title = Rubrik
inspector-description = Beskrivning
inspector-map-language = Kartans språk
inspector-map-language-tip = Hur tal skrivs på kartan (1,234 eller 1 234)
inspector-personas = Personas
inspector-no-personas = Inga personas än. En persona är en typ av kund som kundresan ritas för.
inspector-unnamed-persona = (namnlös)
inspector-edit-persona-tip = Redigera den här personan
inspector-add-persona = Lägg till persona
inspector-map-hint = Markera ett kort, en fas eller en rad på kartan för att redigera det här. Dubbelklicka på en tom cell för att lägga till ett kort.
inspector-persona = Persona
inspector-back-to-personas = Tillbaka till alla personas
inspector-name = Namn
inspector-colour = Färg
inspector-persona-description = Vem personan är
inspector-persona-used = { $count ->
        [one] Nämns på 1 kort.
       *[other] Nämns på { $count } kort.
    }
inspector-delete-persona = Ta bort persona
inspector-delete-persona-tip = Ta bort personan och alla korts hänvisningar till den
inspector-touchpoint = Kontaktpunkt
inspector-customer-action = Kundens handling
inspector-business-response = Företagets svar
inspector-no-map-personas = Kartan har inga personas (lägg till dem när inget är markerat).
inspector-no-persona-ticked = Ingen ikryssad: kortet gäller alla personas.
inspector-emotion = Känsla
inspector-emotion-tip = Hur kunden känner sig här, från −2 till +2
inspector-emotion-score-tip = Känslopoäng
inspector-owner = Ansvarig
inspector-campaigns = Kampanjer
inspector-campaigns-hint = Vårrea, Nyhetsbrev
inspector-tags = Taggar
inspector-tags-hint = mobil, kassa
inspector-reached = Nådda
inspector-reached-tip = Nådda kunder
inspector-converted = Konverterade
inspector-converted-tip = Konverterade kunder
inspector-card-colour = Kortfärg
inspector-notes = Anteckningar
inspector-journey = Kundresa
inspector-journey-tip = Om kortet hör till nuläget, det framtida läget eller båda
inspector-channel = Kanal
inspector-same-as-lane = Samma som raden
inspector-persona-emotions = Känsla per persona
inspector-persona-emotions-hint = Där en persona känner annorlunda än kortets känsla.
inspector-persona-emotion-tip = Känsla för { $persona }
inspector-in-future = I framtida läge
inspector-in-future-hint = Kryssa i det som ändras i det framtida läget.
inspector-future-title = Framtida rubrik
inspector-future-customer-action = Kundens framtida handling
inspector-future-business-response = Företagets framtida svar
inspector-future-owner = Framtida ansvarig
inspector-future-emotion-tip = Känsla i framtida läge
inspector-arrows = Pilar
inspector-arrow-to = till ”{ $card }”
inspector-arrow-to-labelled = till ”{ $card }”: { $label }
inspector-arrow-from = från ”{ $card }”
inspector-arrow-from-labelled = från ”{ $card }”: { $label }
inspector-edit-arrow-tip = Redigera den här pilen
inspector-added = Tillagt
inspector-added-detail = Nytt i det framtida läget; inte en del av nuläget.
inspector-removed = Borttaget
inspector-removed-detail = En del av nuläget; i det framtida läget försvinner det.
inspector-unchanged = Oförändrat: likadant i båda lägena.
inspector-changed = { $count ->
        [one] Ändrat: 1 fält
       *[other] Ändrat: { $count } fält
    }
inspector-today = Nuläge
inspector-future = Framtida läge
inspector-empty = (tomt)
inspector-arrow = Pil
inspector-arrow-ends = Från ”{ $from }” till ”{ $to }”
inspector-label = Etikett
inspector-select-start-card = Markera startkortet
inspector-delete-arrow = Ta bort pil
inspector-stage = Fas
inspector-stage-description = Vad kunden försöker göra
inspector-header-colour = Rubrikfärg
inspector-custom-width = Egen bredd
inspector-custom-width-tip = Eller dra fasens högra kant på kartan
inspector-stage-width-tip = Fasens bredd
inspector-figures-hint = Siffror (utan kryss: summan av fasens kort)
inspector-funnel = Tratt
inspector-funnel-future = Tratt (framtida läge)
inspector-funnel-compare = Tratt (nuläge och framtida läge)
inspector-funnel-no-figures = Inga siffror än: kryssa i Nådda och Konverterade ovan, eller fyll i dem på fasens kort.
inspector-reached-own-tip = Ifyllt på fasen
inspector-reached-sum-tip = Summan av fasens kort
inspector-conversion = Konvertering
inspector-drop-off = Bortfall
inspector-drop-off-stage = Kunder som inte når { $stage }.
inspector-drop-off-next-stage = Kunder som inte når nästa fas.
inspector-no-drop-off = Inget bortfall: den här eller nästa fas saknar en siffra för Nådda.
inspector-last-stage = Sista fasen: inget bortfall att mäta.
inspector-worst-drop-off = Kundresans största bortfall
inspector-stage-cards = { $count ->
        [one] 1 kort i den här fasen.
       *[other] { $count } kort i den här fasen.
    }
inspector-delete-stage = Ta bort fas
inspector-delete-stage-tip = Ta bort fasen med dess kort (ångra tar tillbaka dem)
inspector-lane = Rad
inspector-lane-kind = Typ
inspector-no-channel = Ingen
inspector-row-tint = Radfärg
inspector-show-lane = Visa rad
inspector-hide-lane = Dölj rad
inspector-hide-lane-tip = Att dölja ändrar bara vyn, inte kartan
inspector-delete-lane = Ta bort rad
inspector-delete-lane-tip = Ta bort raden med dess kort (ångra tar tillbaka dem)
inspector-items-selected = { $count ->
        [one] 1 objekt markerat
       *[other] { $count } objekt markerade
    }
inspector-drag-together = Dra dem på kartan för att flytta dem tillsammans.
inspector-colour-of-all = Färg för alla
inspector-default-colour = Standard
inspector-default-colour-tip = Använd kartans standardfärg
inspector-hex-colour = Hexfärg
inspector-hex-colour-default-hint = standard
inspector-not-a-colour = ”{ $text }” är ingen färg: skriv den som "#RRGGBB" eller "#RRGGBBAA", t.ex. "#3B82F6"
step-rename-persona = byt namn på persona
step-rename-stage = byt namn på fas
step-rename-lane = byt namn på rad

## Insights panel

insights-heading = Insikter
insights-hide = Dölj
insights-hide-tip = Dölj insikterna ({ $shortcut })
insights-overlap = Överlapp
insights-overlap-explained = två eller fler kort i samma kanal kör samma kampanj i samma fas: du kanske betalar två gånger för att säga samma sak.
insights-not-reached = Inte nådd
insights-not-reached-explained = en vald persona använder den här kanalen på annat håll i kundresan, men inget kort här vänder sig till personan.
insights-choose-personas-hint = Välj personas under Visa > Personas för att se var de inte nås.
insights-add-personas-hint = Lägg till personas i kartan och välj dem sedan under Visa > Personas för att se var de inte nås.
insights-gaps-for = { $view } · luckor för { $personas }
insights-choose-personas = Välj personas
insights-choose-personas-tip = Personafiltret under Visa > Personas
insights-no-overlaps = Inga överlappande kampanjer.
insights-overlaps-heading = Överlappande kampanjer ({ $count })
insights-gaps-heading = Inte nådda ({ $count })
insights-all-reached = Inte nådda: inga. De valda personas nås överallt där de använder en kanal.
insights-nothing-to-report = Inget att rapportera
insights-no-channel-lanes = Insikterna gäller kanalrader, och den här vyn visar inga.
insights-no-overlap-found = Ingen kampanj körs på två kort i samma kanal i samma fas.
insights-nothing-found = Ingen kampanj körs på två kort i samma kanal i samma fas, och de valda personas nås överallt där de använder en kanal.
insights-hidden-lanes = Dolda rader räknas inte med.
insights-unnamed-stage = (namnlös fas)
insights-unnamed-lane = (namnlös rad)
insights-unnamed-persona = (namnlös persona)
insights-card-title = ”{ $title }”
insights-overlap-entry = Överlapp: { $campaign } ×{ $count } — { $place }
insights-overlap-tip = { $cards } kör ”{ $campaign }”. Klicka för att markera dem.
insights-gap-entry = Inte nådd: { $persona } — { $place }
insights-gap-tip = Inget kort i den här cellen vänder sig till { $persona }. Klicka för att visa cellen; Infoga > Kontaktpunkt lägger till ett kort där.

## Characters
glyphs-missing = Vissa tecken visas som tomma rutor, eftersom inget medföljande typsnitt kan rita dem: { $items }
glyphs-missing-card = kortet ”{ $name }” ({ $chars })
glyphs-missing-stage = fasen ”{ $name }” ({ $chars })
glyphs-missing-lane = raden ”{ $name }” ({ $chars })
glyphs-missing-persona = personan ”{ $name }” ({ $chars })
glyphs-missing-connector = pilen ”{ $name }” ({ $chars })
glyphs-missing-map = kartans titel ”{ $name }” ({ $chars })
glyphs-missing-more = och { $count } till
## Templates

menu-new-from-template = Ny från mall
template-classic = Klassisk kundresa (fem faser)
template-ecommerce = Webbutik
template-b2b = B2B-köp
template-service-blueprint = Service blueprint
templates-new-from = Ny karta från mallen ”{ $template }”
templates-broken = Mallen ”{ $template }” gick inte att öppna: { $reason }
templates-rename-offer = { $count ->
        [one] Ett namn på en fas eller rad är fortfarande mallens ord. Skriva det på kartans nya språk?
       *[other] { $count } namn på faser och rader är fortfarande mallens ord. Skriva dem på kartans nya språk?
    }
templates-rename = Byt namn
templates-keep-names = Behåll namnen
templates-renamed = { $count ->
        [one] Bytte namn på 1 fas eller rad
       *[other] Bytte namn på { $count } faser och rader
    }

## Recovery
recovery-title = Återställa osparade ändringar?
recovery-intro = { $count ->
        [one] Trailmap stängdes innan den här kartan sparades. Ändringarna finns kvar:
       *[other] Trailmap stängdes innan de här { $count } kartorna sparades. Ändringarna finns kvar:
    }
recovery-never-saved = Aldrig sparad
recovery-details = { $ago } · { $steps ->
        [one] 1 osparad ändring
       *[other] { $steps } osparade ändringar
    }
recovery-recover = Återställ
recovery-discard = Kasta
recovery-later = Senare
recovery-recovered = Återställde ”{ $name }” ({ $ago }); inte sparad än
recovery-ago-now = nyss
recovery-ago-minutes = { $count ->
        [one] för 1 minut sedan
       *[other] för { $count } minuter sedan
    }
recovery-ago-hours = { $count ->
        [one] för 1 timme sedan
       *[other] för { $count } timmar sedan
    }
recovery-ago-days = { $count ->
        [one] för 1 dag sedan
       *[other] för { $count } dagar sedan
    }
recovery-write-failed = Kunde inte skriva återställningskopian av de osparade ändringarna: { $reason }
recovery-discard-failed = Kunde inte kasta återställningskopian: { $reason }
recovery-unavailable = Osparade ändringar kan inte sparas undan för återställning: { $reason }
recovery-skipped = { $count ->
        [one] En återställningskopia kunde inte läsas och lämnades kvar ({ $reason }): { $path }
       *[other] { $count } återställningskopior kunde inte läsas och lämnades kvar; den första ({ $reason }): { $path }
    }
recovery-error-io = { $reason }: { $path }
recovery-error-encode = kopian kunde inte kodas: { $reason }
recovery-error-not-a-file = det är inte en vanlig fil
recovery-error-too-large = den är { $size } byte; en återställningskopia får vara högst { $limit } byte
recovery-error-syntax = rad { $line }, kolumn { $column }: { $reason }
recovery-error-newer = skriven av en nyare Trailmap (återställningsversion { $found }; den här läser { $supported })
recovery-error-map = kartan i den: { $reason }
recovery-changed-since = ”{ $name }” ändrades på disken efter att de här ändringarna gjordes; när du sparar tillfrågas du innan den ändringen ersätts.
## File changed on disk
watch-reloaded = Läste in { $file } igen – ändrad på disken
watch-reloaded-undo = Läste in { $file } igen – ändrad på disken. Ångra ger tillbaka din version.
watch-missing = { $file } har tagits bort eller flyttats; kartan är kvar öppen, osparad
watch-unreadable = { $file } har ändrats på disken men kan inte läsas än: { $reason }
watch-kept-mine = Behöll din version av { $file }; nästa gång du sparar ersätts ändringen på disken.
watch-changed-title = Filen har ändrats på disken
watch-changed-body = ”{ $file }” har ändrats utanför Trailmap sedan du öppnade eller sparade den, och kartan har ändringar som inte har sparats.
watch-save-title = Skriva över den ändrade filen?
watch-save-body = ”{ $file }” har ändrats utanför Trailmap sedan du öppnade eller sparade den. Sparar du nu ersätts den ändringen av din karta.
watch-reload-keeps-yours = Även efter att du har läst in den ändrade filen ger Ångra tillbaka din version.
watch-reload-theirs = Läs in den ändrade filen
watch-keep-mine = Behåll min version
watch-overwrite-theirs = Skriv över ändå
step-reload-from-disk = läs in från disken igen
## Merge conflicts
step-resolve-conflict = lös konflikt
conflicts-heading = Sammanslagningskonflikter
conflicts-explained = Två versioner av den här kartan slogs samman, och båda ändrade de här sakerna på olika sätt. Kartan visar den här versionen; välj en version för varje.
conflicts-left = { $count ->
        [one] 1 konflikt kvar
       *[other] { $count } konflikter kvar
    }
conflicts-entry = { $item }: { $property }
conflicts-this = Den här versionen: { $value }
conflicts-other = Den andra versionen: { $value }
conflicts-before = Före: { $value }
conflicts-deleted-here = Borttaget i den här versionen, ändrat i den andra.
conflicts-deleted-there = Ändrat i den här versionen, borttaget i den andra.
conflicts-keep = Behåll den här versionen
conflicts-keep-tip = Kartan förblir som den är; konflikten är löst
conflicts-take = Ta den andra versionen
conflicts-take-tip = Använd den andra versionens värde; ångra tar tillbaka det här
conflicts-value-deleted = borttaget
conflicts-value-kept = behållet
conflicts-value-none = inget
conflicts-value-default = standard
conflicts-value-everyone = alla personas
conflicts-property-kind = Typ av rad
conflicts-property-place = Plats
conflicts-property-from = Pilens början
conflicts-property-to = Pilens slut
conflicts-property-presence = Borttaget eller ändrat
conflicts-clean = Inga konflikter kvar: kartan är hel igen. Spara den för att slutföra sammanslagningen.
conflicts-needed-here = Borttaget i den här versionen; ändringarna i den andra versionen behöver det.
conflicts-needed-there = Borttaget i den andra versionen; ändringarna i den här versionen behöver det.
conflicts-added-there = Tillagt i den andra versionen i något som den här versionen har tagit bort.

## Merge both (the file changed on disk)
watch-their-changes = Det här ändrades i filen:
watch-merge-both = Slå ihop båda
watch-merge-both-tip = Behåll dina ändringar och lägg till deras; där båda ändrat samma sak väljer du i konfliktpanelen. Ångra tar tillbaka din version
watch-merged = Ändringarna i { $file } slogs ihop med dina. Spara för att behålla resultatet
watch-merged-conflicts = { $count ->
        [one] Ändringarna i { $file } slogs ihop: 1 konflikt att lösa
       *[other] Ändringarna i { $file } slogs ihop: { $count } konflikter att lösa
    }
diff-place = { $stage } · { $lane }
diff-added-card = Lade till kortet { $name } i { $place }
diff-removed-card = Tog bort kortet { $name } från { $place }
diff-added = { $kind ->
        [stage] Lade till fasen { $name }
        [lane] Lade till raden { $name }
        [persona] Lade till personan { $name }
        [card] Lade till kortet { $name }
       *[other] Lade till pilen { $name }
    }
diff-removed = { $kind ->
        [stage] Tog bort fasen { $name }
        [lane] Tog bort raden { $name }
        [persona] Tog bort personan { $name }
        [card] Tog bort kortet { $name }
       *[other] Tog bort pilen { $name }
    }
diff-renamed = { $kind ->
        [stage] Bytte namn på fasen { $old } till { $new }
        [lane] Bytte namn på raden { $old } till { $new }
        [persona] Bytte namn på personan { $old } till { $new }
        [card] Bytte rubrik på kortet { $old } till { $new }
       *[other] Bytte { $old } till { $new }
    }
diff-moved = Flyttade { $name } från { $from } till { $to }
diff-changed = { $name }: { $property } { $old } › { $new }
diff-reordered = { $kind ->
        [stage] Ändrade ordningen på faserna
        [lane] Ändrade ordningen på raderna
        [persona] Ändrade ordningen på personas
        [card] Ändrade ordningen på korten
       *[other] Ändrade ordningen på pilarna
    }
diff-reordered-cards = Ändrade ordningen på korten i { $place }
diff-conflicts = Olösta konflikter: { $old } › { $new }
diff-more = { $count ->
        [one] …och 1 ändring till
       *[other] …och { $count } ändringar till
    }

## Files that are not maps: what they look like
looks-empty = en tom fil
looks-map = en Trailmap-karta
looks-csv = ett CSV-kalkylblad
looks-tsv = ett tabbavgränsat kalkylblad
looks-xlsx = en Excel-arbetsbok
looks-legacy-office = en gammal Excel- eller Word-fil (.xls, .doc)
looks-word = ett Word-dokument
looks-powerpoint = en PowerPoint-presentation
looks-opendocument = ett LibreOffice-dokument
looks-zip = ett ZIP-arkiv
looks-mermaid = ett Mermaid-diagram över en kundresa
looks-other-mermaid = ett Mermaid-diagram som inte är en kundresa
looks-image = en bild
looks-svg = en SVG-teckning
looks-pdf = ett PDF-dokument
looks-html = en webbsida
looks-xml = en XML-fil
looks-json = en JSON-fil
looks-markdown = ett Markdown-dokument
looks-text = en textfil
looks-binary = en binärfil
error-not-a-map = Det här är ingen Trailmap-karta utan { $what }.
error-not-a-map-importable = Det här är ingen Trailmap-karta utan { $what }. Importera filen med Arkiv › Importera…

## Import and data exports
cmd-import = Importera…
cmd-import-tip = Skapa en ny karta från ett kalkylblad (CSV, Excel) eller en Mermaid-kundresa
cmd-export-csv-tip = Korten som tabell för Excel, Numbers eller Google Kalkylark, en rad per kort
cmd-export-tsv-tip = Korten som tabbavgränsad text, en rad per kort
cmd-export-xlsx-tip = Korten som Excel-arbetsbok, en rad per kort
cmd-export-mermaid-tip = Kundresan som Mermaid-diagram för wikis och Markdown
files-import-title = Importera en kundresa
files-filter-importable = Kalkylblad och Mermaid-filer
files-imported = { $cards ->
        [one] Importerade { $path }: 1 kort
       *[other] Importerade { $path }: { $cards } kort
    }
dialog-import = Importera
dialog-import-failed-title = Filen kunde inte importeras
dialog-import-failed-body = { $path } kunde inte importeras. Kartan som var öppen förblir öppen.
dialog-import-warnings-title = Importerad, med ändringar
dialog-import-warnings-body = { $count ->
        [one] { $path } importerades som en ny karta, men en sak fick inte plats:
       *[other] { $path } importerades som en ny karta, men { $count } saker fick inte plats:
    }
export-data-sheet-note = En rad per kort, med fas, rad, personas, känsla och övriga fält; Excel öppnar den direkt och Arkiv › Importera hämtar tillbaka den.
export-data-mermaid-note = Ett avsnitt per fas och en uppgift per kort, betygsatt efter känslan; färger, rader och anteckningar ingår inte i en Mermaid-kundresa.
error-export-xlsx = Excel-arbetsboken kunde inte skrivas: { $detail }
import-cut = bara de första { $kept } { $what } importerades; { $dropped } till utelämnades.
import-cut-cards = korten
import-cut-stages = faserna
import-cut-lanes = raderna
import-cut-personas = personas
import-cut-list-entries = posterna i listan
import-shortened = texten kortades till { $limit } tecken.
import-too-large = Filen är { $size } MB, men Trailmap importerar filer på högst { $limit } MB.
import-unknown-format = Trailmap kan inte avgöra vad det är för fil ({ $what }). Det går att importera kalkylblad (.csv, .tsv, .txt, .xlsx) och Mermaid-kundresor (.mmd).
dialog-unsaved-before-import = ”{ $file }” har ändringar som inte har sparats. Vill du spara dem innan du importerar en ny karta?

## Legend and title block

export-around = Runt kartan
export-title-block = Rubrikblock
export-title-block-tip = Ovanför kartan: titel och beskrivning, vyn som visas (läge, personafilter, dolda rader) och dagens datum, på kartans språk
export-legend = Personaförklaring
export-legend-tip = Under kartan: varje personas färg och märke som på korten, hela namnet och första raden av beskrivningen
export-includes-title = Ovanför kartan: { $title }, med ”{ $view }”
export-includes-legend = { $count ->
        [one] Under kartan: en förklaring av den enda personan
       *[other] Under kartan: en förklaring av de { $count } personas
    }
export-includes-no-personas = Ingen förklaring: kartan har inga personas.
export-includes-map-only = Bara kartan, utan rubrikblock och förklaring.
## Persona lanes
# A lane that belongs to a persona (src/app/inspector/lane_persona.rs, src/app/lane_personas.rs).
# $persona is a persona's name, $card a card's title, $others a list of persona names.
lane-persona-label = Rad för persona
lane-persona-none = Ingen (alla personas)
lane-persona-tip = Radens rubrik visar personans märke, och varje kort du skapar i raden eller flyttar dit får personan. En känslokurva ritar personans kurva. Kort som redan finns i raden behåller sina personas.
lane-persona-metrics = En rad med nyckeltal visar hela fasens tratt och kan därför inte tillhöra en enskild persona.
lane-persona-card-others = Den här raden är för { $persona }. Kortet gäller även andra personas: { $others }.
lane-persona-card-missing = Den här raden är för { $persona }, men kortet gäller inte { $persona }.
status-lane-persona-tagged = ”{ $card }” gäller nu { $persona }, personan för sin rad.
status-lane-persona-tagged-also = ”{ $card }” gäller nu { $persona }, personan för sin rad, och gäller fortfarande { $others }.
status-lane-persona-new-card = Det nya kortet gäller { $persona }, personan för sin rad.
status-lane-persona-tagged-cards = { $count ->
        [one] Ett kort gäller nu { $persona }, personan för sin rad.
       *[other] { $count } kort gäller nu { $persona }, personan för sin rad.
    }
status-lane-persona-tagged-mixed = { $count } kort gäller nu personan för sin rad.
a11y-lane-persona = För personan { $persona }
error-lane-for-missing-persona = Raden { $from } ”{ $name }” tillhör persona { $id }, som inte finns. Ta bort ”persona” från raden eller lägg till personan.
template-classic-personas = Klassisk kundresa, en rad per persona
## Import: Mermaid
import-mermaid-not-a-journey = Det här är inget Mermaid-diagram av typen journey: det börjar med ”{ $starts }”. Ett journey-diagram börjar med ”journey”.
import-mermaid-empty = Filen innehåller inget Mermaid-diagram.
import-mermaid-not-utf8 = Texten är inte sparad som UTF-8. Spara diagrammet som UTF-8 och importera det igen.
import-mermaid-unclosed-front-matter = Front matter-blocket som börjar med ”---” stängs aldrig med ”---”.
import-mermaid-journey-again = Raden börjar med ”journey” igen. Mermaid läser ordet som diagrammets rubrik, så inget namn på en uppgift eller sektion får börja med det.
import-mermaid-unclosed-description = Blocket ”accDescr {"{"}” som börjar här stängs aldrig med ”{"}"}”.
import-mermaid-task-without-score = Uppgiften ”{ $task }” saknar poäng. Skriv en uppgift som ”{ $task }: 5: persona, persona”.
import-mermaid-score-without-task = Här står en poäng utan namn på en uppgift före. Skriv en uppgift som ”namn: 5: persona, persona”.
import-mermaid-unexpected = Mermaid tillåter inte ”{ $found }” här.
import-mermaid-score-not-a-number = Rad { $line }: poängen ”{ $score }” för ”{ $task }” är inget tal; kortet har ingen känsla.
import-mermaid-score-out-of-range = Rad { $line }: poängen { $score } för ”{ $task }” ligger utanför 1 till 5; den blev { $used }.
import-mermaid-score-rounded = Rad { $line }: poängen { $score } för ”{ $task }” är inget heltal; den blev { $used }.
import-mermaid-ignored-text = Rad { $line }: ”{ $text }” efter personas i ”{ $task }” utelämnades.
import-mermaid-unclosed = Rad { $line }: ”{ $opener }” stängs aldrig, så resten av filen blev en del av det och hoppades över.
import-mermaid-more-warnings = { $count ->
        [one] 1 rad till hade en sådan varning.
       *[other] { $count } rader till hade sådana varningar.
    }
## PowerPoint export
export-pptx-tip = En bildserie där varje kort, rubrik och pil är en form som du kan redigera och flytta
export-pptx-slides = Bilder
export-pptx-slides-map = En bild med hela kartan
export-pptx-slides-stages = { $count } bilder: hela kartan, sedan en per fas
export-pptx-size = Bildstorlek
export-pptx-size-wide = Bredbild 16:9
export-pptx-size-standard = Standard 4:3
export-pptx-size-a4 = A4 liggande
export-pptx-note = Kort, rubriker, kurvor och pilar förblir redigerbara former i PowerPoint, Keynote, Google Presentationer och Impress; pilarna följer med när korten flyttas, och kortens anteckningar blir talaranteckningar.
export-pptx-error = PowerPoint-filen kunde inte skapas ({ $detail }). Det är ett fel i Trailmap; rapportera det gärna.
## Presentation and saved views
cmd-present = Presentera
cmd-present-tip = Visa kundresan i helskärm, en fas i taget; Esc avslutar
cmd-next-stage = Nästa fas
cmd-next-stage-tip = Under presentationen: visa nästa fas (en presentatörs Page Down fungerar också)
cmd-previous-stage = Föregående fas
cmd-previous-stage-tip = Under presentationen: visa fasen före
cmd-first-stage = Första fasen
cmd-first-stage-tip = Under presentationen: gå tillbaka till första fasen
cmd-last-stage = Sista fasen
cmd-last-stage-tip = Under presentationen: hoppa till sista fasen
cmd-save-view = Spara vy…
cmd-save-view-tip = Behåll det kartan visar nu (kundresa, personas, dolda rader, insikter, färger per avdelning) under ett namn i kartfilen
present-hint = Fas { $number } av { $count }: { $stage }
present-persona = kundresan för { $persona }
present-keys = Höger eller Page Down: nästa · Vänster eller Page Up: tillbaka · Esc: avsluta
present-no-stages = Kartan har inga faser att presentera.
menu-saved-views = Sparade vyer
menu-saved-views-tip = Visa kartan som en sparad vy visar den; att välja en vy ändrar inget i kartan
menu-no-saved-views = Inga sparade vyer än
menu-rename-view = Byt namn på vy
menu-delete-view = Ta bort vy
dialog-save-view-title = Spara vy
dialog-rename-view-title = Byt namn på vy
dialog-view-name = Namn
dialog-view-name-empty = Ge vyn ett namn.
dialog-view-name-taken = En annan vy heter redan ”{ $name }”.
status-view-saved = Vyn ”{ $name }” har sparats.
status-view-shown = Visar vyn ”{ $name }”.
step-save-view = Spara vy
step-rename-view = Byt namn på vy
step-delete-view = Ta bort vy
error-view-shows-missing-persona = Den sparade vyn { $from } ”{ $name }” följer persona { $id }, som inte finns. Ta bort den från vyns ”personas” eller lägg till personan.
error-view-hides-missing-lane = Den sparade vyn { $from } ”{ $name }” döljer rad { $id }, som inte finns. Ta bort den från vyns ”hidden_lanes”.
error-view-defined-twice = Den sparade vyn { $from } ”{ $name }” finns mer än en gång. Ge en av dem ett annat id.
error-view-name-too-long = Namnet på den sparade vyn { $from } har { $chars } tecken; högst { $max } är tillåtna.
error-view-list-too-long = Den sparade vyn { $from } ”{ $name }” listar { $count } personas eller rader; högst { $max }.
error-view-too-many = Kartan har { $count } sparade vyer; Trailmap öppnar högst { $max }.
step-edit-view = Redigera vy
error-edit-missing-view = Den sparade vyn { $id } finns inte längre.
error-edit-view-exists = Den sparade vyn { $id } finns redan.
diff-view-added = Lade till den sparade vyn { $name }
diff-view-removed = Tog bort den sparade vyn { $name }
diff-view-renamed = Bytte namn på den sparade vyn { $old } till { $new }
diff-view-changed = Ändrade den sparade vyn { $name }
## Import: spreadsheets (src/app/sheet_words.rs)
import-sheet-at = { $place }: { $problem }
import-sheet-place-line = Rad { $line } i filen
import-sheet-place-row = Rad { $row }
import-sheet-place-cell = Rad { $row }, kolumn { $column }
import-sheet-place-sheet = Bladet ”{ $sheet }”
import-sheet-place-sheet-row = Bladet ”{ $sheet }”, rad { $row }
import-sheet-place-sheet-cell = Bladet ”{ $sheet }”, rad { $row }, kolumn { $column }
import-sheet-empty = Kalkylbladet är tomt.
import-sheet-unclosed-quote = En cell inom citattecken saknar avslutande citattecken (det inledande står på rad { $line } i filen). Lägg till det saknade " eller ta bort det inledande.
import-sheet-nul-byte = Cellen innehåller en NUL-byte: filen är inget textkalkylblad, eller så har den en teckenkodning som Trailmap inte läser. Spara den som ”CSV UTF-8”.
import-sheet-unreadable = Kalkylbladet kan inte läsas: { $detail }
import-sheet-missing-columns = { $count ->
        [one] Rubrikraden saknar kolumnen { $columns }.
       *[other] Rubrikraden saknar kolumnerna { $columns }.
    } Varje kort behöver en fas, en rad och en rubrik.
import-sheet-not-a-workbook = Det här är ingen Excel-arbetsbok (.xlsx) ({ $detail }).
import-sheet-old-or-encrypted = Det här är en arbetsbok från Excel 97–2003 eller en lösenordsskyddad arbetsbok. Spara den i Excel som .xlsx utan lösenord.
import-sheet-unpacks-too-large = Uppackad är arbetsboken { $size } MB; Trailmap läser arbetsböcker på högst { $limit } MB.
import-sheet-damaged = Arbetsboken är skadad eller ofullständig: { $detail }
import-sheet-bad-cell-reference = Arbetsboken är skadad: den hänvisar till ”{ $reference }”, en cell som inget kalkylblad har.
import-sheet-no-such-sheet = Arbetsboken har inget blad ”{ $name }”. Dess blad är: { $sheets }.
import-sheet-not-a-worksheet = Bladet ”{ $sheet }” innehåller ett diagram eller makron, inga celler. Välj ett annat blad.
import-sheet-unknown-columns = { $more ->
        [0] Kolumner som Trailmap inte känner till utelämnades: { $names }.
       *[other] Kolumner som Trailmap inte känner till utelämnades: { $names } och { $more } till.
    }
import-sheet-repeated-columns = Kolumner som anger ett fält en andra gång utelämnades: { $names }.
import-sheet-bad-value = { $place }: ”{ $value }” är inget giltigt värde för ”{ $column }” och utelämnades.
import-sheet-more-bad-values = { $count ->
        [one] 1 värde till utelämnades.
       *[other] { $count } värden till utelämnades.
    }
import-sheet-legacy-encoding = Filen är inte i UTF-8; den lästes som { $encoding }. Om bokstäverna ser fel ut, spara den som ”CSV UTF-8” och importera den igen.

## Close and start
cmd-close = Stäng
cmd-close-tip = Stäng kartan och behåll fönstret öppet med startvalen
files-closed = Stängde { $name }
start-heading = Ingen karta är öppen
start-hint = Börja en ny karta från en mall, öppna en eller importera ett kalkylark.
## Canvas for screen readers
a11y-stages = Kartans faser
a11y-lane = Rad ”{ $lane }”
a11y-arrows = Pilar på kartan
a11y-unnamed = (namnlös)
a11y-none = ingen
a11y-all-personas = alla personas
a11y-card-description = Fas: { $stage }. Rad: { $lane }. Personas: { $personas }. Känsla: { $emotion }. Ansvarig: { $owner }.
a11y-card-picture = Bild: { $alt }.
a11y-picture-no-alt = ingen beskrivning
a11y-emotion-point = Känslopunkt för ”{ $card }”: { $score }
a11y-arrow = Pil från ”{ $from }” till ”{ $to }”
## Rough edges
status-deleted-stage-with-cards = { $count ->
        [one] Tog bort fasen ”{ $name }” och dess kort – { $undo } tar tillbaka det
       *[other] Tog bort fasen ”{ $name }” och dess { $count } kort – { $undo } tar tillbaka dem
    }
status-deleted-lane-with-cards = { $count ->
        [one] Tog bort raden ”{ $name }” och dess kort – { $undo } tar tillbaka det
       *[other] Tog bort raden ”{ $name }” och dess { $count } kort – { $undo } tar tillbaka dem
    }
status-deleted-rows-with-cards = { $count ->
        [one] Tog bort { $rows } faser och rader och deras kort – { $undo } tar tillbaka dem
       *[other] Tog bort { $rows } faser och rader och deras { $count } kort – { $undo } tar tillbaka dem
    }
inspector-width = Inspektörens bredd

## Keyboard: menu bar, item menus and dialogs
cmd-focus-menu-bar = Menyrad
cmd-focus-menu-bar-tip = Gå till menyraden och öppna menyn Arkiv: piltangenterna går genom menyerna, Enter väljer ett alternativ, Esc stänger
cmd-context-menu = Snabbmeny
cmd-context-menu-tip = Öppna det markerade objektets meny vid objektet, samma som ett högerklick öppnar: piltangenterna går genom den, Enter väljer ett alternativ, Esc stänger
key-menu = Menytangent

## Pictures
lane-kind-storyboard = Storyboard
picture-property = Bild
picture-value = bild { $key }
picture-field-alt = Alternativtext
picture-error-too-many = Kartan har { $count } bilder; Trailmap öppnar högst { $max }.
picture-error-too-large = Kartans bilder tar { $mb } MB; Trailmap öppnar högst { $max } MB.
picture-error-missing = Kontaktpunkten { $card } ”{ $name }” visar bilden { $key }, som saknas i filen. Kortet visar en tom ram; lägg till bilden igen.
picture-error-unreadable = Bilden { $key } på kontaktpunkten { $card } ”{ $name }” är skadad: dess data är ingen läsbar PNG eller JPEG. Lägg till bilden igen.
picture-error-size-differs = Bilden { $key } på kontaktpunkten { $card } ”{ $name }” är skadad: filen anger { $width }×{ $height } pixlar men dess data är { $found_width }×{ $found_height }. Lägg till bilden igen.
picture-error-bad-size = Bilden { $key } på kontaktpunkten { $card } ”{ $name }” är { $width }×{ $height } pixlar; en bild har 1 till { $max } pixlar per sida. Lägg till bilden igen.
picture-edit-missing = Bilden { $key } finns inte i den här kartan.
picture-edit-in-use = Bilden { $key } visas fortfarande på ett kort.
picture-edit-no-picture = Kontaktpunkten { $card } har ingen bild.
picture-limit-count = Kartan har redan { $count } bilder; en karta rymmer högst { $max }. Ta bort en bild först.
picture-limit-bytes = Med den här bilden skulle kartans bilder ta { $mb } MB; en karta rymmer högst { $max } MB. Ta bort en bild först.
picture-import-empty = Filen är tom.
picture-import-not-a-picture = Filen är ingen bild. Trailmap läser PNG, JPEG, WebP, GIF och SVG.
picture-import-unsupported = { $format }-bilder kan inte läggas till. Spara bilden som PNG eller JPEG och lägg till den igen.
picture-import-damaged = { $format }-bilden är skadad eller ofullständig.
picture-import-too-many-pixels = Bilden är { $width }×{ $height } pixlar; Trailmap läser högst { $max_side } pixlar per sida och { $megapixels } megapixlar. Gör den mindre och lägg till den igen.
picture-import-file-too-large = Filen är { $mb } MB; Trailmap läser bilder på högst { $max } MB.

## Pictures (window)
picture-added = Bilden har lagts till.
picture-removed = Bilden har tagits bort.
picture-not-added = Bilden lades inte till: { $reason }
picture-read-failed = Bilden lades inte till: { $reason } { $path }
picture-drop-where = Släpp bilden på ett kort, eller på en tom plats i en cell för ett nytt kort.
picture-dropped-several = Bara den första filen lades till; släpp en bild i taget.
picture-paste-where = Markera ett kort eller en cell att klistra in bilden i.
files-picture-title = Välj en bild
files-filter-pictures = Bilder (PNG, JPEG, WebP, GIF, SVG)
dialog-add-picture = Lägg till bild
inspector-picture = Bild
inspector-add-picture = Lägg till bild…
inspector-add-picture-tip = Lägg en skärmbild, annons eller ett foto på det här kortet (PNG, JPEG, WebP, GIF eller SVG). Du kan också släppa en fil på kortet eller klistra in en skärmbild med Ctrl+V.
inspector-replace-picture = Byt ut…
inspector-replace-picture-tip = Välj en annan bild för det här kortet
inspector-remove-picture = Ta bort bild
inspector-picture-alt = Alternativtext (för skärmläsare)
inspector-picture-alt-tip = Vad bilden visar, för den som inte kan se den. Exporterna använder den också.
inspector-picture-aspect = Format
inspector-aspect-original = Original
inspector-picture-missing = Bilden saknas eller är skadad i kartfilen. Lägg till den igen.
step-edit-alt-text = redigera alternativtext
inspector-picture-aspect-tip = Hur kortet beskär sin bild: bilden fyller kortets bredd i det här formatet.
menu-rows = Gruppera rader
rows-lanes = Som ritat
rows-personas = Per persona
rows-channels = Per kanal
rows-lanes-tip = Raderna som de är ritade i kartan.
rows-personas-tip = En rad per persona och en för kort som inte nämner någon; ett kort för två personas visas i båda raderna. Andra rader ligger kvar nedanför som ritade. Att dra ett kort till en annan rad ändrar dess personas.
rows-channels-tip = En rad per kanal, efter kortets kanal eller radens. Andra rader ligger kvar nedanför som ritade. Att dra ett kort till en annan rad ändrar dess kanal.
pivot-all-personas = Alla personas
pivot-no-channel = Ingen kanal
pivot-place = { $row } i { $stage }
status-pivot-persona = Flyttat till { $place }: persona ändrad från { $from } till { $to }
status-pivot-channel = Flyttat till { $place }: kanal ändrad från { $from } till { $to }
status-pivot-stage = Flyttat till { $stage }
status-pivot-no-channel = Ett kort i en rad med kanal har alltid en kanal: ändra radens kanal i inspektören i stället.
status-pivot-no-lane = Ingen rad som visas här kan ta emot ett nytt kort: välj Visa › Rader › Som ritat och lägg till det i en rad.
