// Lookups that list and filter pages by these properties.
CREATE INDEX intervention_kind IF NOT EXISTS FOR (n:Intervention) ON (n.kind);
CREATE INDEX intervention_status IF NOT EXISTS FOR (n:Intervention) ON (n.status);
CREATE INDEX evidence_kind IF NOT EXISTS FOR (n:Evidence) ON (n.kind);
CREATE INDEX stakeholder_type IF NOT EXISTS FOR (n:Stakeholder) ON (n.type);
CREATE INDEX timeline_event_date IF NOT EXISTS FOR (n:TimelineEvent) ON (n.date);
// The graph's metadata (seed generation, load time) lives on one node.
CREATE CONSTRAINT graph_meta_id IF NOT EXISTS FOR (n:GraphMeta) REQUIRE n.id IS UNIQUE;
