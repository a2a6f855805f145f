-- Session tokens are stored hashed from now on (lib/auth/hashed-session-tokens.ts). A session stored with
-- its plain token can no longer be found, so it is ended here: its user signs in again.
DELETE FROM "Session" WHERE "token" NOT LIKE 'sha256:%';
