/// Every migration of the PostgreSQL store, oldest first. A released step is never edited: a
/// change of schema is a new step at the end.
enum Migrations {
    /// The steps this program knows.
    static let all: [Migration] = [schema1]

    /// The newest schema version this program writes and understands.
    static var current: Int { all.last?.version ?? 0 }

    /// Version 1: the records, the append-only audit trail and the roles.
    static let schema1 = Migration(version: 1, description: "records, audit trail, roles and grants", statements: [
        // Extensions and roles belong to the database and the cluster, not to the store's schema:
        // one lock for every store being created at once.
        "SELECT pg_advisory_xact_lock(1952804400)",
        "CREATE EXTENSION IF NOT EXISTS btree_gist",
        // Roles are cluster-wide and shared by every tend database on the server: create each one
        // only when it is missing.
        """
        DO $$ BEGIN
          IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'tend_staff') THEN CREATE ROLE tend_staff NOLOGIN; END IF;
          IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'tend_supervisor') THEN CREATE ROLE tend_supervisor NOLOGIN IN ROLE tend_staff; END IF;
          IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'tend_admin') THEN CREATE ROLE tend_admin NOLOGIN IN ROLE tend_supervisor; END IF;
          IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'tend_service') THEN CREATE ROLE tend_service NOLOGIN IN ROLE tend_admin; END IF;
        END $$
        """,
        "CREATE TABLE tend_settings (id integer PRIMARY KEY CHECK (id = 1), doc json NOT NULL)",
        "CREATE TABLE tend_roster (id integer PRIMARY KEY CHECK (id = 1), doc json NOT NULL)",
        "CREATE TABLE fee_schedules (year integer PRIMARY KEY, doc json NOT NULL)",
        """
        CREATE TABLE patients (
          id text PRIMARY KEY, mrn text UNIQUE DEFERRABLE INITIALLY DEFERRED, care_manager text, birth_date date NOT NULL,
          ever_enrolled boolean NOT NULL, doc json NOT NULL)
        """,
        "CREATE INDEX patients_care_manager ON patients (care_manager)",
        "CREATE INDEX patients_birth_date ON patients (birth_date)",
        "CREATE TABLE care_plans (patient_id text PRIMARY KEY, doc json NOT NULL)",
        "CREATE TABLE staff_month_logs (staff text NOT NULL, month text NOT NULL, version integer NOT NULL, PRIMARY KEY (staff, month))",
        // One row per time entry. No staff member has two active entries whose minutes overlap:
        // the database refuses it at commit, whatever program wrote them.
        """
        CREATE TABLE time_entries (
          id text PRIMARY KEY, staff text NOT NULL, month text NOT NULL, patient_id text NOT NULL,
          during tstzrange NOT NULL, active boolean NOT NULL, position integer NOT NULL, doc json NOT NULL,
          CONSTRAINT time_entries_no_overlap EXCLUDE USING gist (staff WITH =, during WITH &&) WHERE (active)
            DEFERRABLE INITIALLY DEFERRED)
        """,
        "CREATE INDEX time_entries_month_patient ON time_entries (month, patient_id)",
        "CREATE INDEX time_entries_log ON time_entries (staff, month, position)",
        "CREATE TABLE call_logs (staff text NOT NULL, month text NOT NULL, doc json NOT NULL, PRIMARY KEY (staff, month))",
        "CREATE TABLE month_flags (month text NOT NULL, patient_id text NOT NULL, doc json NOT NULL, PRIMARY KEY (month, patient_id))",
        "CREATE TABLE timers (staff text PRIMARY KEY, doc json NOT NULL)",
        "CREATE TABLE month_closes (month text PRIMARY KEY, doc json NOT NULL)",
        // A closed month's frozen facts: part 0 is the header, parts 1... hold the patients, so that
        // a large practice's snapshot is decoded in parallel.
        "CREATE TABLE closed_snapshots (month text NOT NULL, part integer NOT NULL, doc json NOT NULL, PRIMARY KEY (month, part))",
        // The audit trail: the same hash-chained lines as the file store's trail, one row each.
        """
        CREATE TABLE audit (
          seq bigint PRIMARY KEY CHECK (seq > 0), prev text NOT NULL, hash text NOT NULL UNIQUE,
          at timestamptz NOT NULL, login text NOT NULL, db_role text NOT NULL, action text NOT NULL,
          patient text, outcome text NOT NULL, line text NOT NULL,
          recorded_at timestamptz NOT NULL DEFAULT clock_timestamp())
        """,
        "CREATE INDEX audit_patient ON audit (patient) WHERE patient IS NOT NULL",
        """
        CREATE FUNCTION tend_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          RAISE EXCEPTION 'the tend audit trail is append-only: % is refused', TG_OP USING ERRCODE = 'insufficient_privilege';
        END $$
        """,
        "CREATE TRIGGER audit_append_only BEFORE UPDATE OR DELETE ON audit FOR EACH ROW EXECUTE FUNCTION tend_audit_append_only()",
        "CREATE TRIGGER audit_no_truncate BEFORE TRUNCATE ON audit FOR EACH STATEMENT EXECUTE FUNCTION tend_audit_append_only()",
        // Each new record must follow the last one, and names the database role that wrote it;
        // only tend_service (copies, tests) may record a change in another login's name.
        """
        CREATE FUNCTION tend_audit_check() RETURNS trigger LANGUAGE plpgsql AS $$
        DECLARE last_hash text;
        BEGIN
          NEW.db_role := session_user;
          IF NEW.seq = 1 THEN
            last_hash := repeat('0', 64);
          ELSE
            SELECT hash INTO last_hash FROM audit WHERE seq = NEW.seq - 1;
          END IF;
          IF last_hash IS NULL OR last_hash <> NEW.prev THEN
            RAISE EXCEPTION 'audit record % does not follow record %', NEW.seq, NEW.seq - 1 USING ERRCODE = 'integrity_constraint_violation';
          END IF;
          IF NEW.login <> session_user AND NOT pg_has_role(session_user, 'tend_service', 'MEMBER') THEN
            RAISE EXCEPTION 'database role % may not record a change in the name of %', session_user, NEW.login USING ERRCODE = 'insufficient_privilege';
          END IF;
          PERFORM pg_notify('tend_changes', current_schema() || ' ' || NEW.seq::text);
          RETURN NEW;
        END $$
        """,
        "CREATE TRIGGER audit_check BEFORE INSERT ON audit FOR EACH ROW EXECUTE FUNCTION tend_audit_check()",
        // The store's schema is the first of the connection's search_path (`public` unless set).
        """
        DO $$ BEGIN
          EXECUTE format('REVOKE ALL ON ALL TABLES IN SCHEMA %I FROM PUBLIC', current_schema());
          EXECUTE format('GRANT USAGE ON SCHEMA %I TO tend_staff', current_schema());
          EXECUTE format('GRANT SELECT ON ALL TABLES IN SCHEMA %I TO tend_staff', current_schema());
        END $$
        """,
        "GRANT INSERT ON audit TO tend_staff",
        "GRANT INSERT, UPDATE, DELETE ON patients, care_plans, staff_month_logs, time_entries, call_logs, month_flags, timers TO tend_staff",
        "GRANT INSERT, UPDATE, DELETE ON month_closes, closed_snapshots TO tend_supervisor",
        "GRANT INSERT, UPDATE, DELETE ON tend_settings, tend_roster, fee_schedules TO tend_admin",
    ])
}
