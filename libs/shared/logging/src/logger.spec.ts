import { Writable } from 'node:stream';
import { createLogger, runWithLogContext } from './index';

function capture() {
  const lines: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      lines.push(JSON.parse(chunk.toString()));
      callback();
    },
  });
  return { lines, logger: createLogger({ level: 'info', role: 'test', destination }) };
}

describe('createLogger', () => {
  it('stamps the request id of the surrounding context on every line', () => {
    const { lines, logger } = capture();
    runWithLogContext({ requestId: 'req-1' }, () => logger.info('inside'));
    logger.info('outside');
    expect(lines[0]).toMatchObject({ requestId: 'req-1', role: 'test', msg: 'inside' });
    expect(lines[1]?.['requestId']).toBeUndefined();
  });

  it('stamps the job id for work done in a job', () => {
    const { lines, logger } = capture();
    runWithLogContext({ jobId: 'job-7', queue: 'matching' }, () => logger.warn('retrying'));
    expect(lines[0]).toMatchObject({ jobId: 'job-7', queue: 'matching' });
  });

  it('never writes a password', () => {
    const { lines, logger } = capture();
    logger.info({ password: 'correct horse battery staple' }, 'login');
    expect(JSON.stringify(lines[0])).not.toContain('horse');
  });
});
