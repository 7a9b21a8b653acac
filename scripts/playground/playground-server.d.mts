export declare const DEFAULT_PLAYGROUND_PORT: number;

export interface PlaygroundServer {
  port: number;
  /** e.g. http://127.0.0.1:5173/ */
  url: string;
  closeAsync(): Promise<void>;
}

export interface PlaygroundServerOptions {
  /** 0 picks a free port. */
  port?: number;
  host?: string;
  /** The project directory holding dist/ and test/playground/. */
  root?: string;
}

export declare function startPlaygroundServerAsync(options?: PlaygroundServerOptions): Promise<PlaygroundServer>;
