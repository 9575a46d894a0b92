# Trailmap po polsku. Te same identyfikatory co w assets/locales/en/trailmap.ftl.

## Menus

menu-file = Plik
menu-edit = Edycja
menu-view = Widok
menu-insert = Wstaw
menu-help = Pomoc
menu-new-from-example = Nowa z przykładu
menu-open-recent = Ostatnio otwierane
menu-clear-recent = Wyczyść listę
menu-export = Eksportuj
menu-lanes = Wiersze
menu-unnamed-lane = (wiersz bez nazwy)
menu-show-all-lanes = Pokaż wszystkie wiersze
menu-journey = Podróż
menu-personas = Persony
menu-everyone = Wszystkie persony
menu-persona-filter-tip = Przyciemnij karty innych person; osobna krzywa emocji dla każdej
menu-colour-by-owner = Kolory według właściciela
menu-colour-by-owner-tip = Koloruj karty według działu, który za nie odpowiada, z legendą
menu-footnotes = Notatki jako przypisy
menu-footnotes-tip = Ponumeruj karty z notatkami i wypisz notatki pod mapą
menu-lane = Wiersz
menu-language = Język
menu-language-system = Język systemu ({ $language })
menu-language-tip = Język menu, paneli i komunikatów; mapa zachowuje własny język

## Commands

cmd-new = Nowa
cmd-new-tip = Zacznij mapę podróży klienta z pięcioma klasycznymi etapami
cmd-open = Otwórz…
cmd-open-tip = Otwórz plik .journey.ron
cmd-save = Zapisz
cmd-save-tip = Zapisz mapę w jej pliku
cmd-save-as = Zapisz jako…
cmd-save-as-tip = Zapisz mapę pod nową nazwą
cmd-export = Eksportuj jako { $format }…
cmd-export-svg-tip = Grafika wektorowa do prezentacji, stron WWW i programów graficznych
cmd-export-png-tip = Obraz do czatu, e-maila i dokumentów
cmd-export-pdf-tip = Dokument do wydruku lub wysłania
cmd-quit = Zakończ
cmd-quit-tip = Zamknij Trailmap
cmd-undo = Cofnij
cmd-undo-step = Cofnij: { $step }
cmd-undo-tip = Cofnij ostatnią zmianę
cmd-redo = Ponów
cmd-redo-step = Ponów: { $step }
cmd-redo-tip = Ponów ostatnio cofniętą zmianę
cmd-cut = Wytnij
cmd-cut-tip = Skopiuj zaznaczone karty i usuń je
cmd-copy = Kopiuj
cmd-copy-tip = Skopiuj zaznaczone karty (można je wkleić do dowolnej mapy)
cmd-paste = Wklej
cmd-paste-tip = Wklej karty lub jedną kartę na każdy wiersz tekstu do zaznaczonej komórki
cmd-duplicate = Duplikuj
cmd-duplicate-tip = Skopiuj zaznaczone karty w tym samym miejscu
cmd-delete = Usuń
cmd-delete-tip = Usuń zaznaczenie
cmd-select-all = Zaznacz wszystko
cmd-select-all-tip = Zaznacz wszystkie karty
cmd-deselect = Odznacz / anuluj
cmd-deselect-tip = Wyczyść zaznaczenie albo anuluj przeciąganie lub edycję
cmd-rename = Edytuj tytuł
cmd-rename-tip = Edytuj tytuł zaznaczonej karty bezpośrednio na mapie
cmd-select-card = { $direction ->
        [left] Zaznacz poprzednią kartę
        [right] Zaznacz następną kartę
        [up] Zaznacz kartę powyżej
       *[down] Zaznacz kartę poniżej
    }
cmd-select-card-tip = Na mapie: zaznacz sąsiednią kartę (w lewo i w prawo wzdłuż wierszy, w górę i w dół w etapie); podczas prezentacji w lewo i w prawo pokazują poprzedni i następny etap
cmd-select-header = { $direction ->
        [left] Zaznacz etap po lewej
        [right] Zaznacz etap po prawej
        [up] Zaznacz wiersz powyżej
       *[down] Zaznacz wiersz poniżej
    }
cmd-select-header-tip = Na mapie: zaznacz sąsiedni nagłówek etapu lub wiersza (Enter zmienia jego nazwę)
cmd-move-card-left = Karta w lewo
cmd-move-card-left-tip = Przenieś zaznaczoną kartę do etapu po lewej
cmd-move-card-right = Karta w prawo
cmd-move-card-right-tip = Przenieś zaznaczoną kartę do etapu po prawej
cmd-move-card-up = Karta w górę
cmd-move-card-up-tip = Przenieś zaznaczoną kartę do wiersza powyżej
cmd-move-card-down = Karta w dół
cmd-move-card-down-tip = Przenieś zaznaczoną kartę do wiersza poniżej
cmd-zoom-in = Powiększ
cmd-zoom-in-tip = Powiększ widok
cmd-zoom-out = Pomniejsz
cmd-zoom-out-tip = Pomniejsz widok
cmd-zoom-reset = Rzeczywisty rozmiar (100 %)
cmd-zoom-reset-tip = Pokaż mapę w rzeczywistym rozmiarze
cmd-zoom-fit = Dopasuj do okna
cmd-zoom-fit-tip = Dopasuj powiększenie tak, by cała mapa zmieściła się w oknie
cmd-toggle-inspector = Inspektor
cmd-toggle-inspector-tip = Pokaż lub ukryj panel inspektora
cmd-toggle-insights = Wnioski
cmd-toggle-insights-tip = Zaznacz nakładające się kampanie i luki wybranych person oraz wypisz je w panelu
cmd-insert-stage = Etap
cmd-insert-stage-tip = Dodaj etap po zaznaczonym
cmd-insert-lane = Wiersz: { $kind }
cmd-insert-lane-tip = Dodaj wiersz pod zaznaczonym
cmd-insert-touchpoint = Punkt styku
cmd-insert-touchpoint-tip = Dodaj kartę do zaznaczonej komórki
cmd-insert-persona = Persona
cmd-insert-persona-tip = Dodaj personę do mapy
cmd-connect = Połącz z…
cmd-connect-tip = Narysuj strzałkę od zaznaczonej karty: klawisze strzałek wybierają kartę docelową, Enter rysuje strzałkę, Esc anuluje
canvas-connect-to = Połącz z…
status-connect-hint = Wybierz klawiszami strzałek kartę, na którą wskazuje strzałka, i naciśnij Enter (Esc anuluje)
status-connected = Strzałka narysowana — Ctrl+Z ją cofa
cmd-show-shortcuts = Skróty klawiszowe
cmd-show-shortcuts-tip = Pokaż wszystkie skróty klawiszowe
cmd-about = O programie Trailmap
cmd-about-tip = Czym jest Trailmap

## Status bar

status-not-saved-yet = Jeszcze niezapisana
status-unsaved = niezapisane zmiany
status-saved = zapisano
status-view-tip = Co pokazuje mapa: Widok > Podróż i Widok > Persony
status-zoom-tip = Powiększenie (Ctrl+kółko, Ctrl +/-, Ctrl+0 dopasowuje)
status-counts = { $stages ->
        [one] 1 etap
        [few] { $stages } etapy
       *[many] { $stages } etapów
    } · { $lanes ->
        [one] 1 wiersz
        [few] { $lanes } wiersze
       *[many] { $lanes } wierszy
    } · { $touchpoints ->
        [one] 1 punkt styku
        [few] { $touchpoints } punkty styku
       *[many] { $touchpoints } punktów styku
    }
status-selected = Zaznaczono: { $count }
status-copied = { $count ->
        [one] Skopiowano 1 kartę
        [few] Skopiowano { $count } karty
       *[many] Skopiowano { $count } kart
    }
status-pasted = { $count ->
        [one] Wklejono 1 kartę
        [few] Wklejono { $count } karty
       *[many] Wklejono { $count } kart
    }
status-nothing-to-paste = Nie ma nic do wklejenia
status-paste-needs-cell = Aby wkleić karty, najpierw dodaj etap i wiersz
status-refused = Nie udało się: { $reason }
status-undo-failed = Nie można cofnąć: { $reason }
status-redo-failed = Nie można ponowić: { $reason }
status-waiting-for-dialog = Wybierz plik w oknie dialogowym…
window-untitled = Bez tytułu

## Names of the map's kinds of things

lane-kind-channel = Kanał
lane-kind-text = Tekst
lane-kind-emotion = Krzywa emocji
lane-kind-pain-points = Punkty bólu
lane-kind-opportunities = Szanse
lane-kind-owners = Właściciele
lane-kind-metrics = Wskaźniki
lane-kind-backstage = Zaplecze

channel-website = Strona WWW
channel-mobile = Mobile
channel-app = Aplikacja
channel-email = E-mail
channel-social = Media społecznościowe
channel-ads = Reklamy
channel-store = Sklep stacjonarny
channel-live-chat = Czat na żywo
channel-phone = Telefon
channel-word-of-mouth = Poczta pantoflowa
channel-other = Inne

card-state-both = Obecny i docelowy
card-state-current = Tylko obecny (znika)
card-state-future = Tylko docelowy (nowy)

state-view-current = Stan obecny
state-view-future = Stan docelowy
state-view-compare = Porównaj stan obecny i docelowy

future-field-title = Tytuł
future-field-customer-action = Działanie klienta
future-field-business-response = Reakcja firmy
future-field-owner = Właściciel
future-field-emotion = Emocja
future-field-campaigns = Kampanie

emotion-very-unhappy = bardzo niezadowolony
emotion-unhappy = niezadowolony
emotion-neutral = neutralny
emotion-happy = zadowolony
emotion-delighted = zachwycony

## Undo steps

