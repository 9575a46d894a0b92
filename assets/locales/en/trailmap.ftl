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
cmd-new-tip = Start an empty journey map
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
