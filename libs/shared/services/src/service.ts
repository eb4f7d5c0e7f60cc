export type ServiceLog = (message: string) => void;

export interface StartedService {
  name: string;
  url: string;
  /** Process id when this project started the service; 0 when it was already there (given by URL). */
  pid: number;
  stop(): Promise<void>;
}

export function externalService(name: string, url: string): StartedService {
  return { name, url, pid: 0, stop: async () => undefined };
}
