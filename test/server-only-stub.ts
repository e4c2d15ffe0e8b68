// Vitest runs server modules outside React's server environment, where the real
// "server-only" package throws on import. Tests alias it to this empty module.
export {};
