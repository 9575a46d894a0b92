# Trailmap på norsk (bokmål). Samme id-er som i assets/locales/en/trailmap.ftl.

## Menus

menu-file = Fil
menu-edit = Rediger
menu-view = Vis
menu-insert = Sett inn
menu-help = Hjelp
menu-new-from-example = Ny fra eksempel
menu-open-recent = Åpne nylige
menu-clear-recent = Tøm listen
menu-export = Eksporter
menu-lanes = Rader
menu-unnamed-lane = (rad uten navn)
menu-show-all-lanes = Vis alle rader
menu-journey = Kundereise
menu-personas = Personas
menu-everyone = Alle personas
menu-persona-filter-tip = Demp kortene til andre personas; én følelseskurve per persona
menu-colour-by-owner = Farge etter ansvarlig
menu-colour-by-owner-tip = Fargelegg kortene etter ansvarlig avdeling, med tegnforklaring
menu-footnotes = Notater som fotnoter
menu-footnotes-tip = Nummerer kort med notater og list notatene under kartet
menu-lane = Rad
menu-language = Språk
menu-language-system = Systemspråk ({ $language })
menu-language-tip = Språket i menyer, paneler og meldinger; kartet beholder sitt eget språk

## Commands

cmd-new = Ny
cmd-new-tip = Start et kundereisekart med de fem klassiske fasene
cmd-open = Åpne…
cmd-open-tip = Åpne en .journey.ron-fil
cmd-save = Lagre
cmd-save-tip = Lagre kartet i filen sin
cmd-save-as = Lagre som…
cmd-save-as-tip = Lagre kartet under et nytt navn
cmd-export = Eksporter som { $format }…
cmd-export-svg-tip = Et vektorbilde for presentasjoner, nettet og designverktøy
cmd-export-png-tip = Et bilde for chat, e-post og dokumenter
cmd-export-pdf-tip = Et dokument til utskrift eller utsending
cmd-quit = Avslutt
cmd-quit-tip = Lukk Trailmap
cmd-undo = Angre
cmd-undo-step = Angre { $step }
cmd-undo-tip = Angre den siste endringen
cmd-redo = Gjør om
cmd-redo-step = Gjør om { $step }
cmd-redo-tip = Gjør om den sist angrede endringen
cmd-cut = Klipp ut
cmd-cut-tip = Kopier de valgte kortene og fjern dem
cmd-copy = Kopier
cmd-copy-tip = Kopier de valgte kortene (lim dem inn i et hvilket som helst kart)
cmd-paste = Lim inn
cmd-paste-tip = Lim inn kort, eller ett kort per tekstlinje, i den valgte cellen
cmd-duplicate = Dupliser
cmd-duplicate-tip = Kopier de valgte kortene på samme sted
cmd-delete = Slett
cmd-delete-tip = Slett det valgte
cmd-select-all = Merk alt
cmd-select-all-tip = Merk alle kort
cmd-deselect = Fjern merking / avbryt
cmd-deselect-tip = Fjern merkingen, eller avbryt en dra- eller redigeringshandling
cmd-rename = Rediger tittel
cmd-rename-tip = Rediger tittelen på det valgte kortet direkte i kartet
cmd-select-card = { $direction ->
        [left] Velg forrige kort
        [right] Velg neste kort
        [up] Velg kortet over
       *[down] Velg kortet under
    }
cmd-select-card-tip = I kartet: velg kortet ved siden av (venstre og høyre langs radene, opp og ned i fasen); under presentasjon viser venstre og høyre forrige og neste fase
cmd-select-header = { $direction ->
        [left] Velg fasen til venstre
        [right] Velg fasen til høyre
        [up] Velg raden over
       *[down] Velg raden under
    }
cmd-select-header-tip = I kartet: velg overskriften til en nabofase eller -rad (Enter gir den nytt navn)
cmd-move-card-left = Flytt kort til venstre
cmd-move-card-left-tip = Flytt det valgte kortet til fasen til venstre
cmd-move-card-right = Flytt kort til høyre
cmd-move-card-right-tip = Flytt det valgte kortet til fasen til høyre
cmd-move-card-up = Flytt kort opp
cmd-move-card-up-tip = Flytt det valgte kortet til raden over
cmd-move-card-down = Flytt kort ned
cmd-move-card-down-tip = Flytt det valgte kortet til raden under
cmd-zoom-in = Zoom inn
cmd-zoom-in-tip = Zoom inn
cmd-zoom-out = Zoom ut
cmd-zoom-out-tip = Zoom ut
cmd-zoom-reset = Faktisk størrelse (100 %)
cmd-zoom-reset-tip = Vis kartet i faktisk størrelse
cmd-zoom-fit = Tilpass vinduet
cmd-zoom-fit-tip = Zoom slik at hele kartet får plass i vinduet
cmd-toggle-inspector = Inspektør
cmd-toggle-inspector-tip = Vis eller skjul inspektørpanelet
cmd-toggle-insights = Innsikt
cmd-toggle-insights-tip = Marker overlappende kampanjer og hull for valgte personas, og list dem i et panel
cmd-insert-stage = Fase
cmd-insert-stage-tip = Legg til en fase etter den valgte
cmd-insert-lane = Rad: { $kind }
cmd-insert-lane-tip = Legg til en rad under den valgte
cmd-insert-touchpoint = Kontaktpunkt
cmd-insert-touchpoint-tip = Legg til et kort i den valgte cellen
cmd-insert-persona = Persona
cmd-insert-persona-tip = Legg til en persona i kartet
cmd-connect = Koble til…
cmd-connect-tip = Tegn en pil fra det valgte kortet: piltastene velger målkortet, Enter tegner pilen, Esc avbryter
canvas-connect-to = Koble til…
status-connect-hint = Velg kortet pilen peker på med piltastene, og trykk Enter (Esc avbryter)
status-connected = Pilen er tegnet — Ctrl+Z angrer
cmd-show-shortcuts = Hurtigtaster
cmd-show-shortcuts-tip = List alle hurtigtaster
cmd-about = Om Trailmap
cmd-about-tip = Hva Trailmap er

## Status bar

status-not-saved-yet = Ikke lagret ennå
status-unsaved = ulagrede endringer
status-saved = lagret
status-view-tip = Hva kartet viser: Vis > Kundereise og Vis > Personas
status-zoom-tip = Zoom (Ctrl+rulling, Ctrl +/-, Ctrl+0 tilpasser)
status-counts = { $stages ->
        [one] 1 fase
       *[other] { $stages } faser
    } · { $lanes ->
        [one] 1 rad
       *[other] { $lanes } rader
    } · { $touchpoints ->
        [one] 1 kontaktpunkt
       *[other] { $touchpoints } kontaktpunkter
    }
status-selected = { $count } valgt
status-copied = { $count ->
        [one] Kopierte 1 kort
       *[other] Kopierte { $count } kort
    }
status-pasted = { $count ->
        [one] Limte inn 1 kort
       *[other] Limte inn { $count } kort
    }
status-nothing-to-paste = Ingenting å lime inn
status-paste-needs-cell = Legg til en fase og en rad før du limer inn kort
status-refused = Det gikk ikke: { $reason }
status-undo-failed = Kunne ikke angre: { $reason }
status-redo-failed = Kunne ikke gjøre om: { $reason }
status-waiting-for-dialog = Velg en fil i fildialogen…
window-untitled = Uten navn

## Names of the map's kinds of things

lane-kind-channel = Kanal
lane-kind-text = Tekst
lane-kind-emotion = Følelseskurve
lane-kind-pain-points = Smertepunkter
lane-kind-opportunities = Muligheter
lane-kind-owners = Ansvarlige
lane-kind-metrics = Nøkkeltall
lane-kind-backstage = Backstage

channel-website = Nettsted
channel-mobile = Mobil
channel-app = App
channel-email = E-post
channel-social = Sosiale medier
channel-ads = Annonser
channel-store = Butikk
channel-live-chat = Livechat
channel-phone = Telefon
channel-word-of-mouth = Jungeltelegrafen
channel-other = Annet

card-state-both = Nåsituasjon og ønsket situasjon
card-state-current = Bare nåsituasjon (fjernes)
card-state-future = Bare ønsket situasjon (ny)

state-view-current = Nåsituasjon
state-view-future = Ønsket situasjon
state-view-compare = Sammenlign nå og ønsket situasjon

future-field-title = Tittel
future-field-customer-action = Kundens handling
future-field-business-response = Bedriftens svar
future-field-owner = Ansvarlig
future-field-emotion = Følelse
future-field-campaigns = Kampanjer

emotion-very-unhappy = svært misfornøyd
emotion-unhappy = misfornøyd
emotion-neutral = nøytral
emotion-happy = fornøyd
emotion-delighted = begeistret

## Undo steps