step-add-connector = Dodanie strzałki
step-add-lane = Dodanie wiersza
step-add-persona = Dodanie persony
step-add-stage = Dodanie etapu
step-add-touchpoint = Dodanie punktu styku
step-change-map-language = Zmiana języka mapy
step-delete-connector = Usunięcie strzałki
step-delete-lane = Usunięcie wiersza
step-delete-persona = Usunięcie persony
step-delete-stage = Usunięcie etapu
step-delete-touchpoint = Usunięcie punktu styku
step-edit = Edycja
step-edit-connector = Edycja strzałki
step-edit-lane = Edycja wiersza
step-edit-map-description = Edycja opisu mapy
step-edit-persona = Edycja persony
step-edit-stage = Edycja etapu
step-edit-touchpoint = Edycja punktu styku
step-move-lane = Przeniesienie wiersza
step-move-stage = Przeniesienie etapu
step-move-touchpoint = Przeniesienie punktu styku
step-rename-map = Zmiana nazwy mapy
step-change-emotion = Zmiana emocji
step-edit-title = Edycja tytułu
step-resize-stage = Zmiana szerokości etapu
step-edit-arrow = Edycja strzałki
step-edit-business-response = Edycja reakcji firmy
step-edit-campaigns = Edycja kampanii
step-edit-colour = Zmiana koloru
step-edit-customer-action = Edycja działania klienta
step-edit-emotion = Edycja emocji
step-edit-figures = Edycja liczb lejka
step-edit-future-action = Edycja docelowego działania klienta
step-edit-future-emotion = Edycja docelowej emocji
step-edit-future-owner = Edycja docelowego właściciela
step-edit-future-response = Edycja docelowej reakcji firmy
step-edit-future-title = Edycja docelowego tytułu
step-edit-notes = Edycja notatek
step-edit-owner = Edycja właściciela
step-edit-tags = Edycja tagów

