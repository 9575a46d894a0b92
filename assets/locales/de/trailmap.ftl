# Trailmap auf Deutsch. Gleiche Ids wie assets/locales/en/trailmap.ftl.

## Menus

menu-file = Datei
menu-edit = Bearbeiten
menu-view = Ansicht
menu-insert = Einfügen
menu-help = Hilfe
menu-new-from-example = Neu aus Beispiel
menu-open-recent = Zuletzt geöffnet
menu-clear-recent = Liste leeren
menu-export = Exportieren
menu-lanes = Zeilen
menu-unnamed-lane = (Zeile ohne Namen)
menu-show-all-lanes = Alle Zeilen einblenden
menu-journey = Journey
menu-personas = Personas
menu-everyone = Alle Personas
menu-persona-filter-tip = Karten anderer Personas abblenden; eine Emotionskurve je Persona
menu-colour-by-owner = Nach Verantwortlichen einfärben
menu-colour-by-owner-tip = Karten in der Farbe der verantwortlichen Abteilung, mit Legende
menu-footnotes = Notizen als Fußnoten
menu-footnotes-tip = Karten mit Notizen nummerieren und die Notizen unter der Map auflisten
menu-lane = Zeile
menu-language = Sprache
menu-language-system = Systemsprache ({ $language })
menu-language-tip = Sprache der Menüs, Bereiche und Meldungen; die Map behält ihre eigene Sprache

## Commands

cmd-new = Neu
cmd-new-tip = Eine Customer Journey Map mit den fünf klassischen Phasen beginnen
cmd-open = Öffnen…
cmd-open-tip = Eine .journey.ron-Datei öffnen
cmd-save = Speichern
cmd-save-tip = Die Map in ihrer Datei speichern
cmd-save-as = Speichern unter…
cmd-save-as-tip = Die Map unter neuem Namen speichern
cmd-export = Als { $format } exportieren…
cmd-export-svg-tip = Eine Vektorgrafik für Folien, Web und Designprogramme
cmd-export-png-tip = Ein Bild für Chat, E-Mail und Dokumente
cmd-export-pdf-tip = Ein Dokument zum Drucken oder Versenden
cmd-quit = Beenden
cmd-quit-tip = Trailmap schließen
cmd-undo = Rückgängig
cmd-undo-step = Rückgängig: { $step }
cmd-undo-tip = Die letzte Änderung rückgängig machen
cmd-redo = Wiederholen
cmd-redo-step = Wiederholen: { $step }
cmd-redo-tip = Die zuletzt rückgängig gemachte Änderung wiederholen
cmd-cut = Ausschneiden
cmd-cut-tip = Die ausgewählten Karten kopieren und entfernen
cmd-copy = Kopieren
cmd-copy-tip = Die ausgewählten Karten kopieren (in jede Map einfügbar)
cmd-paste = Einfügen
cmd-paste-tip = Karten oder eine Karte je Textzeile in die ausgewählte Zelle einfügen
cmd-duplicate = Duplizieren
cmd-duplicate-tip = Die ausgewählten Karten an Ort und Stelle kopieren
cmd-delete = Löschen
cmd-delete-tip = Die Auswahl löschen
cmd-select-all = Alles auswählen
cmd-select-all-tip = Alle Karten auswählen
cmd-deselect = Auswahl aufheben / abbrechen
cmd-deselect-tip = Die Auswahl aufheben oder ein Ziehen oder Bearbeiten abbrechen
cmd-rename = Titel bearbeiten
cmd-rename-tip = Den Titel der ausgewählten Karte direkt auf der Fläche bearbeiten
cmd-select-card = { $direction ->
        [left] Vorherige Karte auswählen
        [right] Nächste Karte auswählen
        [up] Karte darüber auswählen
       *[down] Karte darunter auswählen
    }
cmd-select-card-tip = Auf der Fläche: die benachbarte Karte auswählen (links und rechts entlang der Zeilen, auf und ab in der Phase); beim Präsentieren zeigen links und rechts die vorherige und nächste Phase
cmd-select-header = { $direction ->
        [left] Phase links auswählen
        [right] Phase rechts auswählen
        [up] Zeile darüber auswählen
       *[down] Zeile darunter auswählen
    }
cmd-select-header-tip = Auf der Fläche: einen benachbarten Phasen- oder Zeilenkopf auswählen (Enter benennt ihn um)
cmd-move-card-left = Karte nach links
cmd-move-card-left-tip = Die ausgewählte Karte in die Phase links davon verschieben
cmd-move-card-right = Karte nach rechts
cmd-move-card-right-tip = Die ausgewählte Karte in die Phase rechts davon verschieben
cmd-move-card-up = Karte nach oben
cmd-move-card-up-tip = Die ausgewählte Karte in die Zeile darüber verschieben
cmd-move-card-down = Karte nach unten
cmd-move-card-down-tip = Die ausgewählte Karte in die Zeile darunter verschieben
cmd-zoom-in = Vergrößern
cmd-zoom-in-tip = Hineinzoomen
cmd-zoom-out = Verkleinern
cmd-zoom-out-tip = Herauszoomen
cmd-zoom-reset = Originalgröße (100 %)
cmd-zoom-reset-tip = Die Map in ihrer tatsächlichen Größe zeigen
cmd-zoom-fit = An Fenster anpassen
cmd-zoom-fit-tip = So zoomen, dass die ganze Map ins Fenster passt
cmd-toggle-inspector = Inspektor
cmd-toggle-inspector-tip = Den Inspektor ein- oder ausblenden
cmd-toggle-insights = Insights
cmd-toggle-insights-tip = Kampagnenüberschneidungen und Lücken der gewählten Personas markieren und in einer Liste zeigen
cmd-insert-stage = Phase
cmd-insert-stage-tip = Eine Phase nach der ausgewählten einfügen
cmd-insert-lane = Zeile: { $kind }
cmd-insert-lane-tip = Eine Zeile unter der ausgewählten einfügen
cmd-insert-touchpoint = Touchpoint
cmd-insert-touchpoint-tip = Eine Karte in die ausgewählte Zelle einfügen
cmd-insert-persona = Persona
cmd-insert-persona-tip = Der Map eine Persona hinzufügen
cmd-connect = Verbinden mit…
cmd-connect-tip = Einen Pfeil von der ausgewählten Karte ziehen: die Pfeiltasten wählen die Zielkarte, Enter zeichnet den Pfeil, Esc bricht ab
canvas-connect-to = Verbinden mit…
status-connect-hint = Wählen Sie mit den Pfeiltasten die Karte, auf die der Pfeil zeigt, und drücken Sie Enter (Esc bricht ab)
status-connected = Pfeil gezeichnet — Strg+Z nimmt ihn zurück
cmd-show-shortcuts = Tastenkürzel
cmd-show-shortcuts-tip = Alle Tastenkürzel auflisten
cmd-about = Über Trailmap
cmd-about-tip = Was Trailmap ist

## Status bar

status-not-saved-yet = Noch nicht gespeichert
status-unsaved = ungespeicherte Änderungen
status-saved = gespeichert
status-view-tip = Was die Map zeigt: Ansicht > Journey und Ansicht > Personas
status-zoom-tip = Zoom (Strg+Mausrad, Strg +/-, Strg+0 passt ein)
status-counts = { $stages ->
        [one] 1 Phase
       *[other] { $stages } Phasen
    } · { $lanes ->
        [one] 1 Zeile
       *[other] { $lanes } Zeilen
    } · { $touchpoints ->
        [one] 1 Touchpoint
       *[other] { $touchpoints } Touchpoints
    }
status-selected = { $count } ausgewählt
status-copied = { $count ->
        [one] 1 Karte kopiert
       *[other] { $count } Karten kopiert
    }
status-pasted = { $count ->
        [one] 1 Karte eingefügt
       *[other] { $count } Karten eingefügt
    }
status-nothing-to-paste = Nichts zum Einfügen
status-paste-needs-cell = Legen Sie zuerst eine Phase und eine Zeile an, dann können Sie Karten einfügen
status-refused = Das ging nicht: { $reason }
status-undo-failed = Rückgängig nicht möglich: { $reason }
status-redo-failed = Wiederholen nicht möglich: { $reason }
status-waiting-for-dialog = Wählen Sie im Dateidialog eine Datei…
window-untitled = Unbenannt

## Names of the map's kinds of things

lane-kind-channel = Kanal
lane-kind-text = Text
lane-kind-emotion = Emotionskurve
lane-kind-pain-points = Pain Points
lane-kind-opportunities = Chancen
lane-kind-owners = Verantwortlich
lane-kind-metrics = Kennzahlen
lane-kind-backstage = Backstage

channel-website = Website
channel-mobile = Mobil
channel-app = App
channel-email = E-Mail
channel-social = Social Media
channel-ads = Anzeigen
channel-store = Filiale
channel-live-chat = Live-Chat
channel-phone = Telefon
channel-word-of-mouth = Mundpropaganda
channel-other = Sonstiges

card-state-both = Ist- und Soll-Zustand
card-state-current = Nur Ist-Zustand (entfällt)
card-state-future = Nur Soll-Zustand (neu)

state-view-current = Ist-Zustand
state-view-future = Soll-Zustand
state-view-compare = Ist und Soll vergleichen

future-field-title = Titel
future-field-customer-action = Kundenaktion
future-field-business-response = Reaktion des Unternehmens
future-field-owner = Verantwortlich
future-field-emotion = Emotion
future-field-campaigns = Kampagnen

emotion-very-unhappy = sehr unzufrieden
emotion-unhappy = unzufrieden
emotion-neutral = neutral
emotion-happy = zufrieden
emotion-delighted = begeistert

## Undo steps