step-add-connector = legg til pil
step-add-lane = legg til rad
step-add-persona = legg til persona
step-add-stage = legg til fase
step-add-touchpoint = legg til kontaktpunkt
step-change-map-language = endre kartets språk
step-delete-connector = slett pil
step-delete-lane = slett rad
step-delete-persona = slett persona
step-delete-stage = slett fase
step-delete-touchpoint = slett kontaktpunkt
step-edit = redigering
step-edit-connector = rediger pil
step-edit-lane = rediger rad
step-edit-map-description = rediger kartets beskrivelse
step-edit-persona = rediger persona
step-edit-stage = rediger fase
step-edit-touchpoint = rediger kontaktpunkt
step-move-lane = flytt rad
step-move-stage = flytt fase
step-move-touchpoint = flytt kontaktpunkt
step-rename-map = gi kartet nytt navn
step-change-emotion = endre følelse
step-edit-title = rediger tittel
step-resize-stage = endre fasens bredde
step-edit-arrow = rediger pil
step-edit-business-response = rediger bedriftens svar
step-edit-campaigns = rediger kampanjer
step-edit-colour = endre farge
step-edit-customer-action = rediger kundens handling
step-edit-emotion = rediger følelse
step-edit-figures = rediger tall
step-edit-future-action = rediger fremtidig handling
step-edit-future-emotion = rediger fremtidig følelse
step-edit-future-owner = rediger fremtidig ansvarlig
step-edit-future-response = rediger fremtidig svar
step-edit-future-title = rediger fremtidig tittel
step-edit-notes = rediger notater
step-edit-owner = rediger ansvarlig
step-edit-tags = rediger tagger

