// The PostgreSQL address is for the back-end suites only (test/helpers/backends.ts): nothing else
// in a test process may pick it up from the environment and write to the shared database.
if (process.env.DATABASE_URL && !process.env.PERFBOT_TEST_DATABASE_URL) process.env.PERFBOT_TEST_DATABASE_URL = process.env.DATABASE_URL;
delete process.env.DATABASE_URL;
