# Trailmap's window in English, the fallback for every other language.
# Ids are grouped by where the words appear. Keyboard shortcuts are the same in every language.

## Menus

menu-file = File
menu-edit = Edit
menu-view = View
menu-insert = Insert
menu-help = Help
menu-new-from-example = New from Example
menu-open-recent = Open Recent
menu-clear-recent = Clear Recent
menu-export = Export
menu-lanes = Lanes
menu-unnamed-lane = (unnamed lane)
menu-show-all-lanes = Show All Lanes
menu-journey = Journey
menu-personas = Personas
menu-everyone = Everyone
menu-persona-filter-tip = Dim the cards of other personas; one emotion curve each
menu-colour-by-owner = Colour by owner
menu-colour-by-owner-tip = Colour cards by the department that owns them, with a legend
menu-footnotes = Notes as footnotes
menu-footnotes-tip = Number the cards that have notes and list the notes under the map
menu-lane = Lane
menu-language = Language
menu-language-system = System language ({ $language })
menu-language-tip = The language of menus, panels and messages; the map keeps its own language

## Commands: menu entries, the shortcut list and their tooltips

cmd-new = New
cmd-new-tip = Start a journey map with the classic five stages
cmd-open = Open…
cmd-open-tip = Open a .journey.ron file
cmd-save = Save
cmd-save-tip = Save the map to its file
cmd-save-as = Save As…
cmd-save-as-tip = Save the map under a new name
cmd-export = Export as { $format }…
cmd-export-svg-tip = A vector picture for slides, the web and design tools
cmd-export-png-tip = A picture for chat, e-mail and documents
cmd-export-pdf-tip = A document to print or send
cmd-quit = Quit
cmd-quit-tip = Close Trailmap
cmd-undo = Undo
cmd-undo-step = Undo { $step }
cmd-undo-tip = Undo the last change
cmd-redo = Redo
cmd-redo-step = Redo { $step }
cmd-redo-tip = Redo the last undone change
cmd-cut = Cut
cmd-cut-tip = Copy the selected cards and remove them
cmd-copy = Copy
cmd-copy-tip = Copy the selected cards (paste them into any map)
cmd-paste = Paste
cmd-paste-tip = Paste cards, or one card per line of text, into the selected cell
cmd-duplicate = Duplicate
cmd-duplicate-tip = Copy the selected cards in place
cmd-delete = Delete
cmd-delete-tip = Delete the selection
cmd-select-all = Select All
cmd-select-all-tip = Select every card
cmd-deselect = Deselect / cancel
cmd-deselect-tip = Clear the selection, or cancel a drag or an edit
cmd-rename = Edit title
cmd-rename-tip = Edit the selected card's title on the canvas
cmd-select-card = { $direction ->
        [left] Select previous card
        [right] Select next card
        [up] Select card above
       *[down] Select card below
    }
cmd-select-card-tip = On the canvas: select the neighbouring card (left and right along the lanes, up and down the stage); while presenting, left and right show the previous and next stage
cmd-select-header = { $direction ->
        [left] Select stage on the left
        [right] Select stage on the right
        [up] Select lane above
       *[down] Select lane below
    }
cmd-select-header-tip = On the canvas: select a neighbouring stage or lane header (Enter renames it)
cmd-move-card-left = Move card left
cmd-move-card-left-tip = Move the selected card to the stage on the left
cmd-move-card-right = Move card right
cmd-move-card-right-tip = Move the selected card to the stage on the right
cmd-move-card-up = Move card up
cmd-move-card-up-tip = Move the selected card to the lane above
cmd-move-card-down = Move card down
cmd-move-card-down-tip = Move the selected card to the lane below
cmd-zoom-in = Zoom In
cmd-zoom-in-tip = Zoom in
cmd-zoom-out = Zoom Out
cmd-zoom-out-tip = Zoom out
cmd-zoom-reset = Actual Size (100 %)
cmd-zoom-reset-tip = Show the map at its real size
cmd-zoom-fit = Fit Map in Window
cmd-zoom-fit-tip = Zoom so the whole map fits the window
cmd-toggle-inspector = Inspector
cmd-toggle-inspector-tip = Show or hide the inspector panel
cmd-toggle-insights = Insights
cmd-toggle-insights-tip = Mark campaign overlaps, and gaps for the chosen personas, and list them in a panel
cmd-insert-stage = Stage
cmd-insert-stage-tip = Add a stage after the selected one
cmd-insert-lane = { $kind } lane
cmd-insert-lane-tip = Add a lane below the selected one
cmd-insert-touchpoint = Touchpoint
cmd-insert-touchpoint-tip = Add a card to the selected cell
cmd-insert-persona = Persona
cmd-insert-persona-tip = Add a persona to the map
cmd-connect = Connect to…
cmd-connect-tip = Draw an arrow from the selected card: the arrow keys pick the target card, Enter draws the arrow, Esc cancels
canvas-connect-to = Connect to…
status-connect-hint = Pick the card the arrow points to with the arrow keys, then press Enter (Esc cancels)
status-connected = Arrow drawn — Ctrl+Z takes it back
cmd-show-shortcuts = Keyboard Shortcuts
cmd-show-shortcuts-tip = List every keyboard shortcut
cmd-about = About Trailmap
cmd-about-tip = What Trailmap is

## Status bar

status-not-saved-yet = Not saved yet
status-unsaved = unsaved changes
status-saved = saved
status-view-tip = What the map shows: View > Journey and View > Personas
status-zoom-tip = Zoom (Ctrl+scroll, Ctrl +/-, Ctrl+0 fits)
status-counts = { $stages ->
        [one] 1 stage
       *[other] { $stages } stages
    } · { $lanes ->
        [one] 1 lane
       *[other] { $lanes } lanes
    } · { $touchpoints ->
        [one] 1 touchpoint
       *[other] { $touchpoints } touchpoints
    }
status-selected = { $count } selected
status-copied = { $count ->
        [one] Copied 1 card
       *[other] Copied { $count } cards
    }
status-pasted = { $count ->
        [one] Pasted 1 card
       *[other] Pasted { $count } cards
    }
status-nothing-to-paste = Nothing to paste
status-paste-needs-cell = Add a stage and a lane before pasting cards
status-refused = Could not do that: { $reason }
status-undo-failed = Could not undo: { $reason }
status-redo-failed = Could not redo: { $reason }
status-waiting-for-dialog = Choose a file in the file dialog…
window-untitled = Untitled

## Names of the map's kinds of things

lane-kind-channel = Channel
lane-kind-text = Text
lane-kind-emotion = Emotion curve
lane-kind-pain-points = Pain points
lane-kind-opportunities = Opportunities
lane-kind-owners = Owners
lane-kind-metrics = Metrics
lane-kind-backstage = Backstage

channel-website = Website
channel-mobile = Mobile
channel-app = App
channel-email = E-mail
channel-social = Social media
channel-ads = Ads
channel-store = Store
channel-live-chat = Live chat
channel-phone = Phone
channel-word-of-mouth = Word of mouth
channel-other = Other

card-state-both = Current and future
card-state-current = Current only (removed)
card-state-future = Future only (new)

state-view-current = Current state
state-view-future = Future state
state-view-compare = Compare current and future

future-field-title = Title
future-field-customer-action = Customer action
future-field-business-response = Business response
future-field-owner = Owner
future-field-emotion = Emotion
future-field-campaigns = Campaigns

emotion-very-unhappy = very unhappy
emotion-unhappy = unhappy
emotion-neutral = neutral
emotion-happy = happy
emotion-delighted = delighted

