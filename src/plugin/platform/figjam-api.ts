/**
 * The slice of Figma's plugin API that Journey Lanes' sandbox code may use, derived from @figma/plugin-typings.
 * Sandbox functions take `api: FigJamApi`; main.ts passes the global `figma`, tests pass the in-memory fake
 * (test/fake-figjam). Members are picked from the real interfaces, and the members that lead to other nodes
 * (`parent`, `children`, `text`, `stuckNodes`, ...) are re-typed to the narrowed node types below, so code written
 * against this slice can only touch what the fake models. `RealPluginApiFitsFigJamApi` at the end fails to
 * compile if the real `PluginAPI` stops being assignable to `FigJamApi`, so nothing here can drift from Figma.
 */

type PluginDataMembers =
  | 'getPluginData'
  | 'setPluginData'
  | 'getPluginDataKeys'
  | 'getSharedPluginData'
  | 'setSharedPluginData'
  | 'getSharedPluginDataKeys';

type SceneMembers =
  | 'id'
  | 'name'
  | 'removed'
  | 'remove'
  | 'visible'
  | 'locked'
  | 'x'
  | 'y'
  | 'width'
  | 'height'
  | 'relativeTransform'
  | 'absoluteTransform'
  | 'absoluteBoundingBox'
  | 'setRelaunchData'
  | 'getRelaunchData'
  | PluginDataMembers;

/** What every node on the board offers, with its links re-typed to the narrowed nodes. */
interface FigJamSceneLinks {
  readonly parent: FigJamParent | null;
  readonly stuckNodes: FigJamSceneNode[];
  readonly attachedConnectors: FigJamConnector[];
}

/** A node that holds other nodes (page, section, or a container the fake does not create, such as a frame). */
export interface FigJamParent {
  readonly id: string;
  readonly type: NodeType;
  readonly name: string;
  readonly removed: boolean;
  readonly children: ReadonlyArray<FigJamSceneNode>;
}

interface FigJamChildren {
  readonly children: ReadonlyArray<FigJamSceneNode>;
  appendChild(child: FigJamSceneNode): void;
  insertChild(index: number, child: FigJamSceneNode): void;
  findChildren(callback?: (node: FigJamSceneNode) => boolean): FigJamSceneNode[];
  findChild(callback: (node: FigJamSceneNode) => boolean): FigJamSceneNode | null;
  findAll(callback?: (node: FigJamSceneNode) => boolean): FigJamSceneNode[];
  findOne(callback: (node: FigJamSceneNode) => boolean): FigJamSceneNode | null;
  findAllWithCriteria<T extends NodeType[]>(criteria: FindAllCriteria<T>): Array<{ type: T[number] } & FigJamSceneNode>;
}

/** `sticky.text`, `shape.text`, `connector.text`: no id, no plugin data, no alignment or auto-resize. */
export type FigJamTextSublayer = Pick<TextSublayerNode, 'characters' | 'fontName' | 'fontSize' | 'fills' | 'hasMissingFont'>;

export type FigJamSticky = Pick<StickyNode, SceneMembers | 'type' | 'fills' | 'opacity' | 'authorName' | 'authorVisible' | 'isWideWidth'> &
  FigJamSceneLinks & {
    readonly text: FigJamTextSublayer;
  };

export type FigJamShapeWithText = Pick<
  ShapeWithTextNode,
  SceneMembers | 'type' | 'shapeType' | 'fills' | 'strokes' | 'strokeWeight' | 'opacity' | 'rotation' | 'resize'
> &
  FigJamSceneLinks & {
    readonly text: FigJamTextSublayer;
  };

export type FigJamSection = Pick<
  SectionNode,
  SceneMembers | 'type' | 'fills' | 'strokes' | 'sectionContentsHidden' | 'resize' | 'resizeWithoutConstraints'
> &
  FigJamSceneLinks &
  FigJamChildren;

export type FigJamText = Pick<
  TextNode,
  | SceneMembers
  | 'type'
  | 'characters'
  | 'fontName'
  | 'fontSize'
  | 'fills'
  | 'opacity'
  | 'textAutoResize'
  | 'textAlignHorizontal'
  | 'textAlignVertical'
  | 'resize'
  | 'hasMissingFont'
> &
  FigJamSceneLinks;

export type FigJamConnector = Pick<
  ConnectorNode,
  | SceneMembers
  | 'type'
  | 'connectorStart'
  | 'connectorEnd'
  | 'connectorLineType'
  | 'connectorStartStrokeCap'
  | 'connectorEndStrokeCap'
  | 'strokes'
  | 'strokeWeight'
  | 'opacity'
