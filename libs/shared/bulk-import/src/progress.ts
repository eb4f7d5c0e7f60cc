/**
 * What a long import reports while it runs. The CLI draws a progress bar from it; tests and the demo pass
 * `silentProgress`. One import has several stages (e.g. "occupations", "skills"), each with its own total.
 */
export interface ImportProgress {
  stage(name: string, total: number): void;
  advance(count: number): void;
  done(): void;
}

export const silentProgress: ImportProgress = {
  stage: () => undefined,
  advance: () => undefined,
  done: () => undefined,
};
