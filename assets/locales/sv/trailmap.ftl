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
files-blank-title = Namnlös kundresa
files-blank-stage-awareness = Medvetenhet
files-blank-stage-consideration = Övervägande
files-blank-stage-purchase = Köp
files-blank-stage-retention = Lojalitet
files-blank-stage-advocacy = Rekommendation
files-blank-lane-customer-actions = Kundens handlingar
files-blank-lane-emotion = Känslor

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
dialog-about-fonts = Texten är satt i Noto Sans (SIL Open Font License 1.1).
dialog-shortcuts-title = Kortkommandon
dialog-shortcuts-either = { $first }  eller  { $second }
dialog-gesture-pan = Panorera
dialog-gesture-pan-how = Rulla / dra med mittenknappen / Space+dra
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
