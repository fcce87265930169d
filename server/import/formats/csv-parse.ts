// A small RFC 4180 reader: quoted fields may hold commas, doubled quotes and line breaks; CRLF or
// LF line ends; a leading BOM is dropped; blank lines are skipped. Each record keeps its line.

export interface CsvRecord {
  /** 1-based line on which the record starts. */
  line: number;
  fields: string[];
}

export interface CsvResult {
  records: CsvRecord[];
  errors: { line: number; message: string }[];
}

export function parseCsv(text: string): CsvResult {
  const input = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  const errors: CsvResult['errors'] = [];
  let line = 1;
  let i = 0;
  while (i < input.length) {
    const start = line;
    const fields: string[] = [];
    let bad = false;
    for (;;) {
      let field = '';
      if (input[i] === '"') {
        const quoteLine = line;
        i++;
        for (;;) {
          if (i >= input.length) {
            errors.push({ line: quoteLine, message: 'a quoted field is never closed (missing ")' });
            bad = true;
            break;
          }
          const char = input[i] as string;
          if (char === '"') {
            if (input[i + 1] === '"') {
              field += '"';
              i += 2;
              continue;
            }
            i++;
            break;
          }
          if (char === '\n') line++;
          field += char;
          i++;
        }
        const next = input[i];
        if (!bad && next !== undefined && next !== ',' && next !== '\n' && next !== '\r') {
          errors.push({ line, message: 'unexpected text after a closing quote (a " inside a quoted field must be doubled: "")' });
          bad = true;
          while (i < input.length && input[i] !== ',' && input[i] !== '\n') i++;
        }
      } else {
        while (i < input.length && input[i] !== ',' && input[i] !== '\n' && !(input[i] === '\r' && input[i + 1] === '\n')) {
          if (input[i] === '"' && !bad) {
            errors.push({ line, message: 'a " in an unquoted field (quote the whole field and double the ")' });
            bad = true;
          }
          field += input[i];
          i++;
        }
      }
      fields.push(field);
      if (input[i] === ',') {
        i++;
        continue;
      }
      if (input[i] === '\r') i++;
      if (input[i] === '\n') {
        i++;
        line++;
      }
      break;
    }
    const blank = fields.length === 1 && fields[0] === '';
    if (!bad && !blank) records.push({ line: start, fields });
  }
  return { records, errors };
}
