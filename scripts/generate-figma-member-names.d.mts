/** The path of test/fake-figjam/figma-member-names.ts. */
export declare const MEMBER_NAMES_FILE: string;

/** The text of figma-member-names.ts, generated from the installed @figma/plugin-typings. */
export declare function generateFigmaMemberNames(): string;
