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
cmd-new-tip = Eine leere Customer Journey Map beginnen
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
