// Dutch words for the API's enum values, and where each kind of node is shown.

export const STATUS = {
  PROPOSAL: 'Voorstel', PILOT: 'Pilot', RUNNING: 'Loopt', EVALUATED: 'Loopt, geëvalueerd', ENDED: 'Beëindigd',
  UNKNOWN: 'Status onbekend',
};

export const INTERVENTION_KIND = {
  PROPOSAL: 'Voorstel', TIP: 'Tip', MENUKAART_ITEM: 'Menukaart-interventie', SCHOOL_PRACTICE: 'Schoolpraktijk',
  MUNICIPAL_PRACTICE: 'Gemeentelijke praktijk', POLICY_MEASURE: 'Beleidsmaatregel', PROGRAMME_ACTION: 'Programma-actie',
  INITIATIVE: 'Initiatief', PILOT: 'Pilot', STUDIED_INTERVENTION: 'Onderzochte interventie',
};

export const ROLE = {
  FUNDS: 'Financiert', EXECUTES: 'Voert uit', ADVISES: 'Adviseert', RESEARCHES: 'Onderzoekt',
  BENEFITS: 'Profiteert', PARTNERS: 'Partner', INITIATED: 'Initiatiefnemer', RESPONSIBLE: 'Verantwoordelijk',
  SUPPORTS: 'Ondersteunt', PARTICIPATES: 'Neemt deel',
};

/** An involvement as a verb, so a tie reads as a sentence: "Gemeente Arnhem financiert …". */
export const ROLE_VERB = {
  FUNDS: 'financiert', EXECUTES: 'voert uit', ADVISES: 'adviseert over', RESEARCHES: 'onderzoekt',
  BENEFITS: 'heeft baat bij', PARTNERS: 'is partner in', INITIATED: 'nam het initiatief tot',
  RESPONSIBLE: 'is verantwoordelijk voor', SUPPORTS: 'ondersteunt', PARTICIPATES: 'neemt deel aan',
};

export const CONNECTION_ROLE = {
  PARTNERS_WITH: 'werkt samen met', FUNDS: 'financiert', ADVISES: 'adviseert', REPRESENTS: 'vertegenwoordigt',
  SUPERVISES: 'houdt toezicht op', COMMISSIONS: 'geeft opdracht aan', MEMBER_OF: 'is lid van',
};

export const STAKEHOLDER_TYPE = {
  MINISTRY: 'Ministerie', GOVERNMENT_AGENCY: 'Overheidsdienst', PARLIAMENT: 'Parlement', MUNICIPALITY: 'Gemeente',
  PROVINCE: 'Provincie', SECTOR_COUNCIL: 'Sectorraad', SCHOOL_BOARD: 'Schoolbestuur', SCHOOL: 'School',
  KNOWLEDGE_INSTITUTE: 'Kennisinstituut', UNIVERSITY: 'Universiteit of hogeschool', TEACHER_TRAINING: 'Lerarenopleiding',
  UNION: 'Vakbond of beroepsvereniging', COMPANY: 'Bedrijf', FOUNDATION: 'Stichting of fonds', NETWORK: 'Netwerk',
  CULTURAL_INSTITUTION: 'Culturele instelling', YOUTH_CARE: 'Jeugdzorg', HEALTH_ORGANISATION: 'Zorgorganisatie',
  INTERNATIONAL_ORGANISATION: 'Internationale organisatie', ADVISORY_BODY: 'Adviesorgaan', ROLE: 'Rol in het veld',
  OTHER: 'Overig',
};

export const PROGRAMME_KIND = {
  PROGRAMME: 'Programma', INSTRUMENT: 'Instrument', FUND: 'Fonds', PHASE: 'Fase', PLAN: 'Plan', REGULATION: 'Regeling',
};

export const EVIDENCE_KIND = {
  STUDY: 'Onderzoek', REPORT: 'Rapport', MONITOR: 'Monitor', STATISTIC: 'Statistiek', SURVEY: 'Enquête',
  INTERVIEW: 'Interview', QUOTE: 'Citaat', EVALUATION: 'Evaluatie', BUDGET: 'Budget', TOOLKIT_RATING: 'Toolkitbeoordeling',
  CLAIM: 'Bewering',
};

