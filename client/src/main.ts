// Skeleton page: asks the API which Neo4j it runs on and draws a Cytoscape canvas.
import cytoscape from 'cytoscape';

const status = document.getElementById('status');
const container = document.getElementById('graph');

async function health(): Promise<string> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ health { neo4jVersion neo4jEdition } }' }),
  });
  const body = (await response.json()) as { data?: { health?: { neo4jVersion: string; neo4jEdition: string } } };
  const info = body.data?.health;
  return info ? `Neo4j ${info.neo4jVersion} (${info.neo4jEdition})` : 'Neo4j unavailable';
}

if (container) cytoscape({ container, elements: [] });
if (status) {
  health()
    .then((text) => (status.textContent = text))
    .catch(() => (status.textContent = 'server unreachable'));
}