## Errors: why a file, a change, a save or an export failed (src/app/error_words.rs)
error-at = Linia { $line }, kolumna { $column }: { $problem }
error-syntax-empty = Plik jest pusty. Plik mapy zaczyna się od „(format: 1,”.
error-syntax-not-text = Plik nie zawiera tekstu. Czy na pewno jest to plik mapy?
error-syntax-format-zero = Format 0 nie istnieje; pierwsza wersja to 1. Popraw liczbę po „format:”.
error-syntax-too-deep = Plik jest zagnieżdżony głębiej niż jakakolwiek mapa, więc nie może być plikiem mapy.
error-syntax-unexpected-end = Plik kończy się za wcześnie. Czy nie został ucięty podczas kopiowania lub zapisywania?
error-syntax-expected = Brakuje tu znaku „{ $symbol }”.
error-syntax-expected-value = { $expected ->
    [integer] Tu powinna być liczba całkowita.
    [number] Tu powinna być liczba.
    [text] Tu powinien być tekst w cudzysłowie.
    [boolean] Tu powinno być „true” lub „false”.
    [list] Tu powinna być lista w [ ].
    [block] Tu powinien być blok w ( ).
    [choice] Tu powinna być jedna z dozwolonych nazw.
    [name] Tu powinna być nazwa.
    [optional] Tu powinno być „Some(…)” lub „None”.
    [nothing] Tu powinno być „()”.
   *[other] Tu powinna być wartość innego rodzaju.
}
error-syntax-wrong-type = { $expected ->
    [integer] Tu powinna być liczba całkowita
    [number] Tu powinna być liczba
    [text] Tu powinien być tekst w cudzysłowie
    [boolean] Tu powinno być „true” lub „false”
    [list] Tu powinna być lista w [ ]
    [block] Tu powinien być blok w ( )
    [choice] Tu powinna być jedna z dozwolonych nazw
    [name] Tu powinna być nazwa
    [optional] Tu powinno być „Some(…)” lub „None”
    [nothing] Tu powinno być „()”
   *[other] Tu powinna być wartość innego rodzaju
}, a w pliku jest { $found ->
    [integer] liczba całkowita
    [number] liczba
    [text] tekst
    [boolean] wartość logiczna
    [list] lista
    [block] blok
    [choice] nazwa
    [name] nazwa
    [optional] wartość opcjonalna
    [nothing] „()”
   *[other] coś innego
}.
error-syntax-number-out-of-range = Ta liczba jest za duża lub za mała dla tego pola.
error-syntax-wrong-length = Lista ma tu { $found ->
    [one] { $found } element
    [few] { $found } elementy
   *[many] { $found } elementów
}, a to nie pasuje do tego pola.
error-syntax-unknown-field = Nie ma tu pola „{ $field }”. Sprawdź pisownię; dostępne pola to: { $allowed }.
error-syntax-unknown-choice = Wartość „{ $name }” nie jest tu dozwolona. Wybierz jedną z: { $allowed }.
error-syntax-missing-field = Brakuje tu pola „{ $field }”. Dodaj je.
error-syntax-duplicate-field = Pole „{ $field }” występuje dwa razy. Usuń jedno z nich.
error-syntax-unexpected-char = Znak „{ $char }” nie pasuje w tym miejscu.
error-syntax-trailing-text = Po końcu mapy jest jeszcze tekst. Usuń go.
error-syntax-bad-color = „{ $text }” nie jest kolorem. Zapisz go jako "#RRGGBB" lub "#RRGGBBAA", na przykład "#3B82F6".
error-syntax-other = W tym miejscu nie można odczytać pliku: { $detail }
error-newer-format = Plik został zapisany w nowszej wersji programu Trailmap (format { $found }); ta wersja odczytuje format { $supported } i starsze. Zaktualizuj Trailmap, aby go otworzyć.
error-too-large = Plik ma { $size } MB, a plik mapy ma najwyżej { $limit } MB. Czy na pewno jest to plik mapy?
error-unreadable-not-found = Plik nie istnieje. Czy został przeniesiony, usunięty lub zmieniono jego nazwę?
error-unreadable-permission = Nie masz uprawnień do odczytu tego pliku. Sprawdź uprawnienia.
error-unreadable-folder = To jest folder, a nie plik mapy.
error-unreadable = Nie można odczytać pliku: { $detail }
error-too-many = Mapa ma za dużo { $what ->
    [stage] etapów
    [lane] wierszy
    [persona] person
    [connector] strzałek
   *[touchpoint] punktów styku
} ({ $count }); Trailmap otwiera najwyżej { $max }.
error-field-title = Tytuł
error-field-description = Opis
error-field-name = Nazwa
error-field-customer-action = Działanie klienta
error-field-business-response = Reakcja firmy
error-field-owner = Właściciel
error-field-notes = Notatki
error-field-campaigns = Kampanie
error-field-tags = Tagi
error-field-personas = Persony
error-field-persona-emotions = Emocje według person
error-field-label = Etykieta
error-field-future = { $field } (stan docelowy)
error-text-too-long = Pole „{ $field }” ma { $chars ->
    [one] { $chars } znak
    [few] { $chars } znaki
   *[many] { $chars } znaków
} (limit: { $max }). Skróć tekst.
error-list-too-long = Punkt styku { $card } „{ $name }” ma { $count ->
    [one] { $count } pozycję
    [few] { $count } pozycje
   *[many] { $count } pozycji
} w polu „{ $field }” (limit: { $max }).
error-language-too-long = Język mapy musi być krótkim kodem, takim jak „en” lub „de”.
error-duplicate-id = { $kind ->
    [stage] Identyfikator etapu { $id }
    [lane] Identyfikator wiersza { $id }
    [persona] Identyfikator persony { $id }
    [connector] Identyfikator strzałki { $id }
   *[touchpoint] Identyfikator punktu styku { $id }
} występuje więcej niż raz. Nadaj każdemu elementowi własny identyfikator.
error-stage-width = Etap { $stage } „{ $name }” ma szerokość { $width }; szerokość etapu musi wynosić od { $min } do { $max }.
error-card-in-missing-stage = Punkt styku { $from } „{ $name }” leży w etapie { $id }, który nie istnieje. Popraw etap lub go dodaj.
error-card-in-missing-lane = Punkt styku { $from } „{ $name }” leży w wierszu { $id }, który nie istnieje. Popraw wiersz lub go dodaj.
error-card-names-missing-persona = Punkt styku { $from } „{ $name }” dotyczy persony { $id }, która nie istnieje. Usuń ją z „personas” lub dodaj personę.
error-card-scores-missing-persona = Punkt styku { $from } „{ $name }” ocenia emocje persony { $id }, która nie istnieje. Usuń ocenę lub dodaj personę.
error-connector-to-missing-card = Strzałka { $from } wskazuje punkt styku { $id }, który nie istnieje. Usuń strzałkę lub popraw jej koniec.
error-emotion-out-of-range = Punkt styku { $card } „{ $name }” ma emocję { $value }; ocena musi mieścić się w zakresie od { $min } do +{ $max }.
error-persona-emotion-out-of-range = Punkt styku { $card } „{ $name }” ma emocję { $value } dla persony { $persona }; ocena musi mieścić się w zakresie od { $min } do +{ $max }.
error-future-emotion-out-of-range = Punkt styku { $card } „{ $name }” ma w stanie docelowym emocję { $value }; ocena musi mieścić się w zakresie od { $min } do +{ $max }.
error-connector-loop = Strzałka { $connector } zaczyna się i kończy w punkcie styku { $card }. Strzałka łączy dwa różne punkty styku.
error-cards-unsorted = Punkty styku nie są posortowane według identyfikatora. To błąd w programie Trailmap; zgłoś go.
error-cell-misnumbered = Punkty styku w etapie { $stage } i wierszu { $lane } nie są ponumerowane po kolei. To błąd w programie Trailmap; zgłoś go.
error-save-encode = Nie można zapisać mapy jako pliku ({ $detail }). To błąd w programie Trailmap; zgłoś go.
error-save-no-folder = Folder nie istnieje. Wybierz inny folder: { $path }
error-save-permission = Nie masz uprawnień do zapisu w tym folderze. Wybierz inny folder: { $path }
error-save-read-only = Dysk jest tylko do odczytu. Wybierz inny folder: { $path }
error-save-disk-full = Dysk jest pełny. Zwolnij miejsce lub wybierz inny dysk: { $path }
error-save-is-folder = Istnieje już folder o tej nazwie. Wybierz inną nazwę: { $path }
error-save-io = Nie można zapisać pliku ({ $detail }): { $path }
error-edit-missing = { $kind ->
    [stage] Etap { $id } już nie istnieje.
    [lane] Wiersz { $id } już nie istnieje.
    [persona] Persona { $id } już nie istnieje.
    [connector] Strzałka { $id } już nie istnieje.
   *[touchpoint] Punkt styku { $id } już nie istnieje.
}
error-edit-duplicate = { $kind ->
    [stage] Etap { $id } już istnieje.
    [lane] Wiersz { $id } już istnieje.
    [persona] Persona { $id } już istnieje.
    [connector] Strzałka { $id } już istnieje.
   *[touchpoint] Punkt styku { $id } już istnieje.
}
error-edit-position = Pozycja { $index } wykracza poza { $within ->
    [stages] etapy
    [lanes] wiersze
    [personas] persony
    [views] zapisane widoki
   *[cell] komórkę
} (liczba miejsc: { $len }).
error-edit-text-too-long = Pole „{ $field }” może mieć najwyżej { $max ->
    [one] { $max } znak
    [few] { $max } znaki
   *[many] { $max } znaków
}.
error-edit-list-too-long = Punkt styku może mieć najwyżej { $max ->
    [one] { $max } pozycję
    [few] { $max } pozycje
   *[many] { $max } pozycji
} w polu „{ $field }”.
error-edit-emotion = Emocja { $value } wykracza poza skalę od { $min } do +{ $max }.
error-edit-stage-width = Etap ma szerokość od { $min } do { $max }.
error-edit-language = Język to krótki kod, taki jak „en” lub „de”.
error-edit-connector-loop = Strzałka musi łączyć dwa różne punkty styku.
error-export-unsupported = Trailmap nie eksportuje do formatu „.{ $extension }”. Zakończ nazwę pliku na .svg, .png lub .pdf: { $path }
error-export-no-extension = Nazwa pliku nie ma rozszerzenia, więc format jest nieznany. Zakończ ją na .svg, .png lub .pdf: { $path }
error-export-scale = Skala PNG musi wynosić od 1 do 4, a nie { $scale }.
error-export-margin = Margines musi wynosić od 0 do { $max } jednostek mapy, a nie { $margin }.
error-export-no-size = Mapa nie ma rozmiaru, który da się narysować ({ $width } × { $height }). To błąd w programie Trailmap; zgłoś go.
error-export-too-large = Obraz PNG o wymiarach { $width } × { $height } pikseli jest za duży (najwyżej { $max } mln pikseli). Wybierz mniejszą skalę albo wyeksportuj SVG lub PDF, które nie mają limitu rozmiaru.
error-export-font = Nie można odczytać dołączonej czcionki { $font }. Zainstaluj Trailmap ponownie.
error-export-svg = Nie można ponownie odczytać obrazu SVG narysowanego dla mapy ({ $detail }). To błąd w programie Trailmap; zgłoś go.
error-export-png = Nie można zakodować obrazu PNG: { $detail }
error-export-pdf = Nie można utworzyć pliku PDF: { $detail }
## Files: opening, saving, file dialogs, dropped files, recent files, the blank map

files-new-map = Nowa mapa
files-opened-example = Otwarto przykład „{ $example }”
files-opened = Otwarto { $path }
files-saved = Zapisano { $path }
files-save-failed-title = Nie można zapisać
files-open-title = Otwórz mapę podróży klienta
files-save-as-title = Zapisz mapę podróży klienta jako
files-export-title = Eksportuj mapę
files-filter-maps = Mapy podróży klienta
files-filter-all = Wszystkie pliki
files-no-system-dialog = Systemowe okno wyboru plików jest tu niedostępne (wymaga portalu XDG lub programu zenity). Wpisz ścieżkę ręcznie.
files-dialog-could-not-start = Nie udało się uruchomić okna wyboru plików ({ $reason }). Wpisz ścieżkę ręcznie.
files-system-dialog-did-not-open = Systemowe okno wyboru plików się nie otworzyło (brak portalu XDG lub programu zenity?). Wpisz ścieżkę ręcznie.
files-dropped-several = Upuszczono kilka plików: otwarto pierwszy (Trailmap pokazuje jedną mapę naraz)
files-recent-store-failed-at = Nie udało się zapamiętać ostatnio otwieranych plików ({ $reason }): { $path }
files-recent-store-failed = Nie udało się zapamiętać ostatnio otwieranych plików: { $reason }

## Example maps (File > New from Example); the language in brackets is the map's own

example-online-shop = Sklep internetowy (English)
example-b2b-software = Oprogramowanie B2B (Deutsch)
example-home-furnishing = Wyposażenie wnętrz (Svenska)
example-mobile-operator = Operator komórkowy (Norsk)
example-online-groceries = Zakupy spożywcze online (Polski)

## Dialogs: unsaved changes, notices, typed path, About, the shortcut list

dialog-unsaved-title = Zapisać zmiany?
dialog-unsaved-before-closing = „{ $file }” zawiera niezapisane zmiany. Zapisać je przed zamknięciem?
dialog-unsaved-before-new = „{ $file }” zawiera niezapisane zmiany. Zapisać je przed rozpoczęciem nowej mapy?
dialog-unsaved-before-open = „{ $file }” zawiera niezapisane zmiany. Zapisać je przed otwarciem innej mapy?
dialog-save = Zapisz
dialog-dont-save = Nie zapisuj
dialog-cancel = Anuluj
dialog-ok = OK
dialog-open = Otwórz
dialog-export = Eksportuj
dialog-load-failed-title = Nie można otworzyć mapy
dialog-load-failed-body = Nie można otworzyć pliku { $path }. Dotychczas otwarta mapa pozostaje otwarta.
dialog-export-to-file-title = Eksportuj do pliku
dialog-file-path = Ścieżka pliku:
dialog-about-version = Wersja { $version }
dialog-about-text = Lokalny edytor map podróży klienta: etapy, wiersze, punkty styku, persony i emocje, zapisywane w czytelnych plikach .journey.ron.
dialog-about-fonts = Tekst złożono krojami Noto Sans i Noto Emoji (SIL Open Font License 1.1).
dialog-shortcuts-title = Skróty klawiszowe
dialog-shortcuts-either = { $first }  lub  { $second }
dialog-gesture-pan = Przesuwanie widoku
dialog-gesture-pan-how = Przewijanie / przeciąganie środkowym przyciskiem / Spacja+przeciąganie
dialog-gesture-zoom = Powiększanie wokół wskaźnika
dialog-gesture-zoom-how = Ctrl+przewijanie
dialog-gesture-add-to-selection = Dodawanie do zaznaczenia lub usuwanie z niego
dialog-gesture-add-to-selection-how = Shift+kliknięcie / Ctrl+kliknięcie
dialog-gesture-select-area = Zaznaczanie kart w obszarze
dialog-gesture-select-area-how = Przeciąganie po pustym obszarze mapy
dialog-gesture-new-card = Nowa karta
dialog-gesture-new-card-how = Dwukrotne kliknięcie pustej komórki
dialog-gesture-edit-title = Edycja tytułu karty
dialog-gesture-edit-title-how = Dwukrotne kliknięcie karty
dialog-gesture-move-cards = Przenoszenie kart
dialog-gesture-move-cards-how = Przeciąganie (Esc anuluje)
dialog-gesture-reorder = Zmiana kolejności etapów lub wierszy
dialog-gesture-reorder-how = Przeciąganie za nagłówek
dialog-gesture-resize-stage = Zmiana szerokości etapu
dialog-gesture-resize-stage-how = Przeciąganie prawej krawędzi
dialog-gesture-connect = Łączenie dwóch kart
dialog-gesture-connect-how = Przeciąganie z okrągłego uchwytu na krawędzi karty
dialog-gesture-emotion = Zmiana oceny emocji
dialog-gesture-emotion-how = Przeciąganie punktu krzywej

## Export dialog

export-title = Eksportuj jako { $format }
export-shows = Co pokazuje plik
export-shows-note = Tak, jak mapa jest teraz wyświetlana; zmiany tutaj dotyczą tylko tego eksportu.
export-journey = Podróż
export-personas = Persony
export-each-persona-in-turn = Każda persona po kolei
export-persona-filter-tip = Filtr person z menu Widok > Persony
export-each-persona = Osobny plik dla każdej persony
export-each-persona-tip = Jeden plik na każdą personę mapy, w każdym wyróżnione tylko karty tej persony i jej krzywa emocji
export-each-persona-names = { $personas ->
        [one] { $file } zostanie zapisany jako { $example }
       *[other] { $file } zostanie zapisany jako { $example }, …
    }
export-extras = Dodatki
export-insights-tip = Nakładające się kampanie i luki wybranych person
export-colour-by-owner-tip = Karty w kolorach działów, które za nie odpowiadają, z legendą
export-footnotes-tip = Ponumerowane notatki pod mapą
export-leave-out-hidden = { $count ->
        [one] Pomiń ukryty wiersz
        [few] Pomiń { $count } ukryte wiersze
       *[many] Pomiń { $count } ukrytych wierszy
    }
export-scale = Skala
export-scale-tip = Piksele na jednostkę mapy
export-pixel-size = { $width } × { $height } px
export-text = Tekst
export-text-shapes = Jako kształty
export-text-shapes-tip = Wygląda poprawnie w PowerPoincie, Keynote i Wordzie
export-text-selectable = Tekst do zaznaczania
export-text-selectable-tip = Można go wyszukiwać i edytować; wymaga przeglądarki obsługującej osadzone czcionki
export-paper = Papier
export-paper-fit = Tak duży jak mapa
export-paper-a4 = A4 poziomo
export-paper-a3 = A3 poziomo
export-paper-letter = US Letter poziomo
export-background = Tło
export-background-white = Białe
export-background-transparent = Przezroczyste
export-margin = Margines
export-margin-tip = Odstęp wokół mapy (domyślnie { $default })
export-go = Eksportuj…
export-exporting = Eksportowanie { $path }…
export-could-not-start = Nie udało się rozpocząć eksportu: { $reason }
export-stopped-unexpectedly = Eksport nieoczekiwanie się przerwał.
export-done = Wyeksportowano { $path } ({ $kilobytes } KB)
export-done-files = { $count ->
        [one] Wyeksportowano 1 plik ({ $kilobytes } KB): { $files }
        [few] Wyeksportowano { $count } pliki ({ $kilobytes } KB): { $files }
       *[many] Wyeksportowano { $count } plików ({ $kilobytes } KB): { $files }
    }
export-failed-title = Nie można wyeksportować
export-nothing-written = Nic nie zostało zapisane.
export-written-before-stop = Zapisano przed przerwaniem: { $files }.

## Names of new things

new-stage-name = Nowy etap
new-persona-name = Nowa persona

## Canvas: context menus, the title editor, accessible names

canvas-label = Mapa podróży klienta
canvas-card-title-hint = Tytuł karty
canvas-revert-title-failed = Nie udało się przywrócić tytułu: { $reason }
canvas-edit-details = Edytuj szczegóły…
canvas-edit-details-tip = Wszystkie pola w inspektorze
canvas-colour = Kolor
canvas-colour-default = Domyślny
canvas-rename = Zmień nazwę…
canvas-insert-stage-before = Wstaw etap przed
canvas-insert-stage-after = Wstaw etap po
canvas-delete-stage = Usuń etap
canvas-lane-kind = Rodzaj wiersza
canvas-insert-lane-above = Wstaw wiersz powyżej
canvas-insert-lane-below = Wstaw wiersz poniżej
canvas-hide-lane = Ukryj wiersz
canvas-hide-lane-tip = Widok > Wiersze pokaże go ponownie
canvas-delete-lane = Usuń wiersz
canvas-edit-label = Edytuj etykietę…
canvas-delete-arrow = Usuń strzałkę
canvas-add-touchpoint-here = Dodaj tu punkt styku
canvas-add-stage = Dodaj etap
canvas-add-lane = Dodaj wiersz

## Key names in shortcuts (as this language's keyboards label them)

key-ctrl = Ctrl
key-shift = Shift
key-alt = Alt
key-delete = Delete
key-backspace = Backspace
key-enter = Enter
key-escape = Esc
## Inspector

inspector-map = Mapa
inspector-title = Tytuł
inspector-description = Opis
inspector-map-language = Język mapy
inspector-map-language-tip = Jak zapisywane są liczby na mapie (1,234 lub 1 234)
inspector-personas = Persony
inspector-no-personas = Nie ma jeszcze person. Persona to typ klienta, dla którego rysujesz podróż klienta.
inspector-unnamed-persona = (bez nazwy)
inspector-edit-persona-tip = Edytuj tę personę
inspector-add-persona = Dodaj personę
inspector-map-hint = Zaznacz kartę, etap lub wiersz na mapie, aby edytować je tutaj. Kliknij dwukrotnie pustą komórkę, aby dodać kartę.
inspector-persona = Persona
inspector-back-to-personas = Wróć do wszystkich person
inspector-name = Nazwa
inspector-colour = Kolor
inspector-persona-description = Kim jest
inspector-persona-used = { $count ->
        [one] Przypisana do 1 karty.
        [few] Przypisana do { $count } kart.
       *[many] Przypisana do { $count } kart.
    }
inspector-delete-persona = Usuń personę
inspector-delete-persona-tip = Usuń personę i wszystkie odwołania do niej na kartach
inspector-touchpoint = Punkt styku
inspector-customer-action = Działanie klienta
inspector-business-response = Reakcja firmy
inspector-no-map-personas = Mapa nie ma person (dodaj je, gdy nic nie jest zaznaczone).
inspector-no-persona-ticked = Nic nie zaznaczono: karta dotyczy wszystkich person.
inspector-emotion = Emocja
inspector-emotion-tip = Jak klient czuje się w tym miejscu, od −2 do +2
inspector-emotion-score-tip = Ocena emocji
inspector-owner = Właściciel
inspector-campaigns = Kampanie
inspector-campaigns-hint = Wyprzedaż wiosenna, Newsletter
inspector-tags = Tagi
inspector-tags-hint = mobile, koszyk
inspector-reached = Dotarcie
inspector-reached-tip = Klienci, do których dotarto
inspector-converted = Konwersje
inspector-converted-tip = Klienci, którzy dokonali konwersji
inspector-card-colour = Kolor karty
inspector-notes = Notatki
inspector-journey = Podróż
inspector-journey-tip = Czy karta należy do stanu obecnego, do stanu docelowego, czy do obu
inspector-channel = Kanał
inspector-same-as-lane = Jak w wierszu
inspector-persona-emotions = Emocje według persony
inspector-persona-emotions-hint = Gdy persona czuje coś innego, niż mówi emocja karty.
inspector-persona-emotion-tip = Emocja persony { $persona }
inspector-in-future = W stanie docelowym
inspector-in-future-hint = Zaznacz, co zmienia się w stanie docelowym.
inspector-future-title = Docelowy tytuł
inspector-future-customer-action = Docelowe działanie klienta
inspector-future-business-response = Docelowa reakcja firmy
inspector-future-owner = Docelowy właściciel
inspector-future-emotion-tip = Emocja w stanie docelowym
inspector-arrows = Strzałki
inspector-arrow-to = do „{ $card }”
inspector-arrow-to-labelled = do „{ $card }”: { $label }
inspector-arrow-from = od „{ $card }”
inspector-arrow-from-labelled = od „{ $card }”: { $label }
inspector-edit-arrow-tip = Edytuj tę strzałkę
inspector-added = Dodana
inspector-added-detail = Nowa w stanie docelowym; nie ma jej w stanie obecnym.
inspector-removed = Usunięta
inspector-removed-detail = Należy do stanu obecnego; w stanie docelowym znika.
inspector-unchanged = Bez zmian: taka sama w obu stanach.
inspector-changed = { $count ->
        [one] Zmieniono: 1 pole
        [few] Zmieniono: { $count } pola
       *[many] Zmieniono: { $count } pól
    }
inspector-today = Obecnie
inspector-future = Docelowo
inspector-empty = (puste)
inspector-arrow = Strzałka
inspector-arrow-ends = Od „{ $from }” do „{ $to }”
inspector-label = Etykieta
inspector-select-start-card = Zaznacz kartę początkową
inspector-delete-arrow = Usuń strzałkę
inspector-stage = Etap
inspector-stage-description = Co klient chce osiągnąć
inspector-header-colour = Kolor nagłówka
inspector-custom-width = Własna szerokość
inspector-custom-width-tip = Możesz też przeciągnąć prawą krawędź etapu na mapie
inspector-stage-width-tip = Szerokość etapu
inspector-figures-hint = Liczby lejka (bez zaznaczenia: suma kart etapu)
inspector-funnel = Lejek
inspector-funnel-future = Lejek (stan docelowy)
inspector-funnel-compare = Lejek (stan obecny i docelowy)
inspector-funnel-no-figures = Brak liczb: zaznacz powyżej Dotarcie i Konwersje albo wpisz je na kartach etapu.
inspector-reached-own-tip = Wpisane na etapie
inspector-reached-sum-tip = Suma kart etapu
inspector-conversion = Współczynnik konwersji
inspector-drop-off = Odpływ
inspector-drop-off-stage = Klienci, którzy nie docierają do etapu { $stage }.
inspector-drop-off-next-stage = Klienci, którzy nie docierają do następnego etapu.
inspector-no-drop-off = Brak odpływu: ten lub następny etap nie ma liczby Dotarcie.
inspector-last-stage = Ostatni etap: nie ma odpływu do zmierzenia.
inspector-worst-drop-off = Największy odpływ w całej podróży
inspector-stage-cards = { $count ->
        [one] 1 karta na tym etapie.
        [few] { $count } karty na tym etapie.
       *[many] { $count } kart na tym etapie.
    }
inspector-delete-stage = Usuń etap
inspector-delete-stage-tip = Usuń etap razem z kartami (cofnięcie je przywróci)
inspector-lane = Wiersz
inspector-lane-kind = Rodzaj
inspector-no-channel = Brak
inspector-row-tint = Kolor wiersza
inspector-show-lane = Pokaż wiersz
inspector-hide-lane = Ukryj wiersz
inspector-hide-lane-tip = Ukrycie zmienia tylko widok, nie mapę
inspector-delete-lane = Usuń wiersz
inspector-delete-lane-tip = Usuń wiersz razem z kartami (cofnięcie je przywróci)
inspector-items-selected = { $count ->
        [one] Zaznaczono 1 element
        [few] Zaznaczono { $count } elementy
       *[many] Zaznaczono { $count } elementów
    }
inspector-drag-together = Przeciągnij je na mapie, aby przesunąć je razem.
inspector-colour-of-all = Kolor wszystkich
inspector-default-colour = Domyślny
inspector-default-colour-tip = Użyj domyślnego koloru mapy
inspector-hex-colour = Kolor (hex)
inspector-hex-colour-default-hint = domyślny
inspector-not-a-colour = „{ $text }” to nie kolor: wpisz go jako "#RRGGBB" lub "#RRGGBBAA", np. "#3B82F6"
step-rename-persona = Zmiana nazwy persony
step-rename-stage = Zmiana nazwy etapu
step-rename-lane = Zmiana nazwy wiersza

## Insights panel

insights-heading = Wnioski
insights-hide = Ukryj
insights-hide-tip = Ukryj wnioski ({ $shortcut })
insights-overlap = Nakładanie się
insights-overlap-explained = co najmniej dwie karty jednego kanału prowadzą tę samą kampanię na jednym etapie: możesz płacić dwa razy za ten sam przekaz.
insights-not-reached = Brak dotarcia
insights-not-reached-explained = wybrana persona korzysta z tego kanału w innym miejscu podróży, ale żadna karta tutaj się do niej nie zwraca.
insights-choose-personas-hint = Wybierz persony w menu Widok > Persony, aby zobaczyć, gdzie do nich nie docierasz.
insights-add-personas-hint = Dodaj persony do mapy, a potem wybierz je w menu Widok > Persony, aby zobaczyć, gdzie do nich nie docierasz.
insights-gaps-for = { $view } · luki dla: { $personas }
insights-choose-personas = Wybierz persony
insights-choose-personas-tip = Filtr person z menu Widok > Persony
insights-no-overlaps = Brak nakładających się kampanii.
insights-overlaps-heading = Nakładające się kampanie ({ $count })
insights-gaps-heading = Brak dotarcia ({ $count })
insights-all-reached = Brak luk w dotarciu. Docierasz do wybranych person wszędzie, gdzie korzystają z danego kanału.
insights-nothing-to-report = Nic do zgłoszenia
insights-no-channel-lanes = Wnioski dotyczą wierszy kanałów, a ten widok nie pokazuje żadnego.
insights-no-overlap-found = Żadna kampania nie występuje na dwóch kartach jednego kanału na jednym etapie.
insights-nothing-found = Żadna kampania nie występuje na dwóch kartach jednego kanału na jednym etapie, a do wybranych person docierasz wszędzie, gdzie korzystają z danego kanału.
insights-hidden-lanes = Ukryte wiersze są pomijane.
insights-unnamed-stage = (etap bez nazwy)
insights-unnamed-lane = (wiersz bez nazwy)
insights-unnamed-persona = (persona bez nazwy)
insights-card-title = „{ $title }”
insights-overlap-entry = Nakładanie się: { $campaign } ×{ $count } — { $place }
insights-overlap-tip = { $cards } prowadzą kampanię „{ $campaign }”. Kliknij, aby je zaznaczyć.
insights-gap-entry = Brak dotarcia: { $persona } — { $place }
insights-gap-tip = Żadna karta w tej komórce nie zwraca się do persony { $persona }. Kliknij, aby pokazać komórkę; Wstaw > Punkt styku doda tu kartę.

## Characters
glyphs-missing = Niektóre znaki widać jako puste prostokąty, bo żadna dołączona czcionka ich nie rysuje: { $items }
glyphs-missing-card = karta „{ $name }” ({ $chars })
glyphs-missing-stage = etap „{ $name }” ({ $chars })
glyphs-missing-lane = wiersz „{ $name }” ({ $chars })
glyphs-missing-persona = persona „{ $name }” ({ $chars })
glyphs-missing-connector = strzałka „{ $name }” ({ $chars })
glyphs-missing-map = tytuł mapy „{ $name }” ({ $chars })
glyphs-missing-more = i jeszcze { $count }
## Templates

menu-new-from-template = Nowa z szablonu
template-classic = Klasyczna podróż klienta (pięć etapów)
template-ecommerce = Sklep internetowy
template-b2b = Zakup B2B
template-service-blueprint = Mapa usługi (service blueprint)
templates-new-from = Nowa mapa z szablonu „{ $template }”
templates-broken = Nie udało się otworzyć szablonu „{ $template }”: { $reason }
templates-rename-offer = { $count ->
        [one] Jedna nazwa etapu lub wiersza to wciąż słowo z szablonu. Zapisać ją w nowym języku mapy?
        [few] { $count } nazwy etapów i wierszy to wciąż słowa z szablonu. Zapisać je w nowym języku mapy?
       *[many] { $count } nazw etapów i wierszy to wciąż słowa z szablonu. Zapisać je w nowym języku mapy?
    }
templates-rename = Zmień nazwy
templates-keep-names = Zostaw nazwy
templates-renamed = { $count ->
        [one] Zmieniono nazwę 1 etapu lub wiersza
        [few] Zmieniono nazwy { $count } etapów i wierszy
       *[many] Zmieniono nazwy { $count } etapów i wierszy
    }

## Recovery
recovery-title = Odzyskać niezapisane zmiany?
recovery-intro = { $count ->
        [one] Trailmap zakończył działanie, zanim ta mapa została zapisana. Jej zmiany zostały zachowane:
        [few] Trailmap zakończył działanie, zanim te { $count } mapy zostały zapisane. Ich zmiany zostały zachowane:
        [many] Trailmap zakończył działanie, zanim tych { $count } map zostało zapisanych. Ich zmiany zostały zachowane:
       *[other] Trailmap zakończył działanie, zanim te mapy ({ $count }) zostały zapisane. Ich zmiany zostały zachowane:
    }
recovery-never-saved = Nigdy niezapisana
recovery-details = { $ago } · { $steps ->
        [one] 1 niezapisana zmiana
        [few] { $steps } niezapisane zmiany
        [many] { $steps } niezapisanych zmian
       *[other] { $steps } niezapisanej zmiany
    }
recovery-recover = Odzyskaj
recovery-discard = Odrzuć
recovery-later = Później
recovery-recovered = Odzyskano „{ $name }” ({ $ago }); jeszcze nie zapisano
recovery-ago-now = przed chwilą
recovery-ago-minutes = { $count ->
        [one] 1 minutę temu
        [few] { $count } minuty temu
        [many] { $count } minut temu
       *[other] { $count } minuty temu
    }
recovery-ago-hours = { $count ->
        [one] 1 godzinę temu
        [few] { $count } godziny temu
        [many] { $count } godzin temu
       *[other] { $count } godziny temu
    }
recovery-ago-days = { $count ->
        [one] 1 dzień temu
       *[other] { $count } dni temu
    }
recovery-write-failed = Nie udało się zapisać kopii niezapisanych zmian do odzyskania: { $reason }
recovery-discard-failed = Nie udało się odrzucić kopii do odzyskania: { $reason }
recovery-unavailable = Niezapisanych zmian nie da się zachować do odzyskania: { $reason }
recovery-skipped = { $count ->
        [one] Nie udało się odczytać kopii do odzyskania; pozostawiono ją na miejscu ({ $reason }): { $path }
       *[other] Nieodczytane kopie do odzyskania: { $count }; pozostawiono je na miejscu. Pierwsza ({ $reason }): { $path }
    }
recovery-error-io = { $reason }: { $path }
recovery-error-encode = nie udało się zakodować kopii: { $reason }
recovery-error-not-a-file = to nie jest zwykły plik
recovery-error-too-large = plik ma { $size } B; kopia do odzyskania może mieć najwyżej { $limit } B
recovery-error-syntax = wiersz { $line }, kolumna { $column }: { $reason }
recovery-error-newer = zapisana przez nowszą wersję Trailmap (wersja kopii { $found }; ta wersja odczytuje { $supported })
recovery-error-map = mapa w niej: { $reason }
recovery-changed-since = Plik „{ $name }” zmieniono na dysku już po wprowadzeniu tych zmian; przed zastąpieniem tamtej zmiany zapisywanie zapyta o zgodę.
## File changed on disk
watch-reloaded = Wczytano ponownie { $file } — plik zmienił się na dysku
watch-reloaded-undo = Wczytano ponownie { $file } — plik zmienił się na dysku. Cofnij przywraca wersję sprzed wczytania.
watch-missing = Plik { $file } usunięto lub przeniesiono; mapa pozostaje otwarta, niezapisana
watch-unreadable = Plik { $file } zmienił się na dysku, ale nie da się go jeszcze odczytać: { $reason }
watch-kept-mine = Zachowano bieżącą wersję mapy { $file }; następny zapis zastąpi zmiany na dysku.
watch-changed-title = Plik zmienił się na dysku
watch-changed-body = „{ $file }” zmieniono poza programem Trailmap od czasu otwarcia lub zapisu, a mapa zawiera niezapisane zmiany.
watch-save-title = Nadpisać zmieniony plik?
watch-save-body = „{ $file }” zmieniono poza programem Trailmap od czasu otwarcia lub zapisu. Zapisanie teraz zastąpi te zmiany bieżącą mapą.
watch-reload-keeps-yours = Także po wczytaniu zmienionego pliku Cofnij przywraca wersję sprzed wczytania.
watch-reload-theirs = Wczytaj zmieniony plik
watch-keep-mine = Zachowaj moją wersję
watch-overwrite-theirs = Nadpisz mimo to
step-reload-from-disk = Ponowne wczytanie z dysku
## Merge conflicts
step-resolve-conflict = Rozwiązanie konfliktu
conflicts-heading = Konflikty scalania
conflicts-explained = Scalono dwie wersje tej mapy, a obie zmieniły te elementy inaczej. Mapa pokazuje tę wersję; wybierz wersję dla każdego z nich.
conflicts-left = { $count ->
        [one] Pozostał 1 konflikt
        [few] Pozostały { $count } konflikty
       *[other] Pozostało { $count } konfliktów
    }
conflicts-entry = { $item }: { $property }
conflicts-this = Ta wersja: { $value }
conflicts-other = Druga wersja: { $value }
conflicts-before = Wcześniej: { $value }
conflicts-deleted-here = Usunięte w tej wersji, zmienione w drugiej.
conflicts-deleted-there = Zmienione w tej wersji, usunięte w drugiej.
conflicts-keep = Zachowaj tę wersję
conflicts-keep-tip = Mapa zostaje bez zmian; konflikt jest rozwiązany
conflicts-take = Przyjmij drugą wersję
conflicts-take-tip = Użyj wartości z drugiej wersji; cofnięcie przywróci tę
conflicts-value-deleted = usunięte
conflicts-value-kept = zachowane
conflicts-value-none = brak
conflicts-value-default = domyślne
conflicts-value-everyone = wszystkie persony
conflicts-property-kind = Rodzaj wiersza
conflicts-property-place = Miejsce
conflicts-property-from = Początek strzałki
conflicts-property-to = Koniec strzałki
conflicts-property-presence = Usunięte lub zmienione
conflicts-clean = Nie ma już konfliktów: mapa jest znów spójna. Zapisz ją, aby zakończyć scalanie.
conflicts-needed-here = Usunięte w tej wersji; zmiany z drugiej wersji go potrzebują.
conflicts-needed-there = Usunięte w drugiej wersji; zmiany z tej wersji go potrzebują.
conflicts-added-there = Dodane w drugiej wersji do czegoś, co ta wersja usunęła.

## Merge both (the file changed on disk)
watch-their-changes = Co zmieniło się w pliku:
watch-merge-both = Połącz obie wersje
watch-merge-both-tip = Zachowaj swoje zmiany i dodaj zmiany z pliku; tam, gdzie obie wersje zmieniły to samo, wybierzesz w panelu konfliktów. Cofnij przywraca twoją wersję
watch-merged = Połączono zmiany z pliku { $file } z twoimi. Zapisz, aby zachować wynik
watch-merged-conflicts = { $count ->
        [one] Połączono zmiany z pliku { $file }: 1 konflikt do rozwiązania
        [few] Połączono zmiany z pliku { $file }: { $count } konflikty do rozwiązania
       *[many] Połączono zmiany z pliku { $file }: { $count } konfliktów do rozwiązania
    }
diff-place = { $stage } · { $lane }
diff-added-card = Dodano kartę { $name } w komórce { $place }
diff-removed-card = Usunięto kartę { $name } z komórki { $place }
diff-added = { $kind ->
        [stage] Dodano etap { $name }
        [lane] Dodano wiersz { $name }
        [persona] Dodano personę { $name }
        [card] Dodano kartę { $name }
       *[other] Dodano strzałkę { $name }
    }
diff-removed = { $kind ->
        [stage] Usunięto etap { $name }
        [lane] Usunięto wiersz { $name }
        [persona] Usunięto personę { $name }
        [card] Usunięto kartę { $name }
       *[other] Usunięto strzałkę { $name }
    }
diff-renamed = { $kind ->
        [stage] Zmieniono nazwę etapu { $old } na { $new }
        [lane] Zmieniono nazwę wiersza { $old } na { $new }
        [persona] Zmieniono nazwę persony { $old } na { $new }
        [card] Zmieniono tytuł karty { $old } na { $new }
       *[other] Zmieniono { $old } na { $new }
    }
diff-moved = Przeniesiono { $name } z { $from } do { $to }
diff-changed = { $name }: { $property } { $old } › { $new }
diff-reordered = { $kind ->
        [stage] Zmieniono kolejność etapów
        [lane] Zmieniono kolejność wierszy
        [persona] Zmieniono kolejność person
        [card] Zmieniono kolejność kart
       *[other] Zmieniono kolejność strzałek
    }
diff-reordered-cards = Zmieniono kolejność kart w komórce { $place }
diff-conflicts = Nierozwiązane konflikty: { $old } › { $new }
diff-more = { $count ->
        [one] …i jeszcze 1 zmiana
        [few] …i jeszcze { $count } zmiany
       *[many] …i jeszcze { $count } zmian
    }

## Files that are not maps: what they look like
looks-empty = pusty plik
looks-map = mapa Trailmap
looks-csv = arkusz CSV
looks-tsv = arkusz rozdzielany tabulatorami
looks-xlsx = skoroszyt Excela
looks-legacy-office = stary plik Excela lub Worda (.xls, .doc)
looks-word = dokument Worda
looks-powerpoint = prezentacja PowerPoint
looks-opendocument = dokument LibreOffice
looks-zip = archiwum ZIP
looks-mermaid = diagram podróży Mermaid
looks-other-mermaid = diagram Mermaid, który nie jest podróżą
looks-image = obraz
looks-svg = rysunek SVG
looks-pdf = dokument PDF
looks-html = strona internetowa
looks-xml = plik XML
looks-json = plik JSON
looks-markdown = dokument Markdown
looks-text = plik tekstowy
looks-binary = plik binarny
error-not-a-map = To nie jest mapa Trailmap, tylko { $what }.
error-not-a-map-importable = To nie jest mapa Trailmap, tylko { $what }. Zaimportuj plik poleceniem Plik › Importuj…

## Import and data exports
cmd-import = Importuj…
cmd-import-tip = Utwórz nową mapę z arkusza (CSV, Excel) lub z podróży Mermaid
cmd-export-csv-tip = Karty jako tabela dla Excela, Numbers lub Arkuszy Google, jeden wiersz na kartę
cmd-export-tsv-tip = Karty jako tekst rozdzielany tabulatorami, jeden wiersz na kartę
cmd-export-xlsx-tip = Karty jako skoroszyt Excela, jeden wiersz na kartę
cmd-export-mermaid-tip = Podróż klienta jako diagram Mermaid dla wiki i Markdown
files-import-title = Importuj podróż klienta
files-filter-importable = Arkusze i pliki Mermaid
files-imported = { $cards ->
        [one] Zaimportowano { $path }: 1 karta
        [few] Zaimportowano { $path }: { $cards } karty
       *[many] Zaimportowano { $path }: { $cards } kart
    }
dialog-import = Importuj
dialog-import-failed-title = Nie można zaimportować pliku
dialog-import-failed-body = Nie można zaimportować pliku { $path }. Dotychczas otwarta mapa pozostaje otwarta.
dialog-import-warnings-title = Zaimportowano ze zmianami
dialog-import-warnings-body = { $count ->
        [one] Plik { $path } zaimportowano jako nową mapę, ale jedna rzecz się nie zmieściła:
        [few] Plik { $path } zaimportowano jako nową mapę, ale { $count } rzeczy się nie zmieściły:
       *[many] Plik { $path } zaimportowano jako nową mapę, ale { $count } rzeczy się nie zmieściło:
    }
export-data-sheet-note = Jeden wiersz na kartę, z etapem, wierszem mapy, personami, emocją i pozostałymi polami; Excel otworzy go od razu, a Plik › Importuj wczyta go z powrotem.
export-data-mermaid-note = Jedna sekcja na etap i jedno zadanie na kartę, z oceną według emocji; kolorów, wierszy i notatek podróż Mermaid nie zawiera.
error-export-xlsx = Nie można zapisać skoroszytu Excela: { $detail }
import-cut = zaimportowano tylko pierwsze { $kept } ({ $what }); pominięto kolejne { $dropped }.
import-cut-cards = karty
import-cut-stages = etapy
import-cut-lanes = wiersze
import-cut-personas = persony
import-cut-list-entries = pozycje listy
import-shortened = tekst skrócono do { $limit } znaków.
import-too-large = Plik ma { $size } MB, a Trailmap importuje pliki do { $limit } MB.
import-unknown-format = Trailmap nie rozpoznaje, jaki to plik ({ $what }). Importuje arkusze (.csv, .tsv, .txt, .xlsx) i podróże Mermaid (.mmd).
dialog-unsaved-before-import = „{ $file }” zawiera niezapisane zmiany. Zapisać je przed zaimportowaniem nowej mapy?

## Legend and title block

export-around = Wokół mapy
export-title-block = Blok tytułowy
export-title-block-tip = Nad mapą: jej tytuł i opis, pokazany widok (stan, filtr person, ukryte wiersze) i dzisiejsza data, w języku mapy
export-legend = Legenda person
export-legend-tip = Pod mapą: kolor i znaczek każdej persony jak na kartach, pełna nazwa i pierwszy wiersz opisu
export-includes-title = Nad mapą: { $title }, z opisem „{ $view }”
export-includes-legend = { $count ->
        [one] Pod mapą: legenda jednej persony
        [few] Pod mapą: legenda { $count } person
        [many] Pod mapą: legenda { $count } person
       *[other] Pod mapą: legenda { $count } persony
    }
export-includes-no-personas = Bez legendy: mapa nie ma person.
export-includes-map-only = Sama mapa, bez bloku tytułowego i legendy.
## Persona lanes
# A lane that belongs to a persona (src/app/inspector/lane_persona.rs, src/app/lane_personas.rs).
# $persona is a persona's name, $card a card's title, $others a list of persona names.
lane-persona-label = Wiersz dla persony
lane-persona-none = Brak (wszystkie persony)
lane-persona-tip = Nagłówek wiersza pokazuje znaczek persony, a każda karta utworzona w wierszu lub do niego przeniesiona dostaje tę personę. Krzywa emocji pokazuje krzywą persony. Karty, które już są w wierszu, zachowują swoje persony.
lane-persona-metrics = Wiersz wskaźników pokazuje lejek całego etapu, więc nie może należeć do jednej persony.
lane-persona-card-others = Ten wiersz jest dla persony { $persona }. Karta dotyczy też innych person: { $others }.
lane-persona-card-missing = Ten wiersz jest dla persony { $persona }, ale karta nie dotyczy persony { $persona }.
status-lane-persona-tagged = „{ $card }” dotyczy teraz persony { $persona }, persony swojego wiersza.
status-lane-persona-tagged-also = „{ $card }” dotyczy teraz persony { $persona }, persony swojego wiersza, i nadal dotyczy: { $others }.
status-lane-persona-new-card = Nowa karta dotyczy persony { $persona }, persony swojego wiersza.
status-lane-persona-tagged-cards = { $count ->
        [one] 1 karta dotyczy teraz persony { $persona }, persony swojego wiersza.
        [few] { $count } karty dotyczą teraz persony { $persona }, persony swojego wiersza.
       *[many] { $count } kart dotyczy teraz persony { $persona }, persony swojego wiersza.
    }
status-lane-persona-tagged-mixed = { $count ->
        [one] 1 karta dotyczy teraz persony swojego wiersza.
        [few] { $count } karty dotyczą teraz person swoich wierszy.
       *[many] { $count } kart dotyczy teraz person swoich wierszy.
    }
a11y-lane-persona = Dla persony { $persona }
error-lane-for-missing-persona = Wiersz { $from } „{ $name }” należy do persony { $id }, która nie istnieje. Usuń „persona” z wiersza lub dodaj personę.
template-classic-personas = Klasyczna podróż klienta, jeden wiersz na personę
## Import: Mermaid
import-mermaid-not-a-journey = To nie jest diagram Mermaid typu journey: zaczyna się od „{ $starts }”. Diagram podróży klienta zaczyna się od „journey”.
import-mermaid-empty = Plik nie zawiera diagramu Mermaid.
import-mermaid-not-utf8 = Tekst nie jest zapisany w UTF-8. Zapisz diagram w UTF-8 i zaimportuj go ponownie.
import-mermaid-unclosed-front-matter = Blok front matter zaczynający się od „---” nie jest nigdzie zamknięty przez „---”.
import-mermaid-journey-again = Ta linia znowu zaczyna się od „journey”. Mermaid czyta to słowo jako nagłówek diagramu, więc żadna nazwa zadania ani sekcji nie może się od niego zaczynać.
import-mermaid-unclosed-description = Blok „accDescr {"{"}”, który zaczyna się tutaj, nie jest nigdzie zamknięty przez „{"}"}”.
import-mermaid-task-without-score = Zadanie „{ $task }” nie ma oceny. Zapisz zadanie jako „{ $task }: 5: persona, persona”.
import-mermaid-score-without-task = Jest tu ocena bez nazwy zadania przed nią. Zapisz zadanie jako „nazwa: 5: persona, persona”.
import-mermaid-unexpected = Mermaid nie pozwala tu na „{ $found }”.
import-mermaid-score-not-a-number = Linia { $line }: ocena „{ $score }” zadania „{ $task }” nie jest liczbą; karta nie ma emocji.
import-mermaid-score-out-of-range = Linia { $line }: ocena { $score } zadania „{ $task }” wykracza poza zakres od 1 do 5; przyjęto { $used }.
import-mermaid-score-rounded = Linia { $line }: ocena { $score } zadania „{ $task }” nie jest liczbą całkowitą; przyjęto { $used }.
import-mermaid-ignored-text = Linia { $line }: pominięto „{ $text }” po personach zadania „{ $task }”.
import-mermaid-unclosed = Linia { $line }: „{ $opener }” nie jest nigdzie zamknięte, więc reszta pliku stała się jego częścią i została pominięta.
import-mermaid-more-warnings = { $count ->
        [one] Jeszcze 1 linia miała podobne ostrzeżenie.
        [few] Jeszcze { $count } linie miały podobne ostrzeżenia.
       *[many] Jeszcze { $count } linii miało podobne ostrzeżenia.
    }
## PowerPoint export
export-pptx-tip = Prezentacja, w której każda karta, nagłówek i strzałka to kształt do edycji i przesuwania
export-pptx-slides = Slajdy
export-pptx-slides-map = Jeden slajd z całą mapą
export-pptx-slides-stages = { $count ->
        [one] { $count } slajd: cała mapa
        [few] { $count } slajdy: cała mapa, potem po jednym na etap
       *[many] { $count } slajdów: cała mapa, potem po jednym na etap
    }
export-pptx-size = Rozmiar slajdu
export-pptx-size-wide = Panoramiczny 16:9
export-pptx-size-standard = Standardowy 4:3
export-pptx-size-a4 = A4 poziomo
export-pptx-note = Karty, nagłówki, krzywe i strzałki pozostają edytowalnymi kształtami w PowerPoincie, Keynote, Prezentacjach Google i Impressie; strzałki podążają za przesuwanymi kartami, a notatki z kart trafiają do notatek prelegenta.
export-pptx-error = Nie można utworzyć pliku PowerPoint ({ $detail }). To błąd w Trailmap; prosimy o zgłoszenie.
## Presentation and saved views
cmd-present = Prezentuj
cmd-present-tip = Pokaż podróż klienta na pełnym ekranie, etap po etapie; Esc kończy
cmd-next-stage = Następny etap
cmd-next-stage-tip = Podczas prezentacji: pokaż następny etap (działa też Page Down pilota)
cmd-previous-stage = Poprzedni etap
cmd-previous-stage-tip = Podczas prezentacji: pokaż poprzedni etap
cmd-first-stage = Pierwszy etap
cmd-first-stage-tip = Podczas prezentacji: wróć do pierwszego etapu
cmd-last-stage = Ostatni etap
cmd-last-stage-tip = Podczas prezentacji: przejdź do ostatniego etapu
cmd-save-view = Zapisz widok…
cmd-save-view-tip = Zachowaj w pliku mapy pod nazwą to, co mapa teraz pokazuje (podróż, persony, ukryte wiersze, wnioski, kolory działów)
present-hint = Etap { $number } z { $count }: { $stage }
present-persona = podróż: { $persona }
present-keys = W prawo lub Page Down: dalej · W lewo lub Page Up: wstecz · Esc: koniec
present-no-stages = Mapa nie ma etapów do zaprezentowania.
menu-saved-views = Zapisane widoki
menu-saved-views-tip = Pokaż mapę tak, jak pokazuje ją zapisany widok; wybór widoku niczego w mapie nie zmienia
menu-no-saved-views = Brak zapisanych widoków
menu-rename-view = Zmień nazwę widoku
menu-delete-view = Usuń widok
dialog-save-view-title = Zapisz widok
dialog-rename-view-title = Zmień nazwę widoku
dialog-view-name = Nazwa
dialog-view-name-empty = Nadaj widokowi nazwę.
dialog-view-name-taken = Inny widok nazywa się już „{ $name }”.
status-view-saved = Zapisano widok „{ $name }”.
status-view-shown = Pokazano widok „{ $name }”.
step-save-view = Zapisz widok
step-rename-view = Zmień nazwę widoku
step-delete-view = Usuń widok
error-view-shows-missing-persona = Zapisany widok { $from } „{ $name }” pokazuje personę { $id }, która nie istnieje. Usuń ją z „personas” widoku lub dodaj personę.
error-view-hides-missing-lane = Zapisany widok { $from } „{ $name }” ukrywa wiersz { $id }, który nie istnieje. Usuń go z „hidden_lanes” widoku.
error-view-defined-twice = Zapisany widok { $from } „{ $name }” jest zdefiniowany więcej niż raz. Nadaj jednemu z nich inny identyfikator.
error-view-name-too-long = Nazwa zapisanego widoku { $from } ma { $chars } znaków; dozwolone jest najwyżej { $max }.
error-view-list-too-long = Zapisany widok { $from } „{ $name }” wymienia { $count } person lub wierszy; najwyżej { $max }.
error-view-too-many = Mapa ma { $count } zapisanych widoków; Trailmap otwiera najwyżej { $max }.
step-edit-view = Edytuj widok
error-edit-missing-view = Zapisany widok { $id } już nie istnieje.
error-edit-view-exists = Zapisany widok { $id } już istnieje.
diff-view-added = Dodano zapisany widok { $name }
diff-view-removed = Usunięto zapisany widok { $name }
diff-view-renamed = Zmieniono nazwę zapisanego widoku { $old } na { $new }
diff-view-changed = Zmieniono zapisany widok { $name }
## Import: spreadsheets (src/app/sheet_words.rs)
import-sheet-at = { $place }: { $problem }
import-sheet-place-line = Linia { $line } pliku
import-sheet-place-row = Wiersz { $row }
import-sheet-place-cell = Wiersz { $row }, kolumna { $column }
import-sheet-place-sheet = Arkusz „{ $sheet }”
import-sheet-place-sheet-row = Arkusz „{ $sheet }”, wiersz { $row }
import-sheet-place-sheet-cell = Arkusz „{ $sheet }”, wiersz { $row }, kolumna { $column }
import-sheet-empty = Arkusz jest pusty.
import-sheet-unclosed-quote = W komórce ujętej w cudzysłów brakuje cudzysłowu zamykającego (otwierający jest w linii { $line } pliku). Dodaj brakujący " albo usuń otwierający.
import-sheet-nul-byte = Ta komórka zawiera bajt NUL: plik nie jest arkuszem tekstowym albo ma kodowanie, którego Trailmap nie odczytuje. Zapisz go jako „CSV UTF-8”.
import-sheet-unreadable = Nie można odczytać arkusza: { $detail }
import-sheet-missing-columns = { $count ->
        [one] W wierszu nagłówka brakuje kolumny { $columns }.
       *[other] W wierszu nagłówka brakuje kolumn { $columns }.
    } Każda karta potrzebuje etapu, wiersza i tytułu.
import-sheet-not-a-workbook = To nie jest skoroszyt Excela .xlsx ({ $detail }).
import-sheet-old-or-encrypted = To skoroszyt z Excela 97–2003 albo skoroszyt chroniony hasłem. Zapisz go w Excelu jako .xlsx bez hasła.
import-sheet-unpacks-too-large = Po rozpakowaniu skoroszyt ma { $size } MB; Trailmap odczytuje skoroszyty do { $limit } MB.
import-sheet-damaged = Skoroszyt jest uszkodzony lub niekompletny: { $detail }
import-sheet-bad-cell-reference = Skoroszyt jest uszkodzony: odwołuje się do „{ $reference }”, a takiej komórki nie ma w żadnym arkuszu.
import-sheet-no-such-sheet = Skoroszyt nie ma arkusza „{ $name }”. Jego arkusze to: { $sheets }.
import-sheet-not-a-worksheet = Arkusz „{ $sheet }” zawiera wykres lub makra, a nie komórki. Wybierz inny arkusz.
import-sheet-unknown-columns = { $more ->
        [0] Pominięto kolumny, których Trailmap nie zna: { $names }.
        [one] Pominięto kolumny, których Trailmap nie zna: { $names } i jeszcze 1 kolejną.
        [few] Pominięto kolumny, których Trailmap nie zna: { $names } i jeszcze { $more } kolejne.
       *[many] Pominięto kolumny, których Trailmap nie zna: { $names } i jeszcze { $more } kolejnych.
    }
import-sheet-repeated-columns = Pominięto kolumny, które drugi raz nazywają to samo pole: { $names }.
import-sheet-bad-value = { $place }: „{ $value }” nie jest poprawną wartością dla „{ $column }”, więc ją pominięto.
import-sheet-more-bad-values = { $count ->
        [one] Pominięto jeszcze 1 wartość.
       *[other] Pominięto jeszcze { $count } wartości.
    }
import-sheet-legacy-encoding = Plik nie jest zapisany w UTF-8; odczytano go jako { $encoding }. Jeśli litery wyglądają źle, zapisz go jako „CSV UTF-8” i zaimportuj ponownie.

## Close and start
cmd-close = Zamknij mapę
cmd-close-tip = Zamknij mapę i zostaw otwarte okno z możliwościami rozpoczęcia
files-closed = Zamknięto { $name }
start-heading = Żadna mapa nie jest otwarta
start-hint = Zacznij nową mapę z szablonu, otwórz istniejącą albo zaimportuj arkusz.
## Canvas for screen readers
a11y-stages = Etapy mapy
a11y-lane = Wiersz „{ $lane }”
a11y-arrows = Strzałki na mapie
a11y-unnamed = (bez nazwy)
a11y-none = brak
a11y-all-personas = wszystkie persony
a11y-card-description = Etap: { $stage }. Wiersz: { $lane }. Persony: { $personas }. Emocja: { $emotion }. Właściciel: { $owner }.
a11y-card-picture = Obraz: { $alt }.
a11y-picture-no-alt = brak opisu
a11y-emotion-point = Punkt emocji karty „{ $card }”: { $score }
a11y-arrow = Strzałka od „{ $from }” do „{ $to }”
## Rough edges
status-deleted-stage-with-cards = { $count ->
        [one] Usunięto etap „{ $name }” i jego kartę – { $undo } ją przywróci
        [few] Usunięto etap „{ $name }” i jego { $count } karty – { $undo } je przywróci
       *[many] Usunięto etap „{ $name }” i jego { $count } kart – { $undo } je przywróci
    }
status-deleted-lane-with-cards = { $count ->
        [one] Usunięto wiersz „{ $name }” i jego kartę – { $undo } ją przywróci
        [few] Usunięto wiersz „{ $name }” i jego { $count } karty – { $undo } je przywróci
       *[many] Usunięto wiersz „{ $name }” i jego { $count } kart – { $undo } je przywróci
    }
status-deleted-rows-with-cards = { $count ->
        [one] Usunięto etapy i wiersze ({ $rows }) oraz ich kartę – { $undo } je przywróci
        [few] Usunięto etapy i wiersze ({ $rows }) oraz ich { $count } karty – { $undo } je przywróci
       *[many] Usunięto etapy i wiersze ({ $rows }) oraz ich { $count } kart – { $undo } je przywróci
    }
inspector-width = Szerokość inspektora

## Keyboard: menu bar, item menus and dialogs
cmd-focus-menu-bar = Pasek menu
cmd-focus-menu-bar-tip = Przejdź do paska menu i otwórz menu Plik: klawisze strzałek przechodzą przez menu, Enter wybiera pozycję, Esc zamyka
cmd-context-menu = Menu kontekstowe
cmd-context-menu-tip = Otwórz przy zaznaczonym elemencie jego menu, to samo co po kliknięciu prawym przyciskiem: klawisze strzałek przechodzą przez nie, Enter wybiera pozycję, Esc zamyka
key-menu = Klawisz menu

## Pictures
lane-kind-storyboard = Storyboard
picture-property = Obraz
picture-value = obraz { $key }
picture-field-alt = Tekst alternatywny
picture-error-too-many = { $count ->
        [one] Mapa ma { $count } obraz; Trailmap otwiera najwyżej { $max }.
        [few] Mapa ma { $count } obrazy; Trailmap otwiera najwyżej { $max }.
       *[many] Mapa ma { $count } obrazów; Trailmap otwiera najwyżej { $max }.
    }
picture-error-too-large = Obrazy mapy zajmują { $mb } MB; Trailmap otwiera najwyżej { $max } MB.
picture-error-missing = Punkt styku { $card } „{ $name }” pokazuje obraz { $key }, którego brakuje w pliku. Karta pokazuje pustą ramkę; dodaj obraz ponownie.
picture-error-unreadable = Obraz { $key } punktu styku { $card } „{ $name }” jest uszkodzony: jego dane nie są czytelnym plikiem PNG ani JPEG. Dodaj obraz ponownie.
picture-error-size-differs = Obraz { $key } punktu styku { $card } „{ $name }” jest uszkodzony: plik podaje { $width }×{ $height } pikseli, a jego dane mają { $found_width }×{ $found_height }. Dodaj obraz ponownie.
picture-error-bad-size = Obraz { $key } punktu styku { $card } „{ $name }” ma { $width }×{ $height } pikseli; obraz ma od 1 do { $max } pikseli na bok. Dodaj obraz ponownie.
picture-edit-missing = Obrazu { $key } nie ma w tej mapie.
picture-edit-in-use = Obraz { $key } jest nadal pokazany na karcie.
picture-edit-no-picture = Punkt styku { $card } nie ma obrazu.
picture-limit-count = { $count ->
        [one] Mapa ma już { $count } obraz; mapa mieści najwyżej { $max }. Najpierw usuń obraz.
        [few] Mapa ma już { $count } obrazy; mapa mieści najwyżej { $max }. Najpierw usuń obraz.
       *[many] Mapa ma już { $count } obrazów; mapa mieści najwyżej { $max }. Najpierw usuń obraz.
    }
picture-limit-bytes = Z tym obrazem obrazy mapy zajęłyby { $mb } MB; mapa mieści najwyżej { $max } MB. Najpierw usuń obraz.
picture-import-empty = Plik jest pusty.
picture-import-not-a-picture = Plik nie jest obrazem. Trailmap czyta pliki PNG, JPEG, WebP, GIF i SVG.
picture-import-unsupported = Nie można dodać obrazów { $format }. Zapisz obraz jako PNG lub JPEG i dodaj go ponownie.
picture-import-damaged = Obraz { $format } jest uszkodzony lub niekompletny.
picture-import-too-many-pixels = Obraz ma { $width }×{ $height } pikseli; Trailmap czyta najwyżej { $max_side } pikseli na bok i { $megapixels } megapikseli. Zmniejsz go i dodaj ponownie.
picture-import-file-too-large = Plik ma { $mb } MB; Trailmap czyta obrazy do { $max } MB.

## Pictures (window)
picture-added = Dodano obraz.
picture-removed = Usunięto obraz.
picture-not-added = Nie dodano obrazu: { $reason }
picture-read-failed = Nie dodano obrazu: { $reason } { $path }
picture-drop-where = Upuść obraz na kartę albo na wolne miejsce komórki, aby utworzyć nową kartę.
picture-dropped-several = Dodano tylko pierwszy plik; upuszczaj obrazy pojedynczo.
picture-paste-where = Zaznacz kartę lub komórkę, do której chcesz wkleić obraz.
files-picture-title = Wybierz obraz
files-filter-pictures = Obrazy (PNG, JPEG, WebP, GIF, SVG)
dialog-add-picture = Dodaj obraz
inspector-picture = Obraz
inspector-add-picture = Dodaj obraz…
inspector-add-picture-tip = Umieść na tej karcie zrzut ekranu, reklamę lub zdjęcie (PNG, JPEG, WebP, GIF lub SVG). Możesz też upuścić plik na kartę albo wkleić zrzut ekranu skrótem Ctrl+V.
inspector-replace-picture = Zastąp…
inspector-replace-picture-tip = Wybierz inny obraz dla tej karty
inspector-remove-picture = Usuń obraz
inspector-picture-alt = Tekst alternatywny (dla czytników ekranu)
inspector-picture-alt-tip = Co przedstawia obraz, dla osób, które go nie widzą. Używają go także eksporty.
inspector-picture-aspect = Proporcje
inspector-aspect-original = Oryginalne
inspector-picture-missing = Brak obrazu w pliku mapy lub jest uszkodzony. Dodaj go ponownie.
step-edit-alt-text = Edycja tekstu alternatywnego
inspector-picture-aspect-tip = Jak karta przycina obraz: obraz wypełnia szerokość karty w tych proporcjach.
menu-rows = Grupowanie wierszy
rows-lanes = Jak narysowano
rows-personas = Według persony
rows-channels = Według kanału
rows-lanes-tip = Wiersze tak, jak są narysowane na mapie.
rows-personas-tip = Jeden wiersz na personę i jeden dla kart bez persony; karta dla dwóch person jest w obu wierszach. Pozostałe wiersze zostają poniżej, jak narysowano. Przeciągnięcie karty do innego wiersza zmienia jej persony.
rows-channels-tip = Jeden wiersz na kanał, według kanału karty lub jej wiersza. Pozostałe wiersze zostają poniżej, jak narysowano. Przeciągnięcie karty do innego wiersza zmienia jej kanał.
pivot-all-personas = Wszystkie persony
pivot-no-channel = Bez kanału
pivot-place = { $row }, etap { $stage }
status-pivot-persona = Przeniesiono do: { $place }; persona zmieniona z { $from } na { $to }
status-pivot-channel = Przeniesiono do: { $place }; kanał zmieniony z { $from } na { $to }
status-pivot-stage = Przeniesiono do etapu { $stage }
status-pivot-no-channel = Karta w wierszu z kanałem zawsze ma kanał: zmień zamiast tego kanał wiersza w inspektorze.
status-pivot-no-lane = Żaden pokazany tu wiersz nie może przyjąć nowej karty: wybierz Widok › Wiersze › Jak narysowano i dodaj ją w wierszu.