> &
  FigJamSceneLinks & {
    readonly text: FigJamTextSublayer;
  };

/** Stamps cannot be created by plugins (there is no createStamp); they are read off the board. */
export type FigJamStamp = Pick<StampNode, SceneMembers | 'type' | 'opacity'> &
  FigJamSceneLinks & {
    readonly stuckTo: FigJamSceneNode | null;
  };

type ModelledSceneType = 'STICKY' | 'SHAPE_WITH_TEXT' | 'SECTION' | 'TEXT' | 'CONNECTOR' | 'STAMP';

/** Any other node a board may hold (frame, table, widget, ...): only the common members. */
export type FigJamOtherSceneNode = Pick<SceneNode, SceneMembers> &
  FigJamSceneLinks & {
    readonly type: Exclude<SceneNode['type'], ModelledSceneType>;
  };

export type FigJamSceneNode =
  | FigJamSticky
  | FigJamShapeWithText
  | FigJamSection
  | FigJamText
  | FigJamConnector
  | FigJamStamp
  | FigJamOtherSceneNode;

/** The document, seen from its page. */
export interface FigJamPageParent {
  readonly id: string;
  readonly type: NodeType;
  readonly name: string;
}

export type FigJamPage = Pick<PageNode, 'id' | 'type' | 'name' | 'removed' | PluginDataMembers> &
  FigJamChildren & {
    readonly parent: FigJamPageParent | null;
    selection: ReadonlyArray<FigJamSceneNode>;
  };

export type FigJamDocument = Pick<DocumentNode, 'id' | 'type' | 'name' | 'removed' | PluginDataMembers> & {
  readonly parent: FigJamPageParent | null;
  readonly children: ReadonlyArray<FigJamPage>;
};

export type FigJamBaseNode = FigJamSceneNode | FigJamPage | FigJamDocument;

export type FigJamUi = Pick<UIAPI, 'postMessage' | 'onmessage' | 'on' | 'once' | 'off' | 'resize' | 'show' | 'hide' | 'close'>;

export interface FigJamViewport {
  center: Vector;
  zoom: number;
  readonly bounds: Rect;
  scrollAndZoomIntoView(nodes: ReadonlyArray<FigJamBaseNode>): void;
}

export type FigJamApi = Pick<
  PluginAPI,
  | 'editorType'
  | 'command'
  | 'mixed'
  | 'notify'
  | 'closePlugin'
  | 'commitUndo'
  | 'loadFontAsync'
  | 'loadAllPagesAsync'
  | 'showUI'
  | 'clientStorage'
  | 'skipInvisibleInstanceChildren'
> & {
  readonly root: FigJamDocument;
  /** Read-only here: with documentAccess "dynamic-page", assigning it throws (use setCurrentPageAsync). */
  readonly currentPage: FigJamPage;
  readonly ui: FigJamUi;
  readonly viewport: FigJamViewport;
  createSticky(): FigJamSticky;
  createShapeWithText(): FigJamShapeWithText;
  createSection(): FigJamSection;
  createText(): FigJamText;
  createConnector(): FigJamConnector;
  getNodeByIdAsync(id: string): Promise<FigJamBaseNode | null>;
  /**
   * Throws under documentAccess "dynamic-page"; kept so that the fake can prove it.
   * @deprecated Use getNodeByIdAsync: this throws under the manifest's documentAccess "dynamic-page".
   */
  getNodeById(id: string): FigJamBaseNode | null;
  on(type: 'selectionchange' | 'close' | 'currentpagechange', callback: () => void): void;
  on(type: 'run', callback: (event: RunEvent) => void): void;
  on(type: 'documentchange', callback: (event: DocumentChangeEvent) => void): void;
  once(type: 'selectionchange' | 'close' | 'currentpagechange', callback: () => void): void;
  once(type: 'run', callback: (event: RunEvent) => void): void;
  off(type: 'selectionchange' | 'close' | 'currentpagechange', callback: () => void): void;
  off(type: 'run', callback: (event: RunEvent) => void): void;
  off(type: 'documentchange', callback: (event: DocumentChangeEvent) => void): void;
};

type AssertAssignable<Target, Source extends Target> = Source;

/** Compile-time proof that the real API offers everything in the slice, with the same signatures. */
export type RealPluginApiFitsFigJamApi = AssertAssignable<FigJamApi, PluginAPI>;
