export default async function globalTeardown(): Promise<void> {
  await globalThis.__WERKMATCH_TEST_SERVICES__?.stop();
}
