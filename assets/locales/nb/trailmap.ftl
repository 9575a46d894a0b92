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
cmd-new-tip = Start et tomt kundereisekart
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
