// Shared test setup: nothing global yet beyond making failures loud.
process.on('unhandledRejection', (e) => {
  throw e;
});