## Undo steps ("Undo Move touchpoint")

step-add-connector = Add connector
step-add-lane = Add lane
step-add-persona = Add persona
step-add-stage = Add stage
step-add-touchpoint = Add touchpoint
step-change-map-language = Change map language
step-delete-connector = Delete connector
step-delete-lane = Delete lane
step-delete-persona = Delete persona
step-delete-stage = Delete stage
step-delete-touchpoint = Delete touchpoint
step-edit = Edit
step-edit-connector = Edit connector
step-edit-lane = Edit lane
step-edit-map-description = Edit map description
step-edit-persona = Edit persona
step-edit-stage = Edit stage
step-edit-touchpoint = Edit touchpoint
step-move-lane = Move lane
step-move-stage = Move stage
step-move-touchpoint = Move touchpoint
step-rename-map = Rename map
step-change-emotion = Change emotion
step-edit-title = Edit title
step-resize-stage = Resize stage
step-edit-arrow = Edit arrow
step-edit-business-response = Edit business response
step-edit-campaigns = Edit campaigns
step-edit-colour = Edit colour
step-edit-customer-action = Edit customer action
step-edit-emotion = Edit emotion
step-edit-figures = Edit figures
step-edit-future-action = Edit future action
step-edit-future-emotion = Edit future emotion
step-edit-future-owner = Edit future owner
step-edit-future-response = Edit future response
step-edit-future-title = Edit future title
step-edit-notes = Edit notes
step-edit-owner = Edit owner
step-edit-tags = Edit tags