step-add-connector = Pfeil hinzufügen
step-add-lane = Zeile hinzufügen
step-add-persona = Persona hinzufügen
step-add-stage = Phase hinzufügen
step-add-touchpoint = Touchpoint hinzufügen
step-change-map-language = Sprache der Map ändern
step-delete-connector = Pfeil löschen
step-delete-lane = Zeile löschen
step-delete-persona = Persona löschen
step-delete-stage = Phase löschen
step-delete-touchpoint = Touchpoint löschen
step-edit = Bearbeiten
step-edit-connector = Pfeil bearbeiten
step-edit-lane = Zeile bearbeiten
step-edit-map-description = Beschreibung der Map bearbeiten
step-edit-persona = Persona bearbeiten
step-edit-stage = Phase bearbeiten
step-edit-touchpoint = Touchpoint bearbeiten
step-move-lane = Zeile verschieben
step-move-stage = Phase verschieben
step-move-touchpoint = Touchpoint verschieben
step-rename-map = Map umbenennen
step-change-emotion = Emotion ändern
step-edit-title = Titel bearbeiten
step-resize-stage = Phasenbreite ändern
step-edit-arrow = Pfeil bearbeiten
step-edit-business-response = Reaktion des Unternehmens bearbeiten
step-edit-campaigns = Kampagnen bearbeiten
step-edit-colour = Farbe ändern
step-edit-customer-action = Kundenaktion bearbeiten
step-edit-emotion = Emotion bearbeiten
step-edit-figures = Kennzahlen bearbeiten
step-edit-future-action = Künftige Kundenaktion bearbeiten
step-edit-future-emotion = Künftige Emotion bearbeiten
step-edit-future-owner = Künftige Verantwortung bearbeiten
step-edit-future-response = Künftige Reaktion bearbeiten
step-edit-future-title = Künftigen Titel bearbeiten
step-edit-notes = Notizen bearbeiten
step-edit-owner = Verantwortung bearbeiten
step-edit-tags = Tags bearbeiten

