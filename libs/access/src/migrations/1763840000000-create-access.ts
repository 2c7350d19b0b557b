import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateAccess1763840000000 implements MigrationInterface {
  name = 'CreateAccess1763840000000';

  async up(db: QueryRunner): Promise<void> {
    // A gate device of one club. Its key is shown once and kept as sha256(key); revoking keeps the row
    // (the scan log points at it). `online`/`socket_id` follow the websocket, `door_state` its reports.
    await db.query(`
      CREATE TABLE gate (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        club_id uuid NOT NULL REFERENCES club (id) ON DELETE CASCADE,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 80),
        key_hash bytea NOT NULL CHECK (length(key_hash) = 32),
        hold_ms int NOT NULL DEFAULT 8000 CHECK (hold_ms BETWEEN 1000 AND 120000),
        online boolean NOT NULL DEFAULT false,
        socket_id text,
        last_seen_at timestamptz,
        door_state text NOT NULL DEFAULT 'unknown' CHECK (door_state IN ('unknown', 'closed', 'open', 'closing')),
        sensor_cm real,
        created_by uuid REFERENCES app_user (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        key_rotated_at timestamptz,
        revoked_at timestamptz
      )`);
    await db.query(`CREATE UNIQUE INDEX gate_key_hash ON gate (key_hash)`);
    await db.query(`CREATE UNIQUE INDEX gate_name_per_club ON gate (club_id, lower(name)) WHERE revoked_at IS NULL`);

    // Every scan, online or uploaded after an offline spell: the entrance's audit log.
    // Only ticket_id is a foreign key: keys to the gate, match or club rows would make every scan take a
    // shared lock on the same few rows (multixacts under load); those columns are copies for filtering.
    // The code itself is a bearer secret and is not kept here; code_ref is the first 12 hex digits of
    // its SHA-256, the same reference the gate prints in its log.
    await db.query(`
      CREATE TABLE scan (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        club_id uuid,
        gate_id uuid,
        staff_user_id uuid,
        ticket_id uuid REFERENCES ticket (id),
        match_id uuid,
        result text NOT NULL CHECK (result IN ('ok', 'already_used', 'invalid', 'wrong_club', 'wrong_match', 'not_paid', 'void')),
        mode text NOT NULL CHECK (mode IN ('online', 'offline')),
        code_ref char(12) NOT NULL,
        scanned_at timestamptz NOT NULL,
        received_at timestamptz NOT NULL DEFAULT now(),
        nonce text CHECK (length(nonce) BETWEEN 1 AND 64),
        device_result text CHECK (device_result IN ('ok', 'already_used', 'invalid', 'wrong_club', 'wrong_match', 'not_paid', 'void')),
        conflict text CHECK (conflict IN ('admitted_twice', 'admitted_refused')),
        conflict_scan_id uuid REFERENCES scan (id),
        CHECK (gate_id IS NOT NULL OR staff_user_id IS NOT NULL),
        CHECK ((mode = 'offline') = (nonce IS NOT NULL AND gate_id IS NOT NULL AND device_result IS NOT NULL))
      )`);
    // An offline scan is applied once whatever the re-uploads: its nonce is unique per gate.
    await db.query(`CREATE UNIQUE INDEX scan_gate_nonce ON scan (gate_id, nonce) WHERE nonce IS NOT NULL`);
    await db.query(`CREATE INDEX scan_ticket ON scan (ticket_id) WHERE ticket_id IS NOT NULL`);
    await db.query(`CREATE INDEX scan_club_time ON scan (club_id, scanned_at DESC)`);
    await db.query(`CREATE INDEX scan_conflicts ON scan (club_id, scanned_at DESC) WHERE conflict IS NOT NULL`);

    // What gates report over the websocket (and their lifecycle): connected, status, passed, closed...
    await db.query(`
      CREATE TABLE gate_event (
        id bigserial PRIMARY KEY,
        gate_id uuid NOT NULL REFERENCES gate (id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('registered', 'key_rotated', 'revoked', 'connected', 'disconnected', 'status', 'passed', 'closed')),
        scan_ref text CHECK (length(scan_ref) <= 100),
        door_state text,
        sensor_cm real,
        detail jsonb,
        at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX gate_event_gate_time ON gate_event (gate_id, at DESC, id DESC)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE gate_event`);
    await db.query(`DROP TABLE scan`);
    await db.query(`DROP TABLE gate`);
  }
}