## Errors: why a file, a change, a save or an export failed (src/app/error_words.rs)
# Selector keys: $what and $kind are stage, lane, touchpoint, persona, connector (or map);
# $expected and $found are integer, number, text, boolean, list, block, choice, name,
# optional, nothing (or other); $within is stages, lanes, personas or cell.
error-at = Line { $line }, column { $column }: { $problem }
error-syntax-empty = The file is empty. A map file starts with “(format: 1,”.
error-syntax-not-text = The file is not text. Is it really a map file?
error-syntax-format-zero = There is no format 0; the first version is 1. Correct the number after “format:”.
error-syntax-too-deep = The file nests deeper than any map does, so it cannot be a map file.
error-syntax-unexpected-end = The file ends too early. Was it cut off when it was copied or saved?
error-syntax-expected = “{ $symbol }” is missing here.
error-syntax-expected-value = { $expected ->
    [integer] A whole number belongs here.
    [number] A number belongs here.
    [text] A text in quotes belongs here.
    [boolean] “true” or “false” belongs here.
    [list] A list in [ ] belongs here.
    [block] A block in ( ) belongs here.
    [choice] One of the allowed names belongs here.
    [name] A name belongs here.
    [optional] “Some(…)” or “None” belongs here.
    [nothing] “()” belongs here.
   *[other] A different kind of value belongs here.
}
error-syntax-wrong-type = { $expected ->
    [integer] A whole number belongs here
    [number] A number belongs here
    [text] A text in quotes belongs here
    [boolean] “true” or “false” belongs here
    [list] A list in [ ] belongs here
    [block] A block in ( ) belongs here
    [choice] One of the allowed names belongs here
    [name] A name belongs here
    [optional] “Some(…)” or “None” belongs here
    [nothing] “()” belongs here
   *[other] A different kind of value belongs here
}, but the file has { $found ->
    [integer] a whole number
    [number] a number
    [text] a text
    [boolean] true or false
    [list] a list
    [block] a block
    [choice] a name
    [name] a name
    [optional] an optional value
    [nothing] “()”
   *[other] something else
}.
error-syntax-number-out-of-range = This number is too large or too small for the field.
error-syntax-wrong-length = The list here has { $found ->
    [one] one entry
   *[other] { $found } entries
}, which is not what the field takes.
error-syntax-unknown-field = There is no field “{ $field }” here. Check the spelling; the fields are: { $allowed }.
error-syntax-unknown-choice = “{ $name }” is not allowed here. Choose one of: { $allowed }.
error-syntax-missing-field = The field “{ $field }” is missing here. Add it.
error-syntax-duplicate-field = The field “{ $field }” is written twice. Remove one of them.
error-syntax-unexpected-char = The character “{ $char }” does not belong here.
error-syntax-trailing-text = There is more text after the end of the map. Remove it.
error-syntax-bad-color = “{ $text }” is not a colour. Write it as "#RRGGBB" or "#RRGGBBAA", for example "#3B82F6".
error-syntax-other = The file cannot be read here: { $detail }
error-newer-format = The file was saved by a newer Trailmap (format { $found }); this version reads format { $supported } and older. Update Trailmap to open it.
error-too-large = The file is { $size } MB, but a map file is at most { $limit } MB. Is it really a map file?
error-unreadable-not-found = The file does not exist. Was it moved, renamed or deleted?
error-unreadable-permission = You may not read this file. Check its permissions.
error-unreadable-folder = This is a folder, not a map file.
error-unreadable = The file could not be read: { $detail }
error-too-many = The map has { $count } { $what ->
    [stage] stages
    [lane] lanes
    [persona] personas
    [connector] arrows
   *[touchpoint] touchpoints
}; Trailmap opens at most { $max }.
error-field-title = Title
error-field-description = Description
error-field-name = Name
error-field-customer-action = Customer action
error-field-business-response = Business response
error-field-owner = Owner
error-field-notes = Notes
error-field-campaigns = Campaigns
error-field-tags = Tags
error-field-personas = Personas
error-field-persona-emotions = Emotion per persona
error-field-label = Label
error-field-future = { $field } (future state)
error-text-too-long = The field “{ $field }” has { $chars } characters; at most { $max } are allowed. Shorten the text.
error-list-too-long = The touchpoint { $card } “{ $name }” has { $count } entries in “{ $field }”; at most { $max } are allowed.
error-language-too-long = The map's language must be a short tag such as “en” or “de”.
error-duplicate-id = { $kind ->
    [stage] The stage id { $id }
    [lane] The lane id { $id }
    [persona] The persona id { $id }
    [connector] The arrow id { $id }
   *[touchpoint] The touchpoint id { $id }
} is used more than once. Give each item its own id.
error-stage-width = The stage { $stage } “{ $name }” is { $width } wide; a stage must be { $min } to { $max } wide.
error-card-in-missing-stage = The touchpoint { $from } “{ $name }” is in stage { $id }, which does not exist. Correct the stage or add it.
error-card-in-missing-lane = The touchpoint { $from } “{ $name }” is in lane { $id }, which does not exist. Correct the lane or add it.
error-card-names-missing-persona = The touchpoint { $from } “{ $name }” is for persona { $id }, which does not exist. Remove it from “personas” or add the persona.
error-card-scores-missing-persona = The touchpoint { $from } “{ $name }” scores the emotion of persona { $id }, which does not exist. Remove the score or add the persona.
error-connector-to-missing-card = The arrow { $from } points at touchpoint { $id }, which does not exist. Remove the arrow or correct its end.
error-emotion-out-of-range = The touchpoint { $card } “{ $name }” has emotion { $value }; a score must be from { $min } to +{ $max }.
error-persona-emotion-out-of-range = The touchpoint { $card } “{ $name }” has emotion { $value } for persona { $persona }; a score must be from { $min } to +{ $max }.
error-future-emotion-out-of-range = The touchpoint { $card } “{ $name }” has future emotion { $value }; a score must be from { $min } to +{ $max }.
error-connector-loop = The arrow { $connector } starts and ends at touchpoint { $card }. An arrow joins two different touchpoints.
error-cards-unsorted = The touchpoints are not sorted by id. This is a bug in Trailmap; please report it.
error-cell-misnumbered = The touchpoints in stage { $stage }, lane { $lane } are not numbered in order. This is a bug in Trailmap; please report it.
error-save-encode = The map could not be written as a file ({ $detail }). This is a bug in Trailmap; please report it.
error-save-no-folder = The folder does not exist. Choose another folder: { $path }
error-save-permission = You may not write to this folder. Choose another folder: { $path }
error-save-read-only = The disk is read-only. Choose another folder: { $path }
error-save-disk-full = The disk is full. Free some space or choose another disk: { $path }
error-save-is-folder = There is a folder with this name. Choose another name: { $path }
error-save-io = Could not write the file ({ $detail }): { $path }
error-edit-missing = { $kind ->
    [stage] Stage { $id } no longer exists.
    [lane] Lane { $id } no longer exists.
    [persona] Persona { $id } no longer exists.
    [connector] Arrow { $id } no longer exists.
   *[touchpoint] Touchpoint { $id } no longer exists.
}
error-edit-duplicate = { $kind ->
    [stage] Stage { $id } already exists.
    [lane] Lane { $id } already exists.
    [persona] Persona { $id } already exists.
    [connector] Arrow { $id } already exists.
   *[touchpoint] Touchpoint { $id } already exists.
}
error-edit-position = Position { $index } is outside { $within ->
    [stages] the stages
    [lanes] the lanes
    [personas] the personas
    [views] the saved views
   *[cell] the cell
} (there are { $len }).
error-edit-text-too-long = “{ $field }” may be at most { $max } characters long.
error-edit-list-too-long = A touchpoint holds at most { $max } entries in “{ $field }”.
error-edit-emotion = Emotion { $value } is outside the scale from { $min } to +{ $max }.
error-edit-stage-width = A stage is { $min } to { $max } wide.
error-edit-language = A language is a short tag such as “en” or “de”.
error-edit-connector-loop = An arrow needs two different touchpoints.
error-export-unsupported = “.{ $extension }” is not a format Trailmap can export. End the file name in .svg, .png or .pdf: { $path }
error-export-no-extension = The file name has no extension, so the format is unknown. End it in .svg, .png or .pdf: { $path }
error-export-scale = The PNG scale must be between 1 and 4, not { $scale }.
error-export-margin = The margin must be between 0 and { $max } map units, not { $margin }.
error-export-no-size = The map has no drawable size ({ $width } × { $height }). This is a bug in Trailmap; please report it.
error-export-too-large = A PNG of { $width } × { $height } pixels is too large to make (at most { $max } million pixels). Choose a smaller scale, or export SVG or PDF, which have no size limit.
error-export-font = The bundled font { $font } could not be read. Reinstall Trailmap.
error-export-svg = Could not read back the SVG drawn for the map ({ $detail }). This is a bug in Trailmap; please report it.
error-export-png = Could not encode the PNG: { $detail }
error-export-pdf = Could not make the PDF: { $detail }
## Files: opening, saving, file dialogs, dropped files, recent files, the blank map

files-new-map = New map
files-opened-example = Opened the { $example }
files-opened = Opened { $path }
files-saved = Saved { $path }
files-save-failed-title = Could not save
files-open-title = Open journey map
files-save-as-title = Save journey map as
files-export-title = Export map
files-filter-maps = Journey maps
files-filter-all = All files
files-no-system-dialog = No system file dialog is available here (it needs the XDG desktop portal or zenity). Type the path instead.
files-dialog-could-not-start = The file dialog could not start ({ $reason }). Type the path instead.
files-system-dialog-did-not-open = The system file dialog did not open (no XDG desktop portal or zenity?). Type the path instead.
files-dropped-several = Several files dropped: opened the first (Trailmap shows one map at a time)
files-recent-store-failed-at = Could not remember recent files ({ $reason }): { $path }
files-recent-store-failed = Could not remember recent files: { $reason }

## Example maps (File > New from Example); the language in brackets is the map's own

example-online-shop = Online shop (English)
example-b2b-software = B2B software (Deutsch)
example-home-furnishing = Home furnishing (Svenska)
example-mobile-operator = Mobile operator (Norsk)
example-online-groceries = Online groceries (Polski)

## Dialogs: unsaved changes, notices, typed path, About, the shortcut list

dialog-unsaved-title = Save changes?
dialog-unsaved-before-closing = “{ $file }” has changes that are not saved. Save them before closing?
dialog-unsaved-before-new = “{ $file }” has changes that are not saved. Save them before starting a new map?
dialog-unsaved-before-open = “{ $file }” has changes that are not saved. Save them before opening another map?
dialog-save = Save
dialog-dont-save = Don't save
dialog-cancel = Cancel
dialog-ok = OK
dialog-open = Open
dialog-export = Export
dialog-load-failed-title = Could not open the map
dialog-load-failed-body = { $path } could not be opened. The map that was open stays open.
dialog-export-to-file-title = Export to file
dialog-file-path = File path:
dialog-about-version = Version { $version }
dialog-about-text = A local-first editor for customer journey maps: stages, lanes, touchpoints, personas and emotions, saved as readable .journey.ron files.
dialog-about-fonts = Text is set in Noto Sans and Noto Emoji (SIL Open Font License 1.1).
dialog-shortcuts-title = Keyboard shortcuts
dialog-shortcuts-either = { $first }  or  { $second }
dialog-gesture-pan = Pan
dialog-gesture-pan-how = Scroll / middle-drag / Space+drag
dialog-gesture-zoom = Zoom around the pointer
dialog-gesture-zoom-how = Ctrl+scroll
dialog-gesture-add-to-selection = Add to or remove from the selection
dialog-gesture-add-to-selection-how = Shift+click / Ctrl+click
dialog-gesture-select-area = Select cards in an area
dialog-gesture-select-area-how = Drag on empty canvas
dialog-gesture-new-card = New card
dialog-gesture-new-card-how = Double-click an empty cell
dialog-gesture-edit-title = Edit a card's title
dialog-gesture-edit-title-how = Double-click the card
dialog-gesture-move-cards = Move cards
dialog-gesture-move-cards-how = Drag them (Esc cancels)
dialog-gesture-reorder = Reorder stages or lanes
dialog-gesture-reorder-how = Drag their header
dialog-gesture-resize-stage = Resize a stage
dialog-gesture-resize-stage-how = Drag its right border
dialog-gesture-connect = Connect two cards
dialog-gesture-connect-how = Drag from the round handle on a card's edge
dialog-gesture-emotion = Change an emotion score
dialog-gesture-emotion-how = Drag the curve's point

## Export dialog

export-title = Export as { $format }
export-shows = What the file shows
export-shows-note = As the map is shown now; changes here apply to this export only.
export-journey = Journey
export-personas = Personas
export-each-persona-in-turn = Each persona in turn
export-persona-filter-tip = The persona filter of View > Personas
export-each-persona = One file per persona
export-each-persona-tip = One file for each persona of the map, each with only that persona's cards bright and their emotion curve
export-each-persona-names = { $personas ->
        [one] { $file } becomes { $example }
       *[other] { $file } becomes { $example }, …
    }
export-extras = Extras
export-insights-tip = Campaign overlaps, and gaps for the chosen personas
export-colour-by-owner-tip = Cards coloured by owning department, with a legend
export-footnotes-tip = Numbered notes listed under the map
export-leave-out-hidden = { $count ->
        [one] Leave out the hidden lane
       *[other] Leave out the { $count } hidden lanes
    }
export-scale = Scale
export-scale-tip = Pixels per map unit
export-pixel-size = { $width } × { $height } px
export-text = Text
export-text-shapes = Shapes
export-text-shapes-tip = Looks right in PowerPoint, Keynote and Word
export-text-selectable = Selectable text
export-text-selectable-tip = Searchable and editable; needs a viewer that reads embedded fonts
export-paper = Paper
export-paper-fit = As large as the map
export-paper-a4 = A4 landscape
export-paper-a3 = A3 landscape
export-paper-letter = US Letter landscape
export-background = Background
export-background-white = White
export-background-transparent = Transparent
export-margin = Margin
export-margin-tip = Space around the map (default { $default })
export-go = Export…
export-exporting = Exporting { $path }…
export-could-not-start = Could not start the export: { $reason }
export-stopped-unexpectedly = The export stopped unexpectedly.
export-done = Exported { $path } ({ $kilobytes } KB)
export-done-files = Exported { $count } files ({ $kilobytes } KB): { $files }
export-failed-title = Could not export
export-nothing-written = Nothing was written.
export-written-before-stop = Written before it stopped: { $files }.

## Names of new things

new-stage-name = New stage
new-persona-name = New persona

## Canvas: context menus, the title editor, accessible names

canvas-label = Journey map
canvas-card-title-hint = Card title
canvas-revert-title-failed = Could not revert the title: { $reason }
canvas-edit-details = Edit details…
canvas-edit-details-tip = Every field in the inspector
canvas-colour = Colour
canvas-colour-default = Default
canvas-rename = Rename…
canvas-insert-stage-before = Insert stage before
canvas-insert-stage-after = Insert stage after
canvas-delete-stage = Delete stage
canvas-lane-kind = Lane kind
canvas-insert-lane-above = Insert lane above
canvas-insert-lane-below = Insert lane below
canvas-hide-lane = Hide lane
canvas-hide-lane-tip = View > Lanes shows it again
canvas-delete-lane = Delete lane
canvas-edit-label = Edit label…
canvas-delete-arrow = Delete arrow
canvas-add-touchpoint-here = Add touchpoint here
canvas-add-stage = Add stage
canvas-add-lane = Add lane

## Key names in shortcuts (as this language's keyboards label them)

key-ctrl = Ctrl
key-shift = Shift
key-alt = Alt
key-delete = Delete
key-backspace = Backspace
key-enter = Enter
key-escape = Esc
## Inspector

inspector-map = Map
inspector-title = Title
inspector-description = Description
inspector-map-language = Language
inspector-map-language-tip = How numbers are written on the map (1,234 or 1 234)
inspector-personas = Personas
inspector-no-personas = No personas yet. A persona is a kind of customer the journey is drawn for.
inspector-unnamed-persona = (unnamed)
inspector-edit-persona-tip = Edit this persona
inspector-add-persona = Add persona
inspector-map-hint = Select a card, stage or lane on the map to edit it here. Double-click an empty cell to add a card.
inspector-persona = Persona
inspector-back-to-personas = Back to all personas
inspector-name = Name
inspector-colour = Colour
inspector-persona-description = Who they are
inspector-persona-used = { $count ->
        [one] Named on 1 card.
       *[other] Named on { $count } cards.
    }
inspector-delete-persona = Delete persona
inspector-delete-persona-tip = Remove the persona and every card's reference to it
inspector-touchpoint = Touchpoint
inspector-customer-action = Customer action
inspector-business-response = Business response
inspector-no-map-personas = The map has no personas (add them with nothing selected).
inspector-no-persona-ticked = None ticked: the card concerns every persona.
inspector-emotion = Emotion
inspector-emotion-tip = How the customer feels here, from −2 to +2
inspector-emotion-score-tip = Emotion score
inspector-owner = Owner
inspector-campaigns = Campaigns
inspector-campaigns-hint = Spring sale, Newsletter
inspector-tags = Tags
inspector-tags-hint = mobile, checkout
inspector-reached = Reached
inspector-reached-tip = Reached: customers
inspector-converted = Converted
inspector-converted-tip = Converted: customers
inspector-card-colour = Card colour
inspector-notes = Notes
inspector-journey = Journey
inspector-journey-tip = Whether the card is part of today's journey, the target one, or both
inspector-channel = Channel
inspector-same-as-lane = Same as the lane
inspector-persona-emotions = Emotion per persona
inspector-persona-emotions-hint = Where a persona feels differently from the card's emotion.
inspector-persona-emotion-tip = { $persona }'s emotion
inspector-in-future = In the future journey
inspector-in-future-hint = Tick what changes in the target journey.
inspector-future-title = Future title
inspector-future-customer-action = Future customer action
inspector-future-business-response = Future business response
inspector-future-owner = Future owner
inspector-future-emotion-tip = Emotion in the future journey
inspector-arrows = Arrows
inspector-arrow-to = to “{ $card }”
inspector-arrow-to-labelled = to “{ $card }”: { $label }
inspector-arrow-from = from “{ $card }”
inspector-arrow-from-labelled = from “{ $card }”: { $label }
inspector-edit-arrow-tip = Edit this arrow
inspector-added = Added
inspector-added-detail = New in the future journey; not part of today's.
inspector-removed = Removed
inspector-removed-detail = Part of today's journey; the future journey drops it.
inspector-unchanged = Unchanged: the same in both journeys.
inspector-changed = { $count ->
        [one] Changed: 1 field
       *[other] Changed: { $count } fields
    }
inspector-today = Today
inspector-future = Future
inspector-empty = (empty)
inspector-arrow = Arrow
inspector-arrow-ends = From “{ $from }” to “{ $to }”
inspector-label = Label
inspector-select-start-card = Select start card
inspector-delete-arrow = Delete arrow
inspector-stage = Stage
inspector-stage-description = What the customer is trying to do
inspector-header-colour = Header colour
inspector-custom-width = Custom width
inspector-custom-width-tip = Or drag the stage's right border on the map
inspector-stage-width-tip = Stage width
inspector-figures-hint = Figures (unticked: the sum of the stage's cards)
inspector-funnel = Funnel
inspector-funnel-future = Funnel (future state)
inspector-funnel-compare = Funnel (compare current and future)
inspector-funnel-no-figures = No figures yet: tick Reached and Converted above, or enter them on the stage's cards.
inspector-reached-own-tip = Entered on the stage
inspector-reached-sum-tip = The sum of the stage's cards
inspector-conversion = Conversion
inspector-drop-off = Drop-off
inspector-drop-off-stage = Customers who do not reach { $stage }.
inspector-drop-off-next-stage = Customers who do not reach the next stage.
inspector-no-drop-off = No drop-off: this or the next stage has no Reached figure.
inspector-last-stage = The last stage: no drop-off to measure.
inspector-worst-drop-off = The worst drop-off of the journey
inspector-stage-cards = { $count ->
        [one] 1 card in this stage.
       *[other] { $count } cards in this stage.
    }
inspector-delete-stage = Delete stage
inspector-delete-stage-tip = Delete the stage with its cards (undo brings them back)
inspector-lane = Lane
inspector-lane-kind = Kind
inspector-no-channel = None
inspector-row-tint = Row tint
inspector-show-lane = Show lane
inspector-hide-lane = Hide lane
inspector-hide-lane-tip = Hiding only changes the view, not the map
inspector-delete-lane = Delete lane
inspector-delete-lane-tip = Delete the lane with its cards (undo brings them back)
inspector-items-selected = { $count ->
        [one] 1 item selected
       *[other] { $count } items selected
    }
inspector-drag-together = Drag them on the map to move them together.
inspector-colour-of-all = Colour of all
inspector-default-colour = Default
inspector-default-colour-tip = Use the map's default colour
inspector-hex-colour = Hex colour
inspector-hex-colour-default-hint = default
inspector-not-a-colour = “{ $text }” is not a colour: write it as "#RRGGBB" or "#RRGGBBAA", e.g. "#3B82F6"
step-rename-persona = Rename persona
step-rename-stage = Rename stage
step-rename-lane = Rename lane

## Insights panel

insights-heading = Insights
insights-hide = Hide
insights-hide-tip = Hide the insights ({ $shortcut })
insights-overlap = Overlap
insights-overlap-explained = two or more cards of one channel run the same campaign in one stage: you may be paying twice to say the same thing.
insights-not-reached = Not reached
insights-not-reached-explained = a chosen persona uses this channel elsewhere in the journey, but no card here speaks to them.
insights-choose-personas-hint = Choose personas in View > Personas to see where they are not reached.
insights-add-personas-hint = Add personas to the map, then choose them in View > Personas to see where they are not reached.
insights-gaps-for = { $view } · gaps for { $personas }
insights-choose-personas = Choose personas
insights-choose-personas-tip = The persona filter of View > Personas
insights-no-overlaps = No campaign overlaps.
insights-overlaps-heading = Campaign overlaps ({ $count })
insights-gaps-heading = Not reached ({ $count })
insights-all-reached = Not reached: none. The chosen personas are reached wherever they use a channel.
insights-nothing-to-report = Nothing to report
insights-no-channel-lanes = Insights look at channel lanes, and this view shows none.
insights-no-overlap-found = No campaign runs on two cards of one channel in one stage.
insights-nothing-found = No campaign runs on two cards of one channel in one stage, and the chosen personas are reached wherever they use a channel.
insights-hidden-lanes = Hidden lanes are left out.
insights-unnamed-stage = (unnamed stage)
insights-unnamed-lane = (unnamed lane)
insights-unnamed-persona = (unnamed persona)
insights-card-title = “{ $title }”
insights-overlap-entry = Overlap: { $campaign } ×{ $count } — { $place }
insights-overlap-tip = { $cards } run “{ $campaign }”. Click to select them.
insights-gap-entry = Not reached: { $persona } — { $place }
insights-gap-tip = No card of this cell speaks to { $persona }. Click to show the cell; Insert > Touchpoint adds a card there.

## Characters
glyphs-missing = Some characters show as empty boxes, as no bundled font can draw them: { $items }
glyphs-missing-card = card “{ $name }” ({ $chars })
glyphs-missing-stage = stage “{ $name }” ({ $chars })
glyphs-missing-lane = lane “{ $name }” ({ $chars })
glyphs-missing-persona = persona “{ $name }” ({ $chars })
glyphs-missing-connector = arrow “{ $name }” ({ $chars })
glyphs-missing-map = map title “{ $name }” ({ $chars })
glyphs-missing-more = and { $count } more
## Templates

menu-new-from-template = New from Template
template-classic = Classic journey (five stages)
template-ecommerce = Online shop
template-b2b = B2B purchase
template-service-blueprint = Service blueprint
templates-new-from = New map from the template “{ $template }”
templates-broken = The template “{ $template }” could not be opened: { $reason }
templates-rename-offer = { $count ->
        [one] One stage or lane name is still the template's word. Write it in the map's new language?
       *[other] { $count } stage and lane names are still the template's words. Write them in the map's new language?
    }
templates-rename = Rename
templates-keep-names = Keep names
templates-renamed = { $count ->
        [one] Renamed 1 stage or lane
       *[other] Renamed { $count } stages and lanes
    }

## Recovery
recovery-title = Recover unsaved changes?
recovery-intro = { $count ->
        [one] Trailmap closed before this map was saved. Its changes were kept:
       *[other] Trailmap closed before these { $count } maps were saved. Their changes were kept:
    }
recovery-never-saved = Never saved
recovery-details = { $ago } · { $steps ->
        [one] 1 unsaved change
       *[other] { $steps } unsaved changes
    }
recovery-recover = Recover
recovery-discard = Discard
recovery-later = Later
recovery-recovered = Recovered “{ $name }” ({ $ago }); not saved yet
recovery-ago-now = just now
recovery-ago-minutes = { $count ->
        [one] 1 minute ago
       *[other] { $count } minutes ago
    }
recovery-ago-hours = { $count ->
        [one] 1 hour ago
       *[other] { $count } hours ago
    }
recovery-ago-days = { $count ->
        [one] 1 day ago
       *[other] { $count } days ago
    }
recovery-write-failed = Could not write the recovery copy of the unsaved changes: { $reason }
recovery-discard-failed = Could not throw the recovery copy away: { $reason }
recovery-unavailable = Unsaved changes cannot be kept for recovery: { $reason }
recovery-skipped = { $count ->
        [one] A recovery copy could not be read and was left where it is ({ $reason }): { $path }
       *[other] { $count } recovery copies could not be read and were left where they are; the first ({ $reason }): { $path }
    }
recovery-error-io = { $reason }: { $path }
recovery-error-encode = the copy could not be encoded: { $reason }
recovery-error-not-a-file = it is not a regular file
recovery-error-too-large = it is { $size } bytes; a recovery copy may be at most { $limit } bytes
recovery-error-syntax = line { $line }, column { $column }: { $reason }
recovery-error-newer = written by a newer Trailmap (recovery version { $found }; this one reads { $supported })
recovery-error-map = the map in it: { $reason }
recovery-changed-since = “{ $name }” was changed on disk after these changes were made; saving asks before replacing that change.
## File changed on disk
watch-reloaded = Reloaded { $file } — changed on disk
watch-reloaded-undo = Reloaded { $file } — changed on disk. Undo brings your version back.
watch-missing = { $file } was deleted or moved away on disk; the map stays open, unsaved
watch-unreadable = { $file } changed on disk but cannot be read yet: { $reason }
watch-kept-mine = Kept your version of { $file }; the next save replaces the change on disk.
watch-changed-title = The file changed on disk
watch-changed-body = “{ $file }” was changed outside Trailmap since you opened or saved it, and the map has unsaved changes.
watch-save-title = Overwrite the changed file?
watch-save-body = “{ $file }” was changed outside Trailmap since you opened or saved it. Saving now replaces that change with your map.
watch-reload-keeps-yours = After Reload theirs, Undo still brings your version back.
watch-reload-theirs = Reload theirs
watch-keep-mine = Keep mine
watch-overwrite-theirs = Overwrite theirs
step-reload-from-disk = Reload from disk
## Merge conflicts
# The side panel that lists what a merge of two versions of the map could not decide
# (src/app/conflict_list.rs). "This version" is the one in the window (git's "ours").
step-resolve-conflict = Resolve conflict
conflicts-heading = Merge conflicts
conflicts-explained = Two versions of this map were merged, and both changed these things differently. The map shows this version; pick a version for each.
conflicts-left = { $count ->
        [one] 1 conflict left
       *[other] { $count } conflicts left
    }
conflicts-entry = { $item }: { $property }
conflicts-this = This version: { $value }
conflicts-other = Other version: { $value }
conflicts-before = Before: { $value }
conflicts-deleted-here = Deleted in this version, changed in the other.
conflicts-deleted-there = Changed in this version, deleted in the other.
conflicts-keep = Keep this version
conflicts-keep-tip = The map stays as it is; the conflict is resolved
conflicts-take = Take the other version
conflicts-take-tip = Use the other version's value; undo brings this one back
conflicts-value-deleted = deleted
conflicts-value-kept = kept
conflicts-value-none = none
conflicts-value-default = default
conflicts-value-everyone = every persona
conflicts-property-kind = Kind of lane
conflicts-property-place = Place
conflicts-property-from = Start of the arrow
conflicts-property-to = End of the arrow
conflicts-property-presence = Deleted or changed
conflicts-clean = No conflicts left: the map is clean again. Save it to finish the merge.
conflicts-needed-here = Deleted in this version; the other version's changes need it.
conflicts-needed-there = Deleted in the other version; this version's changes need it.
conflicts-added-there = Added in the other version to something this version deleted.

## Merge both (the file changed on disk)
# What changed in the file, listed in the question before the user decides
# (src/app/diff_words.rs, src/app/watch.rs). $kind is stage, lane, card, persona, arrow or map.
watch-their-changes = What changed in the file:
watch-merge-both = Merge both
watch-merge-both-tip = Keep your changes and add theirs; where both changed the same thing, the conflicts panel lets you pick. Undo brings your version back
watch-merged = Merged the changes in { $file } into yours. Save to keep the result
watch-merged-conflicts = { $count ->
        [one] Merged the changes in { $file } into yours: 1 conflict to resolve
       *[other] Merged the changes in { $file } into yours: { $count } conflicts to resolve
    }
diff-place = { $stage } · { $lane }
diff-added-card = Added card { $name } in { $place }
diff-removed-card = Deleted card { $name } from { $place }
diff-added = { $kind ->
        [stage] Added stage { $name }
        [lane] Added lane { $name }
        [persona] Added persona { $name }
        [card] Added card { $name }
       *[other] Added an arrow { $name }
    }
diff-removed = { $kind ->
        [stage] Deleted stage { $name }
        [lane] Deleted lane { $name }
        [persona] Deleted persona { $name }
        [card] Deleted card { $name }
       *[other] Deleted an arrow { $name }
    }
diff-renamed = { $kind ->
        [stage] Renamed stage { $old } to { $new }
        [lane] Renamed lane { $old } to { $new }
        [persona] Renamed persona { $old } to { $new }
        [card] Renamed card { $old } to { $new }
       *[other] Renamed { $old } to { $new }
    }
diff-moved = Moved { $name } from { $from } to { $to }
diff-changed = { $name }: { $property } { $old } › { $new }
diff-reordered = { $kind ->
        [stage] Changed the order of the stages
        [lane] Changed the order of the lanes
        [persona] Changed the order of the personas
        [card] Changed the order of the cards
       *[other] Changed the order of the arrows
    }
diff-reordered-cards = Changed the order of the cards in { $place }
diff-conflicts = Unresolved conflicts: { $old } › { $new }
diff-more = { $count ->
        [one] …and 1 more change
       *[other] …and { $count } more changes
    }

## Files that are not maps: what they look like
looks-empty = an empty file
looks-map = a Trailmap map
looks-csv = a CSV spreadsheet
looks-tsv = a tab-separated spreadsheet
looks-xlsx = an Excel workbook
looks-legacy-office = an old Excel or Word file (.xls, .doc)
looks-word = a Word document
looks-powerpoint = a PowerPoint presentation
looks-opendocument = a LibreOffice document
looks-zip = a ZIP archive
looks-mermaid = a Mermaid journey diagram
looks-other-mermaid = a Mermaid diagram that is not a journey
looks-image = an image
looks-svg = an SVG drawing
looks-pdf = a PDF document
looks-html = a web page
looks-xml = an XML file
looks-json = a JSON file
looks-markdown = a Markdown document
looks-text = a text file
looks-binary = a binary file
error-not-a-map = This is not a Trailmap map but { $what }.
error-not-a-map-importable = This is not a Trailmap map but { $what }. To bring it in, use File › Import…

## Import and data exports
cmd-import = Import…
cmd-import-tip = Make a new map from a spreadsheet (CSV, Excel) or a Mermaid journey
cmd-export-csv-tip = The cards as a table for Excel, Numbers or Google Sheets, one row per card
cmd-export-tsv-tip = The cards as tab-separated text, one row per card
cmd-export-xlsx-tip = The cards as an Excel workbook, one row per card
cmd-export-mermaid-tip = The journey as a Mermaid diagram for wikis and Markdown
files-import-title = Import a journey
files-filter-importable = Spreadsheets and Mermaid files
files-imported = { $cards ->
        [one] Imported { $path }: 1 card
       *[other] Imported { $path }: { $cards } cards
    }
dialog-import = Import
dialog-import-failed-title = Could not import the file
dialog-import-failed-body = { $path } could not be imported. The map that was open stays open.
dialog-import-warnings-title = Imported, with changes
dialog-import-warnings-body = { $count ->
        [one] { $path } was imported as a new map, but one thing did not fit:
       *[other] { $path } was imported as a new map, but { $count } things did not fit:
    }
export-data-sheet-note = One row per card, with its stage, lane, personas, emotion and the other fields; Excel opens it as it is, and File › Import brings it back.
export-data-mermaid-note = One section per stage and one task per card, scored by its emotion; colours, lanes and notes are not part of a Mermaid journey.
error-export-xlsx = Could not write the Excel workbook: { $detail }
import-cut = only the first { $kept } { $what } were imported; { $dropped } more were left out.
import-cut-cards = cards
import-cut-stages = stages
import-cut-lanes = lanes
import-cut-personas = personas
import-cut-list-entries = entries of the list
import-shortened = the text was shortened to { $limit } characters.
import-too-large = The file is { $size } MB, but Trailmap imports files of at most { $limit } MB.
import-unknown-format = Trailmap cannot tell what kind of file this is ({ $what }). It imports spreadsheets (.csv, .tsv, .txt, .xlsx) and Mermaid journeys (.mmd).
dialog-unsaved-before-import = “{ $file }” has changes that are not saved. Save them before importing a new map?

## Legend and title block

export-around = Around the map
export-title-block = Title block
export-title-block-tip = Above the map: its title and description, the view shown (journey, persona filter, hidden lanes) and today's date, in the map's language
export-legend = Persona legend
export-legend-tip = Under the map: each persona's colour and badge as on the cards, the full name and the first line of the description
export-includes-title = Above the map: { $title }, with “{ $view }”
export-includes-legend = { $count ->
        [one] Under the map: a legend of the one persona
       *[other] Under the map: a legend of the { $count } personas
    }
export-includes-no-personas = No legend: the map has no personas.
export-includes-map-only = The map alone, without title block or legend.
## Persona lanes
# A lane that belongs to a persona (src/app/inspector/lane_persona.rs, src/app/lane_personas.rs).
# $persona is a persona's name, $card a card's title, $others a list of persona names.
lane-persona-label = Lane for persona
lane-persona-none = None (every persona)
lane-persona-tip = The lane's header shows the persona's badge, and every card you create in the lane or move into it is tagged for the persona. An emotion lane draws the persona's curve. Cards already in the lane keep their personas.
lane-persona-metrics = A metrics lane shows the funnel of the whole stage, so it cannot be a persona's lane.
lane-persona-card-others = This lane is for { $persona }. The card is tagged for other personas too: { $others }.
lane-persona-card-missing = This lane is for { $persona }, but the card is not tagged for { $persona }.
status-lane-persona-tagged = “{ $card }” is now tagged for { $persona }, the persona of its lane.
status-lane-persona-tagged-also = “{ $card }” is now tagged for { $persona }, the persona of its lane, and is still tagged for { $others }.
status-lane-persona-new-card = The new card is tagged for { $persona }, the persona of its lane.
status-lane-persona-tagged-cards = { $count ->
        [one] One card is now tagged for { $persona }, the persona of its lane.
       *[other] { $count } cards are now tagged for { $persona }, the persona of their lane.
    }
status-lane-persona-tagged-mixed = { $count } cards are now tagged for the personas of their lanes.
a11y-lane-persona = For persona { $persona }
error-lane-for-missing-persona = The lane { $from } “{ $name }” belongs to persona { $id }, which does not exist. Remove “persona” from the lane or add the persona.
template-classic-personas = Classic journey, one lane per persona
## Import: Mermaid
import-mermaid-not-a-journey = This is not a Mermaid journey diagram: it starts with “{ $starts }”. A journey diagram starts with “journey”.
import-mermaid-empty = The file holds no Mermaid diagram.
import-mermaid-not-utf8 = The text is not UTF-8. Save the diagram as UTF-8 and import it again.
import-mermaid-unclosed-front-matter = The front matter that starts with “---” is never closed with “---”.
import-mermaid-journey-again = This line starts with “journey” again. Mermaid reads that word as the diagram's header, so no task or section name may begin with it.
import-mermaid-unclosed-description = The “accDescr {"{"}” block that starts here is never closed with “{"}"}”.
import-mermaid-task-without-score = The task “{ $task }” has no score. Write a task as “{ $task }: 5: persona, persona”.
import-mermaid-score-without-task = There is a score here but no task name before it. Write a task as “name: 5: persona, persona”.
import-mermaid-unexpected = Mermaid does not allow “{ $found }” here.
import-mermaid-score-not-a-number = Line { $line }: the score “{ $score }” of “{ $task }” is not a number; the card has no emotion.
import-mermaid-score-out-of-range = Line { $line }: the score { $score } of “{ $task }” is outside 1 to 5; it became { $used }.
import-mermaid-score-rounded = Line { $line }: the score { $score } of “{ $task }” is not a whole number; it became { $used }.
import-mermaid-ignored-text = Line { $line }: “{ $text }” after the personas of “{ $task }” was left out.
import-mermaid-unclosed = Line { $line }: “{ $opener }” is never closed, so the rest of the file became part of it and was ignored.
import-mermaid-more-warnings = { $count ->
        [one] 1 more line had a warning like these.
       *[other] { $count } more lines had warnings like these.
    }
## PowerPoint export
export-pptx-tip = A slide deck in which every card, header and arrow is a shape you can edit and move
export-pptx-slides = Slides
export-pptx-slides-map = One slide with the whole map
export-pptx-slides-stages = { $count } slides: the whole map, then one per stage
export-pptx-size = Slide size
export-pptx-size-wide = Widescreen 16:9
export-pptx-size-standard = Standard 4:3
export-pptx-size-a4 = A4 landscape
export-pptx-note = Cards, headers, curves and arrows stay editable shapes in PowerPoint, Keynote, Google Slides and Impress; arrows follow their cards when moved, and card notes become speaker notes.
export-pptx-error = Could not make the PowerPoint file ({ $detail }). This is a bug in Trailmap; please report it.
## Presentation and saved views
cmd-present = Present
cmd-present-tip = Show the journey full screen, one stage at a time; Esc leaves
cmd-next-stage = Next stage
cmd-next-stage-tip = While presenting: show the next stage (a clicker's Page Down works too)
cmd-previous-stage = Previous stage
cmd-previous-stage-tip = While presenting: show the stage before
cmd-first-stage = First stage
cmd-first-stage-tip = While presenting: go back to the first stage
cmd-last-stage = Last stage
cmd-last-stage-tip = While presenting: jump to the last stage
cmd-save-view = Save view…
cmd-save-view-tip = Keep what the map shows now (journey, personas, hidden lanes, insights, owner colours) under a name in the map file
present-hint = Stage { $number } of { $count }: { $stage }
present-persona = the journey of { $persona }
present-keys = Right or Page Down: next · Left or Page Up: back · Esc: leave
present-no-stages = The map has no stages to present.
menu-saved-views = Saved views
menu-saved-views-tip = Show the map as a saved view shows it; picking a view changes nothing in the map
menu-no-saved-views = No saved views yet
menu-rename-view = Rename view
menu-delete-view = Delete view
dialog-save-view-title = Save view
dialog-rename-view-title = Rename view
dialog-view-name = Name
dialog-view-name-empty = Give the view a name.
dialog-view-name-taken = Another view is already called “{ $name }”.
status-view-saved = Saved the view “{ $name }”.
status-view-shown = Showing the view “{ $name }”.
step-save-view = Save view
step-rename-view = Rename view
step-delete-view = Delete view
error-view-shows-missing-persona = The saved view { $from } “{ $name }” follows persona { $id }, which does not exist. Remove it from the view's “personas” or add the persona.
error-view-hides-missing-lane = The saved view { $from } “{ $name }” hides lane { $id }, which does not exist. Remove it from the view's “hidden_lanes”.
error-view-defined-twice = The saved view { $from } “{ $name }” is defined more than once. Give one of them another id.
error-view-name-too-long = The name of the saved view { $from } has { $chars } characters; at most { $max } are allowed.
error-view-list-too-long = The saved view { $from } “{ $name }” lists { $count } personas or lanes; at most { $max }.
error-view-too-many = The map has { $count } saved views; Trailmap opens at most { $max }.
step-edit-view = Edit view
error-edit-missing-view = The saved view { $id } no longer exists.
error-edit-view-exists = The saved view { $id } already exists.
diff-view-added = Added saved view { $name }
diff-view-removed = Deleted saved view { $name }
diff-view-renamed = Renamed saved view { $old } to { $new }
diff-view-changed = Changed saved view { $name }
## Import: spreadsheets (src/app/sheet_words.rs)
import-sheet-at = { $place }: { $problem }
import-sheet-place-line = Line { $line }
import-sheet-place-row = Row { $row }
import-sheet-place-cell = Row { $row }, column { $column }
import-sheet-place-sheet = Sheet “{ $sheet }”
import-sheet-place-sheet-row = Sheet “{ $sheet }”, row { $row }
import-sheet-place-sheet-cell = Sheet “{ $sheet }”, row { $row }, column { $column }
import-sheet-empty = The spreadsheet is empty.
import-sheet-unclosed-quote = A quoted cell has no closing quote (its opening quote is on line { $line } of the file). Add the missing " or remove the opening one.
import-sheet-nul-byte = This cell holds a NUL byte: the file is not a text spreadsheet, or it is in an encoding Trailmap cannot read. Save it as “CSV UTF-8”.
import-sheet-unreadable = The spreadsheet cannot be read: { $detail }
import-sheet-missing-columns = { $count ->
        [one] The header row has no column for { $columns }.
       *[other] The header row has no columns for { $columns }.
    } Every card needs a stage, a lane and a title.
import-sheet-not-a-workbook = This is not an Excel .xlsx workbook ({ $detail }).
import-sheet-old-or-encrypted = This is an Excel 97–2003 workbook or a password-protected one. Save it in Excel as .xlsx without a password.
import-sheet-unpacks-too-large = The workbook unpacks to { $size } MB; Trailmap reads workbooks of at most { $limit } MB.
import-sheet-damaged = The workbook is damaged or incomplete: { $detail }
import-sheet-bad-cell-reference = The workbook is damaged: it refers to “{ $reference }”, which is no cell of a spreadsheet.
import-sheet-no-such-sheet = The workbook has no sheet “{ $name }”. Its sheets are: { $sheets }.
import-sheet-not-a-worksheet = Sheet “{ $sheet }” holds a chart or macros, not cells. Choose another sheet.
import-sheet-unknown-columns = { $more ->
        [0] Columns Trailmap does not know were left out: { $names }.
       *[other] Columns Trailmap does not know were left out: { $names } and { $more } more.
    }
import-sheet-repeated-columns = Columns naming a field a second time were left out: { $names }.
import-sheet-bad-value = { $place }: “{ $value }” is not a valid value for “{ $column }”; it was left out.
import-sheet-more-bad-values = { $count ->
        [one] 1 more value was left out.
       *[other] { $count } more values were left out.
    }
import-sheet-legacy-encoding = The file is not in UTF-8; it was read as { $encoding }. If letters look wrong, save it as “CSV UTF-8” and import it again.

## Close and start
cmd-close = Close
cmd-close-tip = Close the map and keep the window open, with the start choices
files-closed = Closed { $name }
start-heading = No map is open
start-hint = Start a new map from a template, open one, or import a spreadsheet.
## Canvas for screen readers
a11y-stages = Stages on the map
a11y-lane = Lane “{ $lane }”
a11y-arrows = Arrows on the map
a11y-unnamed = (unnamed)
a11y-none = none
a11y-all-personas = all personas
a11y-card-description = Stage: { $stage }. Lane: { $lane }. Personas: { $personas }. Emotion: { $emotion }. Owner: { $owner }.
a11y-card-picture = Picture: { $alt }.
a11y-picture-no-alt = no description
a11y-emotion-point = Emotion point of “{ $card }”: { $score }
a11y-arrow = Arrow from “{ $from }” to “{ $to }”
## Rough edges
status-deleted-stage-with-cards = { $count ->
        [one] Deleted stage “{ $name }” and its card — { $undo } brings it back
       *[other] Deleted stage “{ $name }” and its { $count } cards — { $undo } brings them back
    }
status-deleted-lane-with-cards = { $count ->
        [one] Deleted lane “{ $name }” and its card — { $undo } brings it back
       *[other] Deleted lane “{ $name }” and its { $count } cards — { $undo } brings them back
    }
status-deleted-rows-with-cards = { $count ->
        [one] Deleted { $rows } stages and lanes and their card — { $undo } brings them back
       *[other] Deleted { $rows } stages and lanes and their { $count } cards — { $undo } brings them back
    }
inspector-width = Inspector width

## Keyboard: menu bar, item menus and dialogs
cmd-focus-menu-bar = Menu bar
cmd-focus-menu-bar-tip = Go to the menu bar and open the File menu: the arrow keys walk the menus, Enter picks an entry, Esc closes
cmd-context-menu = Item menu
cmd-context-menu-tip = Open the selected item's menu at the item, the one a right-click opens: the arrow keys walk it, Enter picks an entry, Esc closes
key-menu = Menu key

## Pictures
lane-kind-storyboard = Storyboard
picture-property = Picture
picture-value = picture { $key }
picture-field-alt = Alt text
picture-error-too-many = The map has { $count } pictures; Trailmap opens at most { $max }.
picture-error-too-large = The map’s pictures take { $mb } MB; Trailmap opens at most { $max } MB.
picture-error-missing = The touchpoint { $card } “{ $name }” shows picture { $key }, which is missing from the file. The card shows an empty frame; add the picture again.
picture-error-unreadable = The picture { $key } of touchpoint { $card } “{ $name }” is damaged: its data is not a readable PNG or JPEG. Add the picture again.
picture-error-size-differs = The picture { $key } of touchpoint { $card } “{ $name }” is damaged: the file says { $width }×{ $height } pixels but its data is { $found_width }×{ $found_height }. Add the picture again.
picture-error-bad-size = The picture { $key } of touchpoint { $card } “{ $name }” is { $width }×{ $height } pixels; a picture is 1 to { $max } pixels on a side. Add the picture again.
picture-edit-missing = The picture { $key } is not in this map.
picture-edit-in-use = The picture { $key } is still shown on a card.
picture-edit-no-picture = Touchpoint { $card } has no picture.
picture-limit-count = The map already has { $count } pictures; a map holds at most { $max }. Remove a picture first.
picture-limit-bytes = With this picture the map’s pictures would take { $mb } MB; a map holds at most { $max } MB. Remove a picture first.
picture-import-empty = The file is empty.
picture-import-not-a-picture = The file is not a picture. Trailmap reads PNG, JPEG, WebP, GIF and SVG.
picture-import-unsupported = { $format } pictures cannot be added. Save the picture as PNG or JPEG and add it again.
picture-import-damaged = The { $format } picture is damaged or incomplete.
picture-import-too-many-pixels = The picture is { $width }×{ $height } pixels; Trailmap reads at most { $max_side } pixels on a side and { $megapixels } megapixels. Make it smaller and add it again.
picture-import-file-too-large = The file is { $mb } MB; Trailmap reads pictures of at most { $max } MB.

## Pictures (window)
picture-added = Picture added.
picture-removed = Picture removed.
picture-not-added = The picture was not added: { $reason }
picture-read-failed = The picture was not added: { $reason } { $path }
picture-drop-where = Drop the picture on a card, or on an empty spot of a cell for a new card.
picture-dropped-several = Only the first file was added; drop pictures one at a time.
picture-paste-where = Select a card or a cell to paste the picture onto.
files-picture-title = Choose a picture
files-filter-pictures = Pictures (PNG, JPEG, WebP, GIF, SVG)
dialog-add-picture = Add picture
inspector-picture = Picture
inspector-add-picture = Add picture…
inspector-add-picture-tip = Put a screenshot, ad or photo on this card (PNG, JPEG, WebP, GIF or SVG). You can also drop a file on the card or paste a screenshot with Ctrl+V.
inspector-replace-picture = Replace…
inspector-replace-picture-tip = Choose another picture for this card
inspector-remove-picture = Remove picture
inspector-picture-alt = Alt text (for screen readers)
inspector-picture-alt-tip = What the picture shows, for people who cannot see it. Exports use it too.
inspector-picture-aspect = Shape
inspector-aspect-original = Original
inspector-picture-missing = The picture is missing or damaged in the map file. Add it again.
step-edit-alt-text = Edit alt text
inspector-picture-aspect-tip = How the card crops its picture: the picture fills the card's width at this shape.
menu-rows = Rows
rows-lanes = As drawn
rows-personas = By persona
rows-channels = By channel
rows-lanes-tip = The lanes as they are drawn in the map.
rows-personas-tip = One row per persona, and one for cards that name none; a card for two personas is shown in both rows. Other lanes stay below as drawn. Dragging a card to another row changes its personas.
rows-channels-tip = One row per channel, from the card's channel or its lane's. Other lanes stay below as drawn. Dragging a card to another row changes its channel.
pivot-all-personas = All personas
pivot-no-channel = No channel
pivot-place = { $row } in { $stage }
status-pivot-persona = Moved to { $place }: persona changed from { $from } to { $to }
status-pivot-channel = Moved to { $place }: channel changed from { $from } to { $to }
status-pivot-stage = Moved to { $stage }
status-pivot-no-channel = A card in a lane with a channel always has a channel: change the lane's channel in the inspector instead.
status-pivot-no-lane = No lane shown here can take a new card: choose View › Rows › As drawn and add it in a lane.