## Errors: why a file, a change, a save or an export failed (src/app/error_words.rs)
error-at = Zeile { $line }, Spalte { $column }: { $problem }
error-syntax-empty = Die Datei ist leer. Eine Map-Datei beginnt mit „(format: 1,“.
error-syntax-not-text = Die Datei enthält keinen Text. Ist es wirklich eine Map-Datei?
error-syntax-format-zero = Ein Format 0 gibt es nicht; die erste Version ist 1. Korrigieren Sie die Zahl nach „format:“.
error-syntax-too-deep = Die Datei ist tiefer verschachtelt als jede Map und kann daher keine Map-Datei sein.
error-syntax-unexpected-end = Die Datei endet zu früh. Wurde sie beim Kopieren oder Speichern abgeschnitten?
error-syntax-expected = Hier fehlt „{ $symbol }“.
error-syntax-expected-value = { $expected ->
    [integer] Hier wird eine ganze Zahl erwartet.
    [number] Hier wird eine Zahl erwartet.
    [text] Hier wird ein Text in Anführungszeichen erwartet.
    [boolean] Hier wird „true“ oder „false“ erwartet.
    [list] Hier wird eine Liste in [ ] erwartet.
    [block] Hier wird ein Block in ( ) erwartet.
    [choice] Hier wird einer der zulässigen Namen erwartet.
    [name] Hier wird ein Name erwartet.
    [optional] Hier wird „Some(…)“ oder „None“ erwartet.
    [nothing] Hier wird „()“ erwartet.
   *[other] Hier wird eine andere Art von Wert erwartet.
}
error-syntax-wrong-type = Hier wird { $expected ->
    [integer] eine ganze Zahl
    [number] eine Zahl
    [text] ein Text in Anführungszeichen
    [boolean] „true“ oder „false“
    [list] eine Liste in [ ]
    [block] ein Block in ( )
    [choice] einer der zulässigen Namen
    [name] ein Name
    [optional] „Some(…)“ oder „None“
    [nothing] „()“
   *[other] eine andere Art von Wert
} erwartet, die Datei enthält aber { $found ->
    [integer] eine ganze Zahl
    [number] eine Zahl
    [text] einen Text
    [boolean] einen Wahrheitswert
    [list] eine Liste
    [block] einen Block
    [choice] einen Namen
    [name] einen Namen
    [optional] einen optionalen Wert
    [nothing] „()“
   *[other] etwas anderes
}.
error-syntax-number-out-of-range = Diese Zahl ist zu groß oder zu klein für das Feld.
error-syntax-wrong-length = Die Liste hier hat { $found ->
    [one] einen Eintrag
   *[other] { $found } Einträge
}; das passt nicht zu diesem Feld.
error-syntax-unknown-field = Ein Feld „{ $field }“ gibt es hier nicht. Prüfen Sie die Schreibweise; die Felder heißen: { $allowed }.
error-syntax-unknown-choice = „{ $name }“ ist hier nicht zulässig. Wählen Sie einen dieser Werte: { $allowed }.
error-syntax-missing-field = Hier fehlt das Feld „{ $field }“. Ergänzen Sie es.
error-syntax-duplicate-field = Das Feld „{ $field }“ steht hier zweimal. Entfernen Sie eines davon.
error-syntax-unexpected-char = Das Zeichen „{ $char }“ gehört nicht an diese Stelle.
error-syntax-trailing-text = Nach dem Ende der Map folgt noch Text. Entfernen Sie ihn.
error-syntax-bad-color = „{ $text }“ ist keine Farbe. Schreiben Sie sie als "#RRGGBB" oder "#RRGGBBAA", zum Beispiel "#3B82F6".
error-syntax-other = Die Datei kann an dieser Stelle nicht gelesen werden: { $detail }
error-newer-format = Die Datei wurde mit einer neueren Version von Trailmap gespeichert (Format { $found }); diese Version liest Format { $supported } und älter. Aktualisieren Sie Trailmap, um sie zu öffnen.
error-too-large = Die Datei ist { $size } MB groß, eine Map-Datei hat aber höchstens { $limit } MB. Ist es wirklich eine Map-Datei?
error-unreadable-not-found = Die Datei existiert nicht. Wurde sie verschoben, umbenannt oder gelöscht?
error-unreadable-permission = Sie haben keine Berechtigung, diese Datei zu lesen. Prüfen Sie die Zugriffsrechte.
error-unreadable-folder = Das ist ein Ordner, keine Map-Datei.
error-unreadable = Die Datei konnte nicht gelesen werden: { $detail }
error-too-many = Die Map hat { $count } { $what ->
    [stage] Phasen
    [lane] Zeilen
    [persona] Personas
    [connector] Pfeile
   *[touchpoint] Touchpoints
}; Trailmap öffnet höchstens { $max }.
error-field-title = Titel
error-field-description = Beschreibung
error-field-name = Name
error-field-customer-action = Kundenaktion
error-field-business-response = Reaktion des Unternehmens
error-field-owner = Verantwortlich
error-field-notes = Notizen
error-field-campaigns = Kampagnen
error-field-tags = Tags
error-field-personas = Personas
error-field-persona-emotions = Emotion je Persona
error-field-label = Beschriftung
error-field-future = { $field } (Soll-Zustand)
error-text-too-long = Das Feld „{ $field }“ hat { $chars } Zeichen; erlaubt sind höchstens { $max }. Kürzen Sie den Text.
error-list-too-long = Der Touchpoint { $card } „{ $name }“ hat { $count } Einträge in „{ $field }“; erlaubt sind höchstens { $max }.
error-language-too-long = Die Sprache der Map muss ein kurzes Kürzel wie „en“ oder „de“ sein.
error-duplicate-id = { $kind ->
    [stage] Die Phasen-ID { $id }
    [lane] Die Zeilen-ID { $id }
    [persona] Die Persona-ID { $id }
    [connector] Die Pfeil-ID { $id }
   *[touchpoint] Die Touchpoint-ID { $id }
} kommt mehrfach vor. Geben Sie jedem Element eine eigene ID.
error-stage-width = Die Phase { $stage } „{ $name }“ ist { $width } breit; eine Phase muss { $min } bis { $max } breit sein.
error-card-in-missing-stage = Der Touchpoint { $from } „{ $name }“ liegt in der Phase { $id }, die es nicht gibt. Korrigieren Sie die Phase oder legen Sie sie an.
error-card-in-missing-lane = Der Touchpoint { $from } „{ $name }“ liegt in der Zeile { $id }, die es nicht gibt. Korrigieren Sie die Zeile oder legen Sie sie an.
error-card-names-missing-persona = Der Touchpoint { $from } „{ $name }“ gilt für die Persona { $id }, die es nicht gibt. Entfernen Sie sie aus „personas“ oder legen Sie die Persona an.
error-card-scores-missing-persona = Der Touchpoint { $from } „{ $name }“ bewertet die Emotion der Persona { $id }, die es nicht gibt. Entfernen Sie die Bewertung oder legen Sie die Persona an.
error-connector-to-missing-card = Der Pfeil { $from } zeigt auf den Touchpoint { $id }, den es nicht gibt. Entfernen Sie den Pfeil oder korrigieren Sie sein Ende.
error-emotion-out-of-range = Der Touchpoint { $card } „{ $name }“ hat die Emotion { $value }; eine Bewertung liegt zwischen { $min } und +{ $max }.
error-persona-emotion-out-of-range = Der Touchpoint { $card } „{ $name }“ hat für die Persona { $persona } die Emotion { $value }; eine Bewertung liegt zwischen { $min } und +{ $max }.
error-future-emotion-out-of-range = Der Touchpoint { $card } „{ $name }“ hat im Soll-Zustand die Emotion { $value }; eine Bewertung liegt zwischen { $min } und +{ $max }.
error-connector-loop = Der Pfeil { $connector } beginnt und endet am Touchpoint { $card }. Ein Pfeil verbindet zwei verschiedene Touchpoints.
error-cards-unsorted = Die Touchpoints sind nicht nach ID sortiert. Das ist ein Fehler in Trailmap; bitte melden Sie ihn.
error-cell-misnumbered = Die Touchpoints in Phase { $stage }, Zeile { $lane } sind nicht fortlaufend nummeriert. Das ist ein Fehler in Trailmap; bitte melden Sie ihn.
error-save-encode = Die Map konnte nicht als Datei geschrieben werden ({ $detail }). Das ist ein Fehler in Trailmap; bitte melden Sie ihn.
error-save-no-folder = Der Ordner existiert nicht. Wählen Sie einen anderen Ordner: { $path }
error-save-permission = Sie haben keine Schreibrechte für diesen Ordner. Wählen Sie einen anderen Ordner: { $path }
error-save-read-only = Der Datenträger ist schreibgeschützt. Wählen Sie einen anderen Ordner: { $path }
error-save-disk-full = Der Datenträger ist voll. Geben Sie Speicherplatz frei oder wählen Sie einen anderen Datenträger: { $path }
error-save-is-folder = Es gibt bereits einen Ordner mit diesem Namen. Wählen Sie einen anderen Namen: { $path }
error-save-io = Die Datei konnte nicht geschrieben werden ({ $detail }): { $path }
error-edit-missing = { $kind ->
    [stage] Die Phase { $id } gibt es nicht mehr.
    [lane] Die Zeile { $id } gibt es nicht mehr.
    [persona] Die Persona { $id } gibt es nicht mehr.
    [connector] Den Pfeil { $id } gibt es nicht mehr.
   *[touchpoint] Den Touchpoint { $id } gibt es nicht mehr.
}
error-edit-duplicate = { $kind ->
    [stage] Die Phase { $id } gibt es bereits.
    [lane] Die Zeile { $id } gibt es bereits.
    [persona] Die Persona { $id } gibt es bereits.
    [connector] Den Pfeil { $id } gibt es bereits.
   *[touchpoint] Den Touchpoint { $id } gibt es bereits.
}
error-edit-position = Die Position { $index } liegt außerhalb { $within ->
    [stages] der Phasen
    [lanes] der Zeilen
    [personas] der Personas
    [views] der gespeicherten Ansichten
   *[cell] der Zelle
} (es gibt { $len }).
error-edit-text-too-long = „{ $field }“ darf höchstens { $max } Zeichen lang sein.
error-edit-list-too-long = Ein Touchpoint hat in „{ $field }“ höchstens { $max } Einträge.
error-edit-emotion = Die Emotion { $value } liegt außerhalb der Skala von { $min } bis +{ $max }.
error-edit-stage-width = Eine Phase ist { $min } bis { $max } breit.
error-edit-language = Eine Sprache ist ein kurzes Kürzel wie „en“ oder „de“.
error-edit-connector-loop = Ein Pfeil braucht zwei verschiedene Touchpoints.
error-export-unsupported = In das Format „.{ $extension }“ kann Trailmap nicht exportieren. Lassen Sie den Dateinamen auf .svg, .png oder .pdf enden: { $path }
error-export-no-extension = Der Dateiname hat keine Endung, daher ist das Format unbekannt. Lassen Sie ihn auf .svg, .png oder .pdf enden: { $path }
error-export-scale = Die PNG-Skalierung muss zwischen 1 und 4 liegen, nicht bei { $scale }.
error-export-margin = Der Rand muss zwischen 0 und { $max } Map-Einheiten liegen, nicht bei { $margin }.
error-export-no-size = Die Map hat keine zeichenbare Größe ({ $width } × { $height }). Das ist ein Fehler in Trailmap; bitte melden Sie ihn.
error-export-too-large = Ein PNG mit { $width } × { $height } Pixeln ist zu groß (höchstens { $max } Millionen Pixel). Wählen Sie eine kleinere Skalierung oder exportieren Sie als SVG oder PDF; dort gibt es keine Größengrenze.
error-export-font = Die mitgelieferte Schrift { $font } konnte nicht gelesen werden. Installieren Sie Trailmap neu.
error-export-svg = Das für die Map gezeichnete SVG konnte nicht zurückgelesen werden ({ $detail }). Das ist ein Fehler in Trailmap; bitte melden Sie ihn.
error-export-png = Das PNG konnte nicht kodiert werden: { $detail }
error-export-pdf = Das PDF konnte nicht erstellt werden: { $detail }
## Files: opening, saving, file dialogs, dropped files, recent files, the blank map

files-new-map = Neue Map
files-opened-example = Beispiel „{ $example }“ geöffnet
files-opened = { $path } geöffnet
files-saved = { $path } gespeichert
files-save-failed-title = Speichern nicht möglich
files-open-title = Customer Journey Map öffnen
files-save-as-title = Customer Journey Map speichern unter
files-export-title = Map exportieren
files-filter-maps = Customer Journey Maps
files-filter-all = Alle Dateien
files-no-system-dialog = Hier steht kein Dateidialog des Systems zur Verfügung (dafür braucht es das XDG-Desktop-Portal oder zenity). Geben Sie den Pfad stattdessen ein.
files-dialog-could-not-start = Der Dateidialog konnte nicht starten ({ $reason }). Geben Sie den Pfad stattdessen ein.
files-system-dialog-did-not-open = Der Dateidialog des Systems hat sich nicht geöffnet (fehlt das XDG-Desktop-Portal oder zenity?). Geben Sie den Pfad stattdessen ein.
files-dropped-several = Mehrere Dateien abgelegt: die erste wurde geöffnet (Trailmap zeigt jeweils eine Map)
files-recent-store-failed-at = Zuletzt geöffnete Dateien konnten nicht gespeichert werden ({ $reason }): { $path }
files-recent-store-failed = Zuletzt geöffnete Dateien konnten nicht gespeichert werden: { $reason }

## Example maps (File > New from Example); the language in brackets is the map's own

example-online-shop = Onlineshop (English)
example-b2b-software = B2B-Software (Deutsch)
example-home-furnishing = Einrichtungshaus (Svenska)
example-mobile-operator = Mobilfunkanbieter (Norsk)
example-online-groceries = Online-Lebensmittelhandel (Polski)

## Dialogs: unsaved changes, notices, typed path, About, the shortcut list

dialog-unsaved-title = Änderungen speichern?
dialog-unsaved-before-closing = „{ $file }“ enthält ungespeicherte Änderungen. Vor dem Schließen speichern?
dialog-unsaved-before-new = „{ $file }“ enthält ungespeicherte Änderungen. Speichern, bevor Sie eine neue Map beginnen?
dialog-unsaved-before-open = „{ $file }“ enthält ungespeicherte Änderungen. Speichern, bevor Sie eine andere Map öffnen?
dialog-save = Speichern
dialog-dont-save = Nicht speichern
dialog-cancel = Abbrechen
dialog-ok = OK
dialog-open = Öffnen
dialog-export = Exportieren
dialog-load-failed-title = Map konnte nicht geöffnet werden
dialog-load-failed-body = { $path } konnte nicht geöffnet werden. Die bisher geöffnete Map bleibt geöffnet.
dialog-export-to-file-title = In Datei exportieren
dialog-file-path = Dateipfad:
dialog-about-version = Version { $version }
dialog-about-text = Ein lokaler Editor für Customer Journey Maps: Phasen, Zeilen, Touchpoints, Personas und Emotionen, gespeichert als gut lesbare .journey.ron-Dateien.
dialog-about-fonts = Die Schriften sind Noto Sans und Noto Emoji (SIL Open Font License 1.1).
dialog-shortcuts-title = Tastenkürzel
dialog-shortcuts-either = { $first }  oder  { $second }
dialog-gesture-pan = Ansicht verschieben
dialog-gesture-pan-how = Scrollen / mit mittlerer Maustaste ziehen / Leertaste+Ziehen
dialog-gesture-zoom = Um den Mauszeiger zoomen
dialog-gesture-zoom-how = Strg+Mausrad
dialog-gesture-add-to-selection = Zur Auswahl hinzufügen oder daraus entfernen
dialog-gesture-add-to-selection-how = Umschalt+Klick / Strg+Klick
dialog-gesture-select-area = Karten in einem Bereich auswählen
dialog-gesture-select-area-how = Auf leerer Fläche ziehen
dialog-gesture-new-card = Neue Karte
dialog-gesture-new-card-how = Doppelklick in eine leere Zelle
dialog-gesture-edit-title = Titel einer Karte bearbeiten
dialog-gesture-edit-title-how = Doppelklick auf die Karte
dialog-gesture-move-cards = Karten verschieben
dialog-gesture-move-cards-how = Ziehen (Esc bricht ab)
dialog-gesture-reorder = Phasen oder Zeilen umordnen
dialog-gesture-reorder-how = Am Kopf ziehen
dialog-gesture-resize-stage = Phasenbreite ändern
dialog-gesture-resize-stage-how = Am rechten Rand ziehen
dialog-gesture-connect = Zwei Karten verbinden
dialog-gesture-connect-how = Vom runden Anfasser am Kartenrand ziehen
dialog-gesture-emotion = Emotionswert ändern
dialog-gesture-emotion-how = Den Punkt der Kurve ziehen

## Export dialog

export-title = Als { $format } exportieren
export-shows = Was die Datei zeigt
export-shows-note = Wie die Map gerade angezeigt wird; Änderungen hier gelten nur für diesen Export.
export-journey = Journey
export-personas = Personas
export-each-persona-in-turn = Jede Persona einzeln
export-persona-filter-tip = Der Persona-Filter unter Ansicht > Personas
export-each-persona = Eine Datei je Persona
export-each-persona-tip = Eine Datei für jede Persona der Map, jeweils nur mit den Karten dieser Persona hervorgehoben und ihrer Emotionskurve
export-each-persona-names = { $personas ->
        [one] Aus { $file } wird { $example }
       *[other] Aus { $file } wird { $example }, …
    }
export-extras = Extras
export-insights-tip = Kampagnenüberschneidungen und Lücken der gewählten Personas
export-colour-by-owner-tip = Karten in der Farbe der verantwortlichen Abteilung, mit Legende
export-footnotes-tip = Nummerierte Notizen unter der Map
export-leave-out-hidden = { $count ->
        [one] Ausgeblendete Zeile weglassen
       *[other] { $count } ausgeblendete Zeilen weglassen
    }
export-scale = Skalierung
export-scale-tip = Pixel je Map-Einheit
export-pixel-size = { $width } × { $height } px
export-text = Text
export-text-shapes = Als Formen
export-text-shapes-tip = Sieht in PowerPoint, Keynote und Word richtig aus
export-text-selectable = Auswählbarer Text
export-text-selectable-tip = Durchsuchbar und bearbeitbar; braucht ein Programm, das eingebettete Schriften liest
export-paper = Papier
export-paper-fit = So groß wie die Map
export-paper-a4 = A4 quer
export-paper-a3 = A3 quer
export-paper-letter = US Letter quer
export-background = Hintergrund
export-background-white = Weiß
export-background-transparent = Transparent
export-margin = Rand
export-margin-tip = Abstand um die Map (Standard: { $default })
export-go = Exportieren…
export-exporting = { $path } wird exportiert…
export-could-not-start = Der Export konnte nicht starten: { $reason }
export-stopped-unexpectedly = Der Export wurde unerwartet abgebrochen.
export-done = { $path } exportiert ({ $kilobytes } KB)
export-done-files = { $count } Dateien exportiert ({ $kilobytes } KB): { $files }
export-failed-title = Export nicht möglich
export-nothing-written = Es wurde nichts geschrieben.
export-written-before-stop = Vor dem Abbruch geschrieben: { $files }.

## Names of new things

new-stage-name = Neue Phase
new-persona-name = Neue Persona

## Canvas: context menus, the title editor, accessible names

canvas-label = Customer Journey Map
canvas-card-title-hint = Kartentitel
canvas-revert-title-failed = Der Titel konnte nicht zurückgesetzt werden: { $reason }
canvas-edit-details = Details bearbeiten…
canvas-edit-details-tip = Alle Felder im Inspektor
canvas-colour = Farbe
canvas-colour-default = Standard
canvas-rename = Umbenennen…
canvas-insert-stage-before = Phase davor einfügen
canvas-insert-stage-after = Phase danach einfügen
canvas-delete-stage = Phase löschen
canvas-lane-kind = Zeilenart
canvas-insert-lane-above = Zeile darüber einfügen
canvas-insert-lane-below = Zeile darunter einfügen
canvas-hide-lane = Zeile ausblenden
canvas-hide-lane-tip = Ansicht > Zeilen blendet sie wieder ein
canvas-delete-lane = Zeile löschen
canvas-edit-label = Beschriftung bearbeiten…
canvas-delete-arrow = Pfeil löschen
canvas-add-touchpoint-here = Touchpoint hier hinzufügen
canvas-add-stage = Phase hinzufügen
canvas-add-lane = Zeile hinzufügen

## Key names in shortcuts (as this language's keyboards label them)

key-ctrl = Strg
key-shift = Umschalt
key-alt = Alt
key-delete = Entf
key-backspace = Rücktaste
key-enter = Eingabe
key-escape = Esc
## Inspector

inspector-map = Map
inspector-title = Titel
inspector-description = Beschreibung
inspector-map-language = Sprache der Map
inspector-map-language-tip = Wie Zahlen auf der Map geschrieben werden (1.234 oder 1 234)
inspector-personas = Personas
inspector-no-personas = Noch keine Personas. Eine Persona ist ein Kundentyp, für den die Customer Journey gezeichnet wird.
inspector-unnamed-persona = (ohne Namen)
inspector-edit-persona-tip = Diese Persona bearbeiten
inspector-add-persona = Persona hinzufügen
inspector-map-hint = Wählen Sie auf der Map eine Karte, Phase oder Zeile aus, um sie hier zu bearbeiten. Ein Doppelklick auf eine leere Zelle legt eine Karte an.
inspector-persona = Persona
inspector-back-to-personas = Zurück zu allen Personas
inspector-name = Name
inspector-colour = Farbe
inspector-persona-description = Wer sie ist
inspector-persona-used = { $count ->
        [one] Auf 1 Karte genannt.
       *[other] Auf { $count } Karten genannt.
    }
inspector-delete-persona = Persona löschen
inspector-delete-persona-tip = Die Persona entfernen und von allen Karten austragen
inspector-touchpoint = Touchpoint
inspector-customer-action = Kundenaktion
inspector-business-response = Reaktion des Unternehmens
inspector-no-map-personas = Die Map hat keine Personas (legen Sie sie an, während nichts ausgewählt ist).
inspector-no-persona-ticked = Keine angehakt: Die Karte gilt für alle Personas.
inspector-emotion = Emotion
inspector-emotion-tip = Wie sich der Kunde hier fühlt, von −2 bis +2
inspector-emotion-score-tip = Emotionswert
inspector-owner = Verantwortlich
inspector-campaigns = Kampagnen
inspector-campaigns-hint = Frühjahrsaktion, Newsletter
inspector-tags = Tags
inspector-tags-hint = mobil, Checkout
inspector-reached = Erreicht
inspector-reached-tip = Erreichte Kunden
inspector-converted = Konvertiert
inspector-converted-tip = Konvertierte Kunden
inspector-card-colour = Kartenfarbe
inspector-notes = Notizen
inspector-journey = Journey
inspector-journey-tip = Ob die Karte zum Ist-Zustand, zum Soll-Zustand oder zu beiden gehört
inspector-channel = Kanal
inspector-same-as-lane = Wie die Zeile
inspector-persona-emotions = Emotion je Persona
inspector-persona-emotions-hint = Wo eine Persona anders empfindet, als die Emotion der Karte sagt.
inspector-persona-emotion-tip = Emotion von { $persona }
inspector-in-future = Im Soll-Zustand
inspector-in-future-hint = Haken Sie an, was sich im Soll-Zustand ändert.
inspector-future-title = Titel (Soll)
inspector-future-customer-action = Kundenaktion (Soll)
inspector-future-business-response = Reaktion des Unternehmens (Soll)
inspector-future-owner = Verantwortlich (Soll)
inspector-future-emotion-tip = Emotion im Soll-Zustand
inspector-arrows = Pfeile
inspector-arrow-to = zu „{ $card }“
inspector-arrow-to-labelled = zu „{ $card }“: { $label }
inspector-arrow-from = von „{ $card }“
inspector-arrow-from-labelled = von „{ $card }“: { $label }
inspector-edit-arrow-tip = Diesen Pfeil bearbeiten
inspector-added = Neu
inspector-added-detail = Neu im Soll-Zustand; nicht Teil des Ist-Zustands.
inspector-removed = Entfällt
inspector-removed-detail = Teil des Ist-Zustands; im Soll-Zustand fällt die Karte weg.
inspector-unchanged = Unverändert: im Ist- und Soll-Zustand gleich.
inspector-changed = { $count ->
        [one] Geändert: 1 Feld
       *[other] Geändert: { $count } Felder
    }
inspector-today = Ist
inspector-future = Soll
inspector-empty = (leer)
inspector-arrow = Pfeil
inspector-arrow-ends = Von „{ $from }“ zu „{ $to }“
inspector-label = Beschriftung
inspector-select-start-card = Startkarte auswählen
inspector-delete-arrow = Pfeil löschen
inspector-stage = Phase
inspector-stage-description = Was der Kunde in dieser Phase erreichen will
inspector-header-colour = Kopffarbe
inspector-custom-width = Eigene Breite
inspector-custom-width-tip = Oder ziehen Sie den rechten Rand der Phase auf der Map
inspector-stage-width-tip = Phasenbreite
inspector-figures-hint = Kennzahlen (ohne Haken: Summe der Karten dieser Phase)
inspector-funnel = Trichter
inspector-funnel-future = Trichter (Soll-Zustand)
inspector-funnel-compare = Trichter (Ist und Soll vergleichen)
inspector-funnel-no-figures = Noch keine Kennzahlen: Haken Sie oben Erreicht und Konvertiert an oder tragen Sie die Zahlen auf den Karten der Phase ein.
inspector-reached-own-tip = Auf der Phase eingetragen
inspector-reached-sum-tip = Die Summe der Karten dieser Phase
inspector-conversion = Conversion
inspector-drop-off = Abbruchrate
inspector-drop-off-stage = Kunden, die { $stage } nicht erreichen.
inspector-drop-off-next-stage = Kunden, die die nächste Phase nicht erreichen.
inspector-no-drop-off = Keine Abbruchrate: Dieser oder der nächsten Phase fehlt der Wert bei Erreicht.
inspector-last-stage = Die letzte Phase: keine Abbruchrate zu messen.
inspector-worst-drop-off = Die höchste Abbruchrate der Journey
inspector-stage-cards = { $count ->
        [one] 1 Karte in dieser Phase.
       *[other] { $count } Karten in dieser Phase.
    }
inspector-delete-stage = Phase löschen
inspector-delete-stage-tip = Die Phase mit ihren Karten löschen (Rückgängig holt sie zurück)
inspector-lane = Zeile
inspector-lane-kind = Art
inspector-no-channel = Keiner
inspector-row-tint = Zeilenfarbe
inspector-show-lane = Zeile einblenden
inspector-hide-lane = Zeile ausblenden
inspector-hide-lane-tip = Ausblenden ändert nur die Ansicht, nicht die Map
inspector-delete-lane = Zeile löschen
inspector-delete-lane-tip = Die Zeile mit ihren Karten löschen (Rückgängig holt sie zurück)
inspector-items-selected = { $count ->
        [one] 1 Element ausgewählt
       *[other] { $count } Elemente ausgewählt
    }
inspector-drag-together = Ziehen Sie sie auf der Map, um sie gemeinsam zu verschieben.
inspector-colour-of-all = Farbe für alle
inspector-default-colour = Standard
inspector-default-colour-tip = Die Standardfarbe der Map verwenden
inspector-hex-colour = Hex-Farbe
inspector-hex-colour-default-hint = Standard
inspector-not-a-colour = „{ $text }“ ist keine Farbe: Schreiben Sie sie als "#RRGGBB" oder "#RRGGBBAA", z. B. "#3B82F6"
step-rename-persona = Persona umbenennen
step-rename-stage = Phase umbenennen
step-rename-lane = Zeile umbenennen

## Insights panel

insights-heading = Insights
insights-hide = Ausblenden
insights-hide-tip = Insights ausblenden ({ $shortcut })
insights-overlap = Überschneidung
insights-overlap-explained = zwei oder mehr Karten eines Kanals spielen in einer Phase dieselbe Kampagne aus: Womöglich zahlen Sie doppelt für dieselbe Botschaft.
insights-not-reached = Nicht erreicht
insights-not-reached-explained = eine gewählte Persona nutzt diesen Kanal an anderer Stelle der Journey, aber keine Karte hier spricht sie an.
insights-choose-personas-hint = Wählen Sie Personas unter Ansicht > Personas aus, um zu sehen, wo sie nicht erreicht werden.
insights-add-personas-hint = Legen Sie Personas in der Map an und wählen Sie sie unter Ansicht > Personas aus, um zu sehen, wo sie nicht erreicht werden.
insights-gaps-for = { $view } · Lücken für { $personas }
insights-choose-personas = Personas wählen
insights-choose-personas-tip = Der Persona-Filter aus Ansicht > Personas
insights-no-overlaps = Keine Kampagnenüberschneidungen.
insights-overlaps-heading = Kampagnenüberschneidungen ({ $count })
insights-gaps-heading = Nicht erreicht ({ $count })
insights-all-reached = Nicht erreicht: keine. Die gewählten Personas werden überall erreicht, wo sie einen Kanal nutzen.
insights-nothing-to-report = Nichts zu melden
insights-no-channel-lanes = Insights werten Kanalzeilen aus, und diese Ansicht zeigt keine.
insights-no-overlap-found = Keine Kampagne läuft in einer Phase auf zwei Karten desselben Kanals.
insights-nothing-found = Keine Kampagne läuft in einer Phase auf zwei Karten desselben Kanals, und die gewählten Personas werden überall erreicht, wo sie einen Kanal nutzen.
insights-hidden-lanes = Ausgeblendete Zeilen bleiben unberücksichtigt.
insights-unnamed-stage = (Phase ohne Namen)
insights-unnamed-lane = (Zeile ohne Namen)
insights-unnamed-persona = (Persona ohne Namen)
insights-card-title = „{ $title }“
insights-overlap-entry = Überschneidung: { $campaign } ×{ $count } — { $place }
insights-overlap-tip = { $cards } spielen „{ $campaign }“ aus. Klicken, um sie auszuwählen.
insights-gap-entry = Nicht erreicht: { $persona } — { $place }
insights-gap-tip = Keine Karte dieser Zelle spricht { $persona } an. Klicken zeigt die Zelle; Einfügen > Touchpoint legt dort eine Karte an.

## Characters
glyphs-missing = Manche Zeichen erscheinen als leere Kästchen, weil keine mitgelieferte Schrift sie zeichnen kann: { $items }
glyphs-missing-card = Karte „{ $name }“ ({ $chars })
glyphs-missing-stage = Phase „{ $name }“ ({ $chars })
glyphs-missing-lane = Zeile „{ $name }“ ({ $chars })
glyphs-missing-persona = Persona „{ $name }“ ({ $chars })
glyphs-missing-connector = Pfeil „{ $name }“ ({ $chars })
glyphs-missing-map = Titel der Map „{ $name }“ ({ $chars })
glyphs-missing-more = und { $count } weitere
## Templates

menu-new-from-template = Neu aus Vorlage
template-classic = Klassische Customer Journey (fünf Phasen)
template-ecommerce = Onlineshop
template-b2b = B2B-Kauf
template-service-blueprint = Service Blueprint
templates-new-from = Neue Map aus der Vorlage „{ $template }“
templates-broken = Die Vorlage „{ $template }“ ließ sich nicht öffnen: { $reason }
templates-rename-offer = { $count ->
        [one] Ein Phasen- oder Zeilenname ist noch das Wort der Vorlage. In der neuen Sprache der Map schreiben?
       *[other] { $count } Phasen- und Zeilennamen sind noch die Wörter der Vorlage. In der neuen Sprache der Map schreiben?
    }
templates-rename = Umbenennen
templates-keep-names = Namen behalten
templates-renamed = { $count ->
        [one] 1 Phase oder Zeile umbenannt
       *[other] { $count } Phasen und Zeilen umbenannt
    }

## Recovery
recovery-title = Ungespeicherte Änderungen wiederherstellen?
recovery-intro = { $count ->
        [one] Trailmap wurde beendet, bevor diese Map gespeichert war. Ihre Änderungen sind erhalten geblieben:
       *[other] Trailmap wurde beendet, bevor diese { $count } Maps gespeichert waren. Ihre Änderungen sind erhalten geblieben:
    }
recovery-never-saved = Noch nie gespeichert
recovery-details = { $ago } · { $steps ->
        [one] 1 ungespeicherte Änderung
       *[other] { $steps } ungespeicherte Änderungen
    }
recovery-recover = Wiederherstellen
recovery-discard = Verwerfen
recovery-later = Später
recovery-recovered = „{ $name }“ wiederhergestellt ({ $ago }); noch nicht gespeichert
recovery-ago-now = gerade eben
recovery-ago-minutes = { $count ->
        [one] vor 1 Minute
       *[other] vor { $count } Minuten
    }
recovery-ago-hours = { $count ->
        [one] vor 1 Stunde
       *[other] vor { $count } Stunden
    }
recovery-ago-days = { $count ->
        [one] vor 1 Tag
       *[other] vor { $count } Tagen
    }
recovery-write-failed = Die Wiederherstellungskopie der ungespeicherten Änderungen konnte nicht geschrieben werden: { $reason }
recovery-discard-failed = Die Wiederherstellungskopie konnte nicht verworfen werden: { $reason }
recovery-unavailable = Ungespeicherte Änderungen können nicht für eine Wiederherstellung gesichert werden: { $reason }
recovery-skipped = { $count ->
        [one] Eine Wiederherstellungskopie ließ sich nicht lesen und wurde belassen ({ $reason }): { $path }
       *[other] { $count } Wiederherstellungskopien ließen sich nicht lesen und wurden belassen; die erste ({ $reason }): { $path }
    }
recovery-error-io = { $reason }: { $path }
recovery-error-encode = die Kopie konnte nicht kodiert werden: { $reason }
recovery-error-not-a-file = sie ist keine gewöhnliche Datei
recovery-error-too-large = sie ist { $size } Bytes groß; eine Wiederherstellungskopie darf höchstens { $limit } Bytes groß sein
recovery-error-syntax = Zeile { $line }, Spalte { $column }: { $reason }
recovery-error-newer = von einem neueren Trailmap geschrieben (Wiederherstellungsversion { $found }; dieses liest { $supported })
recovery-error-map = die Map darin: { $reason }
recovery-changed-since = „{ $name }“ wurde auf dem Datenträger geändert, nachdem diese Änderungen entstanden sind; beim Speichern wird gefragt, bevor diese Änderung ersetzt wird.
## File changed on disk
watch-reloaded = { $file } neu geladen – auf dem Datenträger geändert
watch-reloaded-undo = { $file } neu geladen – auf dem Datenträger geändert. Rückgängig holt Ihre Version zurück.
watch-missing = { $file } wurde gelöscht oder verschoben; die Map bleibt ungespeichert geöffnet
watch-unreadable = { $file } wurde auf dem Datenträger geändert, lässt sich aber noch nicht lesen: { $reason }
watch-kept-mine = Ihre Version von { $file } bleibt; beim nächsten Speichern wird die geänderte Datei ersetzt.
watch-changed-title = Die Datei wurde geändert
watch-changed-body = „{ $file }“ wurde außerhalb von Trailmap geändert, seit Sie die Datei geöffnet oder gespeichert haben, und die Map enthält ungespeicherte Änderungen.
watch-save-title = Geänderte Datei überschreiben?
watch-save-body = „{ $file }“ wurde außerhalb von Trailmap geändert, seit Sie die Datei geöffnet oder gespeichert haben. Wenn Sie jetzt speichern, ersetzt Ihre Map diese Änderung.
watch-reload-keeps-yours = Auch nach „Geänderte Datei laden“ holt Rückgängig Ihre Version zurück.
watch-reload-theirs = Geänderte Datei laden
watch-keep-mine = Meine Version behalten
watch-overwrite-theirs = Trotzdem überschreiben
step-reload-from-disk = Vom Datenträger neu laden
## Merge conflicts
step-resolve-conflict = Konflikt lösen
conflicts-heading = Konflikte beim Zusammenführen
conflicts-explained = Zwei Fassungen dieser Map wurden zusammengeführt, und beide haben diese Dinge unterschiedlich geändert. Die Map zeigt diese Fassung; wählen Sie für jeden Punkt eine Fassung.
conflicts-left = { $count ->
        [one] 1 Konflikt offen
       *[other] { $count } Konflikte offen
    }
conflicts-entry = { $item }: { $property }
conflicts-this = Diese Fassung: { $value }
conflicts-other = Andere Fassung: { $value }
conflicts-before = Vorher: { $value }
conflicts-deleted-here = In dieser Fassung gelöscht, in der anderen geändert.
conflicts-deleted-there = In dieser Fassung geändert, in der anderen gelöscht.
conflicts-keep = Diese Fassung behalten
conflicts-keep-tip = Die Map bleibt, wie sie ist; der Konflikt ist gelöst
conflicts-take = Andere Fassung übernehmen
conflicts-take-tip = Den Wert der anderen Fassung verwenden; Rückgängig holt diesen zurück
conflicts-value-deleted = gelöscht
conflicts-value-kept = behalten
conflicts-value-none = keine
conflicts-value-default = Standard
conflicts-value-everyone = alle Personas
conflicts-property-kind = Art der Zeile
conflicts-property-place = Platz
conflicts-property-from = Anfang des Pfeils
conflicts-property-to = Ende des Pfeils
conflicts-property-presence = Gelöscht oder geändert
conflicts-clean = Keine Konflikte mehr: Die Map ist wieder sauber. Speichern Sie sie, um das Zusammenführen abzuschließen.
conflicts-needed-here = In dieser Fassung gelöscht; die Änderungen der anderen Fassung brauchen es.
conflicts-needed-there = In der anderen Fassung gelöscht; die Änderungen dieser Fassung brauchen es.
conflicts-added-there = In der anderen Fassung hinzugefügt, an einer Stelle, die diese Fassung gelöscht hat.

## Merge both (the file changed on disk)
watch-their-changes = Was sich in der Datei geändert hat:
watch-merge-both = Beides zusammenführen
watch-merge-both-tip = Ihre Änderungen behalten und die anderen übernehmen; wo beide dasselbe geändert haben, wählen Sie im Bereich „Konflikte“. Rückgängig stellt Ihre Fassung wieder her
watch-merged = Die Änderungen in { $file } wurden mit Ihren zusammengeführt. Speichern Sie, um das Ergebnis zu behalten
watch-merged-conflicts = { $count ->
        [one] Die Änderungen in { $file } wurden zusammengeführt: 1 Konflikt ist noch zu lösen
       *[other] Die Änderungen in { $file } wurden zusammengeführt: { $count } Konflikte sind noch zu lösen
    }
diff-place = { $stage } · { $lane }
diff-added-card = Karte { $name } in { $place } hinzugefügt
diff-removed-card = Karte { $name } aus { $place } gelöscht
diff-added = { $kind ->
        [stage] Phase { $name } hinzugefügt
        [lane] Zeile { $name } hinzugefügt
        [persona] Persona { $name } hinzugefügt
        [card] Karte { $name } hinzugefügt
       *[other] Pfeil { $name } hinzugefügt
    }
diff-removed = { $kind ->
        [stage] Phase { $name } gelöscht
        [lane] Zeile { $name } gelöscht
        [persona] Persona { $name } gelöscht
        [card] Karte { $name } gelöscht
       *[other] Pfeil { $name } gelöscht
    }
diff-renamed = { $kind ->
        [stage] Phase { $old } in { $new } umbenannt
        [lane] Zeile { $old } in { $new } umbenannt
        [persona] Persona { $old } in { $new } umbenannt
        [card] Karte { $old } in { $new } umbenannt
       *[other] { $old } in { $new } umbenannt
    }
diff-moved = { $name } von { $from } nach { $to } verschoben
diff-changed = { $name }: { $property } { $old } › { $new }
diff-reordered = { $kind ->
        [stage] Reihenfolge der Phasen geändert
        [lane] Reihenfolge der Zeilen geändert
        [persona] Reihenfolge der Personas geändert
        [card] Reihenfolge der Karten geändert
       *[other] Reihenfolge der Pfeile geändert
    }
diff-reordered-cards = Reihenfolge der Karten in { $place } geändert
diff-conflicts = Offene Konflikte: { $old } › { $new }
diff-more = { $count ->
        [one] … und 1 weitere Änderung
       *[other] … und { $count } weitere Änderungen
    }

## Files that are not maps: what they look like
looks-empty = eine leere Datei
looks-map = eine Trailmap-Map
looks-csv = eine CSV-Tabelle
looks-tsv = eine Tabelle mit Tabulatoren
looks-xlsx = eine Excel-Arbeitsmappe
looks-legacy-office = eine alte Excel- oder Word-Datei (.xls, .doc)
looks-word = ein Word-Dokument
looks-powerpoint = eine PowerPoint-Präsentation
looks-opendocument = ein LibreOffice-Dokument
looks-zip = ein ZIP-Archiv
looks-mermaid = ein Mermaid-Journey-Diagramm
looks-other-mermaid = ein Mermaid-Diagramm, aber keine Journey
looks-image = ein Bild
looks-svg = eine SVG-Grafik
looks-pdf = ein PDF-Dokument
looks-html = eine Webseite
looks-xml = eine XML-Datei
looks-json = eine JSON-Datei
looks-markdown = ein Markdown-Dokument
looks-text = eine Textdatei
looks-binary = eine Binärdatei
error-not-a-map = Das ist keine Trailmap-Map, sondern { $what }.
error-not-a-map-importable = Das ist keine Trailmap-Map, sondern { $what }. Importieren Sie die Datei mit Datei › Importieren…

## Import and data exports
cmd-import = Importieren…
cmd-import-tip = Eine neue Map aus einer Tabelle (CSV, Excel) oder einer Mermaid-Journey machen
cmd-export-csv-tip = Die Touchpoints als Tabelle für Excel, Numbers oder Google Sheets, eine Zeile pro Karte
cmd-export-tsv-tip = Die Touchpoints als Text mit Tabulatoren, eine Zeile pro Karte
cmd-export-xlsx-tip = Die Touchpoints als Excel-Arbeitsmappe, eine Zeile pro Karte
cmd-export-mermaid-tip = Die Customer Journey als Mermaid-Diagramm für Wikis und Markdown
files-import-title = Customer Journey importieren
files-filter-importable = Tabellen und Mermaid-Dateien
files-imported = { $cards ->
        [one] { $path } importiert: 1 Karte
       *[other] { $path } importiert: { $cards } Karten
    }
dialog-import = Importieren
dialog-import-failed-title = Import nicht möglich
dialog-import-failed-body = { $path } konnte nicht importiert werden. Die bisher geöffnete Map bleibt geöffnet.
dialog-import-warnings-title = Importiert, mit Änderungen
dialog-import-warnings-body = { $count ->
        [one] { $path } wurde als neue Map importiert, aber eine Sache passte nicht:
       *[other] { $path } wurde als neue Map importiert, aber { $count } Dinge passten nicht:
    }
export-data-sheet-note = Eine Zeile pro Karte, mit Phase, Zeile, Personas, Emotion und den übrigen Feldern; Excel öffnet sie direkt, und Datei › Importieren holt sie zurück.
export-data-mermaid-note = Ein Abschnitt pro Phase und eine Aufgabe pro Karte, bewertet nach ihrer Emotion; Farben, Zeilen und Notizen kennt eine Mermaid-Journey nicht.
error-export-xlsx = Die Excel-Arbeitsmappe konnte nicht geschrieben werden: { $detail }
import-cut = Nur die ersten { $kept } { $what } wurden importiert; { $dropped } weitere wurden weggelassen.
import-cut-cards = Karten
import-cut-stages = Phasen
import-cut-lanes = Zeilen
import-cut-personas = Personas
import-cut-list-entries = Einträge der Liste
import-shortened = Der Text wurde auf { $limit } Zeichen gekürzt.
import-too-large = Die Datei ist { $size } MB groß, Trailmap importiert aber höchstens { $limit } MB.
import-unknown-format = Trailmap erkennt nicht, was für eine Datei das ist ({ $what }). Importiert werden Tabellen (.csv, .tsv, .txt, .xlsx) und Mermaid-Journeys (.mmd).
dialog-unsaved-before-import = „{ $file }“ enthält ungespeicherte Änderungen. Speichern, bevor Sie eine neue Map importieren?

## Legend and title block

export-around = Rund um die Map
export-title-block = Titelblock
export-title-block-tip = Über der Map: Titel und Beschreibung, die gezeigte Ansicht (Zustand, Persona-Filter, ausgeblendete Zeilen) und das heutige Datum, in der Sprache der Map
export-legend = Persona-Legende
export-legend-tip = Unter der Map: Farbe und Kürzel jeder Persona wie auf den Karten, der volle Name und die erste Zeile der Beschreibung
export-includes-title = Über der Map: { $title }, mit „{ $view }“
export-includes-legend = { $count ->
        [one] Unter der Map: eine Legende der einen Persona
       *[other] Unter der Map: eine Legende der { $count } Personas
    }
export-includes-no-personas = Keine Legende: Die Map hat keine Personas.
export-includes-map-only = Nur die Map, ohne Titelblock und Legende.
## Persona lanes
# A lane that belongs to a persona (src/app/inspector/lane_persona.rs, src/app/lane_personas.rs).
# $persona is a persona's name, $card a card's title, $others a list of persona names.
lane-persona-label = Zeile für Persona
lane-persona-none = Keine (alle Personas)
lane-persona-tip = Der Zeilenkopf zeigt das Kürzel der Persona, und jede Karte, die Sie in der Zeile anlegen oder in sie verschieben, bekommt die Persona. Eine Emotionskurve zeigt die Kurve der Persona. Karten, die schon in der Zeile sind, behalten ihre Personas.
lane-persona-metrics = Eine Kennzahlen-Zeile zeigt den Trichter der ganzen Phase und kann daher keiner einzelnen Persona gehören.
lane-persona-card-others = Diese Zeile gehört { $persona }. Die Karte gilt auch für andere Personas: { $others }.
lane-persona-card-missing = Diese Zeile gehört { $persona }, aber die Karte gilt nicht für { $persona }.
status-lane-persona-tagged = „{ $card }“ gilt jetzt für { $persona }, die Persona ihrer Zeile.
status-lane-persona-tagged-also = „{ $card }“ gilt jetzt für { $persona }, die Persona ihrer Zeile, und weiterhin für { $others }.
status-lane-persona-new-card = Die neue Karte gilt für { $persona }, die Persona ihrer Zeile.
status-lane-persona-tagged-cards = { $count ->
        [one] Eine Karte gilt jetzt für { $persona }, die Persona ihrer Zeile.
       *[other] { $count } Karten gelten jetzt für { $persona }, die Persona ihrer Zeile.
    }
status-lane-persona-tagged-mixed = { $count } Karten gelten jetzt für die Personas ihrer Zeilen.
a11y-lane-persona = Für die Persona { $persona }
error-lane-for-missing-persona = Die Zeile { $from } „{ $name }“ gehört der Persona { $id }, die es nicht gibt. Entfernen Sie „persona“ aus der Zeile oder legen Sie die Persona an.
template-classic-personas = Klassische Customer Journey, eine Zeile je Persona
## Import: Mermaid
import-mermaid-not-a-journey = Das ist kein Mermaid-Journey-Diagramm: Es beginnt mit „{ $starts }“. Ein Journey-Diagramm beginnt mit „journey“.
import-mermaid-empty = Die Datei enthält kein Mermaid-Diagramm.
import-mermaid-not-utf8 = Der Text ist nicht in UTF-8 gespeichert. Speichern Sie das Diagramm als UTF-8 und importieren Sie es erneut.
import-mermaid-unclosed-front-matter = Der Front-Matter-Block, der mit „---“ beginnt, wird nirgends mit „---“ geschlossen.
import-mermaid-journey-again = Diese Zeile beginnt wieder mit „journey“. Mermaid liest das Wort als Kopf des Diagramms, daher darf kein Name einer Aufgabe oder eines Abschnitts damit beginnen.
import-mermaid-unclosed-description = Der Block „accDescr {"{"}“, der hier beginnt, wird nie mit „{"}"}“ geschlossen.
import-mermaid-task-without-score = Die Aufgabe „{ $task }“ hat keine Bewertung. Schreiben Sie eine Aufgabe als „{ $task }: 5: Persona, Persona“.
import-mermaid-score-without-task = Hier steht eine Bewertung ohne Namen einer Aufgabe davor. Schreiben Sie eine Aufgabe als „Name: 5: Persona, Persona“.
import-mermaid-unexpected = Mermaid erlaubt „{ $found }“ an dieser Stelle nicht.
import-mermaid-score-not-a-number = Zeile { $line }: Die Bewertung „{ $score }“ von „{ $task }“ ist keine Zahl; die Karte hat keine Emotion.
import-mermaid-score-out-of-range = Zeile { $line }: Die Bewertung { $score } von „{ $task }“ liegt nicht zwischen 1 und 5; sie wurde zu { $used }.
import-mermaid-score-rounded = Zeile { $line }: Die Bewertung { $score } von „{ $task }“ ist keine ganze Zahl; sie wurde zu { $used }.
import-mermaid-ignored-text = Zeile { $line }: „{ $text }“ nach den Personas von „{ $task }“ wurde weggelassen.
import-mermaid-unclosed = Zeile { $line }: „{ $opener }“ wird nie geschlossen, daher wurde der Rest der Datei ein Teil davon und übergangen.
import-mermaid-more-warnings = { $count ->
        [one] Eine weitere Zeile hatte eine solche Warnung.
       *[other] { $count } weitere Zeilen hatten solche Warnungen.
    }
## PowerPoint export
export-pptx-tip = Eine Foliensammlung, in der jede Karte, jede Überschrift und jeder Pfeil eine Form ist, die Sie bearbeiten und verschieben können
export-pptx-slides = Folien
export-pptx-slides-map = Eine Folie mit der ganzen Map
export-pptx-slides-stages = { $count } Folien: die ganze Map, dann eine je Phase
export-pptx-size = Foliengröße
export-pptx-size-wide = Breitbild 16:9
export-pptx-size-standard = Standard 4:3
export-pptx-size-a4 = A4 quer
export-pptx-note = Karten, Überschriften, Kurven und Pfeile bleiben in PowerPoint, Keynote, Google Präsentationen und Impress bearbeitbare Formen; Pfeile folgen ihren Karten, wenn Sie sie verschieben, und Kartennotizen werden zu Sprechernotizen.
export-pptx-error = Die PowerPoint-Datei konnte nicht erstellt werden ({ $detail }). Das ist ein Fehler in Trailmap; bitte melden Sie ihn.
## Presentation and saved views
cmd-present = Präsentieren
cmd-present-tip = Die Customer Journey im Vollbild zeigen, eine Phase nach der anderen; Esc beendet
cmd-next-stage = Nächste Phase
cmd-next-stage-tip = Beim Präsentieren: die nächste Phase zeigen (auch „Bild ab“ eines Presenters)
cmd-previous-stage = Vorige Phase
cmd-previous-stage-tip = Beim Präsentieren: die Phase davor zeigen
cmd-first-stage = Erste Phase
cmd-first-stage-tip = Beim Präsentieren: zurück zur ersten Phase
cmd-last-stage = Letzte Phase
cmd-last-stage-tip = Beim Präsentieren: zur letzten Phase springen
cmd-save-view = Ansicht speichern…
cmd-save-view-tip = Was die Map gerade zeigt (Journey, Personas, ausgeblendete Zeilen, Insights, Farben nach Abteilung), unter einem Namen in der Datei behalten
present-hint = Phase { $number } von { $count }: { $stage }
present-persona = die Journey von { $persona }
present-keys = Rechts oder Bild ab: weiter · Links oder Bild auf: zurück · Esc: beenden
present-no-stages = Die Map hat keine Phasen, die sich präsentieren lassen.
menu-saved-views = Gespeicherte Ansichten
menu-saved-views-tip = Die Map so zeigen, wie eine gespeicherte Ansicht sie zeigt; das Auswählen ändert nichts an der Map
menu-no-saved-views = Noch keine gespeicherten Ansichten
menu-rename-view = Ansicht umbenennen
menu-delete-view = Ansicht löschen
dialog-save-view-title = Ansicht speichern
dialog-rename-view-title = Ansicht umbenennen
dialog-view-name = Name
dialog-view-name-empty = Geben Sie der Ansicht einen Namen.
dialog-view-name-taken = Eine andere Ansicht heißt schon „{ $name }“.
status-view-saved = Die Ansicht „{ $name }“ ist gespeichert.
status-view-shown = Die Ansicht „{ $name }“ wird gezeigt.
step-save-view = Ansicht speichern
step-rename-view = Ansicht umbenennen
step-delete-view = Ansicht löschen
error-view-shows-missing-persona = Die gespeicherte Ansicht { $from } „{ $name }“ folgt der Persona { $id }, die es nicht gibt. Entfernen Sie sie aus „personas“ der Ansicht oder legen Sie die Persona an.
error-view-hides-missing-lane = Die gespeicherte Ansicht { $from } „{ $name }“ blendet die Zeile { $id } aus, die es nicht gibt. Entfernen Sie sie aus „hidden_lanes“ der Ansicht.
error-view-defined-twice = Die gespeicherte Ansicht { $from } „{ $name }“ ist mehrfach angelegt. Geben Sie einer davon eine andere ID.
error-view-name-too-long = Der Name der gespeicherten Ansicht { $from } hat { $chars } Zeichen; erlaubt sind höchstens { $max }.
error-view-list-too-long = Die gespeicherte Ansicht { $from } „{ $name }“ nennt { $count } Personas oder Zeilen; höchstens { $max }.
error-view-too-many = Die Map hat { $count } gespeicherte Ansichten; Trailmap öffnet höchstens { $max }.
step-edit-view = Ansicht bearbeiten
error-edit-missing-view = Die gespeicherte Ansicht { $id } gibt es nicht mehr.
error-edit-view-exists = Die gespeicherte Ansicht { $id } gibt es schon.
diff-view-added = Gespeicherte Ansicht { $name } hinzugefügt
diff-view-removed = Gespeicherte Ansicht { $name } gelöscht
diff-view-renamed = Gespeicherte Ansicht { $old } in { $new } umbenannt
diff-view-changed = Gespeicherte Ansicht { $name } geändert
## Import: spreadsheets (src/app/sheet_words.rs)
import-sheet-at = { $place }: { $problem }
import-sheet-place-line = Zeile { $line } der Datei
import-sheet-place-row = Zeile { $row }
import-sheet-place-cell = Zeile { $row }, Spalte { $column }
import-sheet-place-sheet = Tabellenblatt „{ $sheet }“
import-sheet-place-sheet-row = Tabellenblatt „{ $sheet }“, Zeile { $row }
import-sheet-place-sheet-cell = Tabellenblatt „{ $sheet }“, Zeile { $row }, Spalte { $column }
import-sheet-empty = Die Tabelle ist leer.
import-sheet-unclosed-quote = Einer Zelle in Anführungszeichen fehlt das schließende Anführungszeichen (das öffnende steht in Zeile { $line } der Datei). Ergänzen Sie das fehlende " oder entfernen Sie das öffnende.
import-sheet-nul-byte = Diese Zelle enthält ein NUL-Byte: Die Datei ist keine Texttabelle oder in einer Kodierung, die Trailmap nicht liest. Speichern Sie sie als „CSV UTF-8“.
import-sheet-unreadable = Die Tabelle kann nicht gelesen werden: { $detail }
import-sheet-missing-columns = { $count ->
        [one] In der Kopfzeile fehlt die Spalte { $columns }.
       *[other] In der Kopfzeile fehlen die Spalten { $columns }.
    } Jede Karte braucht eine Phase, eine Zeile und einen Titel.
import-sheet-not-a-workbook = Das ist keine Excel-Arbeitsmappe (.xlsx) ({ $detail }).
import-sheet-old-or-encrypted = Das ist eine Arbeitsmappe aus Excel 97–2003 oder eine mit Kennwort geschützte. Speichern Sie sie in Excel als .xlsx ohne Kennwort.
import-sheet-unpacks-too-large = Entpackt ist die Arbeitsmappe { $size } MB groß; Trailmap liest Arbeitsmappen bis { $limit } MB.
import-sheet-damaged = Die Arbeitsmappe ist beschädigt oder unvollständig: { $detail }
import-sheet-bad-cell-reference = Die Arbeitsmappe ist beschädigt: Sie verweist auf „{ $reference }“, eine Zelle, die es in keiner Tabelle gibt.
import-sheet-no-such-sheet = Die Arbeitsmappe hat kein Tabellenblatt „{ $name }“. Ihre Tabellenblätter: { $sheets }.
import-sheet-not-a-worksheet = Das Tabellenblatt „{ $sheet }“ enthält ein Diagramm oder Makros, keine Zellen. Wählen Sie ein anderes Tabellenblatt.
import-sheet-unknown-columns = { $more ->
        [0] Spalten, die Trailmap nicht kennt, wurden ausgelassen: { $names }.
       *[other] Spalten, die Trailmap nicht kennt, wurden ausgelassen: { $names } und { $more } weitere.
    }
import-sheet-repeated-columns = Spalten, die ein Feld ein zweites Mal nennen, wurden ausgelassen: { $names }.
import-sheet-bad-value = { $place }: „{ $value }“ ist kein gültiger Wert für „{ $column }“ und wurde ausgelassen.
import-sheet-more-bad-values = { $count ->
        [one] 1 weiterer Wert wurde ausgelassen.
       *[other] { $count } weitere Werte wurden ausgelassen.
    }
import-sheet-legacy-encoding = Die Datei ist nicht in UTF-8; sie wurde als { $encoding } gelesen. Sehen Umlaute falsch aus, speichern Sie sie als „CSV UTF-8“ und importieren Sie sie erneut.

## Close and start
cmd-close = Schließen
cmd-close-tip = Die Map schließen; das Fenster bleibt mit den Startoptionen offen
files-closed = { $name } geschlossen
start-heading = Keine Map geöffnet
start-hint = Beginnen Sie eine neue Map aus einer Vorlage, öffnen Sie eine oder importieren Sie eine Tabelle.
## Canvas for screen readers
a11y-stages = Phasen der Map
a11y-lane = Zeile „{ $lane }“
a11y-arrows = Pfeile auf der Map
a11y-unnamed = (ohne Namen)
a11y-none = keine
a11y-all-personas = alle Personas
a11y-card-description = Phase: { $stage }. Zeile: { $lane }. Personas: { $personas }. Emotion: { $emotion }. Verantwortlich: { $owner }.
a11y-card-picture = Bild: { $alt }.
a11y-picture-no-alt = keine Beschreibung
a11y-emotion-point = Emotionspunkt von „{ $card }“: { $score }
a11y-arrow = Pfeil von „{ $from }“ zu „{ $to }“
## Rough edges
status-deleted-stage-with-cards = { $count ->
        [one] Phase „{ $name }“ mit ihrer Karte gelöscht – { $undo } holt sie zurück
       *[other] Phase „{ $name }“ mit ihren { $count } Karten gelöscht – { $undo } holt sie zurück
    }
status-deleted-lane-with-cards = { $count ->
        [one] Zeile „{ $name }“ mit ihrer Karte gelöscht – { $undo } holt sie zurück
       *[other] Zeile „{ $name }“ mit ihren { $count } Karten gelöscht – { $undo } holt sie zurück
    }
status-deleted-rows-with-cards = { $count ->
        [one] { $rows } Phasen und Zeilen mit ihrer Karte gelöscht – { $undo } holt sie zurück
       *[other] { $rows } Phasen und Zeilen mit ihren { $count } Karten gelöscht – { $undo } holt sie zurück
    }
inspector-width = Breite des Inspektors

## Keyboard: menu bar, item menus and dialogs
cmd-focus-menu-bar = Menüleiste
cmd-focus-menu-bar-tip = Zur Menüleiste wechseln und das Menü Datei öffnen: die Pfeiltasten gehen durch die Menüs, Enter wählt einen Eintrag, Esc schließt
cmd-context-menu = Kontextmenü
cmd-context-menu-tip = Das Menü des ausgewählten Elements an ihm öffnen, dasselbe wie beim Rechtsklick: die Pfeiltasten gehen hindurch, Enter wählt einen Eintrag, Esc schließt
key-menu = Menütaste

## Pictures
lane-kind-storyboard = Storyboard
picture-property = Bild
picture-value = Bild { $key }
picture-field-alt = Alternativtext
picture-error-too-many = Die Map hat { $count } Bilder; Trailmap öffnet höchstens { $max }.
picture-error-too-large = Die Bilder der Map belegen { $mb } MB; Trailmap öffnet höchstens { $max } MB.
picture-error-missing = Der Touchpoint { $card } „{ $name }“ zeigt das Bild { $key }, das in der Datei fehlt. Die Karte zeigt einen leeren Rahmen; fügen Sie das Bild erneut hinzu.
picture-error-unreadable = Das Bild { $key } des Touchpoints { $card } „{ $name }“ ist beschädigt: Seine Daten sind kein lesbares PNG oder JPEG. Fügen Sie das Bild erneut hinzu.
picture-error-size-differs = Das Bild { $key } des Touchpoints { $card } „{ $name }“ ist beschädigt: Die Datei nennt { $width }×{ $height } Pixel, seine Daten haben { $found_width }×{ $found_height }. Fügen Sie das Bild erneut hinzu.
picture-error-bad-size = Das Bild { $key } des Touchpoints { $card } „{ $name }“ hat { $width }×{ $height } Pixel; ein Bild hat 1 bis { $max } Pixel je Seite. Fügen Sie das Bild erneut hinzu.
picture-edit-missing = Das Bild { $key } ist nicht in dieser Map.
picture-edit-in-use = Das Bild { $key } wird noch auf einer Karte gezeigt.
picture-edit-no-picture = Der Touchpoint { $card } hat kein Bild.
picture-limit-count = Die Map hat bereits { $count } Bilder; eine Map fasst höchstens { $max }. Entfernen Sie zuerst ein Bild.
picture-limit-bytes = Mit diesem Bild würden die Bilder der Map { $mb } MB belegen; eine Map fasst höchstens { $max } MB. Entfernen Sie zuerst ein Bild.
picture-import-empty = Die Datei ist leer.
picture-import-not-a-picture = Die Datei ist kein Bild. Trailmap liest PNG, JPEG, WebP, GIF und SVG.
picture-import-unsupported = { $format }-Bilder können nicht hinzugefügt werden. Speichern Sie das Bild als PNG oder JPEG und fügen Sie es erneut hinzu.
picture-import-damaged = Das { $format }-Bild ist beschädigt oder unvollständig.
picture-import-too-many-pixels = Das Bild hat { $width }×{ $height } Pixel; Trailmap liest höchstens { $max_side } Pixel je Seite und { $megapixels } Megapixel. Verkleinern Sie es und fügen Sie es erneut hinzu.
picture-import-file-too-large = Die Datei hat { $mb } MB; Trailmap liest Bilder bis { $max } MB.

## Pictures (window)
picture-added = Bild hinzugefügt.
picture-removed = Bild entfernt.
picture-not-added = Das Bild wurde nicht hinzugefügt: { $reason }
picture-read-failed = Das Bild wurde nicht hinzugefügt: { $reason } { $path }
picture-drop-where = Ziehen Sie das Bild auf eine Karte oder auf eine freie Stelle einer Zelle, um eine neue Karte anzulegen.
picture-dropped-several = Nur die erste Datei wurde hinzugefügt; ziehen Sie Bilder einzeln herein.
picture-paste-where = Wählen Sie eine Karte oder eine Zelle, in die das Bild eingefügt werden soll.
files-picture-title = Bild auswählen
files-filter-pictures = Bilder (PNG, JPEG, WebP, GIF, SVG)
dialog-add-picture = Bild hinzufügen
inspector-picture = Bild
inspector-add-picture = Bild hinzufügen…
inspector-add-picture-tip = Einen Screenshot, eine Anzeige oder ein Foto auf diese Karte setzen (PNG, JPEG, WebP, GIF oder SVG). Sie können auch eine Datei auf die Karte ziehen oder einen Screenshot mit Strg+V einfügen.
inspector-replace-picture = Ersetzen…
inspector-replace-picture-tip = Ein anderes Bild für diese Karte wählen
inspector-remove-picture = Bild entfernen
inspector-picture-alt = Alternativtext (für Screenreader)
inspector-picture-alt-tip = Was das Bild zeigt, für Menschen, die es nicht sehen können. Auch Exporte verwenden ihn.
inspector-picture-aspect = Format
inspector-aspect-original = Original
inspector-picture-missing = Das Bild fehlt in der Datei oder ist beschädigt. Fügen Sie es erneut hinzu.
step-edit-alt-text = Alternativtext bearbeiten
inspector-picture-aspect-tip = Wie die Karte ihr Bild zuschneidet: Das Bild füllt die Breite der Karte in diesem Format.
menu-rows = Zeilen gruppieren
rows-lanes = Wie gezeichnet
rows-personas = Nach Persona
rows-channels = Nach Kanal
rows-lanes-tip = Die Zeilen so, wie sie in der Map gezeichnet sind.
rows-personas-tip = Eine Zeile je Persona und eine für Karten, die keine nennen; eine Karte für zwei Personas steht in beiden Zeilen. Andere Zeilen bleiben darunter, wie gezeichnet. Eine Karte in eine andere Zeile ziehen ändert ihre Personas.
rows-channels-tip = Eine Zeile je Kanal, nach dem Kanal der Karte oder ihrer Zeile. Andere Zeilen bleiben darunter, wie gezeichnet. Eine Karte in eine andere Zeile ziehen ändert ihren Kanal.
pivot-all-personas = Alle Personas
pivot-no-channel = Kein Kanal
pivot-place = { $row } in { $stage }
status-pivot-persona = Verschoben nach { $place }: Persona von { $from } zu { $to } geändert
status-pivot-channel = Verschoben nach { $place }: Kanal von { $from } zu { $to } geändert
status-pivot-stage = Verschoben nach { $stage }
status-pivot-no-channel = Eine Karte in einer Zeile mit Kanal hat immer einen Kanal: Ändern Sie stattdessen den Kanal der Zeile im Inspektor.
status-pivot-no-lane = Keine hier gezeigte Zeile kann eine neue Karte aufnehmen: Wählen Sie Ansicht › Zeilen › Wie gezeichnet und fügen Sie sie in einer Zeile hinzu.
