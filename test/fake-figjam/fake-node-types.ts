import type { FakeConnector } from './fake-connector';
import type { FakeDocument } from './fake-document';
import type { FakePage } from './fake-page';
import type { FakeSection } from './fake-section';
import type { FakeShapeWithText } from './fake-shape-with-text';
import type { FakeStamp } from './fake-stamp';
import type { FakeSticky } from './fake-sticky';
import type { FakeText } from './fake-text';

export type FakeSceneNode = FakeSticky | FakeShapeWithText | FakeSection | FakeText | FakeConnector | FakeStamp;
/** What a scene node's parent can be in the fake (groups and frames are not modelled). */
export type FakeContainerNode = FakePage | FakeSection;
export type FakeAnyNode = FakeSceneNode | FakePage | FakeDocument;
