/** Every keyboard shortcut the app has, in the words the `?` overlay shows. One list, so the overlay cannot drift. */
export interface Shortcut {
  /** Keys that do the same thing ("↑", "↓"); a combination is one entry ("Shift+Enter"). */
  keys: readonly string[];
  what: string;
}

export interface ShortcutGroup {
  where: string;
  shortcuts: readonly Shortcut[];
}

export const SHORTCUTS: readonly ShortcutGroup[] = [
  {
    where: 'Anywhere (except while typing in a text field)',
    shortcuts: [
      { keys: ['/'], what: 'Search' },
      { keys: ['?'], what: 'Show this list' },
      { keys: ['Esc'], what: 'Close a drawer or dialog; clear a focus, a trace or a path' },
    ],
  },
  {
    where: 'In the search results',
    shortcuts: [
      { keys: ['↑', '↓'], what: 'Move between results' },
      { keys: ['Enter'], what: 'Select the item' },
      { keys: ['Shift+Enter'], what: 'Trace its prerequisites' },
    ],
  },
  {
    where: 'In the outline',
    shortcuts: [
      { keys: ['↑', '↓'], what: 'Move between rows' },
      { keys: ['←', '→'], what: 'Close or open a group' },
      { keys: ['Home', 'End'], what: 'First or last row' },
      { keys: ['Enter'], what: 'Select the item' },
      { keys: ['t'], what: 'Trace its prerequisites' },
      { keys: ['u'], what: 'Show what it unlocks' },
      { keys: ['l'], what: 'Step its progress: not started, learning, learned' },
    ],
  },
  {
    where: 'In Compare clouds',
    shortcuts: [{ keys: ['Ctrl+Enter'], what: 'Translate the services in the box' }],
  },
  {
    where: 'In tabs',
    shortcuts: [{ keys: ['←', '→'], what: 'Previous or next tab' }],
  },
];