## Errors: why a file, a change, a save or an export failed (src/app/error_words.rs)
error-at = Linje { $line }, kolonne { $column }: { $problem }
error-syntax-empty = Filen er tom. En kartfil begynner med «(format: 1,».
error-syntax-not-text = Filen inneholder ikke tekst. Er det virkelig en kartfil?
error-syntax-format-zero = Format 0 finnes ikke; den første versjonen er 1. Rett tallet etter «format:».
error-syntax-too-deep = Filen er nøstet dypere enn noe kart, så den kan ikke være en kartfil.
error-syntax-unexpected-end = Filen slutter for tidlig. Ble den kuttet av da den ble kopiert eller lagret?
error-syntax-expected = Her mangler «{ $symbol }».
error-syntax-expected-value = { $expected ->
    [integer] Her skal det stå et heltall.
    [number] Her skal det stå et tall.
    [text] Her skal det stå en tekst i anførselstegn.
    [boolean] Her skal det stå «true» eller «false».
    [list] Her skal det stå en liste i [ ].
    [block] Her skal det stå en blokk i ( ).
    [choice] Her skal det stå ett av de tillatte navnene.
    [name] Her skal det stå et navn.
    [optional] Her skal det stå «Some(…)» eller «None».
    [nothing] Her skal det stå «()».
   *[other] Her skal det stå en annen type verdi.
}
error-syntax-wrong-type = Her skal det stå { $expected ->
    [integer] et heltall
    [number] et tall
    [text] en tekst i anførselstegn
    [boolean] «true» eller «false»
    [list] en liste i [ ]
    [block] en blokk i ( )
    [choice] ett av de tillatte navnene
    [name] et navn
    [optional] «Some(…)» eller «None»
    [nothing] «()»
   *[other] en annen type verdi
}, men filen har { $found ->
    [integer] et heltall
    [number] et tall
    [text] en tekst
    [boolean] en sannhetsverdi
    [list] en liste
    [block] en blokk
    [choice] et navn
    [name] et navn
    [optional] en valgfri verdi
    [nothing] «()»
   *[other] noe annet
}.
error-syntax-number-out-of-range = Tallet er for stort eller for lite for feltet.
error-syntax-wrong-length = Listen her har { $found ->
    [one] én oppføring
   *[other] { $found } oppføringer
}, og det passer ikke til feltet.
error-syntax-unknown-field = Her finnes det ikke noe felt som heter «{ $field }». Sjekk stavemåten; feltene er: { $allowed }.
error-syntax-unknown-choice = «{ $name }» er ikke tillatt her. Velg ett av: { $allowed }.
error-syntax-missing-field = Feltet «{ $field }» mangler her. Legg det til.
error-syntax-duplicate-field = Feltet «{ $field }» står to ganger. Fjern det ene.
error-syntax-unexpected-char = Tegnet «{ $char }» hører ikke hjemme her.
error-syntax-trailing-text = Det er mer tekst etter slutten av kartet. Fjern den.
error-syntax-bad-color = «{ $text }» er ikke en farge. Skriv den som "#RRGGBB" eller "#RRGGBBAA", for eksempel "#3B82F6".
error-syntax-other = Filen kan ikke leses her: { $detail }
error-newer-format = Filen ble lagret av en nyere versjon av Trailmap (format { $found }); denne versjonen leser format { $supported } og eldre. Oppdater Trailmap for å åpne den.
error-too-large = Filen er på { $size } MB, men en kartfil er på høyst { $limit } MB. Er det virkelig en kartfil?
error-unreadable-not-found = Filen finnes ikke. Er den flyttet, gitt nytt navn eller slettet?
error-unreadable-permission = Du har ikke tilgang til å lese denne filen. Sjekk tilgangsrettighetene.
error-unreadable-folder = Dette er en mappe, ikke en kartfil.
error-unreadable = Filen kunne ikke leses: { $detail }
error-too-many = Kartet har { $count } { $what ->
    [stage] faser
    [lane] rader
    [persona] personas
    [connector] piler
   *[touchpoint] kontaktpunkter
}; Trailmap åpner høyst { $max }.
error-field-title = Tittel
error-field-description = Beskrivelse
error-field-name = Navn
error-field-customer-action = Kundens handling
error-field-business-response = Bedriftens svar
error-field-owner = Ansvarlig
error-field-notes = Notater
error-field-campaigns = Kampanjer
error-field-tags = Tagger
error-field-personas = Personas
error-field-persona-emotions = Følelse per persona
error-field-label = Etikett
error-field-future = { $field } (ønsket situasjon)
error-text-too-long = Feltet «{ $field }» har { $chars } tegn; høyst { $max } er tillatt. Kort ned teksten.
error-list-too-long = Kontaktpunktet { $card } «{ $name }» har { $count } oppføringer i «{ $field }»; høyst { $max } er tillatt.
error-language-too-long = Kartets språk må være en kort kode som «en» eller «de».
error-duplicate-id = { $kind ->
    [stage] Flere faser har ID { $id }. Gi hver fase sin egen ID.
    [lane] Flere rader har ID { $id }. Gi hver rad sin egen ID.
    [persona] Flere personas har ID { $id }. Gi hver persona sin egen ID.
    [connector] Flere piler har ID { $id }. Gi hver pil sin egen ID.
   *[touchpoint] Flere kontaktpunkter har ID { $id }. Gi hvert kontaktpunkt sin egen ID.
}
error-stage-width = Fasen { $stage } «{ $name }» er { $width } bred; en fase må være { $min } til { $max } bred.
error-card-in-missing-stage = Kontaktpunktet { $from } «{ $name }» ligger i fase { $id }, som ikke finnes. Rett fasen eller legg den til.
error-card-in-missing-lane = Kontaktpunktet { $from } «{ $name }» ligger i rad { $id }, som ikke finnes. Rett raden eller legg den til.
error-card-names-missing-persona = Kontaktpunktet { $from } «{ $name }» gjelder persona { $id }, som ikke finnes. Fjern den fra «personas» eller legg til personaen.
error-card-scores-missing-persona = Kontaktpunktet { $from } «{ $name }» har en følelse for persona { $id }, som ikke finnes. Fjern verdien eller legg til personaen.
error-connector-to-missing-card = Pilen { $from } peker på kontaktpunkt { $id }, som ikke finnes. Fjern pilen eller rett enden.
error-emotion-out-of-range = Kontaktpunktet { $card } «{ $name }» har følelsen { $value }; en verdi må ligge mellom { $min } og +{ $max }.
error-persona-emotion-out-of-range = Kontaktpunktet { $card } «{ $name }» har følelsen { $value } for persona { $persona }; en verdi må ligge mellom { $min } og +{ $max }.
error-future-emotion-out-of-range = Kontaktpunktet { $card } «{ $name }» har følelsen { $value } i ønsket situasjon; en verdi må ligge mellom { $min } og +{ $max }.
error-connector-loop = Pilen { $connector } begynner og slutter i kontaktpunkt { $card }. En pil forbinder to ulike kontaktpunkter.
error-cards-unsorted = Kontaktpunktene er ikke sortert etter ID. Dette er en feil i Trailmap; meld gjerne fra om den.
error-cell-misnumbered = Kontaktpunktene i fase { $stage }, rad { $lane } er ikke nummerert i rekkefølge. Dette er en feil i Trailmap; meld gjerne fra om den.
error-save-encode = Kartet kunne ikke skrives som fil ({ $detail }). Dette er en feil i Trailmap; meld gjerne fra om den.
error-save-no-folder = Mappen finnes ikke. Velg en annen mappe: { $path }
error-save-permission = Du har ikke tilgang til å skrive i denne mappen. Velg en annen mappe: { $path }
error-save-read-only = Disken er skrivebeskyttet. Velg en annen mappe: { $path }
error-save-disk-full = Disken er full. Frigjør plass eller velg en annen disk: { $path }
error-save-is-folder = Det finnes allerede en mappe med dette navnet. Velg et annet navn: { $path }
error-save-io = Filen kunne ikke skrives ({ $detail }): { $path }
error-edit-missing = { $kind ->
    [stage] Fase { $id } finnes ikke lenger.
    [lane] Rad { $id } finnes ikke lenger.
    [persona] Persona { $id } finnes ikke lenger.
    [connector] Pil { $id } finnes ikke lenger.
   *[touchpoint] Kontaktpunkt { $id } finnes ikke lenger.
}
error-edit-duplicate = { $kind ->
    [stage] Fase { $id } finnes allerede.
    [lane] Rad { $id } finnes allerede.
    [persona] Persona { $id } finnes allerede.
    [connector] Pil { $id } finnes allerede.
   *[touchpoint] Kontaktpunkt { $id } finnes allerede.
}
error-edit-position = Posisjon { $index } ligger utenfor { $within ->
    [stages] fasene
    [lanes] radene
    [personas] personaene
    [views] de lagrede visningene
   *[cell] cellen
} (det finnes { $len }).
error-edit-text-too-long = «{ $field }» kan være på høyst { $max } tegn.
error-edit-list-too-long = Et kontaktpunkt kan ha høyst { $max } oppføringer i «{ $field }».
error-edit-emotion = Følelsen { $value } ligger utenfor skalaen fra { $min } til +{ $max }.
error-edit-stage-width = En fase er { $min } til { $max } bred.
error-edit-language = Et språk er en kort kode som «en» eller «de».
error-edit-connector-loop = En pil trenger to ulike kontaktpunkter.
error-export-unsupported = «.{ $extension }» er ikke et format Trailmap kan eksportere til. Avslutt filnavnet med .svg, .png eller .pdf: { $path }
error-export-no-extension = Filnavnet mangler filtype, så formatet er ukjent. Avslutt det med .svg, .png eller .pdf: { $path }
error-export-scale = PNG-skalaen må være mellom 1 og 4, ikke { $scale }.
error-export-margin = Margen må være mellom 0 og { $max } karteenheter, ikke { $margin }.
error-export-no-size = Kartet har ingen tegnbar størrelse ({ $width } × { $height }). Dette er en feil i Trailmap; meld gjerne fra om den.
error-export-too-large = En PNG på { $width } × { $height } piksler er for stor (høyst { $max } millioner piksler). Velg en mindre skala, eller eksporter SVG eller PDF, som ikke har noen størrelsesgrense.
error-export-font = Den medfølgende skriften { $font } kunne ikke leses. Installer Trailmap på nytt.
error-export-svg = SVG-en som ble tegnet for kartet, kunne ikke leses inn igjen ({ $detail }). Dette er en feil i Trailmap; meld gjerne fra om den.
error-export-png = PNG-en kunne ikke kodes: { $detail }
error-export-pdf = PDF-en kunne ikke lages: { $detail }
## Files: opening, saving, file dialogs, dropped files, recent files, the blank map

files-new-map = Nytt kart
files-opened-example = Åpnet eksempelet «{ $example }»
files-opened = Åpnet { $path }
files-saved = Lagret { $path }
files-save-failed-title = Kunne ikke lagre
files-open-title = Åpne kundereisekart
files-save-as-title = Lagre kundereisekart som
files-export-title = Eksporter kart
files-filter-maps = Kundereisekart
files-filter-all = Alle filer
files-no-system-dialog = Ingen fildialog fra systemet er tilgjengelig her (den krever XDG-skrivebordsportalen eller zenity). Skriv inn filbanen i stedet.
files-dialog-could-not-start = Fildialogen kunne ikke starte ({ $reason }). Skriv inn filbanen i stedet.
files-system-dialog-did-not-open = Systemets fildialog åpnet seg ikke (mangler XDG-skrivebordsportalen eller zenity?). Skriv inn filbanen i stedet.
files-dropped-several = Flere filer ble sluppet: den første ble åpnet (Trailmap viser ett kart om gangen)
files-recent-store-failed-at = Kunne ikke huske de nylige filene ({ $reason }): { $path }
files-recent-store-failed = Kunne ikke huske de nylige filene: { $reason }

## Example maps (File > New from Example); the language in brackets is the map's own

example-online-shop = Nettbutikk (English)
example-b2b-software = B2B-programvare (Deutsch)
example-home-furnishing = Interiør (Svenska)
example-mobile-operator = Mobiloperatør (Norsk)
example-online-groceries = Dagligvarer på nett (Polski)

## Dialogs: unsaved changes, notices, typed path, About, the shortcut list

dialog-unsaved-title = Lagre endringer?
dialog-unsaved-before-closing = «{ $file }» har endringer som ikke er lagret. Vil du lagre dem før du lukker?
dialog-unsaved-before-new = «{ $file }» har endringer som ikke er lagret. Vil du lagre dem før du starter et nytt kart?
dialog-unsaved-before-open = «{ $file }» har endringer som ikke er lagret. Vil du lagre dem før du åpner et annet kart?
dialog-save = Lagre
dialog-dont-save = Ikke lagre
dialog-cancel = Avbryt
dialog-ok = OK
dialog-open = Åpne
dialog-export = Eksporter
dialog-load-failed-title = Kunne ikke åpne kartet
dialog-load-failed-body = { $path } kunne ikke åpnes. Kartet som var åpent, forblir åpent.
dialog-export-to-file-title = Eksporter til fil
dialog-file-path = Filbane:
dialog-about-version = Versjon { $version }
dialog-about-text = En lokal redigerer for kundereisekart: faser, rader, kontaktpunkter, personas og følelser, lagret som lesbare .journey.ron-filer.
dialog-about-fonts = Teksten er satt i Noto Sans og Noto Emoji (SIL Open Font License 1.1).
dialog-shortcuts-title = Hurtigtaster
dialog-shortcuts-either = { $first }  eller  { $second }
dialog-gesture-pan = Panorer
dialog-gesture-pan-how = Rull / dra med midtknappen / Mellomrom+dra
dialog-gesture-zoom = Zoom rundt pekeren
dialog-gesture-zoom-how = Ctrl+rulling
dialog-gesture-add-to-selection = Legg til i eller fjern fra merkingen
dialog-gesture-add-to-selection-how = Shift+klikk / Ctrl+klikk
dialog-gesture-select-area = Merk kort i et område
dialog-gesture-select-area-how = Dra på en tom flate
dialog-gesture-new-card = Nytt kort
dialog-gesture-new-card-how = Dobbeltklikk på en tom celle
dialog-gesture-edit-title = Rediger tittelen på et kort
dialog-gesture-edit-title-how = Dobbeltklikk på kortet
dialog-gesture-move-cards = Flytt kort
dialog-gesture-move-cards-how = Dra dem (Esc avbryter)
dialog-gesture-reorder = Endre rekkefølgen på faser eller rader
dialog-gesture-reorder-how = Dra i overskriften
dialog-gesture-resize-stage = Endre bredden på en fase
dialog-gesture-resize-stage-how = Dra i høyre kant
dialog-gesture-connect = Koble sammen to kort
dialog-gesture-connect-how = Dra fra det runde håndtaket på kanten av et kort
dialog-gesture-emotion = Endre en følelsesscore
dialog-gesture-emotion-how = Dra i punktet på kurven

## Export dialog

export-title = Eksporter som { $format }
export-shows = Hva filen viser
export-shows-note = Slik kartet vises nå; endringer her gjelder bare denne eksporten.
export-journey = Kundereise
export-personas = Personas
export-each-persona-in-turn = Én persona om gangen
export-persona-filter-tip = Personafilteret under Vis > Personas
export-each-persona = Én fil per persona
export-each-persona-tip = Én fil for hver persona i kartet, hver med bare den personaens kort fremhevet og følelseskurven dens
export-each-persona-names = { $personas ->
        [one] { $file } blir { $example }
       *[other] { $file } blir { $example }, …
    }
export-extras = Tillegg
export-insights-tip = Overlappende kampanjer og hull for valgte personas
export-colour-by-owner-tip = Kort farget etter ansvarlig avdeling, med tegnforklaring
export-footnotes-tip = Nummererte notater under kartet
export-leave-out-hidden = { $count ->
        [one] Utelat den skjulte raden
       *[other] Utelat de { $count } skjulte radene
    }
export-scale = Skala
export-scale-tip = Piksler per karteenhet
export-pixel-size = { $width } × { $height } px
export-text = Tekst
export-text-shapes = Som former
export-text-shapes-tip = Ser riktig ut i PowerPoint, Keynote og Word
export-text-selectable = Markerbar tekst
export-text-selectable-tip = Søkbar og redigerbar; krever et visningsprogram som leser innebygde skrifter
export-paper = Papir
export-paper-fit = Like stort som kartet
export-paper-a4 = A4 liggende
export-paper-a3 = A3 liggende
export-paper-letter = US Letter liggende
export-background = Bakgrunn
export-background-white = Hvit
export-background-transparent = Gjennomsiktig
export-margin = Marg
export-margin-tip = Plass rundt kartet (standard { $default })
export-go = Eksporter…
export-exporting = Eksporterer { $path }…
export-could-not-start = Eksporten kunne ikke starte: { $reason }
export-stopped-unexpectedly = Eksporten stoppet uventet.
export-done = Eksporterte { $path } ({ $kilobytes } KB)
export-done-files = Eksporterte { $count } filer ({ $kilobytes } KB): { $files }
export-failed-title = Kunne ikke eksportere
export-nothing-written = Ingenting ble skrevet.
export-written-before-stop = Skrevet før eksporten stoppet: { $files }.

## Names of new things

new-stage-name = Ny fase
new-persona-name = Ny persona

## Canvas: context menus, the title editor, accessible names

canvas-label = Kundereisekart
canvas-card-title-hint = Korttittel
canvas-revert-title-failed = Kunne ikke tilbakestille tittelen: { $reason }
canvas-edit-details = Rediger detaljer…
canvas-edit-details-tip = Alle felt i inspektøren
canvas-colour = Farge
canvas-colour-default = Standard
canvas-rename = Gi nytt navn…
canvas-insert-stage-before = Sett inn fase foran
canvas-insert-stage-after = Sett inn fase etter
canvas-delete-stage = Slett fase
canvas-lane-kind = Radtype
canvas-insert-lane-above = Sett inn rad over
canvas-insert-lane-below = Sett inn rad under
canvas-hide-lane = Skjul rad
canvas-hide-lane-tip = Vis > Rader viser den igjen
canvas-delete-lane = Slett rad
canvas-edit-label = Rediger etikett…
canvas-delete-arrow = Slett pil
canvas-add-touchpoint-here = Legg til kontaktpunkt her
canvas-add-stage = Legg til fase
canvas-add-lane = Legg til rad

## Key names in shortcuts (as this language's keyboards label them)

key-ctrl = Ctrl
key-shift = Shift
key-alt = Alt
key-delete = Delete
key-backspace = Tilbake
key-enter = Enter
key-escape = Esc
## Inspector

inspector-map = Kart
inspector-title = Tittel
inspector-description = Beskrivelse
inspector-map-language = Kartets språk
inspector-map-language-tip = Hvordan tall skrives på kartet (1,234 eller 1 234)
inspector-personas = Personas
inspector-no-personas = Ingen personas ennå. En persona er en type kunde som kundereisen tegnes for.
inspector-unnamed-persona = (uten navn)
inspector-edit-persona-tip = Rediger denne personaen
inspector-add-persona = Legg til persona
inspector-map-hint = Velg et kort, en fase eller en rad på kartet for å redigere det her. Dobbeltklikk på en tom celle for å legge til et kort.
inspector-persona = Persona
inspector-back-to-personas = Tilbake til alle personas
inspector-name = Navn
inspector-colour = Farge
inspector-persona-description = Hvem personaen er
inspector-persona-used = { $count ->
        [one] Nevnt på 1 kort.
       *[other] Nevnt på { $count } kort.
    }
inspector-delete-persona = Slett persona
inspector-delete-persona-tip = Fjern personaen og alle kortenes henvisninger til den
inspector-touchpoint = Kontaktpunkt
inspector-customer-action = Kundens handling
inspector-business-response = Bedriftens svar
inspector-no-map-personas = Kartet har ingen personas (legg dem til når ingenting er valgt).
inspector-no-persona-ticked = Ingen krysset av: kortet gjelder alle personas.
inspector-emotion = Følelse
inspector-emotion-tip = Hvordan kunden føler seg her, fra −2 til +2
inspector-emotion-score-tip = Følelsesverdi
inspector-owner = Ansvarlig
inspector-campaigns = Kampanjer
inspector-campaigns-hint = Vårsalg, Nyhetsbrev
inspector-tags = Tagger
inspector-tags-hint = mobil, kasse
inspector-reached = Nådd
inspector-reached-tip = Kunder nådd
inspector-converted = Konvertert
inspector-converted-tip = Kunder konvertert
inspector-card-colour = Kortfarge
inspector-notes = Notater
inspector-journey = Kundereise
inspector-journey-tip = Om kortet hører til nåsituasjonen, den ønskede situasjonen eller begge
inspector-channel = Kanal
inspector-same-as-lane = Samme som raden
inspector-persona-emotions = Følelse per persona
inspector-persona-emotions-hint = Der en persona føler noe annet enn kortets følelse.
inspector-persona-emotion-tip = Følelsen til { $persona }
inspector-in-future = I ønsket situasjon
inspector-in-future-hint = Kryss av for det som endres i ønsket situasjon.
inspector-future-title = Fremtidig tittel
inspector-future-customer-action = Kundens fremtidige handling
inspector-future-business-response = Bedriftens fremtidige svar
inspector-future-owner = Fremtidig ansvarlig
inspector-future-emotion-tip = Følelse i ønsket situasjon
inspector-arrows = Piler
inspector-arrow-to = til «{ $card }»
inspector-arrow-to-labelled = til «{ $card }»: { $label }
inspector-arrow-from = fra «{ $card }»
inspector-arrow-from-labelled = fra «{ $card }»: { $label }
inspector-edit-arrow-tip = Rediger denne pilen
inspector-added = Lagt til
inspector-added-detail = Nytt i ønsket situasjon; ikke en del av nåsituasjonen.
inspector-removed = Fjernet
inspector-removed-detail = En del av nåsituasjonen; i ønsket situasjon faller det bort.
inspector-unchanged = Uendret: likt i begge situasjoner.
inspector-changed = { $count ->
        [one] Endret: 1 felt
       *[other] Endret: { $count } felt
    }
inspector-today = Nå
inspector-future = Ønsket
inspector-empty = (tomt)
inspector-arrow = Pil
inspector-arrow-ends = Fra «{ $from }» til «{ $to }»
inspector-label = Etikett
inspector-select-start-card = Velg startkortet
inspector-delete-arrow = Slett pil
inspector-stage = Fase
inspector-stage-description = Hva kunden prøver å få til
inspector-header-colour = Overskriftsfarge
inspector-custom-width = Egen bredde
inspector-custom-width-tip = Eller dra fasens høyre kant på kartet
inspector-stage-width-tip = Fasens bredde
inspector-figures-hint = Tall (uten kryss: summen av fasens kort)
inspector-funnel = Trakt
inspector-funnel-future = Trakt (ønsket situasjon)
inspector-funnel-compare = Trakt (nå og ønsket situasjon)
inspector-funnel-no-figures = Ingen tall ennå: kryss av for Nådd og Konvertert over, eller fyll dem inn på fasens kort.
inspector-reached-own-tip = Fylt inn på fasen
inspector-reached-sum-tip = Summen av fasens kort
inspector-conversion = Konvertering
inspector-drop-off = Frafall
inspector-drop-off-stage = Kunder som ikke når { $stage }.
inspector-drop-off-next-stage = Kunder som ikke når neste fase.
inspector-no-drop-off = Ikke noe frafall: denne eller neste fase mangler tall for Nådd.
inspector-last-stage = Siste fase: ikke noe frafall å måle.
inspector-worst-drop-off = Kundereisens største frafall
inspector-stage-cards = { $count ->
        [one] 1 kort i denne fasen.
       *[other] { $count } kort i denne fasen.
    }
inspector-delete-stage = Slett fase
inspector-delete-stage-tip = Slett fasen med kortene (angre henter dem tilbake)
inspector-lane = Rad
inspector-lane-kind = Type
inspector-no-channel = Ingen
inspector-row-tint = Radfarge
inspector-show-lane = Vis rad
inspector-hide-lane = Skjul rad
inspector-hide-lane-tip = Å skjule endrer bare visningen, ikke kartet
inspector-delete-lane = Slett rad
inspector-delete-lane-tip = Slett raden med kortene (angre henter dem tilbake)
inspector-items-selected = { $count ->
        [one] 1 element valgt
       *[other] { $count } elementer valgt
    }
inspector-drag-together = Dra dem på kartet for å flytte dem sammen.
inspector-colour-of-all = Farge for alle
inspector-default-colour = Standard
inspector-default-colour-tip = Bruk kartets standardfarge
inspector-hex-colour = Heksfarge
inspector-hex-colour-default-hint = standard
inspector-not-a-colour = «{ $text }» er ikke en farge: skriv den som "#RRGGBB" eller "#RRGGBBAA", f.eks. "#3B82F6"
step-rename-persona = gi personaen nytt navn
step-rename-stage = gi fasen nytt navn
step-rename-lane = gi raden nytt navn

## Insights panel

insights-heading = Innsikt
insights-hide = Skjul
insights-hide-tip = Skjul innsikten ({ $shortcut })
insights-overlap = Overlapp
insights-overlap-explained = to eller flere kort i samme kanal kjører samme kampanje i samme fase: kanskje betaler du to ganger for å si det samme.
insights-not-reached = Ikke nådd
insights-not-reached-explained = en valgt persona bruker denne kanalen et annet sted i kundereisen, men ingen kort her henvender seg til den.
insights-choose-personas-hint = Velg personas under Vis > Personas for å se hvor de ikke nås.
insights-add-personas-hint = Legg til personas i kartet, og velg dem så under Vis > Personas for å se hvor de ikke nås.
insights-gaps-for = { $view } · hull for { $personas }
insights-choose-personas = Velg personas
insights-choose-personas-tip = Personafilteret under Vis > Personas
insights-no-overlaps = Ingen overlappende kampanjer.
insights-overlaps-heading = Overlappende kampanjer ({ $count })
insights-gaps-heading = Ikke nådd ({ $count })
insights-all-reached = Ikke nådd: ingen. De valgte personaene nås overalt der de bruker en kanal.
insights-nothing-to-report = Ingenting å rapportere
insights-no-channel-lanes = Innsikten ser på kanalrader, og denne visningen viser ingen.
insights-no-overlap-found = Ingen kampanje kjører på to kort i samme kanal i samme fase.
insights-nothing-found = Ingen kampanje kjører på to kort i samme kanal i samme fase, og de valgte personaene nås overalt der de bruker en kanal.
insights-hidden-lanes = Skjulte rader er utelatt.
insights-unnamed-stage = (fase uten navn)
insights-unnamed-lane = (rad uten navn)
insights-unnamed-persona = (persona uten navn)
insights-card-title = «{ $title }»
insights-overlap-entry = Overlapp: { $campaign } ×{ $count } — { $place }
insights-overlap-tip = { $cards } kjører «{ $campaign }». Klikk for å velge dem.
insights-gap-entry = Ikke nådd: { $persona } — { $place }
insights-gap-tip = Ingen kort i denne cellen henvender seg til { $persona }. Klikk for å vise cellen; Sett inn > Kontaktpunkt legger til et kort der.

## Characters
glyphs-missing = Noen tegn vises som tomme bokser, fordi ingen medfølgende skrift kan tegne dem: { $items }
glyphs-missing-card = kortet «{ $name }» ({ $chars })
glyphs-missing-stage = fasen «{ $name }» ({ $chars })
glyphs-missing-lane = raden «{ $name }» ({ $chars })
glyphs-missing-persona = personaen «{ $name }» ({ $chars })
glyphs-missing-connector = pilen «{ $name }» ({ $chars })
glyphs-missing-map = kartets tittel «{ $name }» ({ $chars })
glyphs-missing-more = og { $count } til
## Templates

menu-new-from-template = Ny fra mal
template-classic = Klassisk kundereise (fem faser)
template-ecommerce = Nettbutikk
template-b2b = B2B-kjøp
template-service-blueprint = Tjenesteblåkopi (service blueprint)
templates-new-from = Nytt kart fra malen «{ $template }»
templates-broken = Malen «{ $template }» kunne ikke åpnes: { $reason }
templates-rename-offer = { $count ->
        [one] Ett navn på en fase eller rad er fortsatt malens ord. Skrive det på kartets nye språk?
       *[other] { $count } navn på faser og rader er fortsatt malens ord. Skrive dem på kartets nye språk?
    }
templates-rename = Gi nytt navn
templates-keep-names = Behold navnene
templates-renamed = { $count ->
        [one] Ga nytt navn til 1 fase eller rad
       *[other] Ga nytt navn til { $count } faser og rader
    }

## Recovery
recovery-title = Gjenopprette ulagrede endringer?
recovery-intro = { $count ->
        [one] Trailmap ble lukket før dette kartet ble lagret. Endringene er tatt vare på:
       *[other] Trailmap ble lukket før disse { $count } kartene ble lagret. Endringene er tatt vare på:
    }
recovery-never-saved = Aldri lagret
recovery-details = { $ago } · { $steps ->
        [one] 1 ulagret endring
       *[other] { $steps } ulagrede endringer
    }
recovery-recover = Gjenopprett
recovery-discard = Forkast
recovery-later = Senere
recovery-recovered = Gjenopprettet «{ $name }» ({ $ago }); ikke lagret ennå
recovery-ago-now = akkurat nå
recovery-ago-minutes = { $count ->
        [one] for 1 minutt siden
       *[other] for { $count } minutter siden
    }
recovery-ago-hours = { $count ->
        [one] for 1 time siden
       *[other] for { $count } timer siden
    }
recovery-ago-days = { $count ->
        [one] for 1 dag siden
       *[other] for { $count } dager siden
    }
recovery-write-failed = Kunne ikke skrive gjenopprettingskopien av de ulagrede endringene: { $reason }
recovery-discard-failed = Kunne ikke forkaste gjenopprettingskopien: { $reason }
recovery-unavailable = Ulagrede endringer kan ikke tas vare på for gjenoppretting: { $reason }
recovery-skipped = { $count ->
        [one] En gjenopprettingskopi kunne ikke leses og ble liggende ({ $reason }): { $path }
       *[other] { $count } gjenopprettingskopier kunne ikke leses og ble liggende; den første ({ $reason }): { $path }
    }
recovery-error-io = { $reason }: { $path }
recovery-error-encode = kopien kunne ikke kodes: { $reason }
recovery-error-not-a-file = det er ikke en vanlig fil
recovery-error-too-large = den er på { $size } byte; en gjenopprettingskopi kan være på høyst { $limit } byte
recovery-error-syntax = linje { $line }, kolonne { $column }: { $reason }
recovery-error-newer = skrevet av en nyere Trailmap (gjenopprettingsversjon { $found }; denne leser { $supported })
recovery-error-map = kartet i den: { $reason }
recovery-changed-since = «{ $name }» ble endret på disken etter at disse endringene ble gjort; når du lagrer, blir du spurt før den endringen erstattes.
## File changed on disk
watch-reloaded = Lastet inn { $file } på nytt – endret på disken
watch-reloaded-undo = Lastet inn { $file } på nytt – endret på disken. Angre henter tilbake din versjon.
watch-missing = { $file } er slettet eller flyttet; kartet forblir åpent, ulagret
watch-unreadable = { $file } er endret på disken, men kan ikke leses ennå: { $reason }
watch-kept-mine = Beholdt din versjon av { $file }; neste gang du lagrer, erstattes endringen på disken.
watch-changed-title = Filen er endret på disken
watch-changed-body = «{ $file }» er endret utenfor Trailmap siden du åpnet eller lagret den, og kartet har endringer som ikke er lagret.
watch-save-title = Overskrive den endrede filen?
watch-save-body = «{ $file }» er endret utenfor Trailmap siden du åpnet eller lagret den. Lagrer du nå, erstattes den endringen av kartet ditt.
watch-reload-keeps-yours = Også etter at du har lastet inn den endrede filen, henter Angre tilbake din versjon.
watch-reload-theirs = Last inn den endrede filen
watch-keep-mine = Behold min versjon
watch-overwrite-theirs = Overskriv likevel
step-reload-from-disk = last inn fra disken på nytt
## Merge conflicts
step-resolve-conflict = løs konflikt
conflicts-heading = Flettekonflikter
conflicts-explained = To versjoner av dette kartet ble flettet, og begge endret disse tingene ulikt. Kartet viser denne versjonen; velg en versjon for hver.
conflicts-left = { $count ->
        [one] 1 konflikt igjen
       *[other] { $count } konflikter igjen
    }
conflicts-entry = { $item }: { $property }
conflicts-this = Denne versjonen: { $value }
conflicts-other = Den andre versjonen: { $value }
conflicts-before = Før: { $value }
conflicts-deleted-here = Slettet i denne versjonen, endret i den andre.
conflicts-deleted-there = Endret i denne versjonen, slettet i den andre.
conflicts-keep = Behold denne versjonen
conflicts-keep-tip = Kartet blir som det er; konflikten er løst
conflicts-take = Ta den andre versjonen
conflicts-take-tip = Bruk verdien fra den andre versjonen; angre henter denne tilbake
conflicts-value-deleted = slettet
conflicts-value-kept = beholdt
conflicts-value-none = ingen
conflicts-value-default = standard
conflicts-value-everyone = alle personas
conflicts-property-kind = Type rad
conflicts-property-place = Plassering
conflicts-property-from = Starten på pilen
conflicts-property-to = Slutten på pilen
conflicts-property-presence = Slettet eller endret
conflicts-clean = Ingen konflikter igjen: kartet er helt igjen. Lagre det for å fullføre flettingen.
conflicts-needed-here = Slettet i denne versjonen; endringene i den andre versjonen trenger det.
conflicts-needed-there = Slettet i den andre versjonen; endringene i denne versjonen trenger det.
conflicts-added-there = Lagt til i den andre versjonen i noe denne versjonen har slettet.

## Merge both (the file changed on disk)
watch-their-changes = Dette ble endret i filen:
watch-merge-both = Slå sammen begge
watch-merge-both-tip = Behold endringene dine og legg til deres; der begge har endret det samme, velger du i konfliktpanelet. Angre henter tilbake din versjon
watch-merged = Endringene i { $file } ble slått sammen med dine. Lagre for å beholde resultatet
watch-merged-conflicts = { $count ->
        [one] Endringene i { $file } ble slått sammen: 1 konflikt må løses
       *[other] Endringene i { $file } ble slått sammen: { $count } konflikter må løses
    }
diff-place = { $stage } · { $lane }
diff-added-card = La til kortet { $name } i { $place }
diff-removed-card = Slettet kortet { $name } fra { $place }
diff-added = { $kind ->
        [stage] La til fasen { $name }
        [lane] La til raden { $name }
        [persona] La til personaen { $name }
        [card] La til kortet { $name }
       *[other] La til pilen { $name }
    }
diff-removed = { $kind ->
        [stage] Slettet fasen { $name }
        [lane] Slettet raden { $name }
        [persona] Slettet personaen { $name }
        [card] Slettet kortet { $name }
       *[other] Slettet pilen { $name }
    }
diff-renamed = { $kind ->
        [stage] Endret navn på fasen { $old } til { $new }
        [lane] Endret navn på raden { $old } til { $new }
        [persona] Endret navn på personaen { $old } til { $new }
        [card] Endret tittel på kortet { $old } til { $new }
       *[other] Endret { $old } til { $new }
    }
diff-moved = Flyttet { $name } fra { $from } til { $to }
diff-changed = { $name }: { $property } { $old } › { $new }
diff-reordered = { $kind ->
        [stage] Endret rekkefølgen på fasene
        [lane] Endret rekkefølgen på radene
        [persona] Endret rekkefølgen på personaene
        [card] Endret rekkefølgen på kortene
       *[other] Endret rekkefølgen på pilene
    }
diff-reordered-cards = Endret rekkefølgen på kortene i { $place }
diff-conflicts = Uløste konflikter: { $old } › { $new }
diff-more = { $count ->
        [one] …og 1 endring til
       *[other] …og { $count } endringer til
    }

## Files that are not maps: what they look like
looks-empty = en tom fil
looks-map = et Trailmap-kart
looks-csv = et CSV-regneark
looks-tsv = et tabulatordelt regneark
looks-xlsx = en Excel-arbeidsbok
looks-legacy-office = en gammel Excel- eller Word-fil (.xls, .doc)
looks-word = et Word-dokument
looks-powerpoint = en PowerPoint-presentasjon
looks-opendocument = et LibreOffice-dokument
looks-zip = et ZIP-arkiv
looks-mermaid = et Mermaid-diagram over en kundereise
looks-other-mermaid = et Mermaid-diagram som ikke er en kundereise
looks-image = et bilde
looks-svg = en SVG-tegning
looks-pdf = et PDF-dokument
looks-html = en nettside
looks-xml = en XML-fil
looks-json = en JSON-fil
looks-markdown = et Markdown-dokument
looks-text = en tekstfil
looks-binary = en binærfil
error-not-a-map = Dette er ikke et Trailmap-kart, men { $what }.
error-not-a-map-importable = Dette er ikke et Trailmap-kart, men { $what }. Importer filen med Fil › Importer…

## Import and data exports
cmd-import = Importer…
cmd-import-tip = Lag et nytt kart fra et regneark (CSV, Excel) eller en Mermaid-kundereise
cmd-export-csv-tip = Kortene som tabell for Excel, Numbers eller Google Regneark, én rad per kort
cmd-export-tsv-tip = Kortene som tabulatordelt tekst, én rad per kort
cmd-export-xlsx-tip = Kortene som Excel-arbeidsbok, én rad per kort
cmd-export-mermaid-tip = Kundereisen som Mermaid-diagram for wikier og Markdown
files-import-title = Importer en kundereise
files-filter-importable = Regneark og Mermaid-filer
files-imported = { $cards ->
        [one] Importerte { $path }: 1 kort
       *[other] Importerte { $path }: { $cards } kort
    }
dialog-import = Importer
dialog-import-failed-title = Kunne ikke importere filen
dialog-import-failed-body = { $path } kunne ikke importeres. Kartet som var åpent, forblir åpent.
dialog-import-warnings-title = Importert, med endringer
dialog-import-warnings-body = { $count ->
        [one] { $path } ble importert som et nytt kart, men én ting fikk ikke plass:
       *[other] { $path } ble importert som et nytt kart, men { $count } ting fikk ikke plass:
    }
export-data-sheet-note = Én rad per kort, med fase, rad, personas, følelse og de andre feltene; Excel åpner den direkte, og Fil › Importer henter den tilbake.
export-data-mermaid-note = Én seksjon per fase og én oppgave per kort, med poeng etter følelsen; farger, rader og notater er ikke med i en Mermaid-kundereise.
error-export-xlsx = Kunne ikke skrive Excel-arbeidsboken: { $detail }
import-cut = bare de første { $kept } { $what } ble importert; { $dropped } til ble utelatt.
import-cut-cards = kortene
import-cut-stages = fasene
import-cut-lanes = radene
import-cut-personas = personaene
import-cut-list-entries = oppføringene i listen
import-shortened = teksten ble forkortet til { $limit } tegn.
import-too-large = Filen er { $size } MB, men Trailmap importerer filer på høyst { $limit } MB.
import-unknown-format = Trailmap kan ikke avgjøre hva slags fil dette er ({ $what }). Den importerer regneark (.csv, .tsv, .txt, .xlsx) og Mermaid-kundereiser (.mmd).
dialog-unsaved-before-import = «{ $file }» har endringer som ikke er lagret. Vil du lagre dem før du importerer et nytt kart?

## Legend and title block

export-around = Rundt kartet
export-title-block = Tittelblokk
export-title-block-tip = Over kartet: tittel og beskrivelse, visningen som vises (situasjon, personafilter, skjulte rader) og dagens dato, på kartets språk
export-legend = Personaforklaring
export-legend-tip = Under kartet: hver personas farge og merke som på kortene, hele navnet og første linje av beskrivelsen
export-includes-title = Over kartet: { $title }, med «{ $view }»
export-includes-legend = { $count ->
        [one] Under kartet: en forklaring av den ene personaen
       *[other] Under kartet: en forklaring av de { $count } personaene
    }
export-includes-no-personas = Ingen forklaring: kartet har ingen personas.
export-includes-map-only = Bare kartet, uten tittelblokk og forklaring.
## Persona lanes
# A lane that belongs to a persona (src/app/inspector/lane_persona.rs, src/app/lane_personas.rs).
# $persona is a persona's name, $card a card's title, $others a list of persona names.
lane-persona-label = Rad for persona
lane-persona-none = Ingen (alle personas)
lane-persona-tip = Radens overskrift viser personaens merke, og hvert kort du lager i raden eller flytter dit, får personaen. En følelseskurve tegner personaens kurve. Kort som allerede er i raden, beholder sine personas.
lane-persona-metrics = En rad med nøkkeltall viser hele fasens trakt og kan derfor ikke tilhøre én persona.
lane-persona-card-others = Denne raden er for { $persona }. Kortet gjelder også andre personas: { $others }.
lane-persona-card-missing = Denne raden er for { $persona }, men kortet gjelder ikke { $persona }.
status-lane-persona-tagged = «{ $card }» gjelder nå { $persona }, personaen for raden sin.
status-lane-persona-tagged-also = «{ $card }» gjelder nå { $persona }, personaen for raden sin, og gjelder fortsatt { $others }.
status-lane-persona-new-card = Det nye kortet gjelder { $persona }, personaen for raden sin.
status-lane-persona-tagged-cards = { $count ->
        [one] Ett kort gjelder nå { $persona }, personaen for raden sin.
       *[other] { $count } kort gjelder nå { $persona }, personaen for raden sin.
    }
status-lane-persona-tagged-mixed = { $count } kort gjelder nå personaen for raden sin.
a11y-lane-persona = For personaen { $persona }
error-lane-for-missing-persona = Raden { $from } «{ $name }» tilhører persona { $id }, som ikke finnes. Fjern «persona» fra raden eller legg til personaen.
template-classic-personas = Klassisk kundereise, én rad per persona
## Import: Mermaid
import-mermaid-not-a-journey = Dette er ikke et Mermaid-diagram av typen journey: det begynner med «{ $starts }». Et journey-diagram begynner med «journey».
import-mermaid-empty = Filen inneholder ikke noe Mermaid-diagram.
import-mermaid-not-utf8 = Teksten er ikke lagret som UTF-8. Lagre diagrammet som UTF-8 og importer det på nytt.
import-mermaid-unclosed-front-matter = Front matter-blokken som begynner med «---», lukkes aldri med «---».
import-mermaid-journey-again = Linjen begynner med «journey» igjen. Mermaid leser ordet som diagrammets overskrift, så ingen oppgave eller seksjon kan ha et navn som begynner med det.
import-mermaid-unclosed-description = Blokken «accDescr {"{"}» som begynner her, lukkes aldri med «{"}"}».
import-mermaid-task-without-score = Oppgaven «{ $task }» har ingen poengsum. Skriv en oppgave som «{ $task }: 5: persona, persona».
import-mermaid-score-without-task = Her står en poengsum uten navn på en oppgave foran. Skriv en oppgave som «navn: 5: persona, persona».
import-mermaid-unexpected = Mermaid tillater ikke «{ $found }» her.
import-mermaid-score-not-a-number = Linje { $line }: poengsummen «{ $score }» for «{ $task }» er ikke et tall; kortet har ingen følelse.
import-mermaid-score-out-of-range = Linje { $line }: poengsummen { $score } for «{ $task }» er utenfor 1 til 5; den ble { $used }.
import-mermaid-score-rounded = Linje { $line }: poengsummen { $score } for «{ $task }» er ikke et helt tall; den ble { $used }.
import-mermaid-ignored-text = Linje { $line }: «{ $text }» etter personaene i «{ $task }» ble utelatt.
import-mermaid-unclosed = Linje { $line }: «{ $opener }» lukkes aldri, så resten av filen ble en del av det og ble hoppet over.
import-mermaid-more-warnings = { $count ->
        [one] 1 linje til hadde en slik advarsel.
       *[other] { $count } linjer til hadde slike advarsler.
    }
## PowerPoint export
export-pptx-tip = En lysbildserie der hvert kort, hver overskrift og hver pil er en figur du kan redigere og flytte
export-pptx-slides = Lysbilder
export-pptx-slides-map = Ett lysbilde med hele kartet
export-pptx-slides-stages = { $count } lysbilder: hele kartet, deretter ett per fase
export-pptx-size = Lysbildestørrelse
export-pptx-size-wide = Widescreen 16:9
export-pptx-size-standard = Standard 4:3
export-pptx-size-a4 = A4 liggende
export-pptx-note = Kort, overskrifter, kurver og piler forblir redigerbare figurer i PowerPoint, Keynote, Google Presentasjoner og Impress; pilene følger kortene når de flyttes, og kortnotater blir til notater for foredragsholderen.
export-pptx-error = PowerPoint-filen kunne ikke lages ({ $detail }). Dette er en feil i Trailmap; meld gjerne fra om den.
## Presentation and saved views
cmd-present = Presenter
cmd-present-tip = Vis kundereisen i fullskjerm, én fase om gangen; Esc avslutter
cmd-next-stage = Neste fase
cmd-next-stage-tip = Under presentasjonen: vis neste fase (en presentasjonsklikkers Page Down virker også)
cmd-previous-stage = Forrige fase
cmd-previous-stage-tip = Under presentasjonen: vis fasen før
cmd-first-stage = Første fase
cmd-first-stage-tip = Under presentasjonen: gå tilbake til første fase
cmd-last-stage = Siste fase
cmd-last-stage-tip = Under presentasjonen: hopp til siste fase
cmd-save-view = Lagre visning…
cmd-save-view-tip = Ta vare på det kartet viser nå (kundereise, personas, skjulte rader, innsikt, farger per avdeling) under et navn i kartfilen
present-hint = Fase { $number } av { $count }: { $stage }
present-persona = kundereisen til { $persona }
present-keys = Høyre eller Page Down: neste · Venstre eller Page Up: tilbake · Esc: avslutt
present-no-stages = Kartet har ingen faser å presentere.
menu-saved-views = Lagrede visninger
menu-saved-views-tip = Vis kartet slik en lagret visning viser det; å velge en visning endrer ingenting i kartet
menu-no-saved-views = Ingen lagrede visninger ennå
menu-rename-view = Gi visning nytt navn
menu-delete-view = Slett visning
dialog-save-view-title = Lagre visning
dialog-rename-view-title = Gi visning nytt navn
dialog-view-name = Navn
dialog-view-name-empty = Gi visningen et navn.
dialog-view-name-taken = En annen visning heter allerede «{ $name }».
status-view-saved = Visningen «{ $name }» er lagret.
status-view-shown = Viser visningen «{ $name }».
step-save-view = Lagre visning
step-rename-view = Gi visning nytt navn
step-delete-view = Slett visning
error-view-shows-missing-persona = Den lagrede visningen { $from } «{ $name }» følger persona { $id }, som ikke finnes. Fjern den fra visningens «personas» eller legg til personaen.
error-view-hides-missing-lane = Den lagrede visningen { $from } «{ $name }» skjuler rad { $id }, som ikke finnes. Fjern den fra visningens «hidden_lanes».
error-view-defined-twice = Den lagrede visningen { $from } «{ $name }» finnes mer enn én gang. Gi en av dem en annen id.
error-view-name-too-long = Navnet på den lagrede visningen { $from } har { $chars } tegn; høyst { $max } er tillatt.
error-view-list-too-long = Den lagrede visningen { $from } «{ $name }» lister { $count } personas eller rader; høyst { $max }.
error-view-too-many = Kartet har { $count } lagrede visninger; Trailmap åpner høyst { $max }.
step-edit-view = Rediger visning
error-edit-missing-view = Den lagrede visningen { $id } finnes ikke lenger.
error-edit-view-exists = Den lagrede visningen { $id } finnes allerede.
diff-view-added = La til den lagrede visningen { $name }
diff-view-removed = Slettet den lagrede visningen { $name }
diff-view-renamed = Ga den lagrede visningen { $old } nytt navn: { $new }
diff-view-changed = Endret den lagrede visningen { $name }
## Import: spreadsheets (src/app/sheet_words.rs)
import-sheet-at = { $place }: { $problem }
import-sheet-place-line = Linje { $line } i filen
import-sheet-place-row = Rad { $row }
import-sheet-place-cell = Rad { $row }, kolonne { $column }
import-sheet-place-sheet = Arket «{ $sheet }»
import-sheet-place-sheet-row = Arket «{ $sheet }», rad { $row }
import-sheet-place-sheet-cell = Arket «{ $sheet }», rad { $row }, kolonne { $column }
import-sheet-empty = Regnearket er tomt.
import-sheet-unclosed-quote = En celle i anførselstegn mangler avsluttende anførselstegn (det innledende står på linje { $line } i filen). Legg til det manglende " eller fjern det innledende.
import-sheet-nul-byte = Cellen inneholder en NUL-byte: filen er ikke et tekstregneark, eller den har en tegnkoding Trailmap ikke leser. Lagre den som «CSV UTF-8».
import-sheet-unreadable = Regnearket kan ikke leses: { $detail }
import-sheet-missing-columns = { $count ->
        [one] Overskriftsraden mangler kolonnen { $columns }.
       *[other] Overskriftsraden mangler kolonnene { $columns }.
    } Hvert kort trenger en fase, en rad og en tittel.
import-sheet-not-a-workbook = Dette er ikke en Excel-arbeidsbok (.xlsx) ({ $detail }).
import-sheet-old-or-encrypted = Dette er en arbeidsbok fra Excel 97–2003 eller en passordbeskyttet arbeidsbok. Lagre den i Excel som .xlsx uten passord.
import-sheet-unpacks-too-large = Utpakket er arbeidsboken { $size } MB; Trailmap leser arbeidsbøker på høyst { $limit } MB.
import-sheet-damaged = Arbeidsboken er skadet eller ufullstendig: { $detail }
import-sheet-bad-cell-reference = Arbeidsboken er skadet: den viser til «{ $reference }», en celle som ikke finnes i noe regneark.
import-sheet-no-such-sheet = Arbeidsboken har ikke noe ark «{ $name }». Arkene er: { $sheets }.
import-sheet-not-a-worksheet = Arket «{ $sheet }» inneholder et diagram eller makroer, ikke celler. Velg et annet ark.
import-sheet-unknown-columns = { $more ->
        [0] Kolonner Trailmap ikke kjenner, ble utelatt: { $names }.
       *[other] Kolonner Trailmap ikke kjenner, ble utelatt: { $names } og { $more } til.
    }
import-sheet-repeated-columns = Kolonner som nevner et felt en gang til, ble utelatt: { $names }.
import-sheet-bad-value = { $place }: «{ $value }» er ikke en gyldig verdi for «{ $column }» og ble utelatt.
import-sheet-more-bad-values = { $count ->
        [one] 1 verdi til ble utelatt.
       *[other] { $count } verdier til ble utelatt.
    }
import-sheet-legacy-encoding = Filen er ikke i UTF-8; den ble lest som { $encoding }. Ser bokstavene feil ut, lagre den som «CSV UTF-8» og importer den på nytt.

## Close and start
cmd-close = Lukk
cmd-close-tip = Lukk kartet og behold vinduet åpent med startvalgene
files-closed = Lukket { $name }
start-heading = Ingen kart er åpent
start-hint = Start et nytt kart fra en mal, åpne et, eller importer et regneark.
## Canvas for screen readers
a11y-stages = Kartets faser
a11y-lane = Rad «{ $lane }»
a11y-arrows = Piler i kartet
a11y-unnamed = (uten navn)
a11y-none = ingen
a11y-all-personas = alle personas
a11y-card-description = Fase: { $stage }. Rad: { $lane }. Personas: { $personas }. Følelse: { $emotion }. Ansvarlig: { $owner }.
a11y-card-picture = Bilde: { $alt }.
a11y-picture-no-alt = ingen beskrivelse
a11y-emotion-point = Følelsespunkt for «{ $card }»: { $score }
a11y-arrow = Pil fra «{ $from }» til «{ $to }»
## Rough edges
status-deleted-stage-with-cards = { $count ->
        [one] Slettet fasen «{ $name }» og kortet i den – { $undo } henter det tilbake
       *[other] Slettet fasen «{ $name }» og de { $count } kortene i den – { $undo } henter dem tilbake
    }
status-deleted-lane-with-cards = { $count ->
        [one] Slettet raden «{ $name }» og kortet i den – { $undo } henter det tilbake
       *[other] Slettet raden «{ $name }» og de { $count } kortene i den – { $undo } henter dem tilbake
    }
status-deleted-rows-with-cards = { $count ->
        [one] Slettet { $rows } faser og rader og kortet i dem – { $undo } henter dem tilbake
       *[other] Slettet { $rows } faser og rader og de { $count } kortene i dem – { $undo } henter dem tilbake
    }
inspector-width = Inspektørens bredde

## Keyboard: menu bar, item menus and dialogs
cmd-focus-menu-bar = Menylinje
cmd-focus-menu-bar-tip = Gå til menylinjen og åpne menyen Fil: piltastene går gjennom menyene, Enter velger et punkt, Esc lukker
cmd-context-menu = Hurtigmeny
cmd-context-menu-tip = Åpne menyen til det valgte elementet ved elementet, den samme som et høyreklikk åpner: piltastene går gjennom den, Enter velger et punkt, Esc lukker
key-menu = Menytast

## Pictures
lane-kind-storyboard = Storyboard
picture-property = Bilde
picture-value = bilde { $key }
picture-field-alt = Alternativ tekst
picture-error-too-many = Kartet har { $count } bilder; Trailmap åpner høyst { $max }.
picture-error-too-large = Bildene i kartet tar { $mb } MB; Trailmap åpner høyst { $max } MB.
picture-error-missing = Kontaktpunktet { $card } «{ $name }» viser bildet { $key }, som mangler i filen. Kortet viser en tom ramme; legg til bildet på nytt.
picture-error-unreadable = Bildet { $key } på kontaktpunktet { $card } «{ $name }» er skadet: dataene er ikke en lesbar PNG eller JPEG. Legg til bildet på nytt.
picture-error-size-differs = Bildet { $key } på kontaktpunktet { $card } «{ $name }» er skadet: filen oppgir { $width }×{ $height } piksler, men dataene er { $found_width }×{ $found_height }. Legg til bildet på nytt.
picture-error-bad-size = Bildet { $key } på kontaktpunktet { $card } «{ $name }» er { $width }×{ $height } piksler; et bilde har 1 til { $max } piksler per side. Legg til bildet på nytt.
picture-edit-missing = Bildet { $key } finnes ikke i dette kartet.
picture-edit-in-use = Bildet { $key } vises fortsatt på et kort.
picture-edit-no-picture = Kontaktpunktet { $card } har ikke noe bilde.
picture-limit-count = Kartet har allerede { $count } bilder; et kart rommer høyst { $max }. Fjern et bilde først.
picture-limit-bytes = Med dette bildet ville bildene i kartet ta { $mb } MB; et kart rommer høyst { $max } MB. Fjern et bilde først.
picture-import-empty = Filen er tom.
picture-import-not-a-picture = Filen er ikke et bilde. Trailmap leser PNG, JPEG, WebP, GIF og SVG.
picture-import-unsupported = { $format }-bilder kan ikke legges til. Lagre bildet som PNG eller JPEG og legg det til på nytt.
picture-import-damaged = { $format }-bildet er skadet eller ufullstendig.
picture-import-too-many-pixels = Bildet er { $width }×{ $height } piksler; Trailmap leser høyst { $max_side } piksler per side og { $megapixels } megapiksler. Gjør det mindre og legg det til på nytt.
picture-import-file-too-large = Filen er { $mb } MB; Trailmap leser bilder på høyst { $max } MB.

## Pictures (window)
picture-added = Bildet er lagt til.
picture-removed = Bildet er fjernet.
picture-not-added = Bildet ble ikke lagt til: { $reason }
picture-read-failed = Bildet ble ikke lagt til: { $reason } { $path }
picture-drop-where = Slipp bildet på et kort, eller på et tomt sted i en celle for et nytt kort.
picture-dropped-several = Bare den første filen ble lagt til; slipp ett bilde om gangen.
picture-paste-where = Merk et kort eller en celle å lime inn bildet i.
files-picture-title = Velg et bilde
files-filter-pictures = Bilder (PNG, JPEG, WebP, GIF, SVG)
dialog-add-picture = Legg til bilde
inspector-picture = Bilde
inspector-add-picture = Legg til bilde…
inspector-add-picture-tip = Legg en skjermdump, en annonse eller et foto på dette kortet (PNG, JPEG, WebP, GIF eller SVG). Du kan også slippe en fil på kortet eller lime inn en skjermdump med Ctrl+V.
inspector-replace-picture = Bytt ut…
inspector-replace-picture-tip = Velg et annet bilde for dette kortet
inspector-remove-picture = Fjern bilde
inspector-picture-alt = Alternativ tekst (for skjermlesere)
inspector-picture-alt-tip = Hva bildet viser, for dem som ikke kan se det. Eksportene bruker den også.
inspector-picture-aspect = Format
inspector-aspect-original = Original
inspector-picture-missing = Bildet mangler eller er skadet i kartfilen. Legg det til på nytt.
step-edit-alt-text = rediger alternativ tekst
inspector-picture-aspect-tip = Hvordan kortet beskjærer bildet: bildet fyller kortets bredde i dette formatet.
menu-rows = Grupper rader
rows-lanes = Som tegnet
rows-personas = Per persona
rows-channels = Per kanal
rows-lanes-tip = Radene slik de er tegnet i kartet.
rows-personas-tip = Én rad per persona og én for kort som ikke nevner noen; et kort for to personas vises i begge radene. Andre rader blir liggende under som tegnet. Å dra et kort til en annen rad endrer personaene.
rows-channels-tip = Én rad per kanal, etter kortets kanal eller radens. Andre rader blir liggende under som tegnet. Å dra et kort til en annen rad endrer kanalen.
pivot-all-personas = Alle personas
pivot-no-channel = Ingen kanal
pivot-place = { $row } i { $stage }
status-pivot-persona = Flyttet til { $place }: persona endret fra { $from } til { $to }
status-pivot-channel = Flyttet til { $place }: kanal endret fra { $from } til { $to }
status-pivot-stage = Flyttet til { $stage }
status-pivot-no-channel = Et kort i en rad med kanal har alltid en kanal: endre radens kanal i inspektøren i stedet.
status-pivot-no-lane = Ingen rad som vises her, kan ta imot et nytt kort: velg Vis › Rader › Som tegnet og legg det til i en rad.
