// A stand-in for a company's own results collector (any form endpoint
// will do): it takes the rows examples/collector.js posts and serves them
// as a CSV a spreadsheet opens — one row per finished result, with its
// share link, which the app's team view takes in again. It keeps the rows
// in memory only. `make examples` runs it on http://127.0.0.1:8001.
import { createServer } from 'node:http';

const TYPES = new Set(['assessment-completed', 'walkthrough-completed']);

/** A CSV field: RFC 4180 quoting, and a leading ' where a spreadsheet would run a formula. */
function field(value) {
  let s = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

export async function startCollector({ port = 8001 } = {}) {
  const rows = [];
  const server = createServer((req, res) => {
    const cors = { 'access-control-allow-origin': '*', 'access-control-allow-headers': 'content-type' };
    const url = new URL(req.url, 'http://x');
    if (req.method === 'OPTIONS') {
      res.writeHead(204, cors);
      return res.end();
    }
    if (req.method === 'POST' && url.pathname === '/collect') {
      let body = '';
      req.setEncoding('utf8');
      req.on('data', (chunk) => {
        body += chunk;
        if (body.length > 16 * 1024) req.destroy();
      });
      req.on('end', () => {
        let row;
        try {
          row = JSON.parse(body);
        } catch {
          row = null;
        }
        const ok = row && TYPES.has(row.type) && typeof row.link === 'string' && row.link.includes('#share=') && row.link.length <= 8192;
        if (ok) rows.push({ at: new Date().toISOString(), ...row });
        res.writeHead(ok ? 204 : 400, cors);
        res.end();
      });
      return;
    }
    if (req.method === 'GET' && url.pathname === '/responses.csv') {
      const header = ['received', 'event', 'group', 'level', 'balance', 'link'];
      const lines = [header, ...rows.map((r) => [r.at, r.type, r.label, r.level, r.balance, r.link])];
      res.writeHead(200, { ...cors, 'content-type': 'text/csv; charset=utf-8', 'content-disposition': 'attachment; filename="responses.csv"' });
      return res.end(lines.map((l) => l.map(field).join(',')).join('\r\n') + '\r\n');
    }
    res.writeHead(404, cors);
    res.end();
  });
  await new Promise((ok) => server.listen(port, '127.0.0.1', ok));
  const bound = server.address().port;
  return {
    url: `http://127.0.0.1:${bound}/`,
    origin: `http://127.0.0.1:${bound}`,
    rows,
    close: () => new Promise((ok) => server.close(ok)),
  };
}
