import PostgresNIO
import TendStore

/// The PostgreSQL store: the same ``RecordStore`` as the JSON-file store, on a database server.
public enum TendPostgres {}