export const SCHEME = { EEF_TOOLKIT: 'EEF Toolkit', MENUKAART_V1: 'Menukaart v1', MENUKAART_V2: 'Menukaart v2' };

export const SEARCH_KIND = {
  PROBLEM: 'Knelpunt', INTERVENTION: 'Interventie', EVIDENCE: 'Bewijs', STAKEHOLDER: 'Organisatie',
  PROGRAMME: 'Programma', GOAL: 'Doel', INTERNATIONAL_PRACTICE: 'Buitenlandse praktijk', COUNTRY: 'Land',
  TIMELINE_EVENT: 'Gebeurtenis',
};

export const NODE_LABEL = { Stakeholder: 'Organisatie', Intervention: 'Interventie', Programme: 'Programma' };

export const DOMAIN = { EDUCATION: 'Onderwijs', CULTURE: 'Cultuur', SOCIETY: 'Samenleving' };

export const FLAG = { YES: 'ja', NO: 'nee', NOT_STATED: 'niet vermeld' };

/** A network edge in words, read from its `from` to its `to` end: "financiert", "werkt samen met", "is onderdeel van". */
export function edgeVerb(edge) {
  if (edge.type === 'PART_OF') return 'is onderdeel van';
  return ROLE_VERB[edge.role] ?? CONNECTION_ROLE[edge.role] ?? edge.role ?? '';
}

/** Where a node of a GraphQL type is shown, by its key; null for kinds without a page. */
export function hrefFor(typename, key, extra = {}) {
  switch (typename) {
    case 'Problem': return `#/probleem/${encodeURIComponent(key)}`;
    case 'Intervention': return `#/interventie/${encodeURIComponent(key)}`;
    case 'Stakeholder': return `#/organisatie/${encodeURIComponent(key)}`;
    case 'Programme': return `#/programma/${encodeURIComponent(key)}`;
    case 'Goal': return `#/doel/${encodeURIComponent(key)}`;
    case 'Evidence': return `#/bewijs/${encodeURIComponent(key)}`;
    case 'Source': return `#/bron/${encodeURIComponent(key)}`;
    case 'InternationalPractice': return `#/praktijk/${encodeURIComponent(key)}`;
    case 'Country': return `#/internationaal?land=${encodeURIComponent(key)}`;
    case 'TimelineEvent': return extra.programme ? `#/programma/${encodeURIComponent(extra.programme)}` : null;
    default: return null;
  }
}

/** The GraphQL fragment that gives every searchable node a key and a display name. */
export const NODE_NAME_FRAGMENT = `__typename
  ... on Problem { key name } ... on Intervention { key name } ... on Evidence { key name: claim }
  ... on Stakeholder { key name type } ... on Programme { key name } ... on Goal { key name }
  ... on InternationalPractice { key name } ... on Country { key name }
  ... on TimelineEvent { key name: title programmes { key } }`;

/** What kind of thing a suggestion or hit is, in words; a stakeholder that is a role in the field is no organisation. */
export function kindName(kind, node) {
  return node?.__typename === 'Stakeholder' && node.type === 'ROLE' ? 'Rol in het veld' : SEARCH_KIND[kind] ?? kind;
}

/** Formats a number the Dutch way (1.234,5). */
export function number(value, digits = 0) {
  return value == null ? '' : value.toLocaleString('nl-NL', { maximumFractionDigits: digits });
}

/** An amount in its own currency, never converted: `€ 43.896`, `SGD 57.919`, `US$ 30.560`. */
export function money(amount, currency) {
  if (amount == null) return '';
  try {
    return new Intl.NumberFormat('nl-NL', { style: 'currency', currency, currencyDisplay: 'code',
      maximumFractionDigits: 0 }).format(amount);
  } catch {
    return `${currency ?? ''} ${number(amount)}`.trim();
  }
}

/** A budget figure in words: 8,4 miljard euro. */
export function euroFigure(figure, unit) {
  if (figure == null) return null;
  if (unit !== 'EUR') return `${number(figure, 2)} ${unit ?? ''}`.trim();
  if (figure >= 1e9) return `€ ${number(figure / 1e9, 2)} miljard`;
  if (figure >= 1e6) return `€ ${number(figure / 1e6, 2)} miljoen`;
  return `€ ${number(figure)}`;
}
