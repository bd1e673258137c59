import type sqlite3 from 'sqlite3';

export type SqlParam = string | number | null;

/** The sqlite3 callbacks as promises, shared by the metrics store and the state database. */
export function execSql(db: sqlite3.Database, sql: string): Promise<void> {
  return new Promise((resolve, reject) => db.exec(sql, (err) => (err ? reject(err) : resolve())));
}

export function runSql(db: sqlite3.Database, sql: string, params: readonly SqlParam[]): Promise<{ changes: number }> {
  return new Promise((resolve, reject) => {
    db.run(sql, params, function (this: sqlite3.RunResult, err: Error | null) {
      if (err) reject(err);
      else resolve({ changes: this.changes });
    });
  });
}

export function allSql<T>(db: sqlite3.Database, sql: string, params: readonly SqlParam[] = []): Promise<T[]> {
  return new Promise((resolve, reject) => db.all<T>(sql, params, (err, rows) => (err ? reject(err) : resolve(rows))));
}

export function getSql<T>(db: sqlite3.Database, sql: string, params: readonly SqlParam[] = []): Promise<T | undefined> {
  return new Promise((resolve, reject) => db.get<T>(sql, params, (err, row) => (err ? reject(err) : resolve(row))));
}

export function prepareSql(db: sqlite3.Database, sql: string): Promise<sqlite3.Statement> {
  return new Promise((resolve, reject) => {
    const statement = db.prepare(sql, (err) => (err ? reject(err) : resolve(statement)));
  });
}

export function runStatement(statement: sqlite3.Statement, params: readonly SqlParam[]): Promise<{ changes: number }> {
  return new Promise((resolve, reject) => {
    statement.run(params, function (this: sqlite3.RunResult, err: Error | null) {
      if (err) reject(err);
      else resolve({ changes: this.changes });
    });
  });
}

export function finalizeStatement(statement: sqlite3.Statement): Promise<void> {
  return new Promise((resolve) => statement.finalize(() => resolve()));
}
