import { ApiCounter } from './api-counter';
import { closedPluginError } from './errors';
import type { FakeBaseNode } from './fake-node';
import type { NodeRecord } from './node-record';

export interface FakeUser {
  id: string;
  name: string;
}

/** Behaviours no source pins down; each is a named option so it can be corrected once checked in FigJam. */
export interface UnverifiedDefaults {
  /** `authorVisible` of a plugin-created sticky. */
  stickyAuthorVisible: boolean;
  stickyFills: Paint[];
  /** The font of a new sticky's text: Inter Medium by Figma's skill docs; an option so a plugin never assumes it. */
  stickyFontName: FontName;
  /** Font size of sticky, shape and connector text, and of createText() in FigJam. */
  stickyFontSize: number;
  shapeFontSize: number;
  connectorFontSize: number;
  textFontSize: number;
  /** "Sections start very small" [MCP create-section.md]; the exact size is not documented. */
  sectionSize: number;
  stampSize: number;
  /**
   * Whether stamps follow a note the plugin moves or re-parents. Figma's docs say stuck nodes move with their host
   * (nodes-stucknodes), but not whether that holds for a plugin's writes; false leaves them where they were.
   */
  stampsFollowPluginMove: boolean;
  /**
   * Whether FigJam's own UI puts a sticky dropped, nudged or pasted by a person (`handles.board.dropNode`) into the
   * innermost section under its centre, or leaves its parent as it was. No source says.
   */
  reparentOnDrop: boolean;
  /**
   * Where `clone()` puts the copy: the typings say "by default, the duplicate will be parented under
   * figma.currentPage" (false); third-party tools describe the original's parent (true).
   */
  cloneIntoSameParent: boolean;
  /**
   * Which magnets a CURVED connector takes. The docs give the rule for ELBOWED (every magnet but CENTER) and
   * STRAIGHT (only CENTER or NONE) connectors, not for curved ones.
   */
  curvedConnectorMagnets: 'like-elbowed' | 'like-straight';
}

export interface FakeFigmaOptions {
  editorType?: 'figjam' | 'figma';
  /** The manifest's documentAccess; Journey Lanes ships "dynamic-page", so that is the default. */
  documentAccess?: 'dynamic-page' | 'full';
  currentUser?: FakeUser;
  pluginId?: string;
  command?: string;
  /** Fonts loadFontAsync rejects, as Figma does for a font the user does not have. */
  unavailableFonts?: readonly FontName[];
  /** Ids are "<session>:<counter>"; the page is "0:1". */
  idSession?: number;
  unverified?: Partial<UnverifiedDefaults>;
}

export const DEFAULT_UNVERIFIED: UnverifiedDefaults = {
  stickyAuthorVisible: true,
  stickyFills: [{ type: 'SOLID', color: { r: 255 / 255, g: 226 / 255, b: 153 / 255 } }],
  stickyFontName: { family: 'Inter', style: 'Medium' },
  stickyFontSize: 24,
  shapeFontSize: 16,
  connectorFontSize: 16,
  textFontSize: 24,
  sectionSize: 10,
  stampSize: 40,
  stampsFollowPluginMove: true,
  reparentOnDrop: false,
  cloneIntoSameParent: false,
  curvedConnectorMagnets: 'like-elbowed',
};

/** The options whose two settings the workshop tests run under, each both ways. */
export const UNVERIFIED_SETTINGS: ReadonlyArray<{ name: string; unverified: Partial<UnverifiedDefaults> }> = [
  { name: 'stamps follow plugin moves, no reparent on drop', unverified: { stampsFollowPluginMove: true, reparentOnDrop: false } },
  { name: 'stamps stay behind, reparent on drop', unverified: { stampsFollowPluginMove: false, reparentOnDrop: true } },
];

export function fontKey(font: FontName): string {
  return `${font.family}\u0000${font.style}`;
}

/** The state one fake Figma session shares between its nodes and its `figma` object. */
export class Board {
  readonly counter = new ApiCounter();
  readonly nodesById = new Map<string, FakeBaseNode>();
  /** Nodes stuck to another (stamps), so moving a note does not scan the whole board for its stamps. */
  readonly stuckNodes = new Set<FakeBaseNode>();
  /** The same, listed under the node each was stuck to when made, so a note's stamps are found without a scan. */
  readonly stuckNodesByHost = new Map<NodeRecord, FakeBaseNode[]>();
  readonly loadedFonts = new Set<string>();
  readonly unavailableFonts = new Set<string>();
  readonly editorType: 'figjam' | 'figma';
  readonly documentAccess: 'dynamic-page' | 'full';
  readonly pluginId: string;
  readonly command: string;
  readonly unverified: UnverifiedDefaults;
  currentUser: FakeUser;
  /** Called after any node is removed, so the page can drop it from the selection and say so. */
  readonly removalListeners: Array<() => void> = [];
  /** Failure injection (`handles.board.failAtChange`): the change that throws, and how many were made since. */
  changeFailure: { at: number; seen: number } | null = null;
  closed = false;
  allPagesLoaded = false;
  private nextCounter = 2;
  private readonly session: number;

  constructor(options: FakeFigmaOptions) {
    this.editorType = options.editorType ?? 'figjam';
    this.documentAccess = options.documentAccess ?? 'dynamic-page';
    this.currentUser = options.currentUser ?? { id: '1000', name: 'Test User' };
    this.pluginId = options.pluginId ?? '1234567890';
    this.command = options.command ?? '';
    this.session = options.idSession ?? 1;
    this.unverified = { ...DEFAULT_UNVERIFIED, ...options.unverified };
    for (const font of options.unavailableFonts ?? []) this.unavailableFonts.add(fontKey(font));
  }

  createId(): string {
    const id = `${this.session}:${this.nextCounter}`;
    this.nextCounter += 1;
    return id;
  }

  assertOpen(): void {
    if (this.closed) throw closedPluginError();
  }

  /** Called before every change a plugin makes to the board; throws when it is the one chosen to fail. */
  recordChange(member: string): void {
    const failure = this.changeFailure;
    if (!failure) return;
    failure.seen += 1;
    if (failure.seen === failure.at) throw new Error(`Injected failure at change ${failure.at} (${member})`);
  }

  isFontLoaded(font: FontName): boolean {
    return this.loadedFonts.has(fontKey(font));
  }
}
