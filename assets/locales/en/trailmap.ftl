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
files-blank-title = Untitled journey
files-blank-stage-awareness = Awareness
files-blank-stage-consideration = Consideration
files-blank-stage-purchase = Purchase
files-blank-stage-retention = Retention
files-blank-stage-advocacy = Advocacy
files-blank-lane-customer-actions = Customer actions
files-blank-lane-emotion = Emotion

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
dialog-about-fonts = Text is set in Noto Sans (SIL Open Font License 1.1).
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
