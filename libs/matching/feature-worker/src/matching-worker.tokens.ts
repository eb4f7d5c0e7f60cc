/** The engine instance the processors share (its candidate source is chosen once, in the module). */
export const MATCH_ENGINE = Symbol('MATCH_ENGINE');
