// Unique ids per label: the seed loader MERGEs on them and GraphQL global ids are derived from them.
CREATE CONSTRAINT source_id IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT sector_id IF NOT EXISTS FOR (n:Sector) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT target_group_id IF NOT EXISTS FOR (n:TargetGroup) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT place_id IF NOT EXISTS FOR (n:Place) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT goal_id IF NOT EXISTS FOR (n:Goal) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT problem_id IF NOT EXISTS FOR (n:Problem) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT stakeholder_id IF NOT EXISTS FOR (n:Stakeholder) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT programme_id IF NOT EXISTS FOR (n:Programme) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT intervention_id IF NOT EXISTS FOR (n:Intervention) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT evidence_id IF NOT EXISTS FOR (n:Evidence) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT country_id IF NOT EXISTS FOR (n:Country) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT international_practice_id IF NOT EXISTS FOR (n:InternationalPractice) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT timeline_event_id IF NOT EXISTS FOR (n:TimelineEvent) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT country_attribute_id IF NOT EXISTS FOR (n:CountryAttribute) REQUIRE n.id IS UNIQUE;
// Curation: one audit entry per change, numbered without gaps under the graph lock.
CREATE CONSTRAINT audit_entry_sequence IF NOT EXISTS FOR (n:AuditEntry) REQUIRE n.sequence IS UNIQUE;
CREATE INDEX audit_entry_key IF NOT EXISTS FOR (n:AuditEntry) ON (n.key);
CREATE INDEX audit_entry_generation IF NOT EXISTS FOR (n:AuditEntry) ON (n.generation);
// A change's Idempotency-Key, kept a day, so that a retry answers with the change instead of making it again.
CREATE CONSTRAINT idempotency_key_id IF NOT EXISTS FOR (n:IdempotencyKey) REQUIRE n.id IS UNIQUE;
