/**
 * Taro's component props omit tabIndex, which h5 passes through. A row of chips wider than the phone scrolls and a
 * card opens a page: both must be reachable from a keyboard (and axe's scrollable-region-focusable holds then).
 */
export const keyboardFocusable = { tabIndex: 0 };
